"""Crash safety: an import killed part-way (SIGKILL) leaves every earlier record and none of it.

Every user action is one transaction. Here the headless ``partapp import`` runs in its own
process on a large file and is killed without warning once it has started writing; the data
file must then hold exactly what was there before, pass ``partapp check``, and open normally.
"""

from __future__ import annotations

import csv
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from partapp.services.store.database import open_database

from .safety_support import add_people

ROWS = 20_000
EARLIER = 25
REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _big_people_file(path: Path) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["ref", "first_name", "last_name", "address_1", "town", "postcode",
                         "groups", "consent_date"])
        for n in range(ROWS):
            writer.writerow([f"CRASH{n:05d}", f"Imported{n}", "Crashtestperson",
                             f"{n} Long Lane", "Bangor", "LL57 1AA", "Carers", "2024-01-01"])
    return path


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return 0


def _refs(path: Path) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [r[0] for r in conn.execute("SELECT ref FROM person ORDER BY ref")]
    finally:
        conn.close()


def test_an_import_killed_part_way_leaves_all_earlier_records_and_none_of_its_own(db_path,
                                                                                   tmp_path):
    db = open_database(str(db_path))
    add_people(db, EARLIER, last_name="Before")
    db.dispose()
    earlier = _refs(db_path)
    assert len(earlier) == EARLIER
    source = _big_people_file(tmp_path / "people.csv")
    wal = Path(str(db_path) + "-wal")

    env = {k: v for k, v in os.environ.items() if k != "PARTAPP_DB"}
    process = subprocess.Popen(
        [sys.executable, "-m", "partapp", "--db", str(db_path), "import", str(source)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        # Wait until the import is writing its (uncommitted) rows into the WAL, then kill it.
        deadline = time.monotonic() + 120
        while process.poll() is None and _size(wal) < 256 * 1024:
            assert time.monotonic() < deadline, "the import never started writing"
            time.sleep(0.01)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGKILL, (
        "the import finished before it could be killed; make the file bigger. "
        + process.stderr.read().decode(errors="replace")[-500:])
    assert _size(wal) > 0  # the interrupted transaction had reached the disk

    check = subprocess.run([sys.executable, "-m", "partapp", "--db", str(db_path), "check"],
                           check=False, cwd=REPO, env=env, capture_output=True, text=True,
                           timeout=60)
    assert check.returncode == 0, check.stderr
    after = _refs(db_path)
    assert after == earlier
    assert not [r for r in after if r.startswith("CRASH")]

    db = open_database(str(db_path))  # the dead process's lock is stale: it opens normally
    with db.session() as session:
        from partapp.services.records.people import count_people

        assert count_people(session) == EARLIER
    db.dispose()
