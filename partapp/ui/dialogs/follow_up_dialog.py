"""Recording whether a change made a difference to someone: from their reply slip, a phone call
or a meeting. Opened from Home (a change whose follow-up is due: choose the person) or from a
person's history (choose the change)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...models.enums import FOLLOW_UP_ANSWERS, FOLLOW_UP_METHODS
from ...services.feedback.follow_ups import (
    changes_to_ask_about,
    follow_ups_for_person,
    people_to_ask,
    record_answer,
)
from .. import translations
from ..context import AppContext
from ..formatting import first_line, format_date
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.forms import add_field, new_form
from ..widgets.text import heading, paragraph
from .base import FormDialog


class FollowUpDialog(FormDialog):
    saved = Signal(int)  # the person's id

    def __init__(self, context: AppContext, *, change_id: int | None = None,
                 person_id: int | None = None, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Did it make a difference?"), "follow_up", parent,
                         save_text=self.tr("&Save the answer"), size=(90, 40))
        self.change_id, self.person_id = change_id, person_id
        body = QWidget()
        layout = QVBoxLayout(body)
        with context.db.session_scope() as session:
            if change_id is not None:
                people = people_to_ask(session, change_id)
                changes: list[tuple[int, str, date]] = []
            else:
                people = []
                changes = changes_to_ask_about(session, person_id) if person_id else []
            # Answers already given (by change), shown when that change is chosen, to put right.
            self.given = {f.change_id: f for f in follow_ups_for_person(session, person_id)
                          if f.answer} if person_id else {}
        if title:
            layout.addWidget(heading(title, 3))
        layout.addWidget(paragraph(self.tr(
            "Write down what they told us about the change: from their reply slip, a phone "
            "call or a meeting.")))
        form = new_form()
        e = self.errors
        self.who = self.change = None
        if change_id is not None:
            items = []
            for p in people:
                state = (self.tr("answered") if p.answer else
                         self.tr("asked on {date}").format(date=format_date(p.asked_on))
                         if p.asked_on else self.tr("not asked yet"))
                items.append((p.person_id, self.tr("{name} ({ref}), {state}").format(
                    name=p.name, ref=p.ref, state=state)))
            self.who = combo(items)
            add_field(form, self.tr("&Who told us"), self.who, errors=e, field="person_id")
        else:
            self.change = combo([(cid, self.tr("{date}: {text}").format(
                date=format_date(done), text=first_line(text, 80))) for cid, text, done in changes])
            add_field(form, self.tr("The &change"), self.change, errors=e, field="change_id",
                      help_text=self.tr("Changes done because of what this person told us."))
        self.answer = combo(translations.labels(FOLLOW_UP_ANSWERS),
                            first=self.tr("Choose their answer"))
        add_field(form, self.tr("Did it make a &difference?"), self.answer, errors=e,
                  field="answer")
        self.words = QPlainTextEdit()
        self.words.setTabChangesFocus(True)
        self.words.setFixedHeight(self.words.fontMetrics().height() * 5 + 14)
        add_field(form, self.tr("Their &own words"), self.words, errors=e, field="words",
                  help_text=self.tr("Anything else they said, as they said it. It can be "
                                    "left empty."))
        self.method = combo(translations.labels(FOLLOW_UP_METHODS))
        add_field(form, self.tr("&How they told us"), self.method, errors=e, field="method")
        self.answered_on = DateField(context.today())
        add_field(form, self.tr("Date they &told us"), self.answered_on, errors=e,
                  field="answered_on")
        self.recorded_by = QLineEdit()
        self.recorded_by.setMaxLength(200)
        add_field(form, self.tr("&Recorded by"), self.recorded_by, errors=e,
                  field="recorded_by",
                  help_text=self.tr("Your name. Leave it empty to use the name you signed in "
                                    "with."))
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        if self.change is not None:
            self.change.currentIndexChanged.connect(self._show_given)
            self._show_given()
        self.dirty.watch(self.answer, self.words, self.method, self.answered_on,
                         self.recorded_by, *(w for w in (self.who, self.change) if w))
        (self.who or self.change or self.answer).setFocus()

    def _show_given(self, *_args) -> None:
        """The answer already recorded for the chosen change, if any (saving replaces it)."""
        given = self.given.get(value(self.change)) if self.change is not None else None
        select(self.answer, given.answer if given else None)
        self.words.setPlainText(given.words if given else "")
        if given is not None:
            select(self.method, given.method)
            if given.answered_on is not None:
                self.answered_on.setText(given.answered_on.isoformat())

    def save(self) -> None:
        person_id = value(self.who) if self.who is not None else self.person_id
        change_id = value(self.change) if self.change is not None else self.change_id
        self.context.apply(record_answer, person_id=person_id, change_id=change_id,
                           answer=value(self.answer) or "", words=self.words.toPlainText(),
                           method=value(self.method) or "", answered_on=self.answered_on.text(),
                           recorded_by=self.recorded_by.text(), today=self.context.today())
        self.saved.emit(person_id or 0)
