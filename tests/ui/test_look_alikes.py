"""Adding a person who looks like someone already recorded asks first; going back saves
nothing and keeps what was typed."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from partapp.models import Person
from partapp.ui.dialogs.new_person_dialog import NewPersonDialog
from partapp.ui.dialogs.person_dialog import PersonDialog

from .conftest import add_person, click


def _people(db) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(Person))


def test_a_look_alike_is_asked_about_and_going_back_saves_nothing(qtbot, context, db, boxes):
    add_person(db, "Siân", "Llewellyn", town="Knighton")
    dialog = NewPersonDialog(context, "sian llewellyn")
    qtbot.addWidget(dialog)
    dialog.show()
    boxes.answers.append(QMessageBox.StandardButton.No)  # "Go back"
    click(qtbot, dialog.save_button)
    title, text = boxes.shown[-1]
    assert title == "Already recorded?"
    assert "Siân Llewellyn (P0001, Knighton)" in text and "Is this a different person?" in text
    assert dialog.isVisible() and dialog.first_name.text() == "sian" and _people(db) == 1

    boxes.answers.append(QMessageBox.StandardButton.Yes)  # "Add a new person"
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and _people(db) == 2


def test_someone_new_is_added_without_a_question(qtbot, context, db, boxes):
    add_person(db, "Siân", "Llewellyn")
    dialog = PersonDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.first_name.setText("Siôn")
    dialog.last_name.setText("Llewellyn")
    click(qtbot, dialog.save_button)
    assert boxes.shown == [] and not dialog.isVisible() and _people(db) == 2


def test_changing_a_person_does_not_ask_about_themselves(qtbot, context, db, boxes):
    pid = add_person(db, "Siân", "Llewellyn")
    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.town.setText("Knighton")
    click(qtbot, dialog.save_button)
    assert boxes.shown == [] and not dialog.isVisible()
