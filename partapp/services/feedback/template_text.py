"""The named fields of letter wording, the parts of a letter, and filling them in.

Checked before anything is saved or printed: an unknown field or broken braces is a clear
error that says how to put it right.
"""

from __future__ import annotations

import difflib
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from ..errors import ValidationError
from ..words import said

MAX_PART_LENGTH = 5000

LETTER_FIELDS = {
    "first_name": "the person's first name (or the name they like to use)",
    "full_name": "the person's full name",
    "organisation": "your organisation's name",
    "signatory": "the name letters are signed by",
    "signatory_role": "their job title",
    "contact": "who to contact: the person who signs letters, or your organisation",
    "phone": "your phone number",
    "address": "your address, on one line",
    "email": "your email address",
    "complaints_contact": "who to contact if someone is not happy (from Settings)",
    "promise_days": "your feedback promise, in days",
    "today": "the date of the letter",
    "activity": "the activity: the one a thank-you letter is about, or where something was said",
    "activity_on": "the date of that activity",
}
ITEM_FIELDS = {
    "suggestion": "what the person said, in their own words",
    "raised_on": "the date they said it",
    "where": "where or how they said it (from the \u201cwhere\u201d phrases)",
    "service": "the service it is about",
    "decision": "what we decided (from the \u201cdecision\u201d phrases)",
    "reason": "why we decided it",
    "reply": "our reply to a compliment or a question",
    "instead": "what we can do instead",
    "passed_to": "who we passed it on to",
    "next_step": "what happens next (from the \u201cnext step\u201d phrases)",
    "plan": "the change we plan to make",
    "due_on": "when we aim to finish that change",
    "change": "the change we made",
    "done_on": "when the change was made",
}
ALL_FIELDS = {**LETTER_FIELDS, **ITEM_FIELDS}
# Phrases fill in {where}, {decision} and {next_step}, so they cannot use those themselves.
_PHRASE_FIELDS = frozenset(ALL_FIELDS) - {"where", "decision", "next_step"}


@dataclass(frozen=True)
class PartInfo:
    """One piece of a letter's wording. ``scope`` is letter, item (once per suggestion) or
    phrase (a short piece that fills in another part's field)."""

    name: str
    label: str
    scope: str
    per_kind: bool = False
    optional: bool = False  # a language may leave it out: its letters simply go without it

    @property
    def fields(self) -> frozenset[str]:
        if self.scope == "letter":
            return frozenset(LETTER_FIELDS)
        if self.scope == "phrase":
            return _PHRASE_FIELDS
        return frozenset(ALL_FIELDS)


def _parts() -> tuple[PartInfo, ...]:
    letter = [("heading", "Heading at the top", True), ("greeting", "Greeting", False),
              ("opening", "Opening", True)]
    late = PartInfo("sorry_late", "Sorry for a late answer", "letter", optional=True)
    # When the first suggestion is not decided yet but others are (letter_heading.py).
    mixed = (PartInfo("heading_mixed", "Heading when only some are decided", "letter",
                      optional=True),
             PartInfo("opening_mixed", "Opening when only some are decided", "letter",
                      optional=True))
    item = [("told_us_heading", "Heading: what you told us"), ("told_us", "What you told us"),
            ("decided_heading", "Heading: what we decided"), ("decided", "What we decided"),
            ("reason_heading", "Heading: why"), ("reason", "Why"),
            ("reply_heading", "Heading: our reply"),
            ("reply", "Our reply (compliments and questions)"),
            ("instead_heading", "Heading: what we can do instead"),
            ("instead", "What we can do instead"),
            ("change_heading", "Heading: what we have done"), ("change", "What we have done"),
            ("next_heading", "Heading: what happens next"), ("next", "What happens next")]
    closing = [("closing", "Questions"), ("not_happy_heading", "Heading: if you are not happy"),
               ("not_happy", "If you are not happy"), ("thanks", "Thanks at the end"),
               ("sign_off", "Signing off")]
    phrases = [("where_activity", "Where: at an activity"), ("where_phone", "Where: on the phone"),
               ("where_letter", "Where: in a letter"), ("where_email", "Where: in an email"),
               ("where_suggestion_box", "Where: suggestion box"),
               ("where_in_person", "Where: in person"),
               ("outcome_agreed", "Decision: agreed"),
               ("outcome_agreed_in_part", "Decision: agreed in part"),
               ("outcome_not_now", "Decision: not now"),
               ("outcome_not_possible", "Decision: not possible"),
               ("outcome_passed_on", "Decision: passed on"),
               ("reply_compliment", "Reply to a compliment (when none was written)"),
               ("next_waiting", "Next step: not decided yet"),
               ("next_planned", "Next step: a change is planned"),
               ("next_agreed", "Next step: agreed, no plan yet"),
               ("next_not_now", "Next step: not now"),
               ("next_not_possible", "Next step: not possible"),
               ("next_passed_on", "Next step: passed on"),
               ("next_done", "Next step: the change is done")]
    return (tuple(PartInfo(n, label, "letter", per_kind) for n, label, per_kind in letter)
            + mixed + (late,)
            + tuple(PartInfo(n, label, "item") for n, label in item)
            + tuple(PartInfo(n, label, "letter") for n, label in closing)
            + tuple(PartInfo(n, label, "phrase") for n, label in phrases))


