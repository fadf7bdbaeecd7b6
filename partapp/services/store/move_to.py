"""Moving up: copy a data file into an empty database on a PostgreSQL server, checked row for
row, leaving the file exactly as it was (``partapp move-to postgresql+psycopg://...``).

The file is first copied (SQLite's online backup) to a private temporary file, and that copy
is opened, so an older file is upgraded there and never in place. The server database must
be empty: nothing on it is ever overwritten. Its schema is made, every table is copied in
order of their links, the id counters are moved past the copied ids, and then each table is
read back from both sides, ordered by its key, and compared row for row. All of that is one
transaction on the server: if anything fails or differs, the server is left empty again.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, inspect, select, text
from sqlalchemy.exc import SQLAlchemyError

from ...models import Base
from ..errors import DatabaseError, PartappError
from ..words import counted, joined, said
from . import connection
from .copying import sqlite_copy
from .database import open_database
from .revisions import alembic_config

BATCH = 2000


@dataclass(frozen=True)
class MoveResult:
    """What was copied: rows per table (the same on both sides, checked row for row)."""

    url: str
    rows: dict[str, int]

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def describe(self) -> str:
        n = self.rows.get
        shown = joined([counted(n("person", 0), "{n:,} person", "{n:,} people"),
                        counted(n("activity", 0), "{n:,} activity", "{n:,} activities"),
                        counted(n("suggestion", 0), "{n:,} suggestion", "{n:,} suggestions"),
                        counted(n("decision", 0), "{n:,} decision", "{n:,} decisions"),
                        counted(n("change", 0), "{n:,} change", "{n:,} changes"),
                        counted(n("feedback", 0), "{n:,} letter or call",
                                "{n:,} letters and calls")], ", ")
        return said("Copied {rows} in {tables} to the server ({shown}). Every table was read "
                    "back and matches the file row for row. The data file was not changed: keep "
                    "it as it is, as a copy of the day you moved.",
                    rows=counted(self.total, "{n:,} row", "{n:,} rows"),
                    tables=counted(len(self.rows), "{n} table", "{n} tables"), shown=shown)


def _ordered(conn: Connection, table: Table) -> Iterator[tuple[Any, ...]]:
    keys = list(table.primary_key.columns) or list(table.columns)
    for row in conn.execute(select(table).order_by(*keys)):
        yield tuple(row)


def _copy_table(source: Connection, target: Connection, table: Table) -> int:
    count, batch = 0, []
    names = [c.name for c in table.columns]
    for row in _ordered(source, table):
        batch.append(dict(zip(names, row, strict=True)))
        if len(batch) >= BATCH:
            target.execute(table.insert(), batch)
            count, batch = count + len(batch), []
    if batch:
        target.execute(table.insert(), batch)
        count += len(batch)
    return count


def _same(source: Connection, target: Connection, table: Table) -> bool:
    """Both sides hold the same rows (compared in key order, value for value)."""
    theirs = _ordered(target, table)
    for mine in _ordered(source, table):
        if next(theirs, None) != mine:
            return False
    return next(theirs, None) is None


def _move_counters_on(target: Connection) -> None:
    """PostgreSQL hands out ids from a counter per table: start each past the copied ids."""
    for table in Base.metadata.sorted_tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and pk[0].autoincrement in (True, "auto") \
                and pk[0].type.python_type is int:
            target.execute(text(
                f"SELECT setval(pg_get_serial_sequence('\"{table.name}\"', '{pk[0].name}'), "
                f"COALESCE((SELECT max(\"{pk[0].name}\") FROM \"{table.name}\"), 0) + 1, false)"))


def move_to_server(path: Path, url: str, *, passphrase: str | None = None) -> MoveResult:
    """Copy the data file at ``path`` into the empty server database at ``url``."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise PartappError(said("There is no data file at {path} to move.", path=path))
    engine = connection.server_engine(url)
    try:
        if engine.dialect.name != "postgresql":
            raise PartappError(said("move-to copies a data file to a PostgreSQL server. Give "
                                    "its address, like "
                                    "postgresql+psycopg://user@server/database."))
        try:
            with engine.connect() as conn:
                tables = inspect(conn).get_table_names()
        except SQLAlchemyError as exc:
            lost = connection.server_message(exc, engine.url)
            if lost is not None:
                raise DatabaseError(said("Could not reach the server database. {lost} Nothing "
                                         "was copied.", lost=lost)) from exc
            reason = type(getattr(exc, "orig", None) or exc).__name__
            raise DatabaseError(said("Could not reach the server database. Check its address, "
                                     "that it is running, and the user name and password. "
                                     "Nothing was copied. ({reason})", reason=reason)) from exc
        if tables:
            raise PartappError(said("The server database already has tables in it. move-to "
                                    "copies into an empty database only, so that nothing "
                                    "there is overwritten. Ask whoever runs the server for a "
                                    "new, empty one. Nothing was copied."))
        with tempfile.TemporaryDirectory(prefix="partapp-move-") as folder:
            copy = sqlite_copy(path, Path(folder) / path.name, passphrase=passphrase)
            source_db = open_database(str(copy), passphrase=passphrase, lock=False)
            try:
                rows = _copy_all(source_db.engine, engine)
            finally:
                source_db.dispose()
    finally:
        engine.dispose()
    return MoveResult(url, rows)


def _copy_all(source_engine: Engine, target_engine: Engine) -> dict[str, int]:
    rows: dict[str, int] = {}
    # One transaction on the server: all of it, or an empty server again.
    with source_engine.connect() as source, target_engine.connect() as target, target.begin():
        create_schema_on(target)
        for table in Base.metadata.sorted_tables:
            if table.name == "alembic_version":
                continue
            try:
                rows[table.name] = _copy_table(source, target, table)
            except SQLAlchemyError as exc:
                raise DatabaseError(
                    said("The server refused a row of the {name} table (a file lets in some "
                         "values a server does not, such as text longer than its column). "
                         "Nothing was kept on the server, and the data file was not changed. "
                         "({name2})", name=table.name,
                         name2=type(getattr(exc, 'orig', None) or exc).__name__)) from exc
        _move_counters_on(target)
        for table in Base.metadata.sorted_tables:
            if table.name != "alembic_version" and not _same(source, target, table):
                raise DatabaseError(said("The copy of the {name} table on the server does not "
                                         "match the file, so nothing was kept on the server. "
                                         "The data file was not changed.", name=table.name))
    return rows


def create_schema_on(conn: Connection) -> None:
    """Every table, marked as at the newest version, in this connection's transaction."""
    from alembic import command

    Base.metadata.create_all(conn)
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.stamp(cfg, "head")
