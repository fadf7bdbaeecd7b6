"""The report's CSV: every figure, worked out by hand, and the lists behind them.

The dataset is tests/unit/handworked.py (period 2025, promise 28 days). The extra figures,
worked out by hand from its table:

  no_answers 2 (s2 not possible, s3 not now; s7's passed on was replaced by agreed in part),
  both with a reason -> reasons_given_pct 100.0; no "instead" -> instead_offered 0.
  Pairs with feedback: (A,s1) 15 days, (A,s2) 53 days, (B,s7) 19 days -> feedback_told 3,
  feedback_not_yet_told 4 of 7, median of 15, 19, 53 = 19.0.
  Owed on 2025-12-31 (handworked.py): A, B, C, D -> people_owed_feedback 4, items 6.
  Attendance: act1 A, B; act3 C + 3 anonymous -> named_attendances 3, anonymous_attendees 3;
  both activities are Consultation -> activities_consultation 2.
  Waiting with no decision on 2025-12-31: s5 11 days (within the promise), s4 41 days
  (29 days to 3 months), s8 333 days (6 to 12 months), s6 425 days (over a year) -> 4.
  By month: Feb s8, Mar s1 s2, May s3, Jul s7, Nov s4, Dec s5.
Previous period 2024: act2 (D), s6 (D), ch2 done 2024-12-01 -> activities 1, people 1,
  suggestions 1, changes_done 1; s6 waited 60 days by 2024-12-31 -> waiting_over_promise 1;
  (D,s6) never told -> 0.0; D owed a "change made" letter for s6 -> people_owed 1.
"""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from partapp.services.figures.period import FIGURE_NAMES
from partapp.services.figures.report_csv import safe_cell, write_figures_csv, write_lists_csv
from partapp.services.records import changes, people, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import EqualityAnswers, PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData

from .handworked import EXPECTED, TODAY, build

START, END = date(2025, 1, 1), date(2025, 12, 31)


