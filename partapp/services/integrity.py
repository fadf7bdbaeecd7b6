"""Checking a data file: is it a SQLite database, is it sound, is it from this version?

Every check opens the file read-only, so checking never changes (or "repairs") a damaged file.
At opening the app runs SQLite's quick_check, and once a week the slower integrity_check; the
date of the last full check is kept in the app_setting table (``integrity_checked_on``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.orm import Session

from ..models import AppSetting
from .encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    connect,
    database_errors,
    is_plain_sqlite,
    verify,
)
from .errors import DatabaseError

FULL_CHECK_KEY = "integrity_checked_on"
FULL_CHECK_EVERY = timedelta(days=7)

class DamagedDatabaseError(DatabaseError):
    """The data file is damaged or is not a database; it was left exactly as it was."""


OK = "ok"
MISSING = "missing"
NOT_DATABASE = "not_database"
DAMAGED = "damaged"
TOO_NEW = "too_new"
FOREIGN = "foreign"
NEEDS_PASSPHRASE = "needs_passphrase"
WRONG_PASSPHRASE = "wrong_passphrase"


@dataclass(frozen=True)
class Diagnosis:
    kind: str
    message: str = ""
    last_full_check: date | None = None

    @property
    def ok(self) -> bool:
        return self.kind == OK


def diagnose(path: Path, *, full: bool = True, passphrase: str | None = None) -> Diagnosis:
    """What state the file at ``path`` is in, in one plain sentence (kind OK means sound)."""
    from .database import known_revisions

    path = Path(path)
    if not path.exists():
        return Diagnosis(MISSING, f"There is no file at {path}.")
    if path.is_dir():
        return Diagnosis(MISSING, f"{path} is a folder, not a data file.")
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
        conn = connect(path, passphrase, read_only=True)
    except errors:
        return Diagnosis(NOT_DATABASE, "The file cannot be opened.")
    try:
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        except errors:
            return Diagnosis(NOT_DATABASE, "It is not a Participation Tracker data file, or it "
                                           "is badly damaged.")
        if rows != ["ok"]:
            return Diagnosis(DAMAGED, "The file is damaged (the database check found problems).")
        try:
            tables = {r[0] for r in
                      conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables or "person" not in tables:
                return Diagnosis(FOREIGN, "It is not a Participation Tracker data file.")
            version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if version is None or version[0] not in known_revisions():
                return Diagnosis(TOO_NEW, "It was made by a newer version of Participation "
                                          "Tracker.")
            # Broken links between records: part of the weekly full check (it reads every row).
            bad_links = conn.execute("PRAGMA foreign_key_check").fetchall() if full else []
            broken = len({(row[0], row[1]) for row in bad_links})
            if broken:
                return Diagnosis(DAMAGED, "1 record points to a record that is missing."
                                 if broken == 1 else
                                 f"{broken} records point to records that are missing.")
            last = None
            if "app_setting" in tables:
                row = conn.execute("SELECT value FROM app_setting WHERE key = ?",
                                   (FULL_CHECK_KEY,)).fetchone()
                last = _parse_date(row[0]) if row else None
        except errors:
            return Diagnosis(DAMAGED, "The file is damaged (parts of it cannot be read).")
        return Diagnosis(OK, last_full_check=last)
    finally:
        conn.close()


def check_file(path: Path, *, full: bool = True, passphrase: str | None = None) -> list[str]:
    """Plain-English problems with the file at ``path`` (an empty list means it is fine).

    ``full`` runs SQLite's integrity_check (slower); otherwise quick_check. An encrypted file
    needs its ``passphrase``.
    """
    result = diagnose(path, full=full, passphrase=passphrase)
    return [] if result.ok else [result.message]


def full_check_due(last: date | None, today: date) -> bool:
    return last is None or today - last >= FULL_CHECK_EVERY or last > today


def check_at_open(path: Path, *, passphrase: str | None, today: date) -> tuple[Diagnosis, bool]:
    """The check made when the app opens a file: quick, or full once a week.

    Returns the diagnosis and whether the full check ran (so the caller records the date).
    """
    quick = diagnose(path, full=False, passphrase=passphrase)
    if not quick.ok or not full_check_due(quick.last_full_check, today):
        return quick, False
    return diagnose(path, full=True, passphrase=passphrase), True


def record_full_check(session: Session, today: date) -> None:
    row = session.get(AppSetting, FULL_CHECK_KEY)
    if row is None:
        session.add(AppSetting(key=FULL_CHECK_KEY, value=today.isoformat()))
    else:
        row.value = today.isoformat()


def refusal_message(path: Path, diagnosis: Diagnosis, *, passphrase: str | None = None) -> str:
    """Why the file was not opened, that nothing was changed, and the newest good backup."""
    from .backup import newest_good_backup

    path = Path(path)
    if diagnosis.kind == TOO_NEW:
        first = (f"The data file {path} was made by a newer version of Participation Tracker, "
                 "so it was not opened. Nothing in the file was changed. Please install the "
                 "newer version to open it.")
    elif diagnosis.kind in (NOT_DATABASE, FOREIGN):
        first = (f"The file {path} is not a Participation Tracker data file, or it is badly "
                 "damaged, so it was not opened. Nothing in the file was changed.")
    else:
        first = (f"The data file {path} is damaged, so it was not opened. Nothing in the file "
                 "was changed.")
    backup = newest_good_backup(path, passphrase=passphrase)
    if backup is None:
        return first + (" No good backup was found. Keep the file as it is (do not delete it) "
                        "and ask someone you trust with computers for help.")
    made = backup.made_at.strftime("%d %B %Y at %H:%M")
    return (first + f" The newest good backup is {backup.path} (made {made}). To use it, "
            f"choose File, then Restore from backup, or run: partapp restore \"{backup.path}\"")


def _parse_date(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip()[:10])
    except (ValueError, AttributeError):
        return None
