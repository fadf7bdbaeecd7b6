"""What a file is, and whether it can be changed, found without changing it.

Before the app lets SQLite near a file, it looks at the file's bytes: an empty file, a file of
zeros, a PDF or a photo is named as what it is, and refused untouched (SQLite would otherwise
turn an empty file into a new database, or leave ``-wal``/``-shm`` files beside it). Problems
with the place the file is kept (a read-only file or folder, a full disk, a missing network
drive) get a plain message that says what to do, never "damaged".
"""

from __future__ import annotations

import errno
import math
import os
import sqlite3
import tempfile
from collections import Counter
from pathlib import Path

from ..words import said, term

SQLITE_HEADER = b"SQLite format 3\x00"

EMPTY = "empty"
ZEROED = "zeroed"
NOT_DATABASE = "not_database"

# The first bytes of files people most often pick by mistake.
_MAGIC = ((b"%PDF", term("a PDF document")), (b"PK\x03\x04", term("a Word, Excel or zip file")),
          (b"\x89PNG", term("a picture (PNG)")), (b"\xff\xd8\xff", term("a photo (JPEG)")),
          (b"GIF8", term("a picture (GIF)")),
          (b"\xd0\xcf\x11\xe0", term("an old Word or Excel file")))


def _sample(path: Path, size: int = 4096) -> bytes:
    with Path(path).open("rb") as handle:
        return handle.read(size)


def entropy(data: bytes) -> float:
    """Bits of information per byte (8.0 for random or encrypted bytes, 0 for one value)."""
    if not data:
        return 0.0
    total = len(data)
    return -sum(n / total * math.log2(n / total) for n in Counter(data).values())


def _all_zero(path: Path) -> bool:
    with Path(path).open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            if chunk.count(0) != len(chunk):
                return False
    return True


def describe_bytes(path: Path) -> tuple[str, str] | None:
    """(kind, what it is) for a file that is plainly not a database, else None.

    None means the file starts like SQLite, or looks like an encrypted data file. Only reads.
    """
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        return EMPTY, (said("This file is empty (it has 0 bytes): nothing was ever saved into "
                            "it. This happens when a copy did not finish."))
    head = _sample(path)
    if head.startswith(SQLITE_HEADER):
        return None
    if _all_zero(path):
        return ZEROED, (said("This file holds only zeros ({size:,} bytes) and no records: it "
                             "is not a data file. This happens when a copy did not finish or "
                             "a disk failed.", size=size))
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return NOT_DATABASE, said("This file is {what}, not a Participation Tracker data "
                                      "file.", what=what)
    if looks_encrypted_bytes(head, size):
        return None
    try:
        head.decode("utf-8")
        return NOT_DATABASE, said("This is a text file, not a Participation Tracker data file.")
    except UnicodeDecodeError:
        pass
    return NOT_DATABASE, (said("This file is not a Participation Tracker data file (it is not "
                               "a database at all), or its start is badly damaged."))


def looks_encrypted_bytes(head: bytes, size: int) -> bool:
    """Shaped like a data file locked with a passphrase: whole pages of random-looking bytes.

    Without the passphrase an encrypted file cannot be told apart from random bytes; but a file
    of zeros, text, a PDF or a file whose length is not whole pages is certainly not one.
    """
    if size < 1024 or size % 512 or head.startswith(SQLITE_HEADER):
        return False
    if any(head.startswith(magic) for magic, _what in _MAGIC):
        return False
    return entropy(head[:4096]) > 7.5


# --- Where the file is kept ------------------------------------------------------------------

def missing_message(path: Path) -> str:
    """No file at ``path``: a missing folder (drive not connected) or just a missing file."""
    path = Path(path)
    if not path.parent.exists():
        return (said("The folder {parent} cannot be found, so the data file {name} cannot be "
                     "opened. If it is on a network drive or a USB stick, check that it is "
                     "connected (and that you are signed in to the network), then try again.",
                     parent=path.parent, name=path.name))
    return said("There is no data file at {path}. Check the name and try again.", path=path)


def read_only_file_message(path: Path) -> str:
    return (said("The data file {path} cannot be changed: it is read-only. Nothing in it was "
                 "changed. Ask whoever looks after your computers to let you change it, or "
                 "copy it to a folder you can change (such as Documents) and open the copy.",
                 path=path))


def read_only_folder_message(path: Path) -> str:
    return (said("The folder {parent} is read-only, so the data file {name} cannot be changed "
                 "(the app keeps small working files beside it while it is open). Nothing in "
                 "it was changed. Ask whoever looks after your computers to let you change "
                 "files in that folder, or copy the data file to a folder you can change "
                 "(such as Documents) and open the copy.", parent=path.parent, name=path.name))


