"""Finding an erased person's details in what people typed, however it was typed.

Text is compared in a folded form: accents taken off (Siân, SIÂN and Sian are the same),
case ignored, HTML character references read (``Si&#226;n``, ``Si&acirc;n``), and the many
kinds of space, apostrophe and dash treated as one. What is found is replaced in the original
text, so everything around it stays exactly as it was typed.

``FREE_TEXT`` lists every column where people type about people; ``NOT_FREE_TEXT`` says why
each other text column is left alone. A test checks every text column is in one of the two.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy import ColumnElement, String, Table, select, update
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    AuditEntry,
    Change,
    Decision,
    Feedback,
    FollowUp,
    InvolvementLevel,
    LetterTemplate,
    Person,
    Suggestion,
)
from ...models.folding import fold as search_fold
from ...models.folding import fold_char
from ..feedback.letter_content import format_date

NAME_REMOVED = "[name removed]"
ADDRESS_REMOVED = "[address removed]"
POSTCODE_REMOVED = "[postcode removed]"
PHONE_REMOVED = "[phone number removed]"
EMAIL_REMOVED = "[email removed]"

_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});?")


def fold(text: str) -> str:
    """The form text is compared in (see the module's notes)."""
    return _folded(text)[0]


def _folded(text: str) -> tuple[str, list[int], list[int]]:
    """The folded text, and for each of its characters where it came from in ``text``."""
    if text.isascii() and "&" not in text and "`" not in text:
        lower = text.lower()  # the same length: positions are unchanged
        span = list(range(len(text)))
        return lower, span, [i + 1 for i in span]
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    i = 0
    while i < len(text):
        end = i + 1
        piece = text[i]
        if piece == "&":
            match = _ENTITY.match(text, i)
            if match is not None:
                decoded = html.unescape(match.group())
                if decoded != match.group():
                    piece, end = decoded, match.end()
        folded = "".join(fold_char(c) for c in piece)
        out.append(folded)
        starts += [i] * len(folded)
        ends += [end] * len(folded)
        i = end
    return "".join(out), starts, ends


def _words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+(?:'[^\W_]+)*", fold(text))


def _name(text: str) -> str | None:
    """A name's words in order, with any spaces or hyphens between them (Mary-Anne, Mary Anne)."""
    words = _words(text)
    return r"[\s\-]+".join(re.escape(w) for w in words) if words else None


def _alternatives(parts: Iterable[str | None]) -> re.Pattern[str] | None:
    found = sorted({p for p in parts if p}, key=lambda p: (-len(p), p))
    if not found:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(found) + r")(?!\w)")


def phone_pattern(phone: str) -> re.Pattern[str] | None:
    """Any spacing, and the 0, +44, 0044 and +44 (0) forms of a UK number."""
    value = phone.strip()
    digits = re.sub(r"\D", "", value)
    if value.startswith(("+", "00")):
        digits = digits[2:] if value.startswith("00") else digits
        if not digits.startswith("44"):  # a number abroad: its digits, any spacing
            if len(digits) < 6:
                return None
            return re.compile(r"(?<![\d+])(?:\+|00)?\s*" + r"[\s\-.()]*".join(digits)
                              + r"(?!\d)")
        digits = digits[2:]
    national = digits[1:] if digits.startswith("0") else digits
    if len(national) < 6:
        return None
    prefix = r"(?:(?:\+|00)\s*44\s*(?:\(\s*0\s*\)\s*)?|(?:\(\s*)?0)?"
    return re.compile(r"(?<![\d+])" + prefix + r"[\s\-.()]*".join(national) + r"(?!\d)")


def postcode_pattern(postcode: str) -> re.Pattern[str] | None:
    """Any spacing and any case: LL57 9QX, ll579qx, LL57  9QX."""
    compact = re.sub(r"\s", "", fold(postcode))
    if not 5 <= len(compact) <= 8 or not compact.isalnum():
        return None
    return re.compile(r"(?<![^\W_])" + r"\s*".join(re.escape(c) for c in compact)
                      + r"(?![^\W_])")


def address_pattern(line: str) -> re.Pattern[str] | None:
    """An address line of at least two words ("12 Pennant Row", "12, Pennant  Row")."""
    words = _words(line)
    if len(words) < 2 or len("".join(words)) < 6:
        return None  # a village or "Flat 2" on its own says little and is often someone else's
    return re.compile(r"(?<![^\W_])" + r"[\s,.\-]+".join(re.escape(w) for w in words)
                      + r"(?![^\W_])")


def email_pattern(email: str) -> re.Pattern[str] | None:
    folded = fold(email.strip())
    if "@" not in folded:
        return None
    return re.compile(r"(?<![\w.+\-])" + re.escape(folded) + r"(?![\w\-]|\.\w)")


@dataclass(frozen=True)
class Details:
    """What to look for, for one person, built from their record before it is blanked."""

    full_names: re.Pattern[str] | None  # first or preferred name next to the surname
    every_name: re.Pattern[str] | None  # also any one of their names on its own
    first_names: re.Pattern[str] | None  # the first or preferred name on its own
    contact: tuple[tuple[re.Pattern[str], str], ...]  # (pattern, what replaces it)
    shared: int = 0  # contact details left alone because they are someone else's too

    def replace(self, text: str, *, every_name: bool = False) -> str:
        """``text`` with the details replaced (``every_name``: each name on its own too)."""
        patterns = [(self.every_name if every_name else self.full_names, NAME_REMOVED),
                    *self.contact]
        for pattern, marker in patterns:
            if pattern is not None:
                text = _sub(pattern, marker, text)
        return text

    def mentions_first_name(self, text: str) -> bool:
        return self.first_names is not None and self.first_names.search(fold(text)) is not None


def _sub(pattern: re.Pattern[str], marker: str, text: str) -> str:
    folded, starts, ends = _folded(text)
    spans = [(starts[m.start()], ends[m.end() - 1]) for m in pattern.finditer(folded)
             if m.end() > m.start()]
    for start, end in reversed(spans):
        text = text[:start] + marker + text[end:]
    return text


def details_for(person: Person, *, others: Iterable[str] = ()) -> Details:
    """What to look for about ``person``.

    ``others``: other people's (and the organisation's) own contact details. A detail of this
    person's that is also one of those (a family at one address, a care home's phone) is left
    where it was typed, because it is someone else's too and says nothing about this person.
    """
    first, last, preferred = ((value or "").strip() for value in
                              (person.first_name, person.last_name, person.preferred_name))
    givens = [g for g in dict.fromkeys((first, preferred)) if _name(g)]
    surname = _name(last)
    full: list[str] = []
    for given in givens if surname else ():
        name = _name(given)
        if name is None or surname is None:
            continue
        full += [name + r"\s+(?:[^\W\d_]\.?\s+)?" + surname,  # Siân Evans, Siân R. Evans
                 surname + r"\s*,\s*" + name, surname + r"\s+" + name]  # Evans, Siân
    alone = [_name(g) for g in givens if len(fold(g)) >= 2]
    every = full + alone + ([surname] if surname and len(fold(last)) >= 2 else [])
    others = [fold(v) for v in others if v and v.strip()]
    contact, shared = [], 0
    for value, make, marker in (
            (person.address_1, address_pattern, ADDRESS_REMOVED),
            (person.address_2, address_pattern, ADDRESS_REMOVED),
            (person.postcode, postcode_pattern, POSTCODE_REMOVED),
            (person.email, email_pattern, EMAIL_REMOVED),
            (person.phone, phone_pattern, PHONE_REMOVED)):
        pattern = make(value.strip()) if value and value.strip() else None
        if pattern is None:
            continue
        if any(pattern.search(other) for other in others):
            shared += 1
        else:
            contact.append((pattern, marker))
    return Details(_alternatives(full), _alternatives(every), _alternatives(alone),
                   tuple(contact), shared)


# --- Where people type about people ---------------------------------------------------------

def _day(value: object) -> str:
    if isinstance(value, datetime):
        value = value.date()
    return format_date(value) if isinstance(value, date) else ""


def _with_day(name: str, key: str, day: str | None) -> Callable[[Mapping[str, Any]], str]:
    def label(row: Mapping[str, Any]) -> str:
        when = _day(row.get(day)) if day else ""
        return f"{name} {row[key]}" + (f", {when}" if when else "")
    return label


@dataclass(frozen=True)
class Place:
    """Free-text columns of one table, and how to tell a person which row it is."""

    table: Table
    columns: tuple[str, ...]
    label: Callable[[Mapping[str, Any]], str]
    extra: tuple[str, ...] = ()


def _t(model: type[Any]) -> Table:
    """A model's table, typed as one."""
    return cast(Table, model.__table__)


FREE_TEXT: tuple[Place, ...] = (
    Place(_t(Suggestion), ("text",), _with_day("Suggestion", "id", "raised_on"),
          ("raised_on",)),
    Place(_t(Decision), ("reason", "instead", "passed_to", "decided_by", "reason_cy",
                         "instead_cy", "passed_to_cy", "reason_easy", "instead_easy",
                         "passed_to_easy"),
          _with_day("Decision on suggestion", "suggestion_id", "decided_on"),
          ("suggestion_id", "decided_on")),
    Place(_t(Change), ("description", "owner", "description_cy", "description_easy"),
          _with_day("Change", "id", "created_at"), ("created_at",)),
    Place(_t(Activity), ("title", "notes", "facilitator", "title_cy", "title_easy"),
          _with_day("Activity", "id", "held_on"), ("held_on",)),
    Place(_t(Person), ("notes", "supporter_name", "supporter_address", "other_needs",
                             "interpreter"), _with_day("The record of", "ref", None), ("ref",)),
    Place(_t(Feedback), ("snapshot", "sent_by"), _with_day("Letter", "id", "sent_on"),
          ("sent_on",)),
    Place(_t(FollowUp), ("words", "recorded_by"),
          _with_day("Answer about a change", "id", "answered_on"), ("answered_on",)),
    Place(_t(AuditEntry), ("details",), _with_day("Audit log entry", "id", "at"),
          ("at",)),
    Place(_t(LetterTemplate), ("body",), _with_day("Letter wording", "id", None)),
    Place(_t(InvolvementLevel), ("description", "label"),
          _with_day("Involvement level", "code", None)),
)

# Search copies of free texts (table: {text column: its copy}): made again from the scrubbed text.
FOLDED: dict[str, dict[str, str]] = {"suggestion": {"text": "text_folded"}}

# Every other text column, and why an erasure leaves it alone (a test checks none is missed).
NOT_FREE_TEXT: dict[str, tuple[str, ...]] = {
    "a person's own details: blanked in the erased person's record, and in anyone else's "
    "record they are that person's own": (
        "person.ref", "person.first_name", "person.last_name", "person.preferred_name",
        "person.address_1", "person.address_2", "person.town", "person.postcode",
        "person.email", "person.phone"),
    "staff sign-in accounts": ("staff_user.username", "staff_user.display_name",
                               "staff_user.role", "staff_user.password_hash",
                               "audit_entry.actor"),
    "an office's own details": ("office.name", "office.name_cy", "office.address",
                                "office.address_cy", "office.phone", "office.email"),
    "the organisation's own details": (
        "organisation.name", "organisation.address", "organisation.phone", "organisation.email",
        "organisation.website", "organisation.charity_number", "organisation.logo_filename",
        "organisation.signatory_name", "organisation.signatory_role",
        "organisation.complaints_contact", "organisation.address_cy",
        "organisation.complaints_contact_cy", "organisation.signatory_role_cy",
        "organisation.complaints_contact_easy"),
    "settings and the names of lists": ("app_setting.key", "app_setting.value",
                                        "user_group.name", "service.name"),
    "codes chosen from a list": (
        "person.feedback_format", "person.language", "audit_entry.action", "audit_entry.entity",
        "involvement_level.code", "letter_template.kind", "letter_template.format",
        "letter_template.language", "letter_template.part", "activity.activity_type",
        "activity.involvement_code", "activity_support.support", "change.status",
        "feedback.kind", "feedback.format", "feedback.language", "feedback.method",
        "feedback.batch", "suggestion.kind", "suggestion.channel", "decision.outcome",
        "decision.reason_category", "follow_up.answer", "follow_up.method"),
    "a search copy of a free text, written again from it whenever the text is scrubbed "
    "(FOLDED)": ("suggestion.text_folded",),
    "equality answers, chosen from a list (the erased person's are deleted)": tuple(
        f"equality_profile.{c}" for c in ("age_band", "sex", "trans", "ethnicity",
                                          "disability", "religion", "sexual_orientation")),
}


def text_columns(tables: Iterable[Table]) -> set[tuple[str, str]]:
    return {(t.name, c.name) for t in tables for c in t.columns if isinstance(c.type, String)}


@dataclass(frozen=True)
class Found:
    changed: int
    to_check: tuple[str, ...]


def scrub_free_text(session: Session, details: Details, *, skip_person_id: int,
                    own: Callable[[Table], ColumnElement[bool] | None] = lambda _t: None) -> Found:
    """Replace ``details`` in every free-text column; lists rows that mention the first name.

    ``own(table)`` gives a condition for the rows that are the person's own words (their
    suggestions and the decisions on them), where each of their names is taken out on its own.
    """
    changed = 0
    to_check: list[str] = []
    for place in FREE_TEXT:
        table = place.table
        pk = list(table.primary_key.columns)
        mine = own(table)
        cols = [table.c[c] for c in dict.fromkeys((*place.columns, *place.extra))
                if c not in {p.name for p in pk}]
        query = select(*pk, *cols)
        if table is Person.__table__:
            query = query.where(table.c.id != skip_person_id)
        mine_ids = set()
        if mine is not None:
            mine_ids = {tuple(r) for r in session.execute(select(*pk).where(mine)).all()}
        for row in session.execute(query.order_by(*pk)).mappings():
            key = tuple(row[p.name] for p in pk)
            values = {}
            for column in place.columns:
                text = row[column] or ""
                if not text:
                    continue
                new = details.replace(text, every_name=key in mine_ids)
                if new != text:
                    values[column] = new
            for column, folded in FOLDED.get(table.name, {}).items():
                if column in values:  # the search copy is made again from the new text
                    values[folded] = search_fold(values[column])
            if values:
                session.execute(update(table).where(*[p == row[p.name] for p in pk])
                                .values(values))
                changed += 1
            if any(details.mentions_first_name(values.get(c, row[c] or ""))
                   for c in place.columns):
                to_check.append(place.label(dict(row)))
    return Found(changed, tuple(to_check))
