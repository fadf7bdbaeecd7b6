"""Protecting the data file with a passphrase, changing it, or taking it off.

Each works on a closed file: the file is copied into a new one with the new key (SQLCipher's
export), the copy is checked in full, and only then put in place of the old one, so a failure
at any step leaves the data file as it was. The low-level parts (opening a file with or without
a key, telling them apart) are in encryption.py.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..access.audit import machine_user
from ..errors import DatabaseError, PartappError, ValidationError
from ..words import counted, joined, said, term
from .encryption import (
    LOST_PASSPHRASE_WARNING,
    _sqlcipher,
    connect,
    is_plain_sqlite,
    quote,
    validate_new_passphrase,
    verify,
)
from .integrity import check_file
from .lock import ensure_not_locked


@dataclass(frozen=True)
class EncryptionResult:
    path: Path
    encrypted: bool
    unprotected_backups: tuple[Path, ...] = ()

    def describe(self) -> str:
        if self.encrypted:
            parts: list[str] = [
                said("The data file {path} is now protected with your passphrase.",
                     path=self.path), term(LOST_PASSPHRASE_WARNING)]
            if self.unprotected_backups:
                parts.append(counted(
                    len(self.unprotected_backups), "{n} older backup is not protected. Delete "
                    "it, or keep it somewhere locked: {paths}", "{n} older backups are not "
                    "protected. Delete them, or keep them somewhere locked: {paths}",
                    paths=", ".join(str(p) for p in self.unprotected_backups)))
            return joined(parts)
        return said("The data file {path} no longer needs a passphrase. Anyone who can reach "
                    "the file can now read it.", path=self.path)


def _checkpoint(path: Path, passphrase: str | None) -> None:
    conn = connect(path, passphrase)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    finally:
        conn.close()


def _audit(conn: Any, action: str, actor: str) -> None:
    conn.execute("INSERT INTO audit_entry (at, actor, action, entity, details) "
                 "VALUES (?, ?, ?, 'database', '')",
                 (datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" "),
                  actor, action))
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


def _swap_in(path: Path, tmp: Path, passphrase: str | None, action: str,
             actor: str | None) -> None:
    """Check the new file, then put it in place of the old one (which is fully checkpointed)."""
    problems = check_file(tmp, full=True, passphrase=passphrase)
    if problems:
        tmp.unlink(missing_ok=True)
        raise DatabaseError(said("The new copy of the data file did not pass its check, so "
                                 "nothing was changed. ({problems})", problems=problems[0]))
    conn = connect(tmp, passphrase)
    try:
        _audit(conn, action, actor or machine_user())
    finally:
        conn.close()
    for suffix in ("-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)
    os.replace(tmp, path)


def _ready(path: Path) -> Path:
    path = Path(path).expanduser()
    if not path.exists():
        raise PartappError(said("There is no data file at {path}.", path=path))
    ensure_not_locked(path)
    return path


def encrypt_database(path: Path, *, passphrase: str, confirm: str | None = None,
                     actor: str | None = None) -> EncryptionResult:
    """Protect a plain data file with a passphrase. The app must not have the file open."""
    from .backup import list_backups
    path = _ready(path)
    validate_new_passphrase(passphrase, confirm)
    if not is_plain_sqlite(path):
        raise ValidationError("passphrase", said("This data file is already protected with a "
                                                 "passphrase."))
    problems = check_file(path, full=True)
    if problems:
        raise DatabaseError(said("The data file cannot be protected until it is sound: "
                                 "{problems}", problems=problems[0]))
    _checkpoint(path, None)
    tmp = path.with_name(path.name + ".encrypting")
    _export(path, tmp, old=None, new=passphrase)
    _swap_in(path, tmp, passphrase, "encrypt", actor)
    plain = tuple(b.path for b in list_backups(path) if is_plain_sqlite(b.path))
    return EncryptionResult(path, True, plain)


def decrypt_database(path: Path, *, passphrase: str, actor: str | None = None
                     ) -> EncryptionResult:
    """Remove the passphrase from a data file. The app must not have the file open."""
    path = _ready(path)
    if is_plain_sqlite(path):
        raise ValidationError("passphrase", said("This data file has no passphrase to remove."))
    verify(path, passphrase)
    _checkpoint(path, passphrase)
    tmp = path.with_name(path.name + ".decrypting")
    _export(path, tmp, old=passphrase, new=None)
    _swap_in(path, tmp, None, "decrypt", actor)
    return EncryptionResult(path, False)


def change_passphrase(path: Path, *, old: str, new: str, confirm: str | None = None,
                      actor: str | None = None) -> EncryptionResult:
    """Change the passphrase of an encrypted data file (older backups keep the old one)."""
    path = _ready(path)
    verify(path, old)
    validate_new_passphrase(new, confirm)
    _checkpoint(path, old)
    tmp = path.with_name(path.name + ".rekeying")
    _export(path, tmp, old=old, new=new)
    _swap_in(path, tmp, new, "encrypt", actor)
    return EncryptionResult(path, True)
