"""Automatic backups on opening and closing, kept 7 daily and 8 weekly (clock passed in)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from partapp.services.errors import ValidationError
from partapp.services.store.backup import list_backups
from partapp.services.store.backup_rotation import (
    automatic_backup,
    backup_on_close,
    backup_on_open,
    backup_settings,
    set_backup_folder,
)

from .safety_support import people_count


def _autos(db_path: Path, folder: Path) -> list[datetime]:
    return sorted(b.made_at for b in list_backups(db_path, folders=[folder]) if b.kind == "auto")


def test_opening_and_closing_each_make_a_backup_in_the_default_folder(db, db_path):
    opened = backup_on_open(db, now=datetime(2025, 5, 6, 9, 0))
    closed = backup_on_close(db, now=datetime(2025, 5, 6, 17, 0))
    assert opened.path.parent == db_path.parent / "backups"
    assert opened.path.name == "test-auto-2025-05-06-090000.db"
    # only the newest copy of a day is kept
    assert not opened.path.exists()
    assert closed.path.exists()
    assert people_count(closed.path) == 0


def test_rotation_keeps_the_last_seven_days_and_eight_weeks(db_path, tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    start = datetime(2025, 1, 1, 9, 30)
    for day in range(63):  # nine weeks of opening the app every day
        automatic_backup(db_path, folder, now=start + timedelta(days=day))
    last = start + timedelta(days=62)
    automatic_backup(db_path, folder, now=last - timedelta(hours=1))  # earlier the same day
    kept = _autos(db_path, folder)
    days = sorted({k.date() for k in kept})
    weeks = sorted({k.isocalendar()[:2] for k in kept})
    # the 7 most recent days, each with its newest copy only
    assert days[-7:] == [(last - timedelta(days=n)).date() for n in range(6, -1, -1)]
    assert last in kept and last - timedelta(hours=1) not in kept
    # and one (the newest) copy for each of the 8 most recent weeks
    assert len(weeks) == 8
    assert weeks[-1] == last.isocalendar()[:2]
    assert len(kept) == len(set(kept)) <= 7 + 8
    for week in weeks[:-2]:
        in_week = [k for k in kept if k.isocalendar()[:2] == week]
        assert len(in_week) == 1 and in_week[0].isoweekday() == 7  # Sunday, its newest


def test_rotation_never_deletes_backups_made_by_hand(db_path, tmp_path):
    from partapp.services.store.backup import backup_database

    folder = tmp_path / "copies"
    folder.mkdir()
    manual = backup_database(db_path, folder, when=datetime(2024, 1, 1, 12, 0)).path
    for day in range(12):
        automatic_backup(db_path, folder, now=datetime(2024, 6, 1) + timedelta(days=day))
    assert manual.exists()


def test_the_backup_folder_setting_is_used_and_checked(db, tmp_path):
    usb = tmp_path / "E-drive"
    usb.mkdir()
    with db.session_scope() as session:
        with pytest.raises(ValidationError, match="no folder"):
            set_backup_folder(session, tmp_path / "missing")
        with pytest.raises(ValidationError, match="whole folder path"):
            set_backup_folder(session, "relative/folder")
        settings = set_backup_folder(session, usb)
    assert settings.folder == usb and not settings.folder_is_default
    result = backup_on_open(db, now=datetime(2025, 6, 1, 8, 0))
    assert result.path.parent == usb
    assert result.warning == ""


def test_an_unreachable_backup_folder_falls_back_and_says_so(db, tmp_path):
    usb = tmp_path / "stick"
    usb.mkdir()
    with db.session_scope() as session:
        set_backup_folder(session, usb)
    usb.rmdir()  # the USB stick was taken out: its folder is gone
    result = backup_on_close(db, now=datetime(2025, 6, 2, 8, 0))
    assert not usb.exists()  # never made again on the local disk
    assert result.path.parent == db.path.parent / "backups"
    assert "cannot be reached" in result.warning
    with db.session_scope() as session:
        assert backup_settings(session, db.path).folder == usb  # the setting is kept
