"""The desktop's save windows go through the same writer as the commands: choosing the data
file (or its -wal file) is refused with the writer's message, and the data file is untouched.
The File menu asks the same table as the commands before a restore or a backup."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from partapp.services.records import organisation

from ..unit.handworked import TODAY, build
from .conftest import add_person, click


def _choose(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))


def _untouched(db) -> bytes:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return db.path.read_bytes()


@pytest.fixture
def report_page(qtbot, window, db, context):
    with db.session_scope() as session:
        build(session)
        organisation.save_details(session, replace(organisation.get_details(session),
                                                   name="Riverside Trust"))
    context.today = lambda: TODAY
    window.show_page("reports")
    page = window.pages["reports"]
    page.period.setCurrentIndex(page.period.findData("calendar"))
    click(qtbot, page.make_button)
    assert page.report is not None
    return page


@pytest.mark.parametrize(("suffix", "says"), [("", "is your data file"),
                                              ("-wal", "belongs to your data file")])
def test_saving_the_report_over_the_data_file_is_refused(qtbot, report_page, db, boxes,
                                                         monkeypatch, tmp_path, suffix, says):
    # GIVEN a report is made, and the name picked in the save window (a shortcut, as a
    # desktop makes them) leads to the data file or its -wal file
    before = _untouched(db)
    shortcut = tmp_path / "Annual report.pdf"
    shortcut.symlink_to(Path(f"{db.path}{suffix}"))
    _choose(monkeypatch, shortcut)
    # WHEN they save
    report_page.save_pdf()
    # THEN the writer's one plain line is shown, and the data file is as it was
    title, text = boxes.shown[-1]
    assert title == "The report was not saved"
    assert text == f"That file (Annual report.pdf) {says}" + text.split(says)[1]
    assert text.endswith("Choose another name for the report.") and "\n" not in text
    assert _untouched(db) == before
    assert b"%PDF" not in Path(f"{db.path}-wal").read_bytes()[:64]


def test_saving_the_audit_log_over_the_data_file_is_refused(qtbot, window, db, boxes,
                                                            monkeypatch):
    add_person(db, "Ann", "Jones")
    before = _untouched(db)
    action = next(a for a in window.privacy.actions if a.data() == "audit")
    action.trigger()
    viewer = window.privacy.dialog
    _choose(monkeypatch, db.path)
    click(qtbot, viewer.export_button)
    assert viewer.error.message == (f"That file ({db.path.name}) is your data file. Choose "
                                    "another name for the audit log.")
    assert _untouched(db) == before
    viewer.close()


def test_restore_and_backup_ask_the_table(qtbot, window, db, boxes, volunteer_signed_in,
                                          tmp_path):
    # GIVEN a volunteer is signed in
    window.context.set_database(db)
    # THEN the File menu offers a backup but not a restore
    assert window.backup_action.isEnabled()
    assert not window.restore_action.isEnabled()
    # AND asking anyway (a shortcut, a script) is refused before anything is asked or closed
    before = _untouched(db)
    window.files.restore_from(tmp_path / "some-backup.db")
    assert boxes.shown[-1] == ("Not allowed", "Only an administrator can do this. Please ask "
                                              "one of them, or sign in as one.")
    assert _untouched(db) == before
    assert window.context.db is db
