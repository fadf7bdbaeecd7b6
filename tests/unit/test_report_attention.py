"""What needs the trustees' attention (services.figures.report_attention): each rule at its boundary,
the feedback-on-time aim setting (default 90%, 1 to 100) and the rules in the report."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader

from partapp.cli import run
from partapp.reports.annual import write_report
from partapp.services.errors import ValidationError
from partapp.services.figures.report_attention import (
    feedback_under_aim,
    groups_stopped,
    little_co_production,
    waiting_rising,
)
from partapp.services.figures.report_data import build_report_data
from partapp.services.figures.report_equality import NO_GROUP, Breakdown, Cell, TakingPart
from partapp.services.records import organisation

from .handworked import build
from .test_cli_organisation import _details

START, END = date(2025, 1, 1), date(2025, 12, 31)


# Feedback on time under the aim ------------------------------------------------------------
def test_feedback_exactly_at_the_aim_needs_no_attention():
    assert feedback_under_aim(90, 100, 90, 28) is None
    assert feedback_under_aim(9, 10, 90, 28) is None
    assert feedback_under_aim(10, 10, 100, 28) is None
    assert feedback_under_aim(0, 0, 90, 28) is None  # nobody named: nothing to say


def test_feedback_one_under_the_aim_is_named_with_its_numbers():
    point = feedback_under_aim(89, 100, 90, 28)
    assert point is not None and point.title == "Hearing back is below our aim"
    assert point.text == ("89% of the times a named person raised a suggestion this year, they "
                          "heard back within 28 days (89 of 100). Our aim is 90%.")
    assert feedback_under_aim(9, 10, 91, 21) is not None
    assert feedback_under_aim(0, 30, 90, 28).text == (
        "None of the 30 times a named person raised a suggestion this year did they hear back "
        "within 28 days. Our aim is 90%.")


def test_feedback_on_a_base_under_ten_gives_raw_numbers_and_no_percentage():
    assert feedback_under_aim(9, 9, 90, 28) is None
    point = feedback_under_aim(8, 9, 90, 28, "period")  # 88.9%: under the aim
    assert point is not None
    assert point.text == ("Only 8 of the 9 times a named person raised a suggestion this "
                          "period, they heard back within 28 days. Our aim is 90%.")
    assert "88" not in point.text


# Waiting past the promise rising -----------------------------------------------------------
def test_waiting_the_same_or_fewer_needs_no_attention():
    assert waiting_rising(27, 27, 28) is None
    assert waiting_rising(3, 27, 28) is None
    assert waiting_rising(0, 0, 28) is None


def test_waiting_one_more_than_last_period_is_named():
    point = waiting_rising(28, 27, 28)
    assert point is not None and point.title == "More suggestions are waiting too long"
    assert point.text == ("At the end of this year, 28 suggestions had waited more than 28 days "
                          "for a decision. At the end of last year it was 27.")
    assert waiting_rising(1, 0, 14).text.endswith("1 suggestion had waited more than 14 days "
                                                  "for a decision. At the end of last year it "
                                                  "was none.")


# A group that stopped taking part ----------------------------------------------------------
def _people(cells: list[tuple[str, str, int | None, str]], people: int = 20,
            threshold: int = 5, all_hidden: bool = False) -> TakingPart:
    made = tuple(Cell(code, label, shown, text, None) for code, label, shown, text in cells)
    groups = Breakdown("groups", "Groups", people, made, all_hidden)
    return TakingPart(people, threshold, groups, 0, Cell("x", "x", 0, "0", None), ())


def test_a_group_with_nobody_this_year_and_people_last_year_is_named():
    now = _people([("1", "Carers", 0, "0"), ("2", "Older people", 12, "12"),
                   ("3", "Young people", 0, "0"), ("4", "Parents", 0, "0"),
                   (NO_GROUP, "No group recorded", 0, "0")])
    before = _people([("1", "Carers", 7, "7"), ("2", "Older people", 9, "9"),
                      ("3", "Young people", None, "fewer than 5"), ("4", "Parents", None, "hidden"),
                      (NO_GROUP, "No group recorded", 6, "6")])
    points = groups_stopped(now, before)
    assert [p.title for p in points] == ["Carers: nobody took part", "Young people: nobody took part",
                                         "Parents: nobody took part"]
    assert points[0].text == ("Nobody from the group \u201cCarers\u201d took part this year. "
                              "Last year, 7 people from this group took part.")
    # The small-number rules hold: a small count stays "fewer than 5", a hidden one unsaid.
    assert points[1].text.endswith("Last year, fewer than 5 people from this group took part.")
    assert points[2].text.endswith("Last year, some people from this group took part.")


def test_groups_say_nothing_when_one_period_had_too_few_people_or_a_hidden_table():
    now = _people([("1", "Carers", 0, "0")])
    before = _people([("1", "Carers", 7, "7")])
    assert groups_stopped(now, before) != []
    assert groups_stopped(_people([("1", "Carers", 0, "0")], people=4), before) == []
    assert groups_stopped(now, _people([("1", "Carers", 4, "4")], people=4)) == []
    assert groups_stopped(now, _people([("1", "Carers", None, "hidden")], all_hidden=True)) == []
    assert groups_stopped(_people([("1", "Carers", None, "fewer than 5")]), before) == []
    assert groups_stopped(now, _people([("1", "Carers", 0, "0")])) == []


# Little co-production ----------------------------------------------------------------------
def test_co_production_at_ten_percent_needs_no_attention():
    assert little_co_production(1, 10) is None
    assert little_co_production(2, 20) is None
    assert little_co_production(0, 0) is None  # no activities: nothing to say


def test_co_production_one_under_ten_percent_is_named():
    point = little_co_production(1, 11)
    assert point is not None and point.title == "Little co-production"
    assert point.text.startswith("Only 1 of the 11 activities this year (9.1%) was "
                                 "co-production.")
    assert little_co_production(3, 31).text.startswith(
        "Only 3 of the 31 activities this year (9.7%) were co-production.")
    assert little_co_production(0, 5).text.startswith(
        "None of the 5 activities this year was co-production.")
    assert little_co_production(0, 1).text.startswith(
        "The one activity this year was not co-production.")
    # On a base under 10: raw numbers only.
    assert little_co_production(1, 9) is None  # 11.1%
    assert "%" not in little_co_production(0, 9).text


# The aim as a setting ----------------------------------------------------------------------
def test_the_aim_is_90_until_set_and_takes_1_to_100(session):
    assert organisation.get_details(session).feedback_aim_pct == 90
    details = replace(organisation.get_details(session), name="Our charity")
    for aim in (1, 100, 75):
        assert organisation.save_details(session, replace(details, feedback_aim_pct=aim)) \
            .feedback_aim_pct == aim
    for bad in (0, 101, "ninety"):
        with pytest.raises(ValidationError) as caught:
            organisation.save_details(session, replace(details, feedback_aim_pct=bad))
        assert caught.value.field == "feedback_aim_pct"
    assert organisation.get_details(session).feedback_aim_pct == 75


def test_the_aim_can_be_set_from_the_command_line(tmp_path, capsys):
    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    assert run(["--db", db, "organisation", "--name", "X", "--feedback-aim", "80"]) == 0
    assert _details(tmp_path / "new.db").feedback_aim_pct == 80
    assert "(--feedback-aim): 80" in capsys.readouterr().out
    assert run(["--db", db, "organisation", "--feedback-aim", "101"]) == 1
    assert "partapp: --feedback-aim: " in capsys.readouterr().err
    assert _details(tmp_path / "new.db").feedback_aim_pct == 80


# In the report -----------------------------------------------------------------------------
def _set_aim(session, aim: int) -> None:
    details = organisation.get_details(session)
    organisation.save_details(session, replace(details, name=details.name or "Our charity",
                                               feedback_aim_pct=aim))


def test_the_report_uses_the_aim_from_settings(session):
    build(session)  # 2 of 7 named pairs heard back in time: 28.57%
    _set_aim(session, 28)
    codes = [p.code for p in build_report_data(session, START, END).attention]
    assert "feedback_on_time" not in codes
    _set_aim(session, 29)
    data = build_report_data(session, START, END)
    point = next(p for p in data.attention if p.code == "feedback_on_time")
    assert point.text.startswith("Only 2 of the 7 times a named person raised a suggestion")
    # 3 waiting past the promise at the end, 1 a year before: rising.
    assert "waiting_rising" in [p.code for p in data.attention]


def test_the_attention_page_reads_plainly(session, tmp_path):
    build(session)
    out = tmp_path / "r.pdf"
    write_report(session, START, END, out, made_on=date(2026, 3, 1))
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    page = text.split("What needs your attention")[2].split("The year at a glance")[0]
    assert "Hearing back is below our aim. Only 2 of the 7 times" in page
    assert "Our aim is 90%." in page
    assert ("More suggestions are waiting too long. At the end of this year, 3 suggestions had "
            "waited more than 28 days for a decision. At the end of last year it was 1.") in page
    assert "None of the 2 activities this year was co-production." in page
