"""A page with a list whose rows open in a dialog (People, Activities, Changes)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableView

from ..widgets.table import current_id, select_id
from .base import Page

SEARCH_DELAY_MS = 250  # filter this long after the last key, not on every key


class ListPage(Page):
    """Subclasses have ``self.view`` (the list) and say which dialog edits a row."""

    view: QTableView  # each page makes its own list
    dialog: Any = None  # the form open now (a FormDialog with a ``saved`` signal)

    def add_button_row(self, *buttons: QPushButton) -> None:
        """The row under the filters: the page's buttons, then "N things" on the right."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        self.count_label = QLabel()
        row.addWidget(self.count_label)
        self.layout_.addLayout(row)

    def filter_while_typing(self, search: QLineEdit) -> None:
        """Filter a moment after typing stops, not on every key."""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        search.textChanged.connect(self._timer.start)

    def apply_filter(self) -> None:
        """Ask the list again with the filters as they are now."""

    def make_dialog(self, item_id: int | None) -> Any:
        """The dialog that adds (``item_id`` None) or edits one row; it has a ``saved`` signal."""
        raise NotImplementedError

    def add_new(self) -> None:
        self._open_dialog(None)

    def add_on_page(self) -> bool:
        self.add_new()
        return True

    def open_current(self, *_args) -> None:
        item_id = current_id(self.view)
        if item_id is not None:
            self._open_dialog(item_id)

    def _open_dialog(self, item_id: int | None) -> None:
        self.dialog = self.make_dialog(item_id)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()

    def _saved(self, item_id: int) -> None:
        select_id(self.view, item_id)
