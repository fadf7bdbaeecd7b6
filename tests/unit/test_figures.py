"""Report figures against a dataset worked out by hand (see handworked.py)."""

from __future__ import annotations

from datetime import date

from partapp.services.figures.period import FIGURE_NAMES, period_figures

from .handworked import EXPECTED, build


def test_every_figure_matches_the_hand_worked_answer(session):
    build(session)
    figures = period_figures(session, date(2025, 1, 1), date(2025, 12, 31))
    assert dict(figures.rows()) == EXPECTED
    assert [name for name, _ in figures.rows()] == list(FIGURE_NAMES)


def test_a_later_period_moves_decisions_and_waiting(session):
    build(session)
    # 2026 so far: nothing raised, so no suggestions or pairs; ch4 was done on 2026-01-05.
    figures = period_figures(session, date(2026, 1, 1), date(2026, 2, 28))
    rows = dict(figures.rows())
    assert rows["suggestions"] == "0"
    assert rows["changes_done"] == "1"
    assert rows["feedback_on_time_pct"] == ""  # no pairs: undefined, never a division by zero
    # s4, s5 (70 days by 2026-02-28) and s6 still have no decision; s8 was decided 2026-02-01.
    assert rows["waiting_over_promise"] == "3"


def test_promise_days_changes_what_counts_as_on_time(session):
    build(session)
    figures = period_figures(session, date(2025, 1, 1), date(2025, 12, 31), promise_days=60)
    # (A,s2) at 53 days is now on time: 3 of 7. s4 (41 days) is no longer over the promise.
    assert figures.feedback_on_time == 3
    assert figures.feedback_on_time_pct == 42.9
    assert figures.waiting_over_promise == 2


def test_empty_database_gives_zeroes(session):
    rows = dict(period_figures(session, date(2025, 1, 1), date(2025, 12, 31)).rows())
    assert rows.pop("feedback_on_time_pct") == ""
    assert set(rows.values()) == {"0"}
