"""Recording a decision on a suggestion: the answer, a plain reason (needed for anything but
Agreed), what we can do instead, who decided, and whether service users took part."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import OUTCOMES, OUTCOMES_NEEDING_REASON, REASON_CATEGORIES
from ...services.records.suggestions import DecisionData, SuggestionView, record_decision
from .. import translations
from ..context import AppContext
from ..formatting import format_date
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.choices import combo, value
from ..widgets.date_field import DateField
from ..widgets.easy_read_fields import add_easy_read, easy_box, easy_line
from ..widgets.forms import add_field, field_block, new_form, set_name
from ..widgets.plain_english import PlainEnglishHint
from ..widgets.text import heading, paragraph
from ..widgets.welsh_fields import add_welsh, welsh_box, welsh_line
from .base import FormDialog

OUTCOME_HELP = {
    "agreed": QT_TRANSLATE_NOOP("DecisionDialog", "We will do what they asked."),
    "agreed_in_part": QT_TRANSLATE_NOOP("DecisionDialog", "We will do some of it. Say which "
                                                          "part, and why not the rest."),
    "not_now": QT_TRANSLATE_NOOP("DecisionDialog",
                                 "We cannot do it yet. Say why, and when we might."),
    "not_possible": QT_TRANSLATE_NOOP("DecisionDialog", "We cannot do it. Say why in plain words."),
    "passed_on": QT_TRANSLATE_NOOP("DecisionDialog", "It is for someone else to decide. Say who."),
}


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 14)
    return box


class DecisionDialog(FormDialog):
    saved = Signal()
    entity = "suggestion"

    def __init__(self, context: AppContext, suggestion: SuggestionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Record a decision"), "decision", parent,
                         save_text=self.tr("&Save the decision"), size=(110, 48))
        self.suggestion = suggestion
        self.version = suggestion.version  # a decision recorded meanwhile is named on saving
        body = QWidget()
        layout = QVBoxLayout(body)
        who = ", ".join(suggestion.raiser_names) or self.tr("someone who gave no name")
        layout.addWidget(heading(self.tr("What {who} said on {date}").format(
            who=who, date=format_date(suggestion.raised_on)), 3))
        said = paragraph(suggestion.text, selectable=True)
        said.setAccessibleName(self.tr("What they said"))
        layout.addWidget(said)
        form = new_form()
        outcome_box = QWidget()
        outcome_layout = QGridLayout(outcome_box)
        outcome_layout.setContentsMargins(0, 0, 0, 0)
        outcome_layout.setColumnStretch(1, 1)
        self.outcome_group = QButtonGroup(self)
        self.outcomes: dict[str, QRadioButton] = {}
        for row, (code, label) in enumerate(OUTCOMES.items()):
            button = QRadioButton(translations.label(label))
            set_name(button, translations.label(label), self.tr(OUTCOME_HELP[code]))
            self.outcome_group.addButton(button)
            self.outcomes[code] = button
            outcome_layout.addWidget(button, row, 0)
            outcome_layout.addWidget(paragraph(self.tr(OUTCOME_HELP[code])), row, 1)
        self.decided_on = DateField(context.today())
        self.reason = _text_box(3)
        self.reason_hint = PlainEnglishHint(self.reason)
        self.reason_category = combo(translations.labels(REASON_CATEGORIES),
                                     first=self.tr("Choose one (optional)"))
        self.passed_to = QLineEdit()
        self.instead = _text_box(2)
        self.instead_hint = PlainEnglishHint(self.instead)
        self.reason_cy, self.passed_to_cy, self.instead_cy = welsh_box(3), welsh_line(), \
            welsh_box(2)
        self.reason_easy, self.passed_to_easy, self.instead_easy = easy_box(3), easy_line(), \
            easy_box(2)
        self.decided_by = QLineEdit()
        self.users_took_part = QCheckBox(self.tr("Service &users took part in deciding"))
        e = self.errors
        box, outcome_error = field_block(outcome_box, self.tr("the decision"))
        set_name(outcome_box, self.tr("The decision"))
        form.addRow(heading(self.tr("The decision"), 3))
        form.addRow(box)
        e.add("outcome", next(iter(self.outcomes.values())), outcome_error)
        add_field(form, self.tr("&Decided on"), self.decided_on, errors=e, field="decided_on")
        self.reason_error = add_field(
            form, self.tr("&Why"), self.reason, errors=e, field="reason",
            help_text=self.tr("Needed for every answer except Agreed. People need a plain "
                              "reason when we cannot do all they asked."))
        form.addRow("", self.reason_hint)
        add_welsh(form, self.tr("Why, in W&elsh (optional)"), self.reason_cy, errors=e,
                  field="reason_cy")
        add_easy_read(form, self.tr("Why: easy read version (optional)"), self.reason_easy,
                      errors=e, field="reason_easy")
        add_field(form, self.tr("&Kind of reason"), self.reason_category, errors=e,
                  field="reason_category")
        add_field(form, self.tr("&Passed on to"), self.passed_to, errors=e, field="passed_to")
        add_welsh(form, self.tr("Passed on &to, in Welsh (optional)"), self.passed_to_cy,
                  errors=e, field="passed_to_cy")
        add_easy_read(form, self.tr("Passed on to: easy read version (optional)"),
                      self.passed_to_easy, errors=e, field="passed_to_easy")
        add_field(form, self.tr("What we can do &instead"), self.instead, errors=e,
                  field="instead", help_text=self.tr("Optional: another way we can help."))
        form.addRow("", self.instead_hint)
        add_welsh(form, self.tr("I&nstead, in Welsh (optional)"), self.instead_cy, errors=e,
                  field="instead_cy")
        add_easy_read(form, self.tr("Instead: easy read version (optional)"), self.instead_easy,
                      errors=e, field="instead_easy")
        add_field(form, self.tr("Decided &by"), self.decided_by, errors=e, field="decided_by",
                  help_text=self.tr("A name or a group, for example: the managers' meeting"))
        add_field(form, self.tr("Users took part"), self.users_took_part, errors=e,
                  field="users_took_part")
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        self.outcome_group.buttonToggled.connect(self._outcome_changed)
        self._outcome_changed()
        self.dirty.watch(*self.outcomes.values(), self.decided_on, self.reason,
                         self.reason_category, self.passed_to, self.instead, self.decided_by,
                         self.users_took_part, self.reason_cy, self.passed_to_cy,
                         self.instead_cy, self.reason_easy, self.passed_to_easy,
                         self.instead_easy)
        next(iter(self.outcomes.values())).setFocus()

    def chosen_outcome(self) -> str:
        return next((code for code, b in self.outcomes.items() if b.isChecked()), "")

    def choose(self, outcome: str) -> None:
        self.outcomes[outcome].setChecked(True)

    def _outcome_changed(self, *_args) -> None:
        outcome = self.chosen_outcome()
        self.passed_to.setEnabled(outcome == "passed_on")
        self.passed_to_cy.setEnabled(outcome == "passed_on")
        self.passed_to_easy.setEnabled(outcome == "passed_on")
        needed = outcome in OUTCOMES_NEEDING_REASON
        self.reason.setAccessibleDescription(
            self.tr("Needed for this answer.") if needed else self.tr("Optional for Agreed."))

    @property
    def record_id(self) -> int | None:
        return self.suggestion.id

    def decision_data(self) -> DecisionData:
        return DecisionData(
            outcome=self.chosen_outcome(), decided_on=self.decided_on.text(),
            reason=self.reason.toPlainText(), reason_category=value(self.reason_category),
            instead=self.instead.toPlainText(),
            passed_to=self.passed_to.text() if self.passed_to.isEnabled() else "",
            decided_by=self.decided_by.text(), users_took_part=self.users_took_part.isChecked(),
            reason_cy=self.reason_cy.toPlainText(), instead_cy=self.instead_cy.toPlainText(),
            passed_to_cy=self.passed_to_cy.text() if self.passed_to_cy.isEnabled() else "",
            reason_easy=self.reason_easy.toPlainText(),
            instead_easy=self.instead_easy.toPlainText(),
            passed_to_easy=self.passed_to_easy.text() if self.passed_to_easy.isEnabled() else "",
            version=self.version, keep_mine=self.keep_mine)

    def save(self) -> None:
        self.context.apply(record_decision, self.suggestion.id, self.decision_data(),
                           today=self.context.today())
        self.saved.emit()
