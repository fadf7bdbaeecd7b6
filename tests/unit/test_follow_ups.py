"""Did it make a difference? Who is due to be asked, the reply slip in their next letter, marking
them as asked, recording answers, and the report's section and CSV figures.

The letters dataset (letters_data.py, today 2025-06-02) gets one more change, "A bigger car
park", done on 2025-04-07: exactly 8 weeks before today, so its follow-up is due today and was
not yesterday. It answers suggestions of Siân (standard), Llŷr (large print), Zoë (easy read),
Gwen (Welsh, bilingual), Nguyễn (email) and Tom (phone), who are all owed a letter today.
"""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from partapp.models import AuditEntry, FollowUp
from partapp.reports.annual import write_report
from partapp.reports.letter_pdf import render_letters
from partapp.services.errors import ValidationError
from partapp.services.feedback import follow_ups, letters
from partapp.services.feedback.letter_templates import load_wording_file
from partapp.services.figures.period import FIGURE_NAMES
from partapp.services.figures.report_csv import write_figures_csv
from partapp.services.figures.report_data import build_report_data
from partapp.services.privacy.erasure_text import NAME_REMOVED
from partapp.services.privacy.rights import erase_person
from partapp.services.records import changes, organisation, people, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.merge_people import merge_people
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import SuggestionData

from .letters_data import TODAY, build
from .test_tagged_pdf import _check_structure

WELSH_EXAMPLE = Path(__file__).resolve().parents[2] / "docs/letters/welsh_wording_example.json"
DONE = date(2025, 4, 7)  # 8 weeks before TODAY
OUTLOUD = shutil.which("outloud") or str(Path(sys.executable).with_name("outloud"))
CSV_NAMES = ("follow_ups_asked", "follow_ups_answered", "made_a_difference_yes",
             "made_a_difference_a_bit", "made_a_difference_no")
ASKED = ("sian", "llyr", "zoe", "gwen", "nguyen", "tom")


def _with_car_park(session, done_on: date = DONE) -> dict[str, int]:
    ids = build(session)
    keys = {"sian": "s_menu", "llyr": "s_ramp", "zoe": "s_garden", "gwen": "s_welsh",
            "nguyen": "s_thanks", "tom": "s_phone"}
    ids["car_park"] = changes.save_change(session, ChangeData(
        description="We made the car park bigger", status="done", done_on=done_on,
        suggestion_ids=tuple(ids[k] for k in keys.values())), today=TODAY).id
    return ids


def _due(session, today: date) -> set[tuple[int, int]]:
    return {(d.person_id, d.change_id) for d in follow_ups.follow_ups_due(session, today=today)}


def test_due_on_the_day_the_wait_ends_not_the_day_before(session):
    ids = _with_car_park(session)
    everyone = {(ids[p], ids["car_park"]) for p in ASKED}
    assert _due(session, TODAY) == everyone
    assert _due(session, TODAY - timedelta(days=1)) == set()
    # Zoë's other change (raised beds, done 2025-05-20) is due 8 weeks after: 2025-07-15.
    beds = {d.change_id for d in follow_ups.follow_ups_due(session, today=date(2025, 7, 15))
            if d.person_id == ids["zoe"]} - {ids["car_park"]}
    assert len(beds) == 1
    assert not {d.change_id for d in follow_ups.follow_ups_due(session, today=date(2025, 7, 14))
                if d.person_id == ids["zoe"]} - {ids["car_park"]}
    home = follow_ups.changes_due(session, today=TODAY)
    assert [(c.description, c.people, c.due_on) for c in home] == [
        ("We made the car park bigger", 6, TODAY)]


def test_the_wait_is_a_setting(session):
    ids = _with_car_park(session)
    details = organisation.get_details(session)
    assert details.follow_up_weeks == 8
    organisation.save_details(session, replace(details, follow_up_weeks=9))
    assert _due(session, TODAY) == set()
    assert (ids["sian"], ids["car_park"]) in _due(session, TODAY + timedelta(weeks=1))
    with pytest.raises(ValidationError) as error:
        organisation.save_details(session, replace(organisation.get_details(session),
                                                   follow_up_weeks=0))
    assert error.value.field == "follow_up_weeks" and "between 1 and 52 weeks" in str(error.value)


