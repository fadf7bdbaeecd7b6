"""The one way the app writes a file for the user: letters, reports, CSV and XLSX lists,
person exports, the audit log, backups and import templates, from the command line and the
desktop alike.

Two promises:

- **Nothing is written over the data.** A target that is an open data file, its ``-wal``,
  ``-shm`` or ``-journal`` file, its lock file, or (unless the caller asks for it) a backup, is
  refused with a plain one-line message. Paths are compared as the disk sees them: symlinks,
  ``./`` and ``..`` are followed, the same file under two names is caught, and case is ignored
  where the disk ignores it (Windows, macOS).
- **No half-written files.** Everything is written to a temporary file beside the target, which
  is renamed into place only once it is complete. A crash, a full disk or a pulled-out USB stick
  leaves the old file as it was, and no temporary file behind.

Which data files are open: every file ``open_database`` opens (and the file a command is
pointed at) is noted with ``protect_data_file`` for the life of the process. Any other file that
starts like a SQLite database, or is named like a backup of a noted file, counts as a data file
or a backup too.
"""

from __future__ import annotations

import os
import re
import shutil
import sys
import threading
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from ..errors import PartappError
from ..words import said, term
from .file_kinds import output_problem

SIDE_FILES = ("-wal", "-shm", "-journal")
LOCK_SUFFIX = ".lock"
SQLITE_HEADER = b"SQLite format 3\x00"
TEMP_SUFFIX = ".part"
_BACKUP_NAME = r"(?:-(?:backup|auto|before-restore|damaged)-\d{4}-\d{2}-\d{2}-\d{6}" \
               r"|\.before-upgrade-\w+-\d{8}-\d{6})\.[A-Za-z0-9]+"

_protected: list[str] = []
_guard = threading.Lock()


class OutputRefusedError(PartappError):
    """The chosen file must not be written: it is the data, part of it, or a backup."""


def _case_blind() -> bool:
    return sys.platform in ("win32", "darwin", "cygwin")


def _real(path: str | os.PathLike[str]) -> str:
    return os.path.realpath(os.path.abspath(os.path.expanduser(os.fspath(path))))


def _key(path: str) -> str:
    key = os.path.normcase(path)
    return key.casefold() if _case_blind() else key


def protect_data_file(path: str | os.PathLike[str] | None) -> None:
    """Note that ``path`` is a data file: no output may be written over it or its side files."""
    if path is None or "://" in os.fspath(path):
        return
    real = _real(path)
    with _guard:
        if real not in _protected:
            _protected.append(real)


def protected_data_files() -> list[Path]:
    with _guard:
        return [Path(p) for p in _protected]


def _same(a: str, b: str) -> bool:
    if _key(a) == _key(b):
        return True
    try:
        return os.path.exists(a) and os.path.exists(b) and os.path.samefile(a, b)
    except OSError:
        return False


