"""Every command and option that writes a file, pointed at the data file or one of its side
files, by every spelling: refused with one plain line and exit 1, and the data untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from partapp import cli
from partapp.cli import build_parser, run
from partapp.services.sample.demo import fill_demo
from partapp.services.store.database import open_database

FROM_TO = ["--from", "2024-01-01", "--to", "2025-12-31"]

# Every (command, option) in cli.OUTPUTS, as a command line with TARGET where the output goes.
WRITERS = {
    ("letters", "out"): ["letters", "--due", "--out", "TARGET"],
    ("letters", "out", "mark-sent"): ["letters", "--due", "--out", "TARGET", "--mark-sent"],
    ("letters", "welsh_missing"): ["letters", "--due", "--out", "letters.pdf", "--welsh-missing",
                                   "TARGET"],
    ("letters", "dated_texts"): ["letters", "--due", "--out", "letters.pdf", "--dated-texts",
                                 "TARGET"],
    ("report", "out"): ["report", *FROM_TO, "--out", "TARGET"],
    ("report", "csv"): ["report", *FROM_TO, "--csv", "TARGET"],
    ("report", "lists"): ["report", *FROM_TO, "--lists", "TARGET"],
    ("report", "summary"): ["report", *FROM_TO, "--summary", "TARGET"],
    ("report", "poster"): ["report", *FROM_TO, "--poster", "TARGET", "--language", "both"],
    ("audit", "csv"): ["audit", "--csv", "TARGET"],
    ("export-person", "out"): ["export-person", "REF", "--out", "TARGET"],
    ("import", "template"): ["import", "--template", "TARGET"],
    ("backup", "out"): ["backup", "--out", "TARGET"],
}

TARGETS = ("data.db", "./data.db", "sub/../data.db", "ABSOLUTE", "link.pdf", "data.db-wal",
           "data.db-shm", "data.db-journal", "data.db.lock", "ABSOLUTE-wal", "wal-link",
           "./data.db-shm")


@pytest.fixture(scope="module")
def sample(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("sample") / "sample.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        fill_demo(session, seed=7)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    conn = sqlite3.connect(path)
    ref = conn.execute("SELECT ref FROM person WHERE ref IS NOT NULL ORDER BY id").fetchone()[0]
    conn.close()
    return path, ref


def _beside(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("writer", list(WRITERS), ids="-".join)
def test_no_output_can_be_written_over_the_data(writer, target, sample, tmp_path, monkeypatch,
                                                capsys):
    # GIVEN a data file with letters owed, and every way of naming it or its side files
    data = tmp_path / "data.db"
    shutil.copyfile(sample[0], data)
    (tmp_path / "sub").mkdir()
    (tmp_path / "link.pdf").symlink_to(data)
    (tmp_path / "wal-link").symlink_to(tmp_path / "data.db-wal")
    monkeypatch.chdir(tmp_path)
    spelled = target.replace("ABSOLUTE", str(data))
    argv = [spelled if word == "TARGET" else sample[1] if word == "REF" else word
            for word in WRITERS[writer]]
    before, files_before = data.read_bytes(), _beside(tmp_path)

    # WHEN the command is pointed at it (relative --db too, as people type it)
    code = run(["--db", "data.db", *argv])

    # THEN it is refused in one plain line, and the data file is exactly as it was
    err = capsys.readouterr().err
    assert code == 1, err
    assert err.count("\n") == 1 and err.startswith("partapp: That file ("), err
    assert "Choose another name for" in err
    assert data.read_bytes() == before
    assert _beside(tmp_path) == files_before  # no -wal, -shm, lock, folder or temporary file
    assert not (tmp_path / "data.db-wal").exists()


def test_every_option_that_names_an_output_is_checked():
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices
    found = set()
    for name, sub in commands.items():
        for action in sub._actions:
            words = (action.metavar or "").upper()
            if action.option_strings and any(w in words for w in ("FILE", "DIR", "PATH")):
                found.add((name, action.dest))
    listed = {(name, option) for name, outputs in cli.OUTPUTS.items()
              for option, _what, _kind in outputs}
    assert found == listed, "every output option belongs in cli.OUTPUTS"
    assert {key[:2] for key in WRITERS} == listed


def test_the_same_commands_still_write_beside_the_data(sample, tmp_path, monkeypatch, capsys):
    data = tmp_path / "data.db"
    shutil.copyfile(sample[0], data)
    monkeypatch.chdir(tmp_path)
    assert run(["--db", "data.db", "letters", "--due", "--out", "data.db.pdf"]) == 0
    assert run(["--db", "data.db", "report", *FROM_TO, "--csv", "data-figures.csv",
                "--lists", "lists"]) == 0, capsys.readouterr().err
    assert Path("data.db.pdf").read_bytes().startswith(b"%PDF")
    assert len(list(Path("lists").glob("*.csv"))) == 5
    assert not [p for p in tmp_path.rglob("*.part")]
