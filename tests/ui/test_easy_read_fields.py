"""The "easy read version (optional)" fields (issue 13 §4): in the same forms as the texts,
right under each one's Welsh, named for screen readers with a plain hint, saved with the
record; and on the Letters page, the easy read warning's button opens where the easy read
version goes, and the warning goes once it is filled in.

Real data file (tests/unit/letters_data.py: Zoë has easy read letters), real widgets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from partapp.models import Activity, Change, Decision, Organisation
from partapp.services.records import suggestions
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.suggestions import DecisionData, get_suggestion
from partapp.ui import errors
from partapp.ui.context import AppContext
from partapp.ui.main_window import MainWindow
from partapp.ui.tasks import TaskRunner

from ..unit.letters_data import TODAY, build
from .conftest import add_suggestion, click, type_into

HINT = "For easy read letters: short sentences and everyday words."
HARD = "We will facilitate a new bench by the bus stop when the council says that we can."
EASY = "We will put a bench by the bus stop."


def test_a_decision_takes_its_easy_read_versions_by_keyboard(qtbot, context, db):
    from partapp.ui.dialogs.decision_dialog import DecisionDialog

    sid = add_suggestion(db, "The ramp is too steep")
    with db.session_scope() as session:
        suggestion = get_suggestion(session, sid)
    dialog = DecisionDialog(context, suggestion)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [w.accessibleName() for w in (dialog.reason_easy, dialog.passed_to_easy,
                                         dialog.instead_easy)] == [
        "Why: easy read version (optional)", "Passed on to: easy read version (optional)",
        "Instead: easy read version (optional)"]
    assert dialog.reason_easy.accessibleDescription().startswith(HINT)
    dialog.choose("not_possible")
    type_into(qtbot, dialog.reason, "The council owns the building.")
    # Tab goes from the reason to its Welsh, then to its easy read version
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason_cy
    qtbot.keyClick(dialog.reason_cy, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason_easy
    qtbot.keyClicks(dialog.reason_easy, "The council owns it. We cannot change it.")
    assert not dialog.passed_to_easy.isEnabled()  # only for Passed on, like the English
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        decision = session.scalars(select(Decision)).one()
        assert (decision.reason, decision.reason_easy, decision.passed_to_easy) == (
            "The council owns the building.", "The council owns it. We cannot change it.", "")


def test_a_changes_and_an_activitys_easy_read_versions_are_saved(qtbot, context, db):
    from partapp.ui.dialogs.activity_dialog import ActivityDialog
    from partapp.ui.dialogs.change_dialog import ChangeDialog

    with db.session_scope() as session:
        change_id = save_change(session, ChangeData(description="We rebuilt the ramp")).id
    dialog = ChangeDialog(context, change_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.description_easy.accessibleName() == \
        "What changed: easy read version (optional)"
    dialog.description_easy.setPlainText("We made the ramp less steep.")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        assert session.get(Change, change_id).description_easy == "We made the ramp less steep."
    again = ChangeDialog(context, change_id)  # opened again, it shows what was saved
    qtbot.addWidget(again)
    assert again.description_easy.toPlainText() == "We made the ramp less steep."
    again.close()

    dialog = ActivityDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.held_on.setText((date.today() - timedelta(days=1)).isoformat())
    type_into(qtbot, dialog.title, "Stakeholder engagement event")
    assert dialog.title_easy.accessibleName() == "Title: easy read version (optional)"
    type_into(qtbot, dialog.title_easy, "our meeting about our services")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        activity = session.scalars(select(Activity)).one()
        assert activity.title_easy == "our meeting about our services"


def test_the_easy_read_complaints_contact_is_saved_from_settings(qtbot, window, db):
    window.show_page("settings")
    page = window.pages["settings"]
    page.name.setText("Riverside Care")
    assert page.complaints_easy.accessibleName() == \
        "Who they can contact: easy read version (optional)"
    page.complaints_easy.setPlainText("You can ring Sam. Sam is our manager.")
    assert page.save_changes()
    with db.session_scope() as session:
        assert session.get(Organisation, 1).complaints_contact_easy == \
            "You can ring Sam. Sam is our manager."
    page.refresh()
    assert page.complaints_easy.toPlainText() == "You can ring Sam. Sam is our manager."


@pytest.fixture
def page(qtbot, db, settings, boxes):
    with db.session_scope() as session:
        ids = build(session)
        suggestions.record_decision(session, ids["s_shared"], DecisionData(
            outcome="agreed", decided_on=date(2025, 6, 1), reason=HARD), today=TODAY)
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


def test_a_hard_text_is_put_into_easy_read_there_and_then(qtbot, page, db):
    page.select_people([page.ids["zoe"]])
    qtbot.waitUntil(lambda: page.previewed is not None
                    and page.previewed.person_id == page.ids["zoe"])
    sid = page.ids["s_shared"]
    assert "This is an easy read letter, but the reason for the decision" in page.warnings.text()
    assert "\u201cThe decision in easy read\u201d" in page.warnings.text()
    [button] = [b for b in page.stale_fix.buttons if "easy read" in b.text()]
    assert button.text() == f"Write the easy read version of the decision on suggestion {sid}" \
                            "\u2026"
    click(qtbot, button)
    dialog = page.stale_fix.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "The decision in easy read"
    assert dialog.focusWidget() is dialog.reason_easy
    assert not dialog.instead_easy.isVisibleTo(dialog)  # no "instead", so nothing to put
    dialog.reason_easy.setPlainText(EASY)
    click(qtbot, dialog.save_button)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    page.preview_now()
    qtbot.waitUntil(lambda: "This is an easy read letter" not in page.warnings.text())
    assert not [b for b in page.stale_fix.buttons if "easy read" in b.text()]
    assert EASY in page.previewed.letter.as_text()
    assert "facilitate" not in page.previewed.letter.as_text()
    with db.session_scope() as session:  # the same decision, only its easy read version new
        latest = session.scalars(select(Decision).where(Decision.suggestion_id == sid)
                                 .order_by(Decision.id.desc())).first()
        assert (latest.reason, latest.reason_easy) == (HARD, EASY)


def test_the_easy_read_button_on_the_suggestion(qtbot, window, db):
    sid = add_suggestion(db, "The ramp is too steep")
    first = add_suggestion(db, "Nicer biscuits")
    with db.session_scope() as session:
        suggestions.record_decision(session, sid, DecisionData(
            outcome="not_possible", decided_on=date.today(),
            reason="The council owns the building."))
    window.show_page("suggestions")
    detail = window.pages["suggestions"].detail
    window.pages["suggestions"].select_suggestion(first)
    assert not detail.easy_read_button.isEnabled()  # no decision, so nothing to put
    window.pages["suggestions"].select_suggestion(sid)
    click(qtbot, detail.easy_read_button)
    dialog = detail.easy_read_dialog
    qtbot.keyClicks(dialog.reason_easy, "The council owns it.")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        assert session.scalars(select(Decision.reason_easy)).one() == "The council owns it."
