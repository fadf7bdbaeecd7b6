"""The report's default period, the previous period, and the small helpers behind the figures."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from partapp.reports.annual_sections import fair_pick
from partapp.services.errors import ValidationError
from partapp.services.figures.report_data import default_period, pct, previous_period
from partapp.services.figures.report_queries import median
from partapp.services.records import organisation

D = date.fromisoformat


def _year_starts(session, month: int) -> None:
    details = organisation.get_details(session)
    organisation.save_details(session, replace(details, name="Test Charity",
                                               year_start_month=month))


@pytest.mark.parametrize(("month", "today", "expected"), [
    (4, "2026-11-25", ("2025-04-01", "2026-03-31")),  # financial year: the last one that ended
    (4, "2026-04-01", ("2025-04-01", "2026-03-31")),  # the first day of a new year
    (4, "2026-03-31", ("2024-04-01", "2025-03-31")),  # the last day: this year is not complete
    (1, "2026-11-25", ("2025-01-01", "2025-12-31")),  # calendar year
    (1, "2026-01-01", ("2025-01-01", "2025-12-31")),
])
def test_default_period_is_the_last_complete_year(session, month, today, expected):
    _year_starts(session, month)
    assert default_period(session, D(today)) == (D(expected[0]), D(expected[1]))


@pytest.mark.parametrize(("start", "end", "expected"), [
    # Whole months: the same number of months before, whatever the days (2024 is a leap year).
    ("2025-01-01", "2025-12-31", ("2024-01-01", "2024-12-31")),
    ("2025-04-01", "2026-03-31", ("2024-04-01", "2025-03-31")),
    ("2024-03-01", "2024-03-31", ("2024-02-01", "2024-02-29")),
    ("2025-01-01", "2025-03-31", ("2024-10-01", "2024-12-31")),
    # Any other period: the same number of days just before it.
    ("2025-03-10", "2025-03-19", ("2025-02-28", "2025-03-09")),
    ("2025-06-15", "2025-06-15", ("2025-06-14", "2025-06-14")),
])
def test_previous_period_has_the_same_length_just_before(start, end, expected):
    assert previous_period(D(start), D(end)) == (D(expected[0]), D(expected[1]))


def test_a_period_that_ends_before_it_starts_is_refused():
    with pytest.raises(ValidationError) as caught:
        previous_period(D("2025-02-01"), D("2025-01-01"))
    assert "swap" in str(caught.value)


def test_median_of_a_histogram():
    assert median({}) is None
    assert median({15: 1, 19: 1, 53: 1}) == 19  # the hand-worked waits
    assert median({1: 1, 4: 1}) == 2.5  # an even number: halfway between the middle two
    assert median({3: 5, 100: 1}) == 3


def test_percentages_never_divide_by_zero():
    assert pct(0, 0) is None
    assert pct(2, 7) == 28.6
    assert pct(1, 8) == 12.5


def test_fair_pick_shares_the_list_between_groups_latest_first():
    items = [("a", D("2025-01-01")), ("a", D("2025-02-01")), ("a", D("2025-03-01")),
             ("b", D("2025-01-15")), ("c", D("2025-01-20"))]
    picked = fair_pick(items, lambda i: i[0], lambda i: i[1], limit=4)
    # One from each group in turn (the latest first), then a second "a"; original order kept.
    assert picked == [items[1], items[2], items[3], items[4]]
    assert fair_pick(items, lambda i: i[0], lambda i: i[1], limit=10) == items
