"""Marking letters as sent: how they went, the date, the lawful basis and who sent them. Each
letter is kept exactly as it was printed (its text snapshot), and is never changed afterwards."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ...services.feedback.letters import LAWFUL_BASES, LetterContent, letters_due, mark_sent_once
from .. import messages, translations
from ..context import AppContext
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.forms import add_field, new_form
from ..widgets.text import paragraph
from .base import FormDialog

# "By hand" is the app's "in person" method: the letter was handed over.
METHODS = {"post": "Post", "email": "Email", "in_person": "By hand",
           "via_supporter": "Through their supporter"}


class MarkSentDialog(FormDialog):
    """``letters`` are the letters as printed (kept exactly); people in ``person_ids`` without
    a printed letter get their letter as it reads today."""

    saved = Signal(int)  # how many were marked
    already_sent = 0  # of the letters chosen, how many another office had just marked

    def __init__(self, context: AppContext, person_ids: Sequence[int],
                 letters: Sequence[LetterContent] = (), parent: QWidget | None = None) -> None:
        count = len(person_ids)
        super().__init__(context, self.tr("Mark %n letters as sent", "", count),
                         "mark_sent", parent, save_text=self.tr("&Mark as sent"),
                         size=(80, 26))
        self.person_ids = list(person_ids)
        self.letters = list(letters)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(paragraph(self.tr(
            "The app keeps an exact copy of each letter. Sent letters are never changed. "
            "These people will leave the list of people waiting to hear back.")))
        form = new_form()
        self.method = combo(translations.labels(METHODS))
        self.sent_on = DateField(context.today())
        self.basis = combo(translations.labels(LAWFUL_BASES))
        select(self.basis, "legitimate_interests")
        self.sent_by = QLineEdit()
        self.sent_by.setMaxLength(200)
        e = self.errors
        add_field(form, self.tr("&How they were sent"), self.method, errors=e, field="method")
        add_field(form, self.tr("&Date sent"), self.sent_on, errors=e, field="sent_on")
        add_field(form, self.tr("&Lawful basis"), self.basis, errors=e, field="lawful_basis",
                  help_text=self.tr("Why you may use their details to write to them. Most "
                                    "charities use legitimate interests."))
        add_field(form, self.tr("Sent &by"), self.sent_by, errors=e, field="sent_by",
                  help_text=self.tr("Your name. Leave it empty to use the name you signed in "
                                    "with."))
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        self.dirty.watch(self.method, self.sent_on, self.basis, self.sent_by)
        self.method.setFocus()

    def save(self) -> None:
        printed = {letter.person_id: letter for letter in self.letters}
        missing = [pid for pid in self.person_ids if pid not in printed]
        today = self.context.today()
        fresh = {}
        if missing:  # chosen on the page but not printed here: their letters as they are now
            with self.context.db.session_scope() as session:
                fresh = {letter.person_id: letter for letter in
                         letters_due(session, today=today, person_ids=missing)}
        chosen = [printed.get(pid) or fresh.get(pid) for pid in self.person_ids]
        # Marked once: a letter another office marked meanwhile is counted, not marked again.
        result = self.context.apply(mark_sent_once,
                                    [letter for letter in chosen if letter is not None],
                                    sent_on=self.sent_on.text(), sent_by=self.sent_by.text(),
                                    method=value(self.method), lawful_basis=value(self.basis),
                                    today=today)
        self.already_sent = result.already_sent
        if result.already_sent:  # marked by another office meanwhile: not marked again
            messages.inform(self, self.tr("Already marked as sent"), self.tr(
                "%n of these letters were marked as sent by someone else a moment ago, so they "
                "were not marked again. Please do not post them twice.", "",
                result.already_sent))
        self.saved.emit(result.marked)
