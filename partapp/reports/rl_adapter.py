"""Every use of reportlab's private parts, in one place.

The fast letter writer and the tagged PDFs need a few things reportlab does not offer in its
public interface: writing PDF operators straight into a page (marked content for tagging,
stored text), the document a canvas is writing, its string escaping, and a shorter page
dictionary; for the tagged annual report, a table's number of rows, how many annotations a
page has so far, and the table inside a table of contents; for letters, ``StreamedDocument``,
which writes a canvas's pages to the file as they are finished instead of all at the end.
They are all here, so a reportlab upgrade is checked in one module:
tests/unit/test_tagged_pdf.py fails loudly on a reportlab version this was not written for.
Nothing here changes a process-wide reportlab setting for longer than one letter batch's
``binary_streams`` block.
"""

from __future__ import annotations

import zlib
from array import array
from collections.abc import Iterator
from contextlib import contextmanager
from struct import pack_into
from typing import Any, BinaryIO, ClassVar

import reportlab
from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    PDFIndirectObject,
    PDFName,
    PDFPage,
    PDFPages,
    PDFResourceDictionary,
    PDFString,
)
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Table
from reportlab.platypus.tableofcontents import TableOfContents

from .pdf_structure import END, Element, Structure

# The reportlab releases this module was checked against (major.minor).
SUPPORTED_VERSIONS = ("5.1",)


def check_version(version: str = reportlab.Version) -> None:
    """Raise if ``version`` of reportlab is not one this module was checked against."""
    if not any(version == v or version.startswith(v + ".") for v in SUPPORTED_VERSIONS):
        raise RuntimeError(
            f"reportlab {version} is not one Participation Tracker was checked with "
            f"({', '.join(SUPPORTED_VERSIONS)}): check partapp/reports/rl_adapter.py.")


def append_code(canvas: Canvas, code: str) -> None:
    """Write PDF operators straight into the current page."""
    canvas._code.append(code)


def document(canvas: Canvas) -> Any:
    """The PDF document a canvas writes (font subsets belong to it)."""
    return canvas._doc


def escape(canvas: Canvas, text: str) -> str:
    """``text`` escaped for a PDF string, as the canvas's text objects write it."""
    return canvas._escape(text)


@contextmanager
def marked(canvas: Canvas, structure: Structure | None, element: Element | None,
           artifact: str = "") -> Iterator[None]:
    """What is drawn inside belongs to ``element`` (or, with no element, is the ``artifact``
    kind of marked content given, such as pdf_structure.PAGINATION)."""
    if structure is None or (element is None and not artifact):
        yield
        return
    code = canvas._code
    code.append(structure.begin(element) if element is not None else artifact)
    try:
        yield
    finally:
        code.append(END)


def table_rows(table: Table) -> int:
    """How many rows a table (or a part of one split between pages) has."""
    return table._nrows


def annotation_count(canvas: Canvas) -> int:
    """How many annotations (links) the current page has so far, in the order of /Annots."""
    return len(canvas._annotationrefs)


def watch_contents(contents: TableOfContents, callback: Any) -> list[tuple[Any, ...]]:
    """Give the table a table of contents has just made (in ``wrap``) the render callback
    ``callback`` (as Table's ``renderCB``); returns the entries it shows, (level, text, page,
    key) each, one per row."""
    contents._table._renderCB = callback
    return list(contents._lastEntries)


class _LetterPage(PDFPage):
    """A letter page's dictionary, written straight out: what reportlab writes for a page with
    only contents, a size and resources (no links, transitions or turning), without its
    general-purpose machinery. A thousand-letter batch has over a thousand such pages."""

    StructParents: int | None = None  # a tagged page's key in the ParentTree

    def format(self, document: Any) -> bytes:
        self.check_format(document)
        contents = document.Reference(self.Contents).format(document)
        parent = document.Reference(self.Parent).format(document)
        resources = self.Resources.format(document)
        box = " ".join(fp_str(x) for x in self.MediaBox.sequence).encode()
        tagged = (b"" if self.StructParents is None
                  else b" /StructParents %d /Tabs /S" % self.StructParents)
        return (b"<<\n/Contents " + contents + b" /MediaBox [ " + box + b" ] /Parent " + parent
                + b" /Resources " + resources + tagged + b" /Type /Page\n>>")


class _TaggedPage(PDFPage):
    """Any other page of a tagged document: reportlab's own, with its place in the ParentTree
    and the tab order of its structure."""

    __NoDefault__: ClassVar[list[str]] = [*PDFPage.__NoDefault__, "StructParents", "Tabs"]


