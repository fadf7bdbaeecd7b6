"""The Reports page: pick a period, make the report (synchronous task runner), see its pages,
save it as PDF, save its figures as CSV, print it. Checked in the files it writes.

The data is the hand-worked year of tests/unit/handworked.py (figures worked out by hand).
"""

from __future__ import annotations

import csv
import re
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog

from partapp.services.records import organisation
from partapp.ui.pages.reports import REPORTS_FOLDER

from ..unit.handworked import EXPECTED, TODAY, build
from .conftest import click, type_into

ORG = "Riverside & District <Trust>"


def pdf_text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text)


@pytest.fixture
def page(qtbot, window, db, context):
    """The Reports page on the hand-worked data, on 1 March 2026."""
    with db.session_scope() as session:
        build(session)
        organisation.save_details(session, replace(organisation.get_details(session),
                                                   name=ORG))
    context.today = lambda: TODAY
    window.show_page("reports")
    return window.pages["reports"]


def choose(page, key: str) -> None:
    page.period.setCurrentIndex(page.period.findData(key))


def test_default_period_and_quick_choices(page):
    # GIVEN today is 1 March 2026 and the year starts in April (the default)
    # THEN the last full financial year is chosen
    assert page.period.currentText() == "Last financial year (1 Apr 2024 to 31 Mar 2025)"
    assert (page.start.text(), page.end.text()) == ("2024-04-01", "2025-03-31")
    choose(page, "calendar")
    assert (page.start.text(), page.end.text()) == ("2025-01-01", "2025-12-31")
    choose(page, "so_far")
    assert (page.start.text(), page.end.text()) == ("2025-04-01", "2026-03-01")
    # Typing dates that are a quick choice shows that choice; other dates show "Other dates"
    page.end.setText("2026-02-28")
    assert page.period.currentData() == "custom"
    page.start.setText("2025-01-01")
    page.end.setText("2025-12-31")
    assert page.period.currentData() == "calendar"
    assert not page.save_button.isEnabled() and page.preview.page_count() == 0


def test_make_the_report_then_save_it(qtbot, page, tmp_path, monkeypatch, context):
    # GIVEN last calendar year is chosen
    choose(page, "calendar")
    # WHEN the report is made
    click(qtbot, page.make_button)
    # THEN its pages show, and the PDF holds the organisation and that year's figures
    made = page.report
    assert made is not None and made.pages >= 4
    assert page.preview.page_count() == made.pages
    assert page.preview.count_label.text() == f"of {made.pages}"
    assert page.status.text() == (f"The report for 1 Jan 2025 to 31 Dec 2025 is ready: "
                                  f"{made.pages} pages.")
    assert page.preview.stack.currentWidget() is page.preview.view
    pages, text = pdf_text(made.path)
    assert pages == made.pages
    assert f"{ORG} Annual change report" in text
    assert "For 1 January 2025 to 31 December 2025" in text and "Made on 1 March 2026" in text
    for row in ("Activities (meetings and other ways to take part) 2 1 Up by 1",
                "People who took part 4 1 Up by 3",
                "Suggestions and other things people told us 7 1 Up by 6",
                "Waiting more than 28 days for a decision 3 1 Up by 2",
                "Heard back within 28 days (each named person, for each suggestion) 2 of 7 0 of 1 "
                "Too few to compare"):
        assert row in text, row

    # Page buttons move through the preview
    click(qtbot, page.preview.next_button)
    assert page.preview.current_page() == 1 and page.preview.page_spin.value() == 2
    page.preview.page_spin.setValue(made.pages)
    assert page.preview.current_page() == made.pages - 1
    assert not page.preview.next_button.isEnabled()

    # WHEN it is saved as PDF (the file chooser answers "trustees" in a new folder)
    target = tmp_path / "for trustees" / "trustees"
    target.parent.mkdir()
    seen = {}

    def choose_file(parent, caption, start, filters):
        seen["start"] = start
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose_file))
    click(qtbot, page.save_button)
    # THEN the same PDF is there, with .pdf added, and the folder is remembered
    saved = target.with_name("trustees.pdf")
    assert saved.read_bytes() == made.path.read_bytes()
    assert seen["start"].endswith("Change report 2025-01-01 to 2025-12-31.pdf")
    assert context.settings.read(REPORTS_FOLDER) == str(saved.parent)
    assert page.note.text() == f"Saved the report as {saved}"

    # Making another report replaces the first; its temporary file is tidied away
    first = made.path
    choose(page, "financial")
    qtbot.keyClick(page.end.edit, Qt.Key.Key_Return)  # Enter in a date field makes it too
    assert page.report.path != first and not first.exists()
    assert "1 Apr 2024 to 31 Mar 2025" in page.status.text()


