"""One writer at a time: a small lock file beside the data file says who has it open.

``participation.db.lock`` holds the computer's name, the user's name, the process id and times.
A second copy of the app is told plainly who has the file open. A lock is *stale* (left behind
by a crash or a power cut) when its process has gone on this computer, or, for another computer,
when it has not been refreshed for ``STALE_AFTER``. An open lock refreshes itself every
``REFRESH_EVERY`` in a background thread that only touches the lock file.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import platform
import socket
import sys
import threading
from dataclasses import asdict, dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

from ..errors import DatabaseError
from ..words import said, term

LOCK_SUFFIX = ".lock"
STALE_AFTER = timedelta(minutes=30)
REFRESH_EVERY = timedelta(minutes=5)

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "smb2", "afs", "ncpfs", "9p", "ceph",
               "glusterfs", "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "webdav", "lustre",
               "fuse.rclone", "fuse.gvfsd-fuse", "gpfs"}


class DatabaseLockedError(DatabaseError):
    """Someone else has the data file open. ``info`` says who."""

    def __init__(self, message: str, info: LockInfo) -> None:
        super().__init__(message)
        self.info = info


@dataclass(frozen=True)
class LockInfo:
    machine: str
    user: str
    pid: int
    started: datetime
    refreshed: datetime

    def describe(self) -> str:
        return f"{self.user} on {self.machine} has this file open"

    def to_json(self) -> str:
        data = asdict(self)
        data["started"] = self.started.isoformat(timespec="seconds")
        data["refreshed"] = self.refreshed.isoformat(timespec="seconds")
        return json.dumps(data)

    @classmethod
    def from_json(cls, text: str) -> LockInfo:
        data = json.loads(text)
        return cls(machine=str(data["machine"]), user=str(data["user"]), pid=int(data["pid"]),
                   started=datetime.fromisoformat(data["started"]),
                   refreshed=datetime.fromisoformat(data["refreshed"]))


def machine_name() -> str:
    return platform.node() or socket.gethostname() or "this computer"


def os_user_name() -> str:
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        return "someone"


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


def read_lock(db_path: Path) -> LockInfo | None:
    """Who holds the lock, or None when there is no lock (an unreadable lock counts as none)."""
    try:
        return LockInfo.from_json(lock_path(db_path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        return None


def pid_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def is_stale(info: LockInfo, *, now: datetime | None = None, machine: str | None = None) -> bool:
    """A lock left behind: its process is gone (this computer) or it stopped being refreshed."""
    now = now or datetime.now()
    if info.machine == (machine or machine_name()):
        return not pid_running(info.pid)
    return now - info.refreshed > STALE_AFTER


def is_ours(info: LockInfo) -> bool:
    return info.machine == machine_name() and info.pid == os.getpid()


def locked_message(info: LockInfo, *, now: datetime | None = None) -> str:
    now = now or datetime.now()
    clock = info.started.strftime("%H:%M")
    if info.started.date() == now.date():
        return said("{user} on {machine} has this file open (since {clock} today). Only one "
                    "person can use the data file at a time, so it was not opened. Please ask "
                    "them to close Participation Tracker, then try again.", user=info.user,
                    machine=info.machine, clock=clock)
    return said("{user} on {machine} has this file open (since {day} {month} {year} at {clock})."
                " Only one person can use the data file at a time, so it was not opened. Please "
                "ask them to close Participation Tracker, then try again.", user=info.user,
                machine=info.machine, day=info.started.strftime("%d"),
                month=term(info.started.strftime("%B")), year=info.started.year, clock=clock)


class FileLock:
    """A lock this process holds. ``release()`` removes the lock file when the last user lets go."""

    def __init__(self, db_path: Path, info: LockInfo, *, heartbeat: bool = True) -> None:
        self.db_path = Path(db_path)
        self.path = lock_path(db_path)
        self.info = info
        self.lost = False  # someone else took the lock over while we were away (sleep, network)
        self._count = 1
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        if heartbeat:
            self._thread = threading.Thread(target=self._beat, name="partapp-lock", daemon=True)
            self._thread.start()

    def _beat(self) -> None:
        while not self._stop.wait(REFRESH_EVERY.total_seconds()):
            self.refresh()

    def refresh(self, *, now: datetime | None = None) -> None:
        """Say we are still here. If the lock was taken over, note it and leave it alone."""
        current = read_lock(self.db_path)
        if current is not None and not is_ours(current):
            self.lost = True
            return
        self.info = replace(self.info, refreshed=now or datetime.now())
        _write(self.path, self.info)

    def set_user(self, user: str) -> None:
        """Show the signed-in person's name (rather than the computer login) to others."""
        self.info = replace(self.info, user=user or self.info.user)
        current = read_lock(self.db_path)
        if current is None or is_ours(current):
            _write(self.path, self.info)

    def release(self) -> None:
        self._count -= 1
        if self._count > 0:
            return
        self._stop.set()
        _held.pop(_key(self.db_path), None)
        current = read_lock(self.db_path)
        if current is None or is_ours(current):
            with contextlib.suppress(OSError):
                self.path.unlink(missing_ok=True)


