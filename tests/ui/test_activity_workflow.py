"""Recording a meeting: two attendees (one added inline), three suggestions, one transaction."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from partapp.models import Activity, Person, Suggestion

from .conftest import add_person, click, table_texts, type_into


def _tick(qtbot, entry, row: int) -> None:
    entry.raisers.setFocus()
    entry.raisers.setCurrentRow(row)
    qtbot.keyClick(entry.raisers, Qt.Key.Key_Space)


def _open_form(window):
    window.run_action("record_activity")
    dialog = window.pages["activities"].dialog
    assert dialog.isVisible()
    return dialog


def test_record_an_activity_with_two_attendees_and_three_suggestions(qtbot, window, db):
    # GIVEN one person already known
    ann = add_person(db, "Ann", "Smith")
    dialog = _open_form(window)

    # WHEN the meeting is typed up through the form
    type_into(qtbot, dialog.title, "Members forum")
    dialog.activity_type.setCurrentIndex(dialog.activity_type.findText("Forum"))
    dialog.level.setCurrentIndex(dialog.level.findText("Co-design"))
    assert dialog.level_help.text() == "People designed it with us from the start."
    type_into(qtbot, dialog.facilitator, "Sam")
    type_into(qtbot, dialog.attendees.picker.search, "ann")
    qtbot.keyClick(dialog.attendees.picker.search, Qt.Key.Key_Return)
    assert dialog.attendees.ids() == (ann,)
    # ... a second person who is new: typed, then "add a new person" from the matches
    picker = dialog.attendees.picker
    type_into(qtbot, picker.search, "Zoe Brown")
    picker.refresh()
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    picker.results.setCurrentRow(picker.results.count() - 1)
    assert picker.results.currentItem().text().startswith("Add \u201cZoe Brown\u201d")
    qtbot.keyClick(picker.results, Qt.Key.Key_Return)
    new_person = dialog.attendees.new_person_dialog
    assert new_person.isVisible() and new_person.last_name.text() == "Brown"
    new_person.first_name.setText("Zoë")  # accented: set, not typed (QTest aborts on non-ASCII)
    click(qtbot, new_person.save_button)
    assert not new_person.isVisible()
    assert [label.split(" (")[0] for _, label in dialog.attendees.people()] == ["Ann Smith",
                                                                               "Zoë Brown"]
    dialog.anonymous.setFocus()
    dialog.anonymous.selectAll()
    qtbot.keyClicks(dialog.anonymous, "3")
    click(qtbot, dialog.support["bsl"])
    first = dialog.suggestions.entries[0]
    type_into(qtbot, first.text, "Open on Saturdays please")
    _tick(qtbot, first, 0)
    _tick(qtbot, first, 1)
    click(qtbot, dialog.suggestions.add_button)
    second = dialog.suggestions.entries[1]
    type_into(qtbot, second.text, "The tea is too weak")
    second.kind.setCurrentIndex(second.kind.findText("Complaint"))
    _tick(qtbot, second, 1)
    click(qtbot, dialog.suggestions.add_button)
    third = dialog.suggestions.entries[2]
    type_into(qtbot, third.text, "More trips to the seaside")
    click(qtbot, dialog.save_button)

    # THEN everything is in the data file, and the list shows it
    assert not dialog.isVisible()
    with db.session_scope() as session:
        activity = session.scalars(select(Activity)).one()
        assert (activity.title, activity.activity_type, activity.involvement_code,
                activity.facilitator, activity.anonymous_attendees) == (
            "Members forum", "forum", "co_design", "Sam", 3)
        assert sorted(p.display_name for p in activity.attendees) == ["Ann Smith", "Zoë Brown"]
        assert [s.support for s in activity.access_support] == ["bsl"]
        saved = {s.text: (s.kind, s.channel, sorted(p.display_name for p in s.raisers))
                 for s in session.scalars(select(Suggestion).where(
                     Suggestion.activity_id == activity.id))}
    assert saved == {
        "Open on Saturdays please": ("idea", "activity", ["Ann Smith", "Zoë Brown"]),
        "The tea is too weak": ("complaint", "activity", ["Zoë Brown"]),
        "More trips to the seaside": ("idea", "activity", []),
    }
    page = window.pages["activities"]
    assert table_texts(page.view, 1) == ["Members forum"]
    assert table_texts(page.view, 5) == ["5"] and table_texts(page.view, 6) == ["3"]


def test_a_wrong_suggestion_is_shown_next_to_it_and_nothing_is_saved(qtbot, window, db):
    ann = add_person(db, "Ann", "Smith")
    dialog = _open_form(window)
    type_into(qtbot, dialog.title, "Coffee morning")
    dialog.attendees.add_person(ann, "Ann Smith (P0001)")
    type_into(qtbot, dialog.suggestions.entries[0].text, "Decaf please")
    click(qtbot, dialog.suggestions.add_button)
    second = dialog.suggestions.entries[1]
    _tick(qtbot, second, 0)  # who said it, but not what
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert second.text_error.message.startswith("Suggestion 2: Please fill in what they said")
    assert dialog.focusWidget() is second.text
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Activity)) == 0
        assert session.scalar(select(func.count()).select_from(Suggestion)) == 0
    type_into(qtbot, second.text, "Biscuits")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert not second.text_error.message


def test_a_missing_title_is_shown_under_the_title(qtbot, window, db):
    dialog = _open_form(window)
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("title") == "Please fill in the activity's title."
    assert dialog.focusWidget() is dialog.title
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 0
