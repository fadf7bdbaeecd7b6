"""Several suggestions typed in the activity form, each with who said it (or nobody named)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import SUGGESTION_KINDS
from ...services.records.recording import MeetingSuggestion, suggestion_field
from .. import translations
from .choices import combo, value
from .forms import FormErrors, add_field, new_form, set_name
from .text import heading

ID_ROLE = Qt.ItemDataRole.UserRole


class SuggestionEntry(QFrame):
    remove_requested = Signal(object)
    changed = Signal()

    def __init__(self, number: int, attendees: list[tuple[int, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.title = heading("", 3)
        layout.addWidget(self.title)
        form = new_form()
        layout.addLayout(form)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.text.fontMetrics().height() * 3 + 14)
        self.kind = combo(translations.labels(SUGGESTION_KINDS))
        self.raisers = QListWidget()
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))
        self.text_error = add_field(form, self.tr("What was &said"), self.text,
                                    help_text=self.tr("In their own words, if you can."))
        self.kind_error = add_field(form, self.tr("&Kind"), self.kind)
        self.raisers_error = add_field(
            form, self.tr("&Who said it"), self.raisers,
            help_text=self.tr("Press Space to tick the people who said it. Tick nobody if "
                              "they did not give their name."))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.text.textChanged.connect(self.changed)
        self.kind.currentIndexChanged.connect(self.changed)
        self.raisers.itemChanged.connect(self.changed)
        self.set_number(number)
        self.set_attendees(attendees)

    def set_number(self, number: int) -> None:
        self.number = number
        self.title.setText(self.tr("Suggestion {n}").format(n=number))
        self.remove_button.setText(self.tr("Remove suggestion {n}").format(n=number))
        set_name(self.remove_button, self.remove_button.text())
        set_name(self.text, self.tr("What was said, suggestion {n}").format(n=number))
        set_name(self.kind, self.tr("Kind of suggestion {n}").format(n=number))
        set_name(self.raisers, self.tr("Who said suggestion {n}").format(n=number))

    errors: FormErrors | None = None

    def forget_errors(self) -> None:
        if self.errors is not None:
            self.errors.forget("suggestions.")

    def set_attendees(self, attendees: list[tuple[int, str]]) -> None:
        ticked = set(self.raiser_ids())
        self.raisers.blockSignals(True)
        self.raisers.clear()
        for pid, label in attendees:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, pid)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if pid in ticked else Qt.CheckState.Unchecked)
            self.raisers.addItem(item)
        if not attendees:
            placeholder = QListWidgetItem(self.tr("(Add the people who came first, above.)"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.raisers.addItem(placeholder)
        rows = max(2, min(self.raisers.count(), 5))
        self.raisers.setFixedHeight(self.raisers.sizeHintForRow(0) * rows
                                    + 2 * self.raisers.frameWidth())
        self.raisers.blockSignals(False)

    def tick(self, person_id: int, ticked: bool = True) -> None:
        for i in range(self.raisers.count()):
            item = self.raisers.item(i)
            if item.data(ID_ROLE) == person_id:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def raiser_ids(self) -> tuple[int, ...]:
        return tuple(int(self.raisers.item(i).data(ID_ROLE)) for i in range(self.raisers.count())
                     if self.raisers.item(i).data(ID_ROLE) is not None
                     and self.raisers.item(i).checkState() == Qt.CheckState.Checked)

    def is_blank(self) -> bool:
        return not self.text.toPlainText().strip() and not self.raiser_ids()

    def data(self) -> MeetingSuggestion:
        return MeetingSuggestion(text=self.text.toPlainText(), kind=value(self.kind),
                                 raiser_ids=self.raiser_ids())


class MeetingSuggestionsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[SuggestionEntry] = []
        self.attendees: list[tuple[int, str]] = []
        self._list = QVBoxLayout()
        self.add_button = QPushButton(self.tr("Add &another suggestion"))
        set_name(self.add_button, self.tr("Add another suggestion"))
        self.add_button.clicked.connect(self.add_entry)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.addLayout(self._list)
        self._footer = QWidget()
        row = QHBoxLayout(self._footer)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.add_button)
        row.addStretch(1)
        self.add_entry(focus=False)

    def add_entry(self, *_args, focus: bool = True) -> SuggestionEntry:
        entry = SuggestionEntry(len(self.entries) + 1, self.attendees)
        entry.remove_requested.connect(self.remove_entry)
        entry.changed.connect(self.changed)
        self.entries.append(entry)
        self._list.addWidget(entry)
        # Keep "Add another suggestion" after the last suggestion when tabbing.
        self._footer.setParent(None)
        self._layout.addWidget(self._footer)
        if focus:
            entry.text.setFocus()
        self.changed.emit()
        return entry

    def remove_entry(self, entry: SuggestionEntry) -> None:
        self.entries.remove(entry)
        self.forget_errors()
        entry.setParent(None)
        entry.deleteLater()
        for number, other in enumerate(self.entries, start=1):
            other.set_number(number)
        if not self.entries:
            self.add_entry()
        self.changed.emit()

    errors: FormErrors | None = None

    def forget_errors(self) -> None:
        if self.errors is not None:
            self.errors.forget("suggestions.")

    def set_attendees(self, attendees: list[tuple[int, str]]) -> None:
        self.attendees = list(attendees)
        for entry in self.entries:
            entry.set_attendees(self.attendees)

    def filled_entries(self) -> list[SuggestionEntry]:
        return [e for e in self.entries if not e.is_blank()]

    def suggestions(self, errors: FormErrors | None = None) -> list[MeetingSuggestion]:
        """The suggestions typed in (blank ones left out). With ``errors``, each one's fields
        are registered under the names the recording service uses."""
        filled = self.filled_entries()
        if errors is not None:
            self.errors = errors
            errors.forget("suggestions.")
            for index, entry in enumerate(filled):
                errors.add(suggestion_field(index, "text"), entry.text, entry.text_error)
                errors.add(suggestion_field(index, "kind"), entry.kind, entry.kind_error)
                errors.add(suggestion_field(index, "raiser_ids"), entry.raisers,
                           entry.raisers_error)
        return [e.data() for e in filled]
