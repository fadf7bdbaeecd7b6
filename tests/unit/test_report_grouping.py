"""Identical or nearly identical items are grouped once with a count (services.figures.report_grouping),
and the annual report's lists use it: five ramp suggestions read as one line, "raised 5 times"."""

from __future__ import annotations

import re
import time
from datetime import date

from pypdf import PdfReader

from partapp.reports.annual import write_report
from partapp.services.figures.report_grouping import group_similar, normalise, similar
from partapp.services.records import changes, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date(2026, 3, 1)


def test_normalise_ignores_case_spaces_and_punctuation():
    assert normalise("  Please, a gentler RAMP!! ") == "please a gentler ramp"
    assert normalise("Don\u2019t   close\tthe café.") == normalise("dont close the CAFÉ")
    assert normalise("Ramp-please") == "ramp please"


def test_near_duplicates_are_similar_and_different_requests_are_not():
    ramp = normalise("Please can we have a gentler ramp at the front door")
    assert similar(ramp, normalise("Please can we have a gentler ramp at the front door."))
    assert similar(ramp, normalise("please can we have a gentle ramp at the front door"))
    # Same shape, different request: not grouped.
    assert not similar(ramp, normalise("Please can we have a gentler ramp at the back door"))
    assert not similar(normalise("More tea please"), normalise("More tea, please, and cake"))
    assert not similar(normalise("Open on Saturdays"), normalise("Open on Sundays"))
    assert not similar("", ramp)
    # A filler word more is the same request; a word of substance more is not.
    assert similar(ramp, normalise("Please can we have a gentler ramp at the front door please"))
    assert not similar(ramp, normalise("Please can we have a gentler ramp at the front door now"))
    assert not similar(normalise("could we have tea and a cake at the centre"),
                       normalise("could we have a cake and tea at the centre"))


def test_groups_keep_order_count_and_stay_within_their_scope():
    items = [("Day centre", "A gentler ramp, please"), ("Transport", "A gentler ramp please"),
             ("Day centre", "a gentler ramp please!"), ("Day centre", "More tea"),
             ("Day centre", "A gentler ramp, please.")]
    groups = group_similar(items, lambda i: i[1], lambda i: i[0])
    assert [(g.first, g.count) for g in groups] == [
        (("Day centre", "A gentler ramp, please"), 3),
        (("Transport", "A gentler ramp please"), 1),  # another service: kept apart
        (("Day centre", "More tea"), 1)]
    assert groups[0].items[1] == ("Day centre", "a gentler ramp please!")
    assert group_similar([], str) == []


def test_many_different_texts_stay_apart_and_group_quickly():
    texts = [f"Suggestion number {n} about thing {n * 7919 % 1000}" for n in range(1000)]
    assert len(group_similar(texts, str)) == 1000  # the numbers differ
    words = ["tea", "cake", "ramp", "bus", "lunch", "radio", "door", "garden", "rota", "film"]
    alike = [f"Could we please have a {a} and a {b} and a {c}" for a in words for b in words
             for c in words[:2] if b in words[:4]]  # 80 of one shape, each asking for others
    assert len(group_similar(alike, str)) == 80

    # A very large year: past the comparison budget, only exact matches are grouped, quickly.
    many = [f"Could we please have a {a} and a {b} and a {c} in room {n % 7}" for a in words
            for b in words for c in words for n in range(5)]
    start = time.perf_counter()
    groups = group_similar([*many, "could we please have a TEA and a tea and a tea in room 0"], str)
    assert time.perf_counter() - start < 2
    assert len(groups) == len(set(many))  # the last one matched exactly


def _pdf_text(session, tmp_path) -> str:
    out = tmp_path / "r.pdf"
    write_report(session, date(2025, 1, 1), date(2025, 12, 31), out, made_on=TODAY)
    return re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))


def test_the_report_lists_the_same_ramp_suggestion_once_with_its_count(session, tmp_path):
    wordings = ["Please can we have a gentler ramp", "please can we have a gentler ramp.",
                "Please can we have a gentler ramp!", "Please can we have a gentle ramp",
                "PLEASE can we have a gentler ramp"]
    ids = []
    for month, text in enumerate(wordings, start=2):
        sid = suggestions.save_suggestion(session, SuggestionData(
            text=text, raised_on=date(2025, month, 3), kind="idea", channel="phone"),
            today=TODAY).id
        suggestions.record_decision(session, sid, DecisionData(
            outcome="not_possible", decided_on=date(2025, month, 20),
            reason="The building is listed."), today=TODAY)
        ids.append(sid)
    other = suggestions.save_suggestion(session, SuggestionData(
        text="Please can we have a handrail", raised_on=date(2025, 3, 1), kind="idea",
        channel="phone"), today=TODAY).id
    for when in ((2025, 9, 1), (2025, 10, 1)):
        changes.save_change(session, ChangeData(
            description="We put a handrail by the steps.", status="done", done_on=date(*when),
            suggestion_ids=(other,)), today=TODAY)
    session.flush()
    whole = _pdf_text(session, tmp_path)
    text = whole.split("You said, we did")[2]  # after the contents and the front pages
    # The five "no" answers: one row, how many times, the reason once with its count.
    assert text.count("gentler ramp") == 1
    assert "Raised 5 times, February 2025 to June 2025" in text
    assert "The building is listed. (5 times)" in text
    assert "Decided between 20 February 2025 and 20 June 2025." in text
    # The same change recorded twice: once, with both dates.
    assert text.count("We put a handrail by the steps.") == 1
    assert "Done on 1 September 2025 and 1 October 2025 (recorded as 2 changes)." in text
    assert "\u201cPlease can we have a handrail\u201d (raised March 2025)" in text
