"""Table views set up the same way everywhere: whole rows, keyboard friendly, sizes from fonts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .. import contrast
from .forms import set_name

MAIN_COLUMN_CHARS = 28


class TableView(QTableView):
    """A table whose main column takes the spare width (and never less than it started with);
    on a narrow screen the table scrolls sideways instead of squeezing that column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.main_column = -1
        self.main_minimum = 0
        self._fitting = False
        self._colouring = False
        self.horizontalHeader().sectionResized.connect(self._section_resized)
        contrast.grid_lines(self)

    def fit_main_column(self) -> None:
        header = self.horizontalHeader()
        if not 0 <= self.main_column < header.count() or self._fitting:
            return
        others = sum(header.sectionSize(i) for i in range(header.count())
                     if i != self.main_column and not header.isSectionHidden(i))
        width = max(self.main_minimum, self.viewport().width() - others)
        self._fitting = True
        try:
            header.resizeSection(self.main_column, width)
        finally:
            self._fitting = False

    def _section_resized(self, index: int, _old: int, _new: int) -> None:
        if index != self.main_column:
            self.fit_main_column()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_main_column()

    def _colour_grid(self) -> None:
        if not self._colouring:
            self._colouring = True  # setting the table's own colour is a change event too
            try:
                contrast.grid_lines(self)
            finally:
                self._colouring = False

    def showEvent(self, event: QShowEvent) -> None:
        self._colour_grid()  # a hidden table may have missed the switch
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        """A new text size: rows and columns grow (or shrink) with the text. High contrast
        turned on or off: the grid lines follow (ui/contrast.py)."""
        if event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self._colour_grid()
        if event.type() == QEvent.Type.FontChange:
            rows = self.verticalHeader()
            old = rows.defaultSectionSize()
            new = self.fontMetrics().height() + 10
            if old > 0 and new != old:
                rows.setDefaultSectionSize(new)
                header = self.horizontalHeader()
                for column in range(header.count()):
                    header.resizeSection(column, round(header.sectionSize(column) * new / old))
                self.main_minimum = round(self.main_minimum * new / old)
                self.fit_main_column()
        super().changeEvent(event)


def text_width(view: QWidget, chars: int) -> int:
    """Room for about ``chars`` characters of ordinary text (with the cell's padding)."""
    return view.fontMetrics().horizontalAdvance("x" * chars) + view.fontMetrics().height()


def table_view(model: QAbstractItemModel, name: str, *, stretch: int = 1, sortable: bool = True,
               parent: QWidget | None = None) -> TableView:
    """A read-only table. Tab leaves it (arrows move inside); Enter or double-click opens a row.

    ``stretch`` is the main column: it starts wide and takes any spare room.
    """
    view = TableView(parent)
    view.setModel(model)
    set_name(view, name, QCoreApplication.translate(
        "view", "Use the arrow keys to move, and Enter to open."))
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setTabKeyNavigation(False)
    view.setWordWrap(False)
    view.setAlternatingRowColors(True)
    default = getattr(model, "default_sort", None)
    keys = [getattr(c, "sort_key", "") for c in getattr(model, "columns", ())]
    if default is not None and default.key in keys:
        view.horizontalHeader().setSortIndicator(
            keys.index(default.key),
            Qt.SortOrder.DescendingOrder if default.descending else Qt.SortOrder.AscendingOrder)
    view.setSortingEnabled(sortable)
    view.verticalHeader().setVisible(False)
    rows = view.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    rows.setDefaultSectionSize(view.fontMetrics().height() + 10)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch < 0)
    columns = getattr(model, "columns", ())
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        hint = columns[column].chars if column < len(columns) else 0
        chars = max(len(title) + 2, 8, hint)
        if column == stretch:
            chars = max(chars, MAIN_COLUMN_CHARS)
        header.resizeSection(column, text_width(view, chars))
    if 0 <= stretch < model.columnCount():
        view.main_column = stretch
        view.main_minimum = header.sectionSize(stretch)
    return view


def fit_rows(view: QTableView, *, least: int = 2, most: int = 6) -> None:
    """Make a short table just tall enough for its rows (between ``least`` and ``most``)."""
    rows = max(least, min(view.model().rowCount(), most))
    height = (view.horizontalHeader().sizeHint().height()
              + rows * view.verticalHeader().defaultSectionSize() + 2 * view.frameWidth())
    if view.horizontalScrollBar().isVisible() or view.horizontalHeader().length() > \
            view.viewport().width():
        height += view.horizontalScrollBar().sizeHint().height()
    view.setFixedHeight(height)


def current_id(view: QTableView) -> int | None:
    index = view.currentIndex()
    if not index.isValid() or not view.selectionModel().isRowSelected(index.row()):
        return None
    value = index.siblingAtColumn(0).data(Qt.ItemDataRole.UserRole)
    return int(value) if value is not None else None


def select_id(view: QTableView, item_id: int) -> bool:
    model = view.model()
    row = model.row_of(item_id) if hasattr(model, "row_of") else None
    if row is None:
        return False
    index = model.index(row, 0)
    view.setCurrentIndex(index)
    view.scrollTo(index)
    return True
