"""The figures and feedback rules on a data set with an event on every boundary (boundaries.py).

Each answer here was worked out by hand. A comparison moved by one day, a tie-break flipped or
an outcome left out changes at least one of them (tools/mutants.py checks that it does).
"""

from __future__ import annotations

from datetime import timedelta

from partapp.services.feedback import owed as feedback
from partapp.services.figures.period import period_figures
from partapp.services.figures.report_csv import figure_rows
from partapp.services.figures.report_data import build_report_data
from partapp.services.figures.report_queries import hearing_back, no_answers, waiting_bands

from .boundaries import END, EXPECTED, OWED_ON_END, START, build


def _owed(session, ids: dict[str, int], today):
    person = {v: k for k, v in ids.items() if k.startswith("E")}
    suggestion = {v: k for k, v in ids.items() if k.startswith("b")}
    return {(person[i.person_id], suggestion[i.suggestion_id]): (i.kind, i.since)
            for i in feedback.owed_items(session, today=today, promise_days=28)}


def test_every_figure_on_the_boundaries(session):
    build(session)
    assert dict(period_figures(session, START, END, promise_days=28).rows()) == EXPECTED


def test_the_csv_gives_the_same_twelve_figures(session):
    build(session)
    rows = dict(figure_rows(build_report_data(session, START, END)))
    assert {name: rows[name] for name in EXPECTED} == EXPECTED


def test_owed_on_the_last_day_of_the_period(session):
    assert _owed(session, build(session), END) == OWED_ON_END


def test_one_day_later_the_exact_promise_day_becomes_owed(session):
    # On 2026-04-01 b5 (raised 2026-03-03) is 29 days old: over the promise, owed an Update.
    # c_after (done 2026-04-01) now answers b10: Change made. b12 is still in the future.
    owed = _owed(session, build(session), END + timedelta(days=1))
    assert owed[("E6", "b5")] == ("update", END - timedelta(days=28))
    assert owed[("E2", "b10")] == ("change_made", END + timedelta(days=1))
    assert ("E4", "b12") not in owed


def test_hearing_back_counts_people_pairs_and_the_median_wait(session):
    build(session)
    heard = hearing_back(session, START, END)
    assert (heard.people_owed, heard.items_owed, heard.pairs, heard.told) == (6, 7, 11, 3)
    assert heard.median_days == 28  # 14, 28 and 29 days


def test_waiting_bands_put_the_promise_day_and_a_whole_year_in_the_right_band(session):
    build(session)
    counts = {band.code: band.count for band in waiting_bands(session, END, 28)}
    assert counts == {"within_promise": 2, "to_3_months": 1, "3_to_6_months": 0,
                      "6_to_12_months": 2, "over_a_year": 0}


def test_a_one_day_longer_promise_makes_the_late_letter_on_time(session):
    build(session)
    figures = period_figures(session, START, END, promise_days=29)
    assert figures.feedback_on_time == 3  # b2's letter on day 29
    assert figures.waiting_over_promise == 2  # b6 (29 days) is no longer over it


def test_what_we_could_not_do_uses_each_suggestions_latest_decision(session):
    # b7's "not now" was followed on the same day by "agreed": it is not a "no". b10 was agreed
    # only after the period, so it is not in the list either; b8 ended as Passed on.
    ids = build(session)
    name = {v: k for k, v in ids.items() if k.startswith("b")}
    answers = {name[a.suggestion_id]: a.outcome for a in no_answers(session, START, END)}
    assert answers == {"b2": "not_possible", "b8": "passed_on", "b11": "not_now",
                       "b13": "not_possible"}
