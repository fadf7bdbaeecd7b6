"""Encryption at rest (SQLCipher): unreadable without the passphrase, backups stay encrypted."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("sqlcipher3")

from partapp.cli import run
from partapp.services.errors import DatabaseError, ValidationError
from partapp.services.records.people import PersonData, save_person, search_people
from partapp.services.store.backup import backup_database, restore_database
from partapp.services.store.database import open_database
from partapp.services.store.encryption import (
    PassphraseNeededError,
    WrongPassphraseError,
    is_plain_sqlite,
)
from partapp.services.store.integrity import check_file
from partapp.services.store.passphrase import decrypt_database, encrypt_database

PASS = "correct horse battery staple"
NAME = "Gwenllian Zaborowska"


def _with_person(path):
    db = open_database(str(path))
    with db.session_scope() as session:
        save_person(session, PersonData(first_name="Gwenllian", last_name="Zaborowska",
                                        ref="P1"))
    db.dispose()


def _plain_read(path):
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM person").fetchone()
    finally:
        conn.close()


def test_an_encrypted_file_cannot_be_read_by_plain_sqlite_or_without_the_passphrase(tmp_path):
    path = tmp_path / "locked.db"
    _with_person(path)
    assert NAME.split()[1].encode() in path.read_bytes()  # readable before

    result = encrypt_database(path, passphrase=PASS, confirm=PASS)

    assert "A lost passphrase cannot be recovered" in result.describe()
    raw = path.read_bytes()
    assert not is_plain_sqlite(path)
    assert b"Zaborowska" not in raw and b"SQLite format 3" not in raw
    with pytest.raises(sqlite3.DatabaseError, match="file is not a database"):
        _plain_read(path)
    with pytest.raises(PassphraseNeededError, match="protected with a passphrase"):
        open_database(str(path))
    with pytest.raises(WrongPassphraseError, match="does not open this data file"):
        open_database(str(path), passphrase="not the passphrase at all")
    assert not (tmp_path / "locked.db.lock").exists()

    db = open_database(str(path), passphrase=PASS)
    with db.session() as session:
        assert [p.display_name for p in search_people(session, "Zabor")] == [NAME]
    db.dispose()


def test_backups_of_an_encrypted_file_stay_encrypted_and_restore(tmp_path):
    path = tmp_path / "locked.db"
    _with_person(path)
    encrypt_database(path, passphrase=PASS)
    db = open_database(str(path), passphrase=PASS)
    with db.session_scope() as session:  # this one is only in the WAL when the backup is taken
        save_person(session, PersonData(first_name="Second", last_name="Person", ref="P2"))
    copy = backup_database(path, tmp_path / "copies", passphrase=PASS).path
    db.dispose()

    assert b"Zaborowska" not in copy.read_bytes()
    with pytest.raises(sqlite3.DatabaseError):
        _plain_read(copy)
    assert check_file(copy) != []  # without the passphrase it cannot even be checked
    assert check_file(copy, passphrase=PASS) == []

    restore_database(path, copy, passphrase=PASS)
    db = open_database(str(path), passphrase=PASS)
    with db.session() as session:
        assert len(search_people(session, "")) == 2
    db.dispose()


def test_decrypting_gives_a_plain_file_again(tmp_path):
    path = tmp_path / "locked.db"
    _with_person(path)
    encrypt_database(path, passphrase=PASS)
    with pytest.raises(WrongPassphraseError):
        decrypt_database(path, passphrase="wrong wrong wrong")
    decrypt_database(path, passphrase=PASS)
    assert is_plain_sqlite(path)
    assert _plain_read(path) == (1,)
    assert check_file(path) == []


def test_a_new_passphrase_must_be_long_enough_and_typed_twice_the_same(tmp_path):
    path = tmp_path / "p.db"
    _with_person(path)
    with pytest.raises(ValidationError, match="at least 10 characters"):
        encrypt_database(path, passphrase="short")
    with pytest.raises(ValidationError, match="not the same"):
        encrypt_database(path, passphrase=PASS, confirm=PASS + "!")
    assert is_plain_sqlite(path)


def test_the_file_cannot_be_encrypted_while_it_is_open(tmp_path):
    path = tmp_path / "open.db"
    db = open_database(str(path))
    try:
        with pytest.raises(DatabaseError, match="close the data file first"):
            encrypt_database(path, passphrase=PASS)
    finally:
        db.dispose()


def test_headless_encrypt_and_then_every_command_needs_the_passphrase(tmp_path, monkeypatch,
                                                                      capsys):
    path = tmp_path / "cli.db"
    _with_person(path)
    monkeypatch.setenv("PARTAPP_NEW_PASSPHRASE", PASS)
    assert run(["--db", str(path), "encrypt", "--yes"]) == 0
    assert not is_plain_sqlite(path)
    assert run(["--db", str(path), "check"]) == 1
    assert "PARTAPP_PASSPHRASE" in capsys.readouterr().err
    monkeypatch.setenv("PARTAPP_PASSPHRASE", PASS)
    assert run(["--db", str(path), "check"]) == 0
    assert run(["--db", str(path), "backup", "--out", str(tmp_path / "b")]) == 0
    (copy,) = (tmp_path / "b").glob("*.db")
    assert not is_plain_sqlite(copy)
    monkeypatch.setenv("PARTAPP_PASSPHRASE", "this is the wrong one")
    assert run(["--db", str(path), "init"]) == 1
    assert "does not open this data file" in capsys.readouterr().err
    monkeypatch.setenv("PARTAPP_PASSPHRASE", PASS)
    assert run(["--db", str(path), "decrypt"]) == 0
    assert is_plain_sqlite(path)
