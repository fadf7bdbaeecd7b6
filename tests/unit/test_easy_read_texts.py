"""Our own texts in an easy read letter are checked against the easy read rules before
printing (issue 13 §4): a sentence over 15 words, or a word from the jargon list, is named to
the coordinator with where to change it. Other letters are not held to easy read's rules."""

from __future__ import annotations

from datetime import date

import pytest

from partapp.services.feedback import letters
from partapp.services.records import organisation, suggestions
from partapp.services.records.suggestions import DecisionData

from .letters_data import TODAY, build

FIFTEEN = "We will put a bench by the bus stop when the council says we can."
SIXTEEN = "We will put a new bench by the bus stop when the council says we can."


def _warnings(session, ids, person, reason):
    suggestions.record_decision(session, ids["s_shared"], DecisionData(
        outcome="agreed", decided_on=date(2025, 6, 1), reason=reason), today=TODAY)
    letter = next(x for x in letters.letters_due(session, today=TODAY)
                  if x.person_id == ids[person])
    return [w for w in letter.warnings if w.startswith("This is an easy read letter")]


@pytest.mark.parametrize(("reason", "named"), [(FIFTEEN, False), (SIXTEEN, True)])
def test_a_sentence_over_fifteen_words_is_named_in_an_easy_read_letter(session, reason, named):
    assert len(FIFTEEN.split()) == 15 and len(SIXTEEN.split()) == 16
    ids = build(session)
    found = _warnings(session, ids, "zoe", reason)  # Zoë has easy read letters
    assert bool(found) is named
    if named:
        assert found == [
            "This is an easy read letter, but the reason for the decision (\u201cWe will put "
            f"a new bench by the bus stop when\u2026\u201d, decision on suggestion "
            f"{ids['s_shared']}) has a sentence of 16 words (easy read needs 15 or fewer). "
            "Please make it easier before printing. You can change it by writing an easy read "
            "version: on the Suggestions page, choose the suggestion, then \u201cThe decision "
            "in easy read\u201d."]


def test_hard_words_are_named_with_an_everyday_one(session):
    ids = build(session)
    [warning] = _warnings(session, ids, "zoe", "We will facilitate it.")
    assert "uses hard words: \u201cfacilitate\u201d (say \u201chelp\u201d)" in warning


def test_a_standard_letter_is_not_held_to_easy_read_rules(session):
    ids = build(session)  # Siân raised the same suggestion, and has standard letters
    assert _warnings(session, ids, "sian", SIXTEEN) == []


def test_the_complaints_contact_is_checked_too(session):
    from dataclasses import replace

    ids = build(session)
    details = organisation.get_details(session)
    organisation.save_details(session, replace(details, complaints_contact=(
        "If you remain dissatisfied you may escalate your complaint to the regulator in "
        "writing at any time.")))
    letter = next(x for x in letters.letters_due(session, today=TODAY)
                  if x.person_id == ids["zoe"])
    [warning] = [w for w in letter.warnings if "complaints contact" in w]
    assert "has a sentence of 17 words" in warning
    assert ("in Settings, on the Organisation tab, fill in \u201cWho they can contact: easy "
            "read version\u201d") in warning
