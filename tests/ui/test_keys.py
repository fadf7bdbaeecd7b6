"""Keys that mean what they mean in other programs: Ctrl+N adds a record on the page you are on
(a new data file is Ctrl+Shift+N), Ctrl+P prints the letters or the report shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from partapp.ui.dialogs.activity_dialog import ActivityDialog
from partapp.ui.dialogs.change_dialog import ChangeDialog
from partapp.ui.dialogs.person_dialog import PersonDialog
from partapp.ui.dialogs.suggestion_dialog import SuggestionDialog

from .test_main_window import _actions


def test_ctrl_n_adds_what_the_page_lists(qtbot, window):
    actions = _actions(window)
    new = actions["New on this page\u2026"]
    assert new.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert actions["New data file\u2026"].shortcut().toString() == "Ctrl+Shift+N"
    for key, kind in (("people", PersonDialog), ("activities", ActivityDialog),
                      ("suggestions", SuggestionDialog), ("changes", ChangeDialog)):
        window.show_page(key)
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        dialog = window.pages[key].dialog
        assert isinstance(dialog, kind) and dialog.isVisible(), key
        dialog.dirty.reset()
        dialog.close()
    window.show_page("home")
    new.trigger()
    assert window.statusBar().currentMessage() == (
        "There is nothing to add on this page. Use the Record menu.")


def test_ctrl_p_says_when_there_is_nothing_to_print(window):
    print_action = _actions(window)["Print\u2026"]
    assert print_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    for key in ("letters", "reports", "home"):
        window.show_page(key)
        print_action.trigger()
        assert window.statusBar().currentMessage().startswith("There is nothing to print here")
