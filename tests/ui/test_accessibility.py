"""Keyboard and screen-reader basics: names on every control, a sensible tab order, system
fonts and colours only."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCalendarWidget,
    QComboBox,
    QLabel,
    QWidget,
)

from partapp.ui.dialogs.about_dialog import WhereIsMyDataDialog
from partapp.ui.dialogs.welcome_dialog import WelcomeDialog
from partapp.ui.main_window import MainWindow

from .conftest import add_person, add_suggestion

UI = Path(__file__).resolve().parents[2] / "partapp" / "ui"


def _is_inner_part(widget: QWidget) -> bool:
    """Pieces Qt builds inside a control (the line edit in a spin box...): named by their owner."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QAbstractSpinBox, QComboBox, QCalendarWidget)):
            return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(top: QWidget) -> list[str]:
    missing = []
    for widget in top.findChildren(QWidget):
        if isinstance(widget, QLabel) or _is_inner_part(widget):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if not widget.accessibleName().strip():
            missing.append(f"{type(widget).__name__} {getattr(widget, 'text', lambda: '')()!r}")
    return missing


def _open_every_dialog(window, db):
    sid = add_suggestion(db, "Brighter lights", raisers=[add_person(db, "Ann")])
    dialogs = []
    for action in ("record_activity", "record_suggestion", "add_person"):
        window.run_action(action)
        page = window.current_page
        dialogs.append(page.dialog)
    window.show_page("suggestions")
    detail = window.pages["suggestions"].detail
    window.pages["suggestions"].select_suggestion(sid)
    for open_it in (detail.decide, detail.create_change, detail.link_change):
        open_it()
        dialogs.append(detail.dialog)
    picker = dialogs[0].attendees
    picker._add_new_person("Bo Diddley")
    dialogs.append(picker.new_person_dialog)
    dialogs.append(WhereIsMyDataDialog(window.context, window))
    dialogs.append(WelcomeDialog("/tmp/x.db", window.context.settings, window))
    return dialogs


def test_every_control_has_a_name(qtbot, window, db):
    assert unnamed_controls(window) == []
    for dialog in _open_every_dialog(window, db):
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        dialog.dirty.reset() if hasattr(dialog, "dirty") else None
        dialog.close()


def _tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    chain, widget = [start], start.nextInFocusChain()
    while widget is not start and len(chain) < limit:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isEnabled() \
                and widget.isVisibleTo(start.window()) and widget.focusProxy() is None:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_the_activity_form_tabs_in_reading_order(qtbot, window):
    window.run_action("record_activity")
    d = window.pages["activities"].dialog
    entry = d.suggestions.entries[0]
    expected = [d.held_on.edit, d.held_on.button, d.title, d.activity_type, d.service, d.level,
                d.facilitator, d.hours, d.expenses, d.attendees.picker.search, d.anonymous,
                d.support["interpreter"], d.support["other"], entry.text, entry.kind,
                entry.raisers, entry.remove_button, d.suggestions.add_button, d.save_button]
    chain = _tab_chain(d.held_on.edit)
    positions = [chain.index(w) for w in expected]
    assert positions == sorted(positions)
    d.dirty.reset()


def test_the_main_window_tabs_from_sections_into_the_page(qtbot, window):
    window.show_page("people")
    page = window.pages["people"]
    chain = _tab_chain(window.nav)
    order = [window.nav, page.search, page.group, page.owed_only, page.add_button, page.view]
    positions = [chain.index(w) for w in order if w in chain]
    assert positions == sorted(positions) and len(positions) == len(order)


@pytest.mark.parametrize("pattern", [r"setStyleSheet", r"QColor\(", r"Qt\.GlobalColor",
                                     r"#[0-9a-fA-F]{6}\b", r"font-size", r"setPointSize\(\s*\d",
                                     r"setPixelSize\(\s*\d", r"setFixedWidth\(\s*\d"])
def test_no_hard_coded_colours_or_sizes(pattern):
    offenders = [f"{path.name}:{n}" for path in UI.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if re.search(pattern, line) and not _allowed(path, pattern)]
    assert offenders == []


COLOURS_ALLOWED_IN = UI / "contrast.py"
"""View, High contrast's palette: the one place colours are named. A high-contrast palette cannot
come from the computer's colours (they are what is not clear enough), so it names black, white
and a few strong colours, each pair measured at 7:1 or more in test_contrast.py. Only as QColor
values in a QPalette: no style sheets, and no colours anywhere else."""


def _allowed(path: Path, pattern: str) -> bool:
    return path == COLOURS_ALLOWED_IN and pattern == r"QColor\("


def test_the_window_follows_a_larger_system_font(qtbot, context):
    app = QApplication.instance()
    before = app.font()
    big = QFont(before)
    big.setPointSizeF(before.pointSizeF() * 2)
    app.setFont(big)
    try:
        win = MainWindow(context)
        qtbot.addWidget(win)
        view = win.pages["suggestions"].view
        assert view.verticalHeader().defaultSectionSize() > view.fontMetrics().height()
        assert win.nav.width() > win.nav.fontMetrics().horizontalAdvance("Suggestions")
        heading = win.pages["home"].greeting
        assert heading.font().pointSizeF() > big.pointSizeF()
    finally:
        app.setFont(before)
