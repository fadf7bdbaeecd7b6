"""Edit, Undo and Redo in the window: each says what it would take back, Ctrl+Z and Ctrl+Y work
from the lists, a text box keeps Ctrl+Z for its own typing, and a step that cannot be done says
why in plain words."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from partapp.models import Person
from partapp.services.records.people import PersonData, save_person
from partapp.ui.dialogs.person_dialog import PersonDialog

from .conftest import click, table_texts, type_into

CTRL = Qt.KeyboardModifier.ControlModifier


def _people(db) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(Person))


def _add_through_the_form(qtbot, context, first: str, last: str) -> None:
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText(first)
    dialog.last_name.setText(last)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()


def test_undo_and_redo_a_person_added_through_the_form(qtbot, window, context, db):
    undo, redo = window.undo.undo_action, window.undo.redo_action
    assert not undo.isEnabled() and undo.text() == "&Undo"
    _add_through_the_form(qtbot, context, "Siân", "Jones")
    assert undo.isEnabled() and undo.text() == "&Undo adding Siân Jones"
    window.show_page("people")
    page = window.pages["people"]
    assert any("Jones" in name for name in table_texts(page.view, 0))

    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Z, CTRL)
    assert _people(db) == 0
    assert table_texts(page.view, 0) == []
    assert window.statusBar().currentMessage() == "Undone: adding Siân Jones."
    assert redo.text() == "&Redo adding Siân Jones" and not undo.isEnabled()

    qtbot.keyClick(page.view, Qt.Key.Key_Y, CTRL)
    assert _people(db) == 1
    assert any("Jones" in name for name in table_texts(page.view, 0))
    assert undo.text() == "&Undo adding Siân Jones" and not redo.isEnabled()


def test_a_text_box_keeps_ctrl_z_for_its_own_typing(qtbot, window, context, db):
    _add_through_the_form(qtbot, context, "Ann", "Hill")
    window.show_page("people")
    search = window.pages["people"].search
    search.setFocus()
    type_into(qtbot, search, "hil")
    qtbot.keyClick(search, Qt.Key.Key_Z, CTRL)
    assert search.text() == "" and _people(db) == 1  # the typing went, not Ann


def test_a_step_that_cannot_be_done_says_why_and_changes_nothing(qtbot, window, context, db,
                                                                 boxes):
    _add_through_the_form(qtbot, context, "Ann", "Hill")
    with db.session_scope() as session:  # someone else changes Ann afterwards
        pid = session.scalar(select(Person.id))
        save_person(session, PersonData(first_name="Ann", last_name="Hill", town="Bala"),
                    person_id=pid)
    window.undo.undo_action.trigger()
    assert boxes.shown[-1][0] == "This cannot be undone"
    assert "changed again after that" in boxes.shown[-1][1]
    assert _people(db) == 1
    assert not window.undo.undo_action.isEnabled()


def test_another_data_file_starts_with_nothing_to_undo(qtbot, window, context, db, tmp_path):
    from partapp.services.store.database import open_database

    _add_through_the_form(qtbot, context, "Ann", "Hill")
    assert window.undo.undo_action.isEnabled()
    context.set_database(open_database(str(tmp_path / "other.db")))
    assert not window.undo.undo_action.isEnabled()


def test_a_suggestion_removed_through_its_form_comes_back_with_undo(qtbot, window, db, boxes):
    from PySide6.QtWidgets import QMessageBox

    from partapp.models import Suggestion

    from .conftest import add_person, add_suggestion
    from .test_remove_records import open_suggestion

    ann = add_person(db, "Ann", "Smith")
    wrong = add_suggestion(db, "The ramp is too steep", raisers=[ann])
    page, dialog = open_suggestion(qtbot, window, wrong)
    boxes.answers = [QMessageBox.StandardButton.Yes]
    click(qtbot, dialog.remove_button)
    assert "Edit, Undo brings them back" in boxes.shown[-1][1]
    undo = window.undo.undo_action
    assert undo.text() == "&Undo removing the suggestion \u201cThe ramp is too steep\u201d"
    assert table_texts(page.view, 1) == []
    undo.trigger()
    with db.session_scope() as session:
        back = session.scalar(select(Suggestion))
        assert back.text == "The ramp is too steep" and [p.id for p in back.raisers] == [ann]
    assert table_texts(page.view, 1) == ["The ramp is too steep"]
