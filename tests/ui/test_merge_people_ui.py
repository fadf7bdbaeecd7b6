"""Merging two records of one person from the People page."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from partapp.models import Person
from partapp.services.records.suggestions import SuggestionData, save_suggestion

from .conftest import add_person, click, type_into


def test_merge_two_records_from_the_people_page(qtbot, window, db, boxes):
    keep = add_person(db, "Siân", "Llewellyn", town="Knighton")
    other = add_person(db, "Sian", "Llewelyn", phone="01632 960111")
    with db.session_scope() as session:
        save_suggestion(session, SuggestionData(text="A ramp", raised_on=date(2025, 3, 1),
                                                raiser_ids=(other,)))
    window.show_page("people")
    page = window.pages["people"]
    page.refresh()
    assert not page.merge_button.isEnabled()  # nobody chosen yet
    page.select_person(keep)
    assert page.merge_button.isEnabled()
    click(qtbot, page.merge_button)
    dialog = page.dialog

    click(qtbot, dialog.save_button)  # nothing chosen: said next to the field
    assert dialog.isVisible()
    assert dialog.errors.message("other") == "Please choose the other record of this person."

    type_into(qtbot, dialog.picker.search, "llewelyn")
    dialog.picker.refresh()
    qtbot.keyClick(dialog.picker.search, Qt.Key.Key_Return)
    assert "will become part of Siân Llewellyn" in dialog.chosen.text()

    boxes.answers.append(QMessageBox.StandardButton.No)  # go back: nothing changes
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert boxes.shown[-1][0] == "Merge these records?"
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Person)) == 1
    assert page.panel.name.text() == "Siân Llewellyn"
    assert "01632 960111" in page.panel.summary.text()
    assert page.panel.suggestions.rowCount() == 1


def test_the_picker_does_not_offer_the_record_being_kept(qtbot, window, db, boxes):
    keep = add_person(db, "Siân", "Llewellyn")
    window.show_page("people")
    page = window.pages["people"]
    page.refresh()
    page.select_person(keep)
    click(qtbot, page.merge_button)
    type_into(qtbot, page.dialog.picker.search, "sian")
    page.dialog.picker.refresh()
    results = page.dialog.picker.results
    assert [results.item(i).text() for i in range(results.count())] == [
        "Nobody matches \u201csian\u201d."]
    page.dialog.dirty.reset()
    page.dialog.close()


def test_a_person_added_by_mistake_is_removed_from_their_form(qtbot, context, db, boxes):
    from partapp.ui.dialogs.person_dialog import PersonDialog

    mistake = add_person(db, "Typo", "Person")
    dialog = PersonDialog(context, mistake)
    qtbot.addWidget(dialog)
    dialog.show()
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.remove_button)
    assert boxes.shown[-1][0] == "Remove this person"
    assert not dialog.isVisible()
    with db.session_scope() as session:
        assert session.get(Person, mistake) is None


def test_someone_with_a_history_is_not_removed_and_it_says_what_to_do(qtbot, context, db,
                                                                       boxes):
    from partapp.ui.dialogs.person_dialog import PersonDialog

    pid = add_person(db, "Ann", "Smith")
    with db.session_scope() as session:
        save_suggestion(session, SuggestionData(text="A ramp", raised_on=date(2025, 3, 1),
                                                raiser_ids=(pid,)))
    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.remove_button)
    assert dialog.isVisible()
    assert "merge it with theirs" in dialog.errors.general.text()
    with db.session_scope() as session:
        assert session.get(Person, pid) is not None
    dialog.dirty.reset()
    dialog.close()
