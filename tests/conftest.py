"""Shared fixtures: a migrated template database, copied fresh for each test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from partapp.services.store.database import Database, open_database


@pytest.fixture(scope="session")
def template_db(tmp_path_factory) -> Path:
    """One freshly created database file, made once per test run."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    db = open_database(str(path))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "test.db"
    shutil.copyfile(template_db, path)
    return path


@pytest.fixture
def db(db_path: Path) -> Database:
    database = open_database(str(db_path))
    yield database
    database.dispose()


@pytest.fixture
def session(db: Database):
    """A session on a fresh database. Rolled back at the end; call ``session.commit()`` to keep."""
    s = db.session()
    yield s
    s.rollback()
    s.close()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """Never touch the real user's data folder or PARTAPP_DB in tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("PARTAPP_DB", raising=False)
    monkeypatch.setenv("PARTAPP_LANG", "en")  # English, whatever this computer is set to
