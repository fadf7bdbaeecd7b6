"""The Letters page: who is waiting, their letter as a PDF, printing and saving the chosen
letters, marking them as sent with an exact copy, phone calls, and what was sent.

Real data file (tests/unit/letters_data.py), real widgets, synchronous background work; file,
print and message windows are patched so nothing blocks.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sqlalchemy import select

from partapp.models import AuditEntry, Feedback
from partapp.services.feedback import letters
from partapp.services.records import suggestions
from partapp.services.records.suggestions import DecisionData
from partapp.ui import errors
from partapp.ui.context import AppContext
from partapp.ui.itemmodels.owed import OwedModel, SentLettersModel
from partapp.ui.main_window import MainWindow
from partapp.ui.pages.letters_work import prepare_batch
from partapp.ui.tasks import Progress, TaskCancelled, TaskRunner
from partapp.ui.widgets.choices import select as choose

from ..unit.letters_data import TODAY, build
from .conftest import add_person, add_suggestion, click, table_texts, type_into

# Waiting since (hand-worked from letters_data): Siân 10 Jan (no answer past the promise),
# Zoë 2 May, Llŷr 3 May, Łukasz 5 May, Nguyễn 6 May, Gwen 7 May, Tom 8 May. Ann heard back.
OLDEST_FIRST = ["Siân Roberts", "Zoë Adams", "Llŷr Evans", "Łukasz Nowak", "Nguyễn Thị Lan",
                "Gwen Price", "Tom Baker"]


@pytest.fixture
def built(db):
    with db.session_scope() as session:
        return build(session)


@pytest.fixture
def page(qtbot, db, settings, boxes, built):
    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    context = AppContext(db, settings, tasks, today=lambda: TODAY)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("letters")
    letters_page = window.pages["letters"]
    letters_page.ids = built
    return letters_page


@pytest.fixture
def printed_to(monkeypatch, tmp_path):
    """The system print dialog, answered with "print to this PDF file"; remembers each use."""
    uses: list[Path] = []

    def fake_exec(dialog: QPrintDialog) -> int:
        out = tmp_path / f"printed-{len(uses) + 1}.pdf"
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        uses.append(out)
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    return uses


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(path)).pages)


def choose_people(page, *keys: str) -> None:
    page.select_people([page.ids[key] for key in keys])


def test_the_list_shows_exactly_the_people_waiting_oldest_first(page):
    assert table_texts(page.view, 0) == OLDEST_FIRST
    assert page.count_label.text() == "7 people are waiting."
    assert table_texts(page.view, 1)[0] == "4 months"  # since 10 January
    choose(page.format, "large_print")
    assert table_texts(page.view, 0) == ["Llŷr Evans"]
    choose(page.format, None)
    choose(page.kind, "change_made")
    assert table_texts(page.view, 0) == ["Zoë Adams"]
    choose(page.kind, None)
    page.search.setText("nowak")
    page.apply_filter()
    assert table_texts(page.view, 0) == ["Łukasz Nowak"]


def test_the_preview_shows_the_chosen_persons_letter(qtbot, page):
    choose_people(page, "llyr")
    qtbot.waitUntil(lambda: page.preview.page_count() > 0)
    assert page.letter_heading.text() == "The letter to Llŷr Evans"
    text = pdf_text(page.previewed.path)
    assert "Llŷr Evans" in text and "The ramp at the back door is too steep." in text
    assert page.plain.text().startswith(("\u2714 Plain English check", "\u26a0 Plain English"))
    # WHEN someone else is chosen THEN their letter replaces it
    choose_people(page, "zoe")
    qtbot.waitUntil(lambda: page.letter_heading.text() == "The letter to Zoë Adams")
    assert "Zoë Adams" in pdf_text(page.previewed.path)


def test_a_name_the_fonts_cannot_print_is_warned_about_in_the_preview(qtbot, page, db):
    from partapp.models import Person

    with db.session_scope() as session:
        session.get(Person, page.ids["sian"]).last_name = "\u0f40"  # Tibetan: no font has it
    page.context.changed("person")
    page.refresh()
    choose_people(page, "sian")
    qtbot.waitUntil(lambda: page.preview.page_count() > 0)
    assert "cannot be printed by our fonts (\u0f40)" in page.warnings.text()
    assert page.warnings.isVisibleTo(page)
    choose_people(page, "zoe")
    qtbot.waitUntil(lambda: page.letter_heading.text() == "The letter to Zoë Adams")
    assert "cannot be printed" not in page.warnings.text()


def test_save_the_chosen_letters_as_one_pdf(qtbot, page, monkeypatch, tmp_path, db, boxes):
    out = tmp_path / "my letters.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    choose_people(page, "sian", "llyr", "zoe", "tom")
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # Llŷr's "this year": print anyway
    click(qtbot, page.save_button)
    first_pages = [p.extract_text() for p in PdfReader(str(out)).pages]
    first_pages = [text for text in first_pages if "Dear " in text]  # a letter starts
    everyone = [*OLDEST_FIRST, "Ann Other"]
    assert [[n for n in everyone if n in text] for text in first_pages] == [
        ["Siân Roberts"], ["Zoë Adams"], ["Llŷr Evans"]]  # one each, in the list's order
    text = pdf_text(out)
    for name in ("Łukasz", "Nguyễn", "Gwen Price", "Tom Baker", "Ann Other"):
        assert name not in text
    assert "Saved 3 letters" in page.status.text()
    assert "Tom Baker" in page.status.text()  # left out: he would like a phone call
    with db.session_scope() as session:
        audit = session.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
        assert [a.details.split(";")[0] for a in audit] == ["letters=3"]


def test_saving_also_writes_the_braille_audio_and_email_files_beside_it(qtbot, page,
                                                                        monkeypatch, tmp_path,
                                                                        db, boxes):
    import shutil

    from partapp.models import Person

    if shutil.which("lou_translate") is None:
        pytest.skip("liblouis (lou_translate) is not installed")
    with db.session_scope() as session:
        session.get(Person, page.ids["sian"]).feedback_format = "braille"
        refs = {key: session.get(Person, page.ids[key]).ref for key in ("sian", "nguyen")}
    page.context.changed("person")
    page.refresh()
    out = tmp_path / "out" / "letters.pdf"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    choose_people(page, "sian", "nguyen", "llyr")
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # Llŷr's "this year": print anyway
    click(qtbot, page.save_button)
    assert {p.name for p in out.parent.iterdir()} == {
        "letters.pdf", f"{refs['sian']}.brf", f"{refs['nguyen']}.eml"}
    status = page.status.text()
    assert "Saved 3 letters" in status
    assert f"Wrote 1 braille file beside letters.pdf: {refs['sian']}.brf." in status
    assert f"Wrote 1 email ready to send beside letters.pdf: {refs['nguyen']}.eml." in status


def test_mark_as_sent_keeps_each_letter_exactly_and_they_leave_the_list(qtbot, page, db):
    with db.session_scope() as session:
        expected = {letter.person_id: letter.as_text() for letter in letters.letters_due(
            session, today=TODAY, person_ids=[page.ids["sian"], page.ids["zoe"]])}
    choose_people(page, "sian", "zoe")
    click(qtbot, page.mark_button)
    dialog = page.dialog
    assert dialog.sent_on.text() == TODAY.isoformat()
    choose(dialog.method, "in_person")
    type_into(qtbot, dialog.sent_by, "Alex")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        sent = session.scalars(select(Feedback).where(Feedback.method == "in_person")).all()
        assert {f.person_id: f.snapshot for f in sent} == expected
        assert {(f.sent_on, f.sent_by) for f in sent} == {(TODAY, "Alex")}
    assert table_texts(page.view, 0) == [n for n in OLDEST_FIRST
                                         if n not in ("Siân Roberts", "Zoë Adams")]
    assert "Marked 2 letters as sent." in page.status.text()
    page.tabs.setCurrentWidget(page.sent)
    assert sorted(table_texts(page.sent.view, 0)) == ["Ann Other", "Siân Roberts", "Zoë Adams"]
    assert set(table_texts(page.sent.view, 3)) == {"By hand or in person", "Post"}


def test_a_printed_batch_is_what_gets_marked_as_sent(qtbot, page, db, printed_to, boxes):
    choose_people(page, "llyr")
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # Llŷr's "this year": print anyway
    click(qtbot, page.print_button)
    # Printing paints each page as a picture: the printer got every page of the batch
    pages = page.batch.pages
    assert len(PdfReader(str(printed_to[0])).pages) == pages > 1
    assert "Llŷr Evans" in pdf_text(page.batch.path)
    assert page.status.text().startswith(f"Sent {pages} pages to the printer.")
    printed = page.batch.letters[0].as_text()
    click(qtbot, page.mark_button)
    click(qtbot, page.dialog.save_button)
    with db.session_scope() as session:
        feedback = session.scalars(select(Feedback).where(
            Feedback.person_id == page.ids["llyr"])).one()
        assert feedback.snapshot == printed and feedback.method == "post"


def test_a_sent_letter_is_shown_read_only_and_can_be_printed_again(qtbot, page, db,
                                                                    printed_to):
    with db.session_scope() as session:
        letter = letters.letters_due(session, today=TODAY, person_ids=[page.ids["sian"]])[0]
        letters.mark_sent(session, [letter], sent_on=TODAY, sent_by="Alex", today=TODAY)
    page.context.changed("feedback")
    page.tabs.setCurrentWidget(page.sent)
    assert table_texts(page.sent.view, 0) == ["Siân Roberts", "Ann Other"]  # newest first
    page.sent.view.selectRow(0)
    click(qtbot, page.sent.show_button)
    dialog = page.sent.dialog
    assert dialog.text.toPlainText() == letter.as_text()
    assert dialog.text.isReadOnly()
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "changed")
    assert dialog.text.toPlainText() == letter.as_text()
    click(qtbot, dialog.print_button)
    printed = " ".join(pdf_text(printed_to[0]).split())
    assert "Siân Roberts 4 Mill Lane" in printed and "Dear Siân," in printed
    dialog.close()


def test_printing_a_letter_that_is_hard_to_read_asks_first(qtbot, page, db, boxes,
                                                             printed_to):
    with db.session_scope() as session:
        suggestions.record_decision(session, page.ids["s_menu"], DecisionData(
            outcome="not_now", decided_on=TODAY, reason="In order to facilitate the "
            "commencement of this initiative we must first utilise the framework in "
            "accordance with policy."), today=TODAY)
    page.context.changed("decision")
    choose_people(page, "sian", "llyr")
    boxes.answers.append(QMessageBox.StandardButton.No)
    click(qtbot, page.print_button)
    title, text = boxes.shown[-1]
    assert title == "Some letters may be hard to read"
    assert "Siân Roberts" in text and "facilitate" in text and "Llŷr" not in text
    assert printed_to == []  # the print dialog never opened
    assert "Nothing was printed" in page.status.text()
    # WHEN they say yes THEN both letters print
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # Llŷr's "this year": print anyway
    click(qtbot, page.print_button)
    assert len(printed_to) == 1
    assert len(PdfReader(str(printed_to[0])).pages) == page.batch.pages
    printed = pdf_text(page.batch.path)
    assert "Siân Roberts" in printed and "Llŷr Evans" in printed


def test_record_a_phone_call(qtbot, page, db):
    choose_people(page, "tom")
    qtbot.waitUntil(lambda: "would like a phone call" in page.warnings.text())
    click(qtbot, page.phone_button)
    dialog = page.dialog
    assert dialog.about.count() == 1
    assert dialog.about.item(0).checkState() == Qt.CheckState.Checked
    assert "Please ring me rather than write." in dialog.about.item(0).text()
    type_into(qtbot, dialog.notes, "Told Tom we agreed. He was pleased.")
    click(qtbot, dialog.save_button)
    with db.session_scope() as session:
        call = session.scalars(select(Feedback).where(Feedback.person_id == page.ids["tom"])
                               ).one()
        assert (call.method, call.format, call.sent_on) == ("phone", "phone", TODAY)
        assert "Told Tom we agreed. He was pleased." in call.snapshot
    assert "Tom Baker" not in table_texts(page.view, 0)


def test_a_call_needs_a_note(qtbot, page):
    choose_people(page, "tom")
    click(qtbot, page.phone_button)
    click(qtbot, page.dialog.save_button)
    assert page.dialog.errors.message("notes").startswith("Please")
    page.dialog.dirty.reset()
    page.dialog.close()


@pytest.mark.parametrize("model_class", [OwedModel, SentLettersModel])
def test_the_letter_lists_pass_the_model_tester(qtmodeltester, page, db, model_class):
    with db.session_scope() as session:
        letters.mark_sent(session, letters.letters_due(session, today=TODAY,
                                                       person_ids=[page.ids["gwen"]]),
                          sent_on=TODAY, sent_by="Alex", today=TODAY)
    model = model_class(page.context)
    model.reload()
    assert model.rowCount() > 1
    qtmodeltester.check(model)
    for column in range(model.columnCount()):
        model.sort(column, Qt.SortOrder.DescendingOrder)
        model.sort(column, Qt.SortOrder.AscendingOrder)
    model.refresh_rows()
    qtmodeltester.check(model)


def test_cancel_stops_a_batch_and_leaves_no_file(page, tmp_path):
    said: list[str] = []

    def shown(done: int, total: int, text: str) -> None:  # the progress window's line
        said.append(text)
        if text.startswith("Writing letter"):
            progress.cancel()  # as the Cancel button does, while the letters are written

    progress = Progress(shown)
    out = tmp_path / "batch.pdf"
    with pytest.raises(TaskCancelled):
        prepare_batch(page.context.db, [page.ids["sian"], page.ids["llyr"]], out, today=TODAY,
                      progress=progress)
    # stopped after the first letter: the second was never reported as written
    assert [t for t in said if t.startswith("Writing")] == ["Writing letter 2 of 2\u2026"]
    assert not out.exists()


def test_every_control_on_the_page_and_its_windows_has_a_name(qtbot, page):
    from .test_accessibility import unnamed_controls

    assert unnamed_controls(page) == []
    opened = []
    for keys, button in ((("sian", "zoe"), page.mark_button), (("tom",), page.phone_button)):
        choose_people(page, *keys)
        click(qtbot, button)
        opened.append(page.dialog)
    page.tabs.setCurrentWidget(page.sent)
    page.sent.view.selectRow(0)
    click(qtbot, page.sent.show_button)
    opened.append(page.sent.dialog)
    for dialog in opened:
        assert unnamed_controls(dialog) == [], type(dialog).__name__
        if hasattr(dialog, "dirty"):
            dialog.dirty.reset()
        dialog.close()


def test_letters_wait_for_the_organisations_name(qtbot, window, db):
    add_suggestion(db, "Brighter lights", days_ago=60, raisers=[add_person(db, "Ann")])
    window.show_page("letters")
    letters_page = window.pages["letters"]
    letters_page.view.selectRow(0)
    qtbot.waitUntil(lambda: "organisation's name" in letters_page.preview.placeholder.text())
    assert letters_page.preview.page_count() == 0


def test_the_list_flags_each_persons_communication_needs(page):
    needs = dict(zip(table_texts(page.view, 0), table_texts(page.view, 3), strict=True))
    assert page.view.model().headerData(3, Qt.Orientation.Horizontal) == "Communication needs"
    assert needs == {
        "Siân Roberts": "Standard print", "Zoë Adams": "Easy read", "Llŷr Evans": "Large print",
        "Łukasz Nowak": "Through their supporter: Mair Jones", "Nguyễn Thị Lan": "Email",
        "Gwen Price": "Welsh and English", "Tom Baker": "Phone call"}


def test_ctrl_p_prints_the_chosen_letters(qtbot, page, printed_to, boxes):
    choose_people(page, "sian", "llyr")
    boxes.answers.append(QMessageBox.StandardButton.Yes)  # Llŷr's "this year": print anyway
    window = page.window()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed_to) == 1
    assert len(PdfReader(str(printed_to[0])).pages) == page.batch.pages
