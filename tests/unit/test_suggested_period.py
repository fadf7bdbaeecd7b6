"""A new user's first report is not empty: when nothing was recorded in the last full year,
the report starts with the most recent reporting year that has records."""

from __future__ import annotations

from datetime import date

import pytest

from partapp.services.figures.report_data import suggested_period
from partapp.services.records.suggestions import SuggestionData, save_suggestion

TODAY = date(2026, 3, 1)  # the last full year (April start) is 1 Apr 2024 to 31 Mar 2025
LAST_YEAR = (date(2024, 4, 1), date(2025, 3, 31))


def _on(session, *days: date) -> None:
    for day in days:
        save_suggestion(session, SuggestionData(text="A ramp", raised_on=day))


@pytest.mark.parametrize(("days", "expected"), [
    ((), LAST_YEAR),  # nothing at all: the usual year
    ((date(2025, 3, 31),), LAST_YEAR),  # its last day counts
    ((date(2024, 4, 1), date(2025, 6, 1)), LAST_YEAR),  # its first day counts
    ((date(2025, 4, 1),), (date(2025, 4, 1), TODAY)),  # only this year: this year so far
    ((TODAY,), (date(2025, 4, 1), TODAY)),  # today counts
    ((date(2024, 3, 31),), (date(2023, 4, 1), date(2024, 3, 31))),  # only the year before
    ((date(2021, 7, 9), date(2023, 1, 2)), (date(2022, 4, 1), date(2023, 3, 31))),  # latest
])
def test_the_period_with_the_latest_records(session, days, expected):
    _on(session, *days)
    got = suggested_period(session, TODAY)
    assert (got.start, got.end) == expected
    assert (got.usual_start, got.usual_end) == LAST_YEAR
    assert got.moved == (expected != LAST_YEAR)


def test_records_dated_after_today_do_not_count(session):
    _on(session, date(2026, 3, 2), date(2023, 5, 5))
    got = suggested_period(session, TODAY)
    assert (got.start, got.end) == (date(2023, 4, 1), date(2024, 3, 31))


def test_the_report_command_says_when_it_moved_the_dates(db_path, tmp_path, capsys):
    from partapp.cli import run
    from partapp.services.store.database import open_database

    today = date.today()
    db = open_database(str(db_path))
    with db.session_scope() as session:
        _on(session, today)
        got = suggested_period(session, today)
    db.dispose()
    assert run(["--db", str(db_path), "report", "--csv", str(tmp_path / "f.csv")]) == 0
    out = capsys.readouterr().out
    assert out.startswith(
        f"Nothing was recorded from {got.usual_start} to {got.usual_end}, so the report is for "
        f"{got.start} to {got.end}, the most recent time with records.\n")
    with (tmp_path / "f.csv").open(encoding="utf-8-sig") as figures:
        assert f"{got.start}" in figures.read()
