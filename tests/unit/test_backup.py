"""Backups and restores: online backup API, checked copies, the current file always kept."""

from __future__ import annotations

from datetime import datetime

import pytest

from partapp.services.errors import DatabaseError, PartappError
from partapp.services.store.backup import (
    backup_database,
    list_backups,
    newest_good_backup,
    restore_database,
)
from partapp.services.store.database import open_database
from partapp.services.store.integrity import check_file

from .safety_support import add_people, damage, filled_file, people_count


def test_a_backup_taken_while_the_file_is_open_holds_every_committed_record(tmp_path):
    db = open_database(str(tmp_path / "live.db"))
    add_people(db, 12)  # committed, still in the WAL: a plain file copy would miss them
    result = backup_database(db.path, tmp_path / "copies")
    db.dispose()
    assert result.path.parent == tmp_path / "copies"
    assert result.path.name.startswith("live-backup-")
    assert check_file(result.path) == []
    assert people_count(result.path) == 12
    assert not list((tmp_path / "copies").glob("*.partial"))


def test_backup_refuses_to_overwrite_the_data_file_itself(db_path):
    with pytest.raises(PartappError, match="is your data file"):
        backup_database(db_path, db_path)


def test_backup_to_a_folder_that_cannot_be_made_says_so_plainly(db_path, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(PartappError) as caught:
        backup_database(db_path, blocker / "inside" / "copy.db")
    assert str(caught.value).startswith(f"The folder {blocker / 'inside'} cannot be found, so "
                                        "the backup could not be saved.")
    assert "choose another place" in str(caught.value)


def test_restore_checks_the_backup_and_keeps_the_current_file(tmp_path):
    path = filled_file(tmp_path / "data.db", people=5)
    backup = backup_database(path, tmp_path / "copies", when=datetime(2025, 3, 1, 9, 0)).path
    db = open_database(str(path))
    add_people(db, 3)  # made after the backup
    db.dispose()
    assert people_count(path) == 8

    safety = restore_database(path, backup, when=datetime(2025, 3, 2, 9, 0))

    assert people_count(path) == 5
    assert safety.name == "data-before-restore-2025-03-02-090000.db"
    assert people_count(safety) == 8  # nothing is lost: the replaced file is kept
    assert check_file(path) == []
    kinds = {b.kind for b in list_backups(path)}
    assert {"backup", "before-restore"} <= kinds


def test_restore_refuses_a_damaged_backup_and_changes_nothing(tmp_path):
    path = filled_file(tmp_path / "data.db", people=300)
    backup = backup_database(path, tmp_path / "copies").path
    damage(backup)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match=r"cannot be used.*Nothing was changed"):
        restore_database(path, backup)
    assert path.read_bytes() == before


def test_restore_refuses_while_the_file_is_open(tmp_path):
    path = filled_file(tmp_path / "data.db", people=2)
    backup = backup_database(path).path
    db = open_database(str(path))
    try:
        with pytest.raises(DatabaseError, match="close the data file first"):
            restore_database(path, backup)
    finally:
        db.dispose()


def test_restore_over_a_damaged_file_keeps_it_byte_for_byte(tmp_path):
    path = filled_file(tmp_path / "data.db", people=300)
    good = backup_database(path, tmp_path / "copies").path
    damage(path)
    damaged_bytes = path.read_bytes()
    kept = restore_database(path, good)
    assert kept.name.startswith("data-damaged-")
    assert kept.read_bytes() == damaged_bytes
    assert check_file(path) == []
    assert newest_good_backup(path).path == good  # the damaged copy is never offered
