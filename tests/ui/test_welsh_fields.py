"""The "in Welsh (optional)" fields in the forms: reached by keyboard, named for screen readers,
saved with the record, and kept when the record is opened and saved again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from sqlalchemy import select

from partapp.models import Activity, Change, Decision, Organisation
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.suggestions import get_suggestion

from .conftest import add_person, add_suggestion, click, type_into

WELSH = "Mae'r cyngor yn berchen ar yr adeilad."


def test_a_decision_takes_its_welsh_by_keyboard(qtbot, context, db):
    from partapp.ui.dialogs.decision_dialog import DecisionDialog

    ann = add_person(db, "Ann", "Smith", language="cy")
    sid = add_suggestion(db, "The ramp is too steep", raisers=[ann])
    with db.session_scope() as session:
        suggestion = get_suggestion(session, sid)
    dialog = DecisionDialog(context, suggestion)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert [w.accessibleName() for w in (dialog.reason_cy, dialog.passed_to_cy,
                                         dialog.instead_cy)] == [
        "Why, in Welsh (optional)", "Passed on to, in Welsh (optional)",
        "Instead, in Welsh (optional)"]
    assert "print the English" in dialog.reason_cy.accessibleDescription()
    dialog.choose("not_possible")
    type_into(qtbot, dialog.reason, "The council owns the building.")
    # Tab goes from the English reason to its Welsh, as it reads on the screen.
    assert dialog.focusWidget() is dialog.reason
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.reason_cy
    qtbot.keyClicks(dialog.reason_cy, WELSH)
    assert not dialog.passed_to_cy.isEnabled()  # only for Passed on, like the English
    type_into(qtbot, dialog.instead_cy, "Gallwn ni ofyn i'r cyngor.")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        decision = session.scalars(select(Decision)).one()
        assert (decision.reason, decision.reason_cy, decision.instead, decision.instead_cy,
                decision.passed_to_cy) == ("The council owns the building.", WELSH, "",
                                           "Gallwn ni ofyn i'r cyngor.", "")


def test_a_welsh_text_too_long_is_named_on_its_own_field(qtbot, context, db):
    from partapp.ui.dialogs.decision_dialog import DecisionDialog

    sid = add_suggestion(db, "The ramp is too steep")
    with db.session_scope() as session:
        suggestion = get_suggestion(session, sid)
    dialog = DecisionDialog(context, suggestion)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.choose("agreed")
    dialog.reason_cy.setPlainText("x" * 5001)
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.reason_cy
    with db.session_scope() as session:
        assert session.scalars(select(Decision)).all() == []
    dialog.dirty.reset()
    dialog.close()


def test_a_changes_welsh_is_shown_and_kept_when_it_is_saved_again(qtbot, context, db):
    from partapp.ui.dialogs.change_dialog import ChangeDialog

    with db.session_scope() as session:
        change_id = save_change(session, ChangeData(
            description="We rebuilt the ramp", description_cy="Ailadeiladon ni'r ramp")).id
    dialog = ChangeDialog(context, change_id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.description_cy.toPlainText() == "Ailadeiladon ni'r ramp"
    assert dialog.description_cy.accessibleName() == "What changed, in Welsh (optional)"
    type_into(qtbot, dialog.owner, "Facilities team")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        change = session.get(Change, change_id)
        assert (change.owner, change.description_cy) == ("Facilities team",
                                                         "Ailadeiladon ni'r ramp")


def test_an_activitys_welsh_title_is_saved(qtbot, context, db):
    from partapp.ui.dialogs.activity_dialog import ActivityDialog

    dialog = ActivityDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.held_on.setText((date.today() - timedelta(days=1)).isoformat())
    type_into(qtbot, dialog.title, "Day centre forum")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.title_cy
    qtbot.keyClicks(dialog.title_cy, "Fforwm y ganolfan ddydd")
    assert dialog.title_cy.accessibleName() == "Title in Welsh (optional)"
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        activity = session.scalars(select(Activity)).one()
        assert (activity.title, activity.title_cy) == ("Day centre forum",
                                                       "Fforwm y ganolfan ddydd")


def test_the_organisations_welsh_is_saved_from_settings(qtbot, window, db):
    window.show_page("settings")
    page = window.pages["settings"]
    page.name.setText("Riverside Care")
    page.address_cy.setPlainText("Yr Hen Felin\nTref-y-clawdd")
    page.signatory_role_cy.setText("Gweithiwr cyfranogiad")
    page.complaints_cy.setPlainText("Ffoniwch ein rheolwr.")
    assert [w.accessibleName() for w in (page.address_cy, page.signatory_role_cy,
                                         page.complaints_cy)] == [
        "Address in Welsh (optional)", "Job title in Welsh (optional)",
        "Who they can contact, in Welsh (optional)"]
    assert page.save_changes()
    with db.session_scope() as session:
        org = session.get(Organisation, 1)
        assert (org.address_cy, org.signatory_role_cy, org.complaints_contact_cy) == (
            "Yr Hen Felin\nTref-y-clawdd", "Gweithiwr cyfranogiad", "Ffoniwch ein rheolwr.")
    page.refresh()
    assert page.signatory_role_cy.text() == "Gweithiwr cyfranogiad"


def test_the_welsh_goes_beside_a_decision_already_made_from_the_suggestion(qtbot, window, db):
    from partapp.services.records.suggestions import DecisionData, record_decision

    sid = add_suggestion(db, "The ramp is too steep")
    first = add_suggestion(db, "Nicer biscuits")
    with db.session_scope() as session:
        record_decision(session, sid, DecisionData(
            outcome="not_possible", decided_on=date.today(),
            reason="The council owns the building."))
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    page.select_suggestion(first)
    assert not page.detail.welsh_button.isEnabled()  # no decision, so nothing to put in Welsh
    page.select_suggestion(sid)
    assert page.detail.welsh_button.isEnabled()
    click(qtbot, page.detail.welsh_button)
    dialog = page.detail.welsh_dialog
    assert dialog.focusWidget() is dialog.reason_cy
    assert not dialog.instead_cy.isVisibleTo(dialog)  # no English "instead", so no Welsh one
    qtbot.keyClicks(dialog.reason_cy, WELSH)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        [decision] = session.scalars(select(Decision)).all()
        assert (decision.reason, decision.reason_cy) == ("The council owns the building.",
                                                         WELSH)
