"""Checking a data file: is it a SQLite database, is it sound, is it from this version?

Every check only reads the file, so checking never changes (or "repairs") a damaged file, and
leaves no ``-wal``/``-shm`` files beside it. The bytes are looked at first (an empty file, a
file of zeros, a PDF: see ``file_kinds``), then SQLite checks the database.

At opening, SQLite's quick_check runs, and the full integrity_check (which also finds damaged
indexes, which quick_check misses) runs whenever the file has changed since its last full
check, and at least once a week. "Changed" is told by the file's own bytes: after a full check
passes, the file's size and SHA-256 are kept outside the file, in ``checked-files.json`` in the
app's data folder (``paths.data_dir()``), so the record survives restarts and any write (by the
app, another program or a failing disk) makes the next opening check in full.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..errors import DatabaseError
from ..files import file_kinds
from ..words import counted, said
from .encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    connect,
    database_errors,
    is_plain_sqlite,
    verify,
)
from .revisions import known_revisions

FULL_CHECK_EVERY = timedelta(days=7)
RECORD = "checked-files.json"


class DamagedDatabaseError(DatabaseError):
    """The data file is damaged or is not a database; it was left exactly as it was."""


OK = "ok"
MISSING = "missing"
EMPTY = file_kinds.EMPTY
ZEROED = file_kinds.ZEROED
EMPTY_DATABASE = "empty_database"
NOT_DATABASE = file_kinds.NOT_DATABASE
DAMAGED = "damaged"
TOO_NEW = "too_new"
FOREIGN = "foreign"
NEEDS_PASSPHRASE = "needs_passphrase"
WRONG_PASSPHRASE = "wrong_passphrase"

# Kinds that are never opened, whatever the command (a database with no tables is made into a
# data file only by ``init`` or the first-run screen).
REFUSED = (EMPTY, ZEROED, NOT_DATABASE, DAMAGED, FOREIGN)


@dataclass(frozen=True)
class Diagnosis:
    kind: str
    message: str = ""
    last_full_check: date | None = None

    @property
    def ok(self) -> bool:
        return self.kind == OK


def read_connection(path: Path, passphrase: str | None) -> Any:
    """A read-only connection that leaves nothing beside the file.

    With no ``-wal`` or ``-journal`` beside it nobody is writing, so the file is read as
    immutable (SQLite then makes no ``-wal``/``-shm`` files); otherwise those files already
    exist and hold changes that must be read too.
    """
    side = any(Path(f"{path}{s}").exists() for s in ("-wal", "-journal"))
    return connect(path, passphrase, read_only=True, immutable=not side)


def diagnose(path: Path, *, full: bool = True, passphrase: str | None = None) -> Diagnosis:
    """What state the file at ``path`` is in, in one plain sentence (kind OK means sound)."""
    path = Path(path)
    if not path.exists():
        return Diagnosis(MISSING, file_kinds.missing_message(path))
    if path.is_dir():
        return Diagnosis(MISSING, said("{path} is a folder, not a data file.", path=path))
    try:
        plain = file_kinds.describe_bytes(path)
    except OSError:
        return Diagnosis(MISSING, file_kinds.unreachable_message(path))
    if plain is not None:
        return Diagnosis(*plain)
    if passphrase is not None and is_plain_sqlite(path):
        passphrase = None
    try:
        verify(path, passphrase)
    except PassphraseNeededError as exc:
        return Diagnosis(NEEDS_PASSPHRASE, str(exc))
    except WrongPassphraseError as exc:
        return Diagnosis(WRONG_PASSPHRASE, str(exc))
    errors = database_errors()
    try:
        conn = read_connection(path, passphrase)
    except errors:
        return Diagnosis(NOT_DATABASE, said("The file cannot be read as a database."))
    try:
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        except errors:
            return Diagnosis(DAMAGED, said("its start is damaged, so it cannot be read as a "
                                           "database"))
        if rows != ["ok"]:
            return Diagnosis(DAMAGED, said("the database check found problems in it"))
        try:
            tables = sorted(r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"))
            if not tables:
                return Diagnosis(EMPTY_DATABASE, said("This is a database with nothing in it: "
                                                      "no tables and no records."))
            if "alembic_version" not in tables or "person" not in tables:
                shown = ", ".join(tables[:3])
                return Diagnosis(FOREIGN, said("This is a SQLite file made by another program "
                                               "(it holds tables such as {shown}), not a "
                                               "Participation Tracker data file.", shown=shown))
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None or version[0] not in known_revisions():
                return Diagnosis(TOO_NEW, said("It was made by a newer version of "
                                               "Participation Tracker."))
            # Broken links between records: part of the full check (it reads every row).
            bad_links = conn.execute("PRAGMA foreign_key_check").fetchall() if full else []
            broken = len({(row[0], row[1]) for row in bad_links})
            if broken:
                return Diagnosis(DAMAGED, counted(
                    broken, "{n} record points to a record that is missing",
                    "{n} records point to records that are missing"))
        except errors:
            return Diagnosis(DAMAGED, said("parts of it cannot be read"))
        record = _records().get(_key(path)) or {}
        return Diagnosis(OK, last_full_check=_parse_date(record.get("checked_on", "")))
    finally:
        conn.close()


def check_file(path: Path, *, full: bool = True, passphrase: str | None = None) -> list[str]:
    """Plain-English problems with the file at ``path`` (an empty list means it is fine).

    ``full`` runs SQLite's integrity_check (slower); otherwise quick_check. An encrypted file
    needs its ``passphrase``.
    """
    result = diagnose(path, full=full, passphrase=passphrase)
    return [] if result.ok else [result.message]


def folder_gone_message(path: Path) -> str | None:
    """The message for a data file that cannot be reached because its folder is gone, else None.

    A folder is taken to be gone (a network drive or USB stick not connected) when the drive
    itself is missing, or when this computer has opened the file before (it is in the record of
    checked files); then the desktop says so instead of offering to make a new data file there.
    A new file in a new folder (the first run) is not refused.
    """
    path = Path(path)
    if path.exists() or path.parent.exists():
        return None
    drive_gone = bool(path.anchor) and not Path(path.anchor).exists()
    if drive_gone or _key(path) in _records():
        return file_kinds.missing_message(path)
    return None


def full_check_due(last: date | None, today: date) -> bool:
    return last is None or today - last >= FULL_CHECK_EVERY or last > today


# --- The record of files that passed a full check --------------------------------------------

def _record_file() -> Path:
    from ..files.paths import data_dir

    return data_dir() / RECORD


def _key(path: Path) -> str:
    return os.path.normcase(str(Path(path).resolve()))


def _records() -> dict[str, Any]:
    try:
        data = json.loads(_record_file().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def fingerprint(path: Path) -> dict[str, Any] | None:
    """The file's size and SHA-256, or None while a ``-wal`` holds changes not yet in it."""
    path = Path(path)
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return None
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return {"size": path.stat().st_size, "sha256": digest.hexdigest()}


