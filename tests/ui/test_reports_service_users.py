"""The Reports page's 'You said, we did' buttons: the easy read summary and the poster for
service users, saved through a file chooser (patched here) in the background, for the dates
chosen, in the language chosen. Checked in the files written."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from partapp.services.records import organisation

from ..unit.handworked import TODAY, build
from .conftest import click


@pytest.fixture
def page(qtbot, window, db, context):
    with db.session_scope() as session:
        build(session)
        organisation.save_details(session, replace(organisation.get_details(session),
                                                   name="Riverside Trust"))
    context.today = lambda: TODAY
    window.show_page("reports")
    page = window.pages["reports"]
    page.period.setCurrentIndex(page.period.findData("calendar"))
    return page


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), re.sub(r"\s+", " ", " ".join(p.extract_text() for p in reader.pages))


def _answer(monkeypatch, target: Path, seen: dict) -> None:
    def choose_file(parent, caption, start, filters):
        seen["caption"], seen["start"] = caption, start
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose_file))


def test_save_the_summary_and_the_poster_for_service_users(qtbot, page, tmp_path, monkeypatch,
                                                           context):
    # GIVEN last calendar year is chosen (no report needs making first)
    assert page.summary_button.isEnabled() and page.poster_button.isEnabled()
    seen: dict = {}
    # WHEN the summary is saved as "summary" (the chooser's answer, no .pdf typed)
    _answer(monkeypatch, tmp_path / "summary", seen)
    click(qtbot, page.summary_button)
    # THEN an easy read PDF of that year is there, with .pdf added
    saved = tmp_path / "summary.pdf"
    pages, text = _text(saved)
    assert 1 <= pages <= 4
    assert "Riverside Trust You said, we did From 1 January 2025 to 31 December 2025." in text
    assert "We did:" in text and "Talk to us" in text
    assert seen["caption"] == "Save the summary for service users as a PDF"
    assert seen["start"].endswith("You said we did 2025-01-01 to 2025-12-31.pdf")
    assert page.note.text() == f"Saved the summary for service users as {saved} ({pages} pages)"

    # WHEN the poster is saved, in Welsh and English
    page.users_language.setCurrentIndex(page.users_language.findData("both"))
    _answer(monkeypatch, tmp_path / "poster.pdf", seen)
    click(qtbot, page.poster_button)
    # THEN it is one page with both languages' words
    pages, text = _text(tmp_path / "poster.pdf")
    assert pages == 1
    assert "Dywedoch chi, fe wnaethon ni You said, we did" in text
    assert "Dywedoch chi / You said:" in text or "Fe wnaethon ni / We did:" in text
    assert page.note.text() == f"Saved the poster as {tmp_path / 'poster.pdf'}"


def test_the_poster_is_never_written_over_the_data_file(qtbot, page, monkeypatch, boxes,
                                                        db_path, tmp_path):
    # GIVEN a "poster.pdf" that is a link to the data file
    link = tmp_path / "poster.pdf"
    link.symlink_to(db_path)
    before = db_path.read_bytes()
    _answer(monkeypatch, link, {})
    # WHEN the poster is saved there
    click(qtbot, page.poster_button)
    # THEN it says so plainly, and the data file is as it was
    title, text = boxes.shown[-1][:2]
    assert title == "The poster was not saved" and "Choose another name" in text
    assert db_path.read_bytes() == before and link.is_symlink()


def test_reversed_dates_are_explained_and_no_file_chooser_opens(qtbot, page, monkeypatch):
    page.start.setText("2025-12-31")
    page.end.setText("2025-01-01")
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args: pytest.fail("asked for a file")))
    click(qtbot, page.summary_button)
    assert page.errors.message("to")
