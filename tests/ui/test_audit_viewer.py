"""The audit log viewer: entries listed newest first, filtered, saved as CSV; a page at a time;
administrators only."""

from __future__ import annotations

import csv
from datetime import datetime, timedelta

from PySide6.QtWidgets import QFileDialog

from partapp.models import AuditEntry
from partapp.ui.dialogs.audit_viewer import AuditViewer
from partapp.ui.itemmodels.audit import PAGE_SIZE, AuditModel
from partapp.ui.main_window import MainWindow
from partapp.ui.widgets.choices import select

from .conftest import add_person, click, table_texts


def _audit_action(window):
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.text() == "&Audit log\u2026":
                return action
    raise AssertionError("no Audit log action")


def test_the_viewer_lists_filters_and_saves_entries(qtbot, window, tmp_path, monkeypatch,
                                                    boxes):
    db = window.context.db
    add_person(db, "Ann", "Jones")
    add_person(db, "Bo", "Smith")
    _audit_action(window).trigger()
    viewer = window.privacy.dialog
    assert isinstance(viewer, AuditViewer) and viewer.isVisible()
    assert table_texts(viewer.view, 2).count("Added") == 2
    assert table_texts(viewer.view, 3)[:2] == ["Person", "Person"]
    assert viewer.count.text() == f"{viewer.model.rowCount()} entries"
    # Filter: what they did, then dates the wrong way round
    select(viewer.what, "create")
    assert set(table_texts(viewer.view, 2)) == {"Added"}
    before = viewer.model.rowCount()
    viewer.start.setText("2030-01-01")
    viewer.end.setText("2020-01-01")
    assert not viewer.apply_filter()
    assert "before the start date" in viewer.error.message
    viewer.start.setText("")
    viewer.end.setText("")
    assert viewer.apply_filter() and viewer.model.rowCount() == before
    # Save as CSV
    out = tmp_path / "audit.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    click(qtbot, viewer.export_button)
    assert boxes.shown[-1][0] == "Audit log saved"
    with out.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["When", "Who", "What they did"]
    assert [r[2] for r in rows[1:]] == ["Added"] * before
    viewer.close()


def test_the_model_fetches_a_page_at_a_time(qtmodeltester, context, db):
    start = datetime(2024, 1, 1, 9, 0)
    with db.session_scope() as session:
        session.add_all(AuditEntry(at=start + timedelta(minutes=n), actor="jo", action="update",
                                   entity="person", entity_id=n, details="")
                        for n in range(PAGE_SIZE + 50))
    model = AuditModel(context)
    model.reload()
    assert model.rowCount() >= PAGE_SIZE + 50
    qtmodeltester.check(model)
    last = model.rowCount() - 1
    assert model.index(last, 1).data() == "jo"
    assert model.row_data(0).at >= model.row_data(last).at  # newest first


def test_a_volunteer_cannot_open_the_audit_log(qtbot, context, boxes, volunteer_signed_in):
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    action = _audit_action(window)
    assert not action.isEnabled()
    action.trigger()  # a disabled action does nothing
    assert window.privacy.dialog is None
    window.privacy.audit_log()  # reached some other way: a calm refusal, no window
    assert boxes.shown[-1] == ("For administrators", ("Only an administrator can do this. "
                               "Please ask one of them, or sign in as one."))
    assert window.privacy.dialog is None
