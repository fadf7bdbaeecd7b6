"""Settings, backups and safety, and sign-in and users: the backup folder (a USB stick), back up
now, restore from the list, the passphrase, and the first administrator turning sign-in on."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from partapp.services.access.auth import sign_in, sign_in_required
from partapp.services.store import encryption
from partapp.services.store.backup_rotation import backup_settings
from partapp.ui.main_window import MainWindow
from partapp.ui.unlock import open_for_desktop
from partapp.ui.widgets.forms import reveal

from .conftest import add_person, click, table_texts, type_into

YES = QMessageBox.StandardButton.Yes


def _settings(window):
    window.show_page("settings")
    return window.pages["settings"]


def _people(window) -> list[str]:
    window.show_page("people")
    return table_texts(window.pages["people"].view, 0)


def test_back_up_now_into_a_usb_stick_then_restore_an_earlier_state(qtbot, window, tmp_path,
                                                                    monkeypatch, boxes):
    # GIVEN a person, and a "USB stick" chosen as the backup folder
    add_person(window.context.db, "Before", "Backup")
    stick = tmp_path / "usb-stick"
    stick.mkdir()
    safety = _settings(window).safety
    reveal(safety.choose_button)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(stick))
    click(qtbot, safety.choose_button)
    db = window.context.db
    with db.session_scope() as session:
        assert backup_settings(session, db.path).folder == stick
    assert safety.folder.text() == str(stick)
    # WHEN backing up now
    click(qtbot, safety.backup_button)
    made = list(stick.glob("test-backup-*.db"))
    assert len(made) == 1 and boxes.shown[-1][0] == "Backup made"
    listed = [safety.model.row_data(r).path for r in range(safety.model.rowCount())]
    assert made[0] in listed
    # THEN a later change is undone by restoring that backup from the list
    add_person(db, "After", "Backup")
    assert _people(window) == ["After Backup", "Before Backup"]
    safety.view.selectRow(listed.index(made[0]))
    boxes.answers.append(YES)
    click(qtbot, safety.restore_button)
    assert boxes.shown[-1][0] == "Backup restored"
    assert _people(window) == ["Before Backup"]
    kinds = [safety.model.row_data(r).kind for r in range(safety.model.rowCount())]
    assert "before-restore" in kinds  # the file it replaced was kept


def test_a_backup_folder_that_is_not_there_is_refused_plainly(qtbot, window, tmp_path,
                                                             monkeypatch):
    safety = _settings(window).safety
    reveal(safety.choose_button)
    missing = tmp_path / "stick-not-plugged-in"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(missing))
    click(qtbot, safety.choose_button)
    assert "Plug in the USB stick" in safety.folder_error.message
    with window.context.db.session_scope() as session:
        assert backup_settings(session, window.context.db.path).folder_is_default


def test_the_first_administrator_turns_sign_in_on(qtbot, window, boxes):
    users = _settings(window).users
    reveal(users.add_button)
    assert "Sign-in is off" in users.status.text()
    assert users.model.rowCount() == 0
    type_into(qtbot, users.display_name, "Sam Patel")
    type_into(qtbot, users.username, "sam")
    type_into(qtbot, users.password, "a long password 1")
    type_into(qtbot, users.confirm, "a long password 1")
    click(qtbot, users.add_button)
    with window.context.db.session_scope() as session:
        assert sign_in_required(session)
    assert window.context.db.user.username == "sam"
    assert "signed in as Sam Patel" in window.db_label.text()
    assert "Sign-in is on" in users.status.text()
    assert table_texts(users.view, 1) == ["sam"]
    # A second user, then a change of role, saved at once
    type_into(qtbot, users.display_name, "Vic Lee")
    type_into(qtbot, users.username, "vic")
    users.new_role.setCurrentIndex(users.new_role.findData("volunteer"))
    type_into(qtbot, users.password, "another password")
    type_into(qtbot, users.confirm, "another passwort")
    click(qtbot, users.add_button)
    assert "not the same" in users.add_errors.message("confirm")
    users.confirm.setText("another password")
    click(qtbot, users.add_button)
    assert table_texts(users.view, 2) == ["Administrator", "Volunteer"]
    users.view.selectRow(1)
    users.role.setCurrentIndex(users.role.findData("coordinator"))
    click(qtbot, users.role_button)
    assert table_texts(users.view, 2) == ["Administrator", "Coordinator"]
    # A new password, typed twice, for the chosen user
    click(qtbot, users.password_button)
    dialog = users.dialog
    type_into(qtbot, dialog.password, "a fresh password")
    type_into(qtbot, dialog.confirm, "a fresh password")
    click(qtbot, dialog.save_button)
    assert boxes.shown[-1] == ("Password set", ("The new password is set. Please tell Vic Lee "
                                                "what it is."))
    with window.context.db.session_scope() as session:
        assert sign_in(session, username="vic", password="a fresh password").ok
    window.context.db.set_user(None)


def test_someone_who_is_not_an_administrator_sees_what_they_may_not_change(qtbot, context,
                                                                           volunteer_signed_in):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    page = _settings(window)
    assert not page.users.not_admin.isHidden() and page.users.admin_part.isHidden()
    safety = page.safety
    assert not safety.not_admin.isHidden()
    assert not safety.choose_button.isEnabled() and not safety.restore_button.isEnabled()
    assert safety.backup_button.isEnabled()  # anyone may make a backup
    assert not window.restore_action.isEnabled()


@pytest.mark.skipif(not encryption.available(), reason="sqlcipher3 is not installed")
def test_a_passphrase_turned_on_from_settings(qtbot, window, db_path, boxes, monkeypatch):
    add_person(window.context.db, "Secret", "Keeper")
    safety = _settings(window).safety
    reveal(safety.protect_button)
    assert safety.protect_button.isVisible() and not safety.remove_button.isVisible()
    assert "cannot be recovered" in safety.warning.text()
    type_into(qtbot, safety.new1, "too short")
    type_into(qtbot, safety.new2, "too short")
    click(qtbot, safety.protect_button)
    assert "at least 10 characters" in safety.enc_errors.message("passphrase")
    safety.new1.setText("correct horse battery")
    safety.new2.setText("correct horse battery")
    boxes.answers.append(YES)
    click(qtbot, safety.protect_button)
    assert "cannot be recovered" in boxes.shown[-2][1]  # asked first, plainly
    assert boxes.shown[-1][0] == "Passphrase" and "protected" in boxes.shown[-1][1]
    assert window.context.db.encrypted and safety.new1.text() == ""
    assert safety.remove_button.isVisible() and not safety.protect_button.isVisible()
    with pytest.raises(sqlite3.DatabaseError):
        sqlite3.connect(db_path).execute("SELECT count(*) FROM sqlite_master").fetchone()
    assert _people(window) == ["Secret Keeper"]  # the app opened it again with the passphrase
    # WHEN the passphrase is changed, opening the file afresh asks for the new one
    safety.current.setText("correct horse battery")
    safety.new1.setText("a brand new passphrase")
    safety.new2.setText("a brand new passphrase")
    click(qtbot, safety.change_button)
    assert window.context.db.passphrase == "a brand new passphrase"
    monkeypatch.setattr(QInputDialog, "getText",
                        lambda *a, **k: ("a brand new passphrase", True))
    again = open_for_desktop(str(db_path))
    try:
        from partapp.services.records.people import search_people

        with again.session_scope() as session:
            assert [p.display_name for p in search_people(session)] == ["Secret Keeper"]
    finally:
        again.dispose()
    # AND removing it needs the passphrase typed, then plain sqlite3 reads the file again
    safety.current.setText("not the passphrase")
    click(qtbot, safety.remove_button)
    assert "does not open" in safety.enc_errors.message("current")
    safety.current.setText("a brand new passphrase")
    boxes.answers.append(YES)
    click(qtbot, safety.remove_button)
    assert not window.context.db.encrypted
    count = sqlite3.connect(db_path).execute("SELECT count(*) FROM person").fetchone()[0]
    assert count == 1 and _people(window) == ["Secret Keeper"]


def test_automatic_backups_on_opening_and_on_closing(qtbot, db_path, tmp_path, settings, boxes):
    from dataclasses import replace

    from partapp.services.records.organisation import get_details, save_details
    from partapp.services.store.backup_rotation import set_backup_folder
    from partapp.services.store.database import open_database
    from partapp.ui.startup import Startup
    from partapp.ui.tasks import TaskRunner

    stick = tmp_path / "stick"
    stick.mkdir()
    db = open_database(str(db_path))
    with db.session_scope() as session:
        save_details(session, replace(get_details(session), name="Oak Tree"))
        set_backup_folder(session, stick)
    db.dispose()
    startup = Startup(str(db_path), settings, TaskRunner(synchronous=True))
    startup.begin()
    assert len(list(stick.glob("test-auto-*.db"))) == 1  # made on opening
    for file in stick.iterdir():  # the USB stick is taken out (and its folder cannot be made)
        file.unlink()
    stick.rmdir()
    stick.write_text("not a folder")
    startup.window.close()
    assert not startup.window.isVisible()
    title, text = boxes.shown[-1]
    assert title == "About the backup" and "cannot be reached" in text
    assert list((db_path.parent / "backups").glob("test-auto-*.db"))  # made on closing
    startup.context.db.dispose()
