"""The wording of feedback letters: shipped defaults, saved changes, checks and filling in.

Each kind of letter (Update, Decision, Change made, Thank you) has wording for each format
(standard, large print, easy read) and language. The wording is split into parts (greeting,
opening, what you told us, what we decided...) with named fields such as ``{first_name}``.
Email and phone use the standard wording; large print uses the standard wording unless the
organisation saved large print wording of its own.

Defaults ship in ``resources/templates/<language>.json`` (English only). Anything saved in
Settings is kept in the ``letter_template`` table and wins over the defaults; resetting a part
removes the saved wording. Another language (such as Welsh) is added by saving its wording.

Two rules make templates forgiving: a line that uses a field with nothing in it for this letter
is left out, and a part whose fields are all empty is left out altogether, so "What we can do
instead: {instead}" disappears when there is nothing to offer instead.
"""

from __future__ import annotations

import difflib
import json
import string
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..models import AppSetting, LetterTemplate
from ..models.enums import FEEDBACK_KINDS, LANGUAGES
from . import audit
from .errors import ValidationError
from .paths import resources_dir
from .validation import choice, clean_text

KINDS = tuple(FEEDBACK_KINDS)
TEMPLATE_FORMATS = {"standard": "Standard print", "large_print": "Large print",
                    "easy_read": "Easy read"}
DEFAULT_LANGUAGE = "en"
MAX_PART_LENGTH = 5000

LETTER_FIELDS = {
    "first_name": "the person's first name (or the name they like to use)",
    "full_name": "the person's full name",
    "organisation": "your organisation's name",
    "signatory": "the name letters are signed by",
    "signatory_role": "their job title",
    "contact": "who to contact: the person who signs letters, or your organisation",
    "phone": "your phone number",
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
            + tuple(PartInfo(n, label, "item") for n, label in item)
            + tuple(PartInfo(n, label, "letter") for n, label in closing)
            + tuple(PartInfo(n, label, "phrase") for n, label in phrases))


PARTS = _parts()
PART_INFO = {p.name: p for p in PARTS}


@dataclass(frozen=True)
class TemplatePart:
    """The wording of one part as a letter would use it, and where it came from:
    ``saved`` (changed in Settings), ``standard`` (the standard print wording, used for large
    print), ``default`` (shipped) or ``missing`` (no wording yet in this language)."""

    kind: str
    format: str
    language: str
    part: str
    label: str
    scope: str
    body: str
    source: str

    @property
    def fields(self) -> tuple[str, ...]:
        return tuple(sorted(PART_INFO[self.part].fields))


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
                raise ValidationError("body", "There is an empty {}. Put a field name inside "
                                              "the brackets, like {first_name}.")
            if spec or conversion:
                extra = line[line.find("{" + name):].split("}")[0] + "}"
                raise ValidationError("body", f"The field {extra} has extra marks after its "
                                              f"name. Please write it as {{{name}}}.")
            found.append(name)
    return found


def _brace_message(error: str, line: str) -> str:
    shown = line.strip()[:60]
    if "Single '}'" in error:
        return (f"There is a }} without a {{ before it, in \u201c{shown}\u201d. Fields look like "
                "{first_name}. To print a } on its own, type }}.")
    return (f"There is a {{ without a }} to close it, in \u201c{shown}\u201d. Fields look like "
            "{first_name}. To print a { on its own, type {{.")


def validate_template(body: str, *, part: str | None = None) -> None:
    """Raise ValidationError (field "body") if ``body`` has a field we do not know, a field
    this part cannot use, or broken braces. The message says how to put it right."""
    text = body or ""
    if len(text) > MAX_PART_LENGTH:
        raise ValidationError("body", f"This wording is too long. Please keep each part to "
                                      f"{MAX_PART_LENGTH} characters or fewer.")
    info = PART_INFO.get(part) if part else None
    if part and info is None:
        raise ValidationError("part", f"\u201c{part[:40]}\u201d is not a part of a letter.")
    allowed = info.fields if info else frozenset(ALL_FIELDS)
    for name in template_fields(text):
        if name not in ALL_FIELDS:
            close = difflib.get_close_matches(name, list(ALL_FIELDS), n=1)
            hint = f" Did you mean {{{close[0]}}}?" if close else ""
            usable = ", ".join(f"{{{f}}}" for f in ALL_FIELDS if f in allowed)
            raise ValidationError("body", f"The field {{{name[:40]}}} is not one we know.{hint} "
                                          f"You can use: {usable}.")
        if name not in allowed:
            where = ("the parts about each suggestion" if name in ITEM_FIELDS
                     and info and info.scope == "letter" else "other parts")
            raise ValidationError("body", f"The field {{{name}}} cannot be used in "
                                          f"\u201c{info.label}\u201d. It can only be used in "
                                          f"{where}.")


