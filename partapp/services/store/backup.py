"""Backups and restores of the SQLite data file, using SQLite's online backup API.

A backup of an encrypted data file is encrypted with the same passphrase. Backup files are
named ``<data file name>-<kind>-<YYYY-MM-DD-HHMMSS>.db`` so they sort by age and can be listed
(kinds: backup = made by hand, auto = made on opening or closing, before-restore, damaged).
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ...models import utcnow
from ..access.audit import machine_user
from ..errors import DatabaseError, PartappError
from ..files.file_kinds import output_problem
from ..files.output_files import check_target
from ..words import joined, said
from .backup_files import KIND_LABELS as KIND_LABELS
from .backup_files import KINDS as KINDS
from .backup_files import BackupInfo as BackupInfo
from .backup_files import _usable_folder
from .backup_files import backup_folder as backup_folder
from .backup_files import backup_folders as backup_folders
from .backup_files import default_backup_name as default_backup_name
from .backup_files import list_backups as list_backups
from .backup_files import newest_good_backup as newest_good_backup
from .backup_files import remember_folder as remember_folder
from .copying import sqlite_copy
from .encryption import connect, database_errors, is_plain_sqlite
from .integrity import REFUSED, DamagedDatabaseError, diagnose
from .refusal import refusal_message


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    warning: str = ""


def _copy_checked(source: Path, dest: Path, passphrase: str | None) -> None:
    """Copy through a temporary name, check the copy, then give it its real name.

    A half-written backup (full disk, USB stick pulled out) never looks like a good one, and
    the copy is checked in full (integrity_check, which finds damaged indexes too): a copy of a
    damaged file is never kept as a good backup.
    """
    tmp = dest.with_name(dest.name + ".partial")
    try:
        try:
            sqlite_copy(source, tmp, passphrase=passphrase)
        except database_errors():
            found = diagnose(source, full=True, passphrase=passphrase)
            if found.kind in REFUSED:  # too damaged even to copy
                raise DamagedDatabaseError(joined([
                    said("No backup was made, because the data file is damaged."),
                    refusal_message(source, found, passphrase=passphrase)])) from None
            raise
        result = diagnose(tmp, full=True, passphrase=passphrase)
        if not result.ok:
            raise DamagedDatabaseError(joined([
                said("No backup was made, because a copy of a damaged file is not a good "
                     "backup."), refusal_message(source, result, passphrase=passphrase)]))
        os.replace(tmp, dest)
    finally:
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            leftover.unlink(missing_ok=True)


def backup_database(db_path: Path, out: Path | None = None, *, passphrase: str | None = None,
                    when: datetime | None = None, kind: str = "backup") -> BackupResult:
    """Copy the data file (safe while it is open). ``out`` may be a folder or a file name.

    The copy is checked before it gets its name, and an encrypted file's copy stays encrypted.
    """
    db_path = Path(db_path).expanduser()
    if not db_path.exists():
        raise PartappError(said("There is no data file at {db_path} to back up.", db_path=db_path))
    name = default_backup_name(db_path, when, kind)
    if out is None:
        dest = backup_folder(db_path) / name
    else:
        out = Path(out).expanduser()
        # A folder (existing, or a new name without a file ending like .db) or a file name.
        dest = out / name if out.is_dir() or not out.suffix else out
    check_target(dest, what="the backup", allow_backup=True, data_files=[db_path])
    try:
        dest.parent.mkdir(parents=True, exist_ok=True)
        _copy_checked(db_path, dest, passphrase)
    except (OSError, *database_errors()) as exc:  # type: ignore[misc]  # a tuple of classes
        known = output_problem(exc, dest.parent, "the backup")  # full disk, read-only...
        if known is not None:
            raise PartappError(known) from exc
        reason = getattr(exc, "strerror", None) or str(exc)
        raise PartappError(said("Could not write the backup to {dest}. Check the folder "
                                "exists and there is room on the disk. ({reason})", dest=dest,
                                reason=reason)) from exc
    remember_folder(db_path, dest.parent)
    return BackupResult(dest, dest.stat().st_size)


def _byte_copy(source: Path, dest: Path) -> None:
    """Copy a file that SQLite cannot read safely, with its -wal and -shm, byte for byte."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(source, dest)
    for suffix in ("-wal", "-shm"):
        side = Path(str(source) + suffix)
        if side.exists():
            shutil.copy2(side, Path(str(dest) + suffix))


def restore_database(db_path: Path, source: Path, *, passphrase: str | None = None,
                     when: datetime | None = None, actor: str | None = None) -> Path:
    """Replace the data file with a backup, after checking it and keeping the current file.

    Returns the safety copy of the file that was replaced (or ``db_path`` if there was none).
    The app must not have the file open. A damaged current file is kept byte for byte.
    """
    from .lock import ensure_not_locked

    db_path, source = Path(db_path).expanduser(), Path(source).expanduser()
    if not source.exists():
        raise PartappError(said("There is no backup file at {source}.", source=source))
    if db_path.exists() and source.resolve() == db_path.resolve():
        raise PartappError(said("That is the data file itself. Please choose a backup file."))
    if passphrase is not None and is_plain_sqlite(source):
        passphrase = None  # a backup made before the file was protected: restored as it was
    checked = diagnose(source, full=True, passphrase=passphrase)
    if not checked.ok:
        raise DatabaseError(said("The backup {name} cannot be used: {message} Nothing was "
                                 "changed.", name=source.name, message=checked.message))
    ensure_not_locked(db_path)
    when = when or datetime.now()
    safety = None
    if db_path.exists():
        current = diagnose(db_path, full=True, passphrase=passphrase)
        folder = _usable_folder(db_path)
        if current.ok:
            safety = folder / default_backup_name(db_path, when, "before-restore")
            _copy_checked(db_path, safety, passphrase)
        else:
            kind = "damaged" if current.kind in REFUSED else "before-restore"
            safety = folder / default_backup_name(db_path, when, kind)
            _byte_copy(db_path, safety)
    tmp = db_path.with_name(db_path.name + ".restoring")
    tmp.unlink(missing_ok=True)
    sqlite_copy(source, tmp, passphrase=passphrase)
    _note_restore(tmp, passphrase, source.name, actor or machine_user())
    for suffix in ("-wal", "-shm"):
        Path(str(db_path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, db_path)
    return safety or db_path


def _note_restore(path: Path, passphrase: str | None, source_name: str, actor: str) -> None:
    conn = connect(path, passphrase)
    try:
        conn.execute("INSERT INTO audit_entry (at, actor, action, entity, details) "
                     "VALUES (?, ?, 'restore', 'database', ?)",
                     (utcnow().isoformat(sep=" "), actor,
                      f"from {source_name}"[:200]))
        conn.commit()
    finally:
        conn.close()
