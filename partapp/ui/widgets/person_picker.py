"""Choosing people by typing part of a name: search as you type, with "add a new person".

``PeopleChooser`` is the picker plus the list of people chosen so far (with Remove).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.feedback.communication_needs import NeedPart, people_needs
from ...services.records.people import search_people
from ..context import AppContext
from ..formatting import person_label
from .forms import set_name
from .needs import needs_text

ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1  # the chosen list: name and ref, without the needs
NEW_PERSON = -1
SEARCH_DELAY_MS = 200
MAX_RESULTS = 8


class PersonPicker(QWidget):
    """A search box; matching people appear under it. Enter takes the first (or the highlighted)."""

    person_chosen = Signal(int, str)
    new_person_requested = Signal(str)

    def __init__(self, context: AppContext, name: str, *, allow_new: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.allow_new = allow_new
        self.excluded: set[int] = set()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type part of a name, reference or town"))
        set_name(self.search, name, self.tr("Type to search. Press Down to go to the matches, "
                                            "Enter to choose."))
        self.results = QListWidget()
        set_name(self.results, self.tr("Matching people"))
        self.results_label = QLabel(self.tr("Matches (press Enter to add the highlighted one):"))
        self.results_label.setBuddy(self.results)
        self._show_results(False)
        self.results.itemActivated.connect(self._choose_item)
        self.results.installEventFilter(self)
        self.search.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(self._timer.start)
        self.search.returnPressed.connect(self.choose_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results_label)
        layout.addWidget(self.results)
        self.setFocusProxy(self.search)

    def refresh(self) -> None:
        """Look up the people matching the search text now."""
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self._show_results(False)
            return
        with self.context.db.session_scope() as session:
            found = search_people(session, text, limit=MAX_RESULTS + len(self.excluded))
        for person in [p for p in found if p.id not in self.excluded][:MAX_RESULTS]:
            item = QListWidgetItem(person_label(person.display_name, person.ref, person.town))
            item.setData(ID_ROLE, person.id)
            self.results.addItem(item)
        if self.allow_new:
            item = QListWidgetItem(self.tr("Add \u201c{text}\u201d as a new person\u2026")
                                   .format(text=text))
            item.setData(ID_ROLE, NEW_PERSON)
            self.results.addItem(item)
        if not self.results.count():
            self.results.addItem(QListWidgetItem(self.tr("Nobody matches \u201c{text}\u201d.")
                                                 .format(text=text)))
        self.results.setCurrentRow(0)
        rows = min(self.results.count(), MAX_RESULTS + 1)
        self.results.setFixedHeight(self.results.sizeHintForRow(0) * rows
                                    + 2 * self.results.frameWidth())
        self._show_results(True)

    def _show_results(self, shown: bool) -> None:
        self.results.setVisible(shown)
        self.results_label.setVisible(shown)

    def choose_first(self) -> None:
        if self._timer.isActive() or not self.results.isVisible():
            self.refresh()
        item = self.results.currentItem() or self.results.item(0)
        if item is not None:
            self._choose_item(item)

    def _choose_item(self, item: QListWidgetItem) -> None:
        pid, label = item.data(ID_ROLE), item.text()
        if pid is None:
            return
        text = self.search.text().strip()
        self.search.clear()
        self.results.clear()
        self._show_results(False)
        self.search.setFocus()
        if pid == NEW_PERSON:
            self.new_person_requested.emit(text)
        else:
            self.person_chosen.emit(int(pid), label)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search and event.key() == Qt.Key.Key_Down and self.results.count():
                self.results.setFocus()
                self.results.setCurrentRow(0)
                return True
            if watched is self.results and event.key() == Qt.Key.Key_Escape:
                self.search.setFocus()
                return True
            if watched is self.results and event.key() == Qt.Key.Key_Up \
                    and self.results.currentRow() == 0:
                self.search.setFocus()
                return True
        return super().eventFilter(watched, event)


class PeopleChooser(QWidget):
    """Pick several people: the picker, then the chosen list with a Remove button."""

    changed = Signal()

    def __init__(self, context: AppContext, name: str, *, allow_new: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.picker = PersonPicker(context, self.tr("Search for {name}").format(name=name.lower()),
                                   allow_new=allow_new)
        self.picker.person_chosen.connect(self.add_person)
        self.picker.new_person_requested.connect(self._add_new_person)
        self.chosen = QListWidget()
        set_name(self.chosen, self.tr("{name} chosen").format(name=name),
                 self.tr("Press Delete to remove the highlighted person."))
        self.chosen.installEventFilter(self)
        self.remove_button = QPushButton(self.tr("Remove from list"))
        set_name(self.remove_button, self.tr("Remove the highlighted person from {name}")
                 .format(name=name.lower()))
        self.remove_button.clicked.connect(self.remove_current)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        self.chosen_label = QLabel(self.tr("Chosen so far:"))
        self.chosen_label.setBuddy(self.chosen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addWidget(self.chosen_label)
        layout.addWidget(self.chosen)
        layout.addLayout(buttons)
        self.setFocusProxy(self.picker)
        self._update_buttons()

    def ids(self) -> tuple[int, ...]:
        return tuple(int(self.chosen.item(i).data(ID_ROLE)) for i in range(self.chosen.count()))

    def people(self) -> list[tuple[int, str]]:
        return [(int(self.chosen.item(i).data(ID_ROLE)),
                 str(self.chosen.item(i).data(LABEL_ROLE))) for i in range(self.chosen.count())]

    def set_people(self, people: list[tuple[int, str]]) -> None:
        self.chosen.clear()
        needs = self._needs([pid for pid, _label in people])
        for pid, label in people:
            self._append(pid, label, needs.get(pid, ()))
        self._sync()

    def add_person(self, pid: int, label: str) -> None:
        if pid in self.ids():
            return
        self._append(pid, label, self._needs([pid]).get(pid, ()))
        self._sync()
        self.changed.emit()

    def _needs(self, ids: list[int]) -> dict[int, tuple[NeedPart, ...]]:
        with self.context.db.session_scope() as session:
            return people_needs(session, ids)

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row < 0:
            return
        self.chosen.takeItem(row)
        self._sync()
        self.changed.emit()
        if self.chosen.count():
            self.chosen.setCurrentRow(min(row, self.chosen.count() - 1))
        else:
            self.picker.setFocus()

    def _append(self, pid: int, label: str, needs: Sequence[NeedPart] = ()) -> None:
        flag = needs_text(needs)  # their communication needs, where staff will see them
        item = QListWidgetItem(f"{label} \u2014 {flag}" if flag else label)
        item.setData(ID_ROLE, pid)
        item.setData(LABEL_ROLE, label)
        self.chosen.addItem(item)

    def _sync(self) -> None:
        self.picker.excluded = set(self.ids())
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.chosen.count() > 0)
        rows = max(2, min(self.chosen.count(), 6))
        height = self.chosen.sizeHintForRow(0) if self.chosen.count() else \
            self.chosen.fontMetrics().height() + 4
        self.chosen.setFixedHeight(height * rows + 2 * self.chosen.frameWidth())

    def _add_new_person(self, text: str) -> None:
        from ..dialogs.new_person_dialog import NewPersonDialog

        dialog = NewPersonDialog(self.context, text, self.window())
        dialog.saved.connect(self.add_person)
        dialog.open()
        self.new_person_dialog = dialog

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.chosen and event.type() == QEvent.Type.KeyPress \
                and isinstance(event, QKeyEvent) and event.key() in (Qt.Key.Key_Delete,
                                                                     Qt.Key.Key_Backspace):
            self.remove_current()
            return True
        return super().eventFilter(watched, event)