_held: dict[str, FileLock] = {}
_held_guard = threading.Lock()


def _key(db_path: Path) -> str:
    return os.path.normcase(str(Path(db_path).resolve()))


def _write(path: Path, info: LockInfo) -> None:
    tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
    tmp.write_text(info.to_json(), encoding="utf-8")
    os.replace(tmp, path)


def _create(path: Path, info: LockInfo) -> bool:
    """Create the lock file only if there is none (atomic). False if one appeared first."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(info.to_json())
    return True


def acquire(db_path: Path, *, user: str | None = None, force: bool = False,
            now: datetime | None = None, heartbeat: bool = True) -> FileLock | None:
    """Take the lock for ``db_path``, or raise ``DatabaseLockedError`` saying who has it.

    The same process may open the file more than once (the lock is counted). ``force`` takes
    over a lock that is not stale (after the user has been told who has it). Returns None when
    the folder cannot hold a lock file (read-only media): the file is then opened without one.
    """
    db_path = Path(db_path)
    now = now or datetime.now()
    with _held_guard:
        mine = _held.get(_key(db_path))
        if mine is not None:
            mine._count += 1
            return mine
        info = LockInfo(machine=machine_name(), user=user or os_user_name(), pid=os.getpid(),
                        started=now, refreshed=now)
        path = lock_path(db_path)
        for _attempt in range(2):
            try:
                if _create(path, info):
                    break
            except OSError:
                return None
            current = read_lock(db_path)
            if current is None or is_ours(current) or force or is_stale(current, now=now):
                try:
                    path.unlink(missing_ok=True)
                except OSError:
                    return None
                continue
            raise DatabaseLockedError(locked_message(current, now=now), current)
        else:
            current = read_lock(db_path)
            raise DatabaseLockedError(locked_message(current, now=now) if current else
                                      "Someone else is opening the data file right now. "
                                      "Please try again in a moment.",
                                      current or info)
        lock = FileLock(db_path, info, heartbeat=heartbeat)
        _held[_key(db_path)] = lock
        return lock


def ensure_not_locked(db_path: Path, *, now: datetime | None = None) -> None:
    """For whole-file jobs (restore, encrypt): refuse while anyone, this process too, has it open."""
    current = read_lock(db_path)
    if current is None or is_stale(current, now=now):
        return
    if is_ours(current):
        raise DatabaseError(said("Please close the data file first, then try again."))
    raise DatabaseLockedError(locked_message(current, now=now), current)


def network_drive_warning(db_path: Path, *, mounts_file: Path = Path("/proc/mounts")
                          ) -> str | None:
    """A plain warning when the data file is on a network drive, or None."""
    if not is_network_path(Path(db_path), mounts_file=mounts_file):
        return None
    return ("The data file is on a network drive. If the network drops while you work, "
            "changes can be lost or the file damaged. It is safer to keep the data file on this "
            "computer and put the backups on the network drive or a USB stick.")


def is_network_path(path: Path, *, mounts_file: Path = Path("/proc/mounts")) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):
        return True
    if sys.platform == "win32":  # pragma: no cover - Windows only
        import ctypes

        drive = os.path.splitdrive(str(path.resolve()))[0]
        if not drive:
            return False
        return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == 4  # DRIVE_REMOTE
    try:
        lines = mounts_file.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return False
    resolved = str(path.expanduser().resolve())
    best, best_type = "", ""
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount = parts[1].replace("\\040", " ")
        inside = resolved == mount or resolved.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) >= len(best):
            best, best_type = mount, parts[2]
    return best_type in _NETWORK_FS
