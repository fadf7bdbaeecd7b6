"""A short read-only table with a tick box in its first column (Space ticks the current row)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .lazy_table import Index
from .rows import RowsModel


class CheckRowsModel(RowsModel):
    """Rows with a tick box in the first column; ``ticked`` holds the ticked rows' keys."""

    def __init__(self, columns, context: str, key=lambda row: row.id, parent=None) -> None:
        super().__init__(columns, context, parent)
        self.key = key
        self.ticked: set[int] = set()

    def set_rows(self, rows) -> None:
        keys = {self.key(row) for row in rows}
        self.ticked &= keys
        super().set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.CheckStateRole and index.isValid() and index.column() == 0:
            row = self.row_data(index.row())
            if row is not None:
                return (Qt.CheckState.Checked if self.key(row) in self.ticked
                        else Qt.CheckState.Unchecked)
        return super().data(index, role)

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        row = self.row_data(index.row()) if index.isValid() else None
        if role != Qt.ItemDataRole.CheckStateRole or index.column() != 0 or row is None:
            return False
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self.ticked.add(self.key(row))
        else:
            self.ticked.discard(self.key(row))
        self.dataChanged.emit(index, index, [role])
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == 0:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def tick_all(self, ticked: bool) -> None:
        self.ticked = {self.key(self.row_data(r)) for r in range(self.rowCount())} if ticked \
            else set()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, 0))
