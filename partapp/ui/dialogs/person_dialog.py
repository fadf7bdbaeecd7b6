"""Adding or changing a person: contact details, groups, communication needs, consent, and the
separate, optional equality questions. Saved in one go."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import FEEDBACK_FORMATS, LANGUAGES
from ...services.records.lists import groups
from ...services.records.merge_people import remove_person
from ...services.records.people import (
    PersonData,
    equality_answers,
    get_person,
    save_person_and_equality,
)
from .. import translations
from ..context import AppContext
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.forms import add_field, new_form, scrolled, set_name
from ..widgets.office_chooser import office_box
from ..widgets.text import heading
from .base import FormDialog
from .equality_form import EqualityForm
from .look_alikes import check_new_person


def _text_box(lines: int = 3) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 14)
    return box


class PersonDialog(FormDialog):
    saved = Signal(int)
    entity = "person"

    def __init__(self, context: AppContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Add a person") if person_id is None \
            else self.tr("Change a person's details")
        super().__init__(context, title, "person", parent, size=(110, 46))
        self.person_id = person_id
        with context.db.session_scope() as session:  # the office they are in now, if any
            office_id = get_person(session, person_id).office_id if person_id else None
        self.office = office_box(context, office_id)  # None: the organisation has one office
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("Parts of the record"))
        self.tabs.addTab(self._about_tab(), self.tr("&About them"))
        self.tabs.addTab(self._needs_tab(), self.tr("&How to reach them"))
        self.equality = EqualityForm(self.errors)
        self.tabs.addTab(scrolled(self.equality), self.tr("E&quality monitoring (optional)"))
        self.set_body(self.tabs, scroll=False)
        if person_id is not None:  # added by mistake (no history yet): remove it here
            self.offer_remove(
                self.tr("Remove this person"),
                self.tr("Remove this person's record? Use this only for someone added by "
                        "mistake. Edit, Undo brings it back until you close the app."),
                remove_person, person_id)
        self._load()
        self.dirty.watch(self.first_name, self.last_name, self.preferred_name, self.ref,
                         self.address_1, self.address_2, self.town, self.postcode, self.phone,
                         self.email, self.groups, self.notes, self.consent_date,
                         self.consent_withdrawn, self.feedback_format, self.language,
                         self.bilingual, self.interpreter, self.supporter_name,
                         self.supporter_address, self.send_via_supporter, self.other_needs,
                         *self.equality.widgets(), *([self.office] if self.office else []))
        self.first_name.setFocus()

    def _about_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = new_form()
        self.first_name, self.last_name = QLineEdit(), QLineEdit()
        self.preferred_name, self.ref = QLineEdit(), QLineEdit()
        self.ref.setPlaceholderText(self.tr("made for you if left empty"))
        self.address_1, self.address_2 = QLineEdit(), QLineEdit()
        self.town, self.postcode = QLineEdit(), QLineEdit()
        self.phone, self.email = QLineEdit(), QLineEdit()
        self.groups = QListWidget()
        self.groups.setFixedHeight(self.groups.fontMetrics().height() * 6 + 20)
        self.notes = _text_box()
        self.consent_date = DateField(optional=True)
        self.consent_withdrawn = DateField(optional=True)
        e = self.errors
        add_field(form, self.tr("&First name"), self.first_name, errors=e, field="first_name")
        add_field(form, self.tr("&Last name"), self.last_name, errors=e, field="last_name")
        add_field(form, self.tr("&Preferred name"), self.preferred_name, errors=e,
                  field="preferred_name", help_text=self.tr("What they like to be called, if "
                                                            "different."))
        add_field(form, self.tr("&Reference"), self.ref, errors=e, field="ref")
        if self.office is not None:
            add_field(form, self.tr("Off&ice"), self.office, errors=e, field="office_id",
                      help_text=self.tr("The office that looks after them. Its address is on "
                                        "their letters."))
        add_field(form, self.tr("Address line &1"), self.address_1, errors=e, field="address_1")
        add_field(form, self.tr("Address line &2"), self.address_2, errors=e, field="address_2")
        add_field(form, self.tr("&Town"), self.town, errors=e, field="town")
        add_field(form, self.tr("Post&code"), self.postcode, errors=e, field="postcode")
        add_field(form, self.tr("Phone nu&mber"), self.phone, errors=e, field="phone")
        add_field(form, self.tr("&Email"), self.email, errors=e, field="email")
        add_field(form, self.tr("&Groups they belong to"), self.groups, errors=e, field="groups",
                  help_text=self.tr("Press Space to tick or untick a group."))
        add_field(form, self.tr("&Notes"), self.notes, errors=e, field="notes")
        form.addRow(heading(self.tr("Consent"), 3))
        add_field(form, self.tr("Agreed &on"), self.consent_date, errors=e,
                  field="consent_date",
                  help_text=self.tr("The day they agreed to us keeping their details."))
        add_field(form, self.tr("&Withdrew consent on"), self.consent_withdrawn, errors=e,
                  field="consent_withdrawn_date")
        layout.addLayout(form)
        layout.addStretch(1)
        return scrolled(page)

    def _needs_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = new_form()
        self.feedback_format = combo(translations.labels(FEEDBACK_FORMATS))
        self.language = combo(translations.labels(LANGUAGES))
        self.bilingual = QCheckBox(self.tr("Send letters in Welsh and English (&bilingual)"))
        self.interpreter = QLineEdit()
        self.supporter_name = QLineEdit()
        self.supporter_address = _text_box()
        self.send_via_supporter = QCheckBox(self.tr("Send letters through their &supporter"))
        self.other_needs = _text_box()
        e = self.errors
        add_field(form, self.tr("How they like to hear bac&k"), self.feedback_format, errors=e,
                  field="feedback_format")
        add_field(form, self.tr("&Language"), self.language, errors=e, field="language")
        add_field(form, self.tr("Both languages"), self.bilingual, errors=e, field="bilingual")
        add_field(form, self.tr("&Interpreter needed"), self.interpreter, errors=e,
                  field="interpreter", help_text=self.tr("For example: British Sign Language, "
                                                         "or Polish"))
        add_field(form, self.tr("Supporter or advocate's &name"), self.supporter_name, errors=e,
                  field="supporter_name")
        add_field(form, self.tr("Supporter's a&ddress"), self.supporter_address, errors=e,
                  field="supporter_address")
        add_field(form, self.tr("Through supporter"), self.send_via_supporter, errors=e,
                  field="send_via_supporter")
        add_field(form, self.tr("&Other needs"), self.other_needs, errors=e, field="other_needs",
                  help_text=self.tr("For example: large buttons on the phone, no calls before "
                                    "10am"))
        layout.addLayout(form)
        layout.addStretch(1)
        return scrolled(page)

    @property
    def record_id(self) -> int | None:
        return self.person_id

    def reload(self) -> None:
        """Their version, as saved now, in place of what was typed here."""
        self.dirty.pause(True)
        self.groups.clear()
        self._load()
        self.dirty.pause(False)
        self.dirty.reset()

    def _load(self) -> None:
        with self.context.db.session_scope() as session:
            all_groups = [(g.id, g.name) for g in groups(session)]
            person = get_person(session, self.person_id) if self.person_id else None
            answers = equality_answers(session, self.person_id) if self.person_id else None
        mine = set(person.groups) if person else set()
        for _gid, name in all_groups:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in mine else Qt.CheckState.Unchecked)
            self.groups.addItem(item)
        if person is None:
            return
        self.version = person.version
        for widget, text in ((self.first_name, person.first_name),
                             (self.last_name, person.last_name),
                             (self.preferred_name, person.preferred_name), (self.ref, person.ref),
                             (self.address_1, person.address_1), (self.address_2, person.address_2),
                             (self.town, person.town), (self.postcode, person.postcode),
                             (self.phone, person.phone), (self.email, person.email),
                             (self.interpreter, person.interpreter),
                             (self.supporter_name, person.supporter_name)):
            widget.setText(text)
        self.notes.setPlainText(person.notes)
        self.supporter_address.setPlainText(person.supporter_address)
        self.other_needs.setPlainText(person.other_needs)
        self.consent_date.set_date(person.consent_date)
        self.consent_withdrawn.set_date(person.consent_withdrawn_date)
        select(self.feedback_format, person.feedback_format)
        if not select(self.language, person.language):
            self.language.addItem(person.language, person.language)
            select(self.language, person.language)
        self.bilingual.setChecked(person.bilingual)
        if self.office is not None:
            select(self.office, person.office_id)
        self.send_via_supporter.setChecked(person.send_via_supporter)
        if answers is not None:
            self.equality.load(answers)

    def person_data(self) -> PersonData:
        chosen = tuple(self.groups.item(i).text() for i in range(self.groups.count())
                       if self.groups.item(i).checkState() == Qt.CheckState.Checked)
        return PersonData(
            first_name=self.first_name.text(), last_name=self.last_name.text(),
            preferred_name=self.preferred_name.text(), ref=self.ref.text(),
            address_1=self.address_1.text(), address_2=self.address_2.text(),
            town=self.town.text(), postcode=self.postcode.text(), email=self.email.text(),
            phone=self.phone.text(), groups=chosen, feedback_format=value(self.feedback_format),
            language=value(self.language), bilingual=self.bilingual.isChecked(),
            interpreter=self.interpreter.text(), supporter_name=self.supporter_name.text(),
            supporter_address=self.supporter_address.toPlainText(),
            send_via_supporter=self.send_via_supporter.isChecked(),
            other_needs=self.other_needs.toPlainText(),
            consent_date=self.consent_date.text() or None,
            consent_withdrawn_date=self.consent_withdrawn.text() or None,
            notes=self.notes.toPlainText(), version=self.version, keep_mine=self.keep_mine,
            office_id=value(self.office) if self.office is not None else None)

    def save(self) -> None:
        data = self.person_data()
        if self.person_id is None:
            check_new_person(self, self.context, data)
        view = self.context.apply(save_person_and_equality, data, self.equality.answers(),
                                  person_id=self.person_id)
        self.person_id = view.id
        self.saved.emit(view.id)
