"""The audit log, newest first: the model knows how many entries match and fetches a page of
them (with ``limit``/``offset``) only when a view needs those rows."""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
    Signal,
)

from ...services.access.audit_log import AuditFilter, AuditView, count_entries, list_entries
from ...services.files.logs import log_unexpected
from .. import translations
from ..context import AppContext
from ..formatting import format_date
from ..qt_types import QT_TRANSLATE_NOOP
from .lazy_table import ID_ROLE, Column, Index

PAGE_SIZE = 200
MAX_PAGES = 20
CTX = "AuditModel"
_ROOT = QModelIndex()


def _when(entry: AuditView) -> str:
    at = entry.at_local
    return f"{format_date(at.date())} {at.strftime('%H:%M:%S')}"


class AuditModel(QAbstractTableModel):
    """Call ``reload()`` (it raises the services' errors, such as PermissionDeniedError)."""

    reloaded = Signal(int)

    columns: tuple[Column[Any], ...] = (
        Column("", QT_TRANSLATE_NOOP("AuditModel", "When"), _when, chars=20),
        Column("", QT_TRANSLATE_NOOP("AuditModel", "Who"), lambda e: e.actor, chars=14),
        Column("", QT_TRANSLATE_NOOP("AuditModel", "What they did"),
               lambda e: translations.label(e.action_label), chars=26),
        Column("", QT_TRANSLATE_NOOP("AuditModel", "Kind of record"),
               lambda e: translations.label(e.entity_label), chars=16),
        Column("", QT_TRANSLATE_NOOP("AuditModel", "Record number"),
               lambda e: "" if e.entity_id is None else str(e.entity_id), right=True),
        Column("", QT_TRANSLATE_NOOP("AuditModel", "Details"), lambda e: e.details,
               tooltip=lambda e: e.details, chars=30),
    )

    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.context = context
        self.filter = AuditFilter()
        self._count = 0
        self._pages: OrderedDict[int, list[AuditView]] = OrderedDict()

    def reload(self, flt: AuditFilter | None = None) -> None:
        """Count the entries matching ``flt`` (or the current filter) and start again."""
        wanted = self.filter if flt is None else flt
        with self.context.db.session_scope() as session:
            count = count_entries(session, wanted)
        self.beginResetModel()
        self.filter, self._count = wanted, count
        self._pages.clear()
        self.endResetModel()
        self.reloaded.emit(count)

    def row_data(self, row: int) -> AuditView | None:
        if not 0 <= row < self._count:
            return None
        page = row // PAGE_SIZE
        if page not in self._pages:
            try:
                with self.context.db.session_scope() as session:
                    self._pages[page] = list_entries(session, self.filter, limit=PAGE_SIZE,
                                                     offset=page * PAGE_SIZE)
            except Exception as exc:  # noqa: BLE001 - a view asking for rows must not crash
                log_unexpected(exc, "AuditModel.row_data")
                self._pages[page] = []
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        entries = self._pages[page]
        offset = row - page * PAGE_SIZE
        return entries[offset] if offset < len(entries) else None

    def rowCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole,
                    Qt.ItemDataRole.ToolTipRole, ID_ROLE):
            entry = self.row_data(index.row())
            if entry is None:
                return None if role != Qt.ItemDataRole.DisplayRole else ""
            if role == ID_ROLE:
                return entry.id
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.tooltip(entry) if column.tooltip else None
            return column.text(entry)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns) \
                and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("AuditModel", self.columns[section].title)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
