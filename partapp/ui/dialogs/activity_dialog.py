"""Recording an activity fast enough to type up a meeting's notes: the details, who came, the
support given, and everything people suggested, saved together in one go."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import ACCESS_SUPPORT, ACTIVITY_TYPES
from ...services.records.activities import ActivityData, delete_activity, get_activity
from ...services.records.lists import levels, services
from ...services.records.people import get_person
from ...services.records.recording import record_activity
from .. import translations
from ..context import AppContext
from ..formatting import person_label
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.easy_read_fields import add_easy_read, easy_line
from ..widgets.forms import add_field, new_form, set_name
from ..widgets.meeting_suggestions import MeetingSuggestionsEditor
from ..widgets.office_chooser import office_box
from ..widgets.person_picker import PeopleChooser
from ..widgets.text import heading, paragraph
from ..widgets.welsh_fields import add_welsh, welsh_line
from .base import FormDialog


class ActivityDialog(FormDialog):
    saved = Signal(int)
    entity = "activity"

    def __init__(self, context: AppContext, activity_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Record an activity") if activity_id is None else \
            self.tr("Change an activity")
        super().__init__(context, title, "activity", parent, size=(180, 50))
        self.activity_id = activity_id
        with context.db.session_scope() as session:
            self.levels = levels(session)
            service_items = [(s.id, s.name) for s in services(session)]
            existing = get_activity(session, activity_id) if activity_id else None
            came = [get_person(session, pid) for pid in (existing.attendee_ids if existing else ())]
            attendees = [(p.id, person_label(p.display_name, p.ref)) for p in came]
        self.office = office_box(context, existing.office_id if existing else None)
        body = QWidget()
        layout = QVBoxLayout(body)
        columns = QHBoxLayout()
        columns.addWidget(self._details_box(service_items), 1)
        columns.addWidget(self._people_box(), 1)
        layout.addLayout(columns)
        layout.addWidget(heading(self.tr("What people suggested"), 2))
        if existing is not None and existing.suggestion_count:
            layout.addWidget(paragraph(self.tr(
                "{n} suggestion(s) were recorded at this activity already. You can see them on "
                "the Suggestions page. Add any more here.").format(n=existing.suggestion_count)))
        self.suggestions = MeetingSuggestionsEditor()
        layout.addWidget(self.suggestions)
        layout.addStretch(1)
        self.set_body(body)
        self.attendees.changed.connect(self._attendees_changed)
        self.level.currentIndexChanged.connect(self._show_level_help)
        if existing is not None:
            self._load(existing, attendees)
        self._show_level_help()
        self.dirty.watch(self.held_on, self.title, self.title_cy, self.title_easy,
                         self.activity_type, self.service, self.level, self.facilitator,
                         self.hours, self.expenses, self.attendees, self.anonymous,
                         *self.support.values(), self.suggestions,
                         *([self.office] if self.office is not None else []))
        if activity_id is not None:
            self.offer_remove(
                self.tr("&Remove this activity"),
                self.tr("Remove this activity and its list of who came? An activity where "
                        "suggestions were recorded cannot be removed. Edit, Undo brings it back "
                        "until you close the app."),
                delete_activity, activity_id)
        self.held_on.setFocus()

    def _details_box(self, service_items: list[tuple[int, str]]) -> QGroupBox:
        box = QGroupBox(self.tr("About the activity"))
        form = new_form()
        self.held_on = DateField(self.context.today())
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("for example: Day centre forum"))
        self.title_cy = welsh_line()
        self.title_cy.setPlaceholderText(self.tr("for example: Fforwm y ganolfan ddydd"))
        self.title_easy = easy_line()
        self.title_easy.setPlaceholderText(self.tr("for example: our meeting at the day "
                                                   "centre"))
        self.activity_type = combo(translations.labels(ACTIVITY_TYPES))
        self.service = combo(service_items, first=self.tr("No particular service"))
        self.level = combo([(lv.code, lv.label) for lv in self.levels])
        select(self.level, "consultation")
        self.level_help = paragraph("")
        self.facilitator = QLineEdit()
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 100000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" hours"))
        self.expenses = QDoubleSpinBox()
        self.expenses.setRange(0, 1000000)
        self.expenses.setDecimals(2)
        self.expenses.setPrefix("\u00a3")
        e = self.errors
        add_field(form, self.tr("&Date"), self.held_on, errors=e, field="held_on")
        add_field(form, self.tr("&Title"), self.title, errors=e, field="title")
        add_welsh(form, self.tr("Title in W&elsh (optional)"), self.title_cy, errors=e,
                  field="title_cy")
        add_easy_read(form, self.tr("Title: easy read version (optional)"), self.title_easy,
                      errors=e, field="title_easy")
        add_field(form, self.tr("T&ype"), self.activity_type, errors=e, field="activity_type")
        add_field(form, self.tr("Ser&vice"), self.service, errors=e, field="service_id")
        if self.office is not None:  # only with two offices or more
            add_field(form, self.tr("Offi&ce"), self.office, errors=e, field="office_id",
                      help_text=self.tr("The suggestions made at it belong to this office "
                                        "too."))
        add_field(form, self.tr("&Involvement"), self.level, errors=e, field="involvement_code")
        form.addRow("", self.level_help)
        add_field(form, self.tr("&Facilitator"), self.facilitator, errors=e, field="facilitator")
        add_field(form, self.tr("H&ours people gave"), self.hours, errors=e, field="hours",
                  help_text=self.tr("All the time given by the people who took part, added up."))
        add_field(form, self.tr("E&xpenses paid"), self.expenses, errors=e,
                  field="expenses_paid",
                  help_text=self.tr("Travel, fees or vouchers paid to people who took part."))
        box.setLayout(form)
        return box

    def _people_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who came"))
        layout = QVBoxLayout(box)
        form = new_form()
        # Each label above its field: the list of who came gets the box's whole width, which
        # at bigger text sizes it needs (beside its label it was squeezed to a few letters).
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.attendees = PeopleChooser(self.context, self.tr("People who came"))
        self.anonymous = QSpinBox()
        self.anonymous.setRange(0, 100000)
        add_field(form, self.tr("&People who came"), self.attendees, errors=self.errors,
                  field="attendee_ids")
        add_field(form, self.tr("People who did &not give a name"), self.anonymous,
                  errors=self.errors, field="anonymous_attendees")
        layout.addLayout(form)
        support = QGroupBox(self.tr("Access support given"))
        set_name(support, support.title())
        grid = QGridLayout(support)
        self.support: dict[str, QCheckBox] = {}
        for index, (code, label) in enumerate(ACCESS_SUPPORT.items()):
            check = QCheckBox(translations.label(label))
            set_name(check, check.text())
            self.support[code] = check
            grid.addWidget(check, index, 0)  # one column: leaves room for the details beside
        layout.addWidget(support)
        layout.addStretch(1)
        return box

    @property
    def record_id(self) -> int | None:
        return self.activity_id

    def reload(self) -> None:
        """Their version, as saved now, in place of what was typed here (suggestions typed
        below stay: they are new, nobody else has them)."""
        if self.activity_id is None:  # a new one: nobody else has it
            return
        with self.context.db.session_scope() as session:
            existing = get_activity(session, self.activity_id)
            attendees = [(p.id, person_label(p.display_name, p.ref))
                         for p in (get_person(session, pid) for pid in existing.attendee_ids)]
        self.dirty.pause(True)
        self._load(existing, attendees)
        self.dirty.pause(False)
        self.dirty.reset()

    def _load(self, existing, attendees: list[tuple[int, str]]) -> None:
        self.version = existing.version
        self.held_on.set_date(existing.held_on)
        self.title.setText(existing.title)
        self.title_cy.setText(existing.title_cy)
        self.title_easy.setText(existing.title_easy)
        select(self.activity_type, existing.activity_type)
        select(self.service, existing.service_id)
        select(self.level, existing.involvement_code)
        if self.office is not None:
            select(self.office, existing.office_id)
        self.facilitator.setText(existing.facilitator)
        self.hours.setValue(float(existing.hours))
        self.expenses.setValue(float(existing.expenses_paid))
        self.anonymous.setValue(existing.anonymous_attendees)
        for code, box in self.support.items():
            box.setChecked(code in existing.access_support)
        self.attendees.set_people(attendees)
        self._attendees_changed()

    def _show_level_help(self) -> None:
        code = value(self.level)
        text = next((lv.description for lv in self.levels if lv.code == code), "")
        self.level_help.setText(text)
        self.level.setAccessibleDescription(text)

    def _attendees_changed(self) -> None:
        self.suggestions.set_attendees(self.attendees.people())

    def activity_data(self) -> ActivityData:
        return ActivityData(
            title=self.title.text(), title_cy=self.title_cy.text(),
            title_easy=self.title_easy.text(), held_on=self.held_on.text(),
            activity_type=value(self.activity_type), involvement_code=value(self.level),
            service_id=value(self.service), facilitator=self.facilitator.text(),
            hours=Decimal(str(round(self.hours.value(), 1))),
            expenses_paid=Decimal(str(round(self.expenses.value(), 2))),
            anonymous_attendees=self.anonymous.value(),
            access_support=tuple(code for code, box in self.support.items() if box.isChecked()),
            attendee_ids=self.attendees.ids(), version=self.version, keep_mine=self.keep_mine,
            office_id=value(self.office) if self.office is not None else None)

    def save(self) -> None:
        suggestions = self.suggestions.suggestions(self.errors)
        result = self.context.apply(record_activity, self.activity_data(), suggestions,
                                    activity_id=self.activity_id, today=self.context.today())
        self.activity_id = result.activity.id
        self.saved.emit(result.activity.id)

