"""Home: what needs attention today, as counts that open the list behind them."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCommandLinkButton, QGridLayout, QHBoxLayout, QPushButton

from ...services.browse.home import HomeCounts, home_counts
from ...services.feedback.follow_ups import ChangeDue
from .. import translations
from ..formatting import MONTH_NAMES, first_line, format_date
from ..itemmodels.lazy_table import Column
from ..itemmodels.rows import RowsModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.forms import set_name
from ..widgets.table import table_view
from ..widgets.text import heading, paragraph, set_paragraph
from .base import Page

FOLLOW_UP_COLUMNS: tuple[Column[ChangeDue], ...] = (
    Column("", QT_TRANSLATE_NOOP("HomePage", "Done on"), lambda r: format_date(r.done_on),
           chars=11),
    Column("", QT_TRANSLATE_NOOP("HomePage", "The change"), lambda r: first_line(r.description),
           tooltip=lambda r: r.description),
    Column("", QT_TRANSLATE_NOOP("HomePage", "People to ask"), lambda r: str(r.people),
           right=True),
)


class HomePage(Page):
    key = "home"
    title = QT_TRANSLATE_NOOP("HomePage", "Home")

    open_requested = Signal(str, dict)  # page key, filters
    action_requested = Signal(str)      # "record_activity", "record_suggestion", "add_person"

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.counts: HomeCounts | None = None
        self._generation = 0
        self.greeting = heading("", 1)
        self.intro = paragraph("")
        self.layout_.addWidget(self.greeting)
        self.layout_.addWidget(self.intro)
        self.layout_.addWidget(heading(self.tr("What needs attention"), 2))
        grid = QGridLayout()
        self.owed = self._card("letters", {})
        self.waiting = self._card("suggestions", {"status": "waiting", "over_promise": True})
        self.late_changes = self._card("changes", {"past_due": True})
        self.this_month = self._card("activities", {"period": "this_month"})
        grid.addWidget(self.owed, 0, 0)
        grid.addWidget(self.waiting, 0, 1)
        grid.addWidget(self.late_changes, 1, 0)
        grid.addWidget(self.this_month, 1, 1)
        # Did it make a difference? The changes whose follow-up is due, and a way to record
        # what people said (from a reply slip, a phone call or a meeting).
        self.follow_ups = RowsModel(FOLLOW_UP_COLUMNS, "HomePage", self)
        self.follow_up_view = table_view(self.follow_ups,
                                         self.tr("Changes to ask about: did it make a "
                                                 "difference?"), stretch=1, sortable=False)
        self.follow_up_card = QCommandLinkButton(self.tr("Counting\u2026"))
        set_name(self.follow_up_card, self.follow_up_card.text())
        self.follow_up_card.clicked.connect(self._open_follow_ups)
        grid.addWidget(self.follow_up_card, 2, 0, 1, 2)
        self.layout_.addLayout(grid)
        self.follow_up_view.setMaximumHeight(self.follow_up_view.fontMetrics().height() * 9)
        self.follow_up_view.activated.connect(self.record_answer)
        self.layout_.addWidget(self.follow_up_view)
        self.answer_button = QPushButton(self.tr("Record an a&nswer\u2026"))
        set_name(self.answer_button, self.tr("Record what someone said about the chosen "
                                             "change"))
        self.answer_button.clicked.connect(self.record_answer)
        answers = QHBoxLayout()
        answers.addWidget(self.answer_button)
        answers.addStretch(1)
        self.layout_.addLayout(answers)
        self.follow_up_view.selectionModel().selectionChanged.connect(self._follow_up_chosen)
        self.answer_button.setEnabled(False)
        self.layout_.addWidget(heading(self.tr("Record something new"), 2))
        actions = QHBoxLayout()
        for text, action in ((self.tr("Record an &activity\u2026"), "record_activity"),
                             (self.tr("Record a &suggestion\u2026"), "record_suggestion"),
                             (self.tr("Add a &person\u2026"), "add_person")):
            button = QPushButton(text)
            set_name(button, text.replace("\u2026", ""))
            button.clicked.connect(lambda _=False, a=action: self.action_requested.emit(a))
            actions.addWidget(button)
        actions.addStretch(1)
        self.layout_.addLayout(actions)
        self.empty_hint = paragraph(self.tr(
            "Nothing is recorded yet. A good first step is to add the people who take part, "
            "or to record your last meeting."))
        self.layout_.addWidget(self.empty_hint)
        self.layout_.addStretch(1)

    def _card(self, page: str, filters: dict) -> QCommandLinkButton:
        card = QCommandLinkButton(self.tr("Counting\u2026"))
        set_name(card, card.text())
        card.clicked.connect(lambda: self.open_requested.emit(page, filters))
        return card

    @staticmethod
    def _set_card(card: QCommandLinkButton, text: str, description: str) -> None:
        card.setText(text)
        card.setDescription(description)
        set_name(card, text, description)

    def refresh(self) -> None:
        """Count in the background (the feedback rules take a moment on a big data file)."""
        self._generation += 1
        generation, db, today = self._generation, self.context.db, self.context.today()

        def work(_progress) -> HomeCounts:
            with db.session_scope() as session:
                return home_counts(session, today=today)

        def done(counts: HomeCounts) -> None:
            if generation == self._generation:  # an older count that finished late is dropped
                self.show_counts(counts)

        self.context.tasks.run(work, title=self.tr("Counting\u2026"), on_done=done, quiet=True)

    def show_counts(self, counts: HomeCounts) -> None:
        self.counts = counts
        name = counts.organisation_name or self.tr("your organisation")
        self.greeting.setText(self.tr("Welcome to {name}'s tracker").format(name=name))
        set_paragraph(self.intro, self.tr("Today is {day}. We promise people an answer within "
                                          "{days} days.").format(day=format_date(counts.today),
                                                                 days=counts.promise_days))
        if counts.people_owed:
            wait = self.tr("%n days", "", counts.longest_wait_days or 0)
            self._set_card(self.owed,
                           self.tr("%n people are waiting to hear back", "", counts.people_owed),
                           self.tr("The longest has waited {wait}. Open their letters.")
                           .format(wait=wait))
        else:
            self._set_card(self.owed, self.tr("Nobody is waiting to hear back"),
                           self.tr("Everyone who spoke up has heard from us. "
                                   "Open the people list."))
        # What it counts, exactly: only those waiting longer than the promise (the rest are
        # on time, and need nothing today).
        self._set_card(self.waiting,
                       self.tr("%n decisions are overdue", "", counts.suggestions_over_promise),
                       self.tr("Suggestions waiting longer than our promise of {days} days for "
                               "a decision. Open them.").format(days=counts.promise_days))
        self._set_card(self.late_changes,
                       self.tr("%n changes are past their due date", "", counts.changes_past_due),
                       self.tr("Planned or in progress, and due before today. Open them."))
        month = translations.label(MONTH_NAMES[counts.today.month - 1])
        self._set_card(self.this_month,
                       self.tr("%n activities in {month}", "", counts.activities_this_month)
                       .format(month=month),
                       self.tr("Meetings and other activities held this month. Open them."))
        self.empty_hint.setVisible(counts.is_empty)
        self._show_follow_ups(counts)

    def _show_follow_ups(self, counts: HomeCounts) -> None:
        due = counts.follow_ups_due
        wait = self.tr("%n weeks", "", counts.follow_up_weeks)
        if due:
            self._set_card(self.follow_up_card,
                           self.tr("%n changes are ready to ask about", "", len(due)),
                           self.tr("Done {wait} ago or more. Did they make a difference? The "
                                   "question goes in each person's next letter, or record what "
                                   "they told you.").format(wait=wait))
        else:
            self._set_card(self.follow_up_card, self.tr("No changes to ask about yet"),
                           self.tr("{wait} after a change is done, the people who asked for it "
                                   "are asked if it made a difference.").format(wait=wait))
        self.follow_ups.set_rows(due)
        self.follow_up_view.setVisible(bool(due))
        self.answer_button.setVisible(bool(due))
        self._follow_up_chosen()

    def _open_follow_ups(self) -> None:
        """The card leads to the list, with the first change chosen."""
        if self.follow_ups.rowCount() and self._chosen_change() is None:
            self.follow_up_view.selectRow(0)
        self.follow_up_view.setFocus()

    def _chosen_change(self) -> ChangeDue | None:
        rows = self.follow_up_view.selectionModel().selectedRows()
        return self.follow_ups.row_data(rows[0].row()) if rows else None

    def _follow_up_chosen(self, *_args) -> None:
        self.answer_button.setEnabled(self._chosen_change() is not None)

    def record_answer(self, *_args) -> None:
        """Record what someone said about the chosen change: did it make a difference?"""
        change = self._chosen_change()
        if change is None:
            return
        from ..dialogs.follow_up_dialog import FollowUpDialog

        self.dialog = FollowUpDialog(self.context, change_id=change.change_id,
                                     title=first_line(change.description, 90),
                                     parent=self.window())
        self.dialog.open()

