"""The plain English check of a whole letter, in words (a sign and a verdict, never colour).

``PlainEnglishHint`` (plain_english.py) checks a text box as it is typed; this panel shows a
result worked out elsewhere (for a letter preview, often in the background).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...services.feedback.plain_english import PlainEnglishResult


class PlainEnglishPanel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setAccessibleName(self.tr("Plain English check"))
        self.result: PlainEnglishResult | None = None
        self.show_result(None)

    def show_result(self, result: PlainEnglishResult | None, empty: str = "") -> None:
        """Show what the check found (``empty`` is said when there is nothing to check)."""
        self.result = result
        if result is None:
            text = empty or self.tr("Plain English check: nothing to check yet.")
        else:
            mark = "\u2714" if result.passes else "\u26a0"
            verdict = (self.tr("Plain English check: reads well.") if result.passes
                       else self.tr("Plain English check: could be clearer."))
            text = f"{mark} {verdict} {result.summary()}"
        self.setText(text)
        self.setAccessibleDescription(text)

    @property
    def passes(self) -> bool | None:
        return None if self.result is None else self.result.passes
