"""Changes: what the organisation did or is doing, each answering one or more suggestions."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton

from ...models.enums import CHANGE_STATUSES
from ...services.browse.pages import ChangeFilter
from ...services.changed import Changed
from .. import translations
from ..formatting import first_line
from ..itemmodels.changes import ChangesModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.choices import combo, select, value
from ..widgets.forms import set_name
from ..widgets.table import current_id, table_view
from .list_page import ListPage


class ChangesPage(ListPage):
    key = "changes"
    title = QT_TRANSLATE_NOOP("ChangesPage", "Changes")
    watches = (Changed.CHANGE, Changed.SUGGESTION, Changed.DECISION, Changed.SETTINGS)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.add_header(self.tr("What we changed because people spoke up, and what is still "
                                "being done."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Words in the change, or who is doing it"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, self.tr("Search changes"))
        self.status = combo(translations.labels(CHANGE_STATUSES), first=self.tr("Any status"),
                            name=self.tr("Status"))
        self.past_due = QCheckBox(self.tr("Only changes &past their due date"))
        set_name(self.past_due, self.past_due.text())
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Search:"), self.search, 2),
                                      (self.tr("S&tatus:"), self.status, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        filters.addWidget(self.past_due)
        self.layout_.addLayout(filters)
        self.add_button = QPushButton(self.tr("&Add a change\u2026"))
        self.open_button = QPushButton(self.tr("&Open\u2026"))
        set_name(self.add_button, self.tr("Add a change"))
        set_name(self.open_button, self.tr("Open the chosen change"))
        # Did it make a difference? What the people behind a done change told us.
        self.answer_button = QPushButton(self.tr("Record an a&nswer\u2026"))
        set_name(self.answer_button, self.tr("Record whether the chosen change made a "
                                             "difference to someone"))
        self.add_button_row(self.add_button, self.open_button, self.answer_button)
        self.model = ChangesModel(context, self)
        self.view = table_view(self.model, self.tr("Changes"), stretch=0)
        self.layout_.addWidget(self.view, 1)
        self.filter_while_typing(self.search)
        self.status.currentIndexChanged.connect(self.apply_filter)
        self.past_due.toggled.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add_new)
        self.open_button.clicked.connect(self.open_current)
        self.answer_button.clicked.connect(self.record_answer)
        self.view.activated.connect(self.open_current)
        self.view.selectionModel().selectionChanged.connect(self._current_changed)
        self.model.reloaded.connect(self._reloaded)
        self.open_button.setEnabled(False)
        self.answer_button.setEnabled(False)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(ChangeFilter(text=self.search.text(), status=value(self.status),
                                           past_due=self.past_due.isChecked()))
        self._current_changed()

    def open_with(self, **filters: Any) -> None:
        self.past_due.blockSignals(True)
        self.past_due.setChecked(bool(filters.get("past_due")))
        self.past_due.blockSignals(False)
        select(self.status, filters.get("status"))
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        self.apply_filter()

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n changes", "", count))

    def _current_changed(self, *_args) -> None:
        self.open_button.setEnabled(current_id(self.view) is not None)
        row = self._current_row()
        self.answer_button.setEnabled(row is not None and row.status == "done")

    def _current_row(self) -> Any | None:
        index = self.view.currentIndex()
        return self.model.row_data(index.row()) if current_id(self.view) is not None else None

    def record_answer(self) -> None:
        """What someone behind the chosen (done) change told us: did it make a difference?"""
        row = self._current_row()
        if row is None or row.status != "done":
            return
        from ..dialogs.follow_up_dialog import FollowUpDialog

        self.dialog = FollowUpDialog(self.context, change_id=row.id,
                                     title=first_line(row.description, 90),
                                     parent=self.window())
        self.dialog.open()

    def make_dialog(self, item_id: int | None):
        from ..dialogs.change_dialog import ChangeDialog

        return ChangeDialog(self.context, item_id, self.window())
