"""A table model that holds only row ids and fetches the rows on screen, a page at a time.

Filtering and sorting happen in SQL (``services.browse.pages``): the model asks for the matching ids
in order, then for full rows (frozen dataclasses) when a view needs them. Subclasses say which
columns there are and how to fetch ids and rows.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from sqlalchemy.orm import Session

from ...services.browse.pages import Sort
from ...services.files.logs import log_unexpected
from ..context import AppContext

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex
ID_ROLE = Qt.ItemDataRole.UserRole
PAGE_SIZE = 100
MAX_PAGES = 30


@dataclass(frozen=True)
class Column(Generic[Row]):
    sort_key: str  # the browse service's name for sorting on this column
    title: str
    text: Callable[[Any], str]
    right: bool = False  # numbers line up on the right
    tooltip: Callable[[Any], str] | None = None
    chars: int = 0  # a starting width, in average characters (0: from the title)


class LazyTableModel(QAbstractTableModel, Generic[Row]):
    """Subclasses set ``columns`` and write ``fetch_ids`` and ``fetch_rows``."""

    reloaded = Signal(int)  # how many rows there are now

    columns: Sequence[Column] = ()
    default_sort = Sort()

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self._ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, Any]] = OrderedDict()
        self.sort_order = self.default_sort
        self.filter: Any = None
        self.loaded = False  # nothing is read until the first reload()

    # What subclasses provide -------------------------------------------------------------
    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        raise NotImplementedError

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, Any]:
        raise NotImplementedError

    # Loading ------------------------------------------------------------------------------
    def reload(self) -> None:
        """Ask the database again (after a change, or a new filter or sort)."""
        self.beginResetModel()
        try:
            with self.context.db.session_scope() as session:
                self._ids = self.fetch_ids(session, self.sort_order)
        except Exception as exc:  # noqa: BLE001 - a list must never crash the window; logged
            log_unexpected(exc, f"{type(self).__name__}.reload")
            self._ids = []
        self._pages.clear()
        self.loaded = True
        self.endResetModel()
        self.reloaded.emit(len(self._ids))

    def set_filter(self, flt: Any) -> None:
        self.filter = flt
        self.reload()

    def refresh_rows(self) -> None:
        """Forget fetched rows (their values changed) but keep the ids and order."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(self.columns) - 1))

    def row_id(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: int) -> int | None:
        try:
            return self._ids.index(item_id)
        except ValueError:
            return None

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_data(self, row: int) -> Any | None:
        """The fetched dataclass for a row (fetching its page if needed)."""
        if not 0 <= row < len(self._ids):
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            self._load_page(page)
        else:
            self._pages.move_to_end(page)
        return self._pages[page].get(self._ids[row])

    def _load_page(self, page: int) -> None:
        ids = self._ids[page * PAGE_SIZE:(page + 1) * PAGE_SIZE]
        try:
            with self.context.db.session_scope() as session:
                rows = self.fetch_rows(session, ids)
        except Exception as exc:  # noqa: BLE001 - a list must never crash the window; logged
            log_unexpected(exc, f"{type(self).__name__}.fetch_rows")
            rows = {}
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)

    # QAbstractTableModel ----------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        if role == ID_ROLE:
            return self.row_id(index.row())
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            row = self.row_data(index.row())
            return self.tr("(removed)") if row is None else column.text(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            row = self.row_data(index.row())
            return None if row is None else column.tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns)
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole)):
            return QCoreApplication.translate(type(self).__name__, self.columns[section].title)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.sort_order = Sort(self.columns[column].sort_key,
                               order == Qt.SortOrder.DescendingOrder)
        if not self.loaded:
            return
        self.layoutAboutToBeChanged.emit()
        try:
            with self.context.db.session_scope() as session:
                ids = self.fetch_ids(session, self.sort_order)
        except Exception as exc:  # noqa: BLE001 - a list must never crash the window; logged
            log_unexpected(exc, f"{type(self).__name__}.sort")
            ids = self._ids
        if sorted(ids) != sorted(self._ids):  # the rows themselves changed: start again
            self.layoutChanged.emit()
            self.beginResetModel()
            self._ids = ids
            self._pages.clear()
            self.endResetModel()
        else:
            self._reorder(ids)
            self.layoutChanged.emit()
        self.reloaded.emit(len(self._ids))

    def _reorder(self, ids: list[int]) -> None:
        old_ids, self._ids = self._ids, ids
        self._pages.clear()
        new_rows = {item_id: row for row, item_id in enumerate(ids)}
        moved_from, moved_to = [], []
        for index in self.persistentIndexList():
            if not 0 <= index.row() < len(old_ids):
                continue
            moved_from.append(index)
            moved_to.append(self.index(new_rows[old_ids[index.row()]], index.column()))
        self.changePersistentIndexList(moved_from, moved_to)
