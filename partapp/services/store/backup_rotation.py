"""Automatic backups when the app opens and closes, kept in rotation.

Keeps the newest copy of each of the last 7 days that have one, and the newest copy of each of
the last 8 weeks that have one; older automatic copies are deleted. Copies made by hand, copies
kept before a restore and copies of damaged files are never deleted by the rotation.
The folder can be set (a USB stick, a network drive) in the app_setting table, key
``backup_folder``; when it cannot be reached, the backup goes beside the data file instead and
the result says so.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Session

from ...models import AppSetting
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import PartappError, ValidationError
from ..words import said
from .backup import (
    BackupInfo,
    BackupResult,
    backup_database,
    backup_folder,
    list_backups,
    remember_folder,
)

if TYPE_CHECKING:
    from .database import Database

FOLDER_KEY = "backup_folder"
KEEP_DAILY = 7
KEEP_WEEKLY = 8


@dataclass(frozen=True)
class BackupSettings:
    folder: Path
    folder_is_default: bool


def get_setting(session: Session, key: str, default: str = "") -> str:
    row = session.get(AppSetting, key)
    return row.value if row is not None else default


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(AppSetting, key)
    if row is None:
        session.add(AppSetting(key=key, value=value))
    else:
        row.value = value


def db_file(session: Session) -> Path | None:
    """The data file behind ``session`` (None for a database server)."""
    known = session.info.get("db_path")
    if known is not None:
        return Path(known)
    url = session.get_bind().engine.url
    if url.get_backend_name() == "sqlite" and url.database:
        return Path(url.database)
    return None


def backup_settings(session: Session, db_path: Path) -> BackupSettings:
    chosen = get_setting(session, FOLDER_KEY).strip()
    if chosen:
        return BackupSettings(Path(chosen), False)
    return BackupSettings(backup_folder(db_path), True)


@operation(Changed.SETTINGS)
def set_backup_folder(session: Session, folder: str | Path | None) -> BackupSettings:
    """Choose where automatic backups go (empty: the 'backups' folder beside the data file)."""
    require(session, "administrator")
    text = str(folder).strip() if folder is not None else ""
    if text:
        path = Path(text).expanduser()
        if not path.is_absolute():
            raise ValidationError("backup_folder", said("Please choose the whole folder path, "
                                                        "for example E:\\Backups."))
        if not path.is_dir():
            raise ValidationError("backup_folder", said("There is no folder at {path}. Plug in "
                                                        "the USB stick or make the folder, "
                                                        "then try again.", path=path))
        if not os.access(path, os.W_OK):
            raise ValidationError("backup_folder", said("Backups cannot be written to {path}. "
                                                        "Please choose another folder.",
                                                        path=path))
        text = str(path)
    set_setting(session, FOLDER_KEY, text)
    audit.record(session, "settings", "app_setting", None, FOLDER_KEY)
    db_path = db_file(session)
    return backup_settings(session, db_path) if db_path else BackupSettings(Path(text), False)


def automatic_backup(db_path: Path, folder: Path, *, passphrase: str | None = None,
                     now: datetime | None = None, keep_daily: int = KEEP_DAILY,
                     keep_weekly: int = KEEP_WEEKLY) -> BackupResult:
    """One automatic backup into ``folder`` (or beside the data file if it cannot be reached),
    then the rotation. The copy is made with SQLite's online backup API."""
    now = now or datetime.now()
    db_path = Path(db_path)
    warning = ""
    target = folder
    try:
        if Path(folder) == backup_folder(db_path):
            target.mkdir(parents=True, exist_ok=True)
        elif not Path(folder).is_dir():
            # A chosen folder that is missing is a USB stick or drive not plugged in: never
            # make it again on the local disk, where nobody would look for the backups.
            raise OSError("missing")
        if not os.access(target, os.W_OK):
            raise OSError("not writable")
    except OSError:
        fallback = backup_folder(db_path)
        warning = (f"The backup folder {folder} cannot be reached (is the USB stick or network "
                   f"drive plugged in?). Today's backup was put in {fallback} instead.")
        target = fallback
        target.mkdir(parents=True, exist_ok=True)
    result = backup_database(db_path, target, passphrase=passphrase, when=now, kind="auto")
    remember_folder(db_path, target)
    rotate(db_path, target, keep_daily=keep_daily, keep_weekly=keep_weekly)
    return BackupResult(result.path, result.size, warning)


def backup_now(db: Database, *, now: datetime | None = None) -> BackupResult:
    """The automatic backup for an open ``Database`` (on opening and on closing the app)."""
    if db.path is None:
        raise PartappError(said("Backups here are for a data file. To back up a server "
                                "database, run partapp backup on a computer with the "
                                "PostgreSQL tools: it uses pg_dump and checks the copy before "
                                "it counts."))
    with db.session_scope() as session:
        settings = backup_settings(session, db.path)
    return automatic_backup(db.path, settings.folder, passphrase=db.passphrase, now=now)


def backup_on_open(db: Database, *, now: datetime | None = None) -> BackupResult | None:
    """Called by the app right after opening a data file (None for a server database)."""
    return None if db.path is None else backup_now(db, now=now)


def backup_on_close(db: Database, *, now: datetime | None = None) -> BackupResult | None:
    """Called by the app just before closing the data file (None for a server database)."""
    return None if db.path is None else backup_now(db, now=now)


def choose_kept(backups: list[BackupInfo], *, keep_daily: int = KEEP_DAILY,
                keep_weekly: int = KEEP_WEEKLY) -> set[Path]:
    """Which automatic backups to keep: newest per day (7 days), newest per week (8 weeks)."""
    newest_first = sorted(backups, key=lambda b: (b.made_at, b.path.name), reverse=True)
    keep: set[Path] = set()
    days: set[Any] = set()
    weeks: set[Any] = set()
    for info in newest_first:
        day = info.made_at.date()
        if day not in days and len(days) < keep_daily:
            days.add(day)
            keep.add(info.path)
        week = info.made_at.isocalendar()[:2]
        if week not in weeks and len(weeks) < keep_weekly:
            weeks.add(week)
            keep.add(info.path)
    return keep


def rotate(db_path: Path, folder: Path, *, keep_daily: int = KEEP_DAILY,
           keep_weekly: int = KEEP_WEEKLY) -> list[Path]:
    """Delete automatic backups in ``folder`` that the rotation does not keep. Returns them."""
    autos = [b for b in list_backups(db_path, folders=[folder]) if b.kind == "auto"]
    keep = choose_kept(autos, keep_daily=keep_daily, keep_weekly=keep_weekly)
    removed = []
    for info in autos:
        if info.path not in keep:
            try:
                info.path.unlink()
                removed.append(info.path)
            except OSError:
                continue
    return removed