def render_template(body: str, values: Mapping[str, str]) -> str:
    """Fill in the fields of ``body``. A line that uses an empty field is left out, and when
    every field in the part is empty the whole part is left out (so a label such as "What we
    can do instead:" goes too). Leading and trailing blank lines are dropped. Values are used
    as they are (never read again as templates)."""
    lines: list[str] = []
    used = filled = 0
    for line in (body or "").split("\n"):
        out: list[str] = []
        keep = True
        for literal, name, _spec, _conversion in string.Formatter().parse(line):
            out.append(literal)
            if name is not None:
                used += 1
                value = str(values.get(name, "") or "").strip()
                if not value:
                    keep = False
                    continue
                filled += 1
                out.append(value)
        if keep:
            lines.append("".join(out).rstrip())
    if used and not filled:
        return ""
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    return "\n".join(lines)


# Defaults and saved wording ------------------------------------------------------------------

@cache
def _defaults(language: str) -> dict:
    path = resources_dir() / "templates" / f"{language}.json"
    if not path.is_file() or not language.replace("-", "").isalnum():
        return {}
    with path.open(encoding="utf-8") as handle:
        return json.load(handle).get("formats", {})


def default_body(kind: str, fmt: str, language: str, part: str) -> str | None:
    """The shipped wording for one part, or None when nothing ships for it."""
    formats = _defaults(language)
    by_kind = formats.get(fmt, {})
    if part in by_kind.get(kind, {}):
        return by_kind[kind][part]
    return by_kind.get("all", {}).get(part)


def template_format(feedback_format: str) -> str:
    """The wording a person's format uses: email and phone use the standard wording."""
    return feedback_format if feedback_format in ("large_print", "easy_read") else "standard"


class Wording:
    """Every saved part plus the defaults, looked up without going back to the database."""

    def __init__(self, saved: Mapping[tuple[str, str, str, str], str]) -> None:
        self._saved = dict(saved)
        self._cache: dict[tuple[str, str, str], dict[str, tuple[str, str]]] = {}

    def resolve(self, kind: str, fmt: str, language: str) -> dict[str, tuple[str, str]]:
        """{part: (body, source)} for every part that has wording."""
        key = (kind, template_format(fmt), language)
        if key not in self._cache:
            fmt = key[1]
            chain = [fmt] if fmt == "standard" else [fmt, "standard"]
            found: dict[str, tuple[str, str]] = {}
            for info in PARTS:
                for index, step in enumerate(chain):
                    source = "saved" if index == 0 else "standard"
                    body = self._saved.get((kind, step, language, info.name))
                    if body is None:
                        body, source = default_body(kind, step, language, info.name), "default"
                    if body is not None:
                        found[info.name] = (body, source)
                        break
            self._cache[key] = found
        return self._cache[key]

    def parts(self, kind: str, fmt: str, language: str) -> dict[str, str] | None:
        """{part: body} when this language has wording for every part, else None."""
        found = self.resolve(kind, fmt, language)
        if len(found) < len(PARTS):
            return None
        return {name: body for name, (body, _source) in found.items()}

    def missing(self, kind: str, fmt: str, language: str) -> tuple[str, ...]:
        found = self.resolve(kind, fmt, language)
        return tuple(p.name for p in PARTS if p.name not in found)

    def with_parts(self, kind: str, fmt: str, language: str,
                   bodies: Mapping[str, str]) -> Wording:
        """A copy with some parts replaced by unsaved wording (for a live preview)."""
        saved = dict(self._saved)
        saved.update({(kind, fmt, language, part): body for part, body in bodies.items()})
        return Wording(saved)

    def languages(self) -> tuple[str, ...]:
        codes = {DEFAULT_LANGUAGE} | {key[2] for key in self._saved}
        codes |= {p.stem for p in (resources_dir() / "templates").glob("*.json")}
        return tuple(sorted(codes, key=lambda c: (c != DEFAULT_LANGUAGE, c)))


def load_wording(session: Session) -> Wording:
    rows = session.execute(select(LetterTemplate.kind, LetterTemplate.format,
                                  LetterTemplate.language, LetterTemplate.part,
                                  LetterTemplate.body))
    return Wording({(k, f, lang, p): body for k, f, lang, p, body in rows})


