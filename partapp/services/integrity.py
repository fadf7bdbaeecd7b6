"""Checking a data file: is it a SQLite database, is it sound, is it from this version?"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from .database import known_revisions


def check_file(path: Path, *, full: bool = True) -> list[str]:
    """Plain-English problems with the file at ``path`` (an empty list means it is fine).

    ``full`` runs SQLite's integrity_check (slower); otherwise quick_check.
    """
    path = Path(path)
    if not path.exists():
        return [f"There is no file at {path}."]
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return ["The file cannot be opened."]
    try:
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        except sqlite3.DatabaseError:
            return ["It is not a Participation Tracker data file, or it is badly damaged."]
        if rows != ["ok"]:
            return ["The file is damaged (the database check found problems)."]
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "person" not in tables:
            return ["It is not a Participation Tracker data file."]
        version = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        if version is None or version[0] not in known_revisions():
            return ["It was made by a newer version of Participation Tracker."]
        bad_links = conn.execute("PRAGMA foreign_key_check").fetchall()
        if bad_links:
            return [f"{len(bad_links)} records point to records that are missing."]
        return []
    finally:
        conn.close()
