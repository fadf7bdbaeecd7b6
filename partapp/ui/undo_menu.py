"""The Edit menu: Undo (Ctrl+Z) and Redo (Ctrl+Y) of the saves made since the file was opened.

Each menu item says what it would take back or do again ("Undo adding Siân Jones"). A text
box that has the keyboard keeps Ctrl+Z for its own typing, as everywhere else.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenuBar

from ..services.errors import PartappError
from ..services.records.undo import Entry
from . import messages
from .context import AppContext
from .widgets.forms import set_name


class UndoActions(QObject):
    def __init__(self, context: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.undo_action = QAction(self.tr("&Undo"), window)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(self.tr("&Redo"), window)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.redo_action.triggered.connect(self.redo)
        context.history.changed.connect(self.update)
        self.update()

    def add_menu(self, bar: QMenuBar) -> None:
        # No shortcut letter: every letter of "Edit" (and of "Golygu") is taken on some page,
        # and Ctrl+Z and Ctrl+Y reach both items anyway.
        menu = bar.addMenu(self.tr("Edit"))
        set_name(menu, self.tr("Edit"))
        menu.addAction(self.undo_action)
        menu.addAction(self.redo_action)

    def describe(self, entry: Entry) -> str:
        """What a step did, in a few words: "adding Siân Jones"."""
        name = entry.name
        phrases = {
            ("added", "person"): self.tr("adding {name}"),
            ("changed", "person"): self.tr("the changes to {name}"),
            ("added", "activity"): self.tr("recording \u201c{name}\u201d"),
            ("changed", "activity"): self.tr("the changes to \u201c{name}\u201d"),
            ("added", "suggestion"): self.tr("adding the suggestion \u201c{name}\u201d"),
            ("changed", "suggestion"): self.tr("the changes to the suggestion \u201c{name}\u201d"),
            ("decided", "suggestion"): self.tr("the decision on \u201c{name}\u201d"),
            ("added", "change"): self.tr("adding the change \u201c{name}\u201d"),
            ("changed", "change"): self.tr("the changes to the change \u201c{name}\u201d"),
            ("removed", "person"): self.tr("removing {name}"),
            ("removed", "activity"): self.tr("removing \u201c{name}\u201d"),
            ("removed", "suggestion"): self.tr("removing the suggestion \u201c{name}\u201d"),
            ("removed", "change"): self.tr("removing the change \u201c{name}\u201d"),
        }
        return phrases.get((entry.action, entry.kind), self.tr("the last save")).format(
            name=name)

    def update(self) -> None:
        history = self.context.history
        for action, entries, plain, with_what, nothing in (
                (self.undo_action, history.undo_list, self.tr("&Undo"), self.tr("&Undo {what}"),
                 self.tr("Nothing to undo yet")),
                (self.redo_action, history.redo_list, self.tr("&Redo"), self.tr("&Redo {what}"),
                 self.tr("Nothing to redo"))):
            if entries:
                what = self.describe(entries[-1])
                action.setText(with_what.format(what=what.replace("&", "&&")))
                action.setStatusTip(with_what.replace("&", "").format(what=what))
            else:
                action.setText(plain)
                action.setStatusTip(nothing)
            action.setEnabled(bool(entries))

    def undo(self) -> None:
        self._run(self.context.history.undo, self.tr("Undone: {what}."),
                  self.tr("This cannot be undone"))

    def redo(self) -> None:
        self._run(self.context.history.redo, self.tr("Done again: {what}."),
                  self.tr("This cannot be done again"))

    def _run(self, move, done: str, refused: str) -> None:
        try:
            entry = move()
        except PartappError as error:
            messages.warn(self.window, refused, str(error))
            return
        if entry is not None:
            self.window.statusBar().showMessage(done.format(what=self.describe(entry)), 8000)
