"""A preview of a PDF's pages, with page buttons and zoom, that can also print those pages.

Give it a file (``load_file``) or the bytes of a PDF (``load_bytes``). Used by the Reports page
and the Letters page. QPdfView draws pages in the background, so a test that grabs the screen
must let the event loop run first.

Printing (``pdf_print``) paints each page as a picture at the printer's resolution.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import PartappError
from ..errors import report_error
from ..tasks import Progress, TaskCancelled, TaskRunner
from .forms import set_name
from .pdf_print import MAX_PRINT_DPI, PREVIEW_DPI, pages_to_print, print_pages, suit_printer
from .text import paragraph, set_paragraph

ZOOM_STEPS = (0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 3.0, 4.0)
FIT_WIDTH, WHOLE_PAGE = "width", "page"


# The widget --------------------------------------------------------------------------------
class PdfPreview(QWidget):
    """The pages of one PDF. ``loaded(pages)`` fires after a load or clear (0 pages)."""

    loaded = Signal(int)
    printed = Signal(int)  # pages sent to the printer (0 when printing was stopped)

    def __init__(self, name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name or self.tr("Pages")
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None
        self._printer: QPrinter | None = None
        self._zoom_untouched = True
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        set_name(self.view, self.name, self.tr("Use the arrow keys and Page Up or Page Down "
                                               "to move through the pages."))
        self.placeholder = paragraph(self.tr("There is nothing to show yet."))
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        self._build_bar()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.bar)
        layout.addWidget(self.stack, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._show_state()

    def _build_bar(self) -> None:
        self.previous_button = QPushButton(self.tr("Previous page"))
        self.next_button = QPushButton(self.tr("Next page"))
        self.page_spin = QSpinBox()
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        page_label = QLabel(self.tr("Page"))
        page_label.setBuddy(self.page_spin)
        self.count_label = QLabel()
        self.smaller_button = QPushButton(self.tr("Smaller"))
        self.bigger_button = QPushButton(self.tr("Bigger"))
        self.zoom = QComboBox()
        self.zoom.addItem(self.tr("Fit the width"), FIT_WIDTH)
        self.zoom.addItem(self.tr("Whole page"), WHOLE_PAGE)
        for step in ZOOM_STEPS:
            self.zoom.addItem(self.tr("{percent}%").format(percent=round(step * 100)), step)
        zoom_label = QLabel(self.tr("Size"))
        zoom_label.setBuddy(self.zoom)
        set_name(self.previous_button, self.tr("Previous page"),
                 self.tr("Shortcut: Control and Page Up"))
        set_name(self.next_button, self.tr("Next page"),
                 self.tr("Shortcut: Control and Page Down"))
        set_name(self.page_spin, self.tr("Page number"))
        set_name(self.smaller_button, self.tr("Make the pages smaller"),
                 self.tr("Shortcut: Control and minus"))
        set_name(self.bigger_button, self.tr("Make the pages bigger"),
                 self.tr("Shortcut: Control and plus"))
        set_name(self.zoom, self.tr("Page size on screen"))
        self.bar = QWidget()
        bar = QHBoxLayout(self.bar)
        bar.setContentsMargins(0, 0, 0, 0)
        for widget in (self.previous_button, page_label, self.page_spin, self.count_label,
                       self.next_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        for control in (self.smaller_button, zoom_label, self.zoom, self.bigger_button):
            bar.addWidget(control)
        self.previous_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self.next_page)
        self.page_spin.valueChanged.connect(self._page_typed)
        self.smaller_button.clicked.connect(self.zoom_out)
        self.bigger_button.clicked.connect(self.zoom_in)
        self.zoom.currentIndexChanged.connect(self._zoom_chosen)
        for keys, slot in ((QKeySequence.StandardKey.ZoomIn, self.zoom_in),
                           (QKeySequence.StandardKey.ZoomOut, self.zoom_out),
                           ("Ctrl+PgUp", self.previous_page), ("Ctrl+PgDown", self.next_page)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)

    # Loading -------------------------------------------------------------------------------
    def set_placeholder(self, text: str) -> None:
        """What shows while there are no pages."""
        set_paragraph(self.placeholder, text)

    def load_file(self, path: str | Path) -> int:
        """Show the PDF at ``path``; returns its pages (0 if it could not be read)."""
        self._buffer = None
        return self._loaded(self.document.load(str(path)))

    def load_bytes(self, data: bytes) -> int:
        """Show a PDF held in memory; returns its pages (0 if it could not be read)."""
        self.document.close()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(data))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        old, self._buffer = self._buffer, buffer  # the document reads from it while shown
        self.document.load(buffer)
        if old is not None:
            old.deleteLater()
        return self._loaded(QPdfDocument.Error.None_ if self.document.pageCount()
                            else QPdfDocument.Error.InvalidFileFormat)

    def clear(self) -> None:
        self.document.close()
        self._buffer = None
        self._loaded(QPdfDocument.Error.None_)

    def _loaded(self, error: QPdfDocument.Error) -> int:
        if error != QPdfDocument.Error.None_:
            self.document.close()
        self._show_state()
        if self.page_count() and self._zoom_untouched:
            self._fit_at_most_actual_size()
        if self.page_count():
            self.go_to_page(0)
        self.loaded.emit(self.page_count())
        return self.page_count()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == \
            QPdfDocument.Status.Ready else 0

    def _show_state(self) -> None:
        count = self.page_count()
        self.stack.setCurrentWidget(self.view if count else self.placeholder)
        self.page_spin.blockSignals(True)
        self.page_spin.setMaximum(max(count, 1))
        self.page_spin.setValue(1)
        self.page_spin.blockSignals(False)
        self.count_label.setText(self.tr("of {count}").format(count=count))
        self.bar.setVisible(count > 0)
        self._page_changed(0)

    # Pages ---------------------------------------------------------------------------------
    def current_page(self) -> int:
        """The page being looked at, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def go_to_page(self, page: int) -> None:
        if 0 <= page < self.page_count():
            self.view.pageNavigator().jump(page, QPointF(), 0)

    def next_page(self) -> None:
        self.go_to_page(self.current_page() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_page() - 1)

    def _page_typed(self, number: int) -> None:
        if number - 1 != self.current_page():
            self.go_to_page(number - 1)

    def _page_changed(self, page: int) -> None:
        count = self.page_count()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.page_spin.setAccessibleDescription(
            self.tr("Page {page} of {count}").format(page=page + 1, count=count))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page + 1 < count)

    # Zoom ----------------------------------------------------------------------------------
    def zoom_factor(self) -> float:
        """How big the pages are shown (1.0 = actual size), also when fitted to the window."""
        view = self.view
        if view.zoomMode() == QPdfView.ZoomMode.Custom or not self.page_count():
            return view.zoomFactor()
        points = self.document.pagePointSize(max(self.current_page(), 0))
        scale = view.logicalDpiX() / 72
        margins = view.documentMargins()
        across = (view.viewport().width() - margins.left() - margins.right()) / \
            max(points.width() * scale, 1)
        if view.zoomMode() == QPdfView.ZoomMode.FitToWidth:
            return across
        down = (view.viewport().height() - margins.top() - margins.bottom()) / \
            max(points.height() * scale, 1)
        return min(across, down)

    def zoom_in(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((s for s in ZOOM_STEPS if s > now * 1.01), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        now = self.zoom_factor()
        self.set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < now * 0.99), ZOOM_STEPS[0]))

    def set_zoom(self, choice: float | str) -> None:
        """A factor from ZOOM_STEPS, FIT_WIDTH or WHOLE_PAGE."""
        index = self.zoom.findData(choice)
        if index >= 0 and index != self.zoom.currentIndex():
            self.zoom.setCurrentIndex(index)  # _zoom_chosen applies it
        else:
            self._apply_zoom(choice)

    def _zoom_chosen(self, index: int) -> None:
        self._zoom_untouched = False
        self._apply_zoom(self.zoom.itemData(index))

    def _fit_at_most_actual_size(self) -> None:
        """Until the user picks a size: actual size (100%), or smaller to fit the width."""
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        fits = self.zoom_factor() >= 1.0
        self.zoom.blockSignals(True)
        self.zoom.setCurrentIndex(self.zoom.findData(1.0 if fits else FIT_WIDTH))
        self.zoom.blockSignals(False)
        self._apply_zoom(1.0 if fits else FIT_WIDTH)

    def _apply_zoom(self, choice: float | str) -> None:
        bar = self.view.verticalScrollBar()
        place = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        if choice == FIT_WIDTH:
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif choice == WHOLE_PAGE:
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(choice))
        bar.setValue(round(place * bar.maximum()))  # the same place in the document

    # Printing ------------------------------------------------------------------------------
    def printer(self) -> QPrinter:
        """The printer and its settings, kept while the app runs."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        suit_printer(self._printer, self.document)
        return self._printer

    def print_with_dialog(self, tasks: TaskRunner, *, title: str = "") -> None:
        """Ask which printer and pages, then print in the background (with Cancel)."""
        count = self.page_count()
        if not count:
            return
        printer = self.printer()
        printer.setDocName(title or self.name)
        dialog = QPrintDialog(printer, self.window())
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setAccessibleName(self.tr("Print"))
        dialog.setMinMax(1, count)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintCurrentPage, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintSelection, False)
        accepted = dialog.exec() == QPrintDialog.DialogCode.Accepted
        dialog.deleteLater()
        if not accepted:
            return
        pages = pages_to_print(printer, count, self.current_page())
        document = self.document
        message = self.tr("Printing page {page} of {count}\u2026")

        def work(progress: Progress) -> int:  # on the worker thread: no widgets here
            def page_done(done: int, total: int) -> None:
                progress.report(done, total, message.format(page=min(done + 1, total),
                                                            count=total))
                progress.check()

            return print_pages(document, printer, pages, page_done=page_done)

        tasks.run(work, title=self.tr("Printing\u2026"), on_done=self.printed.emit,
                  on_error=self._print_failed)

    def _print_failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            self.printed.emit(0)
        else:
            report_error(error, self.window())

    def show_print_preview(self) -> None:
        """The pages as the printer will print them, with a Print button."""
        if not self.page_count():
            return
        dialog = QPrintPreviewDialog(self.printer(), self.window())
        dialog.setWindowTitle(self.tr("Print preview"))
        dialog.setAccessibleName(self.tr("Print preview"))
        dialog.paintRequested.connect(self._paint_for_preview)
        screen = self.window().screen() if self.window() is not None else None
        if screen is not None:  # the default size hides the Print button at large text sizes
            area = screen.availableGeometry()
            dialog.resize(int(area.width() * 0.8), int(area.height() * 0.85))
        dialog.exec()
        dialog.deleteLater()  # it holds a picture of every page

    def _paint_for_preview(self, printer: QPrinter) -> None:
        """The preview dialog paints here both for its preview and when Print is pressed."""
        on_screen = printer.paintEngine() is not None and \
            printer.paintEngine().type() == printer.paintEngine().Type.Picture
        pages = pages_to_print(printer, self.page_count(), self.current_page())
        try:
            count = print_pages(self.document, printer, pages,
                                max_dpi=PREVIEW_DPI if on_screen else MAX_PRINT_DPI)
        except PartappError as error:
            report_error(error, self.window())
            return
        if not on_screen:
            self.printed.emit(count)
