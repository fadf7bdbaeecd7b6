"""What was sent: a sent letter's (or call's) exact words, read-only, with "Print again".

Sent letters are never edited, so the text cannot be changed here. Printing again prints the
kept words as they are, in large type for someone who reads large print.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QFont, QShowEvent, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import FEEDBACK_FORMATS, FEEDBACK_KINDS, FEEDBACK_METHODS
from ...services.errors import PartappError
from ...services.feedback.letters import record_printed
from ...services.feedback.owed import FeedbackView
from .. import translations
from ..context import AppContext
from ..errors import report_error
from ..formatting import format_date
from ..widgets.forms import set_name
from ..widgets.text import heading, paragraph, set_paragraph
from .base import fitting_size

STANDARD_POINTS = 12.0


class SentLetterDialog(QDialog):
    def __init__(self, context: AppContext, feedback: FeedbackView, person_name: str, *,
                 large_print_points: int = 18, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.feedback = feedback
        self.points = float(large_print_points if feedback.format == "large_print"
                            else STANDARD_POINTS)
        title = self.tr("What was sent to {name}").format(name=person_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(title, 2))
        about = self.tr("{kind}, {format}. Sent on {date}. How it was sent: {method}.").format(
            kind=translations.label(FEEDBACK_KINDS.get(feedback.kind, feedback.kind)),
            format=translations.label(
                FEEDBACK_FORMATS.get(feedback.format, feedback.format)).lower(),
            date=format_date(feedback.sent_on),
            method=translations.label(
                FEEDBACK_METHODS.get(feedback.method, feedback.method)).lower())
        if feedback.sent_by:
            about += " " + self.tr("Sent by {name}.").format(name=feedback.sent_by)
        layout.addWidget(paragraph(about + " " + self.tr(
            "These are exactly the words that were sent. Sent letters are never changed."),
            selectable=True))
        self.text = QPlainTextEdit(feedback.snapshot or self.tr("(No copy of the words was kept.)"))
        self.text.setReadOnly(True)
        self.text.setTabChangesFocus(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                          | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        set_name(self.text, self.tr("The words that were sent"),
                 self.tr("Read only. You can select and copy the words."))
        layout.addWidget(self.text, 1)
        self.note = paragraph("")
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        set_name(close, self.tr("Close"))
        self.print_button = QPushButton(self.tr("&Print again\u2026"))
        set_name(self.print_button, self.tr("Print this letter again"),
                 self.tr("Prints the words exactly as they were sent."))
        self.print_button.setEnabled(bool(feedback.snapshot))
        self.buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_again)
        layout.addWidget(self.buttons)
        self._sized = False
        self.text.setFocus()

    def document(self) -> QTextDocument:
        """The kept words, laid out for paper."""
        document = QTextDocument(self)
        document.setPlainText(self.feedback.snapshot)
        font = QFont(QApplication.font())
        font.setPointSizeF(self.points)
        document.setDefaultFont(font)
        return document

    def print_again(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.windowTitle())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setAccessibleName(self.tr("Print"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        try:
            self.document().print_(printer)
            with self.context.db.session_scope() as session:
                record_printed(session, 1, printed_by="")
        except PartappError as error:
            report_error(error, self)
            return
        set_paragraph(self.note, self.tr("Sent to the printer."))

    def showEvent(self, event: QShowEvent) -> None:
        if not self._sized:
            self._sized = True
            saved = self.context.settings.dialog_geometry("sent_letter")
            if not saved or not self.restoreGeometry(QByteArray(saved)):
                self.resize(fitting_size(self, 90, 40))
        super().showEvent(event)

    def done(self, result: int) -> None:
        self.context.settings.set_dialog_geometry("sent_letter", bytes(self.saveGeometry().data()))
        super().done(result)
