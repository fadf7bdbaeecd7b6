"""Removing a suggestion, an activity or a change typed in by mistake: asked first, refused
plainly when it would lose something, and gone from the lists and the data file when done."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from partapp.models import Activity, AuditEntry, Change, Suggestion
from partapp.services.feedback.owed import record_feedback
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.recording import MeetingSuggestion, record_activity

from .conftest import add_person, add_suggestion, click, table_texts

YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
KIND = {"activity_type": "forum", "involvement_code": "consultation"}


def count(db, model) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def open_suggestion(qtbot, window, suggestion_id):
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    page.select_suggestion(suggestion_id)
    click(qtbot, page.detail.edit_button)
    return page, page.detail.dialog


def test_a_suggestion_typed_by_mistake_is_removed_after_asking(qtbot, window, db, boxes):
    ann = add_person(db, "Ann", "Smith")
    keep = add_suggestion(db, "The ramp is too steep", raisers=[ann])
    wrong = add_suggestion(db, "asdfgh typed by mistake", raisers=[ann])
    page, dialog = open_suggestion(qtbot, window, wrong)

    boxes.answers = [NO]  # "Keep it"
    click(qtbot, dialog.remove_button)
    assert dialog.isVisible() and count(db, Suggestion) == 2
    assert "Remove this suggestion?" in boxes.shown[-1][1]

    boxes.answers = [YES]
    click(qtbot, dialog.remove_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        assert session.scalars(select(Suggestion.id)).all() == [keep]
        assert session.scalars(select(AuditEntry.entity).where(
            AuditEntry.action == "delete")).all() == ["suggestion"]
    assert table_texts(page.view, 1) == ["The ramp is too steep"]


def test_a_suggestion_someone_was_written_to_about_is_kept(qtbot, window, db, boxes):
    ann = add_person(db, "Ann", "Smith")
    sid = add_suggestion(db, "The ramp is too steep", raisers=[ann])
    with db.session_scope() as session:
        record_feedback(session, person_id=ann, kind="update", suggestion_ids=[sid])
    _page, dialog = open_suggestion(qtbot, window, sid)
    boxes.answers = [YES]
    click(qtbot, dialog.remove_button)
    assert dialog.isVisible()  # nothing removed: the reason is shown in the form
    assert "Feedback has been sent about this suggestion" in dialog.errors.general.text()
    assert count(db, Suggestion) == 1


def test_an_activity_goes_only_when_no_suggestions_were_recorded_there(qtbot, window, db, boxes):
    ann = add_person(db, "Ann", "Smith")
    held = date.today() - timedelta(days=2)
    with db.session_scope() as session:
        busy = record_activity(session, ActivityData(held_on=held, title="Coffee morning", **KIND,
                                                     attendee_ids=(ann,)),
                               [MeetingSuggestion(text="More cake", raiser_ids=(ann,))])
        record_activity(session, ActivityData(held_on=held, title="Typed twice", **KIND,
                                              attendee_ids=(ann,)), [])
    window.show_page("activities")
    page = window.pages["activities"]
    titles = table_texts(page.view, 1)
    boxes.answers = [YES]
    page.view.selectRow(titles.index("Coffee morning"))
    click(qtbot, page.open_button)
    click(qtbot, page.dialog.remove_button)
    assert "1 suggestions were raised at this activity" in page.dialog.errors.general.text()
    page.dialog.reject()

    boxes.answers = [YES]
    page.view.selectRow(table_texts(page.view, 1).index("Typed twice"))
    click(qtbot, page.open_button)
    click(qtbot, page.dialog.remove_button)
    assert not page.dialog.isVisible()
    with db.session_scope() as session:
        assert session.scalars(select(Activity.id)).all() == [busy.activity.id]
    assert table_texts(page.view, 1) == ["Coffee morning"]


def test_removing_a_change_leaves_its_suggestions(qtbot, window, db, boxes):
    sid = add_suggestion(db, "The ramp is too steep")
    with db.session_scope() as session:
        save_change(session, ChangeData(description="We will rebuild the ramp.",
                                        suggestion_ids=(sid,)))
    window.show_page("changes")
    page = window.pages["changes"]
    page.view.selectRow(0)
    click(qtbot, page.open_button)
    boxes.answers = [YES]
    click(qtbot, page.dialog.remove_button)
    assert not page.dialog.isVisible()
    assert count(db, Change) == 0 and count(db, Suggestion) == 1
    assert table_texts(page.view, 0) == []
