"""Our own texts that speak of time and may be out of date by the time a letter goes.

A decision's reason ("We will look at this again next month"), what we can do instead, who it
was passed on to, and a change's words are written once and printed in every letter about it
afterwards. When such a text uses a time word ("this year", "next month", "in April", "soon";
in Welsh "eleni", "mis nesaf", "ym mis Ebrill", "cyn bo hir") and was written before the
letter's time, the coordinator is told before anything prints. The rule, once (docs/design.md,
"Texts that speak of time"):

- a text is stale when it was written more than ``STALE_DAYS`` days before the letter; or
- its time word names a day, week, month or year ("today", "next week", "this month", "in
  April", "this year") and it was written in an earlier one than the letter's date.

Month names are not checked in what a change did: "We did it in April" stays true.
A text is dated by when it was written: a decision's texts by the decision's date, a change's
words by the day it was last saved.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from ..words import said, term

STALE_DAYS = 28
DAY, WEEK, MONTH, YEAR, NAMED_MONTH, VAGUE = "day", "week", "month", "year", "named", "vague"

_EN_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
              "December")
_CY_MONTHS = "Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr"
_NEXT_LAST = r"(?:nesaf|nesa|diwethaf|ddiwethaf|dwetha)"
_WORDS: tuple[tuple[str, str], ...] = (
    # English
    (DAY, r"today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening)"),
    (WEEK, r"(?:this|next|last) (?:week|weekend)"),
    (MONTH, r"(?:this|next|last) month"),
    (YEAR, r"(?:this|next|last) year"),
    (VAGUE, r"soon|shortly|at the moment|at present|currently|right now|recently|lately|"
            r"for now|in the (?:coming|next few) (?:days|weeks|months)|"
            r"in a few (?:days|weeks|months)|(?:this|next|last) (?:spring|summer|autumn|winter)"),
    # Welsh (an apostrophe is read as ')
    (DAY, r"heddiw|heno|yfory|ddoe|(?:y )?bore (?:'ma|yma)|(?:y )?prynhawn (?:'ma|yma)"),
    (WEEK, rf"(?:yr )?wythnos (?:hon|yma|{_NEXT_LAST})|(?:y )?penwythnos (?:hwn|yma|{_NEXT_LAST})"),
    (MONTH, rf"(?:y )?(?:mis|fis) (?:hwn|yma|{_NEXT_LAST})"),
    (YEAR, rf"eleni|(?:y )?llynedd|(?:y )?(?:flwyddyn|blwyddyn) {_NEXT_LAST}"),
    (VAGUE, r"cyn bo hir|cyn hir|yn fuan|ar hyn o bryd|ar y funud|yn ddiweddar|yn y man|"
            r"am y tro|yn (?:yr wythnosau|y misoedd) (?:nesaf|i ddod)|"
            r"(?:yr haf|y gaeaf|y gwanwyn|yr hydref) (?:hwn|yma|nesaf)"),
)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The time words, and a month's name after a word that ties it to a time ("in April",
    "by May"; "ym mis Ebrill"), compiled when first needed (not at start-up)."""
    words = tuple((kind, re.compile(rf"\b(?:{w})\b", re.IGNORECASE)) for kind, w in _WORDS)
    months = (
        re.compile(rf"\b(?i:in|by|from|until|till|before|after|since|during|next|this|last|"
                   rf"early|late|mid|end of|start of|the end of)\s+(?:{_EN_MONTHS})\b"),
        re.compile(rf"\b(?i:mis|fis)\s+(?:{_CY_MONTHS})\b"))
    return words + tuple((NAMED_MONTH, pattern) for pattern in months)


def time_words(text: str, *, months: bool = True) -> list[tuple[str, str]]:
    """The time words in ``text`` as (the words, which kind), in the order they come."""
    plain = text.replace("\u2019", "'").replace("\u2018", "'")
    found = [(m.start(), m.group(0), kind) for kind, pattern in _patterns()
             if months or kind != NAMED_MONTH for m in pattern.finditer(plain)]
    return [(words, kind) for _start, words, kind in sorted(found)]


def _period(kind: str, day: date) -> object:
    if kind == DAY:
        return day
    if kind == WEEK:
        return day.isocalendar()[:2]
    if kind in (MONTH, NAMED_MONTH):
        return (day.year, day.month)
    if kind == YEAR:
        return day.year
    return None  # vague words: only their age counts


def is_stale(kind: str, written_on: date, letter_date: date) -> bool:
    """The rule: written more than STALE_DAYS before the letter, or in an earlier day, week,
    month or year than the letter when the words name one."""
    if written_on >= letter_date:
        return False
    if (letter_date - written_on).days > STALE_DAYS:
        return True
    return kind != VAGUE and _period(kind, written_on) != _period(kind, letter_date)


