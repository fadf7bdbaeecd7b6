"""Every use of reportlab's private parts, in one place.

The fast letter writer and the tagged PDFs need a few things reportlab does not offer in its
public interface: writing PDF operators straight into a page (marked content for tagging,
stored text), the document a canvas is writing, its string escaping, and a shorter page
dictionary; for the tagged annual report, a table's number of rows, how many annotations a
page has so far, and the table inside a table of contents. They are all here, so a reportlab upgrade is checked in one module:
tests/unit/test_tagged_pdf.py fails loudly on a reportlab version this was not written for.
Nothing here changes a process-wide reportlab setting for longer than one letter batch's
``binary_streams`` block.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import reportlab
from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import PDFPage, PDFResourceDictionary
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

    def format(self, document: Any) -> bytes:
        self.check_format(document)
        contents = document.Reference(self.Contents).format(document)
        parent = document.Reference(self.Parent).format(document)
        resources = self.Resources.format(document)
        box = " ".join(fp_str(x) for x in self.MediaBox.sequence).encode()
        return (b"<<\n/Contents " + contents + b" /MediaBox [ " + box + b" ] /Parent " + parent
                + b" /Resources " + resources + b" /Type /Page\n>>")


def tidy_pages(canvas: Canvas) -> None:
    """Before saving: pages that use the same pictures and forms point at one shared resource
    dictionary, written once, instead of each writing its own copy (reportlab's default); and
    plain pages are written by _LetterPage."""
    doc = canvas._doc
    shared: dict[tuple[Any, ...], object] = {}
    for page in doc.Pages.pages:
        if page.Resources or page.ExtGState or page._colorsUsed or page._shadingUsed:
            continue
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
