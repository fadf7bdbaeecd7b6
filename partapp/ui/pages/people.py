"""People: a searchable list, and the chosen person's details and history beside it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ...services.changed import Changed
from ...services.records.lists import groups
from ..itemmodels.people import PeopleModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.choices import combo, fill, value
from ..widgets.forms import set_name
from ..widgets.table import current_id, select_id, table_view
from .list_page import ListPage
from .person_panel import PersonPanel


class PeoplePage(ListPage):
    key = "people"
    title = QT_TRANSLATE_NOOP("PeoplePage", "People")
    watches = (Changed.PERSON, Changed.ACTIVITY, Changed.SUGGESTION, Changed.DECISION, Changed.CHANGE, Changed.FEEDBACK,
               Changed.SETTINGS)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.add_header(self.tr("Everyone who takes part. Choose a person to see their details "
                                "and their history."))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, reference, town or postcode"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, self.tr("Search people"))
        self.group = combo({}, first=self.tr("Any group"), name=self.tr("Group"))
        self.owed_only = QCheckBox(self.tr("Only people &waiting to hear back"))
        set_name(self.owed_only, self.owed_only.text())
        self.add_button = QPushButton(self.tr("&Add a person\u2026"))
        self.edit_button = QPushButton(self.tr("&Edit\u2026"))
        self.merge_button = QPushButton(self.tr("&Merge with another record\u2026"))
        set_name(self.add_button, self.tr("Add a person"))
        set_name(self.edit_button, self.tr("Edit the chosen person"))
        set_name(self.merge_button, self.tr("Merge the chosen person with another record of "
                                            "the same person"))
        filters = QHBoxLayout()
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        filters.addWidget(search_label)
        filters.addWidget(self.search, 2)
        group_label = QLabel(self.tr("Gr&oup:"))
        group_label.setBuddy(self.group)
        filters.addWidget(group_label)
        filters.addWidget(self.group, 1)
        filters.addWidget(self.owed_only)
        self.layout_.addLayout(filters)
        self.add_button_row(self.add_button, self.edit_button, self.merge_button)

        self.model = PeopleModel(context, self)
        self.view = table_view(self.model, self.tr("People"), stretch=0)
        self.panel = PersonPanel(context)
        self.panel.edit_requested.connect(self.edit_current)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.view)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        if not context.settings.people_splitter or \
                not self.splitter.restoreState(QByteArray(context.settings.people_splitter)):
            self.splitter.setSizes([3000, 2000])
        self.splitter.splitterMoved.connect(self._remember_splitter)
        self.layout_.addWidget(self.splitter, 1)

        self.filter_while_typing(self.search)
        self.group.currentIndexChanged.connect(self.apply_filter)
        self.owed_only.toggled.connect(self.apply_filter)
        self.add_button.clicked.connect(self.add_new)
        self.edit_button.clicked.connect(self.edit_current)
        self.view.activated.connect(self.edit_current)
        self.view.selectionModel().selectionChanged.connect(self._current_changed)
        self.model.reloaded.connect(self._reloaded)
        self.edit_button.setEnabled(False)
        self.merge_button.clicked.connect(self.merge_current)
        self.merge_button.setEnabled(False)

    # Filters -----------------------------------------------------------------------------
    def apply_filter(self) -> None:
        from ...services.browse.pages import PeopleFilter

        self._timer.stop()
        chosen = current_id(self.view)
        self.model.set_filter(PeopleFilter(text=self.search.text(), group_id=value(self.group),
                                           owed_feedback=self.owed_only.isChecked()))
        if chosen is not None:
            select_id(self.view, chosen)

    def open_with(self, **filters: Any) -> None:
        self.owed_only.setChecked(bool(filters.get("owed_feedback")))
        if "text" in filters:
            self.search.setText(filters["text"])
        self.apply_filter()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        with self.context.db.session_scope() as session:
            items = [(g.id, g.name) for g in groups(session)]
        self.group.blockSignals(True)
        fill(self.group, items, first=self.tr("Any group"))
        self.group.blockSignals(False)
        self.apply_filter()
        self.panel.show_person(current_id(self.view))

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n people", "", count))

    def _current_changed(self, *_args) -> None:
        pid = current_id(self.view)
        self.edit_button.setEnabled(pid is not None)
        self.merge_button.setEnabled(pid is not None)
        self.panel.show_person(pid)

    def _remember_splitter(self, *_args) -> None:
        self.context.settings.people_splitter = bytes(self.splitter.saveState().data())

    # Editing -----------------------------------------------------------------------------
    def make_dialog(self, item_id: int | None):
        from ..dialogs.person_dialog import PersonDialog

        return PersonDialog(self.context, item_id, self.window())

    edit_current = ListPage.open_current

    def merge_current(self) -> None:
        from ..dialogs.merge_dialog import MergeDialog

        pid = current_id(self.view)
        if pid is None:
            return
        self.dialog = MergeDialog(self.context, pid, self.window())
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, person_id: int) -> None:
        if current_id(self.view) != person_id and not select_id(self.view, person_id):
            self.search.clear()
            self.apply_filter()
            select_id(self.view, person_id)
        self.panel.show_person(person_id)

    def select_person(self, person_id: int) -> bool:
        return select_id(self.view, person_id)

