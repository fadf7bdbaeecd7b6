"""An index damaged in the middle of a real data file: SQLite's quick_check does not see it.

Every way in (a command that writes, backup, check, restore's sign-in gate) finds it with the
full check, writes nothing (the file stays byte for byte as it was), and gives the one message
that names the newest good backup. The desktop's start says the same
(tests/ui/test_damaged_file_start.py).
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from partapp.cli import run
from partapp.services.store.backup import backup_database, list_backups
from partapp.services.store.integrity import DamagedDatabaseError
from partapp.services.store.refusal import check_data_file

from .safety_support import filled_file, people_count

MADE = datetime(2025, 2, 7, 16, 30)


def damage_index(path: Path) -> int:
    """Change one key in a leaf page of the index on people's refs, keeping the page well
    formed, as a failing disk or a bad copy might. Returns the page number."""
    conn = sqlite3.connect(path)
    try:
        page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'sqlite_autoindex_person_1' "
                            "AND pagetype = 'leaf' ORDER BY pageno LIMIT 1").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    data = bytearray(path.read_bytes())
    start = (page - 1) * size
    at = data.index(b"P0150", start, start + size)
    data[at:at + 5] = b"P015/"  # still in order between P0149 and P0151
    path.write_bytes(bytes(data))
    assert 1 < page < pages  # in the middle of the file, not at its start
    return page


def _pragma(path: Path, name: str) -> list[str]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return [row[0] for row in conn.execute(f"PRAGMA {name}")]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def damaged_template(tmp_path_factory):
    """A data file of 300 people with a good backup, then its index damaged (made once)."""
    folder = tmp_path_factory.mktemp("damaged")
    with pytest.MonkeyPatch.context() as patch:  # the app's own records stay in the test
        patch.setenv("XDG_DATA_HOME", str(folder / "app-data"))
        patch.setenv("HOME", str(folder))
        path = filled_file(folder / "data" / "charity.db")
        backup_database(path, when=MADE)
    damage_index(path)
    return path.parent


@pytest.fixture
def damaged(damaged_template, tmp_path):
    """A fresh copy of the damaged file (in a folder of its own) and its good backup."""
    folder = shutil.copytree(damaged_template, tmp_path / "data")
    path = folder / "charity.db"
    return path, list_backups(path)[0].path


def _expected(path: Path, good: Path) -> str:
    return (f"The data file {path} is damaged (the database check found problems in it), so it "
            "was not opened. Nothing in the file was changed. The newest good backup is "
            f"{good} (made 07 February 2025 at 16:30). To use it, choose File, then Restore "
            f"from backup, or run: partapp restore \"{good}\"")


def test_quick_check_misses_the_damage_and_the_full_check_finds_it(damaged):
    path, _good = damaged
    assert _pragma(path, "quick_check") == ["ok"]
    assert _pragma(path, "integrity_check") == [
        "row 150 missing from index sqlite_autoindex_person_1"]


def _people_csv(folder: Path) -> Path:
    file = folder / "people.csv"
    file.write_text("first_name,last_name\nNew,Person\n", encoding="utf-8")
    return file


COMMANDS = {
    "import": lambda folder: ["import", str(_people_csv(folder))],
    "demo": lambda folder: ["demo"],
    "letters --mark-sent": lambda folder: ["letters", "--due", "--mark-sent", "--out",
                                           str(folder / "letters.pdf")],
    "erase-person": lambda folder: ["erase-person", "P0001", "--yes"],
    "users add": lambda folder: ["users", "add", "jo", "--role", "administrator"],
    "check": lambda folder: ["check"],
    "backup": lambda folder: ["backup"],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_command_refuses_writes_nothing_and_names_the_newest_good_backup(
        damaged, command, capsys, monkeypatch, tmp_path):
    path, good = damaged
    monkeypatch.setenv("PARTAPP_NEW_PASSWORD", "a long enough password 1")
    before = path.read_bytes()
    beside = sorted(p.name for p in path.parent.iterdir())
    backups = list_backups(path)

    assert run(["--db", str(path), *COMMANDS[command](tmp_path)]) == 1

    err = capsys.readouterr().err
    assert err == f"partapp: {_expected(path, good)}\n"
    assert "Traceback" not in err
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == beside  # no -wal, -shm or lock left
    assert list_backups(path) == backups  # the damaged copy was not kept as a backup


def test_backup_never_calls_a_copy_of_the_damaged_file_good(damaged):
    path, good = damaged
    before = path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        backup_database(path, when=datetime(2025, 3, 1, 9, 0))
    assert str(caught.value) == ("No backup was made, because a copy of a damaged file is not a "
                                 "good backup. " + _expected(path, good))
    assert [b.path for b in list_backups(path)] == [good]
    assert path.read_bytes() == before


def test_check_says_the_same_as_every_other_way_in(damaged):
    path, good = damaged
    assert check_data_file(path) == (False, _expected(path, good))


def test_the_restore_the_message_offers_works(damaged, capsys):
    """The message says to run partapp restore: its sign-in gate must not refuse the damaged
    file (nobody can sign in to a file that cannot be trusted) and the restore must work."""
    path, good = damaged
    assert run(["--db", str(path), "restore", str(good)]) == 0
    out = capsys.readouterr().out
    assert f"Restored {path} from {good}." in out
    assert _pragma(path, "integrity_check") == ["ok"]
    assert people_count(path) == 300
    kept = [b for b in list_backups(path) if b.kind == "damaged"]
    assert len(kept) == 1  # the damaged file is kept, byte for byte, in case it is wanted