def test_a_reversed_period_is_explained_and_nothing_is_made(qtbot, page, db):
    page.start.setText("")
    type_into(qtbot, page.start.edit, "2025-12-31")
    page.end.setText("")
    type_into(qtbot, page.end.edit, "2025-01-01")
    # The message shows beside the dates while typing...
    assert page.errors.message("to") == ("The end date 2025-01-01 is before the start date "
                                         "2025-12-31. Please swap them.")
    assert page.period.currentData() == "custom"
    qtbot.keyClick(page.end.edit, Qt.Key.Key_Return)  # Enter in a date field: make it
    click(qtbot, page.make_button)
    # ...and neither Enter nor Make the report builds anything
    assert page.report is None and page.preview.page_count() == 0
    assert page.errors.message("to").startswith("The end date 2025-01-01 is before")
    assert page.status.text() == "No report made yet."
    assert not page.save_button.isEnabled() and not page.print_button.isEnabled()
    # A date that is not a date is explained too
    page.start.setText("31/13/2025")
    click(qtbot, page.make_button)
    assert "is not a date we understand" in page.errors.message("from")
    assert page.report is None
    # Put right, the message goes
    choose(page, "calendar")
    assert page.errors.message("from") == "" and page.errors.message("to") == ""


def test_save_the_figures_and_lists_as_csv(qtbot, page, tmp_path, monkeypatch, boxes):
    choose(page, "calendar")
    click(qtbot, page.make_button)
    folder = tmp_path / "figures"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *args, **kwargs: str(folder)))
    click(qtbot, page.csv_button)
    with (folder / "figures.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["figure", "value"]
    figures = dict(rows[1:])
    assert {name: figures[name] for name in EXPECTED} == EXPECTED
    assert figures["period_start"] == "2025-01-01" and figures["period_end"] == "2025-12-31"
    for name in ("suggestions.csv", "changes_done.csv", "activities.csv", "still_waiting.csv",
                 "feedback_on_time.csv"):
        assert (folder / name).exists(), name
    assert page.note.text() == f"Saved the figures (figures.csv) and 5 lists in {folder}"
    # Saving again in the same folder asks first (the answer here: Cancel, nothing written)
    (folder / "figures.csv").write_text("kept", encoding="utf-8")
    click(qtbot, page.csv_button)
    assert boxes.shown[-1][0] == "Replace the figures?"
    assert (folder / "figures.csv").read_text(encoding="utf-8") == "kept"


def test_print_chosen_pages_and_the_print_preview(qtbot, page, tmp_path, monkeypatch):
    choose(page, "calendar")
    click(qtbot, page.make_button)
    printed_to = tmp_path / "printed.pdf"

    def print_dialog_ok(dialog):
        # The user picks pages 2 to 3 (a PDF file stands in for the printer)
        printer = dialog.printer()
        printer.setOutputFileName(str(printed_to))
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", print_dialog_ok)
    click(qtbot, page.print_button)
    assert len(PdfReader(printed_to).pages) == 2  # pages printed as pictures: no text
    assert page.note.text() == "Sent 2 pages to the printer."
    assert page.preview.printer().pageLayout().pageSize().id() == \
        page.preview.printer().pageLayout().pageSize().PageSizeId.A4

    previewed = []

    def preview_paints(dialog):
        # The preview window asks for the pages to be painted onto its printer
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFileName(str(tmp_path / "preview.pdf"))
        dialog.paintRequested.emit(printer)
        previewed.append(len(PdfReader(tmp_path / "preview.pdf").pages))
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview_paints)
    click(qtbot, page.print_preview_button)
    assert previewed == [page.report.pages]


def test_records_changing_after_the_report_is_made(qtbot, page, context):
    choose(page, "calendar")
    click(qtbot, page.make_button)
    assert page.note.isHidden()
    context.changed("suggestion")
    assert page.note.text().startswith("Some records changed after this report was made.")


def test_cancel_stops_the_report_and_keeps_nothing(qtbot, page, context):
    # GIVEN the work runs in the background, as in the app
    context.tasks.synchronous = False
    choose(page, "calendar")
    click(qtbot, page.make_button)
    # WHEN Cancel is pressed in the progress window (what its button does)
    job, _signals = context.tasks._running[0]
    job.progress.cancel()
    qtbot.waitUntil(lambda: not context.tasks.busy)
    # THEN no report is shown and no half-made file is left behind
    assert page.status.text() == "Stopped. No new report was made."
    assert page.report is None and page.preview.page_count() == 0
    assert list(Path(page._temp.name).glob("*.pdf")) == []


def test_the_preview_shows_a_pdf_held_in_memory(qtbot, page):
    choose(page, "calendar")
    click(qtbot, page.make_button)
    from partapp.ui.widgets.pdf_preview import PdfPreview

    preview = PdfPreview("Letters")
    qtbot.addWidget(preview)
    assert preview.load_bytes(page.report.path.read_bytes()) == page.report.pages
    assert preview.count_label.text() == f"of {page.report.pages}" and preview.bar.isVisibleTo(
        preview)
    preview.set_zoom(2.0)
    assert preview.zoom.currentText() == "200%" and preview.zoom_factor() == 2.0
    preview.zoom_out()
    assert preview.zoom_factor() == 1.5
    assert preview.load_bytes(b"not a PDF") == 0
    assert preview.stack.currentWidget() is preview.placeholder
    assert not preview.bar.isVisibleTo(preview)
