"""Helpers for the tests of places that cannot be written: a read-only file or folder, made
for real (chmod, or chattr +i when the tests run as root, who may write anyway), and a full
disk (SQLite's page limit, as a full disk would stop it)."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import event


def make_read_only(path: Path, request) -> None:
    """Make ``path`` (a file or a folder) read-only until the test ends, or skip the test."""
    path = Path(path)
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(stat.S_IMODE(mode) & ~0o222)
        request.addfinalizer(lambda: path.chmod(stat.S_IMODE(mode)))
        if os.access(path, os.W_OK):
            pytest.skip("this computer lets the tests write to read-only files")
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)],
                                        capture_output=True).returncode != 0:
        pytest.skip("cannot make a read-only file here (root, and no chattr)")
    request.addfinalizer(lambda: subprocess.run([chattr, "-i", str(path)], check=True))


def fill_disk(engine, path: Path) -> None:
    """From now on the data file cannot grow, as if its disk were full: SQLite then says
    "database or disk is full", as it does on a full disk."""
    pages = (path.stat().st_size + 4095) // 4096

    @event.listens_for(engine, "connect")
    def _full(dbapi_connection, _record) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    engine.dispose()  # connections made from now on have the limit