def test_not_due_when_asked_answered_erased_or_the_change_is_not_done(session):
    ids = _with_car_park(session)
    follow_ups.mark_asked(session, ids["sian"], [ids["car_park"]], asked_on=TODAY)
    follow_ups.record_answer(session, person_id=ids["llyr"], change_id=ids["car_park"],
                             answer="yes", method="phone", today=TODAY)
    due = _due(session, TODAY)
    assert (ids["sian"], ids["car_park"]) not in due
    assert (ids["llyr"], ids["car_park"]) not in due
    assert (ids["zoe"], ids["car_park"]) in due
    changes.save_change(session, ChangeData(description="We made the car park bigger",
                                            status="in_progress",
                                            suggestion_ids=(ids["s_garden"],)),
                        change_id=ids["car_park"], today=TODAY)
    assert not any(c == ids["car_park"] for _p, c in _due(session, TODAY))


def test_recording_an_answer_checks_each_field_in_plain_words(session):
    ids = _with_car_park(session)
    base = {"person_id": ids["sian"], "change_id": ids["car_park"], "today": TODAY}
    cases = [
        ({"answer": ""}, "answer", "Please choose their answer"),
        ({"answer": "maybe"}, "answer", "Yes, A bit, No, Not sure"),
        ({"answer": "yes", "method": "pigeon"}, "method", "how they told us"),
        ({"answer": "yes", "answered_on": "2025-04-06"}, "answered_on", "before the change"),
        ({"answer": "yes", "answered_on": "2025-06-03"}, "answered_on", "cannot be in the"),
        ({"answer": "yes", "person_id": ids["ann"]}, "person_id", "did not raise"),
        ({"answer": "yes", "person_id": None}, "person_id", "Please choose who told us"),
        ({"answer": "yes", "words": "x" * 5001}, "words", "too long"),
    ]
    for extra, field, words in cases:
        with pytest.raises(ValidationError) as error:
            follow_ups.record_answer(session, **{**base, **extra})
        assert error.value.field == field, extra
        assert words in str(error.value), (extra, str(error.value))
    assert session.scalar(select(FollowUp)) is None  # nothing saved by a refused answer
    planned = changes.save_change(session, ChangeData(description="A new minibus",
                                                      status="planned",
                                                      suggestion_ids=(ids["s_menu"],)),
                                  today=TODAY).id
    with pytest.raises(ValidationError) as error:
        follow_ups.record_answer(session, person_id=ids["sian"], change_id=planned,
                                 answer="yes", today=TODAY)
    assert error.value.field == "change_id" and "not done yet" in str(error.value)


def test_an_answer_is_audited_without_their_words_and_can_be_put_right(session):
    ids = _with_car_park(session)
    first = follow_ups.record_answer(
        session, person_id=ids["sian"], change_id=ids["car_park"], answer="A bit",
        words="Easier to park, but Siân still walks far.", method="Phone call",
        answered_on="2025-05-20", today=TODAY)
    assert (first.answer, first.method, first.answered_on, first.asked_on) == (
        "a_bit", "phone", date(2025, 5, 20), date(2025, 5, 20))
    again = follow_ups.record_answer(session, person_id=ids["sian"], change_id=ids["car_park"],
                                     answer="yes", method="meeting", today=TODAY)
    assert again.id == first.id and again.answer == "yes" and again.words == ""
    entries = session.scalars(select(AuditEntry).where(AuditEntry.entity == "follow_up")
                              .order_by(AuditEntry.id)).all()
    assert [(e.action, e.details) for e in entries] == [
        ("create", "answer=a_bit; method=phone"), ("update", "answer=yes; method=meeting")]
    history = follow_ups.follow_ups_for_person(session, ids["sian"])
    assert [(h.description, h.answer_label) for h in history] == [
        ("We made the car park bigger", "Yes")]


def _slip(letter, language="en") -> list:
    return [s for s in letter.sections_in(language) if s.part.startswith("slip_")]


