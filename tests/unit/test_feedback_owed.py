"""Who is owed feedback, exactly as the rules in docs/design.md say."""

from __future__ import annotations

from datetime import date

from partapp.services.feedback import owed as feedback
from partapp.services.records import suggestions
from partapp.services.records.suggestions import DecisionData

from .handworked import TODAY, build


def _owed(session, today):
    return {(i.person_id, i.suggestion_id): (i.kind, i.since)
            for i in feedback.owed_items(session, today=today)}


def test_owed_items_match_the_hand_worked_answer(session):
    ids = build(session)
    owed = _owed(session, date(2025, 12, 31))
    assert owed == {
        (ids["A"], ids["s1"]): ("change_made", date(2025, 4, 15)),
        (ids["B"], ids["s2"]): ("decision", date(2025, 5, 1)),
        (ids["B"], ids["s7"]): ("decision", date(2025, 8, 1)),
        (ids["C"], ids["s4"]): ("update", date(2025, 11, 20)),
        (ids["C"], ids["s8"]): ("update", date(2025, 2, 1)),
        (ids["D"], ids["s6"]): ("change_made", date(2024, 12, 1)),
    }
    # The anonymous suggestion is owed to nobody.
    assert all(s != ids["s3"] for _, s in owed)


def test_letters_group_by_person_oldest_first(session):
    ids = build(session)
    people = feedback.owed_people(session, today=date(2025, 12, 31))
    assert [p.person_id for p in people] == [ids["D"], ids["C"], ids["A"], ids["B"]]
    c = next(p for p in people if p.person_id == ids["C"])
    assert c.suggestion_ids == (ids["s8"], ids["s4"])
    assert c.kind == "update"
    assert c.display_name == "Łukasz Nowak"



def test_home_summary_counts_the_same_people_and_longest_wait(session):
    build(session)
    for today in (date(2025, 12, 31), date(2025, 6, 30), date(2024, 1, 1)):
        people = feedback.owed_people(session, today=today)
        assert feedback.owed_summary(session, today=today) == (
            len(people), min((p.since for p in people), default=None))
    # Hand-worked: A, B, C and D are owed; D has waited since 2024-12-01.
    assert feedback.owed_summary(session, today=date(2025, 12, 31)) == (4, date(2024, 12, 1))

def test_feedback_sent_clears_it_and_a_later_decision_makes_it_owed_again(session):
    ids = build(session)
    feedback.record_feedback(session, person_id=ids["B"], kind="decision",
                             suggestion_ids=[ids["s2"], ids["s7"]], sent_on=date(2025, 12, 31),
                             snapshot="Dear Zoë ...", today=TODAY)
    owed = _owed(session, date(2025, 12, 31))
    assert (ids["B"], ids["s2"]) not in owed and (ids["B"], ids["s7"]) not in owed
    suggestions.record_decision(session, ids["s7"], DecisionData(
        outcome="agreed", decided_on=date(2026, 1, 5)), today=TODAY)
    owed = _owed(session, date(2026, 1, 6))
    assert owed[(ids["B"], ids["s7"])] == ("decision", date(2026, 1, 5))


def test_update_is_owed_only_after_the_promise_has_passed(session):
    ids = build(session)
    # s5 raised 2025-12-20: day 28 is 2026-01-17 (still within), day 29 is owed.
    assert (ids["D"], ids["s5"]) not in _owed(session, date(2026, 1, 17))
    assert _owed(session, date(2026, 1, 18))[(ids["D"], ids["s5"])] == ("update",
                                                                         date(2025, 12, 20))


def test_a_decision_on_the_same_day_as_the_letter_is_not_owed_again(session):
    ids = build(session)
    # A was told about s2 on 2025-05-02, the day after the decision.
    assert (ids["A"], ids["s2"]) not in _owed(session, date(2025, 12, 31))