def _starts_like_sqlite(path: str) -> bool:
    try:
        with open(path, "rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def _why_refused(target: str, data_files: Iterable[str], allow_backup: bool) -> str | None:
    """What the target is, if it must not be written (None when it may be)."""
    for data in data_files:
        if _same(target, data):
            return "is your data file"
        for side in SIDE_FILES:
            if _same(target, data + side):
                return f"belongs to your data file (its {side[1:]} file holds recent changes)"
        if _same(target, data + LOCK_SUFFIX):
            return "is the lock file that shows your data file is open"
        if not allow_backup:
            stem = re.escape(Path(data).stem)
            flags = re.IGNORECASE if _case_blind() else 0
            if re.fullmatch(stem + _BACKUP_NAME, os.path.basename(target), flags):
                return "is a backup of your data file"
    name = os.path.basename(target)
    for side in (*SIDE_FILES, LOCK_SUFFIX):
        if name.endswith(side) and os.path.isfile(target[: -len(side)]) \
                and _starts_like_sqlite(target[: -len(side)]):
            return "belongs to a data file"
    if os.path.isfile(target) and _starts_like_sqlite(target):
        return "is a data file or a backup" if not allow_backup else None
    return None


def _refuse(target: Path, what: str, allow_backup: bool,
            data_files: Iterable[str | os.PathLike[str] | None]) -> None:
    real = _real(target)
    extra = [_real(d) for d in data_files if d is not None and "://" not in os.fspath(d)]
    with _guard:
        known = [*_protected, *extra]
    reason = _why_refused(real, known, allow_backup)
    if reason is None and real != os.path.abspath(os.fspath(target)):
        reason = _why_refused(os.path.abspath(os.fspath(target)), known, allow_backup)
    if reason is not None:
        raise OutputRefusedError(said("That file ({name}) {reason}. Choose another name for "
                                      "{what}.", name=target.name, reason=reason, what=term(what)))


def check_target(path: str | os.PathLike[str], *, what: str, allow_backup: bool = False,
                 data_files: Iterable[str | os.PathLike[str] | None] = ()) -> Path:
    """Refuse ``path`` (``OutputRefusedError``) if writing it could harm the data.

    ``what`` names the output in the message ("the letters"). ``data_files`` adds files to
    protect besides those already noted. Returns the path, with ``~`` expanded.
    """
    target = Path(os.path.expanduser(os.fspath(path)))
    _refuse(target, what, allow_backup, data_files)
    if target.is_dir():
        raise OutputRefusedError(said("{target} is a folder. Choose a file name for {what}.",
                                      target=target, what=term(what)))
    return target


def check_folder(folder: str | os.PathLike[str], *, what: str, make: bool = True) -> Path:
    """A folder that outputs will go into (each file is checked as it is written); made when
    it is not there yet, unless ``make`` is False. A folder may not take the name of a data
    file's side file either (SQLite would find it there)."""
    place = Path(os.path.expanduser(os.fspath(folder)))
    if not place.is_dir():
        _refuse(place, what, False, ())
    if place.exists() and not place.is_dir():
        raise OutputRefusedError(said("{name} is a file, not a folder. Choose a folder for "
                                      "{what}.", name=place.name, what=term(what)))
    if not make:
        return place
    try:
        place.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PartappError(said("Cannot make the folder {place} ({strerror}). Choose another "
                                "place for {what}.", place=place, strerror=exc.strerror,
                                what=term(what))) from None
    return place


def _temporary(target: Path, what: str) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise PartappError(said("The folder {folder} does not exist. Choose another place for "
                                "{what}.", folder=folder, what=term(what)))
    temp = folder / f".{target.name}.{uuid.uuid4().hex[:8]}{TEMP_SUFFIX}"
    try:
        os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
    except OSError as exc:
        raise PartappError(output_problem(exc, folder, what) or said(
            "Cannot save {what} in {folder} ({strerror}). Choose another place.",
            what=term(what), folder=folder, strerror=exc.strerror)) from None
    return temp


def _sync(path: Path) -> None:
    """Make sure the bytes are on the disk before the file takes the real name."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _failed(exc: OSError, target: Path, what: str) -> PartappError:
    known = output_problem(exc, target.parent, what)  # full disk, read-only, folder gone
    if known is not None:
        return PartappError(known)
    reason = exc.strerror or str(exc)
    return PartappError(said("Could not save {what} as {name} ({reason}). Close the file if "
                             "it is open in another program, or choose another place, and "
                             "check there is room on the disk.", what=term(what), name=target.name,
                             reason=reason))


@contextmanager
def replacing(path: str | os.PathLike[str], *, what: str, allow_backup: bool = False,
              data_files: Iterable[str | os.PathLike[str] | None] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` to write to; it takes the real name on success.

    Anything raised inside the block (or a failed rename) removes the temporary file and
    leaves whatever was at ``path`` as it was.
    """
    target = check_target(path, what=what, allow_backup=allow_backup, data_files=data_files)
    temp = _temporary(target, what)
    try:
        yield temp
        _sync(temp)
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise _failed(exc, target, what) from None
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


@contextmanager
def open_output(path: str | os.PathLike[str], mode: str = "w", *, what: str,
                encoding: str | None = "utf-8", newline: str | None = None,
                allow_backup: bool = False) -> Iterator[IO[Any]]:
    """Open a file to write, as ``open`` would, through a temporary file (see ``replacing``)."""
    if "b" in mode:
        encoding = None
    with replacing(path, what=what, allow_backup=allow_backup) as temp, \
            open(temp, mode, encoding=encoding, newline=newline) as handle:
        yield handle


def write_bytes(path: str | os.PathLike[str], data: bytes, *, what: str) -> Path:
    with open_output(path, "wb", what=what) as handle:
        handle.write(data)
    return Path(path)


def write_text(path: str | os.PathLike[str], text: str, *, what: str,
               encoding: str = "utf-8") -> Path:
    with open_output(path, "w", what=what, encoding=encoding) as handle:
        handle.write(text)
    return Path(path)


def copy_file(source: str | os.PathLike[str], path: str | os.PathLike[str], *,
              what: str) -> Path:
    """Copy a finished file (a previewed PDF) to where the user chose to save it."""
    with replacing(path, what=what) as temp:
        shutil.copyfile(source, temp)
    return Path(os.path.expanduser(os.fspath(path)))
