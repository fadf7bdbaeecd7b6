"""Our own texts in an easy read letter, checked against the easy read rules before printing.

The fixed wording of easy read letters is written to the rules (sentences of 15 words or
fewer, everyday words). What the organisation types goes in as typed: a decision's reason,
what we can do instead, who it was passed on to, a change's words, an activity's title and the
complaints contact. Each can have an easy read version beside it, which an easy read letter
prints instead (``easy_read``, the one rule). Where what it prints breaks a rule, the letter
carries a warning that names the text, says what is hard about it and the field where its easy
read version goes, so the Letters page and ``partapp letters`` show it before anything prints.
Nothing is changed for the coordinator: they decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..words import joined, said, term
from .plain_english import count_words, find_jargon, split_sentences
from .stale_texts import TEXTS, DatedText, record_words, short_words

if TYPE_CHECKING:
    from ..records.organisation import OrganisationDetails
    from .letter_content import LetterItem

EASY_READ_SENTENCE_WORDS = 15  # the easy read guidance: short sentences, one idea each
COMPLAINTS = ("The complaints contact", "in Settings, on the Organisation tab")
ACTIVITY = ("The activity's title", "on the Activities page: open the activity")
# Where each text's easy read version is written: the field the warning names.
_DECISION_FIELD = term("by writing an easy read version: on the Suggestions page, choose the "
                       "suggestion, then \u201cThe decision in easy read\u201d")
_CHANGE_FIELD = term("by writing an easy read version: on the Changes page, open the change and "
                     "fill in \u201cWhat changed: easy read version\u201d")
EASY_READ_FIELD = {
    "reason": _DECISION_FIELD, "instead": _DECISION_FIELD, "passed_to": _DECISION_FIELD,
    "change": _CHANGE_FIELD, "plan": _CHANGE_FIELD,
    "activity": term("by writing an easy read version: on the Activities page, open the "
                     "activity and fill in \u201cTitle: easy read version\u201d"),
    "complaints_contact": term("by writing an easy read version: in Settings, on the "
                               "Organisation tab, fill in \u201cWho they can contact: easy "
                               "read version\u201d"),
}
# Each text as the warning names it inside a sentence, and where it is changed (translatable).
_IN_A_SENTENCE = {
    "reason": term("the reason for the decision"),
    "instead": term("what we can do instead"),
    "passed_to": term("who it was passed on to"),
    "change": term("what we did (the change)"),
    "plan": term("the change we plan to make"),
}
_NAMED = {TEXTS[key][0]: (words, EASY_READ_FIELD[key]) for key, words in _IN_A_SENTENCE.items()}
_NAMED[COMPLAINTS[0]] = (term("the complaints contact"), EASY_READ_FIELD["complaints_contact"])
_NAMED[ACTIVITY[0]] = (term("the activity's title"), EASY_READ_FIELD["activity"])


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


def easy_read(text: str, easy: str) -> str:
    """What an easy read letter prints for one of our texts: its easy read version when there
    is one, else the text as it is."""
    return easy if easy.strip() else text


def hard_texts(dated: Iterable[DatedText], complaints: str, languages: Iterable[str],
               titles: Iterable[tuple[int | None, str]] = ()) -> tuple[HardText, ...]:
    """Each of our texts as an easy read letter prints it (in English; the word lists are
    English) that has a sentence over 15 words or a word from the jargon list, once each.
    ``complaints`` and the activities' ``titles`` (id, title) are given as printed."""
    if "en" not in set(languages):
        return ()
    found: list[HardText] = []
    seen: set[tuple[str, str]] = set()

    def check(label: str, key: str, record: str, text: str) -> None:
        words = text.strip()
        if not words or (label, words) in seen:
            return
        seen.add((label, words))
        longest, jargon = _check(words)
        if longest > EASY_READ_SENTENCE_WORDS or jargon:
            found.append(HardText(label, EASY_READ_FIELD[key], record, words, longest, jargon))

    for text in dated:
        check(TEXTS[text.text][0], text.text, text.record, easy_read(text.english, text.easy))
    for activity_id, title in titles:
        if activity_id is not None:
            check(ACTIVITY[0], "activity", f"Activity {activity_id}", title)
    check(COMPLAINTS[0], "complaints_contact", "", complaints)
    return tuple(found)


def hard_in_letter(items: Sequence[LetterItem], organisation: OrganisationDetails,
                   languages: Iterable[str], printed: str, activity_id: int | None = None,
                   activity: str = "") -> tuple[HardText, ...]:
    """``hard_texts`` of an easy read letter about ``items`` (and the activity it is about, as
    printed): the texts as it prints them. An activity's title is checked only when the
    letter's English words (``printed``) have it: the easy read wording may leave it out."""
    titles = [(i.activity_id, easy_read(i.activity, i.activity_easy)) for i in items]
    titles = [(aid, title) for aid, title in [*titles, (activity_id, activity)]
              if title.strip() and title.strip() in printed]
    return hard_texts((d for item in items for d in item.dated),
                      easy_read(organisation.complaints_contact,
                                organisation.complaints_contact_easy), languages, titles)
