"""The optional equality monitoring questions, kept visibly apart from the rest of the record."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QVBoxLayout, QWidget

from ...models.enums import EQUALITY_QUESTIONS, equality_options
from ...services.records.people import EqualityAnswers
from .. import translations
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.forms import FormErrors, add_field, new_form
from ..widgets.text import heading, paragraph


class EqualityForm(QWidget):
    def __init__(self, errors: FormErrors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Equality monitoring (optional)"), 2))
        layout.addWidget(paragraph(self.tr(
            "These questions help us see whether everyone gets a fair say. Every answer is "
            "optional, and \u201cPrefer not to say\u201d is always fine. The answers are kept "
            "apart from the rest of this record and are only ever counted together: they "
            "never appear next to a name.")))
        form = new_form()
        self.consent = DateField(optional=True)
        add_field(form, self.tr("Date they a&greed to answer"), self.consent, errors=errors,
                  field="equality_consent_date")
        self.questions: dict[str, QComboBox] = {}
        for code, (label, _options) in EQUALITY_QUESTIONS.items():
            box = combo(translations.labels(equality_options(code)), first=self.tr("Not answered"))
            self.questions[code] = box
            add_field(form, translations.label(label), box, errors=errors, field=code)
        layout.addLayout(form)
        layout.addStretch(1)

    def widgets(self) -> list[QWidget]:
        return [self.consent, *self.questions.values()]

    def load(self, answers: EqualityAnswers) -> None:
        self.consent.set_date(answers.consent_date if not isinstance(answers.consent_date, str)
                              else None)
        for code, box in self.questions.items():
            select(box, answers.answers.get(code))

    def answers(self) -> EqualityAnswers:
        return EqualityAnswers(consent_date=self.consent.text() or None,
                               answers={code: value(box) for code, box in self.questions.items()})
