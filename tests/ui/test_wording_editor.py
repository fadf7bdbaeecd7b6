"""Settings, "Letter wording": fields, the live sample letter and plain English check, refusing
a broken part, going back to the standard wording, Welsh, and the large print size."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QInputDialog, QMessageBox
from sqlalchemy import func, select

from partapp.models import LetterTemplate
from partapp.services.feedback import letters
from partapp.services.feedback.letter_templates import (
    default_body,
    large_print_size,
    load_wording,
)
from partapp.ui import errors
from partapp.ui.context import AppContext
from partapp.ui.main_window import MainWindow
from partapp.ui.tasks import TaskRunner
from partapp.ui.widgets.choices import select as choose

from ..unit.letters_data import TODAY, build
from .conftest import click, type_into


@pytest.fixture
def editor(qtbot, db, settings, boxes):
    with db.session_scope() as session:
        ids = build(session)
    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    window = MainWindow(AppContext(db, settings, tasks, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentWidget(page.wording)
    page.wording.ids = ids
    yield page.wording
    page.wording.edits.clear()


def saved_rows(db) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(LetterTemplate))


def type_at_end(qtbot, box, text: str) -> None:
    box.setFocus()
    box.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(box, text)


def test_an_unknown_field_is_refused_next_to_the_box_and_nothing_is_saved(qtbot, editor, db):
    editor.parts_list.choose("closing")
    type_at_end(qtbot, editor.text, " Ring {phon}.")
    assert editor.error.isVisible()
    assert editor.error.message.startswith("The field {phon} is not one we know. Did you mean "
                                           "{phone}?")
    assert "has a problem" in editor.parts_list.currentText()
    click(qtbot, editor.save_button)
    assert editor.error.message.startswith("The field {phon} is not one we know.")
    assert saved_rows(db) == 0
    # Broken braces too, in plain words
    editor.text.setPlainText("Dear {first_name,")
    assert "There is a { without a } to close it" in editor.error.message
    click(qtbot, editor.save_button)
    assert saved_rows(db) == 0
    # WHEN it is put right THEN the message goes and it saves
    editor.text.setPlainText("If you have questions, ring {contact} on {phone}.")
    assert not editor.error.isVisible()
    click(qtbot, editor.save_button)
    assert saved_rows(db) == 4  # the same words for every kind of letter


def test_the_sample_letter_and_plain_english_check_follow_the_typing(qtbot, editor):
    editor.parts_list.choose("greeting")
    editor.text.selectAll()
    type_into(qtbot, editor.text, "Hello {first_name},")
    qtbot.waitUntil(lambda: "Hello Sam," in editor.sample.toPlainText())
    assert editor.plain.text().startswith("\u2714 Plain English check: reads well.")
    editor.parts_list.choose("opening")
    editor.text.setPlainText("In order to facilitate the commencement of this initiative we "
                             "must first utilise the framework in accordance with policy.")
    qtbot.waitUntil(lambda: "facilitate the commencement" in editor.sample.toPlainText())
    assert editor.plain.text().startswith("\u26a0 Plain English check: could be clearer.")
    assert "\u201cfacilitate\u201d" in editor.plain.text()


def test_insert_a_field_from_the_menu(qtbot, editor):
    editor.parts_list.choose("closing")
    editor.text.setPlainText("Ring ")
    editor.text.moveCursor(QTextCursor.MoveOperation.End)
    names = [a.data() for a in editor.fields_menu.actions()]
    assert "phone" in names and "suggestion" not in names  # only fields this part can use
    next(a for a in editor.fields_menu.actions() if a.data() == "phone").trigger()
    assert editor.text.toPlainText() == "Ring {phone}"
    assert editor.focusWidget() is editor.text


def test_save_then_go_back_to_the_standard_wording(qtbot, editor, db, boxes):
    editor.parts_list.choose("greeting")
    editor.text.setPlainText("Hello {first_name},")
    click(qtbot, editor.save_button)
    assert saved_rows(db) == 4
    assert "your words" in editor.parts_list.currentText()
    with db.session_scope() as session:
        letter = letters.letters_due(session, today=TODAY, person_ids=[editor.ids["sian"]])[0]
        assert "Hello Siân," in letter.as_text()
    boxes.answers.append(QMessageBox.StandardButton.Yes)
    click(qtbot, editor.reset_button)
    assert boxes.shown[-1][0] == "Go back to the standard wording?"
    assert saved_rows(db) == 0
    assert editor.text.toPlainText() == default_body("update", "standard", "en", "greeting")
    assert not editor.reset_button.isEnabled()


def test_only_this_kind_of_letter_when_asked(qtbot, editor, db):
    choose(editor.kind, "decision")
    editor.parts_list.choose("closing")
    editor.all_kinds.setChecked(False)
    editor.text.setPlainText("Any questions? Ring {phone}.")
    click(qtbot, editor.save_button)
    with db.session_scope() as session:
        rows = session.scalars(select(LetterTemplate)).all()
        assert [(r.kind, r.format, r.language, r.part) for r in rows] == [
            ("decision", "standard", "en", "closing")]


def test_welsh_ships_and_another_language_can_be_added(qtbot, editor, db, monkeypatch):
    choose(editor.kind, "decision")  # Gwen is waiting for a decision letter
    choose(editor.language, "cy")  # Welsh wording ships: nothing to add
    assert editor.language.currentText() == "Welsh"
    assert not editor.language_note.isVisibleTo(editor)
    editor.parts_list.choose("greeting")
    assert editor.text.toPlainText() == "Annwyl {first_name},"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("pl", True))
    click(qtbot, editor.add_language_button)
    assert editor.language.currentText() == "pl"
    assert "There is no pl wording" in editor.language_note.text()
    assert "no words yet" in editor.parts_list.currentText()
    click(qtbot, editor.copy_english)  # every part filled with the English, to translate
    editor.parts_list.choose("greeting")
    editor.text.setPlainText("Drogi {first_name},")
    click(qtbot, editor.save_button)
    assert editor.edits == {} and not editor.language_note.isVisible()
    with db.session_scope() as session:
        parts = load_wording(session).parts("decision", "standard", "pl")
    assert parts is not None and parts["greeting"] == "Drogi {first_name},"


def test_a_language_code_must_be_a_code(qtbot, editor, monkeypatch, boxes):
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Cymraeg 1", True))
    click(qtbot, editor.add_language_button)
    assert "is not a language code" in boxes.shown[-1][1]
    assert editor.language.currentText() == "English"


def test_the_large_print_size(qtbot, editor, db):
    assert (editor.print_size.minimum(), editor.print_size.maximum(), editor.print_size.value()) == (16, 24, 18)
    editor.print_size.setValue(20)
    assert editor.save_button.isEnabled()
    click(qtbot, editor.save_button)
    with db.session_scope() as session:
        assert large_print_size(session) == 20


def test_changing_letter_with_unsaved_words_asks_first(qtbot, editor, boxes, db):
    editor.parts_list.choose("greeting")
    editor.text.setPlainText("Hi {first_name},")
    boxes.answers.append(QMessageBox.StandardButton.Cancel)
    choose(editor.kind, "decision")
    assert boxes.shown[-1][0] == "Unsaved changes"
    assert editor.kind.currentData() == "update" and editor.edits
    boxes.answers.append(QMessageBox.StandardButton.Discard)
    choose(editor.kind, "decision")
    assert editor.key[0] == "decision" and editor.edits == {}
    assert saved_rows(db) == 0


def test_every_control_has_a_name(editor):
    from .test_accessibility import unnamed_controls

    assert unnamed_controls(editor) == []
