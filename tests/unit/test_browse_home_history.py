"""The list queries (browse), Home counts, a person's history and recording a whole meeting."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from partapp.models import Activity, Suggestion
from partapp.services.browse import browse_suggestions as bs
from partapp.services.browse import home
from partapp.services.browse import pages as browse
from partapp.services.browse.history import person_history
from partapp.services.errors import ValidationError
from partapp.services.feedback import owed as feedback
from partapp.services.records import changes, lists, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.lists import save_service
from partapp.services.records.people import PersonData
from partapp.services.records.recording import MeetingSuggestion, record_activity
from partapp.services.records.status import suggestion_status
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date.today()


def _person(session, first, last="Jones", **extra):
    return people.save_person(session, PersonData(first_name=first, last_name=last, **extra)).id


def _suggestion(session, text, *, days_ago=1, raisers=(), **extra):
    return suggestions.save_suggestion(session, SuggestionData(
        text=text, raised_on=TODAY - timedelta(days=days_ago), raiser_ids=tuple(raisers),
        **extra)).id


def test_sql_status_agrees_with_the_python_rules_for_every_combination(session):
    outcomes = [None, "agreed", "agreed_in_part", "not_now", "not_possible", "passed_on"]
    change_sets = [(), ("planned",), ("stopped",), ("done",), ("in_progress", "planned"),
                   ("done", "stopped"), ("done", "planned"), ("stopped", "stopped")]
    cases = []
    for outcome, statuses in itertools.product(outcomes, change_sets):
        sid = _suggestion(session, f"{outcome} {statuses}", days_ago=10)
        if outcome:
            suggestions.record_decision(session, sid, DecisionData(
                outcome=outcome, decided_on=TODAY, reason="Money is short.", passed_to="Council"))
        for status in statuses:
            changes.save_change(session, ChangeData(
                description="We did it.", status=status,
                done_on=TODAY if status == "done" else None, suggestion_ids=(sid,)))
        cases.append((sid, suggestion_status(outcome, list(statuses))))
    for sid, expected in cases:
        assert bs.status_of(session, sid) == expected
        assert bs.suggestion_rows(session, [sid])[sid].status == expected
    for status in {e for _, e in cases}:
        wanted = sorted(s for s, e in cases if e == status)
        assert sorted(bs.suggestion_ids(session, bs.SuggestionFilter(status=status))) == wanted


def test_suggestions_filter_by_text_kind_service_group_period_and_promise(session):
    bus = save_service(session, "Transport").id
    carer = _person(session, "Ann", groups=("Carers",))
    old = _suggestion(session, "A later bus on Fridays", days_ago=40, raisers=[carer],
                      service_id=bus)
    new = _suggestion(session, "Tea is too weak", days_ago=2, kind="complaint")
    anon = _suggestion(session, "More bus stops", days_ago=50)
    suggestions.record_decision(session, anon, DecisionData(outcome="agreed", decided_on=TODAY))
    ids = bs.suggestion_ids
    assert ids(session, bs.SuggestionFilter(text="BUS")) == [old, anon]
    assert ids(session, bs.SuggestionFilter(text="bus fridays")) == [old]
    assert ids(session, bs.SuggestionFilter(kind="complaint")) == [new]
    assert ids(session, bs.SuggestionFilter(service_id=bus)) == [old]
    carers = next(g.id for g in lists.groups(session) if g.name == "Carers")
    assert ids(session, bs.SuggestionFilter(group_id=carers)) == [old]
    assert ids(session, bs.SuggestionFilter(start=TODAY - timedelta(days=45),
                                            end=TODAY - timedelta(days=3))) == [old]
    assert ids(session, bs.SuggestionFilter(over_promise=True)) == [old]
    assert bs.count_suggestions(session, bs.SuggestionFilter(over_promise=True)) == 1
    assert ids(session, bs.SuggestionFilter(person_id=carer)) == [old]
    assert ids(session, sort=browse.Sort("raised_on")) == [anon, old, new]
    rows = bs.suggestion_rows(session, [old, anon])
    assert rows[old].raised_by == "Ann Jones" and not rows[old].anonymous
    assert rows[anon].anonymous and rows[anon].outcome_label == "Agreed"


@pytest.mark.parametrize("key", ["raised_on", "text", "kind", "service", "raised_by", "status",
                                 "outcome"])
def test_every_suggestion_sort_returns_every_id_once(session, key):
    made = [_suggestion(session, f"Idea {n}", days_ago=n) for n in range(1, 6)]
    for descending in (False, True):
        got = bs.suggestion_ids(session, sort=browse.Sort(key, descending))
        assert sorted(got) == sorted(made)


def test_people_activities_and_changes_lists(session):
    zoe = _person(session, "Zoë", "Adams", town="Leeds")
    bob = _person(session, "Bob", "Brown", groups=("Older people",))
    assert browse.people_ids(session) == [zoe, bob]
    assert browse.people_ids(session, browse.PeopleFilter(text="leeds")) == [zoe]
    assert browse.people_ids(session, sort=browse.Sort("name", True)) == [bob, zoe]
    assert browse.people_rows(session, [bob])[bob].groups == "Older people"
    _suggestion(session, "Old idea", days_ago=60, raisers=[bob])
    assert browse.people_ids(session, browse.PeopleFilter(owed_feedback=True)) == [bob]

    recorded = record_activity(session, ActivityData(
        title="Forum", held_on=TODAY, activity_type="forum", involvement_code="consultation",
        attendee_ids=(zoe,), anonymous_attendees=3))
    aid = recorded.activity.id
    start, end = home.month_bounds(TODAY)
    assert browse.activity_ids(session, browse.ActivityFilter(start=start, end=end)) == [aid]
    row = browse.activity_rows(session, [aid])[aid]
    assert (row.total_attendees, row.suggestion_count) == (4, 0)

    late = changes.save_change(session, ChangeData(description="New ramp", owner="Sam",
                                                   due_on=TODAY - timedelta(days=1))).id
    later = changes.save_change(session, ChangeData(description="Paint", due_on=None)).id
    assert browse.change_ids(session) == [late, later]
    assert browse.change_ids(session, browse.ChangeFilter(past_due=True)) == [late]
    assert browse.change_rows(session, [late])[late].past_due


def test_home_counts_follow_the_records(session):
    counts = home.home_counts(session)
    assert (counts.people_owed, counts.suggestions_over_promise, counts.changes_past_due,
            counts.activities_this_month, counts.is_empty) == (0, 0, 0, 0, True)
    ann = _person(session, "Ann")
    _suggestion(session, "Longer opening hours", days_ago=35, raisers=[ann])
    changes.save_change(session, ChangeData(description="Fix door",
                                            due_on=TODAY - timedelta(days=2)))
    counts = home.home_counts(session)
    assert (counts.people_owed, counts.longest_wait_days, counts.suggestions_over_promise,
            counts.changes_past_due, counts.is_empty) == (1, 35, 1, 1, False)


def test_history_shows_activities_suggestions_decisions_and_letters(session):
    ann = _person(session, "Ann")
    record_activity(session, ActivityData(title="Coffee morning", held_on=TODAY,
                                          activity_type="forum", involvement_code="engagement"),
                    [MeetingSuggestion(text="Decaf please", raiser_ids=(ann,))])
    sid = session.scalar(select(Suggestion.id))
    suggestions.record_decision(session, sid, DecisionData(
        outcome="not_now", decided_on=TODAY, reason="We have no money this year."))
    feedback.record_feedback(session, person_id=ann, kind="decision", suggestion_ids=[sid])
    history = person_history(session, ann)
    assert [a.title for a in history.activities] == ["Coffee morning"]
    assert history.suggestions[0].text == "Decaf please"
    assert history.suggestions[0].latest_outcome == "Not now"
    assert [(x.kind, x.suggestion_count) for x in history.letters] == [("Decision", 1)]
    assert history.owed_suggestion_ids == ()


def test_recording_a_meeting_is_all_or_nothing(session):
    ann, bob = _person(session, "Ann"), _person(session, "Bob")
    session.commit()
    data = ActivityData(title="Forum", held_on=TODAY, activity_type="forum",
                        involvement_code="consultation", attendee_ids=(ann,))
    with pytest.raises(ValidationError) as caught:
        record_activity(session, data, [MeetingSuggestion(text="Fine"),
                                        MeetingSuggestion(text="  ", raiser_ids=(bob,))])
    assert caught.value.field == "suggestions.1.text"
    assert str(caught.value).startswith("Suggestion 2:")
    session.rollback()
    assert session.scalar(select(func.count()).select_from(Activity)) == 0
    result = record_activity(session, data, [MeetingSuggestion(text="A", raiser_ids=(bob,)),
                                             MeetingSuggestion(text="B")])
    assert set(result.activity.attendee_ids) == {ann, bob}  # Bob raised one, so he was there
    assert len(result.suggestion_ids) == 2
