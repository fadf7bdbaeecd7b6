"""Shortcut letters (Alt+letter, the & in a label, button, tab or menu): in each window every
letter is used once, and every one reaches something. Two uses of one letter make Alt+letter
move between them instead of acting, which is how a typed space once saved a meeting."""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QLabel, QTabBar, QWidget

from partapp.services.records.suggestions import SuggestionData, save_suggestion

from .conftest import add_person


def _letter(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def problems(window: QWidget) -> list[str]:
    used: dict[str, list[str]] = {}
    dead = []
    menu_bar = getattr(window, "menuBar", None)
    if callable(menu_bar):
        for action in menu_bar().actions():
            if (letter := _letter(action.text())) is not None:
                used.setdefault(letter, []).append(f"menu {action.text()!r}")
    for child in window.findChildren(QWidget):
        if not child.isVisibleTo(window):
            continue
        texts = []
        if isinstance(child, QLabel) and _letter(child.text()):
            if child.buddy() is None:
                dead.append(f"label {child.text()!r} has a shortcut letter but no field")
            else:
                texts.append(child.text())
        elif isinstance(child, QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count()) if child.isTabVisible(i)]
        for text in texts:
            if (letter := _letter(text)) is not None:
                used.setdefault(letter, []).append(repr(text))
    clashes = [f"Alt+{letter.upper()}: {', '.join(names)}" for letter, names in
               sorted(used.items()) if len(names) > 1]
    return clashes + dead


def problems_on_every_tab(window: QWidget, part: QWidget) -> list[str]:
    """problems() in ``window`` with each tab of ``part`` shown in turn."""
    issues = problems(window)
    for bar in part.findChildren(QTabBar):
        for index in range(bar.count()):
            bar.setCurrentIndex(index)
            QApplication.processEvents()
            issues += [p for p in problems(window) if p not in issues]
    return issues


PAGES = ("home", "people", "activities", "suggestions", "changes", "letters", "reports",
         "settings")


def page_problems(window) -> dict[str, list[str]]:
    """Each page's problems, with each of its tabs shown in turn (and the menus)."""
    found = {}
    for key in PAGES:
        window.show_page(key)
        QApplication.processEvents()
        issues = problems_on_every_tab(window, window.pages[key])
        if issues:
            found[key] = issues
    return found


def test_each_page_uses_each_letter_once_with_the_menus(window):
    assert page_problems(window) == {}


def _dialogs(context, db):
    from partapp.ui.dialogs.activity_dialog import ActivityDialog
    from partapp.ui.dialogs.change_dialog import ChangeDialog
    from partapp.ui.dialogs.decision_dialog import DecisionDialog
    from partapp.ui.dialogs.merge_dialog import MergeDialog
    from partapp.ui.dialogs.new_person_dialog import NewPersonDialog
    from partapp.ui.dialogs.person_dialog import PersonDialog
    from partapp.ui.dialogs.suggestion_dialog import SuggestionDialog

    pid = add_person(db, "Ann", "Smith")
    with db.session_scope() as session:
        suggestion = save_suggestion(session, SuggestionData(text="A ramp",
                                                             raised_on=date(2025, 3, 1)))
    return {
        "activity": lambda: ActivityDialog(context),
        "suggestion": lambda: SuggestionDialog(context),
        "decision": lambda: DecisionDialog(context, suggestion),
        "change": lambda: ChangeDialog(context),
        "person": lambda: PersonDialog(context, pid),
        "new person": lambda: NewPersonDialog(context, "Nia Hughes"),
        "merge": lambda: MergeDialog(context, pid),
    }


def test_save_has_no_shortcut_letter_so_typing_never_saves(qtbot, context, db):
    for name, make in _dialogs(context, db).items():
        dialog = make()
        qtbot.addWidget(dialog)
        assert _letter(dialog.save_button.text()) is None, name
        assert dialog.save_button.toolTip() == "Ctrl+S"
        dialog.close()


def form_problems(qtbot, context, db) -> dict[str, list[str]]:
    """Each form's problems, with each of its tabs shown in turn."""
    found = {}
    for name, make in _dialogs(context, db).items():
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        assert _letter(dialog.save_button.text()) is None, name
        issues = problems_on_every_tab(dialog, dialog)
        if issues:
            found[name] = issues
        dialog.dirty.reset()
        dialog.close()
    return found


def test_each_form_uses_each_letter_once(qtbot, context, db):
    assert form_problems(qtbot, context, db) == {}


def test_each_menus_items_use_each_letter_once(window):
    """Inside each menu too (View: Bigger text, Smaller text, Normal text size, High contrast):
    test_language.py checks the same in Welsh."""
    found = {}
    for menu in window.menuBar().actions():
        letters = [_letter(item.text()) for item in menu.menu().actions() if item.text()]
        letters = [letter for letter in letters if letter]
        if len(letters) != len(set(letters)):
            found[menu.text()] = [item.text() for item in menu.menu().actions()]
    assert found == {}
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert "&High contrast" in [item.text() for item in view.actions()]
