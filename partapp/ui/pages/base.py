"""What every page in the main window can do. Pages refresh when data changes (or, if hidden,
the next time they are shown)."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...services.changed import Changed
from ..context import AppContext
from ..widgets.text import heading, paragraph


class Page(QWidget):
    key = ""
    title = ""
    watches: tuple[Changed, ...] = (Changed.ALL,)  # which saved changes make this page refresh

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.title_text())
        self._stale = True
        context.data_changed.connect(self._on_data_changed)
        self.layout_ = QVBoxLayout(self)

    def title_text(self) -> str:
        return self.tr(self.title)

    def add_header(self, intro: str = "") -> None:
        self.layout_.addWidget(heading(self.title_text(), 1))
        if intro:
            self.layout_.addWidget(paragraph(intro))

    # Overridden by pages ------------------------------------------------------------------
    def refresh(self) -> None:
        """Read what the page shows from the database again."""

    def has_unsaved_changes(self) -> bool:
        return False

    def save_changes(self) -> bool:
        """Save pending edits; False if they could not be saved (errors are shown)."""
        return True

    def discard_changes(self) -> None:
        """Throw pending edits away."""

    def focus_search(self) -> None:
        self.focusNextChild()

    def open_with(self, **filters: Any) -> None:
        """Show the page filtered (used by the Home page's links)."""

    def add_on_page(self) -> bool:
        """Ctrl+N: add a new record of the kind this page lists; False if it lists none."""
        return False

    def print_page(self) -> bool:
        """Ctrl+P: print what the page shows (letters, the report); False if nothing can be."""
        return False

    # Refreshing --------------------------------------------------------------------------
    def _on_data_changed(self, what: frozenset[Changed]) -> None:
        if Changed.ALL not in what and Changed.ALL not in self.watches \
                and not what.intersection(self.watches):
            return
        if self.isVisible():
            self.refresh()
            self._stale = False
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)
