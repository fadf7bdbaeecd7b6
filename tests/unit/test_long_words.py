"""Very long words (a key held down, a pasted code) in the annual report and the subject access
export: the PDF is made, quickly, and every letter is in it, in order.

Before, a reason or description longer than a page made reportlab give up (LayoutError) and
no report or export was made at all.
"""

from __future__ import annotations

import re
import subprocess
import time
from datetime import date

import pytest

from partapp.reports.annual import write_report
from partapp.reports.person_export import export_person
from partapp.reports.report_styles import LONGEST_WORD, break_long_words
from partapp.services.records import changes, people, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date(2026, 3, 1)


def _word(letters: str, length: int) -> str:
    return "".join(letters[i % len(letters)] for i in range(length))


# Each text uses its own letters, so its pieces can be picked out of the PDF's text.
SAID = _word("abcdefgh", 20000)  # the most a suggestion may hold
REASON = _word("klmnopr", 5000)  # the most a reason, an "instead" or a change may hold
INSTEAD = _word("stuvw", 5000)
CHANGE = _word("xyzq", 5000)


def _build(session) -> None:
    person = people.save_person(session, PersonData(first_name="Ann", last_name="Lee", ref="L1"))
    said = []
    for n in range(2):
        said.append(suggestions.save_suggestion(session, SuggestionData(
            text=SAID if n == 0 else f"{SAID[:100]} and more", raised_on=date(2025, 3, 1 + n),
            raiser_ids=(person.id,)), today=TODAY).id)
    suggestions.record_decision(session, said[0], DecisionData(
        outcome="not_possible", decided_on=date(2025, 3, 10), reason=REASON, instead=INSTEAD),
        today=TODAY)
    suggestions.record_decision(session, said[1], DecisionData(
        outcome="agreed", decided_on=date(2025, 3, 11)), today=TODAY)
    changes.save_change(session, ChangeData(description=CHANGE, status="done",
                                            done_on=date(2025, 4, 1), suggestion_ids=(said[1],)),
                        today=TODAY)


def _pieces(pdf, letters: str) -> str:
    """The runs of only ``letters`` (10 or more long) in the PDF's text, joined in order."""
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    return "".join(re.findall(rf"[{letters}]{{10,}}", text))


def _timed(work):
    started = time.perf_counter()
    result = work()
    return result, time.perf_counter() - started


def test_the_annual_report_prints_very_long_words_whole_and_fast(session, tmp_path):
    _build(session)
    out = tmp_path / "report.pdf"
    pages, took = _timed(lambda: write_report(session, date(2025, 1, 1), date(2025, 12, 31),
                                              out, made_on=TODAY))
    assert pages >= 5 and took < 10, (pages, took)  # about 1 s here; it failed before
    assert REASON in _pieces(out, "klmnopr")  # a reason longer than a page, split between pages
    assert INSTEAD in _pieces(out, "stuvw")
    assert CHANGE in _pieces(out, "xyzq")
    # A quote in the report is its first words, shortened on purpose (the CSV has it all).
    assert SAID[:220] in _pieces(out, "abcdefgh")


def test_the_subject_access_export_prints_very_long_words_whole_and_fast(session, tmp_path):
    _build(session)
    paths, took = _timed(lambda: export_person(session, "L1", tmp_path / "sar", today=TODAY))
    assert took < 10, took  # about 1 s here; it failed before
    pdf = next(p for p in paths if p.suffix == ".pdf")
    assert SAID in _pieces(pdf, "abcdefgh")  # everything held, so the whole 20,000 letters
    assert REASON in _pieces(pdf, "klmnopr")
    assert CHANGE in _pieces(pdf, "xyzq")


@pytest.mark.parametrize("length", [LONGEST_WORD, LONGEST_WORD + 1, 20000])
def test_only_words_longer_than_the_limit_are_cut_and_every_letter_is_kept(length):
    word = _word("abc", length)
    text = f"Short words stay. {word} end"
    cut = break_long_words(text)
    assert cut.replace("\n", "") == text
    lines = cut.split("\n")
    if length <= LONGEST_WORD:
        assert cut == text
    else:
        assert all(len(line) <= 30 for line in lines[1:-1])


def test_cutting_a_long_text_takes_time_in_proportion_to_its_length():
    small, big = _word("ab", 20000), _word("ab", 200000)
    _out, short_time = _timed(lambda: break_long_words(small))
    _out, long_time = _timed(lambda: break_long_words(big))
    assert long_time < short_time * 40 + 0.05  # ten times the text: about ten times the time
