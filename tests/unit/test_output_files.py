"""The one writer: nothing is written over the data, and no half-written file is ever left."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from partapp.services.errors import PartappError
from partapp.services.files import output_files
from partapp.services.files.output_files import (
    OutputRefusedError,
    check_folder,
    check_target,
    copy_file,
    open_output,
    protect_data_file,
    replacing,
    write_bytes,
)


@pytest.fixture
def data_file(tmp_path) -> Path:
    path = tmp_path / "office.db"
    conn = sqlite3.connect(path)
    conn.execute("create table t (x)")
    conn.commit()
    conn.close()
    protect_data_file(path)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_refuses_the_data_file_by_every_spelling(data_file, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.pdf").symlink_to(data_file)
    os.link(data_file, tmp_path / "hard.pdf")
    for spelling in (data_file, "office.db", "./office.db", "sub/../office.db",
                     str(data_file), "link.pdf", "hard.pdf"):
        with pytest.raises(OutputRefusedError) as caught:
            check_target(spelling, what="the letters")
        message = str(caught.value)
        assert "\n" not in message
        assert message.endswith("Choose another name for the letters.")


def test_refuses_the_side_files_even_before_they_exist(data_file, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wal-link").symlink_to(tmp_path / "office.db-wal")  # dangling, for now
    for name, words in (("office.db-wal", "wal file"), ("office.db-shm", "shm file"),
                        ("office.db-journal", "journal file"), ("office.db.lock", "lock file"),
                        ("./office.db-wal", "wal file"), ("wal-link", "wal file")):
        with pytest.raises(OutputRefusedError, match=words):
            check_target(name, what="the report")


def test_any_sqlite_file_and_its_side_files_are_refused(tmp_path):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("create table t (x)").connection.commit()
    with pytest.raises(OutputRefusedError, match="is a data file or a backup"):
        check_target(other, what="the figures")
    with pytest.raises(OutputRefusedError, match="belongs to a data file"):
        check_target(tmp_path / "other.db-wal", what="the figures")


def test_a_backup_is_refused_unless_the_caller_asks(data_file):
    backup = data_file.parent / "office-backup-2025-04-01-120000.db"
    backup.write_bytes(b"not sqlite, as an encrypted backup looks")
    with pytest.raises(OutputRefusedError, match="is a backup of your data file"):
        check_target(backup, what="the letters")
    assert check_target(backup, what="the backup", allow_backup=True) == backup
    with pytest.raises(OutputRefusedError, match="is your data file"):
        check_target(data_file, what="the backup", allow_backup=True)


def test_ordinary_files_are_allowed(data_file):
    for name in ("letters.pdf", "office.db.pdf", "office.dbx", "office-wal"):
        assert check_target(data_file.parent / name, what="x").name == name


def test_case_is_ignored_where_the_disk_ignores_it(data_file, monkeypatch):
    monkeypatch.setattr(output_files.sys, "platform", "win32")
    with pytest.raises(OutputRefusedError, match="is your data file"):
        check_target(data_file.parent / "OFFICE.DB", what="the letters")
    with pytest.raises(OutputRefusedError, match="wal file"):
        check_target(data_file.parent / "Office.DB-WAL", what="the letters")
    monkeypatch.setattr(output_files.sys, "platform", "linux")
    assert check_target(data_file.parent / "OFFICE.DB-WAL", what="x")


def test_a_folder_of_outputs_cannot_be_the_data_file(data_file, tmp_path):
    with pytest.raises(OutputRefusedError, match="is your data file"):
        check_folder(data_file, what="the lists")
    plain = tmp_path / "notes.txt"
    plain.write_text("mine")
    with pytest.raises(OutputRefusedError, match="is a file, not a folder"):
        check_folder(plain, what="the lists")
    assert check_folder(tmp_path / "new" / "lists", what="the lists").is_dir()
    with pytest.raises(OutputRefusedError, match="wal file"):
        check_folder(data_file.parent / "office.db-wal", what="the lists")  # SQLite looks there
    assert not (data_file.parent / "office.db-wal").exists()


def test_a_failing_writer_leaves_the_old_file_and_no_temporary_file(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"the good report")

    class DiskFull(Exception):
        pass

    with pytest.raises(DiskFull), open_output(target, "wb", what="the report") as handle:
        handle.write(b"half a rep")
        raise DiskFull
    assert target.read_bytes() == b"the good report"
    assert _leftovers(tmp_path) == []


def test_an_os_error_is_one_plain_line_and_leaves_nothing(tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old")
    with pytest.raises(PartappError) as caught, replacing(target, what="the report") as temp:
        temp.write_bytes(b"new but")
        raise OSError(28, "No space left on device")
    assert str(caught.value).startswith(f"The disk that holds {tmp_path} is full, so the "
                                        "report could not be saved. Nothing was half-written.")
    assert "\n" not in str(caught.value)
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []
    # an error that is not about the place: the system's own words, in one line
    with pytest.raises(PartappError) as caught, replacing(target, what="the report") as temp:
        temp.write_bytes(b"new but")
        raise OSError(5, "Input/output error")
    assert str(caught.value).startswith("Could not save the report as report.pdf "
                                        "(Input/output error).")
    assert target.read_bytes() == b"old"
    assert _leftovers(tmp_path) == []


def test_while_writing_only_the_temporary_file_changes(tmp_path):
    target = tmp_path / "letters.pdf"
    target.write_bytes(b"yesterday's letters")
    with replacing(target, what="the letters") as temp:
        assert temp.parent == tmp_path and temp != target
        temp.write_bytes(b"today's letters")
        assert target.read_bytes() == b"yesterday's letters"
    assert target.read_bytes() == b"today's letters"
    assert _leftovers(tmp_path) == []


def test_a_refused_target_is_not_touched_and_nothing_is_made(data_file):
    before = data_file.read_bytes()
    with pytest.raises(OutputRefusedError):
        write_bytes(data_file, b"%PDF-1.4", what="the letters")
    source = data_file.parent / "made.pdf"
    source.write_bytes(b"%PDF-1.4")
    with pytest.raises(OutputRefusedError):
        copy_file(source, data_file, what="the report")
    assert data_file.read_bytes() == before
    assert _leftovers(data_file.parent) == []
    assert not Path(f"{data_file}-wal").exists()


def test_a_missing_folder_says_so(tmp_path):
    with pytest.raises(PartappError, match="does not exist"):
        write_bytes(tmp_path / "nowhere" / "x.pdf", b"x", what="the letters")
