"""Two people changing one record: the second to save is told who, and when, and chooses.

Each test opens the data file twice (two connections, as two offices' apps would), reads a
record in one, saves it in the other, then saves the first.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from partapp.models import AuditEntry, Decision, Person
from partapp.services.errors import EditConflictError
from partapp.services.records import activities, changes, organisation, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData
from partapp.services.records.versions import KEPT_MINE
from partapp.services.store.database import open_database

from .server_support import empty_server_database, needs_server

TODAY = date(2025, 6, 30)


@pytest.fixture
def two(db_path):
    """Two apps on one data file (the lock is one app's; here both open it)."""
    first = open_database(str(db_path), lock=False)
    second = open_database(str(db_path), lock=False)
    yield first, second
    first.dispose()
    second.dispose()


def _as(db, name: str) -> None:
    db.actor = name  # who works on this copy of the app (sign-in is off here)


def _person(db) -> int:
    with db.session_scope() as session:
        return people.save_person(session, PersonData(first_name="Siân", last_name="Llŷr",
                                                      town="Bala")).id


def test_a_save_over_a_newer_version_is_refused_and_names_who_changed_it(two):
    first, second = two
    pid = _person(first)
    with first.session_scope() as session:
        opened = people.get_person(session, pid)  # the form in the first office
    _as(second, "Sam Jones")
    with second.session_scope() as session:
        people.save_person(session, PersonData(first_name="Siân", last_name="Llŷr",
                                               town="Corwen", version=opened.version),
                           person_id=pid)
    _as(first, "alex")
    with pytest.raises(EditConflictError) as caught, first.session_scope() as session:
        people.save_person(session, PersonData(first_name="Siân", last_name="Llŷr",
                                               town="Wrexham", version=opened.version),
                           person_id=pid)
    message = str(caught.value)
    assert "Sam Jones changed this person's details at " in message and "today" in message
    assert "Reload" in message and "Keep mine" in message
    assert caught.value.current_version == opened.version + 1
    with first.session_scope() as session:
        assert people.get_person(session, pid).town == "Corwen"  # nothing of alex's saved


def test_keep_mine_saves_over_the_newer_version_and_the_audit_says_so(two):
    first, second = two
    pid = _person(first)
    with first.session_scope() as session:
        opened = people.get_person(session, pid)
    with second.session_scope() as session:
        people.save_person(session, PersonData(first_name="Siân", town="Corwen",
                                               version=opened.version), person_id=pid)
    data = PersonData(first_name="Siân", town="Wrexham", version=opened.version)
    with pytest.raises(EditConflictError) as caught, first.session_scope() as session:
        people.save_person(session, data, person_id=pid)
    with first.session_scope() as session:
        saved = people.save_person(session, replace(data, version=caught.value.current_version,
                                                    keep_mine=True), person_id=pid)
    assert saved.town == "Wrexham" and saved.version == opened.version + 2
    with first.session_scope() as session:
        last = session.scalar(select(AuditEntry).where(AuditEntry.entity == "person")
                              .order_by(AuditEntry.id.desc()).limit(1))
        assert (last.action, last.details) == ("update", KEPT_MINE)


def test_changing_only_the_groups_still_raises_the_version(two):
    first, _second = two
    pid = _person(first)
    with first.session_scope() as session:
        before = people.get_person(session, pid).version
        after = people.save_person(session, PersonData(first_name="Siân", groups=("Carers",),
                                                       version=before), person_id=pid).version
    assert after == before + 1


def test_two_saves_at_the_same_moment_the_second_is_refused_by_the_database(two):
    """The second had read the record (version 1) just before the first saved it: the version
    check in the UPDATE refuses the second, and nothing of it is saved."""
    first, second = two
    pid = _person(first)
    with pytest.raises(EditConflictError, match="at the same moment"), \
            second.session_scope() as other:
        seen = other.get(Person, pid)  # the second save has read the record (version 1)...
        with first.session_scope() as one:  # ...when the first is saved
            one.get(Person, pid).town = "Corwen"
        people.save_person(other, PersonData(first_name="Siân", town="Wrexham"), person_id=seen.id)
    with first.session_scope() as session:
        assert people.get_person(session, pid).town == "Corwen"


def test_activities_suggestions_changes_and_settings_are_checked_too(two):
    first, second = two
    with first.session_scope() as session:
        act = activities.save_activity(session, ActivityData(
            title="Forum", held_on=TODAY, activity_type="forum", involvement_code="consultation"))
        sug = suggestions.save_suggestion(session, SuggestionData(
            text="More buses", raised_on=TODAY), today=TODAY)
        chg = changes.save_change(session, ChangeData(description="We added a bus"), today=TODAY)
        org = organisation.get_details(session)
        opened = (act.version, sug.version, chg.version, organisation.details_version(session))
    saves = [
        lambda s, v: activities.save_activity(s, ActivityData(
            title="Forum", held_on=TODAY, activity_type="forum", involvement_code="consultation",
            facilitator="Jo", version=v), activity_id=act.id),
        lambda s, v: suggestions.save_suggestion(s, SuggestionData(
            text="More buses, please", raised_on=TODAY, version=v), suggestion_id=sug.id,
            today=TODAY),
        lambda s, v: changes.save_change(s, ChangeData(description="We added two buses",
                                                       version=v), change_id=chg.id,
                                         today=TODAY),
        lambda s, v: organisation.save_details(s, replace(org, name="Bala Day Centre",
                                                          version=v)),
    ]
    words = ["this activity", "this suggestion", "this change", "your organisation's details"]
    for save, version, what in zip(saves, opened, words, strict=True):
        _as(second, "Sam Jones")
        with second.session_scope() as session:
            save(session, version)
        _as(first, "alex")
        with pytest.raises(EditConflictError, match=f"Sam Jones changed {what} at"), \
                first.session_scope() as session:
            save(session, version)


def test_a_decision_recorded_meanwhile_is_named_before_another_is_added(two):
    first, second = two
    with first.session_scope() as session:
        sug = suggestions.save_suggestion(session, SuggestionData(
            text="More buses", raised_on=TODAY), today=TODAY)
    agreed = DecisionData(outcome="agreed", decided_on=TODAY, version=sug.version)
    _as(second, "Sam Jones")
    with second.session_scope() as session:
        suggestions.record_decision(session, sug.id, agreed, today=TODAY)
    _as(first, "alex")
    no = DecisionData(outcome="not_possible", reason="No money.", decided_on=TODAY,
                      version=sug.version)
    with pytest.raises(EditConflictError, match="Sam Jones changed this suggestion at") as caught, \
            first.session_scope() as session:
        suggestions.record_decision(session, sug.id, no, today=TODAY)
    with first.session_scope() as session:
        assert [d.outcome for d in session.scalars(select(Decision))] == ["agreed"]
        suggestions.record_decision(session, sug.id, replace(
            no, version=caught.value.current_version, keep_mine=True), today=TODAY)
        assert [d.outcome for d in session.scalars(select(Decision).order_by(Decision.id))] \
            == ["agreed", "not_possible"]


def test_without_a_version_there_is_no_check(two):
    """Imports and the command line read and write in one go: they give no version."""
    first, second = two
    pid = _person(first)
    with second.session_scope() as session:
        people.save_person(session, PersonData(first_name="Siân", town="Corwen"), person_id=pid)
    with first.session_scope() as session:
        assert people.save_person(session, PersonData(first_name="Siân", town="Bala"),
                                  person_id=pid).town == "Bala"


@needs_server
def test_on_postgresql_the_second_save_is_refused_whether_it_came_later_or_at_once():
    with empty_server_database() as url:
        first, second = open_database(url), open_database(url)
        try:
            pid = _person(first)
            with first.session_scope() as session:
                opened = people.get_person(session, pid)
            _as(second, "Sam Jones")
            with second.session_scope() as session:
                people.save_person(session, PersonData(first_name="Siân", town="Corwen",
                                                       version=opened.version), person_id=pid)
            _as(first, "alex")
            with pytest.raises(EditConflictError, match="Sam Jones changed this person's"), \
                    first.session_scope() as session:
                people.save_person(session, PersonData(first_name="Siân", town="Wrexham",
                                                       version=opened.version), person_id=pid)
            with pytest.raises(EditConflictError, match="at the same moment"), \
                    second.session_scope() as other:
                seen = other.get(Person, pid)  # read before the first office saved
                with first.session_scope() as one:
                    one.get(Person, pid).town = "Ruthin"
                people.save_person(other, PersonData(first_name="Siân", town="Bala"),
                                   person_id=seen.id)
            with first.session_scope() as session:
                assert people.get_person(session, pid).town == "Ruthin"
        finally:
            first.dispose()
            second.dispose()


@pytest.mark.parametrize("kind", ["person", "activity", "suggestion", "change"])
def test_a_record_saved_twice_opens_on_its_own_version_and_saves_again(db, kind):
    """The form opens on the version the view gives; that must be the record's own, or every
    save after the first would be refused as someone else's (the activity's view said 1)."""
    def save(session, version, record_id=None):
        if kind == "person":
            return people.save_person(session, PersonData(first_name="Ann", version=version),
                                      person_id=record_id)
        if kind == "activity":
            return activities.save_activity(session, ActivityData(
                title="Forum", held_on=TODAY, activity_type="forum",
                involvement_code="consultation", version=version), activity_id=record_id)
        if kind == "suggestion":
            return suggestions.save_suggestion(session, SuggestionData(
                text="More buses", raised_on=TODAY, version=version), suggestion_id=record_id,
                today=TODAY)
        return changes.save_change(session, ChangeData(description="A bus", version=version),
                                   change_id=record_id, today=TODAY)

    get = {"person": people.get_person, "activity": activities.get_activity,
           "suggestion": suggestions.get_suggestion, "change": changes.get_change}[kind]
    with db.session_scope() as session:
        record_id = save(session, None).id
    for _ in range(3):  # open the form (read the view), save, and again
        with db.session_scope() as session:
            opened = get(session, record_id).version
        with db.session_scope() as session:
            assert save(session, opened, record_id).version == opened + 1
