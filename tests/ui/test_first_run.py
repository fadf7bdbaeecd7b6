"""First run: no data file yet, so a short welcome makes it and asks for the details."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from partapp.services.browse.home import home_counts
from partapp.services.records.organisation import get_details
from partapp.services.store.database import open_database
from partapp.ui.startup import Startup
from partapp.ui.tasks import TaskRunner

from .conftest import click, type_into


def _startup(path, settings):
    startup = Startup(str(path), settings, TaskRunner(synchronous=True))
    ended = []
    startup.ended.connect(ended.append)
    startup.begin()
    return startup, ended


def _close(startup):
    if startup.window is not None:
        startup.window.close()
        startup.context.db.dispose()


def test_first_run_creates_the_file_with_the_organisations_details(qtbot, tmp_path, settings,
                                                                  boxes):
    path = tmp_path / "data" / "participation.db"
    startup, ended = _startup(path, settings)
    welcome = startup.welcome
    assert welcome.isVisible() and startup.window is None
    assert not path.exists()
    click(qtbot, welcome.create_button)  # no name yet
    assert "organisation's name" in welcome.errors.message("name")
    assert not path.exists()
    type_into(qtbot, welcome.name, "Riverside Care")
    type_into(qtbot, welcome.signatory, "Sam Patel")
    type_into(qtbot, welcome.role, "Participation worker")
    type_into(qtbot, welcome.phone, "01632 960100")  # optional; the email is left empty
    welcome.promise.setValue(21)
    assert welcome.start_empty.isChecked()
    click(qtbot, welcome.create_button)
    assert path.exists() and ended == []
    assert startup.window.isVisible()
    assert "participation.db" in startup.window.db_label.text()
    assert startup.window.pages["home"].greeting.text() == "Welcome to Riverside Care's tracker"
    _close(startup)
    db = open_database(str(path))
    with db.session_scope() as session:
        details = get_details(session)
        assert (details.name, details.signatory_name, details.signatory_role,
                details.promise_days) == ("Riverside Care", "Sam Patel", "Participation worker", 21)
        assert (details.phone, details.email) == ("01632 960100", "")
    db.dispose()


def test_first_run_with_sample_data(qtbot, tmp_path, settings, boxes):
    path = tmp_path / "participation.db"
    startup, _ended = _startup(path, settings)
    welcome = startup.welcome
    type_into(qtbot, welcome.name, "Hill Top Youth Project")
    click(qtbot, welcome.start_sample)
    click(qtbot, welcome.create_button)
    with startup.context.db.session_scope() as session:
        counts = home_counts(session)
        assert not counts.is_empty
        assert get_details(session).name == "Hill Top Youth Project"  # ours, not the sample's
    assert "people" in startup.window.pages["home"].owed.text()
    _close(startup)


def test_cancelling_the_welcome_makes_no_file(qtbot, tmp_path, settings, boxes):
    path = tmp_path / "participation.db"
    startup, ended = _startup(path, settings)
    startup.welcome.reject()
    assert ended == [0] and not path.exists()


def test_an_existing_file_opens_straight_away(qtbot, db_path, settings, boxes):
    db = open_database(str(db_path))
    with db.session_scope() as session:
        from dataclasses import replace

        from partapp.services.records.organisation import save_details

        save_details(session, replace(get_details(session), name="Oak Tree Day Centre"))
    db.dispose()
    startup, _ended = _startup(db_path, settings)
    assert startup.welcome is None and startup.window.isVisible()
    _close(startup)


def test_a_damaged_file_gives_a_calm_message_and_stops(qtbot, tmp_path, settings, boxes):
    path = tmp_path / "broken.db"
    path.write_bytes(b"this is not a database at all" * 100)
    _unused, ended = _startup(path, settings)
    assert ended == [1]
    assert "not a Participation Tracker data file" in boxes.texts()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
