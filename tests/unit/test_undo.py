"""Undo and Redo of the everyday saves go through the same services as the forms: what was
taken back is gone from the data file (and the audit log says so), what is done again is back,
and a step that would overwrite someone else's later save, or lose a letter's record, is
refused with nothing changed."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from partapp.models import Activity, AuditEntry, Decision, Person, Suggestion
from partapp.services.errors import PartappError
from partapp.services.feedback.owed import record_feedback
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData, get_change, save_change
from partapp.services.records.people import PersonData, get_person, save_person
from partapp.services.records.recording import MeetingSuggestion, record_activity
from partapp.services.records.suggestions import (
    DecisionData,
    SuggestionData,
    get_suggestion,
    record_decision,
    save_suggestion,
)
from partapp.services.records.undo import apply_undoable, run_step
from partapp.services.records.undo_kinds import UndoError

TODAY = date(2025, 6, 2)
KIND = {"activity_type": "forum", "involvement_code": "consultation"}


def count(db, model) -> int:
    with db.session_scope() as session:
        return session.scalar(select(func.count()).select_from(model))


def do(db, op, *args, **kwargs):
    with db.session_scope() as session:
        return apply_undoable(session, op, *args, **kwargs)


def step(db, entry_or_step):
    with db.session_scope() as session:
        return run_step(session, getattr(entry_or_step, "step", entry_or_step), today=TODAY)


def test_adding_a_person_is_undone_and_done_again(db):
    before = count(db, Person)
    _view, entry = do(db, save_person, PersonData(first_name="Siân", last_name="Jones",
                                                 phone="01970 123456"))
    assert (entry.action, entry.kind, entry.name) == ("added", "person", "Siân Jones")
    redo = step(db, entry)
    assert count(db, Person) == before
    undo_again = step(db, redo)
    assert count(db, Person) == before + 1
    with db.session_scope() as session:
        again = session.scalar(select(Person).where(Person.last_name == "Jones"))
        assert (again.first_name, again.phone) == ("Siân", "01970 123456")
    step(db, undo_again)
    assert count(db, Person) == before
    with db.session_scope() as session:
        actions = session.scalars(select(AuditEntry.action).where(
            AuditEntry.entity == "person").order_by(AuditEntry.id)).all()
    assert actions[-4:] == ["create", "delete", "create", "delete"]


def test_a_change_to_a_person_is_put_back_and_done_again(db):
    with db.session_scope() as session:
        person_id = save_person(session, PersonData(first_name="Ann", phone="111")).id
    _view, entry = do(db, save_person, PersonData(first_name="Ann", phone="222",
                                                  town="Aberystwyth"), person_id=person_id)
    assert entry.action == "changed"
    redo = step(db, entry)
    with db.session_scope() as session:
        person = get_person(session, person_id)
        assert (person.phone, person.town) == ("111", "")
    step(db, redo)
    with db.session_scope() as session:
        assert get_person(session, person_id).phone == "222"


def test_undo_never_writes_over_a_later_save(db):
    with db.session_scope() as session:
        person_id = save_person(session, PersonData(first_name="Ann", phone="111")).id
    _view, entry = do(db, save_person, PersonData(first_name="Ann", phone="222"),
                      person_id=person_id)
    with db.session_scope() as session:  # someone else, after
        save_person(session, PersonData(first_name="Ann", phone="333"), person_id=person_id)
    with pytest.raises(UndoError, match="changed again after that"):
        step(db, entry)
    with db.session_scope() as session:
        assert get_person(session, person_id).phone == "333"


def test_a_meeting_and_what_was_said_at_it_go_and_come_back_together(db):
    with db.session_scope() as session:
        ann = save_person(session, PersonData(first_name="Ann")).id
    data = ActivityData(title="Members forum", held_on=TODAY, attendee_ids=(ann,), **KIND)
    said = [MeetingSuggestion(text="Open on Saturdays", raiser_ids=(ann,)),
            MeetingSuggestion(text="More cake")]
    _result, entry = do(db, record_activity, data, said, today=TODAY)
    assert (entry.action, entry.kind, entry.name) == ("added", "activity", "Members forum")
    assert count(db, Suggestion) == 2
    redo = step(db, entry)
    assert (count(db, Activity), count(db, Suggestion)) == (0, 0)
    step(db, redo)
    with db.session_scope() as session:
        activity = session.scalar(select(Activity))
        texts = sorted(s.text for s in session.scalars(select(Suggestion)))
        assert activity.title == "Members forum"
        assert texts == ["More cake", "Open on Saturdays"]
        raised = session.scalar(select(Suggestion).where(Suggestion.text == "Open on Saturdays"))
        assert [p.id for p in raised.raisers] == [ann]


def test_suggestions_added_when_a_meeting_is_edited_go_and_its_details_come_back(db):
    data = ActivityData(title="Coffee morning", held_on=TODAY, **KIND)
    with db.session_scope() as session:
        first = record_activity(session, data, [MeetingSuggestion(text="Tea")], today=TODAY)
    edited = ActivityData(title="Coffee and cake", held_on=TODAY, facilitator="Sam", **KIND)
    _result, entry = do(db, record_activity, edited, [MeetingSuggestion(text="Cake")],
                        activity_id=first.activity.id, today=TODAY)
    step(db, entry)
    with db.session_scope() as session:
        activity = session.get(Activity, first.activity.id)
        assert (activity.title, activity.facilitator) == ("Coffee morning", "")
        assert [s.text for s in session.scalars(select(Suggestion))] == ["Tea"]


def test_a_decision_is_taken_back_and_recorded_again(db):
    with db.session_scope() as session:
        sid = save_suggestion(session, SuggestionData(text="A ramp", raised_on=TODAY)).id
    decision = DecisionData(outcome="agreed", decided_on=TODAY, reason="It is needed.")
    _view, entry = do(db, record_decision, sid, decision, today=TODAY)
    assert (entry.action, entry.name) == ("decided", "A ramp")
    redo = step(db, entry)
    with db.session_scope() as session:
        assert get_suggestion(session, sid).decisions == ()
    step(db, redo)
    with db.session_scope() as session:
        [again] = get_suggestion(session, sid).decisions
        assert (again.outcome, again.reason) == ("agreed", "It is needed.")


def test_a_decision_someone_was_told_about_is_not_taken_back(db):
    with db.session_scope() as session:
        person = save_person(session, PersonData(first_name="Ann")).id
        sid = save_suggestion(session, SuggestionData(text="A ramp", raised_on=TODAY,
                                                      raiser_ids=(person,))).id
    _view, entry = do(db, record_decision, sid, DecisionData(outcome="agreed", decided_on=TODAY),
                      today=TODAY)
    with db.session_scope() as session:
        record_feedback(session, person_id=person, kind="decision", suggestion_ids=(sid,),
                        sent_on=TODAY, today=TODAY)
    with pytest.raises(PartappError, match="Feedback about this decision"):
        step(db, entry)
    assert count(db, Decision) == 1


def test_a_new_change_is_taken_away_and_its_suggestions_stay(db):
    with db.session_scope() as session:
        sid = save_suggestion(session, SuggestionData(text="A ramp", raised_on=TODAY)).id
    _view, entry = do(db, save_change, ChangeData(description="Ramp built", suggestion_ids=(sid,)),
                     today=TODAY)
    redo = step(db, entry)
    with db.session_scope() as session:
        assert get_suggestion(session, sid).change_ids == ()
    step(db, redo)
    with db.session_scope() as session:
        [change_id] = get_suggestion(session, sid).change_ids
        assert get_change(session, change_id).description == "Ramp built"


def test_a_save_that_cannot_be_undone_gives_no_step(db):
    from partapp.services.records.lists import save_group

    _item, entry = do(db, save_group, "Tuesday club")
    assert entry is None


def test_a_suggestion_removed_by_mistake_comes_back_with_its_decisions_and_change(db):
    from partapp.services.records.suggestions import delete_suggestion

    with db.session_scope() as session:
        sid = save_suggestion(session, SuggestionData(text="A ramp", raised_on=date(2025, 5, 1)),
                              today=TODAY).id
        record_decision(session, sid, DecisionData(outcome="not_now", decided_on=date(2025, 5, 2),
                                                   reason="No money this year."), today=TODAY)
        record_decision(session, sid, DecisionData(outcome="agreed", decided_on=date(2025, 5, 20),
                                                   reason="A grant came."), today=TODAY)
        change = save_change(session, ChangeData(description="Ramp built",
                                                 suggestion_ids=(sid,)), today=TODAY).id
    _none, entry = do(db, delete_suggestion, sid)
    assert (entry.action, entry.kind, entry.name) == ("removed", "suggestion", "A ramp")
    assert count(db, Suggestion) == 0
    redo = step(db, entry)
    with db.session_scope() as session:
        back = session.scalar(select(Suggestion))
        view = get_suggestion(session, back.id)
        assert [(d.outcome, d.decided_on, d.reason) for d in view.decisions] == [
            ("not_now", date(2025, 5, 2), "No money this year."),
            ("agreed", date(2025, 5, 20), "A grant came.")]
        assert view.change_ids == (change,)
    step(db, redo)
    assert count(db, Suggestion) == 0


def test_a_person_and_an_activity_removed_by_mistake_come_back(db):
    from partapp.services.records.activities import delete_activity, save_activity
    from partapp.services.records.merge_people import remove_person

    with db.session_scope() as session:
        ann = save_person(session, PersonData(first_name="Ann", last_name="Hill",
                                              postcode="SY23 1AA")).id
        zoe = save_person(session, PersonData(first_name="Zoë")).id
        coffee = save_activity(session, ActivityData(title="Coffee", held_on=TODAY,
                                                     attendee_ids=(zoe,), **KIND)).id
    _r, gone_ann = do(db, remove_person, ann)
    _r, gone_coffee = do(db, delete_activity, coffee)
    step(db, gone_coffee)
    step(db, gone_ann)
    with db.session_scope() as session:
        person = session.scalar(select(Person).where(Person.last_name == "Hill"))
        assert (person.first_name, person.postcode) == ("Ann", "SY23 1AA")
        activity = session.scalar(select(Activity))
        assert activity.title == "Coffee" and [p.id for p in activity.attendees] == [zoe]
