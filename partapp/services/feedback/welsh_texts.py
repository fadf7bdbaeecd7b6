"""The organisation's own free texts in a Welsh letter: the Welsh version when there is one,
and a warning naming each text printed in English because there is none.

The free texts (a decision's reason, what we can do instead, who it was passed on to, a
change's description, an activity's title, the organisation's address, complaints contact and
signer's job title) can each hold a Welsh version beside the English. ``in_welsh`` gives the
text a Welsh section prints: the Welsh, or the English wrapped in invisible marks that say which
text it is. Once the letter is built, ``unmark`` takes the marks out of every section and
lists the texts that were really printed in English (a text that the letter's wording leaves
out, such as an empty "what we can do instead", is never warned about).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..words import said, term
from .stale_texts import record_words, short_words

if TYPE_CHECKING:
    from .letter_content import LetterItem, LetterSection

WELSH = "cy"

# Private use characters: never typed, never printed (they are taken out before either).
_OPEN, _SPLIT, _MID, _CLOSE = "\ue000", "\ue003", "\ue001", "\ue002"
_MARKED = re.compile(f"{_OPEN}([^{_SPLIT}]*){_SPLIT}([^{_MID}]*){_MID}([^{_CLOSE}]*){_CLOSE}")

# Which text it is, as a coordinator would say it, and where its Welsh is typed in.
_DECISION = ("on the Suggestions page: choose the suggestion, then \u201cThe decision in "
             "Welsh\u201d")
TEXTS = {
    "reason": ("The reason for the decision", _DECISION),
    "instead": ("What we can do instead", _DECISION),
    "passed_to": ("Who it was passed on to", _DECISION),
    "change": ("What we did (the change)", "on the Changes page: open the change"),
    "activity": ("The activity's title", "on the Activities page: open the activity"),
    "address": ("Your address", "in Settings"),
    "complaints_contact": ("Who to contact if someone is not happy", "in Settings"),
    "signatory_role": ("The signer's job title", "in Settings"),
}
ORGANISATION = "Organisation details"
# The same texts as the warnings name them, and where each one's Welsh is added (translatable).
_WELSH_ON_SUGGESTIONS = term("on the Suggestions page: choose the suggestion, then \u201cThe "
                             "decision in Welsh\u201d")
_IN_SETTINGS = term("in Settings")
NAMED = {
    "reason": (term("The reason for the decision"), _WELSH_ON_SUGGESTIONS),
    "instead": (term("What we can do instead"), _WELSH_ON_SUGGESTIONS),
    "passed_to": (term("Who it was passed on to"), _WELSH_ON_SUGGESTIONS),
    "change": (term("What we did (the change)"), term("on the Changes page: open the change")),
    "activity": (term("The activity's title"), term("on the Activities page: open the activity")),
    "address": (term("Your address"), _IN_SETTINGS),
    "complaints_contact": (term("Who to contact if someone is not happy"), _IN_SETTINGS),
    "signatory_role": (term("The signer's job title"), _IN_SETTINGS),
}


@dataclass(frozen=True)
class MissingWelsh:
    """One free text a Welsh letter printed in English: which text, the record it belongs to
    ("Decision on suggestion 12", "Change 3", "Activity 4", "Organisation details") and its
    English words."""

    text: str
    record: str
    english: str

    @property
    def label(self) -> str:
        return TEXTS[self.text][0]

    def warning(self, bilingual: bool) -> str:
        label, where = NAMED[self.text]
        part = term("the Welsh part of the letter") if bilingual else term("this Welsh letter")
        return said("{label} (\u201c{short}\u201d, {record}) has no Welsh version, so it is in "
                    "English in {part}. You can add the Welsh {where}.", label=label,
                    short=short_words(self.english), record=record_words(self.record),
                    part=part, where=where)


def in_welsh(text: str, record: str, english: str, welsh: str) -> str:
    """What a Welsh section prints for one free text: its Welsh version, or else the English
    marked as missing its Welsh (an empty English text stays empty)."""
    if welsh.strip():
        return welsh
    clean = english.strip()
    if not clean:
        return english
    return f"{_OPEN}{text}{_SPLIT}{record}{_MID}{clean}{_CLOSE}"


def unmark(text: str) -> tuple[str, list[MissingWelsh]]:
    """``text`` as printed (the marks taken out), and the texts marked in it, in order."""
    if _OPEN not in text:
        return text, []
    found = [MissingWelsh(*m.groups()) for m in _MARKED.finditer(text)]
    return _MARKED.sub(lambda m: m.group(3), text), found


def merged(first: Iterable[MissingWelsh], more: Iterable[MissingWelsh]) -> tuple[MissingWelsh, ...]:
    """Both lists, each text once."""
    out = {(m.text, m.record): m for m in first}
    for m in more:
        out.setdefault((m.text, m.record), m)
    return tuple(out.values())


def welsh_item_texts(item: LetterItem) -> dict[str, str]:
    """An item's free texts in a Welsh part: each one's Welsh, or its English marked."""
    decision = f"Decision on suggestion {item.suggestion_id}"
    return {
        "reason": in_welsh("reason", decision, item.reason, item.reason_cy),
        "instead": in_welsh("instead", decision, item.instead, item.instead_cy),
        "passed_to": in_welsh("passed_to", decision, item.passed_to, item.passed_to_cy),
        "activity": in_welsh("activity", f"Activity {item.activity_id}", item.activity,
                             item.activity_cy),
        "change": item.change_cy or in_welsh("change", "Change", item.change, ""),
        "plan": item.plan_cy or in_welsh("change", "Change", item.plan, ""),
    }


def without_marks(sections: Sequence[LetterSection],
                  before: Sequence[MissingWelsh] = ()) -> tuple[list[LetterSection],
                                                              tuple[MissingWelsh, ...]]:
    """The sections as printed, and the free texts they print in English in a Welsh part
    (each once, after those in ``before``)."""
    out: list[LetterSection] = []
    found: list[MissingWelsh] = []
    for section in sections:
        text, in_text = unmark(section.text)
        heading, in_heading = unmark(section.heading)
        found += in_heading + in_text
        out.append(section if not (in_text or in_heading)
                   else replace(section, text=text, heading=heading))
    return out, merged(before, found)

