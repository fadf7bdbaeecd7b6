"""What every page needs: the open database, settings, the task runner, and change signals."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, Signal

from ..services.changed import Changed
from ..services.store.database import Database
from .settings import AppSettings
from .tasks import TaskRunner


class AppContext(QObject):
    """Handed to every page and dialog instead of globals.

    ``data_changed(what)`` fires after any saved change (a ``Changed``: a person, an activity,
    a suggestion, a decision, a change, feedback, settings, or all), so every list can refresh
    itself.
    """

    data_changed = Signal(str)
    database_changed = Signal()

    def __init__(self, db: Database, settings: AppSettings, tasks: TaskRunner, *,
                 today: Callable[[], date] = date.today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self.settings = settings
        self.tasks = tasks
        self.today = today

    @property
    def db(self) -> Database:
        return self._db

    def set_database(self, db: Database) -> None:
        """Switch to another data file; the old one is closed."""
        old, self._db = self._db, db
        if old is not db:
            old.dispose()
        self.database_changed.emit()
        self.data_changed.emit(Changed.ALL)

    def changed(self, what: Changed) -> None:
        self.data_changed.emit(Changed(what))  # a misspelt kind is a ValueError, not silence
