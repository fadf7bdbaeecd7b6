"""What Edit, Undo and Redo can take back or do again in this window, newest first.

The steps themselves are the services' (``services/records/undo.py``); this keeps the two lists
for the open data file (another file starts them empty), and runs a step in one transaction
through the same services a form uses, then tells every screen what it changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from ..services.errors import PartappError
from ..services.records.undo import Entry, run_step
from ..services.store.database import Database

LIMIT = 50  # steps kept; older ones drop off the bottom


class UndoHistory(QObject):
    """The undo and redo lists. ``changed`` fires when either list changes."""

    changed = Signal()

    def __init__(self, db: Callable[[], Database], today: Callable[[], date],
                 announce: Callable[..., None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db, self._today, self._announce = db, today, announce
        self.undo_list: list[Entry] = []
        self.redo_list: list[Entry] = []

    def add(self, entry: Entry) -> None:
        """A new save: it can be undone, and what was undone before can no longer be redone."""
        self.undo_list.append(entry)
        del self.undo_list[:-LIMIT]
        self.redo_list.clear()
        self.changed.emit()

    def clear(self) -> None:
        self.undo_list.clear()
        self.redo_list.clear()
        self.changed.emit()

    def undo(self) -> Entry | None:
        """Take back the newest save. Raises PartappError (a plain message) if it cannot be:
        then nothing changed, and it is dropped from the list."""
        return self._move(self.undo_list, self.redo_list)

    def redo(self) -> Entry | None:
        return self._move(self.redo_list, self.undo_list)

    def _move(self, source: list[Entry], target: list[Entry]) -> Entry | None:
        if not source:
            return None
        entry = source.pop()
        try:
            with self._db().session_scope() as session:
                opposite = run_step(session, entry.step, today=self._today())
        except PartappError:  # refused (changed since, not allowed, would lose something)
            self.changed.emit()
            raise
        target.append(Entry(opposite, entry.action, entry.kind, entry.name))
        self.changed.emit()
        self._announce(entry.step.changed)
        return entry