def known_sound(path: Path, today: date) -> bool:
    """The file is byte for byte as it was when it last passed a full check (within a week)."""
    record = _records().get(_key(path))
    if not isinstance(record, dict) or full_check_due(
            _parse_date(str(record.get("checked_on", ""))), today):
        return False
    try:
        now = fingerprint(path)
    except OSError:
        return False
    return now is not None and all(record.get(k) == v for k, v in now.items())


def remember_sound(path: Path, today: date) -> None:
    """Note that the file, as it is now, passed a full check (kept outside the data file)."""
    try:
        now = fingerprint(path)
        if now is None:
            return
        data = _records()
        data[_key(path)] = {**now, "checked_on": today.isoformat()}
        file = _record_file()
        file.parent.mkdir(parents=True, exist_ok=True)
        tmp = file.with_name(file.name + f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(data, indent=1), encoding="utf-8")
        os.replace(tmp, file)
    except OSError:
        pass  # no record: the next opening simply checks in full again


def check_at_open(path: Path, *, passphrase: str | None, today: date) -> tuple[Diagnosis, bool]:
    """The check made when the app opens a file, before anything can be written to it.

    quick_check always; the full integrity_check too unless the file is byte for byte as it was
    at its last full check (less than a week ago). Returns the diagnosis and whether the full
    check ran.
    """
    quick = diagnose(path, full=False, passphrase=passphrase)
    if not quick.ok or known_sound(path, today):
        return quick, False
    result = diagnose(path, full=True, passphrase=passphrase)
    if result.ok:
        remember_sound(path, today)
    return result, True


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except (ValueError, AttributeError):
        return None
