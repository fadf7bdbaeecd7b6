"""Helpers for tests that need a PostgreSQL server (skipped without one) or run the command
line as separate processes, as two offices' computers would."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text

PG_URL = os.environ.get("PARTAPP_TEST_PG_URL", "")
needs_server = pytest.mark.skipif(not PG_URL, reason="set PARTAPP_TEST_PG_URL to test PostgreSQL")


@contextmanager
def empty_server_database() -> Iterator[str]:
    """The URL of a new, empty database on the test server, dropped afterwards."""
    name = f"partapp_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield PG_URL.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def start_cli(target: str, *args: str) -> subprocess.Popen[str]:
    """``partapp --db TARGET ARGS...`` as its own process (its own connection)."""
    return subprocess.Popen([sys.executable, "-m", "partapp", "--db", target, *args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def finish(processes: Sequence[subprocess.Popen[str]],
           timeout: float = 120) -> list[tuple[int, str]]:
    """Each process's exit status and everything it said (stdout then stderr)."""
    results = []
    for process in processes:
        out, err = process.communicate(timeout=timeout)
        results.append((process.returncode, out + err))
    return results
