"""``partapp organisation``: a new data file can be set up, imported into and written to with
commands alone, with the same checks as Settings."""

from __future__ import annotations

from pathlib import Path

import pytest

from partapp.cli import run
from partapp.services.records.organisation import get_details
from partapp.services.store.database import open_database

from .test_importer import write_files


def _details(path: Path):
    db = open_database(str(path))
    try:
        with db.session_scope() as session:
            return get_details(session)
    finally:
        db.dispose()


def test_import_then_letters_works_once_the_name_is_set(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    people, suggestions = write_files(tmp_path)
    assert run(["--db", db, "import", str(people), str(suggestions)]) == 0
    capsys.readouterr()
    out = tmp_path / "letters.pdf"

    assert run(["--db", db, "letters", "--due", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "partapp organisation --name" in err and not out.exists()

    assert run(["--db", db, "organisation", "--name", "Riverside Day Centre",
                "--address", "1 Mill Lane\\nBrecon", "--signatory", "Jo Price",
                "--promise-days", "21"]) == 0
    shown = capsys.readouterr().out
    assert "Saved" in shown and "Riverside Day Centre" in shown and "1 Mill Lane, Brecon" in shown
    details = _details(Path(db))
    assert (details.name, details.address, details.signatory_name, details.promise_days) == (
        "Riverside Day Centre", "1 Mill Lane\nBrecon", "Jo Price", 21)

    assert run(["--db", db, "letters", "--due", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_show_lists_every_detail_and_changes_nothing(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    before = Path(db).read_bytes()
    capsys.readouterr()
    assert run(["--db", db, "organisation"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].endswith("(--name): (not set)")
    assert any(line.endswith("(--promise-days): 28") for line in lines)
    assert lines[-1] == "Letterhead picture (--logo): (none)"
    assert _details(Path(db)).name == ""
    assert Path(db).read_bytes() == before


@pytest.mark.parametrize(("option", "value", "words"), [
    ("--promise-days", "0", "between 1 and 365"),
    ("--promise-days", "366", "between 1 and 365"),
    ("--promise-days", "three", "whole number"),
    ("--small-numbers", "7", "below 5 or below 10"),
    ("--year-start-month", "13", "from 1 to 12"),
    ("--name", "   ", "Please fill in the organisation's name"),
])
def test_a_bad_value_names_the_option_and_saves_nothing(tmp_path, capsys, option, value, words):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    assert run(["--db", db, "organisation", "--name", "Old name"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "organisation", "--name", "New name", option, value]
               if option != "--name" else ["--db", db, "organisation", option, value]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"partapp: {option}: ") and words in err, err
    assert "Traceback" not in err
    assert _details(Path(db)).name == "Old name"


def test_the_boundaries_of_the_promise_are_accepted(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    for days in ("1", "365"):
        assert run(["--db", db, "organisation", "--name", "X", "--promise-days", days]) == 0
        assert _details(Path(db)).promise_days == int(days)


def test_logo_is_set_and_removed_and_a_wrong_file_is_refused(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    png = tmp_path / "logo.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    assert run(["--db", db, "organisation", "--logo", str(png)]) == 0
    assert _details(Path(db)).has_logo
    text = tmp_path / "logo.txt"
    text.write_text("not a picture")
    assert run(["--db", db, "organisation", "--logo", str(text)]) == 1
    assert "--logo: The logo must be a PNG or JPEG" in capsys.readouterr().err
    assert run(["--db", db, "organisation", "--logo", str(tmp_path / "missing.png")]) == 1
    assert "--logo: there is no file" in capsys.readouterr().err
    assert run(["--db", db, "organisation", "--no-logo"]) == 0
    assert not _details(Path(db)).has_logo


def test_show_with_options_or_set_without_is_a_usage_error(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    assert run(["--db", db, "organisation", "show", "--name", "X"]) == 2
    assert run(["--db", db, "organisation", "set"]) == 2
    assert _details(Path(db)).name == ""


def test_changing_needs_an_administrator_but_anyone_signed_in_may_look(tmp_path, capsys,
                                                                       monkeypatch):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    monkeypatch.setenv("PARTAPP_NEW_PASSWORD", "correct horse battery")
    monkeypatch.setenv("PARTAPP_PASSWORD", "correct horse battery")
    assert run(["--db", db, "users", "add", "admin", "--name", "Ada", "--role",
                "administrator"]) == 0
    assert run(["--db", db, "--user", "admin", "users", "add", "vol", "--name", "Val",
                "--role", "volunteer"]) == 0
    capsys.readouterr()
    assert run(["--db", db, "--user", "vol", "organisation"]) == 0
    assert run(["--db", db, "--user", "vol", "organisation", "--name", "Taken over"]) == 1
    assert "administrator" in capsys.readouterr().err.lower()
    assert _details(Path(db)).name == ""
    assert run(["--db", db, "--user", "admin", "organisation", "--name", "Ours"]) == 0
    assert _details(Path(db)).name == "Ours"


def test_demo_says_what_it_is_doing_while_it_works(tmp_path, capsys, monkeypatch):
    from partapp.services.sample.demo import DEMO_STEPS

    path = tmp_path / "sample.db"
    assert run(["--db", str(path), "init"]) == 0
    monkeypatch.setattr("sys.stderr.isatty", lambda: True, raising=False)
    capsys.readouterr()
    assert run(["--db", str(path), "demo"]) == 0
    out = capsys.readouterr()
    lines = out.err.splitlines()
    assert lines == [f"{step} ({n} of {len(DEMO_STEPS)})\u2026"
                     for n, step in enumerate(DEMO_STEPS, start=1)]
    assert out.out.startswith("Added sample data: ")
