"""When the organisation has turned sign-in on, the desktop app asks who you are first."""

from __future__ import annotations

from partapp.services.access.auth import add_user
from partapp.services.store.database import open_database
from partapp.ui.dialogs.sign_in_dialog import SignInDialog
from partapp.ui.startup import Startup
from partapp.ui.tasks import TaskRunner

from .conftest import click, type_into


def _with_a_user(db_path) -> None:
    db = open_database(str(db_path))
    with db.session_scope() as session:
        from dataclasses import replace

        from partapp.services.records.organisation import get_details, save_details

        save_details(session, replace(get_details(session), name="Oak Tree"))
        add_user(session, username="sam", display_name="Sam Patel", role="administrator",
                 password="a long password 1")
    db.dispose()


def test_sign_in_dialog_refuses_a_wrong_password_then_signs_in(qtbot, db_path, boxes):
    _with_a_user(db_path)
    db = open_database(str(db_path))
    dialog = SignInDialog(db)
    qtbot.addWidget(dialog)
    type_into(qtbot, dialog.username, "sam")
    type_into(qtbot, dialog.password, "wrong")
    click(qtbot, dialog.sign_in_button)
    assert "not right" in dialog.errors.message("*") and dialog.password.text() == ""
    type_into(qtbot, dialog.password, "a long password 1")
    click(qtbot, dialog.sign_in_button)
    assert dialog.user.username == "sam" and db.user.display_name == "Sam Patel"
    db.dispose()


def test_startup_asks_to_sign_in_and_stops_if_cancelled(qtbot, db_path, settings, boxes,
                                                       monkeypatch):
    _with_a_user(db_path)
    monkeypatch.setattr(SignInDialog, "exec", lambda self: SignInDialog.DialogCode.Rejected)
    startup = Startup(str(db_path), settings, TaskRunner(synchronous=True))
    ended = []
    startup.ended.connect(ended.append)
    startup.begin()
    assert ended == [0] and startup.window is None


def test_startup_signs_in_then_opens_the_window(qtbot, db_path, settings, boxes, monkeypatch):
    _with_a_user(db_path)

    def fill_and_accept(dialog):
        dialog.username.setText("sam")
        dialog.password.setText("a long password 1")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SignInDialog, "exec", fill_and_accept)
    startup = Startup(str(db_path), settings, TaskRunner(synchronous=True))
    startup.begin()
    assert startup.window.isVisible()
    assert startup.context.db.user.username == "sam"
    startup.window.close()
    startup.context.db.dispose()
