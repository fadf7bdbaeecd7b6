"""The Alembic migrations and create_all() build the same schema; opening upgrades safely."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, inspect, text

from partapp.services.errors import DatabaseError, DatabaseTooNewError
from partapp.services.store.database import (
    create_schema,
    make_engine,
    open_database,
    upgrade_schema,
)
from partapp.services.store.revisions import alembic_config, head_revision


def _schema(path: Path) -> dict:
    engine = create_engine(f"sqlite:///{path}")
    insp = inspect(engine)
    schema = {}
    for table in sorted(insp.get_table_names()):
        schema[table] = {
            "columns": sorted((c["name"], str(c["type"]), c["nullable"])
                              for c in insp.get_columns(table)),
            "pk": insp.get_pk_constraint(table)["constrained_columns"],
            "fks": sorted((tuple(f["constrained_columns"]), f["referred_table"],
                           tuple(f["referred_columns"]), f.get("options", {}).get("ondelete"))
                          for f in insp.get_foreign_keys(table)),
            "indexes": sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                              for i in insp.get_indexes(table)),
            "uniques": sorted((u["name"], tuple(u["column_names"]))
                              for u in insp.get_unique_constraints(table)),
            "checks": sorted(" ".join(c["sqltext"].split()) for c in
                             insp.get_check_constraints(table)),
        }
    engine.dispose()
    return schema


def test_migrations_and_create_all_give_the_same_schema(tmp_path):
    made = tmp_path / "made.db"
    engine = make_engine(str(made))
    create_schema(engine)
    engine.dispose()

    migrated = tmp_path / "migrated.db"
    engine = make_engine(str(migrated))
    upgrade_schema(engine)
    engine.dispose()

    made_schema, migrated_schema = _schema(made), _schema(migrated)
    assert "person" in made_schema and "suggestion" in made_schema
    assert made_schema == migrated_schema


def test_every_enumeration_is_guarded_by_the_database(db):
    with db.engine.connect() as conn, pytest.raises(Exception, match="CHECK"):
        conn.execute(text("INSERT INTO change (description, owner, status, created_at) "
                          "VALUES ('x', '', 'maybe', '2025-01-01')"))


def test_foreign_keys_are_on_for_every_connection(db):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        with pytest.raises(Exception, match="FOREIGN KEY"):
            conn.execute(text("INSERT INTO suggestion_raiser (suggestion_id, person_id) "
                              "VALUES (999, 999)"))


def test_an_older_database_is_backed_up_then_upgraded(tmp_path):
    path = tmp_path / "old.db"
    db = open_database(str(path))
    db.dispose()
    cfg = alembic_config()
    engine = make_engine(str(path))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")  # a file made by the first release
    engine.dispose()

    db = open_database(str(path))
    with db.engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == \
            head_revision()
    db.dispose()
    backups = list(tmp_path.glob("old.before-upgrade-*.db"))
    assert len(backups) == 1


def test_a_database_from_a_newer_version_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "newer.db"
    db = open_database(str(path))
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zz99_from_the_future'"))
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("These are my shopping notes, not a database." * 50)
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Participation Tracker data file"):
        open_database(str(path))
    assert path.read_bytes() == before


def test_a_new_file_is_made_with_its_folder(tmp_path):
    path = tmp_path / "deep" / "folder" / "new.db"
    db = open_database(str(path))
    db.dispose()
    assert path.exists()


def test_the_revision_list_the_app_opens_with_matches_the_migrations():
    from alembic.script import ScriptDirectory

    from partapp.migrations import REVISIONS

    script = ScriptDirectory.from_config(alembic_config())
    oldest_first = [rev.revision for rev in reversed(list(script.walk_revisions()))]
    assert list(REVISIONS) == oldest_first
    assert head_revision() == script.get_current_head()


def test_opening_a_current_file_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "current.db"
    open_database(str(path)).dispose()
    code = ("import sys; from partapp.services.store.database import open_database; "
            f"open_database({str(path)!r}).dispose(); "
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.strip() == "[]"


def test_suggestions_already_recorded_are_found_by_their_words_after_the_upgrade(tmp_path):
    """0006 fills the search copy of every suggestion there already, in batches."""
    from datetime import date

    from partapp.services.browse.browse_suggestions import SuggestionFilter, suggestion_ids

    path = tmp_path / "old.db"
    db = open_database(str(path))
    db.dispose()
    cfg = alembic_config()
    engine = make_engine(str(path))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
        rows = [{"day": date(2025, 3, 1), "text": f"Idea {n}"} for n in range(1, 2502)]
        rows[0]["text"], rows[-1]["text"] = "Mwy o de yn y CAFFI, Siân", "Siôn's café"
        conn.execute(text("INSERT INTO suggestion (raised_on, kind, channel, text, created_at, "
                          "version) VALUES (:day, 'idea', 'phone', :text, '2025-03-01', 1)"),
                     rows)
    engine.dispose()

    db = open_database(str(path))
    with db.session_scope() as session:
        def found(typed: str) -> list[int]:
            return suggestion_ids(session, SuggestionFilter(text=typed))

        assert found("caffi sian") == [1]
        assert found("sion cafe") == [2501]  # the last batch too
        assert len(found("idea")) == 2499
    db.dispose()
