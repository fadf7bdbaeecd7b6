"""A person's communication needs as one short flag, the same wherever they appear: their record,
the meeting form and the Letters page (the Accessible Information Standard asks that needs are
flagged where staff will see them). For example "Large print · Welsh and English · Through their
supporter: Jo Bloggs".

Each part is a fixed label (the screens translate it) with, for some, the person's own words
after it. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Person
from ...models.enums import FEEDBACK_FORMATS, LANGUAGES

THROUGH_SUPPORTER = "Through their supporter"
INTERPRETER = "Interpreter"
OTHER_NEEDS = "Other needs"
AND_ENGLISH = "{language} and English"
LABELS = (THROUGH_SUPPORTER, INTERPRETER, OTHER_NEEDS, AND_ENGLISH)
"""The fixed words of a flag besides the format and language names (listed for translators)."""

SEPARATOR = " \u00b7 "
DETAIL_CHARS = 40


class HasNeeds(Protocol):
    """A person, or just their needs columns: read only."""

    @property
    def feedback_format(self) -> str: ...
    @property
    def language(self) -> str: ...
    @property
    def bilingual(self) -> bool: ...
    @property
    def interpreter(self) -> str: ...
    @property
    def supporter_name(self) -> str: ...
    @property
    def send_via_supporter(self) -> bool: ...
    @property
    def other_needs(self) -> str: ...


@dataclass(frozen=True)
class PersonNeeds:
    """Just the needs columns of a person, for lists that do not load whole people."""

    feedback_format: str = "standard"
    language: str = "en"
    bilingual: bool = False
    interpreter: str = ""
    supporter_name: str = ""
    send_via_supporter: bool = False
    other_needs: str = ""


NEEDS_COLUMNS = tuple(PersonNeeds.__dataclass_fields__)
"""The Person columns the flag is made from."""


@dataclass(frozen=True)
class NeedPart:
    label: str  # a fixed label: a format, a language, or one of LABELS
    detail: str = ""  # the person's own words, shortened (a name, an interpreter's language)
    language: str = ""  # for AND_ENGLISH: the language's name, put into the label

    def text(self, translate: Any=lambda text: text) -> str:
        label = translate(self.label)
        if self.language:
            label = label.format(language=translate(self.language))
        return f"{label}: {self.detail}" if self.detail else label


def _short(text: str) -> str:
    first = " ".join(text.split())
    return first if len(first) <= DETAIL_CHARS else first[:DETAIL_CHARS - 1].rstrip() + "\u2026"


def needs_parts(person: HasNeeds) -> tuple[NeedPart, ...]:
    """The parts of the flag, in the order staff act on them; none for standard print in
    English with nothing else to know."""
    parts: list[NeedPart] = []
    if person.feedback_format and person.feedback_format != "standard":
        parts.append(NeedPart(FEEDBACK_FORMATS.get(person.feedback_format,
                                                   person.feedback_format)))
    if person.language and person.language != "en":
        name = LANGUAGES.get(person.language, person.language)
        parts.append(NeedPart(AND_ENGLISH, language=name) if person.bilingual
                     else NeedPart(name))
    if person.send_via_supporter:
        parts.append(NeedPart(THROUGH_SUPPORTER, _short(person.supporter_name)))
    if person.interpreter.strip():
        parts.append(NeedPart(INTERPRETER, _short(person.interpreter)))
    if person.other_needs.strip():
        parts.append(NeedPart(OTHER_NEEDS, _short(person.other_needs)))
    return tuple(parts)


def needs_flag(person: HasNeeds, translate: Any=lambda text: text) -> str:
    """The flag as one line, for example "Large print · Welsh · Interpreter: BSL"."""
    return SEPARATOR.join(part.text(translate) for part in needs_parts(person))


def people_needs(session: Session, person_ids: Sequence[int]) -> dict[int, tuple[NeedPart, ...]]:
    """Each person's flag parts, by id (one query)."""
    if not person_ids:
        return {}
    columns = [getattr(Person, name) for name in NEEDS_COLUMNS]
    rows = session.execute(select(Person.id, *columns).where(Person.id.in_(list(person_ids))))
    return {pid: needs_parts(PersonNeeds(*values)) for pid, *values in rows}
