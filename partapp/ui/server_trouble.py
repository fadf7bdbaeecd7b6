"""Opening a database server from the desktop when it cannot be reached: the problem in plain
words with Try again / Close, and the server's password asked for (and kept in this computer's
keyring) when none is kept or the kept one is refused. Nothing here touches a file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from ..services.store import server_login
from ..services.store.connection import ServerConnectionError
from ..services.store.database import Database
from . import messages
from .unlock import open_for_desktop


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def _asks_for_password(error: ServerConnectionError) -> bool:
    text = str(error)
    return "did not accept the password" in text or "needs a password" in text


def ask_server_password(parent: QWidget | None, problem: str, user: str) -> str | None:
    text = tr("{problem}\n\nType the password for {user}. It is kept in this computer's "
              "keyring, not in any file.").format(problem=problem, user=user)
    value, ok = QInputDialog.getText(parent, tr("Password for the database server"), text,
                                     QLineEdit.EchoMode.Password)
    return value if ok and value else None


def open_server(target: str, parent: QWidget | None = None) -> Database | None:
    """Open the server database at ``target``, offering Try again while it cannot be reached
    and asking for its password when needed. None when the person chose Close or Cancel."""
    url = server_login.parse(target)
    typed = False  # a password typed here and kept: forgotten again if the person gives up
    while True:
        try:
            return open_for_desktop(target, parent)
        except ServerConnectionError as error:
            if _asks_for_password(error) and url.password is None:
                password = ask_server_password(parent, str(error), url.username or "")
                if password is None:
                    if typed:
                        server_login.forget_password(url)
                    return None
                server_login.keep_password(url, password)
                typed = True
                continue
            if not error.retry:
                messages.warn(parent, tr("Cannot open the server database"), str(error))
                return None
            if not messages.confirm(parent, tr("Cannot reach the server"), str(error),
                                    yes=tr("&Try again"), no=tr("&Close")):
                return None
