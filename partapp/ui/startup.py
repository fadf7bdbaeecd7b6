"""Starting the app: the welcome on first run, or straight to the main window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Signal

from ..services.errors import PartappError
from ..services.files.paths import is_url
from ..services.store.database import Database
from ..services.store.integrity import folder_gone_message
from . import messages
from .auto_backup import backup_after_opening, backup_before_closing
from .context import AppContext
from .sample_data import fill_sample_data
from .server_trouble import open_server
from .settings import AppSettings
from .tasks import TaskRunner
from .unlock import open_for_desktop

if TYPE_CHECKING:
    from .dialogs.welcome_dialog import WelcomeDialog
    from .main_window import MainWindow


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


class Startup(QObject):
    """``begin()`` shows the welcome (no data file yet, or no organisation name) or the window.

    ``ended(code)`` fires when the app should stop without a main window (welcome cancelled,
    or the data file cannot be opened).
    """

    ended = Signal(int)
    window_shown = Signal()

    def __init__(self, target: str, settings: AppSettings, tasks: TaskRunner, *,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.target = target
        self.settings = settings
        self.tasks = tasks
        self.today = today
        self.window: MainWindow | None = None
        self.welcome: WelcomeDialog | None = None
        self.context: AppContext | None = None

    def begin(self) -> None:
        from .dialogs.welcome_dialog import WelcomeDialog

        db: Database | None = None
        if not is_url(self.target):  # a network drive that is not connected: say so, and
            # do not offer to make a new data file there
            missing = folder_gone_message(Path(self.target).expanduser())
            if missing is not None:
                messages.warn(None, tr("Cannot open the data file"), missing)
                self.ended.emit(1)
                return
        if is_url(self.target) or Path(self.target).expanduser().exists():
            try:
                db = (open_server(self.target) if is_url(self.target)  # Try again / Close
                      else open_for_desktop(self.target))
            except PartappError as error:
                messages.warn(None, tr("Cannot open the data file"), str(error))
                self.ended.emit(1)
                return
            if db is None:  # the person chose not to go on (passphrase, sign-in)
                self.ended.emit(0)
                return
            if WelcomeDialog.is_set_up(db):
                self._show_main(db, sample=False)
                return
        self.welcome = WelcomeDialog(self.target, self.settings, database=db)
        self.welcome.finished.connect(self._welcome_finished)
        self.welcome.show()

    def _welcome_finished(self, result: int) -> None:
        dialog = self.welcome
        assert dialog is not None  # it is what finished
        if result != dialog.DialogCode.Accepted or dialog.database is None:
            if dialog.database is not None:
                dialog.database.dispose()
            self.ended.emit(0)
            return
        self._show_main(dialog.database, sample=dialog.wants_sample)

    def _show_main(self, db: Database, *, sample: bool) -> None:
        from .main_window import MainWindow

        self.context = AppContext(db, self.settings, self.tasks, today=self.today)
        self.window = MainWindow(self.context)
        self.window.show()
        self.window_shown.emit()
        for warning in getattr(db, "warnings", ()):
            self.window.statusBar().showMessage(warning, 20000)
        context, window = self.context, self.window
        window.before_close = lambda finished: backup_before_closing(context, window, finished)
        backup_after_opening(context, window)
        if sample:
            fill_sample_data(self.context, self.window)