def check_key(kind: str, fmt: str, language: str) -> tuple[str, str, str]:
    kind_code = choice(kind, FEEDBACK_KINDS, "kind", "the kind of letter")
    fmt_code = choice(fmt, TEMPLATE_FORMATS, "format", "the format (email and phone use the "
                                                      "standard print wording)")
    lang = clean_text(language).lower() or DEFAULT_LANGUAGE
    if len(lang) > 10 or not lang.replace("-", "").isalpha() or not lang.isascii():
        raise ValidationError("language", f"\u201c{lang[:20]}\u201d is not a language code. "
                                          "Please use a short code like en or cy.")
    return kind_code, fmt_code, lang


def get_template(session: Session, *, kind: str, format: str,
                 language: str = DEFAULT_LANGUAGE) -> tuple[TemplatePart, ...]:
    """Every part of one kind x format x language, as letters would use it (for the editor)."""
    kind, fmt, lang = check_key(kind, format, language)
    found = load_wording(session).resolve(kind, fmt, lang)
    result = []
    for info in PARTS:
        body, source = found.get(info.name, ("", "missing"))
        result.append(TemplatePart(kind, fmt, lang, info.name, info.label, info.scope, body,
                                   source))
    return tuple(result)


def save_template(session: Session, *, kind: str, format: str, language: str, part: str,
                  body: str, all_kinds: bool = False) -> TemplatePart:
    """Save the wording of one part (checked first). With ``all_kinds`` a part that is the same
    in every kind of letter (everything but the heading and opening) is saved for them all."""
    kind, fmt, lang = check_key(kind, format, language)
    if part not in PART_INFO:
        raise ValidationError("part", f"\u201c{str(part)[:40]}\u201d is not a part of a letter.")
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    validate_template(text, part=part)
    if all_kinds and PART_INFO[part].per_kind:
        raise ValidationError("all_kinds", "The heading and opening are different for each kind "
                                           "of letter. Please save them one kind at a time.")
    for each in (KINDS if all_kinds else (kind,)):
        row = session.scalar(select(LetterTemplate).where(
            LetterTemplate.kind == each, LetterTemplate.format == fmt,
            LetterTemplate.language == lang, LetterTemplate.part == part))
        if row is None:
            row = LetterTemplate(kind=each, format=fmt, language=lang, part=part, body=text)
            session.add(row)
        else:
            row.body = text
        session.flush()
        audit.record(session, "settings", "letter_template", row.id,
                     f"{each}/{fmt}/{lang}/{part}")
    info = PART_INFO[part]
    return TemplatePart(kind, fmt, lang, part, info.label, info.scope, text, "saved")


def reset_template(session: Session, *, kind: str, format: str,
                   language: str = DEFAULT_LANGUAGE, part: str | None = None) -> int:
    """Go back to the default wording for one part (or every part). Returns parts reset."""
    kind, fmt, lang = check_key(kind, format, language)
    query = delete(LetterTemplate).where(LetterTemplate.kind == kind, LetterTemplate.format == fmt,
                                         LetterTemplate.language == lang)
    if part is not None:
        query = query.where(LetterTemplate.part == part)
    removed = session.execute(query).rowcount or 0
    audit.record(session, "settings", "letter_template", None,
                 f"reset {kind}/{fmt}/{lang}/{part or 'all parts'}")
    return removed


def languages(session: Session) -> dict[str, str]:
    """Languages that have letter wording (shipped or saved): code -> name."""
    return {code: LANGUAGES.get(code, code) for code in load_wording(session).languages()}


# Large print size ----------------------------------------------------------------------------

LARGE_PRINT_KEY = "letters.large_print_size"
LARGE_PRINT_DEFAULT = 18
LARGE_PRINT_SMALLEST = 16


def large_print_size(session: Session) -> int:
    row = session.get(AppSetting, LARGE_PRINT_KEY)
    try:
        size = int(row.value) if row is not None else LARGE_PRINT_DEFAULT
    except ValueError:
        size = LARGE_PRINT_DEFAULT
    return min(max(size, LARGE_PRINT_SMALLEST), 28)


def set_large_print_size(session: Session, size: int) -> int:
    if not isinstance(size, int) or not LARGE_PRINT_SMALLEST <= size <= 28:
        raise ValidationError("large_print_size", "Large print must be between 16 and 28 point. "
                                                  "Most people ask for 18.")
    row = session.get(AppSetting, LARGE_PRINT_KEY)
    if row is None:
        session.add(AppSetting(key=LARGE_PRINT_KEY, value=str(size)))
    else:
        row.value = str(size)
    audit.record(session, "settings", "app_setting", None, LARGE_PRINT_KEY)
    return size
