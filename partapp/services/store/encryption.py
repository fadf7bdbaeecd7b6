"""Optional encryption at rest: the data file locked with a passphrase (SQLCipher).

SQLCipher comes from the optional ``sqlcipher3`` package (``pip install partapp[encryption]``).
A plain data file is read with Python's own ``sqlite3``; an encrypted one only with
``sqlcipher3`` and the right passphrase. A lost passphrase cannot be recovered: nobody, not even
us, can open the file without it.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import DatabaseError, PartappError, ValidationError

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 10

LOST_PASSPHRASE_WARNING = (
    "Please write the passphrase down and keep it somewhere safe. A lost passphrase cannot be "
    "recovered: nobody can open the data file or its backups again, not even us.")


class PassphraseNeededError(DatabaseError):
    """The data file is protected with a passphrase and none was given."""


class WrongPassphraseError(DatabaseError):
    """The passphrase given does not open the data file."""


@dataclass(frozen=True)
class EncryptionResult:
    path: Path
    encrypted: bool
    unprotected_backups: tuple[Path, ...] = ()

    def describe(self) -> str:
        if self.encrypted:
            text = (f"The data file {self.path} is now protected with your passphrase. "
                    f"{LOST_PASSPHRASE_WARNING}")
            if self.unprotected_backups:
                text += (f" {len(self.unprotected_backups)} older backups are not protected. "
                         "Delete them, or keep them somewhere locked: "
                         + ", ".join(str(p) for p in self.unprotected_backups))
            return text
        return (f"The data file {self.path} no longer needs a passphrase. Anyone who can reach "
                "the file can now read it.")


def available() -> bool:
    """Whether this installation can encrypt (the optional sqlcipher3 package is installed)."""
    try:
        import sqlcipher3  # noqa: F401
    except ImportError:
        return False
    return True


def _sqlcipher() -> Any:
    try:
        import sqlcipher3
    except ImportError:
        raise PartappError(
            "This copy of Participation Tracker cannot use passphrases: the encryption part is "
            "not installed. Ask whoever installed it to add it (pip install partapp[encryption])."
        ) from None
    return sqlcipher3


def sqlcipher_module() -> Any:
    """The sqlcipher3 DB-API module (for SQLAlchemy's ``module=``)."""
    return _sqlcipher()


def quote(passphrase: str) -> str:
    """The passphrase as an SQL string literal for ``PRAGMA key``."""
    return "'" + passphrase.replace("'", "''") + "'"


def looks_encrypted(path: Path) -> bool:
    """True when the file is not plain SQLite but is shaped like an encrypted database.

    Without the passphrase an encrypted file cannot be told apart from random bytes, so this
    only says "maybe": the file is whole pages long, has no plain SQLite header, and its first
    page looks random (not zeros, text, a PDF or a picture: see ``file_kinds``).
    """
    from ..files.file_kinds import looks_encrypted_bytes

    path = Path(path)
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            return looks_encrypted_bytes(handle.read(4096), size)
    except OSError:
        return False


def is_plain_sqlite(path: Path) -> bool:
    try:
        with Path(path).open("rb") as handle:
            return handle.read(16) == SQLITE_HEADER
    except OSError:
        return False


def connect(path: Path | str, passphrase: str | None = None, *, read_only: bool = False,
            check_same_thread: bool = True, immutable: bool = False) -> Any:
    """A DB-API connection to a data file: plain sqlite3, or sqlcipher3 keyed with the passphrase.

    The key is applied before anything is read. A wrong passphrase shows up on the first read
    (``verify`` does one), as ``file is not a database``.
    ``immutable`` (with ``read_only``) reads a file nobody is writing without making any
    ``-wal``/``-shm`` file beside it.
    """
    target = f"file:{Path(path)}?mode=ro" if read_only else str(path)
    if read_only and immutable:
        target += "&immutable=1"
    if passphrase is None:
        return sqlite3.connect(target, uri=read_only, check_same_thread=check_same_thread)
    module = _sqlcipher()
    conn = module.connect(target, uri=read_only, check_same_thread=check_same_thread)
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {quote(passphrase)}")
    return conn


def database_errors() -> tuple[type[BaseException], ...]:
    """The DB-API error classes for both drivers (sqlcipher3's do not subclass sqlite3's)."""
    errors: list[type[BaseException]] = [sqlite3.Error]
    try:
        import sqlcipher3

        errors.append(sqlcipher3.Error)
    except ImportError:
        pass
    return tuple(errors)


def verify(path: Path, passphrase: str | None) -> None:
    """Raise a plain error unless ``passphrase`` (None for a plain file) opens the file."""
    path = Path(path)
    if passphrase is None:
        if not is_plain_sqlite(path) and looks_encrypted(path):
            raise PassphraseNeededError(
                f"The data file {path.name} is protected with a passphrase. "
                "Please type the passphrase to open it.")
        return
    if is_plain_sqlite(path):
        return  # a plain file opens with any key given; nothing to check
    try:
        conn = connect(path, passphrase, read_only=True,
                       immutable=not Path(f"{path}-wal").exists())
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except database_errors():
        raise WrongPassphraseError(
            "That passphrase does not open this data file. Please check it and try again "
            "(capital letters and spaces matter).") from None


def validate_new_passphrase(passphrase: str, confirm: str | None = None) -> str:
    if passphrase is None or len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", f"Please use at least {MIN_PASSPHRASE} characters. "
                                            "A short sentence you will remember works well.")
    if len(passphrase) > 500:
        raise ValidationError("passphrase", "Please use a passphrase of 500 characters or fewer.")
    if any(ch < " " for ch in passphrase):
        raise ValidationError("passphrase", "Please use only letters, numbers, spaces and "
                                            "punctuation in the passphrase.")
    if confirm is not None and confirm != passphrase:
        raise ValidationError("confirm", "The two passphrases are not the same. "
                                         "Please type them again.")
    return passphrase


