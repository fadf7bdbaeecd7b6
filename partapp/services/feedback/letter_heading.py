"""Which heading and opening a letter gets: the one that fits what its items say.

The kind of a letter (Update, Decision, Change made) is why it is owed, and is what its record
keeps. Its heading and opening are chosen from what the items say, by one rule (docs/design.md,
"Headings that fit"):

- the first item is not decided yet: "We are still working on it" when nothing is decided,
  else "News about what you told us" (some decided, some not: the mixed heading);
- a change is done and more than half the items are a yes: "We have made a change";
- otherwise: "What we decided" (half yes and half no is not a letter about a change).

A thank-you letter keeps its own heading.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .letter_content import LetterItem
    from .letter_templates import Wording

MIXED = "mixed"
YES_OUTCOMES = frozenset(("agreed", "agreed_in_part"))
# The parts the mixed heading uses (scope "letter", the same in every kind of letter).
MIXED_PARTS = {"heading": "heading_mixed", "opening": "opening_mixed"}


def answer(item: LetterItem) -> str:
    """What one item says: yes (agreed, or a change done), no (not now, not possible, passed
    on) or waiting (not decided yet)."""
    if item.done_on is not None or item.outcome in YES_OUTCOMES:
        return "yes"
    return "no" if item.outcome else "waiting"


def heading_kind(kind: str, items: Sequence[LetterItem]) -> str:
    """The kind of letter whose heading and opening fit these items (or ``MIXED``)."""
    if kind == "thank_you" or not items:
        return kind
    answers = [answer(item) for item in items]
    if answers[0] == "waiting":
        return "update" if all(a == "waiting" for a in answers) else MIXED
    if any(item.done_on is not None for item in items) \
            and 2 * answers.count("yes") > len(answers):
        return "change_made"
    return "decision"


def with_heading(parts: dict[str, str], kind: str, items: Sequence[LetterItem],
                 wording: Wording, fmt: str, language: str) -> dict[str, str]:
    """``parts`` (the letter's wording) with the heading and opening that fit ``items``.
    A language without the fitting wording keeps the kind's own."""
    fitting = heading_kind(kind, items)
    if fitting == kind:
        return parts
    if fitting == MIXED:
        chosen = {part: parts[name] for part, name in MIXED_PARTS.items() if name in parts}
    else:
        other = wording.parts(fitting, fmt, language) or {}
        chosen = {part: other[part] for part in ("heading", "opening") if part in other}
    if len(chosen) < 2:
        return parts
    return {**parts, **chosen}
