"""The Home counts follow the records and open the list behind them; a person's history."""

from __future__ import annotations

from datetime import date, timedelta

from partapp.services.feedback import owed as feedback
from partapp.services.records import changes
from partapp.services.records.changes import ChangeData

from .conftest import add_person, add_suggestion, click, table_texts, type_into


def test_home_counts_change_and_click_through(qtbot, window, db, context):
    home = window.pages["home"]
    assert home.owed.text() == "Nobody is waiting to hear back"
    assert home.waiting.text() == "0 decisions are overdue"
    assert not home.empty_hint.isHidden()
    ann = add_person(db, "Ann", "Smith")
    add_suggestion(db, "A later lunch", days_ago=40, raisers=[ann])
    add_suggestion(db, "Within the promise", days_ago=28, raisers=[ann])  # the promise day
    with db.session_scope() as session:
        changes.save_change(session, ChangeData(description="Paint the hall",
                                                due_on=date.today() - timedelta(days=3)))
    context.changed("all")
    assert home.owed.text() == "1 person is waiting to hear back"
    assert "40 days" in home.owed.description()
    assert home.waiting.text() == "1 decision is overdue"
    assert home.late_changes.text() == "1 change is past its due date"
    assert home.empty_hint.isHidden()

    click(qtbot, home.owed)
    letters = window.pages["letters"]
    assert window.current_page is letters
    assert table_texts(letters.view, 0) == ["Ann Smith"]
    window.show_page("home")
    click(qtbot, home.waiting)
    suggestions = window.pages["suggestions"]
    assert window.current_page is suggestions and suggestions.filters.over_promise.isChecked()
    assert table_texts(suggestions.view, 1) == ["A later lunch"]
    window.show_page("home")
    click(qtbot, home.late_changes)
    assert table_texts(window.pages["changes"].view, 0) == ["Paint the hall"]
    assert window.pages["changes"].past_due.isChecked()


def test_recording_an_activity_changes_this_months_count(qtbot, window, db):
    home = window.pages["home"]
    before = home.this_month.text()
    window.run_action("record_activity")
    dialog = window.pages["activities"].dialog
    type_into(qtbot, dialog.title, "Walk and talk")
    click(qtbot, dialog.save_button)
    window.show_page("home")
    assert before.startswith("0 activities") and home.this_month.text().startswith("1 activity")


def test_a_persons_history(qtbot, window, db):
    ann = add_person(db, "Ann", "Smith", town="Clun")
    sid = add_suggestion(db, "Brighter lights in the car park", raisers=[ann])
    window.run_action("record_activity")
    dialog = window.pages["activities"].dialog
    type_into(qtbot, dialog.title, "Car park walkabout")
    dialog.attendees.add_person(ann, "Ann Smith (P0001)")
    click(qtbot, dialog.save_button)
    with db.session_scope() as session:
        feedback.record_feedback(session, person_id=ann, kind="update", suggestion_ids=[sid])
    window.show_page("people")
    page = window.pages["people"]
    type_into(qtbot, page.search, "smith")
    page.apply_filter()
    page.view.selectRow(0)
    panel = page.panel
    assert panel.name.text() == "Ann Smith"
    assert "Clun" in panel.summary.text()
    assert table_texts(panel.activity_view, 1) == ["Car park walkabout"]
    assert table_texts(panel.suggestion_view, 1) == ["Brighter lights in the car park"]
    assert table_texts(panel.letter_view, 1) == ["Update"]
    assert panel.tabs.tabText(0) == "A&ctivities (1)"


def test_add_and_edit_a_person_with_equality_answers(qtbot, window, db):
    window.run_action("add_person")
    page = window.pages["people"]
    dialog = page.dialog
    dialog.first_name.setText("Siân")
    type_into(qtbot, dialog.last_name, "Llewellyn")
    type_into(qtbot, dialog.email, "not-an-email")
    click(qtbot, dialog.save_button)
    assert "does not look like an email" in dialog.errors.message("email")
    dialog.email.clear()
    dialog.groups.item(0).setCheckState(dialog.groups.item(0).checkState().Checked)
    dialog.language.setCurrentIndex(dialog.language.findText("Welsh"))
    click(qtbot, dialog.bilingual)
    eq = dialog.equality
    eq.questions["age_band"].setCurrentIndex(eq.questions["age_band"].findText("65 to 74"))
    eq.questions["religion"].setCurrentIndex(
        eq.questions["religion"].findText("Prefer not to say"))
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    from partapp.services.records.people import equality_answers, find_by_ref

    with db.session_scope() as session:
        person = find_by_ref(session, "P0001")
        answers = equality_answers(session, person.id)
    assert (person.display_name, person.language, person.bilingual, person.groups) == (
        "Siân Llewellyn", "cy", True, ("Older people",))
    assert answers.answers["age_band"] == "65_74"
    assert answers.answers["religion"] == "prefer_not_to_say"
    assert answers.answers["sex"] is None
    assert page.panel.name.text() == "Siân Llewellyn"
