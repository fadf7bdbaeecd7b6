"""'You said, we did' for service users (services.figures.you_said_we_did): the period's changes with
what people said, and what we could not do and why: grouped like the report, most asked first,
at most 8 and 3, never a text that may name someone."""

from __future__ import annotations

from datetime import date

from partapp.services.figures.you_said_we_did import MAX_CHANGES, MAX_COULD_NOT, build_summary
from partapp.services.records import changes, lists, people, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date(2026, 3, 1)
START, END = date(2025, 1, 1), date(2025, 12, 31)


def _said(session, text, when="2025-02-01", service=None, by=()):
    return suggestions.save_suggestion(session, SuggestionData(
        text=text, raised_on=date.fromisoformat(when), kind="idea", channel="phone",
        service_id=service, raiser_ids=by), today=TODAY).id


def _change(session, description, done="2025-05-01", service=None, behind=()):
    changes.save_change(session, ChangeData(
        description=description, status="done", done_on=done, service_id=service,
        suggestion_ids=tuple(behind)), today=TODAY)


def _no(session, sid, reason, outcome="not_possible", instead=""):
    suggestions.record_decision(session, sid, DecisionData(
        outcome=outcome, decided_on=date(2025, 6, 1), reason=reason, instead=instead),
        today=TODAY)


def test_nothing_done_gives_no_pairs_and_no_reasons(session):
    summary = build_summary(session, START, END)
    assert summary.pairs == () and summary.could_not == () and summary.changes == 0


def test_one_change_with_what_was_said_behind_it(session):
    meals = lists.save_service(session, "Meals").id
    fish = _said(session, "Fish on a Friday, please.", service=meals)
    _change(session, "Fish every Friday", service=meals, behind=[fish])
    session.flush()
    summary = build_summary(session, START, END)
    [pair] = summary.pairs
    assert (pair.did, pair.said, pair.asked, pair.service) == (
        "Fish every Friday", "Fish on a Friday, please.", 1, "Meals")
    assert summary.changes == 1


def test_many_changes_grouped_most_asked_first_at_most_eight(session):
    meals = lists.save_service(session, "Meals").id
    ramp = [_said(session, t, f"2025-0{i + 1}-01") for i, t in enumerate(
        ("A gentler ramp please", "a gentler ramp, please!", "Please a gentler ramp"))]
    _change(session, "A gentler ramp at the front door", behind=ramp[:2])
    _change(session, "A gentler ramp at the front door.", done="2025-06-01", behind=ramp[2:])
    hot = _said(session, "The dinners are cold.", service=meals)
    _change(session, "Hot boxes for dinners", service=meals, behind=[hot])
    for i in range(MAX_CHANGES + 2):
        _change(session, f"Small change number {i + 1}", done="2025-07-01")
    session.flush()
    summary = build_summary(session, START, END)
    assert len(summary.pairs) == MAX_CHANGES
    first, second = summary.pairs[:2]
    # The ramp recorded twice is one change, asked for 3 times; then the one asked once.
    assert (first.did, first.asked, first.said) == (
        "A gentler ramp at the front door", 3, "A gentler ramp please")
    assert first.done_on == date(2025, 6, 1)
    assert (second.did, second.asked) == ("Hot boxes for dinners", 1)
    assert summary.changes == 2 + MAX_CHANGES + 2


def test_a_change_or_a_quote_that_may_name_someone_is_left_out(session):
    sian = people.save_person(session, PersonData(first_name="Siân", last_name="Pryce")).id
    asked = _said(session, "Ask Siân about the menu.", by=(sian,))
    plain = _said(session, "A new menu please.")
    _change(session, "Siân now plans the menu", behind=[asked])
    _change(session, "A new menu every month", behind=[asked, plain])
    _change(session, "The Tuesday bus is now driven by Bev")  # a capital mid-sentence
    session.flush()
    summary = build_summary(session, START, END)
    assert [(p.did, p.said) for p in summary.pairs] == [
        ("A new menu every month", "A new menu please.")]
    assert "Siân" not in repr(summary) and "Bev" not in repr(summary)


def test_could_not_items_most_asked_first_at_most_three(session):
    lift = [_said(session, "A lift to the first floor.", f"2025-0{i + 1}-01") for i in range(3)]
    for sid in lift:
        _no(session, sid, "The building is listed, so we cannot add a lift.",
            instead="We meet on the ground floor.")
    _no(session, _said(session, "Open on Sundays."), "We have no staff on Sundays.")
    _no(session, _said(session, "A pool table."), "Ask Bev, she said no.")  # names: left out
    _no(session, _said(session, "Longer hours."), "There is not enough money.",
        outcome="not_now")
    _no(session, _said(session, "A bigger car park."), "The council owns the land.",
        outcome="passed_on")
    session.flush()
    summary = build_summary(session, START, END)
    assert len(summary.could_not) == MAX_COULD_NOT
    first = summary.could_not[0]
    assert (first.said, first.asked, first.instead) == (
        "A lift to the first floor.", 3, "We meet on the ground floor.")
    texts = [c.said for c in summary.could_not]
    assert "A pool table." not in texts


def test_the_organisation_details_come_with_it(session):
    from dataclasses import replace

    from partapp.services.records.organisation import get_details, save_details

    save_details(session, replace(get_details(session), name="Bridge Trust",
                                  phone="01234 567890"))
    summary = build_summary(session, START, END)
    assert (summary.organisation, summary.phone) == ("Bridge Trust", "01234 567890")


def test_a_capital_starting_a_sentence_is_not_taken_for_a_name_unless_it_is_one(session):
    people.save_person(session, PersonData(first_name="Rhys", last_name="Evans"))
    _change(session, "Hot boxes for dinners. Fish on Fridays")
    _change(session, "Rhys plans the trips")
    session.flush()
    assert [p.did for p in build_summary(session, START, END).pairs] == [
        "Hot boxes for dinners. Fish on Fridays"]
