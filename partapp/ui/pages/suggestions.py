"""Suggestions: the filtered list, quick entry, and the chosen suggestion's decisions and
changes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter

from ...services.changed import Changed
from ...services.records.lists import groups, services
from ..itemmodels.suggestions import SuggestionsModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.forms import scrolled, set_name
from ..widgets.suggestion_filters import SuggestionFilters
from ..widgets.table import current_id, select_id, table_view
from .base import Page
from .suggestion_detail import SuggestionDetail


class SuggestionsPage(Page):
    key = "suggestions"
    title = QT_TRANSLATE_NOOP("SuggestionsPage", "Suggestions")
    watches = (Changed.SUGGESTION, Changed.DECISION, Changed.CHANGE, Changed.ACTIVITY, Changed.PERSON, Changed.SETTINGS)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.add_header(self.tr("Ideas, concerns, complaints, compliments and questions, in "
                                "people's own words, and what happened to each."))
        self.filters = SuggestionFilters()
        self.layout_.addWidget(self.filters)
        self.record_button = QPushButton(self.tr("Record &a suggestion\u2026"))
        set_name(self.record_button, self.tr("Record a suggestion"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        self.layout_.addLayout(buttons)
        self.model = SuggestionsModel(context, self)
        self.view = table_view(self.model, self.tr("Suggestions"), stretch=1)
        self.detail = SuggestionDetail(context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(scrolled(self.detail))
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        if not context.settings.suggestions_splitter or \
                not self.splitter.restoreState(QByteArray(context.settings.suggestions_splitter)):
            self.splitter.setSizes([6000, 3500])
        self.splitter.splitterMoved.connect(self._remember_splitter)
        self.layout_.addWidget(self.splitter, 1)
        self.filters.changed.connect(self.apply_filter)
        self.record_button.clicked.connect(self.record_new)
        self.view.activated.connect(self._focus_detail)
        self.view.selectionModel().selectionChanged.connect(self._current_changed)
        self.model.reloaded.connect(self._reloaded)

    def apply_filter(self) -> None:
        chosen = current_id(self.view)
        self.model.set_filter(self.filters.current(self.context.today()))
        if chosen is None or not select_id(self.view, chosen):
            self.detail.show_suggestion(None)

    def open_with(self, **filters: Any) -> None:
        self.filters.apply(filters)

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    def refresh(self) -> None:
        with self.context.db.session_scope() as session:
            service_items = [(s.id, s.name) for s in services(session)]
            group_items = [(g.id, g.name) for g in groups(session)]
        self.filters.blockSignals(True)
        self.filters.set_lists(service_items, group_items)
        self.filters.blockSignals(False)
        self.apply_filter()
        self.detail.show_suggestion(current_id(self.view))

    def select_suggestion(self, suggestion_id: int) -> bool:
        return select_id(self.view, suggestion_id)

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n suggestions", "", count))

    def _current_changed(self, *_args) -> None:
        self.detail.show_suggestion(current_id(self.view))

    def _focus_detail(self, *_args) -> None:
        self.detail.decide_button.setFocus()

    def _remember_splitter(self, *_args) -> None:
        self.context.settings.suggestions_splitter = bytes(self.splitter.saveState().data())

    def add_on_page(self) -> bool:
        self.record_new()
        return True

    def record_new(self) -> None:
        from ..dialogs.suggestion_dialog import SuggestionDialog

        self.dialog = SuggestionDialog(self.context, None, self.window())
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, suggestion_id: int) -> None:
        if not select_id(self.view, suggestion_id):
            self.filters.apply({})
            select_id(self.view, suggestion_id)