# Which text it is, as a coordinator would say it, and where it is changed.
_DECISION = "on the Suggestions page (record the decision again with new words)"
TEXTS = {
    "reason": ("The reason for the decision", _DECISION),
    "instead": ("What we can do instead", _DECISION),
    "passed_to": ("Who it was passed on to", _DECISION),
    "change": ("What we did (the change)", "on the Changes page: open the change"),
    "plan": ("The change we plan to make", "on the Changes page: open the change"),
}


# The same texts as the warnings name them, and where each is changed (kept translatable).
_ON_SUGGESTIONS = term("on the Suggestions page (record the decision again with new words)")
_ON_CHANGES = term("on the Changes page: open the change")
NAMED = {
    "reason": (term("The reason for the decision"), _ON_SUGGESTIONS),
    "instead": (term("What we can do instead"), _ON_SUGGESTIONS),
    "passed_to": (term("Who it was passed on to"), _ON_SUGGESTIONS),
    "change": (term("What we did (the change)"), _ON_CHANGES),
    "plan": (term("The change we plan to make"), _ON_CHANGES),
}


def record_words(record: str) -> str:
    """A record as a warning names it in a sentence ("decision on suggestion 12", "change 3"),
    kept translatable; the record itself ("Decision on suggestion 12") stays as it is."""
    for pattern, words in ((r"Decision on suggestion (\d+)", "decision"),
                           (r"Change (\d+)", "change"), (r"Activity (\d+)", "activity")):
        found = re.fullmatch(pattern, record)
        if found is None:
            continue
        number = int(found[1])
        if words == "decision":
            return said("decision on suggestion {n}", n=number)
        return said("change {n}", n=number) if words == "change" else said("activity {n}",
                                                                             n=number)
    if record == "Change":
        return term("change")
    if record == "Organisation details":
        return term("organisation details")
    return record.lower()


def short_words(text: str) -> str:
    """A text as a warning quotes it: on one line, cut at a word after about 50 characters."""
    words = " ".join(text.split())
    return words if len(words) <= 50 else words[:48].rsplit(" ", 1)[0] + "\u2026"


@dataclass(frozen=True)
class DatedText:
    """One of our texts a letter may print, with when it was written and where it lives (a
    decision on ``suggestion_id``, or ``change_id``)."""

    text: str
    english: str
    welsh: str
    written_on: date
    suggestion_id: int
    change_id: int | None = None
    easy: str = ""  # its easy read version (empty: none, so easy read letters print english)

    @property
    def record(self) -> str:
        if self.change_id is not None:
            return f"Change {self.change_id}"
        return f"Decision on suggestion {self.suggestion_id}"


@dataclass(frozen=True)
class StaleText:
    """A text a letter prints that speaks of time and was written before the letter's time."""

    dated: DatedText
    words: str  # the text as printed (English or Welsh)
    time_words: str  # the words that speak of time, as written
    letter_date: date

    @property
    def label(self) -> str:
        return TEXTS[self.dated.text][0]

    def warning(self) -> str:
        label, where = NAMED[self.dated.text]
        return said("{label} (\u201c{short}\u201d, {record}) says \u201c{time_words}\u201d, but "
                    "it was written on {day}. It may be out of date now. Please check it before "
                    "printing. You can change it {where}.", label=label,
                    short=short_words(self.words), record=record_words(self.dated.record),
                    time_words=self.time_words, day=day_words(self.dated.written_on),
                    where=where)


def day_words(day: date) -> str:
    """"28 October 2025", with the month's name translatable."""
    return said("{day} {month} {year}", day=day.day,
                month=term(_EN_MONTHS.split("|")[day.month - 1]), year=day.year)


def stale_texts(texts: Iterable[DatedText], languages: Sequence[str],
                letter_date: date) -> tuple[StaleText, ...]:
    """The texts, in the letter's languages, that the rule says may be out of date (each
    text and language once). A Welsh part with no Welsh version prints the English."""
    welsh_part = any(lang.startswith("cy") for lang in languages)
    found: list[StaleText] = []
    for dated in texts:
        printed = []
        if "en" in languages or (welsh_part and not dated.welsh.strip()):
            printed.append(dated.english)
        if welsh_part and dated.welsh.strip():
            printed.append(dated.welsh)
        for words in printed:
            hits = [w for w, kind in time_words(words, months=dated.text != "change")
                    if is_stale(kind, dated.written_on, letter_date)]
            if hits:
                found.append(StaleText(dated, words, hits[0], letter_date))
    return tuple(found)

