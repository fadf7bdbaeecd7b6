"""Putting the Welsh beside a decision already recorded (its reason, who it was passed on to,
what we can do instead), so a Welsh letter can print it. Only the Welsh changes: no new
decision, so nobody is owed a new letter because of it. ``version_rows`` lays out such a
form, for the easy read versions too (decision_easy_read.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QVBoxLayout, QWidget

from ...services.records.suggestions import DecisionView, set_decision_welsh
from ..context import AppContext
from ..formatting import format_date
from ..widgets.forms import FormErrors, new_form
from ..widgets.text import heading, paragraph
from ..widgets.welsh_fields import add_welsh, welsh_box, welsh_line
from .base import FormDialog


class DecisionWelshDialog(FormDialog):
    saved = Signal()
    entity = "suggestion"

    def __init__(self, context: AppContext, decision: DecisionView,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("The decision in Welsh"), "decision", parent,
                         save_text=self.tr("&Save the Welsh"), size=(100, 36))
        self.decision = decision
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.tr("{outcome}, on {date}").format(
            outcome=decision.outcome_label, date=format_date(decision.decided_on)), 3))
        layout.addWidget(paragraph(self.tr(
            "Welsh letters print what you type here. The decision itself stays as it is.")))
        form = new_form()
        self.reason_cy, self.passed_to_cy, self.instead_cy = welsh_box(3), welsh_line(), \
            welsh_box(2)
        # the Welsh fields this decision needs
        self.shown = version_rows(form, (
            (decision.reason, self.tr("Why, in W&elsh"), self.reason_cy, "reason_cy"),
            (decision.passed_to, self.tr("Passed on &to, in Welsh"), self.passed_to_cy,
             "passed_to_cy"),
            (decision.instead, self.tr("I&nstead, in Welsh"), self.instead_cy, "instead_cy")),
            add_welsh, self.errors, self.tr("In English: {text}"))
        self.reason_cy.setPlainText(decision.reason_cy)
        self.passed_to_cy.setText(decision.passed_to_cy)
        self.instead_cy.setPlainText(decision.instead_cy)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        self.dirty.watch(self.reason_cy, self.passed_to_cy, self.instead_cy)
        if self.shown:
            self.shown[0].setFocus()

    def save(self) -> None:
        self.context.apply(set_decision_welsh, self.decision.id,
                           reason_cy=self.reason_cy.toPlainText(),
                           instead_cy=self.instead_cy.toPlainText(),
                           passed_to_cy=self.passed_to_cy.text())
        self.saved.emit()


def version_rows(form: QFormLayout, rows: Sequence[tuple[str, str, QWidget, str]],
                 add: Callable[..., object], errors: FormErrors, shown_as: str) -> list[QWidget]:
    """For each (text, label, field widget, field name) whose text a letter prints: the text
    as recorded (named ``shown_as`` for screen readers), then its field, added with ``add``.
    Returns the fields shown."""
    shown: list[QWidget] = []
    for text, label, widget, field in rows:
        if not text.strip():
            continue  # nothing recorded, so nothing a letter would print
        recorded = paragraph(text, selectable=True)
        recorded.setAccessibleName(shown_as.format(text=text))
        form.addRow(recorded)
        add(form, label, widget, errors=errors, field=field)
        shown.append(widget)
    return shown
