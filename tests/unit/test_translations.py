"""The translation files keep up with the code: every tr()/QT_TRANSLATE_NOOP string in
partapp/ui is in each .ts file and translated, labels.py lists the core's labels, and the .qm
files the app loads are compiled from the .ts files as they are now. The command line's help
and own lines have their Welsh in partapp/cli_cy.py and follow the same language choice.

The real pyside6-lupdate (it ships in the PySide6 wheel) runs into a temporary copy of each .ts,
so the repository's files are never changed by a test. Fix a failure with
``python -m partapp.ui.translations refresh`` and translate what it lists (docs/translating.md).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from partapp import cli, language
from partapp.cli_cy import WELSH
from partapp.services.words import in_language
from partapp.ui.translations import __main__ as tool
from partapp.ui.translations import ts_files

TS_FILES = ts_files()


def refreshed_copy(ts: Path, tmp_path: Path, files: list[str] | None = None) -> Path:
    """``ts`` as lupdate would leave it after reading the code (or ``files``)."""
    copy = tmp_path / ts.name
    shutil.copy(ts, copy)
    tool.extract(copy, tool.language_of(ts), files)
    return copy


def test_there_is_a_welsh_and_an_english_file():
    assert {ts.name for ts in TS_FILES} >= {"partapp_cy.ts", "partapp_en.ts"}


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.name)
def test_every_string_in_the_screens_is_in_the_file_and_translated(ts, tmp_path):
    missing = tool.unfinished(refreshed_copy(ts, tmp_path))
    assert missing == [], (
        f"{ts.name}: {len(missing)} strings are new or not translated yet: {missing[:10]}. "
        "Run `python -m partapp.ui.translations refresh` and translate them.")


def test_labels_py_lists_the_cores_labels(tmp_path):
    """A new enum or audit label reaches lupdate only through labels.py."""
    fresh = tmp_path / "labels.py"
    tool.write_labels(fresh)
    assert fresh.read_text(encoding="utf-8") == tool.LABELS.read_text(encoding="utf-8"), \
        "labels.py is out of date: run `python -m partapp.ui.translations refresh`"


@pytest.mark.parametrize("ts", TS_FILES, ids=lambda ts: ts.name)
def test_the_qm_file_is_compiled_from_the_ts_file(ts, tmp_path):
    qm = tmp_path / ts.with_suffix(".qm").name
    subprocess.run([tool.tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   check=True)
    assert qm.read_bytes() == ts.with_suffix(".qm").read_bytes(), \
        f"{qm.name} is older than {ts.name}: run `python -m partapp.ui.translations refresh`"


def test_the_check_finds_a_new_string(tmp_path):
    """The check can fail: a scratch copy of a page with one new tr() string is caught."""
    page = Path(tool.UI / "pages" / "home.py")
    scratch = tmp_path / "src" / "home.py"
    scratch.parent.mkdir()
    text = page.read_text(encoding="utf-8")
    marker = 'heading(self.tr("What needs attention"), 2)'
    assert marker in text
    scratch.write_text(text.replace(
        marker, marker + ')\n        self.layout_.addWidget(paragraph(self.tr("A brand new line")'),
        encoding="utf-8")
    files = [str(scratch) if p == str(page) else p for p in tool.sources()]
    welsh = tool.HERE / "partapp_cy.ts"
    assert "A brand new line" not in tool.unfinished(refreshed_copy(welsh, tmp_path))
    assert "A brand new line" in tool.unfinished(refreshed_copy(welsh, tmp_path, files))


# The command line ---------------------------------------------------------------------------

def _helps(parser: argparse.ArgumentParser) -> set[str]:
    """Every description and help line of the command line, in English."""
    found, todo, seen = set(), [parser], set()
    while todo:
        each = todo.pop()
        if id(each) in seen:
            continue
        seen.add(id(each))
        found.add(each.description or "")
        for action in each._actions:
            found.add(action.help or "")
            if isinstance(action, argparse._SubParsersAction):
                found.update(choice.help or "" for choice in action._choices_actions)
                todo.extend(action.choices.values())
    return found - {"", argparse.SUPPRESS}


def _cli(monkeypatch, capsys, lang: str | None, *argv: str) -> tuple[int, str, str]:
    if lang is None:
        monkeypatch.delenv(language.ENV_VAR, raising=False)
    else:
        monkeypatch.setenv(language.ENV_VAR, lang)
    try:
        code = cli.run(list(argv))
    except SystemExit as done:  # --help
        code = int(done.code or 0)
    out = capsys.readouterr()
    return code, out.out, out.err


def test_every_command_line_help_has_welsh():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(language.ENV_VAR, "en")
        english = _helps(cli.build_parser())
    english.discard(f"{cli.APP_NAME}: with no command, opens the desktop app.")
    missing = sorted(text for text in english if text not in WELSH)
    assert missing == [], f"add the Welsh for these to partapp/cli_cy.py: {missing}"


@pytest.mark.parametrize("lang", ["en", "cy"])
def test_every_commands_help_shows(monkeypatch, capsys, lang):
    """`partapp COMMAND --help` for every command, in both languages: no traceback (a % in a
    help must be written %%)."""
    commands = next(a for a in cli.build_parser()._actions
                    if isinstance(a, argparse._SubParsersAction)).choices
    for command in commands:
        code, out, err = _cli(monkeypatch, capsys, lang, command, "--help")
        assert code == 0 and out.startswith("defnydd:" if lang == "cy" else "usage:"), command
        assert err == "", command


def test_the_welsh_keeps_every_placeholder():
    def slots(text: str) -> list[str]:
        return sorted(re.findall(r"\{\w*\}|%\(\w+\)\w|%\w", text))

    wrong = [english for english, welsh in WELSH.items() if slots(english) != slots(welsh)]
    assert wrong == []


def test_help_in_welsh_and_in_english(monkeypatch, capsys):
    code, out, _err = _cli(monkeypatch, capsys, "cy", "--help")
    assert code == 0
    assert out.startswith("defnydd: partapp")
    for welsh in ("heb orchymyn, mae'n agor yr ap", "dangos y neges help hon a gorffen",
                  "gwneud copi wrth gefn o'r ffeil ddata", "dewisiadau:"):
        assert welsh in " ".join(out.split()), welsh
    code, out, _err = _cli(monkeypatch, capsys, "en", "--help")
    assert out.startswith("usage: partapp")
    assert "make a backup copy of the data file" in out and "defnydd" not in out


def test_the_commands_own_lines_in_welsh(monkeypatch, capsys, tmp_path):
    code, _out, err = _cli(monkeypatch, capsys, "cy", "--db", str(tmp_path / "x.db"), "import")
    assert code == 2
    assert "defnydd: partapp" in err
    assert "partapp: Enwch y ffeiliau i'w mewnforio" in err
    code, _out, err = _cli(monkeypatch, capsys, "cy", "report", "--from", "2025-13-01")
    assert code == 2 and "Dydy '2025-13-01' ddim yn ddyddiad" in err
    code, _out, err = _cli(monkeypatch, capsys, "en", "--db", str(tmp_path / "x.db"), "import")
    assert "partapp: Name the files to import" in err


def test_the_command_line_follows_the_desktops_setting(monkeypatch, capsys, tmp_path):
    """No PARTAPP_LANG: Settings, Language (the desktop's settings file) decides."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    monkeypatch.delenv(language.ENV_VAR, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.delenv("LANGUAGE", raising=False)
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    ini = language.settings_file()
    assert ini == tmp_path / "ParticipationTracker" / "partapp.ini"
    assert language.cli_language() == "en"
    ini.parent.mkdir(parents=True)
    ini.write_text("[ui]\nlanguage=cy\n", encoding="utf-8")
    assert language.cli_language() == "cy"
    assert _cli(monkeypatch, capsys, None, "--help")[1].startswith("defnydd:")
    assert _cli(monkeypatch, capsys, "en", "--help")[1].startswith("usage:")  # PARTAPP_LANG wins
    monkeypatch.delenv(language.ENV_VAR)
    ini.write_text("[ui]\nlanguage=system\n", encoding="utf-8")
    monkeypatch.setenv("LANG", "cy_GB.UTF-8")
    assert language.cli_language() == "cy"  # as the computer is set
    ini.write_text("not an ini file [", encoding="utf-8")
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert language.cli_language() == "en"


def test_the_letters_summary_in_welsh(monkeypatch, capsys, db_path, tmp_path):
    """`partapp letters --due` says what it wrote in the command line's language."""
    from partapp.reports.letters import LettersResult

    result = LettersResult(letters=3, pages=3, path=Path("due.pdf"), marked_sent=False,
                           phone_calls=1, unprintable=1)
    assert result.describe() == (
        "Wrote 3 letters to due.pdf. They are not marked as sent yet. 1 person would like a "
        "phone call instead of a letter: see the Letters page. 1 letter has characters our "
        "fonts cannot print (they show as boxes): please check them on the Letters page before "
        "posting.")
    assert in_language(result.describe(), "cy").startswith(
        "Rydyn ni wedi ysgrifennu 3 o lythyrau yn due.pdf. Dydyn nhw ddim wedi'u nodi fel rhai "
        "wedi'u hanfon eto. Hoffai 1 person gael galwad ffôn yn lle llythyr")
    code, out, _err = _cli(monkeypatch, capsys, "cy", "--db", str(db_path), "letters", "--due",
                           "--out", str(tmp_path / "due.pdf"))
    assert code == 0 and out.startswith("Does neb yn aros i glywed gennych."), out