def disk_full_message(path: Path | None) -> str:
    if path is None:
        return said("The disk is full, so the change was not saved. Nothing was half-written: "
                    "the data file is as it was before. Make room on the disk (empty the "
                    "recycle bin, or move files you do not need), then try again.")
    return said("The disk that holds {path} is full, so the change was not saved. Nothing was "
                "half-written: the data file is as it was before. Make room on the disk (empty "
                "the recycle bin, or move files you do not need), then try again.", path=path)


def unreachable_message(path: Path | None) -> str:
    if path is None:
        return said("The data file cannot be reached just now, so the change was not saved. If "
                    "it is on a network drive or a USB stick, check it is still connected, then "
                    "try again.")
    return said("The data file {path} cannot be reached just now, so the change was not saved. "
                "If it is on a network drive or a USB stick, check it is still connected, then "
                "try again.", path=path)


def output_problem(exc: BaseException, folder: Path, what: str) -> str | None:
    """Why ``what`` (a letter, report, list or backup) could not be saved in ``folder``, for a
    failure the system or SQLite reported that is about the place (full disk, read-only,
    folder gone), else None. The one wording, for the command line and the desktop alike."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    code = code & 0xFF if code is not None else None
    number = getattr(inner, "errno", None)
    text = str(inner).lower()
    if number in (errno.ENOSPC, errno.EDQUOT) or code == sqlite3.SQLITE_FULL \
            or "disk is full" in text:
        return (said("The disk that holds {folder} is full, so {what} could not be saved. "
                     "Nothing was half-written. Make room on the disk (empty the recycle bin, "
                     "or move files you do not need), or choose another place, then try again.",
                     folder=folder, what=term(what)))
    if code == sqlite3.SQLITE_CANTOPEN and Path(folder).is_dir():
        number = _probe_folder(Path(folder))  # SQLite does not say why: try for real
    if number in (errno.EACCES, errno.EPERM, errno.EROFS) or code == sqlite3.SQLITE_READONLY:
        return (said("The folder {folder} is read-only, so {what} could not be saved there. "
                     "Choose another folder (such as Documents), or ask whoever looks after "
                     "your computers to let you save files in it.", folder=folder, what=term(what)))
    if not Path(folder).exists():
        return (said("The folder {folder} cannot be found, so {what} could not be saved. If "
                     "it is on a network drive or a USB stick, check that it is connected, "
                     "then try again, or choose another place.", folder=folder, what=term(what)))
    return None


def _probe_folder(folder: Path) -> int | None:
    """The system's error number when a small file cannot be made in ``folder``, else None."""
    try:
        fd, probe = tempfile.mkstemp(prefix=".partapp-", dir=folder)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        return exc.errno
    return None


def access_problem(path: Path) -> str | None:
    """Why the existing file at ``path`` cannot be changed, or None. Changes nothing in it.

    Tries for real (opening the file for writing without writing, making and removing a small
    file beside it), so it notices read-only drives and locked files as well as permissions.
    """
    path = Path(path)
    try:
        fd = os.open(path, os.O_RDWR)
        os.close(fd)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only_file_message(path)
        if exc.errno == errno.ENOENT:
            return missing_message(path)
        return unreachable_message(path)
    try:
        fd, probe = tempfile.mkstemp(prefix=".partapp-", dir=path.parent)
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return read_only_folder_message(path)
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return disk_full_message(path)
        return unreachable_message(path)
    return None


def storage_message(exc: BaseException, path: Path | None) -> str | None:
    """A plain message for a storage failure reported by SQLite or the system, else None."""
    inner = getattr(exc, "orig", None) or exc
    code = getattr(inner, "sqlite_errorcode", None)
    number = getattr(inner, "errno", None)
    text = str(inner).lower()
    if code is not None:
        code &= 0xFF  # the primary result code
    if code == sqlite3.SQLITE_FULL or number in (errno.ENOSPC, errno.EDQUOT) \
            or "disk is full" in text:
        return disk_full_message(path)
    if code == sqlite3.SQLITE_READONLY or number == errno.EROFS or "readonly" in text:
        if path is not None and access_problem(path):
            return access_problem(path)
        return read_only_file_message(path) if path is not None else None
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_CANTOPEN) or number in (
            errno.EIO, errno.ENOENT, errno.ESTALE if hasattr(errno, "ESTALE") else -1):
        if path is not None and not path.parent.exists():
            return missing_message(path)
        if path is not None and access_problem(path):
            return access_problem(path)
        return unreachable_message(path)
    return None
