"""The main window: sections, menus and shortcuts, the status bar, remembered size and page,
and the File menu's data file actions (file choosers patched so nothing blocks)."""

from __future__ import annotations

import csv

from PySide6.QtWidgets import QFileDialog
from sqlalchemy import func, select

from partapp.models import Person
from partapp.services.records.organisation import get_details
from partapp.services.store.database import open_database
from partapp.ui.main_window import MainWindow

from .conftest import add_person, click, table_texts, type_into


def _actions(window) -> dict[str, object]:
    found = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text():
                found[action.text().replace("&", "")] = action
    return found


def test_menus_and_shortcuts(qtbot, window):
    actions = _actions(window)
    for text in ("New data file\u2026", "Open data file\u2026", "Back up now\u2026",
                 "Restore from a backup\u2026", "Import from a spreadsheet\u2026",
                 "Export empty import templates\u2026", "Quit", "Where is my data?",
                 "About Participation Tracker"):
        assert text in actions, text
    assert actions["Open data file\u2026"].shortcut().toString() == "Ctrl+O"
    assert actions["Suggestions"].shortcut().toString() == "Ctrl+4"
    actions["Suggestions"].trigger()
    assert window.current_page.key == "suggestions"
    actions["Search this page"].trigger()
    assert window.focusWidget() is window.pages["suggestions"].filters.search
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Home", "People", "Activities", "Suggestions", "Changes", "Letters", "Reports",
        "Settings"]


def test_status_bar_names_the_data_file(window, db_path):
    assert window.db_label.text() == f"Data file: {db_path}"
    assert window.windowTitle() == f"{db_path.name} \u2014 Participation Tracker"  # name only


def test_size_and_last_page_are_remembered(qtbot, context):
    first = MainWindow(context)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.minimumSizeHint().width(), 500)
    first.show_page("changes")
    first.close()
    second = MainWindow(context)
    qtbot.addWidget(second)
    second.show()
    assert second.current_page.key == "changes"
    assert second.height() == 500 and second.width() == first.width()


def test_backup_then_restore(qtbot, window, db, tmp_path, monkeypatch, boxes):
    backup = tmp_path / "my-backup.db"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    _actions(window)["Back up now\u2026"].trigger()
    assert backup.exists() and boxes.shown[-1][0] == "Backup made"
    add_person(window.context.db, "Added", "Later")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    from PySide6.QtWidgets import QMessageBox

    boxes.answers.append(QMessageBox.StandardButton.Yes)
    _actions(window)["Restore from a backup\u2026"].trigger()
    assert boxes.shown[-1][0] == "Backup restored"
    with window.context.db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_open_another_data_file(qtbot, window, tmp_path, monkeypatch, template_db):
    import shutil
    from dataclasses import replace

    from partapp.services.records.organisation import save_details

    other = tmp_path / "other.db"
    shutil.copyfile(template_db, other)
    db = open_database(str(other))
    with db.session_scope() as session:
        save_details(session, replace(get_details(session), name="Other Place"))
    add_person(db, "Olwen", "Other")
    db.dispose()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    _actions(window)["Open data file\u2026"].trigger()
    assert window.context.db.path == other
    assert window.db_label.text() == f"Data file: {other}"
    window.show_page("people")
    assert table_texts(window.pages["people"].view, 0) == ["Olwen Other"]


def test_new_data_file_asks_for_the_details(qtbot, window, tmp_path, monkeypatch):
    new = tmp_path / "fresh"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(new), ""))
    _actions(window)["New data file\u2026"].trigger()
    assert window.context.db.path == new.with_suffix(".db")
    welcome = window.files.welcome
    type_into(qtbot, welcome.name, "Fresh Start")
    click(qtbot, welcome.create_button)
    with window.context.db.session_scope() as session:
        assert get_details(session).name == "Fresh Start"
    assert window.pages["home"].greeting.text() == "Welcome to Fresh Start's tracker"


def test_import_people_from_a_spreadsheet(qtbot, window, tmp_path, monkeypatch, boxes):
    sheet = tmp_path / "people.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "first_name", "last_name"])
        writer.writerow(["X1", "Nia", "Hughes"])
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(sheet)], ""))
    _actions(window)["Import from a spreadsheet\u2026"].trigger()
    assert boxes.shown[-1][0] == "Import finished"
    window.show_page("people")
    assert table_texts(window.pages["people"].view, 0) == ["Nia Hughes"]


def test_export_templates(window, tmp_path, monkeypatch, boxes):
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    _actions(window)["Export empty import templates\u2026"].trigger()
    assert (tmp_path / "people.csv").exists()
    assert boxes.shown[-1][0] == "Templates saved"


def test_where_is_my_data(window, db_path):
    _actions(window)["Where is my data?"].trigger()
    dialog = window.files.where_dialog
    texts = " ".join(label.text() for label in dialog.findChildren(type(window.db_label)))
    assert str(db_path) in texts and "partapp.log" in texts
    dialog.close()
