"""Merging two records of the same person: choose the other record, read what will happen,
and confirm. The work is services.records.merge_people.merge_people."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...services.errors import ValidationError
from ...services.records.merge_people import merge_people
from ...services.records.people import get_person
from .. import messages
from ..context import AppContext
from ..formatting import person_label
from ..widgets.forms import add_field, new_form
from ..widgets.person_picker import PersonPicker
from ..widgets.text import paragraph, set_scaled_font
from .base import FormDialog, KeepOpen


class MergeDialog(FormDialog):
    saved = Signal(int)

    def __init__(self, context: AppContext, keep_id: int, parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Merge two records of one person"), "merge_people",
                         parent, save_text=self.tr("&Merge"), size=(80, 28))
        with context.db.session_scope() as session:
            keep = get_person(session, keep_id)
        self.keep_id = keep_id
        self.keep_label = person_label(keep.display_name, keep.ref, keep.town)
        self.other_id: int | None = None
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(paragraph(self.tr(
            "Use this when the same person was recorded twice. Their suggestions, activities, "
            "letters and equality answers move to the record you keep. Details it does not "
            "have, like a phone number, are copied across. Then the other record is removed.")))
        form = new_form()
        kept = QLabel(self.keep_label)
        set_scaled_font(kept, 1.0, bold=True)
        add_field(form, self.tr("Record to keep"), kept)
        self.picker = PersonPicker(context, self.tr("The other record"), allow_new=False)
        self.picker.excluded = {keep_id}
        self.picker.person_chosen.connect(self._chosen)
        add_field(form, self.tr("The &other record"), self.picker, errors=self.errors,
                  field="other")
        self.chosen = paragraph(self.tr("No other record chosen yet."))
        form.addRow(self.chosen)
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body, scroll=False)
        self.picker.setFocus()

    def _chosen(self, person_id: int, label: str) -> None:
        self.other_id = person_id
        self.other_label = label
        self.chosen.setText(self.tr("{other} will become part of {keep}.").format(
            other=label, keep=self.keep_label))
        self.dirty.mark()

    def save(self) -> None:
        if self.other_id is None:
            raise ValidationError("other", self.tr("Please choose the other record of this "
                                                   "person."))
        if not messages.confirm(self, self.tr("Merge these records?"), self.tr(
                "{other} will be removed, and everything about it will belong to {keep}. "
                "This cannot be undone.").format(other=self.other_label, keep=self.keep_label),
                yes=self.tr("Merge them"), no=self.tr("Go back")):
            raise KeepOpen
        self.merged = self.context.apply(merge_people, self.keep_id, self.other_id)
        self.saved.emit(self.keep_id)
