"""The plain English check: reading ease, long sentences, jargon, and no network."""

from __future__ import annotations

import csv
import socket
import subprocess
import sys
import textwrap

import pytest

from partapp.services.feedback.plain_english import (
    check_text,
    find_jargon,
    jargon_list,
    split_sentences,
)
from partapp.services.files.paths import resources_dir

EASY = ("Thank you for telling us what you think. We have looked at what you said. "
        "We will move the bus to half past nine. We will start next week. "
        "Please ring us if you have a question.")
HARD = ("In order to facilitate the commencement of co-production with stakeholders, we shall "
        "endeavour to utilise a comprehensive framework in accordance with best practice, "
        "ensuring that all service users are consulted prior to implementation.")


def test_easy_text_passes_with_a_plain_summary():
    result = check_text(EASY)
    assert result.passes
    assert result.flesch is not None and result.flesch >= 70
    assert result.longest_sentence_words == 9
    assert result.long_sentences == () and result.jargon == ()
    assert result.summary() == (f"Very easy to read (score {result.flesch:.0f}). "
                                "Longest sentence: 9 words.")


def test_hard_text_fails_and_says_what_to_change():
    result = check_text(HARD)
    assert not result.passes
    assert result.flesch < 60
    assert result.longest_sentence_words > 25 and len(result.long_sentences) == 1
    words = dict(result.jargon)
    assert words["in order to"] == "to"
    assert words["facilitate"] == "help"
    assert words["co-production"] == "working together as equals"
    assert words["stakeholder"] == "people involved"  # found as "stakeholders"
    assert words["utilise"] == "use"
    assert words["in accordance with"] == "under"
    summary = result.summary()
    assert summary.startswith("Hard to read (score")
    assert "One sentence is longer than 25 words" in summary
    assert "\u201chelp\u201d instead of \u201cfacilitate\u201d" in summary


def test_empty_text_has_no_score():
    result = check_text("")
    assert result.flesch is None
    assert result.passes
    assert result.summary() == "Nothing to check yet."


def test_short_text_is_scored_but_not_judged():
    result = check_text("Not now.")
    assert result.too_short and result.passes
    assert "Too short to score fairly" in result.summary()


def test_jargon_is_whole_words_phrases_and_any_case():
    assert dict(find_jargon("We will COMMENCE soon.")) == {"commence": "start"}
    assert dict(find_jargon("This is in\naccordance   with the rules.")) == {
        "in accordance with": "under"}
    # Not inside other words: "recommence", "commenced", "engagements" are not listed forms.
    assert find_jargon("We recommenced the bus. A committee met.") == ()
    assert dict(find_jargon("Please see e.g. the menu.")) == {"e.g.": "for example"}


def test_sentences_end_at_full_stops_and_line_breaks():
    assert split_sentences("What we decided\nWe said yes. Dr. Jones agreed, e.g. on Monday!") == [
        "What we decided", "We said yes.", "Dr. Jones agreed, e.g. on Monday!"]


def test_welsh_text_is_judged_on_sentence_length_only():
    result = check_text("Diolch am ddweud wrthym ni beth rydych chi'n ei feddwl.", language="cy")
    assert result.flesch is None and result.jargon == () and result.passes
    assert "only worked out for English" in result.summary()


def test_the_jargon_list_has_at_least_150_words_with_plain_alternatives():
    with (resources_dir() / "jargon.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    words = [row["word"].strip().lower() for row in rows]
    assert len(words) >= 150
    assert len(set(words)) == len(words)
    assert all(row["plain"].strip() for row in rows)
    assert len(jargon_list()) == len(rows)


def test_the_check_works_with_the_network_blocked(monkeypatch):
    def no_network(*_args, **_kwargs):
        raise OSError("network blocked by the test")

    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket.socket, "connect_ex", no_network)
    monkeypatch.setattr(socket, "getaddrinfo", no_network)
    result = check_text(EASY + " " + HARD)
    assert result.flesch is not None


def test_first_use_in_a_fresh_process_works_with_the_network_blocked():
    """textstat 0.7.9+ downloads a dictionary at first use; 0.7.8 must not."""
    code = textwrap.dedent("""
        import socket
        def blocked(*a, **k):
            raise OSError("network blocked")
        socket.socket.connect = blocked
        socket.getaddrinfo = blocked
        from partapp.services.feedback.plain_english import check_text
        result = check_text("The cat sat on the mat. It was a sunny day in the town.")
        assert result.flesch is not None and result.flesch > 80, result
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"


@pytest.mark.parametrize("text", ["<b>bold</b> & <i>", "{first_name}", "\u00a0\u200b"])
def test_odd_text_does_not_break_the_check(text):
    check_text(text).summary()
