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
is left out, and a line ending with a colon goes with the line after it, so "What we can do
instead:" followed by "{instead}" disappears when there is nothing to offer instead.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ...models import AppSetting, LetterTemplate
from ...models.enums import FEEDBACK_KINDS, LANGUAGES
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import ValidationError
from ..files.paths import resources_dir
from ..validation import choice, clean_text
from ..words import said
from .template_text import (
    ALL_FIELDS,
    ITEM_FIELDS,
    LETTER_FIELDS,
    PART_INFO,
    PARTS,
    PartInfo,
    render_template,
    template_fields,
    validate_template,
)

__all__ = [
    "ALL_FIELDS",
    "ITEM_FIELDS",
    "KINDS",
    "LETTER_FIELDS",
    "PARTS",
    "PART_INFO",
    "TEMPLATE_FORMATS",
    "PartInfo",
    "TemplatePart",
    "Wording",
    "default_body",
    "get_template",
    "languages",
    "large_print_size",
    "load_wording",
    "load_wording_file",
    "render_template",
    "reset_template",
    "save_template",
    "set_large_print_size",
    "template_fields",
    "template_format",
    "validate_template",
]

KINDS = tuple(FEEDBACK_KINDS)
TEMPLATE_FORMATS = {"standard": "Standard print", "large_print": "Large print",
                    "easy_read": "Easy read"}
DEFAULT_LANGUAGE = "en"


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



# Defaults and saved wording ------------------------------------------------------------------

@cache
def _defaults(language: str) -> dict[str, Any]:
    path = resources_dir() / "templates" / f"{language}.json"
    if not path.is_file() or not language.replace("-", "").isalnum():
        return {}
    with path.open(encoding="utf-8") as handle:
        formats: dict[str, Any] = json.load(handle).get("formats", {})
    return formats


def default_body(kind: str, fmt: str, language: str, part: str) -> str | None:
    """The shipped wording for one part, or None when nothing ships for it."""
    formats = _defaults(language)
    by_kind = formats.get(fmt, {})
    if part in by_kind.get(kind, {}):
        return str(by_kind[kind][part])
    found = by_kind.get("all", {}).get(part)
    return None if found is None else str(found)


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
        """{part: body} when this language has wording for every part it needs, else None."""
        found = self.resolve(kind, fmt, language)
        if any(p.name not in found for p in PARTS if not p.optional):
            return None
        return {name: body for name, (body, _source) in found.items()}

    def missing(self, kind: str, fmt: str, language: str) -> tuple[str, ...]:
        found = self.resolve(kind, fmt, language)
        return tuple(p.name for p in PARTS if p.name not in found and not p.optional)

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
        raise ValidationError("language", said("“{lang}” is not a language code. Please use a "
                                               "short code like en or cy.", lang=lang[:20]))
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


@operation(Changed.SETTINGS)
def save_template(session: Session, *, kind: str, format: str, language: str, part: str,
                  body: str, all_kinds: bool = False) -> TemplatePart:
    """Save the wording of one part (checked first). With ``all_kinds`` a part that is the same
    in every kind of letter (everything but the heading and opening) is saved for them all."""
    require(session, "administrator")
    kind, fmt, lang = check_key(kind, format, language)
    if part not in PART_INFO:
        raise ValidationError("part", said("“{part}” is not a part of a letter.",
                                           part=str(part)[:40]))
    text = (body or "").replace("\r\n", "\n").replace("\r", "\n")
    validate_template(text, part=part)
    if all_kinds and PART_INFO[part].per_kind:
        raise ValidationError("all_kinds", said("The heading and opening are different for "
                                                "each kind of letter. Please save them one "
                                                "kind at a time."))
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


@operation(Changed.SETTINGS)
def save_wording(session: Session, *, kind: str, format: str, language: str,
                 bodies: Mapping[str, str], all_kinds: bool = False,
                 large_print_size: int | None = None) -> None:
    """Save the Wording tab: several parts of one letter (with ``all_kinds``, each part that is
    the same in every kind is saved for them all) and the large print size if it is given, all
    at once or, if one is wrong, none."""
    for part, body in bodies.items():
        save_template(session, kind=kind, format=format, language=language, part=part,
                      body=body, all_kinds=all_kinds and part in PART_INFO
                      and not PART_INFO[part].per_kind)
    if large_print_size is not None:
        set_large_print_size(session, large_print_size)


@operation(Changed.SETTINGS)
def reset_template(session: Session, *, kind: str, format: str,
                   language: str = DEFAULT_LANGUAGE, part: str | None = None,
                   all_kinds: bool = False) -> int:
    """Go back to the default wording for one part (or every part). With ``all_kinds`` a part
    that is the same in every kind of letter goes back in all of them. Returns parts reset."""
    require(session, "administrator")
    kind, fmt, lang = check_key(kind, format, language)
    every = all_kinds and (part is None or not PART_INFO[part].per_kind)
    removed = 0
    for each in (KINDS if every else (kind,)):
        query = delete(LetterTemplate).where(LetterTemplate.kind == each,
                                             LetterTemplate.format == fmt,
                                             LetterTemplate.language == lang)
        if part is not None:
            query = query.where(LetterTemplate.part == part)
        removed += int(getattr(session.execute(query), "rowcount", 0) or 0)
        audit.record(session, "settings", "letter_template", None,
                     f"reset {each}/{fmt}/{lang}/{part or 'all parts'}")
    return removed


@operation(Changed.SETTINGS)
def load_wording_file(session: Session, path: Path, *, language: str) -> int:
    """Save every part found in a wording file (the layout of resources/templates/en.json),
    for example Welsh wording a translator wrote. Everything is checked before anything is
    saved. Returns how many parts were saved."""
    require(session, "administrator")
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        formats = data["formats"]
        if not isinstance(formats, dict):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError):
        raise ValidationError("file", said("That file is not a wording file we can read. It "
                                           "should look like resources/templates/en.json.")) from None
    wanted: list[tuple[str, str, str, str]] = []
    for fmt, by_kind in formats.items():
        for kind_key, parts in (by_kind or {}).items():
            for part, body in (parts or {}).items():
                if part not in PART_INFO:
                    raise ValidationError("file", said("The file has a part called “{part}”, "
                                                       "which letters do not have.",
                                                       part=str(part)[:40]))
                try:
                    validate_template(str(body), part=part)
                except ValidationError as error:
                    raise ValidationError("file", said("In “{label}”: {message}",
                                                       label=PART_INFO[part].label,
                                                       message=error.message)) from None
                kinds = KINDS if kind_key == "all" else (kind_key,)
                wanted.extend((kind, fmt, part, str(body)) for kind in kinds)
    for kind, fmt, part, body in wanted:
        save_template(session, kind=kind, format=fmt, language=language, part=part, body=body)
    return len(wanted)


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


@operation(Changed.SETTINGS)
def set_large_print_size(session: Session, size: int) -> int:
    require(session, "administrator")
    if not isinstance(size, int) or not LARGE_PRINT_SMALLEST <= size <= 28:
        raise ValidationError("large_print_size", said("Large print must be between 16 and 28 "
                                                       "point. Most people ask for 18."))
    row = session.get(AppSetting, LARGE_PRINT_KEY)
    if row is None:
        session.add(AppSetting(key=LARGE_PRINT_KEY, value=str(size)))
    else:
        row.value = str(size)
    audit.record(session, "settings", "app_setting", None, LARGE_PRINT_KEY)
    return size
