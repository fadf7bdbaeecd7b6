"""A person's communication needs flag on screen ("Large print · Welsh · Interpreter: BSL"),
in the app's language. The parts come from services/feedback/communication_needs.py."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ...services.feedback.communication_needs import SEPARATOR, HasNeeds, NeedPart, needs_parts
from .. import translations
from .forms import set_name
from .text import set_scaled_font


def needs_text(parts: Sequence[NeedPart]) -> str:
    return SEPARATOR.join(part.text(translations.label) for part in parts)


def person_needs_text(person: HasNeeds) -> str:
    return needs_text(needs_parts(person))


class NeedsFlag(QLabel):
    """One line under a person's name; hidden when they have no needs to flag."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        set_scaled_font(self, 1.0, bold=True)
        set_name(self, QCoreApplication.translate("NeedsFlag", "Communication needs"))
        self.hide()

    def show_needs(self, person: HasNeeds | None) -> None:
        text = person_needs_text(person) if person is not None else ""
        self.setText(QCoreApplication.translate("NeedsFlag", "Needs: {needs}").format(
            needs=text) if text else "")
        self.setVisible(bool(text))
