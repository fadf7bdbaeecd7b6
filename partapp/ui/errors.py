"""Unexpected errors never show a traceback: they go to the log and a calm message is shown."""

from __future__ import annotations

import sys
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from ..services.errors import PartappError
from ..services.files.logs import log_unexpected
from . import messages

_showing = False


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def calm_message(where: object) -> str:
    return tr("Something went wrong, and the last step may not have been saved. Your other work "
              "is safe. Please try again. If it keeps happening, the details for your support "
              "person are in this file:\n{where}").format(where=where or tr("(no log file)"))


def report_error(exc: BaseException, parent: QWidget | None = None) -> None:
    """Show an error: a user-fixable one in its own words, anything else calmly, and log it."""
    global _showing
    if not isinstance(exc, PartappError):  # the server lost outside a save: said plainly too
        from ..services.store.connection import server_message

        exc = server_message(exc, None) or exc
    if isinstance(exc, PartappError):
        messages.warn(parent, tr("Please check"), str(exc))
        return
    where = log_unexpected(exc, "desktop app")
    if _showing:  # an error while showing an error: log only
        return
    _showing = True
    try:
        messages.warn(parent or QApplication.activeWindow(), tr("Something went wrong"),
                      calm_message(where))
    finally:
        _showing = False


def excepthook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    """For sys.excepthook: nothing unexpected ever reaches the user as a traceback."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if exc.__traceback__ is None and tb is not None:
        exc = exc.with_traceback(tb)
    report_error(exc)


def install() -> None:
    sys.excepthook = excepthook
