"""Optional encryption at rest: the data file locked with a passphrase (SQLCipher).

SQLCipher comes from the optional ``sqlcipher3`` package (``pip install partapp[encryption]``).
A plain data file is read with Python's own ``sqlite3``; an encrypted one only with
``sqlcipher3`` and the right passphrase. A lost passphrase cannot be recovered: nobody, not even
us, can open the file without it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from ..errors import DatabaseError, PartappError, ValidationError
from ..words import said

SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PASSPHRASE = 10

LOST_PASSPHRASE_WARNING = (
    "Please write the passphrase down and keep it somewhere safe. A lost passphrase cannot be "
    "recovered: nobody can open the data file or its backups again, not even us.")


class PassphraseNeededError(DatabaseError):
    """The data file is protected with a passphrase and none was given."""


class WrongPassphraseError(DatabaseError):
    """The passphrase given does not open the data file."""


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
            said("This copy of Participation Tracker cannot use passphrases: the encryption "
                 "part is not installed. Ask whoever installed it to add it (pip install "
                 "partapp[encryption]).")
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
                said("The data file {name} is protected with a passphrase. Please type the "
                     "passphrase to open it.", name=path.name))
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
            said("That passphrase does not open this data file. Please check it and try again "
                 "(capital letters and spaces matter).")) from None


def validate_new_passphrase(passphrase: str, confirm: str | None = None) -> str:
    if passphrase is None or len(passphrase.strip()) < MIN_PASSPHRASE:
        raise ValidationError("passphrase", said("Please use at least {min_passphrase} "
                                                 "characters. A short sentence you will "
                                                 "remember works well.",
                                                 min_passphrase=MIN_PASSPHRASE))
    if len(passphrase) > 500:
        raise ValidationError("passphrase", said("Please use a passphrase of 500 characters "
                                                 "or fewer."))
    if any(ch < " " for ch in passphrase):
        raise ValidationError("passphrase", said("Please use only letters, numbers, spaces "
                                                 "and punctuation in the passphrase."))
    if confirm is not None and confirm != passphrase:
        raise ValidationError("confirm", said("The two passphrases are not the same. Please "
                                              "type them again."))
    return passphrase
