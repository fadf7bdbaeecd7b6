"""Counting on more than one core: read-only statements shared between connections.

SQLite runs each statement on one core. Python's sqlite3 module lets go of the GIL while a
statement runs, so a few one-row counts (the Home page's) finish sooner when two threads run
them at once, each on its own connection from the session's engine.

Other connections cannot see what the session has written but not committed, so the work is
only shared when the session has nothing of its own outstanding: no unflushed changes and no
open write transaction on its connection. Otherwise, and on anything but a SQLite file (a
PostgreSQL server, an in-memory database), every statement runs on the session's own
connection, one after another, exactly as a plain query would.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from sqlalchemy import Connection, Executable, Row
from sqlalchemy.orm import Session
from sqlalchemy.pool import SingletonThreadPool, StaticPool

MAX_WORKERS = 4


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def workers(session: Session) -> int:
    """How many connections may share reads for ``session`` just now (1: only its own)."""
    if session.new or session.dirty or session.deleted:
        return 1  # the single path flushes these first; other connections would miss them
    cores = min(_cores(), MAX_WORKERS)
    if cores < 2:
        return 1
    conn = session.connection()
    engine = conn.engine
    if engine.dialect.name != "sqlite" or isinstance(engine.pool, (SingletonThreadPool,
                                                                   StaticPool)):
        return 1  # a server shares its own work; an in-memory database has one connection
    # True once the connection has written (or begun) anything not yet committed.
    if getattr(conn.connection.dbapi_connection, "in_transaction", True):
        return 1
    return cores


def one_rows(session: Session, statements: Sequence[Executable], *,
             parallel: int | None = None) -> list[Row[Any]]:
    """The one row each statement gives, in the same order as ``statements``.

    With ``parallel`` (from ``workers()``; worked out here when not given) above 1, the
    statements are taken in turn, first come first served, by the session's connection and by
    that many minus one helper threads with their own connections; give the longest first.
    An error in any of them is raised here, after every thread has stopped.
    """
    count = workers(session) if parallel is None else parallel
    count = min(count, len(statements))
    if count < 2:
        return [session.execute(statement).one() for statement in statements]
    results: list[Row[Any] | None] = [None] * len(statements)
    pending = iter(range(len(statements)))
    lock = threading.Lock()
    failed = threading.Event()

    def take() -> int | None:
        with lock:
            return None if failed.is_set() else next(pending, None)

    def work(conn: Connection) -> None:
        try:
            while (index := take()) is not None:
                results[index] = conn.execute(statements[index]).one()
        except BaseException:
            failed.set()  # the others stop after the statement they are running
            raise

    def helper() -> None:
        with own.engine.connect() as conn:
            work(conn)

    own = session.connection()
    with ThreadPoolExecutor(max_workers=count - 1, thread_name_prefix="partapp-read") as pool:
        helpers = [pool.submit(helper) for _ in range(count - 1)]
        try:
            work(own)
        finally:
            # Leaving the with-block waits for the helpers; their errors come out here.
            errors = [future.exception() for future in helpers]
    for error in errors:
        if error is not None:
            raise error
    return results  # type: ignore[return-value]
