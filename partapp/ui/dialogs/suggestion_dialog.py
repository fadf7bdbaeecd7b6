"""Recording one suggestion on its own: from one person, several, or nobody named, through any
way it reached us (phone, letter, suggestion box...). Also used to correct one."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit, QVBoxLayout, QWidget

from ...models.enums import CHANNELS, SUGGESTION_KINDS
from ...services.browse.pages import ActivityFilter, activity_ids, activity_rows
from ...services.errors import ValidationError
from ...services.records.lists import services
from ...services.records.people import get_person
from ...services.records.suggestions import (
    SuggestionData,
    delete_suggestion,
    get_suggestion,
    save_suggestion,
)
from .. import translations
from ..context import AppContext
from ..formatting import format_date, person_label
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.forms import add_field, new_form
from ..widgets.person_picker import PeopleChooser
from .base import FormDialog

RECENT_ACTIVITIES = 200


class SuggestionDialog(FormDialog):
    saved = Signal(int)
    entity = "suggestion"

    def __init__(self, context: AppContext, suggestion_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        title = self.tr("Record a suggestion") if suggestion_id is None else \
            self.tr("Correct a suggestion")
        super().__init__(context, title, "suggestion", parent, size=(110, 44))
        self.suggestion_id = suggestion_id
        with context.db.session_scope() as session:
            service_items = [(s.id, s.name) for s in services(session)]
            ids = activity_ids(session, ActivityFilter(), limit=RECENT_ACTIVITIES)
            rows = activity_rows(session, ids)
            existing = get_suggestion(session, suggestion_id) if suggestion_id else None
            said = [get_person(session, pid) for pid in (existing.raiser_ids if existing else ())]
            raisers = [(p.id, person_label(p.display_name, p.ref)) for p in said]
        activity_items = [(aid, f"{format_date(rows[aid].held_on)} \u2014 {rows[aid].title}")
                          for aid in ids if aid in rows]
        body = QWidget()
        layout = QVBoxLayout(body)
        form = new_form()
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 5 + 14)
        self.raised_on = DateField(context.today())
        self.kind = combo(translations.labels(SUGGESTION_KINDS))
        self.channel = combo(translations.labels(CHANNELS))
        select(self.channel, "phone")
        self.activity = combo(activity_items, first=self.tr("Choose the activity"))
        self.service = combo(service_items, first=self.tr("No particular service"))
        self.anonymous = QCheckBox(self.tr("&Nobody gave their name (anonymous)"))
        self.raisers = PeopleChooser(context, self.tr("People who raised it"))
        e = self.errors
        add_field(form, self.tr("What they &said"), self.text, errors=e, field="text",
                  help_text=self.tr("In their own words, if you can."))
        add_field(form, self.tr("&Date raised"), self.raised_on, errors=e, field="raised_on")
        add_field(form, self.tr("&Kind"), self.kind, errors=e, field="kind")
        add_field(form, self.tr("&How it reached us"), self.channel, errors=e, field="channel")
        self.activity_error = add_field(form, self.tr("&At which activity"), self.activity,
                                        errors=e, field="activity_id")
        add_field(form, self.tr("Ser&vice it is about"), self.service, errors=e,
                  field="service_id")
        add_field(form, self.tr("Anonymous"), self.anonymous, errors=e, field="anonymous")
        add_field(form, self.tr("&Who raised it"), self.raisers, errors=e, field="raiser_ids",
                  help_text=self.tr("One person, or several people who said the same thing."))
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        self.channel.currentIndexChanged.connect(self._channel_changed)
        self.anonymous.toggled.connect(self._anonymous_changed)
        if existing is not None:
            self._fill(existing, raisers)
        self._channel_changed()
        self._anonymous_changed()
        self.dirty.watch(self.text, self.raised_on, self.kind, self.channel, self.activity,
                         self.service, self.anonymous, self.raisers)
        if suggestion_id is not None:
            self.offer_remove(
                self.tr("&Remove this suggestion"),
                self.tr("Remove this suggestion? Do this only if it was typed in by mistake. "
                        "Its decisions go too. Edit, Undo brings them back until you close the "
                        "app."),
                delete_suggestion, suggestion_id)
        self.text.setFocus()

    def _fill(self, existing, raisers: list[tuple[int, str]]) -> None:
        self.version = existing.version
        self.text.setPlainText(existing.text)
        self.raised_on.set_date(existing.raised_on)
        select(self.kind, existing.kind)
        select(self.channel, existing.channel)
        if existing.activity_id is not None and not select(self.activity, existing.activity_id):
            self.activity.addItem(existing.activity_title, existing.activity_id)
            select(self.activity, existing.activity_id)
        select(self.service, existing.service_id)
        self.raisers.set_people(raisers)
        self.anonymous.setChecked(not raisers)

    @property
    def record_id(self) -> int | None:
        return self.suggestion_id

    def reload(self) -> None:
        """Their version, as saved now, in place of what was typed here."""
        if self.suggestion_id is None:  # a new one: nobody else has it
            return
        with self.context.db.session_scope() as session:
            existing = get_suggestion(session, self.suggestion_id)
            raisers = [(p.id, person_label(p.display_name, p.ref))
                       for p in (get_person(session, pid) for pid in existing.raiser_ids)]
        self.dirty.pause(True)
        self._fill(existing, raisers)
        self._channel_changed()
        self._anonymous_changed()
        self.dirty.pause(False)
        self.dirty.reset()

    def _channel_changed(self) -> None:
        at_activity = value(self.channel) == "activity"
        self.activity.setEnabled(at_activity)

    def _anonymous_changed(self) -> None:
        self.raisers.setEnabled(not self.anonymous.isChecked())

    def suggestion_data(self) -> SuggestionData:
        at_activity = value(self.channel) == "activity"
        return SuggestionData(
            text=self.text.toPlainText(), raised_on=self.raised_on.text(), kind=value(self.kind),
            channel=value(self.channel), service_id=value(self.service),
            activity_id=value(self.activity) if at_activity else None,
            raiser_ids=() if self.anonymous.isChecked() else self.raisers.ids(),
            version=self.version, keep_mine=self.keep_mine)

    def save(self) -> None:
        if not self.anonymous.isChecked() and not self.raisers.ids():
            # The form asks which it was, so nobody is left out by accident.
            raise ValidationError("raiser_ids", self.tr(
                "Please choose who raised it, or tick “Nobody gave their name”."))
        view = self.context.apply(save_suggestion, self.suggestion_data(),
                                  suggestion_id=self.suggestion_id, today=self.context.today())
        self.suggestion_id = view.id
        self.saved.emit(view.id)