PARTS = _parts()
PART_INFO = {p.name: p for p in PARTS}


# Checking and filling in ---------------------------------------------------------------------

def template_fields(body: str) -> list[str]:
    """The field names used in ``body``, in order. Raises ValidationError for broken braces."""
    found: list[str] = []
    for line in (body or "").split("\n"):
        try:
            pieces = list(string.Formatter().parse(line))
        except ValueError as error:
            raise ValidationError("body", _brace_message(str(error), line)) from None
        for _literal, name, spec, conversion in pieces:
            if name is None:
                continue
            if name == "":
                raise ValidationError("body", said("There is an empty {}. Put a field name "
                                                   "inside the brackets, like {first_name}."))
            if spec or conversion:
                extra = line[line.find("{" + name):].split("}")[0] + "}"
                raise ValidationError("body", said("The field {extra} has extra marks after "
                                                   "its name. Please write it as {{{name}}}.",
                                                   extra=extra, name=name))
            found.append(name)
    return found


def _brace_message(error: str, line: str) -> str:
    shown = line.strip()[:60]
    if "Single '}'" in error:
        return said("There is a }} without a {{ before it, in \u201c{shown}\u201d. Fields look "
                    "like {{first_name}}. To print a }} on its own, type }}}}.", shown=shown)
    return said("There is a {{ without a }} to close it, in \u201c{shown}\u201d. Fields look like "
                "{{first_name}}. To print a {{ on its own, type {{{{.", shown=shown)


def validate_template(body: str, *, part: str | None = None) -> None:
    """Raise ValidationError (field "body") if ``body`` has a field we do not know, a field
    this part cannot use, or broken braces. The message says how to put it right."""
    text = body or ""
    if len(text) > MAX_PART_LENGTH:
        raise ValidationError("body", said("This wording is too long. Please keep each part "
                                           "to {max_part_length} characters or fewer.",
                                           max_part_length=MAX_PART_LENGTH))
    info = PART_INFO.get(part) if part else None
    if part and info is None:
        raise ValidationError("part", said("“{part}” is not a part of a letter.", part=part[:40]))
    allowed = info.fields if info else frozenset(ALL_FIELDS)
    for name in template_fields(text):
        if name not in ALL_FIELDS:
            close = difflib.get_close_matches(name, list(ALL_FIELDS), n=1)
            hint = f" Did you mean {{{close[0]}}}?" if close else ""
            usable = ", ".join(f"{{{f}}}" for f in ALL_FIELDS if f in allowed)
            raise ValidationError("body", said("The field {{{name}}} is not one we "
                                               "know.{hint} You can use: {usable}.",
                                               name=name[:40], hint=hint, usable=usable))
        if name not in allowed:
            where = ("the parts about each suggestion" if name in ITEM_FIELDS
                     and info and info.scope == "letter" else "other parts")
            raise ValidationError("body", said("The field {{{name}}} cannot be used in "
                                               "“{value}”. It can only be used in {where}.",
                                               name=name, value=info.label if info else part,
                                               where=where))


@lru_cache(maxsize=2048)
def _lines(body: str) -> tuple[tuple[tuple[str, str | None], ...], ...]:
    """Each line of ``body`` as (literal text, field name or None) pieces, worked out once:
    a batch of letters fills in the same few templates thousands of times."""
    return tuple(tuple((literal, name) for literal, name, _spec, _conv
                       in string.Formatter().parse(line))
                 for line in body.split("\n"))


def render_template(body: str, values: Mapping[str, str]) -> str:
    """Fill in the fields of ``body``.

    A line that uses an empty field is left out. A line ending with a colon introduces the line
    after it, so when that line is left out the colon line goes too ("What we can do instead:"
    with nothing instead). Leading and trailing blank lines are dropped. Values are used as
    they are (never read again as wording).
    """
    kept: list[str | None] = []
    for pieces in _lines(body or ""):
        out: list[str] = []
        for literal, name in pieces:
            out.append(literal)
            if name is not None:
                value = str(values.get(name, "") or "").strip()
                if not value:
                    break
                out.append(value)
        else:
            kept.append("".join(out).rstrip())
            continue
        kept.append(None)  # a field on this line is empty: the line is left out
    lines: list[str] = []
    for index, line in enumerate(kept):
        if line is None:
            continue
        following = kept[index + 1] if index + 1 < len(kept) else ""
        if line.endswith(":") and following is None:
            continue
        lines.append(line)
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)
