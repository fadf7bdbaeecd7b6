"""Edits are never lost silently: closing a changed form, or leaving changed settings, asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from partapp.models import Person
from partapp.services.records.organisation import get_details

from .conftest import type_into

Button = QMessageBox.StandardButton


def _count_people(db) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_closing_a_changed_form_asks_first(qtbot, window, db, boxes):
    window.run_action("add_person")
    dialog = window.pages["people"].dialog
    type_into(qtbot, dialog.first_name, "Bob")
    # Escape: asked, and "Go back" keeps the form open with the typing in it
    boxes.answers.append(Button.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert boxes.shown[-1][0] == "Unsaved changes"
    assert dialog.isVisible() and dialog.first_name.text() == "Bob"
    # Closing the window: "Don't save" closes it and nothing is stored
    boxes.answers.append(Button.Discard)
    dialog.close()
    assert not dialog.isVisible()
    assert _count_people(db) == 0


def test_choosing_save_in_the_question_saves(qtbot, window, db, boxes):
    window.run_action("add_person")
    dialog = window.pages["people"].dialog
    type_into(qtbot, dialog.first_name, "Bob")
    boxes.answers.append(Button.Save)
    dialog.reject()
    assert not dialog.isVisible()
    assert _count_people(db) == 1


def test_an_untouched_form_closes_without_asking(qtbot, window, boxes):
    window.run_action("record_suggestion")
    dialog = window.pages["suggestions"].dialog
    dialog.reject()
    assert not dialog.isVisible() and boxes.shown == []


def test_leaving_changed_settings_asks(qtbot, window, db, boxes):
    window.show_page("settings")
    page = window.pages["settings"]
    page.name.setText("Brook House")
    assert page.has_unsaved_changes()
    boxes.answers.append(Button.Cancel)
    assert not window.show_page("people")
    assert window.current_page is page and window.nav.currentRow() == 7
    boxes.answers.append(Button.Save)
    assert window.show_page("people")
    with db.session_scope() as session:
        assert get_details(session).name == "Brook House"


def test_closing_the_window_with_changed_settings_asks(qtbot, window, boxes):
    window.show_page("settings")
    window.pages["settings"].promise.setValue(14)
    boxes.answers.append(Button.Cancel)
    window.close()
    assert window.isVisible()
    boxes.answers.append(Button.Discard)
    window.close()
    assert not window.isVisible()


def test_leaving_settings_with_changed_letter_wording_asks(qtbot, window, db, boxes):
    window.show_page("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentWidget(page.wording)
    page.wording.refresh()
    page.wording.text.setPlainText("Dear {first_name}, thank you for your idea.")
    assert page.has_unsaved_changes()
    boxes.answers.append(Button.Cancel)
    assert not window.show_page("people")
    assert window.current_page is page
    boxes.answers.append(Button.Discard)
    assert window.show_page("people")
    assert not page.has_unsaved_changes()
