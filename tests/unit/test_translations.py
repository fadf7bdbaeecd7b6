"""The translation files keep up with the code: every tr()/QT_TRANSLATE_NOOP string in
partapp/ui is in each .ts file and translated, labels.py lists the core's labels, and the .qm
files the app loads are compiled from the .ts files as they are now.

The real pyside6-lupdate (it ships in the PySide6 wheel) runs into a temporary copy of each .ts,
so the repository's files are never changed by a test. Fix a failure with
``python -m partapp.ui.translations refresh`` and translate what it lists (docs/translating.md).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

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
