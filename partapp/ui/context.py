"""What every page needs: the open database, settings, the task runner, and change signals."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Signal
from sqlalchemy.orm import Session

from ..services.changed import Changed, Operation, changes_of
from ..services.records.undo import apply_undoable
from ..services.store.database import Database
from .settings import AppSettings
from .tasks import TaskRunner
from .undo_history import UndoHistory

P = ParamSpec("P")
R = TypeVar("R")


class AppContext(QObject):
    """Handed to every page and dialog instead of globals.

    ``data_changed(what)`` fires once after any saved change, with the set of ``Changed`` kinds
    it touched (a person, an activity, a suggestion, a decision, a change, feedback, settings,
    or all), so every list can refresh itself. The kinds come from the service operation that
    saved (``apply``, ``announce``), not from the screen.
    """

    data_changed = Signal(object)  # a frozenset of Changed
    database_changed = Signal()

    def __init__(self, db: Database, settings: AppSettings, tasks: TaskRunner, *,
                 today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.settings = settings
        self.tasks = tasks
        self.today = today
        self.history = UndoHistory(lambda: self._db, self.today, self.changed, self)

    @property
    def db(self) -> Database:
        return self._db

    def set_database(self, db: Database) -> None:
        """Switch to another data file; the old one is closed."""
        old, self._db = self._db, db
        if old is not db:
            old.dispose()
            self.history.clear()  # its saves are not this file's
        self.database_changed.emit()
        self.data_changed.emit(frozenset({Changed.ALL}))

    def apply(self, op: Operation[Concatenate[Session, P], R], *args: P.args,
              **kwargs: P.kwargs) -> R:
        """Run one service operation in one transaction, then tell every screen what it
        changed. An error leaves nothing saved and nothing announced."""
        changes_of(op)  # a function not marked with what it changes is refused before it runs
        with self._db.session_scope() as session:
            result, undo = apply_undoable(session, op, *args, **kwargs)
        if undo is not None:  # Edit, Undo can take it back
            self.history.add(undo)
        self.announce(op, result)
        return result

    def announce(self, op: Callable[..., object], result: object = None) -> None:
        """Tell every screen what a finished operation changed (a background task's, say)."""
        self.changed(*changes_of(op, result))

    def changed(self, *what: Changed | Iterable[Changed]) -> None:
        """Tell every screen these kinds of record changed (for what no operation saved: the
        Refresh command, another data file, a form reloaded after someone else's save)."""
        kinds: set[Changed] = set()
        for each in what:
            kinds.update([each] if isinstance(each, str) else each)
        # A misspelt kind is a ValueError, not silence.
        self.data_changed.emit(frozenset(Changed(kind) for kind in kinds))
