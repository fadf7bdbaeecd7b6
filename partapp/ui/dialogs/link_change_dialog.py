"""Saying that a change already recorded also answers this suggestion."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from ...services.browse.pages import ChangeFilter
from ...services.errors import ValidationError
from ...services.records.changes import link_suggestion
from ..context import AppContext
from ..itemmodels.changes import ChangesModel
from ..widgets.forms import add_field, new_form
from ..widgets.table import current_id, table_view
from .base import FormDialog


class LinkChangeDialog(FormDialog):
    saved = Signal()

    def __init__(self, context: AppContext, suggestion_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(context, self.tr("Link to a change"), "link_change", parent,
                         save_text=self.tr("&Link"), size=(110, 30))
        self.suggestion_id = suggestion_id
        body = QWidget()
        layout = QVBoxLayout(body)
        form = new_form()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Words in the change, or who is doing it"))
        self.model = ChangesModel(context, self)
        self.view = table_view(self.model, self.tr("Changes"), stretch=0)
        add_field(form, self.tr("&Search changes"), self.search)
        add_field(form, self.tr("&Choose the change"), self.view, errors=self.errors,
                  field="change")
        layout.addLayout(form)
        self.set_body(body, scroll=False)
        self.search.textChanged.connect(self._search)
        self.view.activated.connect(self.accept)
        self.model.reload()
        self.search.setFocus()

    def _search(self, text: str) -> None:
        self.model.set_filter(ChangeFilter(text=text))

    def save(self) -> None:
        change_id = current_id(self.view)
        if change_id is None:
            raise ValidationError("change", self.tr("Please choose a change in the list."))
        self.context.apply(link_suggestion, change_id, self.suggestion_id)
        self.saved.emit()
