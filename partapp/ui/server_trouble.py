"""Opening a database server from the desktop when it cannot be reached: the problem in plain
words with Try again / Close, and the server's password asked for (and kept in this computer's
keyring) when none is kept or the kept one is refused. The server is first tried on a thread of
its own, so a server that does not answer (up to ``connection.CONNECT_TIMEOUT`` seconds) never
freezes the screen: a "Connecting" window with Close shows while it waits."""

from __future__ import annotations

import threading

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QInputDialog, QLineEdit, QProgressDialog, QWidget

from ..services.store import server_login
from ..services.store.connection import ServerConnectionError, try_connection
from ..services.store.database import Database
from . import messages
from .translations import message
from .unlock import open_for_desktop


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


class _Closed(Exception):
    """The person pressed Close while the server was being tried."""


def reach(target: str, parent: QWidget | None = None) -> None:
    """Try the server once on a thread of its own while the screen stays alive; raise its
    ServerConnectionError, or _Closed when the person gives up waiting."""
    outcome: list[BaseException | None] = []

    def work() -> None:  # no widgets here
        try:
            try_connection(target)
        except BaseException as exc:  # noqa: BLE001 - handed back to the screen's thread
            outcome.append(exc)
        else:
            outcome.append(None)

    threading.Thread(target=work, name="partapp-reach-server", daemon=True).start()
    waiting = QProgressDialog(tr("Connecting to the database server\u2026"), tr("&Close"),
                              0, 0, parent)
    waiting.setWindowTitle(tr("Connecting"))
    waiting.setAutoReset(False)
    waiting.hide()
    loop = QEventLoop()
    timer = QTimer()
    timer.timeout.connect(lambda: loop.quit() if outcome or waiting.wasCanceled() else None)
    timer.start(20)
    QTimer.singleShot(500, lambda: None if outcome else waiting.show())  # only when slow
    if not outcome:
        loop.exec()
    timer.stop()
    waiting.close()
    if not outcome:
        raise _Closed
    if outcome[0] is not None:
        raise outcome[0]


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
            if url.get_backend_name() != "sqlite":
                reach(target, parent)
            return open_for_desktop(target, parent)
        except _Closed:
            return None
        except ServerConnectionError as error:
            if error.password and url.password is None:
                password = ask_server_password(parent, message(error), url.username or "")
                if password is None:
                    if typed:
                        server_login.forget_password(url)
                    return None
                server_login.keep_password(url, password)
                typed = True
                continue
            if not error.retry:
                messages.warn(parent, tr("Cannot open the server database"), message(error))
                return None
            if not messages.confirm(parent, tr("Cannot reach the server"), message(error),
                                    yes=tr("&Try again"), no=tr("&Close")):
                return None
