"""A change that answers two suggestions, then marked done."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from partapp.models import Change
from partapp.services.records.suggestions import get_suggestion

from .conftest import add_person, add_suggestion, click, table_texts, type_into


def test_create_a_change_answering_two_suggestions_and_mark_it_done(qtbot, window, db):
    ann = add_person(db, "Ann", "Smith")
    first = add_suggestion(db, "The ramp at the back door is too steep", raisers=[ann])
    second = add_suggestion(db, "I cannot get my wheelchair in the back door")
    add_suggestion(db, "Nicer biscuits")
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    page.select_suggestion(first)
    click(qtbot, page.detail.create_change_button)
    dialog = page.detail.dialog
    assert dialog.suggestions.ids() == (first,)  # starts from the chosen suggestion
    type_into(qtbot, dialog.description, "We rebuilt the back door ramp so it is less steep.")
    chooser = dialog.suggestions
    type_into(qtbot, chooser.search, "wheelchair")
    qtbot.keyClick(chooser.search, "\r")
    assert chooser.ids() == (first, second)
    type_into(qtbot, dialog.owner, "Facilities team")
    due = date.today() + timedelta(days=30)
    dialog.due_on.setText(due.isoformat())
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        change = session.scalars(select(Change)).one()
        assert (change.status, change.owner, change.due_on, change.done_on) == (
            "planned", "Facilities team", due, None)
        assert sorted(s.id for s in change.suggestions) == [first, second]
        assert get_suggestion(session, first).status == "planned"
    assert table_texts(page.detail.change_view, 1) == ["Planned"]

    # WHEN it is opened from the Changes page and marked Done
    window.show_page("changes")
    changes = window.pages["changes"]
    assert table_texts(changes.view, 0) == ["We rebuilt the back door ramp so it is less steep."]
    changes.view.selectRow(0)
    click(qtbot, changes.open_button)
    editor = changes.dialog
    editor.status.setCurrentIndex(editor.status.findText("Done"))
    assert editor.done_on.text() == date.today().isoformat()  # filled in for you
    click(qtbot, editor.save_button)
    assert not editor.isVisible()
    with db.session_scope() as session:
        change = session.scalars(select(Change)).one()
        assert (change.status, change.done_on) == ("done", date.today())
        assert get_suggestion(session, second).status == "done"
    assert table_texts(changes.view, 1) == ["Done"]


def test_done_without_a_date_is_refused_next_to_the_date(qtbot, window, db):
    window.show_page("changes")
    page = window.pages["changes"]
    click(qtbot, page.add_button)
    dialog = page.dialog
    type_into(qtbot, dialog.description, "New chairs")
    dialog.status.setCurrentIndex(dialog.status.findText("Done"))
    dialog.done_on.setText("")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("done_on") == "Please give the date the change was done."


def test_link_a_suggestion_to_an_existing_change(qtbot, window, db):
    sid = add_suggestion(db, "Fix the door")
    window.show_page("changes")
    click(qtbot, window.pages["changes"].add_button)
    dialog = window.pages["changes"].dialog
    type_into(qtbot, dialog.description, "We fixed the door")
    click(qtbot, dialog.save_button)
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    page.select_suggestion(sid)
    click(qtbot, page.detail.link_button)
    link = page.detail.dialog
    click(qtbot, link.save_button)
    assert link.errors.message("change") == "Please choose a change in the list."
    link.view.selectRow(0)
    click(qtbot, link.save_button)
    assert not link.isVisible()
    assert table_texts(page.detail.change_view, 0) == ["We fixed the door"]