def test_the_next_letter_carries_a_reply_slip_in_the_persons_format(session):
    ids = _with_car_park(session)
    load_wording_file(session, WELSH_EXAMPLE, language="cy")
    due = {letter.person_id: letter for letter in letters.letters_due(session, today=TODAY)}
    for key in ASKED:
        assert due[ids[key]].follow_up_change_ids == (ids["car_park"],), key
    for key in ("lukasz", "ann"):
        assert ids[key] not in due or not _slip(due[ids[key]])
    standard = "\n".join(s.text for s in _slip(due[ids["sian"]]))
    assert "Please cut here" in standard and "We made the car park bigger" in standard
    assert "\u2610 Yes" in standard and "\u2610 Not sure" in standard
    assert "From: Siân Roberts" in standard and "01632 960100" in standard
    easy = _slip(due[ids["zoe"]])
    assert [s.picture for s in easy if s.part == "slip_answer"] == [
        "yes", "some", "no", "not_sure"]
    welsh = "\n".join(s.text for s in _slip(due[ids["gwen"]], "cy"))
    assert "A wnaeth wahaniaeth i chi?" in "\n".join(
        s.heading + s.text for s in _slip(due[ids["gwen"]], "cy"))
    assert "\u2610 Do" in welsh and "Naddo" in welsh and "Oddi wrth: Gwen Price" in welsh
    assert _slip(due[ids["gwen"]], "en")  # the English half has its own
    email = "\n".join(s.text for s in _slip(due[ids["nguyen"]]))
    assert "cut" not in email and "\u2610" not in email and "reply to this email" in email
    assert "Did it make a difference?" in due[ids["sian"]].as_text()  # kept when sent
    one = letters.letter_for_person(session, ids["llyr"], today=TODAY)
    assert one.follow_up_change_ids == (ids["car_park"],)


def test_the_slip_prints_tagged_in_every_format(session, tmp_path):
    _with_car_park(session)
    load_wording_file(session, WELSH_EXAMPLE, language="cy")
    details = organisation.get_details(session)
    due = [x for x in letters.letters_due(session, today=TODAY) if x.follow_up_change_ids
           and x.format in ("standard", "large_print", "easy_read")]
    assert {x.layout for x in due} == {"standard", "large_print", "easy_read"}
    for letter in due:
        path = tmp_path / f"{letter.person_id}.pdf"
        render_letters([letter], path, organisation=details)
        roles = _check_structure(path)
        text = " ".join(" ".join(page.extract_text().split())
                        for page in PdfReader(str(path)).pages)
        assert "We made the car park bigger" in text
        assert ("A wnaeth wahaniaeth?" if letter.language == "cy"
                else "Did it make a difference?") in text
        if letter.layout == "easy_read":
            assert roles.count("/Figure") >= 4
    batch = tmp_path / "batch.pdf"  # the three together, checked once (it takes a while)
    render_letters(due, batch, organisation=details)
    checked = subprocess.run([OUTLOUD, "--fail-on", "error", "-q", str(batch)],
                             capture_output=True, text=True, timeout=300)
    assert checked.returncode == 0, checked.stdout + checked.stderr  # PDF/UA, independently


