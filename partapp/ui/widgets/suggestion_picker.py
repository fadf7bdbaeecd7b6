"""Choosing the suggestions a change answers: search their words, pick, see the chosen list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.browse.browse_suggestions import SuggestionFilter, suggestion_ids, suggestion_rows
from ..context import AppContext
from ..formatting import first_line, format_date
from .forms import set_name

ID_ROLE = Qt.ItemDataRole.UserRole
MAX_RESULTS = 8


def suggestion_label(raised_on, text: str, raised_by: str = "") -> str:
    who = f" \u2014 {raised_by}" if raised_by else ""
    return f"{format_date(raised_on)}: {first_line(text, 70)}{who}"


class SuggestionsChooser(QWidget):
    changed = Signal()

    def __init__(self, context: AppContext, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type words from the suggestion"))
        set_name(self.search, self.tr("Search for suggestions to add"),
                 self.tr("Press Down to go to the matches, Enter to add one."))
        self.results = QListWidget()
        set_name(self.results, self.tr("Matching suggestions"))
        self.results.hide()
        self.chosen = QListWidget()
        for box in (self.results, self.chosen):
            box.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            box.setTextElideMode(Qt.TextElideMode.ElideRight)
        set_name(self.chosen, name, self.tr("Press Delete to remove the highlighted one."))
        self.remove_button = QPushButton(self.tr("Remove from list"))
        set_name(self.remove_button, self.tr("Remove the highlighted suggestion"))
        self.remove_button.clicked.connect(self.remove_current)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.refresh)
        self.search.textEdited.connect(self._timer.start)
        self.search.returnPressed.connect(self.choose_first)
        self.results.itemActivated.connect(self._choose)
        self.search.installEventFilter(self)
        self.chosen.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.chosen)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.setFocusProxy(self.search)
        self._sizes()

    def ids(self) -> tuple[int, ...]:
        return tuple(int(self.chosen.item(i).data(ID_ROLE)) for i in range(self.chosen.count()))

    def set_suggestions(self, ids: tuple[int, ...]) -> None:
        self.chosen.clear()
        with self.context.db.session_scope() as session:
            rows = suggestion_rows(session, ids)
        for sid in ids:
            if sid in rows:
                r = rows[sid]
                self._append(sid, suggestion_label(r.raised_on, r.text, r.raised_by))
        self._sizes()

    def refresh(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        self.results.clear()
        if not text:
            self.results.hide()
            return
        with self.context.db.session_scope() as session:
            ids = suggestion_ids(session, SuggestionFilter(text=text),
                                 limit=MAX_RESULTS + len(self.ids()))
            rows = suggestion_rows(session, ids)
        for sid in [i for i in ids if i not in self.ids()][:MAX_RESULTS]:
            r = rows[sid]
            item = QListWidgetItem(suggestion_label(r.raised_on, r.text, r.raised_by))
            item.setData(ID_ROLE, sid)
            item.setToolTip(r.text)
            self.results.addItem(item)
        if not self.results.count():
            self.results.addItem(self.tr("No suggestion has those words."))
        self.results.setCurrentRow(0)
        self.results.show()
        self._sizes()

    def choose_first(self) -> None:
        if self._timer.isActive() or not self.results.isVisible():
            self.refresh()
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)

    def _choose(self, item: QListWidgetItem) -> None:
        sid = item.data(ID_ROLE)
        if sid is None:
            return
        self._append(int(sid), item.text())
        self.search.clear()
        self.results.clear()
        self.results.hide()
        self.search.setFocus()
        self._sizes()
        self.changed.emit()

    def remove_current(self) -> None:
        row = self.chosen.currentRow()
        if row >= 0:
            self.chosen.takeItem(row)
            self._sizes()
            self.changed.emit()

    def _append(self, sid: int, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, sid)
        self.chosen.addItem(item)

    def _sizes(self) -> None:
        line = self.fontMetrics().height() + 6
        self.results.setFixedHeight(line * min(max(self.results.count(), 1), MAX_RESULTS) + 4)
        self.chosen.setFixedHeight(line * max(2, min(self.chosen.count(), 6)) + 4)
        self.remove_button.setEnabled(self.chosen.count() > 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search and event.key() == Qt.Key.Key_Down \
                    and self.results.isVisible():
                self.results.setFocus()
                return True
            if watched is self.chosen and event.key() in (Qt.Key.Key_Delete,
                                                          Qt.Key.Key_Backspace):
                self.remove_current()
                return True
        return super().eventFilter(watched, event)