def _tidy(doc: Any, page: Any, shared: dict[tuple[Any, ...], object]) -> None:
    """Pages that use the same pictures and forms point at one shared resource dictionary,
    written once, instead of each writing its own copy (reportlab's default); and a plain page
    is written by _LetterPage."""
    if page.Resources or page.ExtGState or page._colorsUsed or page._shadingUsed:
        return
    names = tuple(page.XObjects.dict) if page.XObjects else ()
    key = (bool(page.hasImages), names)
    if key not in shared:
        resources = PDFResourceDictionary()
        resources.basicFonts()
        if page.hasImages:
            resources.allProcs()
        if page.XObjects:
            resources.XObject = page.XObjects
        shared[key] = doc.Reference(resources)
    page.Resources = shared[key]
    if not (page.Annots or (page.Trans and page.Trans.dict) or page.Rotate):
        page.__class__ = _LetterPage


_PACK = 256  # objects in each compressed object stream


class _StreamedPages(PDFPages):
    """The page tree of a streamed document: its pages are already in the file, so it lists
    them by object number."""

    numbers: array[int]

    def format(self, document: Any) -> bytes:
        kids = b" ".join(b"%d 0 R" % number for number in self.numbers)
        return b"<< /Count %d /Kids [ %s ] /Type /Pages >>" % (len(self.numbers), kids)


