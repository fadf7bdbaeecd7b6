"""Helpers for the trust tests (backups, integrity, privacy): real files, real damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from partapp.services.records.people import PersonData, save_person
from partapp.services.store.database import Database, open_database


def add_people(db: Database, count: int, *, last_name: str = "Example") -> list[int]:
    ids = []
    with db.session_scope() as session:
        for number in range(count):
            person = save_person(session, PersonData(
                first_name=f"Person{number}", last_name=last_name,
                address_1=f"{number} Long Road, Somewhere Quite Far Away"))
            ids.append(person.id)
    return ids


def checkpoint(db: Database) -> None:
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def people_count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()[0]
    finally:
        conn.close()


def damage(path: Path) -> None:
    """Scribble over a page of the person table, as a failing disk might."""
    conn = sqlite3.connect(path)
    try:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name='person'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = root * size  # the page after the table's root: one of its leaves
    data[start + 8:start + size - 8] = bytes((i * 37) % 256 for i in range(size - 16))
    path.write_bytes(bytes(data))


def filled_file(path: Path, people: int = 300) -> Path:
    """A closed data file with ``people`` people in it (big enough to span many pages)."""
    db = open_database(str(path))
    add_people(db, people)
    checkpoint(db)
    db.dispose()
    return path
