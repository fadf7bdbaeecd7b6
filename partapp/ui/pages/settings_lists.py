"""Settings, the editable lists: groups, services, and the names of the involvement levels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...services.changed import Operation
from ...services.errors import PartappError, ValidationError
from ...services.records import lists
from ..context import AppContext
from ..widgets.forms import DirtyTracker, ErrorLabel, set_name
from ..widgets.text import paragraph

ID_ROLE = Qt.ItemDataRole.UserRole


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


class ListEditor(QGroupBox):
    """Add, rename, hide or remove the items of one list. Each button is one saved action."""

    def __init__(self, context: AppContext, title: str, what: str,
                 load: Callable[[Session], list[lists.ListItem]],
                 save: Operation[..., lists.ListItem], delete: Operation[..., None],
                 id_key: str, parent: QWidget | None = None) -> None:
        """``save`` and ``delete`` are the list's service operations; ``id_key`` is the name
        ``save`` gives the item's id (``group_id``...)."""
        super().__init__(title, parent)
        self.context, self.what = context, what
        self._load, self._save, self._delete, self._id_key = load, save, delete, id_key
        self.items = QListWidget()
        set_name(self.items, title)
        self.name = QLineEdit()
        set_name(self.name, self.tr("Name of the {what}").format(what=what))
        self.name.setPlaceholderText(self.tr("Type a name"))
        self.error = ErrorLabel(what)
        self.add_button = QPushButton(self.tr("Add"))
        self.rename_button = QPushButton(self.tr("Rename"))
        self.hide_button = QPushButton(self.tr("Hide from lists"))
        self.remove_button = QPushButton(self.tr("Remove"))
        for button, text in ((self.add_button, self.tr("Add a {what}")),
                             (self.rename_button, self.tr("Rename the chosen {what}")),
                             (self.hide_button, self.tr("Hide or show the chosen {what}")),
                             (self.remove_button, self.tr("Remove the chosen {what}"))):
            set_name(button, text.format(what=what))
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.name)
        layout.addWidget(self.error)
        buttons = QGridLayout()
        for index, button in enumerate((self.add_button, self.rename_button, self.hide_button,
                                        self.remove_button)):
            buttons.addWidget(button, index // 2, index % 2)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add)
        self.rename_button.clicked.connect(self.rename)
        self.hide_button.clicked.connect(self.toggle_hidden)
        self.remove_button.clicked.connect(self.remove)
        self.items.currentItemChanged.connect(self._current_changed)
        self.name.returnPressed.connect(self.add)

    def refresh(self) -> None:
        chosen = self._current()
        with self.context.db.session_scope() as session:
            entries = self._load(session)
        self.items.clear()
        for entry in entries:
            label = entry.name if entry.active else self.tr("{name} (hidden)").format(
                name=entry.name)
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, (entry.id, entry.name, entry.active))
            self.items.addItem(item)
            if chosen and chosen[0] == entry.id:
                self.items.setCurrentItem(item)
        self._current_changed()

    def _current(self) -> tuple[int, str, bool] | None:
        item = self.items.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _current_changed(self, *_args) -> None:
        current = self._current()
        for button in (self.rename_button, self.hide_button, self.remove_button):
            button.setEnabled(current is not None)
        if current is not None:
            self.name.setText(current[1])
            self.hide_button.setText(self.tr("Show in lists") if not current[2]
                                     else self.tr("Hide from lists"))

    def _run(self, op: Operation[..., object], *args: object, **kwargs: object) -> bool:
        self.error.clear_message()
        try:
            self.context.apply(op, *args, **kwargs)
        except (ValidationError, PartappError) as error:
            self.error.show_message(str(error))
            return False
        self.refresh()
        return True

    def add(self) -> None:
        if self._run(self._save, self.name.text()):
            self.name.clear()

    def rename(self) -> None:
        current, name = self._current(), self.name.text()
        if current is not None:
            self._run(self._save, name, **{self._id_key: current[0]}, active=current[2])

    def toggle_hidden(self) -> None:
        current = self._current()
        if current is not None:
            self._run(self._save, current[1], **{self._id_key: current[0]},
                      active=not current[2])

    def remove(self) -> None:
        current = self._current()
        if current is not None:
            self._run(self._delete, current[0])


class LevelsEditor(QGroupBox):
    """The five rungs of the ladder: their order is fixed, their names and explanations are not."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Involvement levels, lowest to highest"), parent)
        self.context = context
        self.dirty = DirtyTracker(self)
        self.rows: dict[str, tuple[QLineEdit, QLineEdit]] = {}
        self.grid = QGridLayout()
        self.grid.addWidget(QLabel(self.tr("Name")), 0, 0)
        self.grid.addWidget(QLabel(self.tr("What it means, in one line")), 0, 1)
        self.grid.setColumnStretch(1, 3)
        self.grid.setColumnStretch(0, 1)
        self.error = ErrorLabel(self.tr("the involvement levels"))
        self.save_button = QPushButton(self.tr("Save the level names"))
        set_name(self.save_button, self.save_button.text())
        self.save_button.clicked.connect(self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr("The order cannot change, so reports can compare "
                                           "one year with the next.")))
        layout.addLayout(self.grid)
        layout.addWidget(self.error)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout.addLayout(row)

    def refresh(self) -> None:
        with self.context.db.session_scope() as session:
            levels = lists.levels(session)
        self.dirty.pause(True)
        for number, level in enumerate(levels, start=1):
            if level.code not in self.rows:
                label, description = QLineEdit(), QLineEdit()
                set_name(label, self.tr("Name of level {n}").format(n=number))
                set_name(description, self.tr("Meaning of level {n}").format(n=number))
                self.grid.addWidget(label, number, 0)
                self.grid.addWidget(description, number, 1)
                self.rows[level.code] = (label, description)
                self.dirty.watch(label, description)
            self.rows[level.code][0].setText(level.label)
            self.rows[level.code][1].setText(level.description)
        self.dirty.pause(False)
        self.dirty.reset()

    def save(self) -> bool:
        self.error.clear_message()
        try:
            self.context.apply(lists.rename_levels, {
                code: (label.text(), description.text())
                for code, (label, description) in self.rows.items()})
        except PartappError as error:
            self.error.show_message(str(error))
            return False
        self.dirty.reset()
        return True


def group_editor(context: AppContext) -> ListEditor:
    return ListEditor(
        context, _tr("Groups people belong to"), _tr("group"),
        lambda s: lists.groups(s, include_inactive=True),
        lists.save_group, lists.delete_group, "group_id")


def service_editor(context: AppContext) -> ListEditor:
    return ListEditor(
        context, _tr("Services"), _tr("service"),
        lambda s: lists.services(s, include_inactive=True),
        lists.save_service, lists.delete_service, "service_id")
