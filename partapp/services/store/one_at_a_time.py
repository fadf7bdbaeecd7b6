"""One at a time: work two offices must not do at the same moment on one database.

Marking letters as sent and importing a spreadsheet both read what is there, then write what
is missing. Two apps doing that at once would both see the same letters owed (and mark them
twice), or the same people missing (and add them twice). ``hold(session, work)`` waits until
no other app is doing that ``work`` on this database, then keeps it until this transaction
ends (commit or roll back); whatever the caller reads after it is what the other app saved.

- PostgreSQL: a transaction-level advisory lock, one number per kind of work (other work and
  reading go on as usual).
- SQLite: the database's own write lock, taken at once by a write that changes nothing. Only
  one app writes to a file at a time anyway; this makes the wait come before the reading.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

# One advisory lock number for each kind of work (any fixed numbers; these spell "PT" and a
# count, so they are unlikely to meet another program's on a shared server).
WORK = {"letters": 0x5054_0001, "import": 0x5054_0002}
# How long a SQLite app waits for the other to finish (its usual wait is 5 seconds).
SQLITE_WAIT_MS = 120_000
SQLITE_USUAL_WAIT_MS = 5000
_NOTHING = "UPDATE app_setting SET value = value WHERE 0"


def hold(session: Session, work: str, *, waiting: Callable[[], None] | None = None) -> None:
    """Wait for, then hold until the transaction ends, the right to do ``work``.

    ``waiting`` is called once, before waiting, when another app is doing it now (the command
    line says so, so nobody thinks it has stuck).
    """
    key = WORK[work]
    connection = session.connection()
    dialect = connection.dialect.name
    if dialect == "postgresql":
        got = connection.execute(text("SELECT pg_try_advisory_xact_lock(:key)"),
                                 {"key": key}).scalar()
        if not got:
            if waiting is not None:
                waiting()
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    elif dialect == "sqlite":
        # A write that changes nothing starts the write transaction now, or finds another
        # app writing: then say so, and wait for it.
        connection.exec_driver_sql("PRAGMA busy_timeout=0")
        try:
            try:
                connection.exec_driver_sql(_NOTHING)
            except OperationalError:
                if waiting is not None:
                    waiting()
                connection.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_WAIT_MS}")
                connection.exec_driver_sql(_NOTHING)
        finally:
            connection.exec_driver_sql(f"PRAGMA busy_timeout={SQLITE_USUAL_WAIT_MS}")
