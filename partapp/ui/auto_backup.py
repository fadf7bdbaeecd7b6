"""The automatic backups: when a data file is opened and before it is closed (at start-up and
shut-down, and when File, Open or File, New switches to another file)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from ..services.errors import PartappError
from ..services.files.logs import log_unexpected
from ..services.store.backup import BackupResult
from ..services.store.backup_rotation import backup_on_close, backup_on_open
from ..services.store.database import Database
from . import messages
from .context import AppContext
from .errors import calm_message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def automatic_backup(context: AppContext, window: QWidget,
                     make: Callable[[Database], BackupResult | None], *,
                     db: Database | None = None, finished: Callable[[], None] | None = None,
                     quiet: bool) -> None:
    """Make the backup in the background (of ``db``, else the open file). A warning (the USB
    stick was not there, so the copy went beside the data file) is shown calmly, and so is a
    failure; ``finished`` is called either way."""
    target = db if db is not None else context.db

    def done(result: BackupResult | None) -> None:
        if result is not None and result.warning:
            messages.inform(window, tr("About the backup"), result.warning)
        if finished is not None:
            finished()

    def failed(error: BaseException) -> None:
        text = str(error) if isinstance(error, PartappError) else \
            calm_message(log_unexpected(error, "automatic backup"))
        messages.warn(window, tr("The automatic backup did not work"), text)
        if finished is not None:
            finished()

    context.tasks.run(lambda progress: make(target), title=tr("Making a backup\u2026"),
                      cancellable=False, quiet=quiet, on_done=done, on_error=failed)


def backup_after_opening(context: AppContext, window: QWidget) -> None:
    automatic_backup(context, window, backup_on_open, quiet=True)


def backup_before_closing(context: AppContext, window: QWidget, finished: Callable[[], None],
                          *, db: Database | None = None) -> None:
    automatic_backup(context, window, backup_on_close, db=db, finished=finished, quiet=False)
