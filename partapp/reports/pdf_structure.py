"""Tagged PDF (PDF/UA-1): the structure tree, collected while a PDF is drawn.

A writer makes ``Element``s in reading order (Document, Sect, H1, P, Figure, Table...) and,
while it draws, wraps each piece of a page's content in a marked-content sequence that names
its element (``Structure.begin`` / ``END``); everything else on a page (letterheads, rules,
footers, page numbers) goes in Artifact sequences.

Letters write their structure into the file as they are drawn, one letter at a time
(``pdf_structure_stream.StreamedTree``), with no second pass. The annual report and the poster,
with their links, are drawn first; then ``pdf_structure_write.write_structure`` writes, with
pikepdf (imported only then), the structure tree. Both write the ParentTree (which element
each marked sequence belongs to), /StructParents and /Tabs /S on every page, /MarkInfo, /Lang,
the title (shown in the window's title bar) and XMP metadata that says the file is PDF/UA-1,
and one bookmark per entry asked for. A Link element also owns its link annotations
(``Structure.annotation``): each gets an object reference in the tree, a /StructParent, a
description (/Contents) and the Print flag. Nothing here draws, so tagging changes no pixel
of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypedDict, Unpack

END = "EMC"
ARTIFACT = "/Artifact BMC"
PAGINATION = "/Artifact <</Type /Pagination>> BDC"  # page numbers, running headers
LAYOUT = "/Artifact <</Type /Layout>> BDC"  # rules and other decoration


@dataclass(frozen=True)
class Annotation:
    """A link annotation that belongs to an element: the ``index``th in its page's /Annots."""

    page: int
    index: int
    contents: str


class Details(TypedDict, total=False):
    """What an element may say besides its role (the fields of Element below)."""

    alt: str
    lang: str
    scope: str
    title: str
    actual_text: str


@dataclass(eq=False)
class Element:
    """One structure element. ``kids`` holds child elements, (page, mcid) marks and
    annotations, in reading order."""

    role: str
    alt: str = ""
    lang: str = ""
    scope: str = ""  # for TH: Row or Column
    title: str = ""
    actual_text: str = ""
    kids: list[Element | tuple[int, int] | Annotation] = field(default_factory=list)

    def add(self, role: str, **details: Unpack[Details]) -> Element:
        child = Element(role, **details)
        self.kids.append(child)
        return child


class Structure:
    """The structure of one PDF as it is drawn. Pages are counted from 0 in drawing order."""

    def __init__(self, *, lang: str, title: str) -> None:
        self.lang = lang
        self.title = title
        self.root = Element("Document")
        self._marks: list[list[Element]] = []  # per page: the element of each MCID
        self.bookmarks: list[tuple[str, int]] = []

    def new_page(self) -> None:
        self._marks.append([])

    @property
    def page(self) -> int:
        return len(self._marks) - 1

    def begin(self, element: Element) -> str:
        """The operator that opens a marked-content sequence for ``element`` on this page."""
        marks = self._marks[-1]
        mcid = len(marks)
        marks.append(element)
        element.kids.append((len(self._marks) - 1, mcid))
        return f"/{_role_name(element.role)} <</MCID {mcid}>> BDC"

    def annotation(self, element: Element, index: int, contents: str) -> None:
        """The ``index``th annotation of this page (a link) belongs to ``element``."""
        element.kids.append(Annotation(self.page, index, contents))

    def bookmark(self, title: str) -> None:
        """A bookmark (outline entry) to the current page."""
        self.bookmarks.append((title, self.page))


_STANDARD_ROLES = frozenset((
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI", "Index",
    "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI", "Lbl",
    "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span", "Quote", "Note",
    "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "Warichu", "Figure", "Formula",
    "Form"))


def _role_name(role: str) -> str:
    if role not in _STANDARD_ROLES:
        raise ValueError(f"{role} is not a standard structure type.")
    return role


def language_tag(language: str) -> str:
    """Our language codes as PDF /Lang values: English is en-GB, Welsh cy."""
    return {"en": "en-GB", "cy": "cy"}.get(language, language)


def elements(root: Element) -> Sequence[Element]:
    """Every element under ``root`` (itself included), in reading order."""
    out = [root]
    for kid in root.kids:
        if isinstance(kid, Element):
            out.extend(elements(kid))
    return out
