"""backup, restore and check on a PostgreSQL server, through pg_dump and pg_restore.

The same promises as for a data file: a backup counts only once it has been read back in full;
a restore checks the backup first and keeps a copy of what is there; a bad backup changes
nothing. The file-only checks are not run on a server, and the app says so.
"""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from sqlalchemy import select

from partapp.cli import run
from partapp.models import Person
from partapp.services.errors import PartappError
from partapp.services.records import people
from partapp.services.records.people import PersonData
from partapp.services.store import server_backup
from partapp.services.store.database import open_database

from .server_support import empty_server_database, needs_server

needs_tools = pytest.mark.skipif(not shutil.which("pg_dump") or not shutil.which("pg_restore"),
                                 reason="pg_dump and pg_restore are not installed")


def _add(url: str, *names: str) -> None:
    db = open_database(url)
    with db.session_scope() as session:
        for name in names:
            people.save_person(session, PersonData(first_name=name, last_name="Jones"))
    db.dispose()


def _names(url: str) -> list[str]:
    db = open_database(url)
    with db.session_scope() as session:
        names = sorted(session.scalars(select(Person.first_name)))
    db.dispose()
    return names


@pytest.fixture
def server():
    with empty_server_database() as url:
        yield url


@needs_server
@needs_tools
def test_a_backup_is_read_back_in_full_then_restored_over_newer_data(server, tmp_path):
    _add(server, "Siân", "Zoë")
    made = server_backup.backup_server(server, tmp_path)
    assert made.path.suffix == ".dump" and made.path.parent == tmp_path
    assert not list(tmp_path.glob("*.partial"))
    assert made.revision == server_backup.check_backup(made.path)
    _add(server, "Łukasz")  # a change made after the backup
    safety = server_backup.restore_server(server, made.path)
    assert _names(server) == ["Siân", "Zoë"]
    # What was there before the restore was kept, checked, and can itself be put back.
    assert server_backup.check_backup(safety) == made.revision
    server_backup.restore_server(server, safety)
    assert _names(server) == ["Siân", "Zoë", "Łukasz"]


@needs_server
@needs_tools
def test_a_cut_short_or_foreign_backup_is_refused_and_nothing_changes(server, tmp_path):
    _add(server, "Siân")
    made = server_backup.backup_server(server, tmp_path)
    cut = tmp_path / "cut.dump"
    cut.write_bytes(made.path.read_bytes()[: made.size // 2])
    with pytest.raises(PartappError, match="not a complete server backup"):
        server_backup.restore_server(server, cut)
    other = tmp_path / "other.dump"
    with empty_server_database() as foreign:
        subprocess.run(["psql", "-q", "-d", foreign.replace("postgresql+psycopg", "postgresql"),
                        "-c", "CREATE TABLE pets (name text); INSERT INTO pets VALUES ('Rex')"],
                       check=True, capture_output=True)
        subprocess.run(["pg_dump", "-Fc", "-f", str(other), "--dbname",
                        foreign.replace("postgresql+psycopg", "postgresql")], check=True)
    with pytest.raises(PartappError, match="not a Participation Tracker backup"):
        server_backup.restore_server(server, other)
    assert _names(server) == ["Siân"]
    assert not list(server_backup.server_backup_folder().glob("*before-restore*"))


@needs_server
@needs_tools
def test_the_command_line_backs_up_restores_and_checks_a_server(server, tmp_path, capsys):
    _add(server, "Siân")
    assert run(["--db", server, "backup", "--out", str(tmp_path)]) == 0
    said = capsys.readouterr().out
    assert "Backup written:" in said and "read back in full" in said
    [made] = tmp_path.glob("*.dump")
    _add(server, "Zoë")
    assert run(["--db", server, "restore", str(made)]) == 0
    said = capsys.readouterr().out
    assert "Restored the server database from" in said and "before-restore" in said
    assert _names(server) == ["Siân"]
    assert run(["--db", server, "check"]) == 0
    said = capsys.readouterr().out
    assert "1 person," in said
    assert "not run on a server" in said


@needs_server
def test_without_the_tools_the_message_says_how_to_name_them(server, tmp_path, monkeypatch,
                                                             capsys):
    monkeypatch.setenv(server_backup.ENV_TOOLS, str(tmp_path / "nowhere"))
    assert run(["--db", server, "backup", "--out", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "pg_dump" in err and "is not in the folder" in err and "Traceback" not in err
    assert not list(tmp_path.glob("*.dump"))


def test_the_tools_are_found_in_the_folder_named(tmp_path, monkeypatch):
    exe = "pg_dump.exe" if sys.platform == "win32" else "pg_dump"
    monkeypatch.setenv(server_backup.ENV_TOOLS, str(tmp_path))
    with pytest.raises(PartappError, match="is not in the folder"):
        server_backup.find_tool("pg_dump")
    (tmp_path / exe).write_text("")
    assert server_backup.find_tool("pg_dump") == tmp_path / exe


@needs_server
def test_check_on_a_server_says_what_it_checked_and_what_it_cannot(server, capsys):
    _add(server, "Siân", "Zoë")
    sound, message = server_backup.check_server(server)
    assert sound
    assert "2 people" in message and "not run on a server" in message
    assert "data checksums" in message.lower()


@pytest.mark.parametrize("command", ["encrypt", "decrypt"])
def test_what_only_a_data_file_has_is_plainly_refused_on_a_server(command, capsys):
    """No server is needed: nothing is tried on it, the person is told what to do instead."""
    assert run(["--db", "postgresql+psycopg://office@127.0.0.1:1/none", command, "--yes"]
               if command == "encrypt" else
               ["--db", "postgresql+psycopg://office@127.0.0.1:1/none", command]) == 1
    err = capsys.readouterr().err
    assert "server database is kept safe by the server itself" in err
    assert "Nothing was changed." in err and "Traceback" not in err


@needs_server
def test_the_automatic_backup_of_a_server_says_where_backups_are_made(server):
    from partapp.services.store.backup_rotation import backup_now

    db = open_database(server)
    try:
        with pytest.raises(PartappError, match="run partapp backup on a computer with the "
                                               "PostgreSQL tools"):
            backup_now(db)
    finally:
        db.dispose()
