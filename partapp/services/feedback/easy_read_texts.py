"""Our own texts in an easy read letter, checked against the easy read rules before printing.

The fixed wording of easy read letters is written to the rules (sentences of 15 words or
fewer, everyday words). What the organisation types goes in as typed: a decision's reason,
what we can do instead, who it was passed on to, a change's words, and the complaints contact.
Where one of them breaks a rule, the letter carries a warning that names the text, says what
is hard about it and where to change it, so the Letters page and ``partapp letters`` show it
before anything prints. Nothing is changed for the coordinator: they decide.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from ..words import joined, said, term
from .plain_english import count_words, find_jargon, split_sentences
from .stale_texts import NAMED, TEXTS, DatedText, record_words, short_words

EASY_READ_SENTENCE_WORDS = 15  # the easy read guidance: short sentences, one idea each
COMPLAINTS = ("The complaints contact", "in Settings, on the Organisation tab")
# Each text as the warning names it inside a sentence, and where it is changed (translatable).
_IN_A_SENTENCE = {
    "reason": term("the reason for the decision"),
    "instead": term("what we can do instead"),
    "passed_to": term("who it was passed on to"),
    "change": term("what we did (the change)"),
    "plan": term("the change we plan to make"),
}
_NAMED = {TEXTS[key][0]: (words, NAMED[key][1]) for key, words in _IN_A_SENTENCE.items()}
_NAMED[COMPLAINTS[0]] = (term("the complaints contact"),
                         term("in Settings, on the Organisation tab"))


@dataclass(frozen=True)
class HardText:
    """One of our texts in an easy read letter that breaks an easy read rule."""

    label: str  # what it is: "The reason for the decision"
    where: str  # where to change it
    record: str  # which record it belongs to ("" for the organisation's own)
    words: str  # the text as it would print
    longest: int  # words in its longest sentence
    jargon: tuple[tuple[str, str], ...]  # (hard word, everyday word)

    def warning(self) -> str:
        """What is hard in it, and where to change it (said(), so it can be shown in Welsh)."""
        short = short_words(self.words)
        which = said("\u201c{short}\u201d, {record}", short=short,
                     record=record_words(self.record)) if self.record else f"\u201c{short}\u201d"
        problems: list[str] = []
        if self.longest > EASY_READ_SENTENCE_WORDS:
            problems.append(said("has a sentence of {n} words (easy read needs {most} or fewer)",
                                 n=self.longest, most=EASY_READ_SENTENCE_WORDS))
        if self.jargon:
            problems.append(said("uses hard words: {swaps}", swaps=joined(
                [said("\u201c{word}\u201d (say \u201c{plain}\u201d)", word=word, plain=plain)
                 for word, plain in self.jargon[:3]], ", ")))
        both = problems[0] if len(problems) == 1 else said("{first} and {second}",
                                                           first=problems[0],
                                                           second=problems[1])
        label, where = _NAMED.get(self.label, (self.label.lower(), self.where))
        return said("This is an easy read letter, but {label} ({which}) {problems}. Please make "
                    "it easier before printing. You can change it {where}.", label=label,
                    which=which, problems=both, where=where)


def _check(text: str) -> tuple[int, tuple[tuple[str, str], ...]]:
    longest = max((count_words(s) for s in split_sentences(text)), default=0)
    return longest, find_jargon(text)


def hard_texts(dated: Iterable[DatedText], complaints: str, languages: Iterable[str]
               ) -> tuple[HardText, ...]:
    """Each of our texts in an easy read letter (in English; the word lists are English) that
    has a sentence over 15 words or a word from the jargon list, once each."""
    if "en" not in set(languages):
        return ()
    found: list[HardText] = []
    seen: set[tuple[str, str]] = set()
    for text in dated:
        words = text.english.strip()
        if not words or (text.text, words) in seen:
            continue
        seen.add((text.text, words))
        longest, jargon = _check(words)
        if longest > EASY_READ_SENTENCE_WORDS or jargon:
            label, where = TEXTS[text.text]
            found.append(HardText(label, where, text.record, words, longest, jargon))
    words = complaints.strip()
    if words:
        longest, jargon = _check(words)
        if longest > EASY_READ_SENTENCE_WORDS or jargon:
            found.append(HardText(*COMPLAINTS, "", words, longest, jargon))
    return tuple(found)
