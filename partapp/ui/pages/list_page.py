"""A page with a list whose rows open in a dialog (People, Activities, Changes)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from ..widgets.table import current_id, select_id
from .base import Page


class ListPage(Page):
    """Subclasses have ``self.view`` (the list) and say which dialog edits a row."""

    def make_dialog(self, item_id: int | None) -> QDialog:
        """The dialog that adds (``item_id`` None) or edits one row; it has a ``saved`` signal."""
        raise NotImplementedError

    def add_new(self) -> None:
        self._open_dialog(None)

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
