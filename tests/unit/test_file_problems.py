"""A data file that cannot be changed where it is: read-only file or folder, full disk, a
network drive that is not connected. Each gets one plain message that says what to do (from
services/files/file_kinds.py, the same in the command line and the desktop), never "damaged", never
a traceback, and the data file is left as it was.

The desktop's side is in tests/ui/test_file_problems_desktop.py.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

import pytest

from partapp.cli import run
from partapp.services.errors import DatabaseError
from partapp.services.files import output_files
from partapp.services.files.file_kinds import (
    disk_full_message,
    missing_message,
    output_problem,
    read_only_file_message,
    read_only_folder_message,
    storage_message,
)
from partapp.services.records.people import PersonData, save_person
from partapp.services.store import database as database_module
from partapp.services.store.database import open_database
from partapp.services.store.integrity import folder_gone_message
from partapp.services.store.refusal import check_data_file

from .file_problems import fill_disk, make_read_only
from .safety_support import people_count


@pytest.fixture
def data(db_path, tmp_path):
    """The data file alone in its own folder, and a CSV of people to import."""
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "charity.db"
    db_path.rename(path)
    csv = tmp_path / "people.csv"
    csv.write_text("ref,first_name,last_name\n" + "".join(
        f"N{n:04d},Person{n},Example{n} with a longer family name to fill the pages\n"
        for n in range(400)), encoding="utf-8")
    return path, csv


def _run(args, capsys) -> tuple[int, str]:
    code = run(args)
    err = capsys.readouterr().err
    assert "Traceback" not in err and "damaged" not in err
    return code, err


def _beside(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir())


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_data_file_or_folder_is_refused_with_what_to_do(data, what, request,
                                                                    capsys):
    path, csv = data
    make_read_only(path if what == "file" else path.parent, request)
    expected = (read_only_file_message if what == "file" else read_only_folder_message)(path)
    before, beside = path.read_bytes(), _beside(path)

    for command in (["import", str(csv)], ["demo"]):
        assert _run(["--db", str(path), *command], capsys) == (1, f"partapp: {expected}\n")
    assert path.read_bytes() == before and _beside(path) == beside  # no -wal, -shm, lock
    assert "Ask whoever looks after your computers" in expected
    assert "copy it to a folder you can change" in expected or \
        "copy the data file to a folder you can change" in expected

    # The file itself is sound: check says so, and says why it cannot be changed.
    assert check_data_file(path) == (
        True, f"{path}: no problems found (full check). But: {expected}")


def test_a_network_drive_that_is_not_connected_gets_a_plain_message(tmp_path, capsys):
    path = tmp_path / "Z-drive" / "charity" / "data.db"
    expected = missing_message(path)
    assert "check that it is connected" in expected
    for command in (["demo"], ["check"], ["report", "--csv", str(tmp_path / "f.csv")]):
        assert _run(["--db", str(path), *command], capsys) == (1, f"partapp: {expected}\n")
    assert not path.parent.exists()  # no folder was made on the missing drive


def test_a_known_data_file_whose_folder_is_gone_is_told_apart_from_a_first_run(data):
    path, _csv = data
    open_database(str(path)).dispose()  # used (and checked in full) on this computer
    gone = path.parent.with_name("unplugged")
    path.parent.rename(gone)
    assert folder_gone_message(path) == missing_message(path)
    assert folder_gone_message(gone / "new" / "first.db") is None  # never used: a first run
    assert folder_gone_message(gone / "charity.db") is None  # there: nothing to say


def test_a_full_disk_while_saving_rolls_back_and_says_what_to_do(data):
    path, _csv = data
    db = open_database(str(path))
    try:
        fill_disk(db.engine, path)
        with pytest.raises(DatabaseError) as caught, db.session_scope() as session:
            for n in range(400):
                save_person(session, PersonData(first_name=f"P{n}", last_name="X" * 90,
                                                address_1="Y" * 150))
        assert str(caught.value) == disk_full_message(path)
        with db.session_scope() as session:  # the app goes on: nothing half-saved
            assert session.execute(database_module.text("SELECT count(*) FROM person")
                                   ).scalar() == 0
    finally:
        db.dispose()
    assert "Make room on the disk" in disk_full_message(path)


def test_a_full_disk_during_an_import_on_the_command_line(data, capsys, monkeypatch):
    path, csv = data
    real = database_module.make_engine

    def full_engine(target, **kwargs):
        engine = real(target, **kwargs)
        fill_disk(engine, path)
        return engine

    monkeypatch.setattr(database_module, "make_engine", full_engine)
    code, err = _run(["--db", str(path), "import", str(csv)], capsys)
    assert (code, err) == (1, f"partapp: {disk_full_message(path)}\n")
    assert people_count(path) == 0


def test_a_full_disk_or_read_only_folder_for_an_output(data, tmp_path, capsys, monkeypatch,
                                                       request):
    path, _csv = data
    out = tmp_path / "out"
    out.mkdir()
    real_replace = os.replace

    def disk_full(src, dst, *args, **kwargs):
        if Path(dst).parent == out:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_replace(src, dst, *args, **kwargs)

    monkeypatch.setattr(output_files.os, "replace", disk_full)
    code, err = _run(["--db", str(path), "report", "--csv", str(out / "figures.csv")], capsys)
    expected = output_problem(OSError(errno.ENOSPC, "full"), out, "the figures")
    assert expected.startswith(f"The disk that holds {out} is full, so the figures could not")
    assert (code, err) == (1, f"partapp: {expected}\n")
    assert list(out.iterdir()) == []  # no half-written file, no temporary file
    monkeypatch.undo()

    make_read_only(out, request)
    code, err = _run(["--db", str(path), "report", "--csv", str(out / "figures.csv")], capsys)
    expected = output_problem(OSError(errno.EACCES, "no"), out, "the figures")
    assert (code, err) == (1, f"partapp: {expected}\n")
    assert "is read-only, so the figures could not be saved there" in err


def test_a_read_only_folder_for_a_backup(data, tmp_path, capsys, request):
    path, _csv = data
    out = tmp_path / "stick"
    out.mkdir()
    make_read_only(out, request)
    code, err = _run(["--db", str(path), "backup", "--out", str(out)], capsys)
    expected = output_problem(OSError(errno.EROFS, "no"), out, "the backup")
    assert (code, err) == (1, f"partapp: {expected}\n")


def test_sqlite_errors_about_the_place_get_the_plain_message(tmp_path):
    def error(message: str, code: int) -> sqlite3.OperationalError:
        exc = sqlite3.OperationalError(message)
        exc.sqlite_errorcode = code
        return exc

    gone = tmp_path / "unplugged" / "data.db"
    assert storage_message(error("disk I/O error", sqlite3.SQLITE_IOERR_WRITE), gone) == \
        missing_message(gone)
    here = tmp_path / "data.db"
    here.write_bytes(b"")
    assert storage_message(error("database or disk is full", sqlite3.SQLITE_FULL), here) == \
        disk_full_message(here)
    assert storage_message(error("attempt to write a readonly database",
                                 sqlite3.SQLITE_READONLY), here) == read_only_file_message(here)
    assert storage_message(error("no such table: x", sqlite3.SQLITE_ERROR), here) is None