def test_round_trip_through_a_letter_and_the_report(session, tmp_path):
    ids = _with_car_park(session)
    due = letters.letters_due(session, today=TODAY)
    posted = [x for x in due if x.format != "phone"]
    letters.mark_sent(session, posted, sent_on=TODAY, sent_by="Jo", today=TODAY)
    asked = {r.person_id: r for r in session.scalars(select(FollowUp))}
    assert set(asked) == {ids[p] for p in ASKED if p != "tom"}
    assert all(r.asked_on == TODAY and r.feedback_id and r.answer is None
               for r in asked.values())
    assert _due(session, TODAY) == {(ids["tom"], ids["car_park"])}  # still to ring
    # A later letter to Siân carries no second slip about the car park.
    later = letters.letter_for_person(session, ids["sian"], suggestion_ids=[ids["s_menu"]],
                                      today=TODAY + timedelta(days=30))
    assert later.follow_up_change_ids == ()
    # The slips come back.
    answers = {"sian": ("yes", "Much easier to park now."), "llyr": ("yes", ""),
               "zoe": ("a_bit", "much easier to park now!"), "gwen": ("no", "No real difference."),
               "nguyen": ("yes", "Thank you Dr Patel.")}
    for key, (answer, words) in answers.items():
        follow_ups.record_answer(session, person_id=ids[key], change_id=ids["car_park"],
                                 answer=answer, words=words, method="reply_slip",
                                 answered_on=TODAY + timedelta(days=10),
                                 today=TODAY + timedelta(days=10))
    follow_ups.record_answer(session, person_id=ids["tom"], change_id=ids["car_park"],
                             answer="not_sure", method="phone",
                             answered_on=TODAY + timedelta(days=12),
                             today=TODAY + timedelta(days=12))
    data = build_report_data(session, date(2025, 1, 1), date(2025, 12, 31))
    report = data.follow_ups
    assert (report.asked, report.answered) == (6, 6)
    assert [c.text for c in report.overall.cells] == [
        "fewer than 5", "fewer than 5", "fewer than 5", "fewer than 5"]  # 3, 1, 1, 1 of 6
    car_park = report.by_change[0]
    assert car_park.description == "We made the car park bigger"
    assert car_park.answers.total == 6
    # Their words, never a name: "Dr Patel" is left out; the two alike are grouped.
    assert [(w.text, w.times) for w in car_park.words] == [
        ("Much easier to park now.", 2), ("No real difference.", 1)]
    assert [t.title for t in report.by_theme] == ["Transport"]
    out = tmp_path / "report.pdf"
    write_report(session, date(2025, 1, 1), date(2025, 12, 31), out)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(str(out)).pages)
    section = text[text.index("Did it make a difference? When a change is done"):]
    assert "we asked 6 times (once for each person and each change), and 6 answers" in section
    assert "Much easier to park now." in section and "Dr Patel" not in text
    for name in ("Siân", "Gwen Price", "Roberts"):
        assert name not in section


def _figures(session, tmp_path, start=date(2025, 1, 1), end=date(2025, 12, 31)):
    out = tmp_path / "figures.csv"
    write_figures_csv(session, start, end, out)
    with out.open(encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))[1:]


def test_the_csv_adds_the_five_figures_and_keeps_the_twelve(session, tmp_path):
    ids = _with_car_park(session)
    before = _figures(session, tmp_path)
    assert [name for name, _ in before[:len(FIGURE_NAMES)]] == list(FIGURE_NAMES)
    values = dict(before)
    assert [values[n] for n in CSV_NAMES] == ["0", "0", "0", "0", "0"]
    for key in ASKED:
        follow_ups.mark_asked(session, ids[key], [ids["car_park"]], asked_on=TODAY)
    follow_ups.record_answer(session, person_id=ids["zoe"], change_id=ids["car_park"],
                             answer="yes", today=TODAY)
    after = _figures(session, tmp_path)
    assert after[:len(FIGURE_NAMES)] == before[:len(FIGURE_NAMES)]
    values = dict(after)
    assert [values[n] for n in CSV_NAMES] == ["6", "1", "hidden", "hidden", "hidden"]
    assert [name for name, _ in after if name in CSV_NAMES] == list(CSV_NAMES)


def _crowd(session, answers: dict[str, int]) -> int:
    """A change done in 2025 behind one suggestion each of many new people, who answered."""
    change_people = []
    for n in range(sum(answers.values())):
        change_people.append(people.save_person(session, PersonData(
            first_name=f"Person{n}", last_name="Test", ref=f"T{n:03}")).id)
    ids = [suggestions.save_suggestion(session, SuggestionData(
        text="More seats on the bus", raised_on=date(2025, 1, 5), raiser_ids=(pid,)),
        today=TODAY).id for pid in change_people]
    change = changes.save_change(session, ChangeData(
        description="More seats", status="done", done_on=date(2025, 2, 1),
        suggestion_ids=tuple(ids)), today=TODAY).id
    codes = [code for code, count in answers.items() for _ in range(count)]
    for pid, code in zip(change_people, codes, strict=True):
        follow_ups.record_answer(session, person_id=pid, change_id=change, answer=code,
                                 method="meeting", answered_on=date(2025, 5, 1), today=TODAY)
    return change


