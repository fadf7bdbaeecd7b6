"""One suggestion in full: who said it and how, its decision history and the changes answering it,
with the buttons to decide, link a change, or create one."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QGridLayout,
    QLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import CHANNELS, SUGGESTION_KINDS
from ...services.errors import NotFoundError
from ...services.records.changes import ChangeView, get_change
from ...services.records.status import STATUSES
from ...services.records.suggestions import SuggestionView, get_suggestion
from .. import translations
from ..context import AppContext
from ..formatting import first_line, format_date
from ..itemmodels.lazy_table import Column
from ..itemmodels.rows import RowsModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.forms import set_name
from ..widgets.table import fit_rows, table_view
from ..widgets.text import heading, paragraph, set_paragraph

CTX = "SuggestionDetail"


DECISION_COLUMNS: tuple[Column[Any], ...] = (
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "Decided on"),
           lambda d: format_date(d.decided_on), chars=11),
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "Decision"),
           lambda d: translations.label(d.outcome_label), chars=14),
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "Why"), lambda d: first_line(d.reason, 80),
           tooltip=lambda d: d.reason),
)
CHANGE_COLUMNS: tuple[Column[Any], ...] = (
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "What we did"),
           lambda c: first_line(c.description, 80),
           tooltip=lambda c: c.description),
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "Status"),
           lambda c: translations.label(c.status_label)),
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "Due"),
           lambda c: format_date(c.due_on), chars=11),
    Column("", QT_TRANSLATE_NOOP("SuggestionDetail", "Done on"),
           lambda c: format_date(c.done_on), chars=11),
)


class SuggestionDetail(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.suggestion: SuggestionView | None = None
        self.dialog: QDialog | None = None
        self.changes: list[ChangeView] = []
        self.title = heading("", 2)
        self.facts = paragraph("", selectable=True)
        self.text = paragraph("", selectable=True)
        self.text.setFrameShape(QFrame.Shape.StyledPanel)
        self.text.setMargin(6)
        self.status = paragraph("")
        self.decisions = RowsModel(DECISION_COLUMNS, CTX, self)
        self.decision_view = table_view(self.decisions, self.tr("Decisions, oldest first"),
                                        stretch=2, sortable=False)
        self.latest = paragraph("", selectable=True)
        self.change_model = RowsModel(CHANGE_COLUMNS, CTX, self)
        self.change_view = table_view(self.change_model, self.tr("Changes that answer it"),
                                      stretch=0, sortable=False)
        self.decide_button = QPushButton(self.tr("Record a &decision\u2026"))
        self.link_button = QPushButton(self.tr("&Link to a change\u2026"))
        self.create_change_button = QPushButton(self.tr("&Create a change\u2026"))
        self.edit_button = QPushButton(self.tr("Correct the s&uggestion\u2026"))
        self.welsh_button = QPushButton(self.tr("The decision &in Welsh\u2026"))
        self.easy_read_button = QPushButton(self.tr("The decision in easy read\u2026"))
        self.buttons = QGridLayout()
        self.button_list = (self.decide_button, self.link_button, self.create_change_button,
                            self.edit_button, self.welsh_button, self.easy_read_button)
        for button in self.button_list:
            set_name(button, button.text().replace("&", "").rstrip("\u2026"))
        self._place_buttons(2)
        self.decide_button.clicked.connect(self.decide)
        self.link_button.clicked.connect(self.link_change)
        self.create_change_button.clicked.connect(self.create_change)
        self.edit_button.clicked.connect(self.edit)
        self.welsh_button.clicked.connect(self.decision_in_welsh)
        self.easy_read_button.clicked.connect(self.decision_in_easy_read)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The buttons rearrange to fit (see resizeEvent), so the layout must not insist on
        # the two-column width.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        layout.addWidget(self.text)
        layout.addWidget(self.status)
        layout.addLayout(self.buttons)
        layout.addWidget(heading(self.tr("Decisions"), 3))
        layout.addWidget(self.decision_view)
        layout.addWidget(self.latest)
        layout.addWidget(heading(self.tr("Changes that answer it"), 3))
        layout.addWidget(self.change_view)
        layout.addStretch(1)
        self.show_suggestion(None)

    def _place_buttons(self, columns: int) -> None:
        self.columns = columns
        for index, button in enumerate(self.button_list):
            self.buttons.addWidget(button, index // columns, index % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two buttons a row when there is room, else one (large fonts, small screens)."""
        widest = max(b.sizeHint().width() for b in self.button_list)
        columns = 2 if event.size().width() >= 2 * widest + self.buttons.spacing() else 1
        if columns != self.columns:
            self._place_buttons(columns)
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        widest = max(b.sizeHint().width() for b in self.button_list)
        return QSize(min(hint.width(), widest + 4), hint.height())

    def show_suggestion(self, suggestion_id: int | None) -> None:
        self.suggestion, self.changes = None, []
        if suggestion_id is not None:
            try:
                with self.context.db.session_scope() as session:
                    self.suggestion = get_suggestion(session, suggestion_id)
                    self.changes = [get_change(session, cid)
                                    for cid in self.suggestion.change_ids]
            except NotFoundError:
                self.suggestion = None
        self._fill()

    def _fill(self) -> None:
        s = self.suggestion
        for button in (self.decide_button, self.link_button, self.create_change_button,
                       self.edit_button):
            button.setEnabled(s is not None)
        latest = s.latest_decision if s is not None else None
        # Only a decision with words a letter prints can have them in Welsh or easy read.
        worded = latest is not None and any(
            t.strip() for t in (latest.reason, latest.passed_to, latest.instead))
        self.welsh_button.setEnabled(worded)
        self.easy_read_button.setEnabled(worded)
        if s is None:
            self.title.setText(self.tr("No suggestion chosen"))
            set_paragraph(self.facts, self.tr("Choose a suggestion in the list to see what was "
                                              "decided and what changed."))
            self.text.setText("")
            self.text.hide()
            self.status.setText("")
            self.decisions.set_rows([])
            self.change_model.set_rows([])
            fit_rows(self.decision_view)
            fit_rows(self.change_view)
            self.latest.setText("")
            return
        kind = translations.label(SUGGESTION_KINDS.get(s.kind, s.kind))
        self.title.setText(self.tr("{kind} raised on {date}").format(
            kind=kind, date=format_date(s.raised_on)))
        who = ", ".join(s.raiser_names) if s.raiser_names else self.tr("Anonymous (no name given)")
        how = translations.label(CHANNELS.get(s.channel, s.channel))
        if s.activity_title:
            how = self.tr("At the activity \u201c{title}\u201d").format(title=s.activity_title)
        facts = [self.tr("From: {who}").format(who=who), self.tr("How: {how}").format(how=how)]
        if s.service_name:
            facts.append(self.tr("Service: {name}").format(name=s.service_name))
        set_paragraph(self.facts, "\n".join(facts))
        self.text.setText(s.text)
        self.text.setAccessibleName(self.tr("What they said"))
        self.text.setAccessibleDescription(s.text)
        self.text.show()
        self.status.setText(self.tr("Status: {status}").format(
            status=translations.label(STATUSES[s.status])))
        self.status.setAccessibleName(self.status.text())
        self.decisions.set_rows(s.decisions)
        self.change_model.set_rows(self.changes)
        fit_rows(self.decision_view)
        fit_rows(self.change_view)
        set_paragraph(self.latest, self._latest_text(s))

    def _latest_text(self, s: SuggestionView) -> str:
        d = s.latest_decision
        if d is None:
            return self.tr("No decision yet.")
        lines = [self.tr("Latest decision: {outcome}, on {date}.").format(
            outcome=d.outcome_label, date=format_date(d.decided_on))]
        if d.reason:
            lines.append(self.tr("Why: {reason}").format(reason=d.reason))
        if d.passed_to:
            lines.append(self.tr("Passed on to: {who}").format(who=d.passed_to))
        if d.instead:
            lines.append(self.tr("What we can do instead: {text}").format(text=d.instead))
        who = d.decided_by or self.tr("not recorded")
        took_part = self.tr("Service users took part in deciding.") if d.users_took_part \
            else self.tr("Service users did not take part in deciding.")
        lines.append(self.tr("Decided by: {who}. {took_part}").format(who=who,
                                                                      took_part=took_part))
        return "\n".join(lines)

    # Actions -----------------------------------------------------------------------------
    def decision_in_welsh(self) -> None:
        """The latest decision's Welsh, for Welsh letters (no new decision is recorded)."""
        from ..dialogs.decision_welsh import DecisionWelshDialog

        if self.suggestion is None or self.suggestion.latest_decision is None:
            return
        self.welsh_dialog = DecisionWelshDialog(self.context, self.suggestion.latest_decision,
                                                self.window())
        self.welsh_dialog.saved.connect(lambda: self.show_suggestion(self.suggestion.id))
        self.welsh_dialog.open()

    def decision_in_easy_read(self) -> None:
        """The latest decision's easy read versions (no new decision is recorded)."""
        from ..dialogs.decision_easy_read import DecisionEasyReadDialog

        if self.suggestion is None or self.suggestion.latest_decision is None:
            return
        self.easy_read_dialog = DecisionEasyReadDialog(
            self.context, self.suggestion.latest_decision, self.window())
        self.easy_read_dialog.saved.connect(lambda: self.show_suggestion(self.suggestion.id))
        self.easy_read_dialog.open()

    def decide(self) -> None:
        from ..dialogs.decision_dialog import DecisionDialog

        if self.suggestion is None:
            return
        sid = self.suggestion.id
        dialog = DecisionDialog(self.context, self.suggestion, self.window())
        dialog.saved.connect(lambda: self.show_suggestion(sid))
        self._open(dialog)

    def link_change(self) -> None:
        from ..dialogs.link_change_dialog import LinkChangeDialog

        if self.suggestion is None:
            return
        sid = self.suggestion.id
        dialog = LinkChangeDialog(self.context, sid, self.window())
        dialog.saved.connect(lambda: self.show_suggestion(sid))
        self._open(dialog)

    def create_change(self) -> None:
        from ..dialogs.change_dialog import ChangeDialog

        if self.suggestion is None:
            return
        sid = self.suggestion.id
        dialog = ChangeDialog(self.context, None, self.window(), suggestion_ids=(sid,))
        dialog.saved.connect(lambda _cid: self.show_suggestion(sid))
        self._open(dialog)

    def edit(self) -> None:
        from ..dialogs.suggestion_dialog import SuggestionDialog

        if self.suggestion is None:
            return
        dialog = SuggestionDialog(self.context, self.suggestion.id, self.window())
        dialog.saved.connect(lambda sid: self.show_suggestion(sid))
        self._open(dialog)

    def _open(self, dialog: QDialog) -> None:
        """Keep the form while it is open (Qt would otherwise let it go) and show it."""
        self.dialog = dialog
        dialog.open()
