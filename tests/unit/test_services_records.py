"""Recording people, activities, suggestions, decisions and changes through the services."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from partapp.models import Decision, Person, Suggestion
from partapp.services.errors import ValidationError
from partapp.services.records import activities, changes, lists, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import EqualityAnswers, PersonData
from partapp.services.records.status import STATUSES, suggestion_status
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date(2025, 6, 30)


def _person(session, first="Siân", last="Llŷr", **extra):
    return people.save_person(session, PersonData(first_name=first, last_name=last, **extra))


def test_a_person_is_stored_with_groups_and_an_automatic_reference(session):
    view = _person(session, groups=("Carers", "older PEOPLE"), feedback_format="Large print",
                   language="Welsh", bilingual=True)
    assert view.ref == "P0001"
    assert view.groups == ("Older people", "Carers")
    assert (view.feedback_format, view.language, view.bilingual) == ("large_print", "cy", True)
    stored = session.scalar(select(Person).where(Person.ref == "P0001"))
    assert stored.first_name == "Siân" and stored.last_name == "Llŷr"
    assert _person(session, "Zoë", "Adams").ref == "P0002"


@pytest.mark.parametrize("data, field, words", [
    (dict(first_name="  "), "first_name", "first name"),
    (dict(first_name="Jo", email="jo.example.org"), "email", "email address"),
    (dict(first_name="Jo", groups=("Astronauts",)), "groups", "Astronauts"),
    (dict(first_name="Jo", feedback_format="carrier pigeon"), "feedback_format", "Easy read"),
    (dict(first_name="Jo", consent_date="31/02/2025"), "consent_date", "2025-04-01"),
    (dict(first_name="Jo", send_via_supporter=True), "supporter_name", "supporter"),
    (dict(first_name="J" * 101), "first_name", "100 characters"),
])
def test_bad_person_details_name_the_field_and_say_how_to_fix_it(session, data, field, words):
    with pytest.raises(ValidationError) as caught:
        people.save_person(session, PersonData(**data))
    assert caught.value.field == field
    assert words in str(caught.value)
    assert session.scalar(select(func.count()).select_from(Person)) == 0


def test_a_reference_cannot_be_used_twice(session):
    _person(session, ref="A1")
    with pytest.raises(ValidationError, match="already used"):
        _person(session, "Zoë", ref="A1")


def test_equality_answers_are_optional_and_separate(session):
    pid = _person(session).id
    people.save_equality(session, pid, EqualityAnswers(answers={"age_band": "75 to 84",
                                                                "religion": "prefer not to say"}))
    answers = people.equality_answers(session, pid).answers
    assert answers["age_band"] == "75_84" and answers["religion"] == "prefer_not_to_say"
    assert answers["sex"] is None
    with pytest.raises(ValidationError) as caught:
        people.save_equality(session, pid, EqualityAnswers(answers={"sex": "sometimes"}))
    assert caught.value.field == "sex"
    people.save_equality(session, pid, EqualityAnswers(answers={"age_band": None}))
    assert people.get_person(session, pid).has_equality_profile is False


def test_search_finds_people_by_any_part_of_the_name(session):
    _person(session, "Siân", "Llŷr", town="Abergavenny")
    _person(session, "Łukasz", "Nowak")
    assert [p.first_name for p in people.search_people(session, "llŷr")] == ["Siân"]
    assert [p.first_name for p in people.search_people(session, "aberg")] == ["Siân"]
    assert len(people.search_people(session, "")) == 2


def test_an_activity_records_attendees_support_hours_and_expenses(session):
    a, b = _person(session).id, _person(session, "Zoë", "Adams").id
    service = lists.save_service(session, "Day centre")
    view = activities.save_activity(session, ActivityData(
        title="Members' forum", held_on="2025-05-01", activity_type="Focus group",
        involvement_code="Co-production", service_id=service.id, hours="6.5",
        expenses_paid="£24.00", anonymous_attendees="2", access_support=("BSL", "transport"),
        attendee_ids=(a, b, a)))
    assert view.attendee_ids == (a, b)
    assert view.total_attendees == 4
    assert view.involvement_code == "co_production" and view.activity_type == "focus_group"
    assert view.access_support == ("bsl", "transport")
    assert str(view.expenses_paid) == "24.00" and str(view.hours) == "6.50"
    with pytest.raises(ValidationError) as caught:
        activities.save_activity(session, ActivityData(
            title="x", held_on="2025-05-01", activity_type="forum",
            involvement_code="consultation", hours="-1"))
    assert caught.value.field == "hours"


def test_suggestions_can_be_anonymous_or_from_several_people(session):
    a, b = _person(session).id, _person(session, "Zoë", "Adams").id
    anon = suggestions.save_suggestion(session, SuggestionData(
        text="More benches in the garden, please.", raised_on="2025-06-01",
        channel="suggestion box"), today=TODAY)
    both = suggestions.save_suggestion(session, SuggestionData(
        text="Later minibus pick-up.", raised_on="2025-06-01", kind="concern",
        raiser_ids=(b, a)), today=TODAY)
    assert anon.anonymous and anon.status == "waiting"
    assert both.raiser_ids == (b, a)
    with pytest.raises(ValidationError) as caught:
        suggestions.save_suggestion(session, SuggestionData(text="x", raised_on="2025-07-02"),
                                    today=TODAY)
    assert caught.value.field == "raised_on" and "future" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        suggestions.save_suggestion(session, SuggestionData(text="x", raised_on="2025-06-01",
                                                            channel="activity"), today=TODAY)
    assert caught.value.field == "activity_id"


@pytest.mark.parametrize("outcome", ["Not possible", "not_now", "Agreed in part", "passed on"])
def test_every_outcome_but_agreed_needs_a_plain_reason(session, outcome):
    sid = suggestions.save_suggestion(session, SuggestionData(
        text="Open on Sundays.", raised_on="2025-06-01"), today=TODAY).id
    with pytest.raises(ValidationError) as caught:
        suggestions.record_decision(session, sid, DecisionData(
            outcome=outcome, decided_on="2025-06-10", reason="   ", passed_to="Council"),
            today=TODAY)
    assert caught.value.field == "reason"
    assert session.scalar(select(func.count()).select_from(Decision)) == 0


def test_decisions_keep_their_history_and_set_the_status(session):
    sid = suggestions.save_suggestion(session, SuggestionData(
        text="Open on Sundays.", raised_on="2025-06-01"), today=TODAY).id
    suggestions.record_decision(session, sid, DecisionData(
        outcome="not_now", decided_on="2025-06-05", reason="We have no staff on Sundays yet.",
        reason_category="staff", instead="We will open late on Fridays."), today=TODAY)
    suggestions.record_decision(session, sid, DecisionData(
        outcome="agreed", decided_on="2025-06-20", users_took_part=True), today=TODAY)
    view = suggestions.get_suggestion(session, sid)
    assert [d.outcome for d in view.decisions] == ["not_now", "agreed"]
    assert view.status == "agreed"
    with pytest.raises(ValidationError) as caught:
        suggestions.record_decision(session, sid, DecisionData(
            outcome="agreed", decided_on="2025-05-01"), today=TODAY)
    assert caught.value.field == "decided_on" and "before" in str(caught.value)


def test_a_change_answers_several_suggestions_and_moves_their_status(session):
    s1, s2 = (suggestions.save_suggestion(session, SuggestionData(
        text=t, raised_on="2025-06-01"), today=TODAY).id for t in ("Ramp", "Handrail"))
    for sid in (s1, s2):
        suggestions.record_decision(session, sid, DecisionData(outcome="agreed",
                                                               decided_on="2025-06-02"),
                                    today=TODAY)
    change = changes.save_change(session, ChangeData(
        description="We put in a ramp and a handrail at the front door.", status="in progress",
        owner="Sam", suggestion_ids=(s1, s2)), today=TODAY)
    assert suggestions.get_suggestion(session, s1).status == "in_progress"
    with pytest.raises(ValidationError) as caught:
        changes.save_change(session, ChangeData(description=change.description, status="done",
                                                suggestion_ids=(s1, s2)),
                            change_id=change.id, today=TODAY)
    assert caught.value.field == "done_on"
    changes.save_change(session, ChangeData(description=change.description, status="done",
                                            done_on="2025-06-28", suggestion_ids=(s1, s2)),
                        change_id=change.id, today=TODAY)
    assert {suggestions.get_suggestion(session, s).status for s in (s1, s2)} == {"done"}
    assert session.scalar(select(func.count()).select_from(Suggestion)) == 2


@pytest.mark.parametrize("outcome, change_statuses, expected", [
    (None, [], "waiting"),
    ("agreed", [], "agreed"),
    ("agreed", ["planned"], "planned"),
    ("agreed_in_part", ["planned", "done"], "in_progress"),
    ("agreed", ["done", "stopped"], "done"),
    ("agreed", ["stopped"], "stopped"),
    ("not_now", ["done"], "not_now"),
    ("not_possible", [], "not_possible"),
    ("passed_on", [], "passed_on"),
    (None, ["done"], "done"),
])
def test_status_is_derived_from_decision_and_changes(outcome, change_statuses, expected):
    assert suggestion_status(outcome, change_statuses) == expected
    assert expected in STATUSES


def test_lists_refuse_duplicates_and_in_use_removal(session):
    lists.save_service(session, "Transport")
    with pytest.raises(ValidationError, match="already"):
        lists.save_service(session, "transport")
    carers = next(g for g in lists.groups(session) if g.name == "Carers")
    _person(session, groups=("Carers",))
    with pytest.raises(ValidationError, match="cannot be removed"):
        lists.delete_group(session, carers.id)
    level = lists.rename_level(session, "co_production", "Working as equals", "We share power.")
    assert [lv.label for lv in lists.levels(session)][-1] == level.label == "Working as equals"