def test_small_numbers_are_hidden_like_the_rest_of_the_report(session, tmp_path):
    _crowd(session, {"yes": 7, "a_bit": 3, "no": 2})
    values = dict(_figures(session, tmp_path))
    # 3 and 2 are under 5; 7, the smallest of 5 or more, is hidden with them.
    assert (values["made_a_difference_yes"], values["made_a_difference_a_bit"],
            values["made_a_difference_no"]) == ("hidden", "fewer than 5", "fewer than 5")
    assert (values["follow_ups_asked"], values["follow_ups_answered"]) == ("12", "12")
    report = build_report_data(session, date(2025, 1, 1), date(2025, 12, 31)).follow_ups
    assert report.by_change[0].answers.cell("not_sure").text == "0"
    assert report.by_change[0].answers.total == 12


def test_fewer_answers_than_the_threshold_show_only_their_number(session):
    _crowd(session, {"yes": 4})
    report = build_report_data(session, date(2025, 1, 1), date(2025, 12, 31)).follow_ups
    assert report.overall.all_hidden and report.overall.total == 4
    assert {c.text for c in report.by_change[0].answers.cells} == {"hidden"}


def test_answers_count_in_the_period_they_were_given(session):
    _crowd(session, {"yes": 5, "no": 5})
    inside = build_report_data(session, date(2025, 5, 1), date(2025, 5, 31)).follow_ups
    outside = build_report_data(session, date(2025, 5, 2), date(2025, 6, 1)).follow_ups
    assert (inside.answered, inside.overall.cell("yes").text) == (10, "5")
    assert (outside.answered, outside.asked) == (0, 0)


def test_merging_two_records_keeps_the_answer(session):
    ids = _with_car_park(session)
    twin = people.save_person(session, PersonData(first_name="Siân", last_name="Roberts",
                                                  ref="TWIN")).id
    theirs = suggestions.save_suggestion(session, SuggestionData(
        text="Bigger car park", raised_on=date(2025, 3, 1), raiser_ids=(twin,)), today=TODAY).id
    changes.link_suggestion(session, ids["car_park"], theirs)
    follow_ups.mark_asked(session, ids["sian"], [ids["car_park"]], asked_on=TODAY)
    follow_ups.record_answer(session, person_id=twin, change_id=ids["car_park"], answer="no",
                             today=TODAY)
    merge_people(session, ids["sian"], twin)  # Siân was asked; her second record answered
    rows = session.scalars(select(FollowUp).where(FollowUp.change_id == ids["car_park"])).all()
    assert [(r.person_id, r.answer) for r in rows] == [(ids["sian"], "no")]


def test_erasing_someone_takes_their_name_out_of_their_words(session):
    ids = _with_car_park(session)
    follow_ups.record_answer(session, person_id=ids["gwen"], change_id=ids["car_park"],
                             answer="yes", words="Gwen here: I can park now.", today=TODAY)
    erase_person(session, people.get_person(session, ids["gwen"]).ref)
    row = session.scalar(select(FollowUp).where(FollowUp.person_id == ids["gwen"]))
    assert row.words == f"{NAME_REMOVED} here: I can park now." and row.answer == "yes"
    assert not any(d.person_id == ids["gwen"] for d in follow_ups.follow_ups_due(
        session, today=TODAY))


def test_the_wait_can_be_set_headless(tmp_path, capsys):
    from partapp.cli import run
    from partapp.services.store.database import open_database

    db = str(tmp_path / "new.db")
    assert run(["--db", db, "init"]) == 0
    assert run(["--db", db, "organisation", "--name", "X", "--follow-up-weeks", "12"]) == 0
    assert run(["--db", db, "organisation", "--follow-up-weeks", "53"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("partapp: --follow-up-weeks: ") and "between 1 and 52" in err
    assert run(["--db", db, "organisation"]) == 0
    assert "(--follow-up-weeks): 12" in capsys.readouterr().out
    database = open_database(db)
    try:
        with database.session_scope() as session:
            assert organisation.get_details(session).follow_up_weeks == 12
    finally:
        database.dispose()