def _read(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def _figures(session, tmp_path, start=START, end=END) -> tuple[list[list[str]], dict[str, str]]:
    out = tmp_path / "figures.csv"
    write_figures_csv(session, start, end, out)
    rows = _read(out)
    return rows, dict(rows[1:])


def test_the_figure_names_come_first_in_order_with_the_hand_worked_values(session, tmp_path):
    build(session)
    rows, figures = _figures(session, tmp_path)
    assert rows[0] == ["figure", "value"]
    assert [name for name, _ in rows[1:len(FIGURE_NAMES) + 1]] == list(FIGURE_NAMES)
    assert {name: figures[name] for name in FIGURE_NAMES} == EXPECTED
    assert len({name for name, _ in rows[1:]}) == len(rows) - 1  # no name twice


def test_the_other_figures_match_the_hand_worked_answers(session, tmp_path):
    build(session)
    _rows, f = _figures(session, tmp_path)
    expected = {
        "period_start": "2025-01-01", "period_end": "2025-12-31",
        "previous_start": "2024-01-01", "previous_end": "2024-12-31", "promise_days": "28",
        "small_number_threshold": "5",
        "no_answers": "2", "reasons_given": "2", "reasons_given_pct": "100.0",
        "instead_offered": "0", "reason_not_recorded": "2", "reason_money": "0",
        "feedback_pairs": "7", "feedback_on_time": "2", "feedback_told": "3",
        "feedback_not_yet_told": "4", "median_days_to_first_feedback": "19.0",
        "people_owed_feedback": "4", "feedback_items_owed": "6",
        "decided_with_users": "0", "decided_with_users_pct": "0.0",
        "hours": "0.00", "expenses_paid": "0.00", "named_attendances": "3",
        "anonymous_attendees": "3", "activities_consultation": "2", "activities_informing": "0",
        "activities_with_access_support": "0",
        "suggestions_waiting": "4", "waiting_within_promise": "1", "waiting_to_3_months": "1",
        "waiting_3_to_6_months": "0", "waiting_6_to_12_months": "1", "waiting_over_a_year": "1",
        "suggestions_2025-01": "0", "suggestions_2025-02": "1", "suggestions_2025-03": "2",
        "suggestions_2025-05": "1", "suggestions_2025-11": "1", "suggestions_2025-12": "1",
        "activities_previous": "1", "people_involved_previous": "1",
        "suggestions_previous": "1", "changes_done_previous": "1",
        "waiting_over_promise_previous": "1", "feedback_on_time_pct_previous": "0.0",
        "people_owed_feedback_previous": "1", "median_days_to_first_feedback_previous": "",
    }
    assert {name: f[name] for name in expected} == expected
    # Four people: under the threshold of 5, so no group or equality cell is shown.
    assert f["people_in_group:Carers"] == "hidden"
    assert f["equality_sex_female"] == "hidden"


def test_feedback_sent_after_the_period_does_not_change_who_was_owed_at_its_end(session,
                                                                                tmp_path):
    ids = build(session)
    from partapp.services.feedback import owed as feedback
    # C hears about s4 and s8 in 2026. On 2025-12-31 C was still owed both.
    feedback.record_feedback(session, person_id=ids["C"], kind="update",
                             suggestion_ids=[ids["s4"], ids["s8"]], sent_on=date(2026, 2, 20),
                             today=TODAY)
    _rows, f = _figures(session, tmp_path)
    assert f["people_owed_feedback"] == "4" and f["feedback_items_owed"] == "6"
    # First feedback for (C,s4) after 92 days and (C,s8) after 384: told 5, both late.
    assert f["feedback_told"] == "5" and f["feedback_on_time"] == "2"
    assert f["median_days_to_first_feedback"] == "53.0"  # 15, 19, 53, 92, 384


def test_an_empty_database_gives_zeros_and_blanks(session, tmp_path):
    rows, f = _figures(session, tmp_path)
    assert [name for name, _ in rows[1:len(FIGURE_NAMES) + 1]] == list(FIGURE_NAMES)
    assert f["feedback_on_time_pct"] == "" and f["reasons_given_pct"] == ""
    assert f["median_days_to_first_feedback"] == "" and f["suggestions"] == "0"


def test_the_lists_hold_the_records_but_no_names_or_personal_details(session, tmp_path):
    ids = build(session)
    people.save_equality(session, ids["A"], EqualityAnswers(answers={"religion": "buddhist"}))
    files = write_lists_csv(session, START, END, tmp_path / "lists")
    names = {f.name for f in files}
    assert names == {"suggestions.csv", "changes_done.csv", "activities.csv",
                     "still_waiting.csv", "feedback_on_time.csv"}
    everything = "\n".join(f.read_text(encoding="utf-8") for f in files)
    for private in ("Siân", "Llŷr", "Zoë", "Adams", "Łukasz", "Nowak", "Nguyễn", "RA", "RB",
                    "buddhist", "Buddhist"):
        assert private not in everything

    suggestions_rows = _read(tmp_path / "lists" / "suggestions.csv")
    header, body = suggestions_rows[0], suggestions_rows[1:]
    assert [row[0] for row in body] == [str(ids[k]) for k in
                                        ("s8", "s1", "s2", "s3", "s7", "s4", "s5")]
    by_id = {row[0]: dict(zip(header, row)) for row in body}
    assert by_id[str(ids["s2"])]["outcome"] == "not_possible"
    assert by_id[str(ids["s2"])]["named_people"] == "2"
    assert by_id[str(ids["s3"])]["outcome"] == "not_now"  # agreed only in 2026
    assert by_id[str(ids["s3"])]["named_people"] == "0"
    assert by_id[str(ids["s1"])]["change_ids"] == str(ids["ch1"])
    assert by_id[str(ids["s4"])]["outcome"] == ""

    done = _read(tmp_path / "lists" / "changes_done.csv")
    assert [row[0] for row in done[1:]] == [str(ids["ch1"])]
    assert done[1][3] == str(ids["s1"])
    waiting = _read(tmp_path / "lists" / "still_waiting.csv")
    assert [(row[0], row[2], row[3]) for row in waiting[1:]] == [
        (str(ids["s6"]), "425", "yes"), (str(ids["s8"]), "333", "yes"),
        (str(ids["s4"]), "41", "yes"), (str(ids["s5"]), "11", "no")]
    pairs = _read(tmp_path / "lists" / "feedback_on_time.csv")[1:]
    assert len(pairs) == 7 and sum(row[4] == "yes" for row in pairs) == 2
    activity_rows = _read(tmp_path / "lists" / "activities.csv")
    assert [row[7:9] for row in activity_rows[1:]] == [["2", "0"], ["1", "3"]]


def test_spreadsheet_formulas_are_defused(session, tmp_path):
    person = people.save_person(session, PersonData(first_name="Ann"))
    risky = ["=HYPERLINK(\"http://example.org\")", "+1+1", "-2", "@SUM(A1)", "Fine"]
    ids = [suggestions.save_suggestion(session, SuggestionData(
        text=text, raised_on=date(2025, 3, 1), raiser_ids=(person.id,)),
        today=TODAY).id for text in risky]
    suggestions.record_decision(session, ids[0], DecisionData(
        outcome="not_possible", decided_on=date(2025, 3, 2), reason="=cmd|' /C calc'!A0"),
        today=TODAY)
    changes.save_change(session, ChangeData(description="@We did it", status="done",
                                            done_on=date(2025, 4, 1), suggestion_ids=(ids[1],)),
                        today=TODAY)
    write_lists_csv(session, START, END, tmp_path)
    rows = _read(tmp_path / "suggestions.csv")
    texts = [row[-1] for row in rows[1:]]
    assert texts == ["'=HYPERLINK(\"http://example.org\")", "'+1+1", "'-2", "'@SUM(A1)", "Fine"]
    assert rows[1][10] == "'=cmd|' /C calc'!A0"
    assert _read(tmp_path / "changes_done.csv")[1][4] == "'@We did it"
    # Tabs and carriage returns are trimmed by the services, but the guard covers them too.
    assert safe_cell("\tx") == "'\tx" and safe_cell("\rx") == "'\rx"
    assert safe_cell(12) == "12" and safe_cell(None) == "" and safe_cell(-1) == "-1"  # a number is data, never a formula
