"""Our texts that speak of time ("next month", "eleni") and were written before the letter's
time are named to the coordinator before anything prints (issue 13, section 2)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import update

from partapp.cli import run
from partapp.models import AuditEntry, Change
from partapp.services.feedback import letters
from partapp.services.feedback.stale_texts import is_stale, time_words
from partapp.services.records import changes, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.suggestions import DecisionData
from partapp.services.store.database import open_database

from .letters_data import TODAY, build


@pytest.mark.parametrize(("text", "found"), [
    ("We will look at this again next month.", ["next month"]),
    ("We hope to do it in April, or by May.", ["in April", "by May"]),
    ("We may be able to.", []),  # "may" is not the month
    ("We will know soon. At the moment we cannot.", ["soon", "At the moment"]),
    ("Byddwn ni\u2019n edrych eto ym mis Ebrill.", ["mis Ebrill"]),
    ("Does dim arian eleni. Byddwn ni\u2019n gwybod cyn bo hir.", ["eleni", "cyn bo hir"]),
    ("Y mis nesaf, neu\u2019r wythnos nesaf.", ["Y mis nesaf", "wythnos nesaf"]),
    ("The minibus comes on Tuesdays.", []),
    ("Mae\u2019r bws yn dod ar ddydd Mawrth.", []),  # Tuesday, not March
])
def test_time_words_in_english_and_welsh(text, found):
    assert [words for words, _kind in time_words(text)] == found


@pytest.mark.parametrize(("words", "written", "letter", "stale"), [
    ("next month", date(2025, 5, 30), date(2025, 5, 31), False),  # the same month
    ("next month", date(2025, 5, 31), date(2025, 6, 1), True),  # the month has turned
    ("this year", date(2025, 12, 31), date(2026, 1, 1), True),
    ("this year", date(2025, 3, 1), date(2025, 3, 29), False),  # 28 days: not yet
    ("soon", date(2025, 3, 1), date(2025, 3, 29), False),
    ("soon", date(2025, 3, 1), date(2025, 3, 30), True),  # 29 days
    ("next week", date(2025, 6, 1), date(2025, 6, 2), True),  # Sunday, then Monday
    ("tomorrow", date(2025, 6, 2), date(2025, 6, 2), False),  # written today
    ("in April", date(2025, 3, 10), date(2025, 3, 31), False),
    ("in April", date(2025, 3, 10), date(2025, 4, 1), True),
])
def test_the_rule_on_its_boundaries(words, written, letter, stale):
    kind = time_words(f"We will do it {words}.")[0][1]
    assert is_stale(kind, written, letter) is stale


def _decide(session, ids, key, on, **texts):
    suggestions.record_decision(session, ids[key], DecisionData(
        outcome="not_now", decided_on=on, **texts), today=TODAY)


def _letter(session, ids, key_person, about="s_ramp"):
    """The person's letter, with only the stale texts about one of their suggestions (Llŷr's
    other one has a reason of its own that says "this year")."""
    from dataclasses import replace

    due = letters.letters_due(session, today=TODAY)
    letter = next(x for x in due if x.person_id == ids[key_person])
    return replace(letter, stale=tuple(s for s in letter.stale
                                       if s.dated.suggestion_id == ids[about]))


def test_a_reason_written_months_ago_that_says_next_month_is_named(session):
    ids = build(session)
    _decide(session, ids, "s_ramp", date(2025, 5, 4),
            reason="We will look at this again next month.",
            instead="For now, staff can help you at the front door.")
    letter = _letter(session, ids, "llyr")
    assert [(s.dated.text, s.time_words) for s in letter.stale] == [
        ("reason", "next month"), ("instead", "For now")]
    warning = next(w for w in letter.warnings if "next month" in w)
    assert warning == (
        "The reason for the decision (\u201cWe will look at this again next month.\u201d, "
        f"decision on suggestion {ids['s_ramp']}) says \u201cnext month\u201d, but it was "
        "written on 4 May 2025. It may be out of date now. Please check it before printing. "
        "You can change it on the Suggestions page (record the decision again with new words).")
    # Recorded again today with new words, it is current: nothing to check.
    _decide(session, ids, "s_ramp", TODAY, reason="We will look at this again in July.")
    assert _letter(session, ids, "llyr").stale == ()


def test_a_recent_reason_is_not_named(session):
    ids = build(session)
    _decide(session, ids, "s_ramp", date(2025, 6, 1), reason="We can do this soon.")
    assert _letter(session, ids, "llyr").stale == ()


def test_a_welsh_letter_checks_the_welsh_it_prints(session):
    ids = build(session)  # Gwen has bilingual letters, Welsh first
    suggestions.record_decision(session, ids["s_welsh"], DecisionData(
        outcome="agreed", decided_on=date(2025, 5, 10), reason="We will do it this week.",
        reason_cy="Byddwn ni\u2019n ei wneud yr wythnos hon."), today=TODAY)
    letter = _letter(session, ids, "gwen", "s_welsh")
    assert sorted(s.time_words for s in letter.stale) == ["this week", "yr wythnos hon"]


def _done_change(session, ids, words, saved):
    view = changes.save_change(session, ChangeData(
        description=words, status="done", done_on=date(2025, 5, 30),
        suggestion_ids=(ids["s_ramp"],)), today=TODAY)
    when = datetime.combine(saved, datetime.min.time())
    session.execute(update(Change).where(Change.id == view.id).values(created_at=when))
    session.execute(update(AuditEntry).where(AuditEntry.entity == "change",
                                             AuditEntry.entity_id == view.id).values(at=when))
    return view.id


def test_a_change_is_dated_by_when_it_was_last_saved(session):
    ids = build(session)
    change_id = _done_change(session, ids, "We fitted a rail last month", date(2025, 4, 2))
    letter = _letter(session, ids, "llyr")
    assert [(s.dated.record, s.time_words) for s in letter.stale] == [
        (f"Change {change_id}", "last month")]
    assert any(f"change {change_id}) says" in w and "on the Changes page" in w
               for w in letter.warnings)
    # What a change did "in April" stays true.
    _done_change(session, ids, "We fitted a second rail in April", date(2025, 4, 2))
    assert [s.time_words for s in _letter(session, ids, "llyr").stale] == ["last month"]


def test_the_letters_command_names_each_stale_text(tmp_path: Path, capsys):
    db = tmp_path / "stale.db"
    assert run(["--db", str(db), "init"]) == 0
    database = open_database(str(db))
    with database.session_scope() as session:
        ids = build(session)
        _decide(session, ids, "s_ramp", date(2025, 5, 4),
                reason="We will look at this again next month.")
    database.dispose()
    capsys.readouterr()
    listed = tmp_path / "dated.csv"
    assert run(["--db", str(db), "letters", "--due", "--out", str(tmp_path / "due.pdf"),
                "--dated-texts", str(listed)]) == 0
    out = capsys.readouterr()
    said = out.err.splitlines()
    lines = [line for line in said if "next month" in line]
    assert len(lines) == 1 and "written on 4 May 2025" in lines[0], said
    assert said[0] == "Please check these before you post the letters:"
    import csv

    with listed.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["text"], r["record"], r["time_words"], r["written_on"]) for r in rows} == {
        ("The reason for the decision", f"Decision on suggestion {ids['s_ramp']}", "next month",
         "2025-05-04"),
        ("The reason for the decision", f"Decision on suggestion {ids['s_markup']}",
         "this year", "2025-05-04")}
    assert "The list of texts to check has 2 lines." in out.out
