"""Writing a Structure into a drawn PDF with pikepdf (kept apart so that pikepdf loads only
when a tagged PDF is written, not when the app starts)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from itertools import pairwise
from typing import Any, BinaryIO

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from .pdf_structure import Annotation, Element, Structure

_STRUCT_ELEM = Name.StructElem


def write_structure(structure: Structure, source: bytes, out: BinaryIO, *,
                    compact: bool = False) -> None:
    """Write ``source`` (the untagged PDF as drawn) to ``out`` with ``structure``.
    ``compact`` also compresses the objects the tree adds (a report's thousand table
    cells would otherwise double its size); the pages' streams are copied either way."""
    with pikepdf.open(BytesIO(source)) as pdf:
        pages = [page.obj for page in pdf.pages]
        if len(pages) != len(structure._marks):
            raise ValueError("The tagged pages do not match the pages drawn.")
        _Writer(pdf, pages, structure).write()
        _metadata(pdf, structure.title, structure.lang)
        if structure.bookmarks:
            _outline(pdf, pages, structure.bookmarks)
        # The streams are already compressed as drawn: copy them as they are.
        pdf.save(out, compress_streams=compact,
                 stream_decode_level=pikepdf.StreamDecodeLevel.none,
                 object_stream_mode=pikepdf.ObjectStreamMode.generate)


def _outline(pdf: pikepdf.Pdf, pages: list[Any], bookmarks: Sequence[tuple[str, int]]) -> None:
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


class _Writer:
    def __init__(self, pdf: pikepdf.Pdf, pages: list[Any], structure: Structure) -> None:
        self.pdf = pdf
        self.pages = pages
        self.structure = structure
        self.parents: list[list[Any]] = [[None] * len(marks) for marks in structure._marks]
        self.annotation_parents: list[Any] = []  # after the pages' keys, one key per annotation

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

    def _element(self, element: Element, parent: Any) -> pikepdf.Object:
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
        kids: list[Any] = []
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
