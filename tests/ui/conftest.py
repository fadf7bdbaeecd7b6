"""UI test helpers: a real data file, real widgets, a synchronous task runner, and message boxes
that answer themselves (so nothing blocks) while remembering what they said."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QMessageBox, QRadioButton

from partapp.services.records import people, suggestions
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import SuggestionData
from partapp.ui import errors, translations
from partapp.ui.context import AppContext
from partapp.ui.main_window import MainWindow
from partapp.ui.settings import AppSettings
from partapp.ui.tasks import TaskRunner


@dataclass
class Boxes:
    """Every message box shown, and the answers to give (default: the box's first choice)."""

    shown: list[tuple[str, str]] = field(default_factory=list)
    answers: list[QMessageBox.StandardButton] = field(default_factory=list)

    def texts(self) -> str:
        return "\n".join(f"{title}: {text}" for title, text in self.shown)


@pytest.fixture(autouse=True, scope="session")
def english(qapp):
    """The English plural forms ("1 person", "2 people"), as the app loads them at start."""
    translations.install("en", qapp)


@pytest.fixture(autouse=True, scope="session")
def plain_english_ready():
    """The plain English check's word lists loaded, as the app does soon after it starts
    (tests/ui/test_plain_english_wait.py checks the moment before)."""
    from partapp.services.feedback.plain_english import warm_up

    warm_up()


@pytest.fixture
def boxes(monkeypatch) -> Boxes:
    record = Boxes()

    def fake_exec(box: QMessageBox) -> int:
        record.shown.append((box.windowTitle(), box.text()))
        if record.answers:
            return int(record.answers.pop(0).value)
        buttons = box.standardButtons()
        for preferred in (QMessageBox.StandardButton.Ok, QMessageBox.StandardButton.Cancel):
            if buttons & preferred:
                return int(preferred.value)
        return int(QMessageBox.StandardButton.Cancel.value)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return record


@pytest.fixture
def settings(tmp_path) -> AppSettings:
    return AppSettings.for_file(str(tmp_path / "settings.ini"))


@pytest.fixture
def context(qapp, db, settings, boxes) -> AppContext:
    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    ctx = AppContext(db, settings, tasks)
    yield ctx


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    for dialog in QApplication.topLevelWidgets():
        if dialog is not win and dialog.isVisible() and hasattr(dialog, "dirty"):
            dialog.dirty.reset()
            dialog.close()
    win.pages["settings"].dirty.reset()
    win.pages["settings"].levels.dirty.reset()


def add_person(db, first: str, last: str = "Jones", **extra) -> int:
    with db.session_scope() as session:
        return people.save_person(session, PersonData(first_name=first, last_name=last,
                                                      **extra)).id


def add_suggestion(db, text: str, *, days_ago: int = 3, raisers=(), **extra) -> int:
    with db.session_scope() as session:
        return suggestions.save_suggestion(session, SuggestionData(
            text=text, raised_on=date.today() - timedelta(days=days_ago),
            raiser_ids=tuple(raisers), **extra)).id


def click(qtbot, button) -> None:
    """Click a button with the mouse (check boxes and radio buttons on their box)."""
    assert button.isEnabled(), f"{button.text()} is not enabled"
    if isinstance(button, (QCheckBox, QRadioButton)):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                         pos=QPoint(button.fontMetrics().height() // 2 + 2, button.height() // 2))
    else:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def type_into(qtbot, widget, text: str) -> None:
    """Type ASCII text with real key presses (QTest aborts on non-ASCII: use setText for that)."""
    assert text.isascii()
    widget.setFocus()
    qtbot.keyClicks(widget, text)


def table_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(row, column).data() for row in range(model.rowCount())]


@pytest.fixture
def volunteer_signed_in(context):
    """Sign-in turned on (an administrator exists) and a volunteer signed in; signed out after."""
    from partapp.services.access.auth import add_user, sign_in

    db = context.db
    with db.session_scope() as session:
        add_user(session, username="sam", display_name="Sam Patel", role="administrator",
                 password="a long password 1")
        session.info["user"] = sign_in(session, username="sam",
                                       password="a long password 1").user
        add_user(session, username="vic", display_name="Vic Lee", role="volunteer",
                 password="another password")
    with db.session_scope() as session:
        db.set_user(sign_in(session, username="vic", password="another password").user)
    yield db
    db.set_user(None)
