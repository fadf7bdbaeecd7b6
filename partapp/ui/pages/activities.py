"""Activities: the list of meetings and other activities, and the fast record form."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton

from ...models.enums import ACTIVITY_TYPES
from ...services.browse.pages import ActivityFilter
from ...services.changed import Changed
from ...services.records.lists import services
from .. import translations
from ..itemmodels.activities import ActivitiesModel
from ..periods import period_items, period_range
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.choices import combo, fill, select, value
from ..widgets.forms import set_name
from ..widgets.table import current_id, table_view
from .list_page import ListPage


class ActivitiesPage(ListPage):
    key = "activities"
    title = QT_TRANSLATE_NOOP("ActivitiesPage", "Activities")
    watches = (Changed.ACTIVITY, Changed.SUGGESTION, Changed.PERSON, Changed.SETTINGS)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.add_header(self.tr("Meetings, events, visits and other times people took part."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles and facilitators"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, self.tr("Search activities"))
        self.period = combo(period_items(), name=self.tr("When"))
        self.service = combo({}, first=self.tr("Any service"), name=self.tr("Service"))
        self.activity_type = combo(translations.labels(ACTIVITY_TYPES), first=self.tr("Any type"),
                                   name=self.tr("Type"))
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Search:"), self.search, 2),
                                      (self.tr("&When:"), self.period, 1),
                                      (self.tr("Servic&e:"), self.service, 1),
                                      (self.tr("Ty&pe:"), self.activity_type, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        self.layout_.addLayout(filters)
        self.record_button = QPushButton(self.tr("Record an &activity\u2026"))
        self.open_button = QPushButton(self.tr("&Open\u2026"))
        set_name(self.record_button, self.tr("Record an activity"))
        set_name(self.open_button, self.tr("Open the chosen activity"))
        self.add_button_row(self.record_button, self.open_button)
        self.model = ActivitiesModel(context, self)
        self.view = table_view(self.model, self.tr("Activities"), stretch=1)
        self.layout_.addWidget(self.view, 1)

        self.filter_while_typing(self.search)
        for box in (self.period, self.service, self.activity_type):
            box.currentIndexChanged.connect(self.apply_filter)
        self.record_button.clicked.connect(self.record_new)
        self.open_button.clicked.connect(self.open_current)
        self.view.activated.connect(self.open_current)
        self.view.selectionModel().selectionChanged.connect(self._current_changed)
        self.model.reloaded.connect(self._reloaded)
        self.open_button.setEnabled(False)

    def apply_filter(self) -> None:
        self._timer.stop()
        start, end = period_range(value(self.period), self.context.today())
        self.model.set_filter(ActivityFilter(text=self.search.text(),
                                             service_id=value(self.service),
                                             activity_type=value(self.activity_type),
                                             start=start, end=end))
        self._current_changed()

    def open_with(self, **filters: Any) -> None:
        if "period" in filters:
            select(self.period, filters["period"])
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        with self.context.db.session_scope() as session:
            items = [(s.id, s.name) for s in services(session)]
        fill(self.service, items, first=self.tr("Any service"))
        self.apply_filter()

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n activities", "", count))

    def _current_changed(self, *_args) -> None:
        self.open_button.setEnabled(current_id(self.view) is not None)

    def make_dialog(self, item_id: int | None):
        from ..dialogs.activity_dialog import ActivityDialog

        return ActivityDialog(self.context, item_id, self.window())

    record_new = ListPage.add_new
