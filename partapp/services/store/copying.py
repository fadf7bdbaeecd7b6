"""Copying a SQLite data file safely, even while it is open (SQLite's online backup API)."""

from __future__ import annotations

from pathlib import Path

from . import encryption


def sqlite_copy(source: Path, dest: Path, *, passphrase: str | None = None) -> Path:
    """Copy a SQLite database safely, even while it is open, with SQLite's online backup API.

    An encrypted file (``passphrase``) is copied encrypted with the same passphrase.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    if passphrase is not None and encryption.is_plain_sqlite(source):
        passphrase = None
    src = encryption.connect(source, passphrase, read_only=True)
    try:
        out = encryption.connect(dest, passphrase)
        try:
            src.backup(out)
            # A copy is one self-contained file: reading it later leaves no -wal beside it.
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()
    finally:
        src.close()
    return dest