class StreamedDocument:
    """A canvas's PDF written to ``out`` as it is drawn: ``write_pages`` writes every page
    finished so far (its dictionary and contents) and forgets it, so a batch of any size holds
    only the pages not yet written. What belongs to the whole document (fonts, which know
    their glyphs only at the end, forms, pictures, the page tree, the catalog) is written by
    ``finish``, then the cross-reference stream. Objects of our own (a structure tree) are
    written with ``write_object``, or packed a few hundred at a time into compressed object
    streams with ``write_packed``, under numbers from ``allocate``. The canvas's own ``save``
    is not used. Its pages carry /StructParents (their index, from 0) and /Tabs /S."""

    def __init__(self, canvas: Canvas, out: BinaryIO) -> None:
        self.canvas = canvas
        self.doc = doc = canvas._doc
        self.out = out
        doc._pdfVersion = max(doc._pdfVersion, (1, 7))
        self.offset = 0
        # By object number: where it starts in the file, or the object stream that holds it
        # and its place there (0 and 0: not written yet).
        # (4 and 2 bytes each, as in the cross-reference stream: a file under 4 GB).
        self.offsets = array("I")
        self.packed_in = array("I")
        self.packed_at = array("H")
        self._packing: list[tuple[int, bytes]] = []
        self.page_numbers = array("I")  # each page's object number, in order
        self._shared: dict[tuple[Any, ...], object] = {}
        self._write(b"%%PDF-%d.%d\n%%\223\214\213\236 ReportLab Generated PDF document "
                    b"(opensource)\n" % doc._pdfVersion)

    def _write(self, data: bytes) -> None:
        self.out.write(data)
        self.offset += len(data)

    def _room(self, number: int) -> None:
        if len(self.offsets) <= number:
            more = [0] * (number + 4096 - len(self.offsets))
            for table in (self.offsets, self.packed_in, self.packed_at):
                table.extend(more)

    def allocate(self) -> int:
        """A new object number, for an object written with ``write_object``."""
        self.doc.objectcounter += 1
        return int(self.doc.objectcounter)

    def write_object(self, number: int, body: bytes) -> None:
        self._room(number)
        self.offsets[number] = self.offset
        self._write(b"%d 0 obj\n%s\nendobj\n" % (number, body))

    def write_packed(self, number: int, body: bytes) -> None:
        """Write an object that is not a stream, packed with others (compressed)."""
        self._packing.append((number, body))
        if len(self._packing) >= _PACK:
            self._write_pack()

    def _write_pack(self) -> None:
        packing = self._packing
        if not packing:
            return
        stream = self.allocate()
        self._room(stream)
        header, at = [], 0
        for index, (number, body) in enumerate(packing):
            header.append(b"%d %d" % (number, at))
            at += len(body) + 1
            self.packed_in[number] = stream
            self.packed_at[number] = index
        first = b" ".join(header) + b"\n"
        data = zlib.compress(first + b"\n".join(body for _number, body in packing))
        self.write_object(stream, b"<< /Type /ObjStm /N %d /First %d /Filter /FlateDecode "
                                  b"/Length %d >>\nstream\n%s\nendstream"
                          % (len(packing), len(first), len(data), data))
        packing.clear()

    def _write_registered(self, name: str) -> None:
        doc = self.doc
        number = doc.idToObjectNumberAndVersion[name][0]
        self._room(number)
        self.offsets[number] = self.offset
        self._write(PDFIndirectObject(name, doc.idToObject[name]).format(doc))

    def _forget(self, name: str) -> None:
        doc = self.doc
        number = doc.idToObjectNumberAndVersion.pop(name)[0]
        del doc.numberToId[number]
        del doc.idToObject[name]

    def write_pages(self) -> None:
        """Write every page finished since the last call, with its contents, and forget it."""
        doc = self.doc
        pages = doc.Pages.pages
        for page in pages:
            _tidy(doc, page, self._shared)
            if page.__class__ is PDFPage:
                page.__class__ = _TaggedPage
            page.StructParents = len(self.page_numbers)
            page.Tabs = PDFName("S")
            name = page.__InternalName__
            self.page_numbers.append(doc.idToObjectNumberAndVersion[name][0])
            self._write_registered(name)  # makes its contents an object of its own
            contents = page.Contents.__InternalName__
            self._write_registered(contents)
            self._forget(name)
            self._forget(contents)
        pages.clear()

    def finish(self, catalog: dict[str, bytes], lang: str) -> None:
        """Write the rest: every page not yet written, the whole document's objects, the
        catalog (with ``catalog``'s entries, PDF as it is to be written, and /Lang ``lang``),
        the cross-reference stream. Then ``out`` holds the whole PDF."""
        doc = self.doc
        canvas = self.canvas
        if len(canvas._code):
            canvas.showPage()
        self.write_pages()
        self._write_pack()
        for font in doc.delayedFonts:
            font.addObjects(doc)
        doc.info.invariant = doc.invariant
        doc.info.digest(doc.signature)
        cat = doc.Catalog
        cat.Outlines = None
        cat.Lang = PDFString(lang)
        for key, body in catalog.items():
            setattr(cat, key, body)  # bytes: written as they are
        if "Outlines" in catalog:
            cat.PageMode = PDFName("UseOutlines")
        pages = doc.Pages
        pages.__class__ = _StreamedPages
        pages.numbers = self.page_numbers
        doc.Reference(pages)
        doc.encrypt.prepare(doc)
        root, info = doc.Reference(cat).format(doc), doc.Reference(doc.info).format(doc)
        number = 1
        while number <= doc.objectcounter:  # formatting an object may make new ones
            if number >= len(self.offsets) or not (self.offsets[number]
                                                   or self.packed_in[number]):
                name = doc.numberToId.get(number)
                if name is None:
                    raise RuntimeError(f"PDF object {number} was never written.")
                self._write_registered(name)
            number += 1
        self._write_cross_references(root, info)

    def _write_cross_references(self, root: bytes, info: bytes) -> None:
        """The cross-reference stream (where each object is) and the end of the file."""
        xref = self.allocate()
        self._room(xref)
        start = self.offsets[xref] = self.offset
        offsets, packed_in, packed_at = self.offsets, self.packed_in, self.packed_at
        rows = bytearray(7 * (xref + 1))  # 1 byte for the kind, 4 the place, 2 the index
        pack_into(">BIH", rows, 0, 0, 0, 65535)
        for n in range(1, xref + 1):
            if packed_in[n]:
                pack_into(">BIH", rows, 7 * n, 2, packed_in[n], packed_at[n])
            else:
                pack_into(">BIH", rows, 7 * n, 1, offsets[n], 0)
        data = zlib.compress(rows)
        identifier = self.doc.ID().strip().split(b"\n")[0]  # [<...><...>]
        self._write(b"%d 0 obj\n<< /Type /XRef /Size %d /W [ 1 4 2 ] /Root %s /Info %s /ID %s "
                    b"/Filter /FlateDecode /Length %d >>\nstream\n%s\nendstream\nendobj\n"
                    b"startxref\n%d\n%%%%EOF\n"
                    % (xref, xref + 1, root, info, identifier, len(data), data, start))


@contextmanager
def binary_streams() -> Iterator[None]:
    """Write streams as plain compressed bytes, not ASCII85 text: smaller files, and much
    quicker for a thousand letters. Put back as it was afterwards."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before
