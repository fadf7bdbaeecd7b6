"""Printing a PDF's pages: each page is drawn as a picture by ``QPdfDocument.render()`` at the
printer's resolution (at most ``MAX_PRINT_DPI``, so an A4 page never needs more than ~35 MB) and
put on the ``QPrinter`` with ``QPainter``, scaled to fit the paper. No widgets: this may run on
the worker thread.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ...services.errors import PartappError

MAX_PRINT_DPI = 300
PREVIEW_DPI = 120  # the print preview window keeps every page in memory: a lighter picture

PageDone = Callable[[int, int], None]


def pages_to_print(printer: QPrinter, count: int, current: int = 0) -> list[int]:
    """The pages (counted from 0) the print dialog asked for."""
    chosen = printer.printRange()
    if chosen == QPrinter.PrintRange.CurrentPage:
        return [current] if 0 <= current < count else []
    if chosen == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage(), 1)
        last = min(printer.toPage() or count, count)
        return list(range(first - 1, last))
    return list(range(count))


def suit_printer(printer: QPrinter, document: QPdfDocument) -> None:
    """Paper and orientation like the PDF's first page; paint on the whole sheet."""
    printer.setFullPage(True)
    if document.pageCount() == 0:
        return
    points = document.pagePointSize(0)
    landscape = points.width() > points.height()
    portrait_size = QSize(round(min(points.width(), points.height())),
                          round(max(points.width(), points.height())))
    printer.setPageSize(QPageSize(portrait_size, "", QPageSize.SizeMatchPolicy.FuzzyMatch))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                               else QPageLayout.Orientation.Portrait)


def print_pages(document: QPdfDocument, printer: QPrinter, pages: Sequence[int], *,
                max_dpi: int = MAX_PRINT_DPI, page_done: PageDone | None = None) -> int:
    """Paint ``pages`` of ``document`` onto ``printer``; returns how many were printed.

    ``page_done(done, total)`` is called after each page; it may raise to stop (the print job
    is then abandoned, so nothing half-made comes out of the printer).
    """
    painter = QPainter()
    if not painter.begin(printer):
        raise PartappError("The printer could not be started. Check that it is switched on "
                           "and connected, then try again.")
    printed = 0
    try:
        grey = printer.colorMode() == QPrinter.ColorMode.GrayScale
        dpi = min(printer.resolution(), max_dpi)
        for page in pages:
            if printed:
                printer.newPage()
            sheet = painter.viewport()
            points = document.pagePointSize(page)
            fitted = QSize(round(points.width()), round(points.height())).scaled(
                sheet.size(), Qt.AspectRatioMode.KeepAspectRatio)
            image_size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            if image_size.width() > fitted.width():  # no more detail than the sheet can show
                image_size = fitted
            image = document.render(page, image_size)
            if grey:
                image = image.convertToFormat(QImage.Format.Format_Grayscale8)
            left = (sheet.width() - fitted.width()) // 2
            painter.drawImage(QRect(left, 0, fitted.width(), fitted.height()), image)
            printed += 1
            if page_done is not None:
                page_done(printed, len(pages))
    except BaseException:
        printer.abort()
        raise
    finally:
        painter.end()
    return printed
