"""Adding a new person in the middle of another form: just the essentials, saved at once."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ...models.enums import FEEDBACK_FORMATS
from ...services.records.people import PersonData, save_person
from .. import translations
from ..context import AppContext
from ..formatting import person_label
from ..widgets.choices import combo, value
from ..widgets.forms import add_field, new_form
from ..widgets.text import paragraph
from .base import FormDialog
from .look_alikes import check_new_person


class NewPersonDialog(FormDialog):
    saved = Signal(int, str)
    submit_on_enter = True

    def __init__(self, context: AppContext, typed: str = "", parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Add a new person"), "new_person", parent,
                         save_text=self.tr("&Add person"), size=(80, 24))
        first, _, last = typed.strip().partition(" ")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(paragraph(self.tr("Just the name is enough for now. You can add their "
                                           "address and needs later on the People page.")))
        form = new_form()
        self.first_name = QLineEdit(first)
        self.last_name = QLineEdit(last.strip())
        self.phone = QLineEdit()
        self.town = QLineEdit()
        self.feedback_format = combo(translations.labels(FEEDBACK_FORMATS))
        add_field(form, self.tr("&First name"), self.first_name, errors=self.errors,
                  field="first_name")
        add_field(form, self.tr("&Last name"), self.last_name, errors=self.errors,
                  field="last_name")
        add_field(form, self.tr("&Phone"), self.phone, errors=self.errors, field="phone")
        add_field(form, self.tr("&Town"), self.town, errors=self.errors, field="town")
        add_field(form, self.tr("How they like to &hear back"), self.feedback_format,
                  errors=self.errors, field="feedback_format")
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body, scroll=False)
        self.dirty.watch(self.first_name, self.last_name, self.phone, self.town,
                         self.feedback_format)
        self.first_name.setFocus()

    def save(self) -> None:
        data = PersonData(first_name=self.first_name.text(), last_name=self.last_name.text(),
                          phone=self.phone.text(), town=self.town.text(),
                          feedback_format=value(self.feedback_format))
        check_new_person(self, self.context, data)
        person = self.context.apply(save_person, data)
        self.saved.emit(person.id, person_label(person.display_name, person.ref, person.town))
