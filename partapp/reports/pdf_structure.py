"""Tagged PDF (PDF/UA-1): the structure tree, collected while a PDF is drawn, written after.

A writer makes ``Element``s in reading order (Document, Sect, H1, P, Figure, Table...) and,
while it draws, wraps each piece of a page's content in a marked-content sequence that names
its element (``Structure.begin`` / ``END``); everything else on a page (letterheads, rules,
footers, page numbers) goes in Artifact sequences. ``Structure.finish`` then writes, with
pikepdf, the structure tree, the ParentTree (which element each marked sequence belongs to),
/StructParents and /Tabs /S on every page, /MarkInfo, /Lang, the title (shown in the window's
title bar) and XMP metadata that says the file is PDF/UA-1, and one bookmark per entry asked
for. A Link element also owns its link annotations (``Structure.annotation``): each gets an
object reference in the tree, a /StructParent, a description (/Contents) and the Print flag. Nothing here draws, so tagging changes no pixel of a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from io import BytesIO
from itertools import pairwise
from typing import BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, String

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

    def add(self, role: str, **details: str) -> Element:
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

    def finish(self, source: bytes, out: BinaryIO, *, compact: bool = False) -> None:
        """Write ``source`` (the untagged PDF as drawn) to ``out`` with its structure.
        ``compact`` also compresses the objects the tree adds (a report's thousand table
        cells would otherwise double its size); the pages' streams are copied either way."""
        with pikepdf.open(BytesIO(source)) as pdf:
            pages = [page.obj for page in pdf.pages]
            if len(pages) != len(self._marks):
                raise ValueError("The tagged pages do not match the pages drawn.")
            _Writer(pdf, pages, self).write()
            _metadata(pdf, self.title, self.lang)
            if self.bookmarks:
                _outline(pdf, pages, self.bookmarks)
            # The streams are already compressed as drawn: copy them as they are.
            pdf.save(out, compress_streams=compact,
                     stream_decode_level=pikepdf.StreamDecodeLevel.none,
                     object_stream_mode=pikepdf.ObjectStreamMode.generate)


def _outline(pdf: pikepdf.Pdf, pages: list, bookmarks: Sequence[tuple[str, int]]) -> None:
    """One bookmark for each (title, page), in order, at the top level."""
    outlines = pdf.make_indirect(Dictionary(Type=Name.Outlines, Count=len(bookmarks)))
    items = [pdf.make_indirect(Dictionary({"/Title": String(title), "/Parent": outlines,
                                           "/Dest": Array([pages[page], Name.Fit])}))
             for title, page in bookmarks]
    for before, after in pairwise(items):
        before.Next = after
        after.Prev = before
    outlines.First = items[0]
    outlines.Last = items[-1]
    pdf.Root.Outlines = outlines
    pdf.Root.PageMode = Name.UseOutlines


_STRUCT_ELEM = Name.StructElem
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


class _Writer:
    def __init__(self, pdf: pikepdf.Pdf, pages: list, structure: Structure) -> None:
        self.pdf = pdf
        self.pages = pages
        self.structure = structure
        self.parents: list[list] = [[None] * len(marks) for marks in structure._marks]
        self.annotation_parents: list = []  # after the pages' keys, one key per annotation

    def write(self) -> None:
        pdf = self.pdf
        root = pdf.make_indirect(Dictionary(Type=Name.StructTreeRoot))
        document = self._element(self.structure.root, root)
        root.K = document
        nums = Array()
        for index, entries in enumerate(self.parents):
            nums.append(index)
            nums.append(pdf.make_indirect(Array(entries)))
        for index, element in enumerate(self.annotation_parents, start=len(self.parents)):
            nums.append(index)
            nums.append(element)
        root.ParentTree = pdf.make_indirect(Dictionary(Nums=nums))
        root.ParentTreeNextKey = len(self.parents) + len(self.annotation_parents)
        for index, page in enumerate(self.pages):
            page.StructParents = index
            page.Tabs = Name.S
        pdf.Root.StructTreeRoot = root
        pdf.Root.MarkInfo = Dictionary(Marked=True)
        pdf.Root.Lang = String(self.structure.lang)

    def _element(self, element: Element, parent) -> pikepdf.Object:
        details = {"/Type": _STRUCT_ELEM, "/S": Name("/" + element.role), "/P": parent}
        if element.alt:
            details["/Alt"] = String(element.alt)
        if element.actual_text:
            details["/ActualText"] = String(element.actual_text)
        if element.lang:
            details["/Lang"] = String(element.lang)
        if element.title:
            details["/T"] = String(element.title)
        if element.scope:
            details["/A"] = Dictionary({"/O": Name.Table, "/Scope": Name("/" + element.scope)})
        marks = [kid for kid in element.kids if isinstance(kid, tuple)]
        page = _first_page(element)
        if page is not None:  # an element holding only others (a Table) too: where it starts
            details["/Pg"] = self.pages[page]
        made = self.pdf.make_indirect(Dictionary(details))
        kids: list = []
        first_page = marks[0][0] if marks else None
        parents = self.parents
        for kid in element.kids:
            if isinstance(kid, Element):
                if _has_content(kid):
                    kids.append(self._element(kid, made))
                continue
            if isinstance(kid, Annotation):
                kids.append(self._annotation(kid, made))
                continue
            page, mcid = kid
            parents[page][mcid] = made
            if page == first_page:
                kids.append(mcid)
            else:
                kids.append(Dictionary(Type=Name.MCR, Pg=self.pages[page], MCID=mcid))
        made.K = kids[0] if len(kids) == 1 and isinstance(kids[0], int) else Array(kids)
        return made


    def _annotation(self, kid: Annotation, element: pikepdf.Object) -> Dictionary:
        """The object reference to ``kid`` from ``element``, and the annotation's own keys:
        its place in the ParentTree, a description and the Print flag (it is the same
        on paper and on screen)."""
        page = self.pages[kid.page]
        annotation = page.Annots[kid.index]
        annotation.StructParent = len(self.parents) + len(self.annotation_parents)
        self.annotation_parents.append(element)
        annotation.Contents = String(kid.contents)
        annotation.F = int(annotation.get("/F", 0)) | 4
        return Dictionary(Type=Name.OBJR, Obj=annotation, Pg=page)


def _first_page(element: Element) -> int | None:
    """The page of the first mark in or under ``element``."""
    for kid in element.kids:
        if isinstance(kid, tuple):
            return kid[0]
        if isinstance(kid, Annotation):
            return kid.page
        page = _first_page(kid)
        if page is not None:
            return page
    return None


def _has_content(element: Element) -> bool:
    """Whether anything on a page belongs to ``element`` (empty elements are left out)."""
    return any(not isinstance(kid, Element) or _has_content(kid) for kid in element.kids)


def _metadata(pdf: pikepdf.Pdf, title: str, lang: str) -> None:
    pdf.docinfo[Name.Title] = String(title)
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:title"] = title
        meta["dc:language"] = [lang]
        meta["pdfuaid:part"] = "1"
        if Name.Author in pdf.docinfo:
            meta["dc:creator"] = [str(pdf.docinfo[Name.Author])]
    preferences = pdf.Root.get(Name.ViewerPreferences, Dictionary())
    preferences.DisplayDocTitle = True
    pdf.Root.ViewerPreferences = preferences


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
