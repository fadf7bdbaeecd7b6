"""The File and Help menus: new, open, back up, restore, import, templates, where my data is."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from .. import APP_NAME, __version__
from ..services.access import permissions
from ..services.errors import PartappError, PermissionDeniedError
from ..services.files.paths import default_db_path
from ..services.store.backup import backup_database, backup_folder, default_backup_name
from ..services.store.database import open_database
from ..services.store.encryption import is_plain_sqlite
from . import messages
from .auto_backup import backup_after_opening, backup_before_closing
from .context import AppContext
from .errors import report_error
from .qt_types import QT_TRANSLATE_NOOP
from .tasks import Progress, TaskCancelled
from .unlock import open_for_desktop

if TYPE_CHECKING:
    from .main_window import MainWindow

DATA_FILTER = QT_TRANSLATE_NOOP("FileActions", "Participation Tracker data (*.db);;All files (*)")


def _same_user(db, user):
    """The signed-in user, if the reopened file (a restored backup has its own users) still
    has them, by id and name, active: otherwise nobody, so their old rights do not carry over."""
    if user is None:
        return None
    from ..models import StaffUser

    with db.session_scope() as session:
        row = session.get(StaffUser, user.id)
        same = row is not None and row.active and row.username == user.username
    return user if same else None


class FileActions(QObject):
    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context = context
        self.window = cast("MainWindow", window)  # the main window it belongs to

    def _start_folder(self) -> str:
        last = self.context.settings.last_folder
        if last and Path(last).is_dir():
            return last
        path = self.context.db.path
        return str(path.parent if path else default_db_path().parent)

    def _remember_folder(self, path: str | Path) -> None:
        self.context.settings.last_folder = str(Path(path).parent)

    # New and open ------------------------------------------------------------------------
    def new_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Make a new data file"),
            str(Path(self._start_folder()) / "participation.db"), self.tr(DATA_FILTER))
        if not name:
            return
        path = Path(name)
        if path.suffix == "":
            path = path.with_suffix(".db")
        if path.exists():
            messages.warn(self.window, self.tr("That name is taken"),
                          self.tr("There is already a file called {name}. To use it, choose "
                                  "File, then Open data file. To start afresh, choose another "
                                  "name.").format(name=path.name))
            return
        self._switch_to(str(path), create=True)

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a data file"),
                                              self._start_folder(), self.tr(DATA_FILTER))
        if name:
            self._switch_to(name, create=False)

    def _switch_to(self, target: str, *, create: bool) -> None:
        from .dialogs.welcome_dialog import WelcomeDialog

        if not self.window.close_forms_before_switch():
            return
        try:
            db = open_for_desktop(target, self.window, create=create)
        except PartappError as error:
            messages.warn(self.window, self.tr("Cannot open that file"), str(error))
            return
        if db is None:
            return

        def switch() -> None:
            """After the backup of the file being left: show the other one, and back it up."""
            self._remember_folder(target)
            self.context.set_database(db)
            backup_after_opening(self.context, self.window)
            if not WelcomeDialog.is_set_up(db):
                dialog = WelcomeDialog(target, self.context.settings, self.window, database=db)
                dialog.finished.connect(lambda _r: self.window.after_welcome(dialog))
                dialog.open()
                self.welcome = dialog

        backup_before_closing(self.context, self.window, switch, db=self.context.db)

    # Backups -----------------------------------------------------------------------------
    def backup(self) -> None:
        path = self.context.db.path
        if path is None:
            return
        from ..services.store.backup_rotation import backup_settings

        with self.context.db.session_scope() as session:
            folder = backup_settings(session, path).folder
        if not folder.is_dir():
            folder = backup_folder(path)
            folder.mkdir(parents=True, exist_ok=True)
        name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Save a backup"),
                                              str(folder / default_backup_name(path)),
                                              self.tr(DATA_FILTER))
        if name:
            self.backup_to(Path(name))

    def _allowed(self, key: str) -> bool:
        """The one table (services/access/permissions.py) asked with this file's signed-in user."""
        try:
            with self.context.db.session_scope() as session:
                permissions.check(session, key)
        except PermissionDeniedError as error:
            messages.warn(self.window, self.tr("Not allowed"), str(error))
            return False
        return True

    def backup_to(self, out: Path, on_done: Callable[[Any], None] | None = None) -> None:
        """Back up the open data file into ``out`` (a folder or a file name), in the background."""
        db = self.context.db
        path = db.path
        if path is None or not self._allowed("backup"):
            return

        def done(result) -> None:
            self._backup_done(result)
            if on_done is not None:
                on_done(result)

        self.context.tasks.run(
            lambda progress: backup_database(path, out, passphrase=db.passphrase),
            title=self.tr("Making a backup\u2026"), cancellable=False, on_done=done)

    def _backup_done(self, result) -> None:
        messages.inform(self.window, self.tr("Backup made"),
                        self.tr("A copy of everything was saved here:\n{path}")
                        .format(path=result.path))

    def restore(self) -> None:
        path = self.context.db.path
        if path is None:
            return
        name, _ = QFileDialog.getOpenFileName(self.window, self.tr("Choose the backup to restore"),
                                              str(backup_folder(path)), self.tr(DATA_FILTER))
        if name:
            self.restore_from(Path(name))

    def restore_from(self, source: Path, on_done: Callable[[], None] | None = None) -> None:
        """Ask first, then replace the data file with the backup ``source``."""
        from ..services.store.backup import restore_database

        path = self.context.db.path
        if path is None or not self._allowed("restore"):  # an administrator of this file
            return
        who = self.context.db.acting_name  # for the audit line: the file is closed by then
        if not messages.confirm(
                self.window, self.tr("Restore this backup?"),
                self.tr("Everything in the data file will be replaced by the backup {name}. "
                        "The data file as it is now will be kept as a safety copy in the "
                        "backups folder.").format(name=source.name),
                yes=self.tr("Restore the backup"), no=self.tr("Cancel")):
            return
        passphrase = self.context.db.passphrase
        plain = passphrase is not None and is_plain_sqlite(source)
        if plain:  # a backup made before the passphrase was turned on
            passphrase = None

        def done(safety) -> None:
            text = self.tr("The backup was restored. The file it replaced was kept as "
                           "{safety}.").format(safety=safety)
            if plain:
                text += " " + self.tr("This backup was made before the data file was protected "
                                      "with a passphrase, so the data file has no passphrase "
                                      "now. You can turn it on again in Settings.")
            messages.inform(self.window, self.tr("Backup restored"), text)
            if on_done is not None:
                on_done()

        self.with_file_closed(
            lambda progress: restore_database(path, source, passphrase=passphrase,
                                              actor=who),
            title=self.tr("Restoring the backup\u2026"), on_done=done)

    def with_file_closed(self, work: Callable[[Progress], Any], *, title: str,
                         on_done: Callable[[Any], None],
                         passphrase_after: Callable[[Any], str | None] | None = None) -> None:
        """Whole-file work (restore, passphrase): close the data file, run ``work`` in the
        background, then open the file again (with ``passphrase_after(result)`` if given)."""
        path = self.context.db.path
        closer = getattr(self.window, "close_forms_before_switch", None)
        if path is None or (closer is not None and not closer()):
            return
        old = self.context.db
        old.dispose()

        def reopen(passphrase: str | None) -> bool:
            try:
                db = open_database(str(path), create=False, passphrase=passphrase)
            except PartappError as error:
                report_error(error, self.window)
                return False
            user = _same_user(db, old.user)
            db.set_user(user)
            self.context.set_database(db)
            if old.user is not None and user is None:
                self._sign_in_again(db)
            return True

        def done(result) -> None:
            key = passphrase_after(result) if passphrase_after is not None else old.passphrase
            if reopen(key):
                on_done(result)

        def failed(error: BaseException) -> None:
            reopen(old.passphrase)
            report_error(error, self.window)

        self.context.tasks.run(work, title=title, cancellable=False, on_done=done,
                               on_error=failed)

    def _sign_in_again(self, db) -> None:
        """The restored file has other users: whoever uses it now signs in to it."""
        from ..services.access.auth import sign_in_required
        from .dialogs.sign_in_dialog import SignInDialog

        with db.session_scope() as session:
            required = sign_in_required(session)
        if required:
            SignInDialog(db, self.window).exec()
            self.context.set_database(db)

    # Import and templates ------------------------------------------------------------------
    def import_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Choose the spreadsheets to import"), self._start_folder(),
            self.tr("Spreadsheets (*.csv *.xlsx);;All files (*)"))
        if not names or not self._allowed("import"):
            return
        self._remember_folder(names[0])
        db = self.context.db

        def work(progress: Progress):
            from ..services.importing.importer import import_files

            with db.session_scope() as session:
                summary = import_files(session, [Path(n) for n in names])
                if progress.cancelled:
                    raise TaskCancelled()
            return summary

        self.context.tasks.run(work, title=self.tr("Importing\u2026"), on_done=self._imported)

    def _imported(self, summary) -> None:
        from ..services.importing.importer import import_files

        self.context.announce(import_files, summary)
        messages.inform(self.window, self.tr("Import finished"), summary.describe())

    def export_templates(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Choose a folder for the empty templates"), self._start_folder())
        if not folder:
            return
        from ..services.importing.importer import write_templates

        try:
            paths = write_templates(Path(folder))
        except (PartappError, OSError) as error:
            report_error(error if isinstance(error, PartappError)
                         else PartappError(self.tr("Could not write the templates in {folder}. "
                                                   "Check you can save files there.")
                                           .format(folder=folder)), self.window)
            return
        messages.inform(self.window, self.tr("Templates saved"),
                        self.tr("Fill these in, then choose File, Import:\n{files}")
                        .format(files="\n".join(str(p) for p in paths)))

    # Help --------------------------------------------------------------------------------
    def where_is_my_data(self) -> None:
        from .dialogs.about_dialog import WhereIsMyDataDialog

        self.where_dialog = WhereIsMyDataDialog(self.context, self.window)
        self.where_dialog.open()

    def about(self) -> None:
        messages.inform(self.window, self.tr("About {app}").format(app=APP_NAME),
                        self.tr("{app}, version {version}.\nRecord what people tell you, what you "
                                "decided, what changed, and tell them.")
                        .format(app=APP_NAME, version=__version__),
                        self.tr("It works without the internet. Your data stays in your data "
                                "file on this computer (or your own server)."))
