"""Moving up: ``partapp move-to URL`` copies the sample file into an empty server database,
every table the same row for row, the figures the same, and the file left byte for byte as it
was. A server that is not empty, or a row the server refuses, leaves the server as it was."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date

import pytest
from sqlalchemy import create_engine, func, inspect, select, text

from partapp.cli import run
from partapp.models import Base, Person
from partapp.services.figures.period import period_figures
from partapp.services.records import people
from partapp.services.records.people import PersonData
from partapp.services.sample.demo import fill_demo
from partapp.services.store.database import open_database

from .server_support import empty_server_database, needs_server


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("move") / "sample.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        fill_demo(session, seed=7)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


def _counts(url: str) -> dict[str, int]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return {t.name: conn.execute(select(func.count()).select_from(t)).scalar()
                    for t in Base.metadata.sorted_tables}
    finally:
        engine.dispose()


def _sha(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@needs_server
def test_the_sample_file_moves_to_a_server_with_every_count_equal(sample_file, tmp_path,
                                                                  capsys):
    work = tmp_path / "office.db"
    work.write_bytes(sample_file.read_bytes())
    before = _sha(work)
    with empty_server_database() as url:
        assert run(["--db", str(work), "move-to", url]) == 0
        said = capsys.readouterr().out
        assert "matches the file row for row" in said and "was not changed" in said
        assert _sha(work) == before  # the file is kept exactly as it was
        file_counts = _counts(f"sqlite:///{work}")
        assert _counts(url) == file_counts and file_counts["person"] > 50
        server, local = open_database(url), open_database(str(work), lock=False)
        try:
            figures = []
            for db in (server, local):
                with db.session_scope() as session:
                    figures.append(period_figures(session, date(2024, 1, 1),
                                                  date(2026, 12, 31)).rows())
            assert figures[0] == figures[1]
            with server.session_scope() as session:  # new records carry on after the copied
                new = people.save_person(session, PersonData(first_name="Newcomer"))
                assert new.id == session.scalar(select(func.max(Person.id)))
                assert new.id > file_counts["person"] - 1
        finally:
            server.dispose()
            local.dispose()


@needs_server
def test_a_server_database_with_tables_is_not_touched(sample_file, tmp_path, capsys):
    with empty_server_database() as url:
        engine = create_engine(url)
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE notes (body text)"))
            conn.execute(text("INSERT INTO notes VALUES ('keep me')"))
        assert run(["--db", str(sample_file), "move-to", url]) == 1
        assert "already has tables in it" in capsys.readouterr().err
        with engine.connect() as conn:
            assert inspect(conn).get_table_names() == ["notes"]
        engine.dispose()


@needs_server
def test_a_row_the_server_refuses_leaves_it_empty_and_the_file_as_it_was(sample_file, tmp_path,
                                                                         capsys):
    work = tmp_path / "office.db"
    work.write_bytes(sample_file.read_bytes())
    conn = sqlite3.connect(work)  # SQLite keeps text longer than its column; a server does not
    conn.execute("UPDATE person SET ref = ? WHERE id = (SELECT max(id) FROM person)", ("R" * 60,))
    conn.commit()
    conn.close()
    before = _sha(work)
    with empty_server_database() as url:
        assert run(["--db", str(work), "move-to", url]) == 1
        err = capsys.readouterr().err
        assert "refused a row of the person table" in err and "Traceback" not in err
        engine = create_engine(url)
        with engine.connect() as c:
            assert inspect(c).get_table_names() == []  # all or nothing
        engine.dispose()
    assert _sha(work) == before


def test_move_to_needs_a_server_address(db_path, capsys):
    assert run(["--db", str(db_path), "move-to", "elsewhere.db"]) == 1
    assert "is not a server address" in capsys.readouterr().err
