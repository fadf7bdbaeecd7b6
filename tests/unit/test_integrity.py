"""Checks at opening: damaged, not-a-database and newer files are refused and left untouched."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime

import pytest
from sqlalchemy import text

from partapp.cli import run
from partapp.services.errors import DatabaseError, DatabaseTooNewError
from partapp.services.store.backup import backup_database
from partapp.services.store.database import open_database
from partapp.services.store.integrity import (
    DamagedDatabaseError,
    check_file,
    diagnose,
    full_check_due,
)

from .safety_support import damage, filled_file


def _setting(path, key):
    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT value FROM app_setting WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def test_a_damaged_file_is_refused_untouched_and_the_newest_good_backup_is_named(tmp_path):
    path = filled_file(tmp_path / "charity.db")
    backup_database(path, when=datetime(2025, 1, 5, 10, 0))
    newest = backup_database(path, when=datetime(2025, 2, 7, 16, 30)).path
    damage(path)
    before = path.read_bytes()

    with pytest.raises(DamagedDatabaseError) as caught:
        open_database(str(path))

    message = str(caught.value)
    assert "is damaged (the database check found problems in it), so it was not opened" in message
    assert "Nothing in the file was changed" in message
    assert str(newest) in message and "07 February 2025 at 16:30" in message
    assert path.read_bytes() == before
    assert not (tmp_path / "charity.db.lock").exists()  # the lock is let go again


def test_a_damaged_file_with_no_backup_says_to_keep_it(tmp_path):
    path = filled_file(tmp_path / "alone.db")
    damage(path)
    with pytest.raises(DamagedDatabaseError, match=r"No good backup was found\. Keep the file"):
        open_database(str(path))


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "photo.db"
    path.write_bytes(b"\xff\xd8\xff\xe0 a holiday photo, not a database " * 40)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Participation Tracker data file"):
        open_database(str(path))
    assert path.read_bytes() == before
    assert check_file(path) != []


def test_a_newer_file_is_refused_untouched_and_offers_the_newest_good_backup(tmp_path):
    path = filled_file(tmp_path / "shared.db", people=3)
    good = backup_database(path, when=datetime(2025, 4, 1, 12, 0)).path
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = 'zz99_from_the_future'")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version") as caught:
        open_database(str(path))
    assert str(good) in str(caught.value)
    assert path.read_bytes() == before
    assert check_file(path) == ["It was made by a newer version of Participation Tracker."]


def test_the_full_check_runs_after_any_change_and_weekly_and_its_record_survives(tmp_path,
                                                                                 monkeypatch):
    from partapp.services.store import integrity

    path = filled_file(tmp_path / "weekly.db", people=2)
    runs = []
    real = integrity.diagnose
    monkeypatch.setattr(integrity, "diagnose",
                        lambda p, *, full=True, passphrase=None: runs.append(full)
                        or real(p, full=full, passphrase=passphrase))

    def opened(day):
        runs.clear()
        open_database(str(path), today=day).dispose()
        return True in runs

    assert opened(date(2031, 3, 10))  # never checked in full: checked now
    record = integrity._record_file()
    assert record.exists() and "2031-03-10" in record.read_text()
    assert not opened(date(2031, 3, 14))  # unchanged, four days on: quick check only
    with sqlite3.connect(path) as conn:  # written to (by the app, or by anything else)
        conn.execute("UPDATE organisation SET name = 'Changed'")
    conn.close()
    assert opened(date(2031, 3, 14))  # changed since its last full check: full check
    assert not opened(date(2031, 3, 15))
    assert opened(date(2031, 3, 21))  # a week on: the full check again


def test_full_check_due_rules():
    assert full_check_due(None, date(2025, 1, 1))
    assert not full_check_due(date(2025, 1, 1), date(2025, 1, 7))
    assert full_check_due(date(2025, 1, 1), date(2025, 1, 8))
    assert full_check_due(date(2025, 2, 1), date(2025, 1, 8))  # a clock that went back


def test_broken_links_between_records_count_as_damage(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO suggestion_raiser (suggestion_id, person_id) VALUES (41, 42)")
    conn.commit()
    conn.close()
    assert diagnose(db_path).kind == "damaged"
    assert check_file(db_path) == ["1 record points to a record that is missing"]


def test_partapp_check_exits_1_for_a_damaged_file_and_0_for_a_sound_one(tmp_path, capsys):
    path = filled_file(tmp_path / "c.db")
    assert run(["--db", str(path), "check"]) == 0
    damage(path)
    assert run(["--db", str(path), "check"]) == 1
    assert "damaged" in capsys.readouterr().err


def test_opening_a_sound_file_still_works_and_keeps_its_data(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM involvement_level")).scalar() == 5
