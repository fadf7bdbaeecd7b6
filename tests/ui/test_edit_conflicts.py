"""Two offices changing one record: the second to save is told who changed it, and chooses to
see their version (Reload) or save theirs over it (Keep mine).

The other office is a second connection to the same data file, as another app would be.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from partapp.models import AuditEntry
from partapp.services.records import changes, organisation, people
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.versions import KEPT_MINE
from partapp.services.store.database import open_database
from partapp.ui.dialogs.change_dialog import ChangeDialog
from partapp.ui.dialogs.person_dialog import PersonDialog

from .conftest import add_person

Button = QMessageBox.StandardButton


@pytest.fixture
def other_office(db_path):
    other = open_database(str(db_path), lock=False)
    yield other
    other.dispose()


def _save_elsewhere(other, pid: int, town: str) -> None:
    other.actor = "Sam Jones"
    with other.session_scope() as session:
        people.save_person(session, PersonData(first_name="Siân", last_name="Jones", town=town),
                           person_id=pid)


def test_reload_shows_the_other_office_s_version(qtbot, context, db, other_office, boxes):
    pid = add_person(db, "Siân", town="Bala")
    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    _save_elsewhere(other_office, pid, "Corwen")
    dialog.town.setText("Wrexham")
    boxes.answers.append(Button.No)  # Reload
    dialog.accept()
    title, text = boxes.shown[-1]
    assert title == "Someone else changed this"
    assert "Sam Jones changed this person's details at" in text and "today" in text
    assert dialog.town.text() == "Corwen" and not dialog.dirty.dirty
    with db.session_scope() as session:
        assert people.get_person(session, pid).town == "Corwen"
    dialog.town.setText("Ruthin")  # and saving now, over the version shown, just works
    dialog.accept()
    assert len(boxes.shown) == 1
    with db.session_scope() as session:
        assert people.get_person(session, pid).town == "Ruthin"


def test_keep_mine_saves_over_theirs_and_says_so_in_the_audit(qtbot, context, db, other_office,
                                                             boxes):
    pid = add_person(db, "Siân", town="Bala")
    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    _save_elsewhere(other_office, pid, "Corwen")
    dialog.town.setText("Wrexham")
    boxes.answers.append(Button.Yes)  # Keep mine
    dialog.accept()
    assert boxes.shown[-1][0] == "Someone else changed this"
    with db.session_scope() as session:
        assert people.get_person(session, pid).town == "Wrexham"
        last = session.scalar(select(AuditEntry).where(AuditEntry.entity == "person")
                              .order_by(AuditEntry.id.desc()).limit(1))
        assert last.details == KEPT_MINE


def test_go_back_keeps_the_form_as_typed(qtbot, context, db, other_office, boxes):
    pid = add_person(db, "Siân", town="Bala")
    dialog = PersonDialog(context, pid)
    qtbot.addWidget(dialog)
    dialog.show()
    _save_elsewhere(other_office, pid, "Corwen")
    dialog.town.setText("Wrexham")
    boxes.answers.append(Button.Cancel)  # Go back
    dialog.accept()
    assert dialog.isVisible() and dialog.town.text() == "Wrexham"
    with db.session_scope() as session:
        assert people.get_person(session, pid).town == "Corwen"
    dialog.dirty.reset()


def test_a_change_form_reloads_the_other_office_s_wording(qtbot, context, db, other_office,
                                                         boxes):
    with db.session_scope() as session:
        cid = changes.save_change(session, ChangeData(description="We added a bus")).id
    dialog = ChangeDialog(context, cid)
    qtbot.addWidget(dialog)
    with other_office.session_scope() as session:
        changes.save_change(session, ChangeData(description="We added two buses"), change_id=cid)
    dialog.owner.setText("Jo")
    boxes.answers.append(Button.No)  # Reload
    dialog.accept()
    assert dialog.description.toPlainText() == "We added two buses"
    assert dialog.owner.text() == ""


def test_settings_saved_elsewhere_are_named_then_kept_mine(qtbot, window, db, other_office,
                                                           boxes):
    window.show_page("settings")
    page = window.pages["settings"]
    with other_office.session_scope() as session:
        organisation.save_details(session, replace(organisation.get_details(session),
                                                   name="Bala Day Centre"))
    page.name.setText("Brook House")
    boxes.answers.append(Button.Yes)  # Keep mine
    assert page.save_changes()
    assert "your organisation's details" in boxes.shown[-1][1]
    with db.session_scope() as session:
        assert organisation.get_details(session).name == "Brook House"


def test_a_decision_recorded_meanwhile_is_named_and_keep_mine_adds_this_one(
        qtbot, context, db, other_office, boxes):
    from partapp.models import Decision
    from partapp.services.records import suggestions
    from partapp.services.records.suggestions import DecisionData
    from partapp.ui.dialogs.decision_dialog import DecisionDialog

    from .conftest import add_suggestion

    sid = add_suggestion(db, "More buses on Sundays")
    with db.session_scope() as session:
        opened = suggestions.get_suggestion(session, sid)
    dialog = DecisionDialog(context, opened)
    qtbot.addWidget(dialog)
    other_office.actor = "Sam Jones"
    with other_office.session_scope() as session:
        suggestions.record_decision(session, sid, DecisionData(
            outcome="agreed", decided_on=opened.raised_on))
    dialog.choose("agreed")
    boxes.answers.append(Button.Yes)  # Keep mine
    dialog.accept()
    assert "Sam Jones changed this suggestion at" in boxes.shown[-1][1]
    with db.session_scope() as session:
        assert session.query(Decision).filter_by(suggestion_id=sid).count() == 2


def test_letters_another_office_marked_meanwhile_are_not_marked_again(
        qtbot, context, db, other_office, boxes):
    from partapp.models import Feedback
    from partapp.services.feedback import letters
    from partapp.ui.dialogs.mark_sent import MarkSentDialog

    from .conftest import add_suggestion

    pids = [add_person(db, name) for name in ("Siân", "Zoë")]
    for pid in pids:
        add_suggestion(db, "A bench by the door", days_ago=60, raisers=(pid,))
    with db.session_scope() as session:
        printed = letters.letters_due(session, person_ids=pids)
    dialog = MarkSentDialog(context, pids, printed)
    qtbot.addWidget(dialog)
    with other_office.session_scope() as session:  # the other office marks Siân's first
        letters.mark_sent(session, printed[:1], sent_on=context.today(), sent_by="Sam")
    dialog.accept()
    assert boxes.shown[-1][0] == "Already marked as sent"
    assert "1 of these letters was marked as sent by someone else" in boxes.shown[-1][1]
    with db.session_scope() as session:
        assert session.query(Feedback).count() == 2  # one each, none twice
