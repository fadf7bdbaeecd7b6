"""parse_date reads the usual 2025-04-01 without strptime (an import has hundreds of thousands
of dates, issue #17); what it accepts and refuses is what strptime's "%Y-%m-%d" did."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from partapp.services.errors import ValidationError
from partapp.services.validation import parse_date


def _strptime(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except ValueError:
        return None


@given(st.integers(0, 9999), st.integers(0, 99), st.integers(0, 99))
def test_a_yyyy_mm_dd_date_is_read_as_strptime_reads_it(year, month, day):
    text = f"{year:04d}-{month:02d}-{day:02d}"
    expected = _strptime(text)
    if expected is not None and date(1900, 1, 1) <= expected <= date(2200, 12, 31):
        assert parse_date(text, "when", "the date") == expected
    else:
        with pytest.raises(ValidationError):
            parse_date(text, "when", "the date")


def test_other_ways_of_writing_a_date_still_work():
    assert parse_date(" 2025-4-1 ", "when", "the date") == date(2025, 4, 1)
    assert parse_date("01/04/2025", "when", "the date") == date(2025, 4, 1)
    with pytest.raises(ValidationError, match="not a date we understand"):
        parse_date("2025-02-30", "when", "the date")
