"""A live plain-English check under a text box (updated a moment after typing stops)."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QWidget

from ...services.feedback.plain_english import check_text, is_warm, warm_up_in_background

DEBOUNCE_MS = 400


class PlainEnglishHint(QLabel):
    """Shows the checker's summary for ``source``'s text. Words only, no colours."""

    def __init__(self, source: QPlainTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setAccessibleName(self.tr("Plain English check"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.update_now)
        source.textChanged.connect(self._timer.start)
        self.update_now()

    @staticmethod
    def available() -> bool:
        return True  # the checker ships with the app

    def update_now(self) -> None:
        text = self.source.toPlainText().strip()
        if not text:
            self.setText(self.tr("Plain English check: write a few sentences and it will "
                                 "show how easy they are to read."))
            return
        if not is_warm():  # the word lists are still loading: never make typing wait
            warm_up_in_background()
            self.setText(self.tr("Plain English check: getting ready\u2026"))
            self._timer.start()
            return
        result = check_text(text)
        mark = "\u2714" if result.passes else "\u26a0"
        verdict = self.tr("Reads well.") if result.passes else self.tr("Could be clearer.")
        self.setText(f"{mark} {verdict} {result.summary()}")
        self.setAccessibleDescription(self.text())
