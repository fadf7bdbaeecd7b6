"""The "in Welsh (optional)" field under each of the organisation's own texts that goes into a
letter (a decision's reason, what we can do instead and who it was passed on to, a change, an
activity's title, and the organisation's address, complaints contact and signer's job title).

A Welsh letter prints the Welsh when it is filled in. Left empty, the letter prints the English
and says so before anything is printed (services/feedback/welsh_texts.py). No plain English
hint: the check is for English.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QLineEdit, QPlainTextEdit, QWidget

from .forms import ErrorLabel, FormErrors, add_field


def _help() -> str:
    return QCoreApplication.translate(
        "WelshFields", "Welsh letters print this. Left empty, they print the English and the "
                       "Letters page says so.")


def welsh_line() -> QLineEdit:
    """A one-line Welsh field."""
    return QLineEdit()


def welsh_box(lines: int) -> QPlainTextEdit:
    """A Welsh field of a few lines; Tab moves on, as in the English box above it."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 14)
    return box


def add_welsh(form: QFormLayout, label: str, widget: QWidget, *, errors: FormErrors,
              field: str) -> ErrorLabel:
    """The Welsh field's row, right under the English one. Its label (with its own shortcut
    letter) says which text it is, so a screen reader names it on its own."""
    error = add_field(form, label, widget, errors=errors, field=field)
    widget.setAccessibleDescription(_help())
    widget.setToolTip(_help())
    return error

