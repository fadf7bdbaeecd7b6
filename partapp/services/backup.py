"""Backups and restores of the SQLite data file, using SQLite's online backup API."""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .database import sqlite_copy
from .errors import DatabaseError, PartappError
from .integrity import check_file


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int


def backup_folder(db_path: Path) -> Path:
    """Where backups go by default: a 'backups' folder beside the data file."""
    return db_path.parent / "backups"


def default_backup_name(db_path: Path, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return f"{db_path.stem}-backup-{when.strftime('%Y-%m-%d-%H%M%S')}{db_path.suffix or '.db'}"


def backup_database(db_path: Path, out: Path | None = None) -> BackupResult:
    """Copy the data file (safe while it is open). ``out`` may be a folder or a file name."""
    db_path = Path(db_path)
    if not db_path.exists():
        raise PartappError(f"There is no data file at {db_path} to back up.")
    if out is None:
        dest = backup_folder(db_path) / default_backup_name(db_path)
    else:
        out = Path(out).expanduser()
        dest = out / default_backup_name(db_path) if out.is_dir() else out
    if dest.resolve() == db_path.resolve():
        raise PartappError("The backup cannot replace the data file itself. Choose another name.")
    try:
        sqlite_copy(db_path, dest)
    except (OSError, sqlite3.Error) as exc:
        raise PartappError(f"Could not write the backup to {dest}. Check the folder exists and "
                           f"there is room on the disk. ({exc})") from exc
    return BackupResult(dest, dest.stat().st_size)


def restore_database(db_path: Path, source: Path) -> Path:
    """Replace the data file with a backup, after checking it and keeping the current file.

    Returns the safety copy of the file that was replaced. The app must not have the file open.
    """
    db_path, source = Path(db_path), Path(source).expanduser()
    if not source.exists():
        raise PartappError(f"There is no backup file at {source}.")
    problems = check_file(source)
    if problems:
        raise DatabaseError(f"The backup {source.name} cannot be used: {problems[0]} "
                            "Nothing was changed.")
    safety = None
    if db_path.exists():
        stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
        safety = backup_folder(db_path) / f"{db_path.stem}-before-restore-{stamp}{db_path.suffix}"
        sqlite_copy(db_path, safety)
    tmp = db_path.with_name(db_path.name + ".restoring")
    sqlite_copy(source, tmp)
    for suffix in ("-wal", "-shm"):
        side = Path(str(db_path) + suffix)
        if side.exists():
            side.unlink()
    shutil.move(str(tmp), str(db_path))
    return safety or db_path