def _checkpoint(path: Path, passphrase: str | None) -> None:
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def _audit(conn: Any, action: str) -> None:
    from ..access.audit import current_actor

    conn.execute("INSERT INTO audit_entry (at, actor, action, entity, details) "
                 "VALUES (?, ?, ?, 'database', '')",
                 (datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "),
                  current_actor(), action))
    conn.commit()


def _export(path: Path, tmp: Path, *, old: str | None, new: str | None) -> None:
    """Copy every table of ``path`` into a new file ``tmp`` keyed with ``new`` ('' = plain)."""
    module = _sqlcipher()
    if tmp.exists():
        tmp.unlink()
    conn = module.connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if old is not None:
            conn.execute(f"PRAGMA key = {quote(old)}")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        conn.execute(f"ATTACH DATABASE ? AS target KEY {quote(new or '')}", (str(tmp),))
        conn.execute("SELECT sqlcipher_export('target')").fetchall()
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE target")
    finally:
        conn.close()


def _swap_in(path: Path, tmp: Path, passphrase: str | None, action: str) -> None:
    """Check the new file, then put it in place of the old one (which is fully checkpointed)."""
    from .integrity import check_file

    problems = check_file(tmp, full=True, passphrase=passphrase)
    if problems:
        tmp.unlink(missing_ok=True)
        raise DatabaseError("The new copy of the data file did not pass its check, so nothing "
                            f"was changed. ({problems[0]})")
    conn = connect(tmp, passphrase)
    try:
        _audit(conn, action)
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)


def _ready(path: Path) -> Path:
    from .lock import ensure_not_locked

    path = Path(path).expanduser()
    if not path.exists():
        raise PartappError(f"There is no data file at {path}.")
    ensure_not_locked(path)
    return path


def encrypt_database(path: Path, *, passphrase: str, confirm: str | None = None
                     ) -> EncryptionResult:
    """Protect a plain data file with a passphrase. The app must not have the file open."""
    from .backup import list_backups
    from .integrity import check_file

    path = _ready(path)
    validate_new_passphrase(passphrase, confirm)
    if not is_plain_sqlite(path):
        raise ValidationError("passphrase", "This data file is already protected with a "
                                            "passphrase.")
    problems = check_file(path, full=True)
    if problems:
        raise DatabaseError(f"The data file cannot be protected until it is sound: {problems[0]}")
    _checkpoint(path, None)
    tmp = path.with_name(path.name + ".encrypting")
    _export(path, tmp, old=None, new=passphrase)
    _swap_in(path, tmp, passphrase, "encrypt")
    plain = tuple(b.path for b in list_backups(path) if is_plain_sqlite(b.path))
    return EncryptionResult(path, True, plain)


def decrypt_database(path: Path, *, passphrase: str) -> EncryptionResult:
    """Remove the passphrase from a data file. The app must not have the file open."""
    path = _ready(path)
    if is_plain_sqlite(path):
        raise ValidationError("passphrase", "This data file has no passphrase to remove.")
    verify(path, passphrase)
    _checkpoint(path, passphrase)
    tmp = path.with_name(path.name + ".decrypting")
    _export(path, tmp, old=passphrase, new=None)
    _swap_in(path, tmp, None, "decrypt")
    return EncryptionResult(path, False)


def change_passphrase(path: Path, *, old: str, new: str, confirm: str | None = None
                      ) -> EncryptionResult:
    """Change the passphrase of an encrypted data file (older backups keep the old one)."""
    path = _ready(path)
    verify(path, old)
    validate_new_passphrase(new, confirm)
    _checkpoint(path, old)
    tmp = path.with_name(path.name + ".rekeying")
    _export(path, tmp, old=old, new=new)
    _swap_in(path, tmp, new, "encrypt")
    return EncryptionResult(path, True)
