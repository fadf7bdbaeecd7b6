"""Putting the easy read versions beside a decision already recorded (its reason, who it was
passed on to, what we can do instead), so an easy read letter prints them. As with the Welsh
(decision_welsh.py), only they change: no new decision, so nobody is owed a new letter."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.records.suggestions import DecisionView, set_decision_easy_read
from ..context import AppContext
from ..formatting import format_date
from ..widgets.easy_read_fields import add_easy_read, easy_box, easy_line
from ..widgets.forms import new_form
from ..widgets.text import heading, paragraph
from .base import FormDialog
from .decision_welsh import version_rows


class DecisionEasyReadDialog(FormDialog):
    saved = Signal()
    entity = "suggestion"

    def __init__(self, context: AppContext, decision: DecisionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("The decision in easy read"), "decision", parent,
                         save_text=self.tr("Save the easy read version"), size=(100, 40))
        self.decision = decision
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("{outcome}, on {date}").format(
            outcome=decision.outcome_label, date=format_date(decision.decided_on)), 3))
        layout.addWidget(paragraph(self.tr(
            "Easy read letters print what you type here. Use short sentences of 15 words or "
            "fewer, and everyday words. The decision itself stays as it is.")))
        form = new_form()
        self.reason_easy, self.passed_to_easy, self.instead_easy = easy_box(3), easy_line(), \
            easy_box(2)
        self.shown = version_rows(form, (
            (decision.reason, self.tr("Why: easy read version"), self.reason_easy,
             "reason_easy"),
            (decision.passed_to, self.tr("Passed on to: easy read version"),
             self.passed_to_easy, "passed_to_easy"),
            (decision.instead, self.tr("Instead: easy read version"), self.instead_easy,
             "instead_easy")),
            add_easy_read, self.errors, self.tr("As recorded: {text}"))
        self.reason_easy.setPlainText(decision.reason_easy)
        self.passed_to_easy.setText(decision.passed_to_easy)
        self.instead_easy.setPlainText(decision.instead_easy)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        self.dirty.watch(self.reason_easy, self.passed_to_easy, self.instead_easy)
        if self.shown:
            self.shown[0].setFocus()

    def save(self) -> None:
        self.context.apply(set_decision_easy_read, self.decision.id,
                           reason_easy=self.reason_easy.toPlainText(),
                           instead_easy=self.instead_easy.toPlainText(),
                           passed_to_easy=self.passed_to_easy.text())
        self.saved.emit()
