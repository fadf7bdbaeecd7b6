"""The Privacy menu: subject access export, erasure (gone from the file's bytes too), the
review of old records, and all of it kept from anyone who is not an administrator."""

from __future__ import annotations

from datetime import date, timedelta

from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from partapp.services.access.auth import add_user
from partapp.services.store.backup import backup_database
from partapp.ui.main_window import MainWindow

from .conftest import add_person, add_suggestion, click, table_texts

YES = QMessageBox.StandardButton.Yes


def _privacy(window) -> dict[str, object]:
    for menu_action in window.menuBar().actions():
        if menu_action.text().replace("&", "") == "Privacy":
            return {a.text().replace("&", ""): a for a in menu_action.menu().actions()
                    if a.text()}
    raise AssertionError("no Privacy menu")


def _file_bytes(db_path) -> bytes:
    wal = db_path.with_name(db_path.name + "-wal")
    return db_path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def _choose(window, person_id: int) -> None:
    window.show_page("people")
    assert window.pages["people"].select_person(person_id)


def test_erasing_a_person_removes_their_name_from_the_list_and_the_file(qtbot, window, db_path,
                                                                       boxes):
    db = window.context.db
    pid = add_person(db, "Zebedee", "Quixote", town="Porthmadog")
    add_suggestion(db, "Zebedee Quixote would like a ramp at the door", raisers=[pid])
    add_person(db, "Ann", "Other")
    backup_database(db_path)  # an older backup, which still holds the name
    assert b"Quixote" in _file_bytes(db_path)
    _choose(window, pid)
    _privacy(window)["Erase this person\u2026"].trigger()
    dialog = window.privacy.dialog
    assert dialog.person.label == f"Zebedee Quixote ({dialog.person.ref})"
    boxes.answers.append(YES)
    click(qtbot, dialog.action_button)
    title, text = boxes.shown[-1]
    assert title.startswith("Erase Zebedee Quixote") and "cannot be undone" in text
    result = dialog.result_text.text()
    assert "The person's details were erased" in result
    assert "older backups still hold their details" in result and "backups" in result
    dialog.close()
    names = table_texts(window.pages["people"].view, 0)
    assert "Ann Other" in names and not any("Quixote" in n for n in names)
    raw = _file_bytes(db_path)
    assert b"Quixote" not in raw and b"Zebedee" not in raw and b"Porthmadog" not in raw


def test_subject_access_export_writes_the_pdf_and_csvs_into_the_chosen_folder(
        qtbot, window, tmp_path, monkeypatch):
    db = window.context.db
    pid = add_person(db, "Nia", "Hughes")
    add_suggestion(db, "More evening sessions", raisers=[pid])
    _choose(window, pid)
    _privacy(window)["Export everything about this person\u2026"].trigger()
    dialog = window.privacy.dialog
    out = tmp_path / "for-nia"
    out.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(out))
    click(qtbot, dialog.folder_button)
    click(qtbot, dialog.action_button)
    files = sorted(p.name for p in out.iterdir())
    ref = dialog.person.ref
    assert f"{ref}-information-we-hold.pdf" in files
    assert {f"{ref}-details.csv", f"{ref}-suggestions.csv"} <= set(files)
    text = " ".join(page.extract_text() for page in
                    PdfReader(out / f"{ref}-information-we-hold.pdf").pages)
    assert "Nia" in text and "More evening sessions" in text
    assert "is ready" in dialog.result_text.text()
    dialog.close()


def test_review_old_records_then_remove_the_ticked_people(qtbot, qtmodeltester, window, boxes):
    db = window.context.db
    add_person(db, "Old", "Timer")
    add_person(db, "Also", "Old")
    window.context.today = lambda: date.today() + timedelta(days=365 * 7)
    _privacy(window)["Review old records\u2026"].trigger()
    dialog = window.privacy.dialog
    assert sorted(table_texts(dialog.view, 0)) == ["Also Old", "Old Timer"]
    assert not dialog.action_button.isEnabled()  # nobody ticked yet
    qtmodeltester.check(dialog.model)
    row = table_texts(dialog.view, 0).index("Old Timer")
    dialog.view.setFocus()
    dialog.view.setCurrentIndex(dialog.model.index(row, 0))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Space)  # tick with the keyboard
    assert "1 ticked" in dialog.count.text()
    boxes.answers.append(YES)
    click(qtbot, dialog.action_button)
    assert "cannot be undone" in boxes.shown[-1][1]
    assert table_texts(dialog.view, 0) == ["Also Old"]
    assert "were removed" in dialog.result_text.text()
    dialog.close()
    window.show_page("people")
    assert "Old Timer" not in table_texts(window.pages["people"].view, 0)


def test_a_volunteer_cannot_use_the_privacy_tools(qtbot, context, boxes, volunteer_signed_in):
    db = volunteer_signed_in
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    actions = _privacy(window)
    assert not any(a.isEnabled() for a in actions.values())
    assert actions["Erase this person\u2026"].statusTip() == \
        "Only an administrator can use this."
    # Even if reached some other way, the services refuse, calmly
    pid = add_person(db, "Nia", "Hughes")
    window.privacy.erase_person()
    dialog = window.privacy.dialog
    dialog.person.choose(pid)
    boxes.answers.append(YES)
    click(qtbot, dialog.action_button)
    assert "Only an administrator can do this" in dialog.error.message
    dialog.close()
    with db.session_scope() as session:
        from partapp.services.records.people import search_people

        assert [p.display_name for p in search_people(session)] == ["Nia Hughes"]


def test_every_control_in_the_safety_and_privacy_windows_has_a_name(qtbot, window):
    from partapp.ui.pages.settings_users import PasswordDialog

    from .test_accessibility import unnamed_controls

    pid = add_person(window.context.db, "Ann", "Jones")
    _choose(window, pid)
    page = window.pages["settings"]
    assert unnamed_controls(page.safety) == [] and unnamed_controls(page.users) == []
    actions = _privacy(window)
    for text in ("Export everything about this person\u2026", "Erase this person\u2026",
                 "Review old records\u2026", "Audit log\u2026"):
        actions[text].trigger()
        dialog = window.privacy.dialog
        assert unnamed_controls(dialog) == [], text
        dialog.close()
    with window.context.db.session_scope() as session:
        sam = add_user(session, username="sam", display_name="Sam Patel", role="administrator",
                       password="a long password 1")
    dialog = PasswordDialog(window.context, sam)
    qtbot.addWidget(dialog)
    assert unnamed_controls(dialog) == []
