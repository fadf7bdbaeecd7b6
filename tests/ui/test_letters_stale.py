"""The Letters page names our texts that speak of a time gone by ("this year", written months
ago) and lets the coordinator put them right there and then (issue 13, section 2).

Real data file (tests/unit/letters_data.py: Llŷr's "not now" says "We do not have the money
this year", decided on 4 May 2025, and the letters are for 2 June 2025), real widgets."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from partapp.models import Change
from partapp.services.records import changes, suggestions
from partapp.services.records.changes import ChangeData
from partapp.ui import errors
from partapp.ui.context import AppContext
from partapp.ui.main_window import MainWindow
from partapp.ui.tasks import TaskRunner

from ..unit.letters_data import TODAY, build
from .conftest import click


@pytest.fixture
def page(qtbot, db, settings, boxes):
    with db.session_scope() as session:
        ids = build(session)
    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    context = AppContext(db, settings, tasks, today=lambda: TODAY)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("letters")
    letters_page = window.pages["letters"]
    letters_page.ids = ids
    return letters_page


def _show(qtbot, page, key):
    page.select_people([page.ids[key]])
    qtbot.waitUntil(lambda: page.previewed is not None
                    and page.previewed.person_id == page.ids[key])


def test_a_stale_reason_is_named_and_put_right_there_and_then(qtbot, page, db):
    _show(qtbot, page, "llyr")
    sid = page.ids["s_markup"]
    assert "says \u201cthis year\u201d, but it was written on 4 May 2025" in \
        page.warnings.text()
    assert page.stale_fix.isVisibleTo(page)
    [button] = page.stale_fix.buttons
    assert button.text() == f"Record the decision on suggestion {sid} again\u2026"
    click(qtbot, button)
    dialog = page.stale_fix.dialog
    qtbot.waitUntil(dialog.isVisible)
    # filled in as the decision is now, dated today: only the words need changing
    assert dialog.chosen_outcome() == "not_now"
    assert "this year" in dialog.reason.toPlainText()
    dialog.reason.setPlainText("We do not have the money for it. We will look again in "
                               "the spring.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with db.session_scope() as session:
        latest = suggestions.get_suggestion(session, sid).latest_decision
        assert latest.reason.endswith("in the spring.") and latest.decided_on == TODAY
    page.preview_now()
    qtbot.waitUntil(lambda: "this year" not in page.warnings.text())
    assert not page.stale_fix.isVisibleTo(page) and page.stale_fix.buttons == []


def test_a_stale_change_opens_the_change(qtbot, page, db):
    with db.session_scope() as session:
        view = changes.save_change(session, ChangeData(
            description="We cleaned the bins last week", status="done",
            done_on=date(2025, 5, 30), suggestion_ids=(page.ids["s_bins"],)), today=TODAY)
        session.execute(update(Change).where(Change.id == view.id)
                        .values(created_at=date(2025, 5, 1)))
        from partapp.models import AuditEntry

        session.execute(update(AuditEntry).where(AuditEntry.entity == "change",
                                                 AuditEntry.entity_id == view.id)
                        .values(at=date(2025, 5, 1)))
    page.context.changed("change")
    page.refresh()
    _show(qtbot, page, "lukasz")
    assert "says \u201clast week\u201d" in page.warnings.text()
    [button] = page.stale_fix.buttons
    assert button.text() == f"Change the words of change {view.id}\u2026"
    click(qtbot, button)
    qtbot.waitUntil(page.stale_fix.dialog.isVisible)
    assert page.stale_fix.dialog.description.toPlainText() == "We cleaned the bins last week"
    page.stale_fix.dialog.reject()


def test_a_letter_with_nothing_out_of_date_has_no_buttons(qtbot, page):
    _show(qtbot, page, "zoe")
    assert page.stale_fix.buttons == [] and not page.stale_fix.isVisibleTo(page)


def test_printing_letters_with_words_out_of_date_asks_first(qtbot, page, boxes, monkeypatch,
                                                            tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter
    from PySide6.QtWidgets import QMessageBox

    printed = []

    def fake_exec(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(tmp_path / "printed.pdf"))
        printed.append(True)
        return int(QPrintDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(QPrintDialog, "exec", fake_exec)
    page.select_people([page.ids["zoe"], page.ids["llyr"]])
    boxes.answers.append(QMessageBox.StandardButton.No)
    click(qtbot, page.print_button)
    title, text = boxes.shown[-1]
    assert title == "Some words may be out of date"
    assert (f"\u2022 Llŷr Evans: \u201cthis year\u201d (Decision on suggestion "
            f"{page.ids['s_markup']})") in text and "Zoë" not in text
    assert printed == [] and page.status.text() == "Nothing was printed or saved."
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, page.print_button)
    assert printed == [True]


def test_a_text_with_no_welsh_is_put_right_there_and_then(qtbot, page, db):
    from partapp.services.records.suggestions import DecisionData

    with db.session_scope() as session:  # Gwen has bilingual letters: the reason has no Welsh
        suggestions.record_decision(session, page.ids["s_welsh"], DecisionData(
            outcome="agreed", decided_on=TODAY, reason="We can send both."), today=TODAY)
    page.context.changed("decision")
    page.refresh()
    _show(qtbot, page, "gwen")
    sid = page.ids["s_welsh"]
    texts = [b.text() for b in page.stale_fix.buttons]
    assert texts == [f"Add the Welsh for the decision on suggestion {sid}\u2026",
                     "Add your Welsh details in Settings\u2026"]
    click(qtbot, page.stale_fix.buttons[0])
    dialog = page.stale_fix.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.reason_cy.setPlainText("Gallwn ni anfon y ddau.")
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page.preview_now()
    qtbot.waitUntil(lambda: [b.text() for b in page.stale_fix.buttons]
                    == ["Add your Welsh details in Settings\u2026"])
    from PySide6.QtWidgets import QPushButton

    old = [b for b in page.stale_fix.findChildren(QPushButton) if b not in page.stale_fix.buttons]
    assert all(b.isHidden() for b in old)  # gone from the page at once, not later
    assert "Gallwn ni anfon y ddau." in page.previewed.letter.as_text()
    def shown():
        return [b.text() for b in page.stale_fix.findChildren(QPushButton)
                if b.isVisibleTo(page)]

    qtbot.waitUntil(lambda: shown() == ["Add your Welsh details in Settings\u2026"])
    click(qtbot, page.stale_fix.buttons[0])
    assert page.window().current_page.key == "settings"
