"""The headless commands: exit codes, plain messages, no tracebacks, figures as CSV."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from pathlib import Path

import pytest

from partapp.cli import run
from partapp.services.store.database import open_database

from .handworked import EXPECTED, build


def _partapp(*args: str, env_db: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ)
    if env_db:
        env["PARTAPP_DB"] = env_db
    return subprocess.run([sys.executable, "-m", "partapp", *args], capture_output=True,
                          text=True, env=env, timeout=120)


def test_init_creates_the_data_file(tmp_path, capsys):
    path = tmp_path / "new.db"
    assert run(["--db", str(path), "init"]) == 0
    assert path.exists()
    assert str(path) in capsys.readouterr().out


def test_partapp_db_environment_variable_chooses_the_file(tmp_path):
    path = tmp_path / "from-env.db"
    result = _partapp("init", env_db=str(path))
    assert result.returncode == 0, result.stderr
    assert path.exists()


def test_report_csv_gives_every_figure(db_path, tmp_path):
    db = open_database(str(db_path))
    with db.session_scope() as session:
        build(session)
    db.dispose()
    out = tmp_path / "figures.csv"
    assert run(["--db", str(db_path), "report", "--from", "2025-01-01", "--to", "2025-12-31",
                "--csv", str(out)]) == 0
    with out.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["figure", "value"]
    figures = {name: value for name, value in rows[1:]}
    for name, value in EXPECTED.items():
        assert figures[name] == value, name


def test_usage_errors_exit_2_and_user_problems_exit_1(tmp_path):
    db = str(tmp_path / "x.db")
    assert _partapp("--db", db, "init").returncode == 0  # only init makes a data file
    bad_date = _partapp("--db", db, "report", "--from", "2025-02-30", "--to", "2025-12-31",
                        "--csv", str(tmp_path / "f.csv"))
    assert bad_date.returncode == 2
    assert "2025-04-01" in bad_date.stderr
    nothing_to_write = _partapp("--db", db, "report", "--from", "2025-01-01", "--to", "2025-12-31")
    assert nothing_to_write.returncode == 2
    backwards = _partapp("--db", db, "report", "--from", "2025-12-31", "--to", "2025-01-01",
                         "--csv", str(tmp_path / "f.csv"))
    assert backwards.returncode == 1
    assert "before the start date" in backwards.stderr
    for result in (bad_date, nothing_to_write, backwards):
        assert "Traceback" not in result.stderr


def test_a_damaged_file_gets_one_plain_line_and_exit_1(tmp_path):
    path = tmp_path / "broken.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    before = path.read_bytes()
    result = _partapp("--db", str(path), "init")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def test_check_backup_and_restore(tmp_path, db_path, capsys):
    assert run(["--db", str(db_path), "check"]) == 0
    backups = tmp_path / "backups"
    backups.mkdir()
    assert run(["--db", str(db_path), "backup", "--out", str(backups)]) == 0
    copies = list(backups.glob("*.db"))
    assert len(copies) == 1
    assert run(["--db", str(db_path), "restore", str(copies[0])]) == 0
    assert run(["--db", str(db_path), "check"]) == 0
    not_a_backup = tmp_path / "holiday.jpg"
    not_a_backup.write_bytes(b"\xff\xd8 not a database")
    assert run(["--db", str(db_path), "restore", str(not_a_backup)]) == 1
    assert "cannot be used" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [["--help"], ["report", "--help"]])
def test_help_is_available(argv, capsys):
    with pytest.raises(SystemExit) as caught:
        run(argv)
    assert caught.value.code == 0
    assert "usage" in capsys.readouterr().out


def test_python_main_py_runs_the_same_commands(tmp_path):
    path = tmp_path / "main.db"
    root = Path(__file__).resolve().parents[2]
    result = subprocess.run([sys.executable, str(root / "main.py"), "--db", str(path), "init"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert path.exists()


def _record_counts(path: Path) -> dict[str, int]:
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name != 'alembic_version'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


@pytest.mark.parametrize("cell, column, words", [
    ({"date": "2025-02-30"}, "date", "2025-04-01"),
    ({"decision": "Maybe later"}, "decision", "Agreed in part"),
    ({"raised_by": "NOBODY1"}, "raised_by", "NOBODY1"),
])
def test_a_bad_import_exits_1_names_file_row_and_column_and_changes_nothing(
        tmp_path, db_path, cell, column, words):
    from partapp.services.importing.importer import SUGGESTION_COLUMNS

    rows = [{"date": "2025-03-04", "suggestion": "More trips out, please.", "kind": "idea"},
            {"date": "2025-03-05", "suggestion": "Later lunch.", "kind": "idea", **cell}]
    path = tmp_path / "suggestions.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=SUGGESTION_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    before = _record_counts(db_path)
    result = _partapp("--db", str(db_path), "import", str(path))
    assert result.returncode == 1, result.stderr
    message = result.stderr.strip()
    assert "Traceback" not in message and len(message.splitlines()) == 1
    assert "suggestions.csv" in message and "row 3" in message and column in message
    assert words in message
    assert _record_counts(db_path) == before


def test_a_missing_required_column_is_named(tmp_path, db_path):
    path = tmp_path / "people.csv"
    path.write_text("ref,last_name\nP1,Jones\n", encoding="utf-8")
    result = _partapp("--db", str(db_path), "import", str(path))
    assert result.returncode == 1
    assert "people.csv" in result.stderr and "first_name" in result.stderr
