"""The report's view over the years: up to five periods of the same length, this one last,
from the first with any data; hearing back on fewer than 10 shows the numbers, not a bar."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from partapp.reports.annual import write_report
from partapp.reports.annual_years import period_label
from partapp.services.figures.report_data import build_report_data
from partapp.services.records import activities, changes, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import SuggestionData

TODAY = date(2026, 3, 1)
START, END = date(2025, 1, 1), date(2025, 12, 31)


def _years(session, counts: dict[int, int]) -> None:
    ann = people.save_person(session, PersonData(first_name="Ann", last_name="Lee")).id
    for year, n in counts.items():
        for i in range(n):
            sid = suggestions.save_suggestion(session, SuggestionData(
                text=f"Idea {year} {i}", raised_on=date(year, 3, 1 + i), channel="phone",
                raiser_ids=(ann,)), today=TODAY).id
        changes.save_change(session, ChangeData(description=f"Change {year}", status="done",
                                                done_on=date(year, 6, 1), suggestion_ids=(sid,)),
                            today=TODAY)
    session.flush()


def test_five_periods_oldest_first_from_the_first_with_data(session):
    _years(session, {2019: 1, 2022: 2, 2023: 12, 2025: 3})
    history = build_report_data(session, START, END, made_on=TODAY).history
    # 2019 is more than five years back; 2021 had nothing, so the view starts in 2022.
    assert [(h.start.year, h.suggestions, h.changes_done) for h in history] == [
        (2022, 2, 1), (2023, 12, 1), (2024, 0, 0), (2025, 3, 1)]
    assert (history[1].feedback_on_time, history[1].feedback_pairs) == (0, 12)


def test_only_this_period_with_data_gives_one(session):
    _years(session, {2025: 1})
    assert len(build_report_data(session, START, END, made_on=TODAY).history) == 1


def test_period_labels():
    assert period_label(date(2025, 1, 1), date(2025, 12, 31)) == ("2025", "")
    assert period_label(date(2025, 4, 1), date(2026, 3, 31)) == ("2025\u201326", "")
    assert period_label(date(2024, 4, 1), date(2025, 3, 31)) == ("2024\u201325", "")
    assert period_label(date(2025, 7, 1), date(2025, 9, 30)) == ("Jul", "2025")


def test_the_report_shows_the_years(session, tmp_path):
    _years(session, {2022: 2, 2023: 12, 2025: 3})
    out = tmp_path / "r.pdf"
    write_report(session, START, END, out, made_on=TODAY)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    part = text.split("Over the years")[2].split("You said, we did")[0]
    assert part.startswith(" The last 4 years, this one on the right.")
    assert "Suggestions raised 2 2022 12 2023 0 2024 3 2025" in part
    # Hearing back: 2 and 3 named pairs are too few for a bar; 12 is enough (0%).
    assert "0 of 2 2022 0% 2023 none 2024 0 of 3 2025" in part
    assert "No activities were recorded in these years, so there is no involvement mix" in part


def test_the_involvement_mix_by_year(session, tmp_path):
    _years(session, {2023: 1, 2025: 1})
    for when in (date(2023, 5, 1), date(2025, 5, 1), date(2025, 6, 1)):
        activities.save_activity(session, ActivityData(
            title="Forum", held_on=when, activity_type="forum", involvement_code="co_production"))
    out = tmp_path / "r.pdf"
    write_report(session, START, END, out, made_on=TODAY)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "Activities by level 2023 2024 2025" in text
    assert "Co-production 1 0 2 All activities 1 0 2" in text


def test_no_earlier_data_says_so(session, tmp_path):
    _years(session, {2025: 1})
    out = tmp_path / "r.pdf"
    write_report(session, START, END, out, made_on=TODAY)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    assert "There is no data from before this year yet, so there is nothing to compare" in text
