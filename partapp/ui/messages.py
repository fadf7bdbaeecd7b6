"""Small message windows, all in one place and all in plain words.

Each builds a QMessageBox and calls ``exec()`` (tests patch ``QMessageBox.exec`` so nothing
blocks, and read what was shown from ``QMessageBox.text``).
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from .translations import message

Button = QMessageBox.StandardButton


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


class Unsaved(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Conflict(Enum):
    RELOAD = "reload"
    KEEP_MINE = "keep_mine"
    GO_BACK = "go_back"


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str,
         detail: str = "") -> QMessageBox:
    text, detail = message(text), message(detail)  # a service's words in the language in use
    box = QMessageBox(icon, title, text, Button.NoButton, parent)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    if detail:
        box.setInformativeText(detail)
    return box


def _result(box: QMessageBox) -> Button:
    value = box.exec()
    try:
        return Button(value)
    except ValueError:
        return Button.Cancel


def inform(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, text, detail)
    box.setStandardButtons(Button.Ok)
    _result(box)


def warn(parent: QWidget | None, title: str, text: str, detail: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, text, detail)
    box.setStandardButtons(Button.Ok)
    _result(box)


def confirm(parent: QWidget | None, title: str, text: str, yes: str, no: str = "") -> bool:
    """Ask a yes/no question. ``yes`` and ``no`` are the words on the buttons."""
    box = _box(parent, QMessageBox.Icon.Question, title, text)
    box.setStandardButtons(Button.Yes | Button.No)
    box.button(Button.Yes).setText(yes)
    box.button(Button.No).setText(no or tr("Cancel"))
    box.setDefaultButton(Button.No)
    return _result(box) == Button.Yes


def ask_unsaved(parent: QWidget | None, what: str = "") -> Unsaved:
    """Unsaved changes: save them, throw them away, or go back to the form."""
    box = _box(parent, QMessageBox.Icon.Question, tr("Unsaved changes"),
               what or tr("You have changes that are not saved yet. Do you want to save them?"))
    box.setStandardButtons(Button.Save | Button.Discard | Button.Cancel)
    box.button(Button.Save).setText(tr("Save changes"))
    box.button(Button.Discard).setText(tr("Don't save"))
    box.button(Button.Cancel).setText(tr("Go back"))
    box.setDefaultButton(Button.Save)
    answer = _result(box)
    if answer == Button.Save:
        return Unsaved.SAVE
    if answer == Button.Discard:
        return Unsaved.DISCARD
    return Unsaved.CANCEL


def ask_conflict(parent: QWidget | None, text: str) -> Conflict:
    """Someone else saved this record after the form was opened (``text`` says who and when):
    show theirs (Reload), save mine over it (Keep mine), or go back to the form."""
    box = _box(parent, QMessageBox.Icon.Warning, tr("Someone else changed this"), text)
    box.setStandardButtons(Button.Yes | Button.No | Button.Cancel)
    box.button(Button.No).setText(tr("Reload"))
    box.button(Button.Yes).setText(tr("Keep mine"))
    box.button(Button.Cancel).setText(tr("Go back"))
    box.setDefaultButton(Button.Cancel)  # nothing is lost by pressing Enter
    answer = _result(box)
    if answer == Button.No:
        return Conflict.RELOAD
    if answer == Button.Yes:
        return Conflict.KEEP_MINE
    return Conflict.GO_BACK
