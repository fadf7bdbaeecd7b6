"""The "easy read version (optional)" field under each of our texts an easy read letter prints
(a decision's reason, who it was passed on to and what we can do instead, a change, an
activity's title, and the organisation's complaints contact), right under its Welsh field.

An easy read letter prints the easy read version when it is filled in, else the text above it.
The Letters page names a text that breaks the easy read rules, and the field where its easy
read version goes (services/feedback/easy_read_texts.py). The fields are made like the Welsh
ones (welsh_fields.py), with a plain one-line hint under each.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from .forms import ErrorLabel, FormErrors, add_field
from .welsh_fields import welsh_box as easy_box
from .welsh_fields import welsh_line as easy_line

__all__ = ["add_easy_read", "easy_box", "easy_line"]


def easy_read_hint() -> str:
    return QCoreApplication.translate(
        "EasyReadFields", "For easy read letters: short sentences and everyday words.")


def add_easy_read(form: QFormLayout, label: str, widget: QWidget, *, errors: FormErrors,
                  field: str) -> ErrorLabel:
    """The easy read field's row, under the text's Welsh one. Its label says which text it is,
    so a screen reader names it on its own; the hint says what it is for."""
    hint = easy_read_hint()
    error = add_field(form, label, widget, errors=errors, field=field, help_text=hint)
    widget.setAccessibleDescription(hint + " " + QCoreApplication.translate(
        "EasyReadFields", "Left empty, easy read letters print the text above."))
    widget.setToolTip(widget.accessibleDescription())
    return error
