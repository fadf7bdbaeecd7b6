"""Recording feedback given by phone: what the call was about, when, who rang, and a note."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ...services.feedback.letters import record_phone_call
from ...services.records.suggestions import SuggestionView
from ..context import AppContext
from ..formatting import first_line, format_date
from ..widgets.date_field import DateField
from ..widgets.forms import add_field, new_form, set_name
from ..widgets.text import heading, paragraph
from .base import FormDialog

ID_ROLE = Qt.ItemDataRole.UserRole


class PhoneCallDialog(FormDialog):
    saved = Signal(int)  # the person's id

    def __init__(self, context: AppContext, person_id: int, name: str, phone: str,
                 suggestions: Sequence[SuggestionView], guide: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Record a phone call with {name}").format(name=name),
                         "phone_call", parent, save_text=self.tr("&Save the call"),
                         size=(100, 46))
        self.person_id = person_id
        body = QWidget()
        layout = QVBoxLayout(body)
        number = phone or self.tr("no phone number saved")
        layout.addWidget(heading(self.tr("{name} ({number})").format(name=name, number=number),
                                 3))
        if guide:
            layout.addWidget(paragraph(self.tr("What to tell them (their letter, as a guide):")))
            self.guide = QPlainTextEdit(guide)
            self.guide.setReadOnly(True)
            self.guide.setTabChangesFocus(True)
            self.guide.setFixedHeight(self.guide.fontMetrics().height() * 8 + 14)
            set_name(self.guide, self.tr("What to tell them"))
            layout.addWidget(self.guide)
        form = new_form()
        self.about = QListWidget()
        for view in suggestions:
            item = QListWidgetItem(self.tr("{date}: {text}").format(
                date=format_date(view.raised_on), text=first_line(view.text, 90)))
            item.setToolTip(view.text)
            item.setData(ID_ROLE, view.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.about.addItem(item)
        rows = max(2, min(len(suggestions), 5))
        self.about.setFixedHeight(self.about.sizeHintForRow(0) * rows + 8
                                  if suggestions else self.about.fontMetrics().height() * 2)
        self.called_on = DateField(context.today())
        self.called_by = QLineEdit()
        self.called_by.setMaxLength(200)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().height() * 5 + 14)
        e = self.errors
        add_field(form, self.tr("What the call was &about"), self.about, errors=e,
                  field="suggestion_ids",
                  help_text=self.tr("Press Space to tick or untick a suggestion."))
        add_field(form, self.tr("&Date of the call"), self.called_on, errors=e,
                  field="called_on")
        add_field(form, self.tr("Who &rang"), self.called_by, errors=e, field="called_by",
                  help_text=self.tr("Your name. Leave it empty to use the name you signed in "
                                    "with."))
        add_field(form, self.tr("&Notes about the call"), self.notes, errors=e, field="notes",
                  help_text=self.tr("What you told them, and anything they said back."))
        layout.addLayout(form)
        layout.addStretch(1)
        self.set_body(body)
        self.dirty.watch(self.about, self.called_on, self.called_by, self.notes)
        self.notes.setFocus()

    def chosen_ids(self) -> list[int]:
        return [self.about.item(i).data(ID_ROLE) for i in range(self.about.count())
                if self.about.item(i).checkState() == Qt.CheckState.Checked]

    def save(self) -> None:
        self.context.apply(record_phone_call, self.person_id, self.chosen_ids(),
                           self.notes.toPlainText(), called_on=self.called_on.text(),
                           called_by=self.called_by.text(), today=self.context.today())
        self.saved.emit(self.person_id)
