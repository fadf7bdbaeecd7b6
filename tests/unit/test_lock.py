"""One writer: the lock file says who has the data file open; stale locks are taken over."""

from __future__ import annotations

import subprocess
import sys
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from partapp.services.store import lock
from partapp.services.store.database import open_database
from partapp.services.store.lock import (
    DatabaseLockedError,
    LockInfo,
    is_network_path,
    is_stale,
    lock_path,
    network_drive_warning,
    read_lock,
)


def _someone_else(path: Path, *, machine="OFFICE-PC", user="Jo Bloggs", pid=4242,
                  refreshed: datetime | None = None) -> LockInfo:
    now = datetime.now()
    info = LockInfo(machine=machine, user=user, pid=pid, started=now - timedelta(hours=1),
                    refreshed=refreshed or now)
    lock_path(path).write_text(info.to_json(), encoding="utf-8")
    return info


def test_opening_writes_a_lock_with_machine_user_and_pid_and_closing_removes_it(db_path):
    db = open_database(str(db_path))
    info = read_lock(db_path)
    assert info is not None
    assert info.machine == lock.machine_name()
    import os

    assert info.pid == os.getpid()
    db.set_user(type("U", (), {"username": "sam", "display_name": "Sam Smith"})())
    assert read_lock(db_path).user == "Sam Smith"
    db.set_user(None)
    db.dispose()
    assert not lock_path(db_path).exists()


def test_a_second_copy_is_told_plainly_who_has_the_file_open(db_path):
    _someone_else(db_path)
    with pytest.raises(DatabaseLockedError) as caught:
        open_database(str(db_path))
    message = str(caught.value)
    assert message.startswith("Jo Bloggs on OFFICE-PC has this file open")
    assert "ask them to close Participation Tracker" in message
    assert caught.value.info.user == "Jo Bloggs"
    assert read_lock(db_path).user == "Jo Bloggs"  # their lock is left alone


def test_force_takes_over_a_lock_after_the_user_was_told(db_path):
    _someone_else(db_path)
    db = open_database(str(db_path), force=True)
    assert read_lock(db_path).pid != 4242
    db.dispose()


def test_a_lock_from_a_crashed_copy_on_this_computer_is_stale(db_path):
    finished = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                              capture_output=True, text=True, check=True)
    dead_pid = int(finished.stdout)
    _someone_else(db_path, machine=lock.machine_name(), pid=dead_pid)
    db = open_database(str(db_path))  # no error: the process that held it is gone
    db.dispose()


def test_a_lock_from_another_computer_goes_stale_when_it_stops_being_refreshed(db_path):
    now = datetime(2025, 5, 1, 12, 0)
    info = LockInfo("OFFICE-PC", "Jo", 1, now - timedelta(hours=3), now - timedelta(minutes=10))
    assert not is_stale(info, now=now)
    assert is_stale(replace(info, refreshed=now - timedelta(minutes=31)), now=now)


def test_a_held_lock_refreshes_itself(db_path):
    held = lock.acquire(db_path, heartbeat=False)
    later = datetime.now() + timedelta(minutes=6)
    held.refresh(now=later)
    assert read_lock(db_path).refreshed == later.replace(microsecond=0)
    held.release()


def test_a_lock_taken_over_while_away_is_noticed_and_not_overwritten(db_path):
    held = lock.acquire(db_path, heartbeat=False)
    theirs = _someone_else(db_path)
    held.refresh()
    assert held.lost
    assert read_lock(db_path) == replace(theirs, started=theirs.started.replace(microsecond=0),
                                         refreshed=theirs.refreshed.replace(microsecond=0))
    held.release()
    assert lock_path(db_path).exists()  # not ours any more, so not removed


def test_the_same_program_may_open_the_file_twice(db_path):
    first = open_database(str(db_path))
    second = open_database(str(db_path))
    second.dispose()
    assert lock_path(db_path).exists()  # still held by the first
    first.dispose()
    assert not lock_path(db_path).exists()


def test_network_drives_are_recognised_from_the_mount_table(tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/sda1 / ext4 rw 0 0\n"
        f"//server/share {tmp_path / 'office'} cifs rw 0 0\n", encoding="utf-8")
    (tmp_path / "office").mkdir()
    assert is_network_path(tmp_path / "office" / "data.db", mounts_file=mounts)
    assert not is_network_path(tmp_path / "local.db", mounts_file=mounts)
    assert is_network_path(Path("//server/share/data.db"), mounts_file=mounts)
    warning = network_drive_warning(tmp_path / "office" / "data.db", mounts_file=mounts)
    assert "network drive" in warning and "USB stick" in warning
    assert network_drive_warning(tmp_path / "local.db", mounts_file=mounts) is None
