"""Opening a data file from the desktop: its passphrase, someone else having it open, and
sign-in, each asked for only when it applies (the desktop side of ``cli_safety``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..services.access.auth import sign_in_required
from ..services.errors import PartappError
from ..services.files.paths import is_url
from ..services.store.database import Database, open_database
from ..services.store.encryption import WrongPassphraseError, is_plain_sqlite, looks_encrypted
from ..services.store.lock import DatabaseLockedError
from . import messages
from .translations import message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def needs_passphrase(target: str) -> bool:
    if is_url(target):
        return False
    path = Path(target).expanduser()
    return path.exists() and not is_plain_sqlite(path) and looks_encrypted(path)


def ask_passphrase(parent: QWidget | None, problem: str = "") -> str | None:
    text = tr("This data file is protected with a passphrase. Please type it.")
    if problem:
        text = f"{problem}\n\n{text}"
    value, ok = QInputDialog.getText(parent, tr("Passphrase"), text, QLineEdit.EchoMode.Password)
    return value if ok else None


def open_for_desktop(target: str, parent: QWidget | None = None, *,
                     create: bool = False) -> Database | None:
    """Open ``target``, asking for what is needed. None when the person chose to stop.

    Problems the person cannot fix here (a damaged file...) are raised as PartappError.
    """
    passphrase = None
    if needs_passphrase(target):
        passphrase = ask_passphrase(parent)
        if passphrase is None:
            return None
    force = False
    while True:
        try:
            db = open_database(target, create=create, passphrase=passphrase, force=force)
            break
        except WrongPassphraseError as error:
            passphrase = ask_passphrase(parent, message(error))
            if passphrase is None:
                return None
        except DatabaseLockedError as error:
            if force or not messages.confirm(
                    parent, tr("The data file is in use"),
                    tr("{problem}\n\nIf you are sure nobody is using it now (for example the "
                       "computer was switched off without closing the app), you can open it "
                       "anyway.").format(problem=message(error)),
                    yes=tr("Open it anyway"), no=tr("Cancel")):
                return None
            force = True
    try:
        with db.session_scope() as session:
            required = sign_in_required(session)
        if required:
            from .dialogs.sign_in_dialog import SignInDialog

            if SignInDialog(db, parent).exec() != SignInDialog.DialogCode.Accepted:
                db.dispose()
                return None
    except PartappError:
        db.dispose()
        raise
    return db
