"""Table views set up the same way everywhere: whole rows, keyboard friendly, sizes from fonts."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from .forms import set_name

MAIN_COLUMN_CHARS = 28


def table_view(model: QAbstractItemModel, name: str, *, stretch: int = 1, sortable: bool = True,
               parent: QWidget | None = None) -> QTableView:
    """A read-only table. Tab leaves it (arrows move inside); Enter or double-click opens a row.

    ``stretch`` is the main column: it starts wide. The last column fills what is left.
    """
    view = QTableView(parent)
    view.setModel(model)
    set_name(view, name, view.tr("Use the arrow keys to move, and Enter to open."))
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
    # The last column takes any spare room; on a narrow screen the table scrolls sideways
    # rather than squeezing the main column.
    header.setStretchLastSection(True)
    char = view.fontMetrics().averageCharWidth()
    columns = getattr(model, "columns", ())
    for column in range(model.columnCount()):
        title = str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        hint = columns[column].chars if column < len(columns) else 0
        width = max(len(title) + 6, 12, hint)
        if column == stretch:
            width = max(width, MAIN_COLUMN_CHARS)
        header.resizeSection(column, width * char)
    return view


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
