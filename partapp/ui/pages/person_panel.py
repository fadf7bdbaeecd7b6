"""One person's details and history: activities attended, suggestions and decisions, letters."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTabWidget, QVBoxLayout, QWidget

from ...models.enums import FEEDBACK_FORMATS, LANGUAGES
from ...services.browse.history import PersonHistory, RaisedSuggestion, person_history
from ...services.errors import NotFoundError
from ...services.feedback.follow_ups import FollowUpView
from ...services.records.people import PersonView, get_person
from .. import translations
from ..context import AppContext
from ..formatting import first_line, format_date
from ..itemmodels.lazy_table import Column
from ..itemmodels.rows import RowsModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.forms import set_name
from ..widgets.needs import NeedsFlag
from ..widgets.table import table_view
from ..widgets.text import heading, paragraph, set_paragraph

CTX = "PersonPanel"


def _decisions(row: RaisedSuggestion) -> str:
    return "; ".join(f"{d.outcome} ({format_date(d.decided_on)})" for d in row.decisions)


ACTIVITY_COLUMNS: tuple[Column[Any], ...] = (
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Date"),
           lambda r: format_date(r.held_on), chars=11),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Activity"),
           lambda r: r.title, tooltip=lambda r: r.title),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Type"), lambda r: r.activity_type),
)
FOLLOW_UP_COLUMNS: tuple[Column[FollowUpView], ...] = (
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "The change"),
           lambda r: first_line(r.description), tooltip=lambda r: r.description),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Asked on"),
           lambda r: format_date(r.asked_on) if r.asked_on else "", chars=11),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Did it make a difference?"),
           lambda r: translations.label(r.answer_label) if r.answer else ""),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Their words"), lambda r: first_line(r.words),
           tooltip=lambda r: r.words),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Told us on"),
           lambda r: format_date(r.answered_on) if r.answered_on else "", chars=11),
)
LETTER_COLUMNS: tuple[Column[Any], ...] = (
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Sent on"),
           lambda r: format_date(r.sent_on), chars=11),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Kind"), lambda r: r.kind),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Format"), lambda r: r.format),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "How"), lambda r: r.method),
    Column("", QT_TRANSLATE_NOOP("PersonPanel", "Suggestions"), lambda r: str(r.suggestion_count),
           right=True),
)


class PersonPanel(QWidget):
    edit_requested = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person: PersonView | None = None
        self.history: PersonHistory | None = None
        self.name = heading("", 2)
        self.needs = NeedsFlag()
        self.summary = paragraph("", selectable=True)
        self.edit_button = QPushButton(self.tr("Edit &details\u2026"))
        set_name(self.edit_button, self.tr("Edit this person's details"))
        self.edit_button.clicked.connect(self.edit_requested)
        self.answer_button = QPushButton(self.tr("Record an a&nswer\u2026"))
        set_name(self.answer_button, self.tr("Record whether a change made a difference to "
                                             "this person"))
        self.answer_button.clicked.connect(self.record_answer)
        self.owed = paragraph("")
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("History"))
        self.activities = RowsModel(ACTIVITY_COLUMNS, CTX, self)
        self.suggestions = RowsModel(self._suggestion_columns(), CTX, self)
        self.letters = RowsModel(LETTER_COLUMNS, CTX, self)
        self.follow_ups = RowsModel(FOLLOW_UP_COLUMNS, CTX, self)
        self.activity_view = table_view(self.activities, self.tr("Activities attended"),
                                        stretch=1, sortable=False)
        self.suggestion_view = table_view(self.suggestions, self.tr("Suggestions and decisions"),
                                          stretch=1, sortable=False)
        self.letter_view = table_view(self.letters, self.tr("Letters sent"), stretch=-1,
                                      sortable=False)
        self.follow_up_view = table_view(self.follow_ups,
                                         self.tr("Did changes make a difference to them?"),
                                         stretch=0, sortable=False)
        for view in (self.activity_view, self.suggestion_view, self.letter_view,
                     self.follow_up_view):
            self.tabs.addTab(view, "")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.name, 1)
        top.addWidget(self.answer_button)
        top.addWidget(self.edit_button)
        layout.addLayout(top)
        layout.addWidget(self.needs)
        layout.addWidget(self.summary)
        layout.addWidget(self.owed)
        layout.addWidget(heading(self.tr("History"), 3))
        layout.addWidget(self.tabs, 1)
        self.show_person(None)

    def _suggestion_columns(self) -> tuple[Column, ...]:
        waiting = self.tr("Yes")

        def owed(row: RaisedSuggestion) -> str:
            return waiting if self.history and row.id in self.history.owed_suggestion_ids else ""

        return (
            Column("", QT_TRANSLATE_NOOP("PersonPanel", "Raised on"),
                   lambda r: format_date(r.raised_on),
                   chars=11),
            Column("", QT_TRANSLATE_NOOP("PersonPanel", "What they said"),
                   lambda r: first_line(r.text),
                   tooltip=lambda r: r.text),
            Column("", QT_TRANSLATE_NOOP("PersonPanel", "Status"),
                   lambda r: translations.label(r.status_label)),
            Column("", QT_TRANSLATE_NOOP("PersonPanel", "Decisions"),
                   _decisions, tooltip=_decisions),
            Column("", QT_TRANSLATE_NOOP("PersonPanel", "Waiting to hear back"), owed),
        )

    def show_person(self, person_id: int | None) -> None:
        self.person = self.history = None
        if person_id is not None:
            try:
                with self.context.db.session_scope() as session:
                    self.person = get_person(session, person_id)
                    self.history = person_history(session, person_id,
                                                  today=self.context.today())
            except NotFoundError:
                self.person = self.history = None
        self._fill()

    def _fill(self) -> None:
        person, history = self.person, self.history
        self.edit_button.setEnabled(person is not None)
        self.answer_button.setEnabled(person is not None)
        self.tabs.setEnabled(person is not None)
        self.needs.show_needs(person)
        if person is None or history is None:
            self.name.setText(self.tr("No one chosen"))
            set_paragraph(self.summary, self.tr("Choose a person in the list to see their "
                                                "details and history here."))
            self.owed.setText("")
            for model in (self.activities, self.suggestions, self.letters, self.follow_ups):
                model.set_rows([])
            self._tab_titles()
            return
        self.name.setText(person.display_name)
        self.name.setAccessibleName(person.display_name)
        set_paragraph(self.summary, self._summary(person))
        owed = len(history.owed_suggestion_ids)
        self.owed.setText(self.tr("Waiting to hear back about {n} suggestion(s).").format(n=owed)
                          if owed else self.tr("Not waiting to hear back about anything."))
        self.activities.set_rows(history.activities)
        self.suggestions.set_rows(history.suggestions)
        self.letters.set_rows(history.letters)
        self.follow_ups.set_rows(history.follow_ups)
        self._tab_titles()

    def _tab_titles(self) -> None:
        history = self.history
        counts = (len(history.activities), len(history.suggestions), len(history.letters),
                  len(history.follow_ups)) if history else (0, 0, 0, 0)
        titles = (self.tr("A&ctivities ({n})"), self.tr("S&uggestions ({n})"),
                  self.tr("&Letters ({n})"), self.tr("Did &it help? ({n})"))
        for index, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(index, title.format(n=count))

    def record_answer(self) -> None:
        """Record whether a change made a difference to this person (from their reply slip,
        a phone call or a meeting)."""
        if self.person is None:
            return
        from ..dialogs.follow_up_dialog import FollowUpDialog

        self.dialog = FollowUpDialog(self.context, person_id=self.person.id,
                                     title=self.person.display_name, parent=self.window())
        self.dialog.saved.connect(self.show_person)
        self.dialog.open()

    def _summary(self, p: PersonView) -> str:
        lines = [self.tr("Reference: {ref}").format(ref=p.ref)]
        contact = ", ".join(x for x in (*p.address_lines, p.phone, p.email) if x)
        if contact:
            lines.append(contact)
        language = translations.label(LANGUAGES.get(p.language, p.language))
        hears = self.tr("Hears back by: {format}, in {language}").format(
            format=translations.label(FEEDBACK_FORMATS.get(p.feedback_format, p.feedback_format)),
            language=language)
        if p.send_via_supporter and p.supporter_name:
            hears += self.tr(", through {name}").format(name=p.supporter_name)
        lines.append(hears + ".")
        if p.interpreter:
            lines.append(self.tr("Interpreter: {what}").format(what=p.interpreter))
        if p.groups:
            lines.append(self.tr("Groups: {groups}").format(groups=", ".join(p.groups)))
        if p.consent_withdrawn_date:
            lines.append(self.tr("Withdrew consent on {date}.")
                         .format(date=format_date(p.consent_withdrawn_date)))
        elif p.consent_date:
            lines.append(self.tr("Agreed to us keeping their details on {date}.")
                         .format(date=format_date(p.consent_date)))
        return "\n".join(lines)
