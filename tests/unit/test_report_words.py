"""Numbers and words agree in the annual report: 0, 1 and 2 of everything, and a share of fewer
than 10 cases shown as raw numbers with no change in points."""

from __future__ import annotations

import pytest

from partapp.reports.annual_people import later_words, on_time_words
from partapp.reports.annual_sections import instead_words, reason_words
from partapp.reports.report_styles import plural, share, share_change


@pytest.mark.parametrize(("n", "expected"), [(0, "0 changes"), (1, "1 change"),
                                             (2, "2 changes"), (1000, "1,000 changes")])
def test_plural_agrees_with_the_number(n, expected):
    assert plural(n, "change") == expected


@pytest.mark.parametrize(("part", "whole", "expected"), [
    (0, 0, "not known"), (0, 1, "0 of 1"), (1, 1, "1 of 1"), (2, 7, "2 of 7"),
    (9, 9, "9 of 9"),  # one under the base: raw numbers
    (5, 10, "50%"),  # at the base: a percentage
    (2, 3, "2 of 3"), (1, 3 * 10, "3.3%")])
def test_a_share_of_fewer_than_ten_shows_the_raw_numbers(part, whole, expected):
    assert share(part, whole) == expected


@pytest.mark.parametrize(("now", "before", "expected"), [
    ((1, 10), (5, 10), "Down by 40 points"),
    ((1, 10), (1, 9), "Too few to compare"),  # last period's base one under 10
    ((1, 9), (1, 10), "Too few to compare"),
    ((3, 10), (3, 10), "No change"),
    ((1, 10), (0, 0), "Cannot compare"),
    ((11, 20), (10, 20), "Up by 5 points")])
def test_a_change_in_points_needs_ten_on_both_sides(now, before, expected):
    assert share_change(now, before) == expected


@pytest.mark.parametrize(("with_reason", "total", "expected"), [
    (0, 1, "It gave no reason."), (1, 1, "It gave a reason."),
    (2, 2, "Both answers gave a reason."), (1, 2, "1 of the 2 answers gave a reason."),
    (0, 2, "None of the 2 answers gave a reason."),
    (3, 3, "All 3 answers gave a reason."),
    (9, 10, "9 of the 10 answers (90%) gave a reason.")])
def test_reason_words(with_reason, total, expected):
    assert reason_words(with_reason, total) == expected


@pytest.mark.parametrize(("with_instead", "total", "expected"), [
    (0, 1, "We did not offer anything else instead."),
    (1, 1, "We offered something else instead."),
    (0, 2, "In none of them did we offer something else instead."),
    (1, 2, "In 1 of them we offered something else instead."),
    (2, 2, "In 2 of them we offered something else instead.")])
def test_instead_words(with_instead, total, expected):
    assert instead_words(with_instead, total) == expected


@pytest.mark.parametrize(("on_time", "pairs", "expected"), [
    (0, 1, "They did not hear back within 28 days."),
    (1, 1, "They heard back within 28 days."),
    (0, 2, "None of these heard back within 28 days."),
    (1, 2, "1 of these heard back within 28 days."),
    (2, 2, "Both heard back within 28 days."),
    (5, 9, "5 of these heard back within 28 days."),
    (5, 10, "5 of these (50%) heard back within 28 days.")])
def test_on_time_words(on_time, pairs, expected):
    assert on_time_words(on_time, pairs, 28) == expected


@pytest.mark.parametrize(("late", "not_yet", "expected"), [
    (0, 0, ""), (1, 0, "1 heard back later than that."),
    (0, 1, "1 has not heard back yet."), (0, 2, "2 have not heard back yet."),
    (2, 1, "2 heard back later than that and 1 has not heard back yet.")])
def test_later_words(late, not_yet, expected):
    assert later_words(late, not_yet) == expected
