"""Connection trouble with a database server (issue 18 §4), on a real PostgreSQL server of the
test's own (tests/unit/own_server.py), which the tests stop, restart and refuse: each problem
is said plainly, naming what to check, with no traceback and nothing half-saved; the password
comes from a real (in-memory) keyring and is shown nowhere."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import keyring
import psycopg
import pytest
from sqlalchemy import event, func, select

from partapp.cli import run
from partapp.models import Person
from partapp.services.errors import DatabaseError
from partapp.services.files import keyring_store
from partapp.services.importing import importer
from partapp.services.records import people
from partapp.services.records.people import PersonData
from partapp.services.store import server_login
from partapp.services.store.connection import ServerConnectionError
from partapp.services.store.database import open_database

from .own_server import PASSWORD, TLS_USER, OwnServer, own_server
from .smtp_support import MemoryKeyring


@pytest.fixture(scope="module")
def server():
    with own_server() as started:
        yield started


@pytest.fixture
def memory_keyring():
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    yield kept
    keyring.set_keyring(before)
    keyring_store._for_now.clear()


@pytest.fixture
def running(server: OwnServer) -> OwnServer:
    """The server, started again if a test before stopped it."""
    if server._run("pg_ctl", "-D", str(server.data), "status", check=False).returncode != 0:
        server.start()
    return server


def _people(db) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(Person))


def _refused(target: str) -> str:
    with pytest.raises(ServerConnectionError) as caught:
        open_database(target)
    return str(caught.value)


def test_a_wrong_password_is_said_plainly_and_the_kept_one_is_used_and_shown_nowhere(
        running, memory_keyring):
    said = _refused(running.url(password="not-the-one"))
    assert said.startswith("The server at 127.0.0.1 (port ") and "did not accept the " \
        "password for partapp" in said and "not-the-one" not in said
    assert "needs a password for partapp, and none is kept on this computer" in \
        _refused(running.url())
    server_login.keep_password(running.url(), PASSWORD)
    assert list(memory_keyring.kept.values()) == [PASSWORD]
    db = open_database(running.url())  # no password in the address: the keyring's
    try:
        assert _people(db) == 0
        assert PASSWORD not in db.display_name and PASSWORD not in repr(db.engine.url)
    finally:
        db.dispose()


def test_each_kind_of_refusal_names_what_to_check(running):
    assert "has no database called nope. Check its name" in _refused(
        running.url(password=PASSWORD, database="nope"))
    assert "No server called no-such-host.invalid could be found" in _refused(
        f"postgresql+psycopg://partapp:{PASSWORD}@no-such-host.invalid/partapp")
    with socket.socket() as closed:  # a port nothing listens on
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    assert f"The server at 127.0.0.1 (port {port}) is not taking connections" in _refused(
        f"postgresql+psycopg://partapp:{PASSWORD}@127.0.0.1:{port}/partapp")
    with socket.socket() as silent:  # takes the call and never answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        assert f"The server at 127.0.0.1 (port {port}) did not answer. Check the computer is " \
            "on the network, then try again." == _refused(
                f"postgresql+psycopg://partapp:{PASSWORD}@127.0.0.1:{port}/partapp"
                "?connect_timeout=2")
    held = [psycopg.connect(running.url(password=PASSWORD).replace("+psycopg", ""))
            for _ in range(5)]  # every slot the server keeps for ordinary users
    try:
        assert "is busy: too many computers are connected to it. Wait a minute" in _refused(
            running.url(password=PASSWORD))
    finally:
        for conn in held:
            conn.close()

def test_tls_required_by_the_server_or_failing_is_said_plainly(running):
    if not running.tls:
        pytest.skip("openssl could not make the server a certificate here")
    base = running.url(password=PASSWORD, user=TLS_USER, database=TLS_USER)
    said = _refused(base + "?sslmode=disable")
    assert "only takes connections that use TLS. In Settings, Database server, set TLS to Always" in said
    assert "A safe (TLS) connection to the server at 127.0.0.1" in _refused(
        base + "?sslmode=verify-full")  # its certificate is signed by nobody this PC trusts
    db = open_database(base + "?sslmode=require")
    db.dispose()
    assert "The user tlsonly may not change the database partapp" in _refused(
        running.url(password=PASSWORD, user=TLS_USER) + "?sslmode=require")


def test_the_server_stopped_in_the_middle_of_an_import_saves_nothing_then_it_works_again(
        running, tmp_path):
    sheet = tmp_path / "people.csv"
    sheet.write_text("ref,first_name,last_name,town\n" + "".join(
        f"P{n:04},Person{n},Jones,Bala\n" for n in range(300)), encoding="utf-8")
    db = open_database(running.url(password=PASSWORD))
    inserts: list[str] = []

    def stop_part_way(_conn, _cursor, statement, *_args) -> None:
        if statement.startswith("INSERT INTO person"):
            inserts.append(statement)
            if len(inserts) == 2:
                running.stop("immediate")  # the server goes, with the import half-written

    try:
        event.listen(db.engine, "before_cursor_execute", stop_part_way)
        with pytest.raises(ServerConnectionError) as caught, db.session_scope() as session:
            importer.import_files(session, [sheet])
        event.remove(db.engine, "before_cursor_execute", stop_part_way)
        assert str(caught.value) == (
            f"The connection to the server at 127.0.0.1 (port {running.port}) was lost. "
            "Nothing of this step was saved. Check the computer is on the network and the "
            "server is running, then try again.")
        assert len(inserts) == 2  # it was stopped after some people were written
        with pytest.raises(ServerConnectionError, match="is not taking connections"):
            _people(db)  # still down: asking again says so, and does not crash
        running.start()
        assert _people(db) == 0  # the same app, its dead connections dropped: nothing kept
        with db.session_scope() as session:
            assert importer.import_files(session, [sheet]).people_added == 300
        assert _people(db) == 300
    finally:
        db.dispose()


def test_a_save_when_the_server_restarts_is_refused_whole_and_reads_carry_on(running):
    db = open_database(running.url(password=PASSWORD))
    try:
        before = _people(db)
        running.stop("fast")
        running.start()  # a restart: the app's pooled connection is dead now
        assert _people(db) == before  # read again on a fresh connection, no error
        done: list[bool] = []

        def stop_at_commit(_conn) -> None:
            if not done:
                done.append(True)
                running.stop("immediate")

        event.listen(db.engine, "commit", stop_at_commit)
        with pytest.raises(ServerConnectionError, match=r"was lost\. Nothing of this step"), \
                db.session_scope() as session:
            people.save_person(session, PersonData(first_name="Siân", last_name="Jones"))
        event.remove(db.engine, "commit", stop_at_commit)
        running.start()
        assert _people(db) == before
    finally:
        db.dispose()


def test_the_command_line_keeps_the_password_and_says_trouble_in_one_line(
        running, memory_keyring, monkeypatch, capsys):
    address = running.url()
    monkeypatch.setenv("PARTAPP_SERVER_PASSWORD", "guess")
    assert run(["--db", address, "--server-password"]) == 1
    err = capsys.readouterr().err
    assert "did not accept the password for partapp" in err and "not kept" in err
    assert "run the command again" not in err and memory_keyring.kept == {}
    keyring_store._for_now.clear()
    monkeypatch.setenv("PARTAPP_SERVER_PASSWORD", PASSWORD)
    assert run(["--db", address, "--server-password"]) == 0
    assert "The server accepted the password" in capsys.readouterr().out
    assert list(memory_keyring.kept.values()) == [PASSWORD]
    keyring_store._for_now.clear()
    monkeypatch.delenv("PARTAPP_SERVER_PASSWORD")
    assert run(["--db", address, "init"]) == 0, capsys.readouterr().err
    assert PASSWORD not in capsys.readouterr().out


def test_a_command_against_a_stopped_server_exits_with_one_plain_line(running):
    running.stop("fast")
    env = {**os.environ, "PARTAPP_SERVER_PASSWORD": PASSWORD}
    done = subprocess.run([sys.executable, "-m", "partapp", "--db", running.url(), "init"],
                          capture_output=True, text=True, timeout=60, env=env)
    running.start()
    assert done.returncode == 1
    assert done.stderr.strip() == (
        f"partapp: The server at 127.0.0.1 (port {running.port}) is not taking connections. "
        "Check the server is running and the port is right, then run the command again.")
    assert "Traceback" not in done.stdout + done.stderr


def test_no_server_message_for_what_is_not_connection_trouble():
    from partapp.services.store.connection import server_message

    assert server_message(ValueError("something else"), None) is None
    assert issubclass(ServerConnectionError, DatabaseError)


def test_check_against_no_server_says_to_run_the_command_again(capsys):
    assert run(["--db", "postgresql+psycopg://office@127.0.0.1:1/none", "check"]) == 1
    err = capsys.readouterr().err
    assert err == ("partapp: The server at 127.0.0.1 (port 1) is not taking connections. "
                   "Check the server is running and the port is right, then run the command "
                   "again.\n")
