"""Adding or changing a change ("we did"): what changed in plain words, the suggestions it
answers, who is doing it, when it is due, its status and the date it was done."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...models.enums import CHANGE_STATUSES
from ...services.records.changes import ChangeData, delete_change, get_change, save_change
from ...services.records.lists import services
from .. import translations
from ..context import AppContext
from ..widgets.choices import combo, select, value
from ..widgets.date_field import DateField
from ..widgets.easy_read_fields import add_easy_read, easy_box
from ..widgets.forms import add_field, new_form
from ..widgets.plain_english import PlainEnglishHint
from ..widgets.suggestion_picker import SuggestionsChooser
from ..widgets.welsh_fields import add_welsh, welsh_box
from .base import FormDialog


class ChangeDialog(FormDialog):
    saved = Signal(int)
    entity = "change"

    def __init__(self, context: AppContext, change_id: int | None = None,
                 parent: QWidget | None = None, *, suggestion_ids: tuple[int, ...] = ()) -> None:
        title = self.tr("Add a change") if change_id is None else self.tr("Change details")
        super().__init__(context, title, "change", parent, size=(110, 46))
        self.change_id = change_id
        with context.db.session_scope() as session:
            service_items = [(s.id, s.name) for s in services(session)]
            existing = get_change(session, change_id) if change_id else None
        body = QWidget()
        layout = QVBoxLayout(body)
        form = new_form()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().height() * 4 + 14)
        self.description_hint = PlainEnglishHint(self.description)
        self.description_cy = welsh_box(3)
        self.description_easy = easy_box(3)
        self.suggestions = SuggestionsChooser(context, self.tr("Suggestions it answers"))
        self.owner = QLineEdit()
        self.service = combo(service_items, first=self.tr("No particular service"))
        self.due_on = DateField(optional=True)
        self.status = combo(translations.labels(CHANGE_STATUSES))
        self.done_on = DateField(optional=True)
        e = self.errors
        add_field(form, self.tr("&What changed"), self.description, errors=e,
                  field="description",
                  help_text=self.tr("In plain words, as you would tell the people who asked. "
                                    "For example: We now run the bus on Saturdays."))
        form.addRow("", self.description_hint)
        add_welsh(form, self.tr("What changed, in W&elsh (optional)"), self.description_cy,
                  errors=e, field="description_cy")
        add_easy_read(form, self.tr("What changed: easy read version (optional)"),
                      self.description_easy, errors=e, field="description_easy")
        add_field(form, self.tr("&Suggestions it answers"), self.suggestions, errors=e,
                  field="suggestion_ids")
        add_field(form, self.tr("Who is &doing it"), self.owner, errors=e, field="owner")
        add_field(form, self.tr("Ser&vice"), self.service, errors=e, field="service_id")
        add_field(form, self.tr("D&ue by"), self.due_on, errors=e, field="due_on")
        add_field(form, self.tr("S&tatus"), self.status, errors=e, field="status")
        add_field(form, self.tr("Done &on"), self.done_on, errors=e, field="done_on",
                  help_text=self.tr("Needed when the status is Done."))
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        if existing is not None:
            self._fill(existing)
        else:
            self.suggestions.set_suggestions(tuple(suggestion_ids))
        self.status.currentIndexChanged.connect(self._status_changed)
        self.dirty.watch(self.description, self.description_cy, self.description_easy,
                         self.suggestions, self.owner, self.service, self.due_on, self.status,
                         self.done_on)
        if change_id is not None:
            self.offer_remove(
                self.tr("&Remove this change"),
                self.tr("Remove this change? The suggestions it answered stay, with their "
                        "decisions. Edit, Undo brings it back until you close the app."),
                delete_change, change_id)
        self.description.setFocus()

    def _fill(self, existing) -> None:
        self.version = existing.version
        self.description.setPlainText(existing.description)
        self.description_cy.setPlainText(existing.description_cy)
        self.description_easy.setPlainText(existing.description_easy)
        self.owner.setText(existing.owner)
        select(self.service, existing.service_id)
        self.due_on.set_date(existing.due_on)
        select(self.status, existing.status)
        self.done_on.set_date(existing.done_on)
        self.suggestions.set_suggestions(tuple(existing.suggestion_ids))

    @property
    def record_id(self) -> int | None:
        return self.change_id

    def reload(self) -> None:
        """Their version, as saved now, in place of what was typed here."""
        if self.change_id is None:  # a new one: nobody else has it
            return
        with self.context.db.session_scope() as session:
            existing = get_change(session, self.change_id)
        self.dirty.pause(True)
        self._fill(existing)
        self.dirty.pause(False)
        self.dirty.reset()

    def _status_changed(self) -> None:
        if value(self.status) == "done" and not self.done_on.text():
            self.done_on.set_date(self.context.today())
        elif value(self.status) != "done" and self.done_on.text() == \
                self.context.today().isoformat():
            self.done_on.set_date(None)

    def change_data(self) -> ChangeData:
        return ChangeData(
            description=self.description.toPlainText(),
            description_cy=self.description_cy.toPlainText(),
            description_easy=self.description_easy.toPlainText(), status=value(self.status),
            owner=self.owner.text(), service_id=value(self.service),
            due_on=self.due_on.text() or None, done_on=self.done_on.text() or None,
            suggestion_ids=self.suggestions.ids(), version=self.version,
            keep_mine=self.keep_mine)

    def save(self) -> None:
        view = self.context.apply(save_change, self.change_data(), change_id=self.change_id,
                                  today=self.context.today())
        self.change_id = view.id
        self.saved.emit(view.id)
