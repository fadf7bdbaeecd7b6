"""Importing people: check every row first, then add or update them all through save_people
(save_person's rules, for many people in one go).

People are matched on ``ref``. Only the columns in the file are changed; a row that says what the
database already holds changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields, replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ...models import Group, Person
from ...models.enums import FEEDBACK_FORMATS, LANGUAGES
from ..records.people import PersonData
from ..records.people_many import save_people
from ..validation import clean_text
from .import_cells import restore_phone, tidy_postcode
from .import_read import PEOPLE, Choices, Row, Table

# Our column -> the PersonData field it fills.
COLUMN_FIELDS = {
    "ref": "ref", "first_name": "first_name", "last_name": "last_name",
    "preferred_name": "preferred_name", "address_1": "address_1", "address_2": "address_2",
    "town": "town", "postcode": "postcode", "email": "email", "phone": "phone",
    "groups": "groups", "feedback_format": "feedback_format", "language": "language",
    "supporter": "supporter_name", "consent_date": "consent_date",
}
FIELD_COLUMNS = {field: column for column, field in COLUMN_FIELDS.items()}
_FORMATS = Choices(FEEDBACK_FORMATS, "how they like to hear back")


@dataclass(frozen=True)
class PersonRow:
    row: Row
    ref: str
    changes: dict[str, Any]  # PersonData field -> value, for the columns the file has


@dataclass(frozen=True)
class PeopleCounts:
    added: int = 0
    updated: int = 0
    unchanged: int = 0


def read_people(session: Session, tables: Sequence[Table],
                notes: list[str] | None = None) -> list[PersonRow]:
    """Every people row, checked. Raises ImportProblem at the first row that is not right.

    Refs match ignoring case: a row with ref x001 updates the person stored as X001. What was
    tidied (refs, phone numbers) is added to ``notes``.
    """
    groups = {g.name.casefold(): g.name for g in session.scalars(
        select(Group).order_by(Group.position, Group.name))}
    seen: dict[str, Row] = {}
    result = []
    phones: list[Row] = []
    for table in tables:
        if table.kind != PEOPLE:
            continue
        for row in table.rows:
            person = _person_row(row, table.headers, groups, phones)
            earlier = seen.get(person.ref.casefold())
            if earlier is not None:
                raise row.problem("ref", f"The ref {person.ref} is also on {earlier.source}, row "
                                         f"{earlier.number}. Each person needs their own ref "
                                         "(refs are the same whatever their case).")
            seen[person.ref.casefold()] = row
            result.append(person)
    result, renamed = _stored_refs(session, result)
    if notes is not None:
        if phones:
            notes.append(f"We put back the 0 at the start of {len(phones)} UK phone "
                         f"{'number' if len(phones) == 1 else 'numbers'} that the spreadsheet "
                         f"had stored as a number ({_rows(phones)}). Please check "
                         f"{'it' if len(phones) == 1 else 'them'}.")
        if renamed:
            one = len(renamed) == 1
            notes.append(f"{len(renamed)} {'ref' if one else 'refs'} in the people list "
                         f"{'matches a person' if one else 'match people'} already stored with "
                         f"capital letters in other places, so we updated "
                         f"{'that person' if one else 'those people'} ({_rows(renamed)}).")
    return result


def _rows(rows: Sequence[Row], limit: int = 10) -> str:
    """"people.csv, rows 3, 7" for the first few rows, then how many more."""
    by_source: dict[str, list[str]] = {}
    for row in rows[:limit]:
        by_source.setdefault(row.source, []).append(str(row.number))
    listed = "; ".join(f"{source}, {'row' if len(numbers) == 1 else 'rows'} {', '.join(numbers)}"
                       for source, numbers in by_source.items())
    more = len(rows) - limit
    return listed + (f" and {more} more" if more > 0 else "")


def _stored_refs(session: Session,
                 rows: list[PersonRow]) -> tuple[list[PersonRow], list[Row]]:
    """Rows whose ref differs only in case from a stored ref take the stored ref."""
    exact = set(_existing(session, [r.ref for r in rows]))
    wanted = {r.ref.casefold() for r in rows if r.ref not in exact}
    stored: dict[str, str] = {}
    folded = sorted(wanted)
    for start in range(0, len(folded), 500):
        chunk = folded[start:start + 500]
        for (ref,) in session.execute(select(Person.ref).where(func.lower(Person.ref).in_(chunk))
                                      .order_by(Person.id)):
            stored.setdefault(ref.casefold(), ref)
    result, renamed = [], []
    for person in rows:
        found = person.ref if person.ref in exact else stored.get(person.ref.casefold())
        if found is not None and found != person.ref:
            person = replace(person, ref=found)
            renamed.append(person.row)
        result.append(person)
    return result, renamed


def _person_row(row: Row, headers: Mapping[str, str], groups: dict[str, str], phones: list[Row]) -> PersonRow:
    ref = row.limited_text("ref", "the ref", max_length=40)
    if not ref:
        raise row.problem("ref", "Please give this person a ref (like P0012). The ref is how "
                                 "we find them again when you import a newer list.")
    changes: dict[str, Any] = {}
    for column, field in COLUMN_FIELDS.items():
        if column in headers and column != "ref":
            changes[field] = row.text(column)
    if "feedback_format" in headers:
        changes["feedback_format"] = _FORMATS.code(row, "feedback_format", default="standard")
    if "language" in headers:
        changes["language"] = _language(row.text("language"))
    if "postcode" in headers:
        with row.checking("postcode"):
            changes["postcode"] = tidy_postcode(row.text("postcode"))
    if "phone" in headers:
        changes["phone"], restored = restore_phone(row.text("phone"))
        if restored:
            phones.append(row)
    if "groups" in headers:
        changes["groups"] = _groups(row, groups)
    if "consent_date" in headers:
        changes["consent_date"] = row.date("consent_date", "the consent date")
    return PersonRow(row, ref, changes)


def _language(text: str) -> str:
    """A language code when we know the name; anything else is checked by save_person."""
    text = text.lower() or "en"
    return next((code for code, label in LANGUAGES.items() if text in (code, label.lower())),
                text)


def _groups(row: Row, groups: dict[str, str]) -> tuple[str, ...]:
    chosen: list[str] = []
    for name in row.text("groups").split(";"):
        name = clean_text(name)
        if not name:
            continue
        known = groups.get(name.casefold())
        if known is None:
            allowed = "; ".join(groups.values())
            raise row.problem("groups", f"There is no group called \u201c{name[:60]}\u201d. "
                                        f"Please use one of: {allowed}. Put ; between groups. "
                                        "You can add new groups in Settings.")
        if known not in chosen:
            chosen.append(known)
    return tuple(chosen)


def write_people(session: Session, rows: Sequence[PersonRow]) -> PeopleCounts:
    """Add new people and update changed ones. Returns how many of each."""
    existing = _existing(session, [r.ref for r in rows])
    unchanged = 0
    to_save: list[tuple[PersonData, int | None]] = []
    saving: list[PersonRow] = []
    for person_row in rows:
        person = existing.get(person_row.ref)
        if person is not None and person.erased_at is not None:
            raise person_row.row.problem(
                "ref", f"The person with ref {person_row.ref} was erased, so we cannot bring "
                       "their details back. Please give them a new ref.")
        before = _data_from(person) if person else PersonData(first_name="", ref=person_row.ref)
        after = replace(before, **person_row.changes)
        if person is not None and _comparable(after) == _comparable(before):
            unchanged += 1
            continue
        to_save.append((after, person.id if person else None))
        saving.append(person_row)
    if to_save:
        save_people(session, to_save,
                    checking=lambda index: saving[index].row.checking("ref", FIELD_COLUMNS))
    added = sum(1 for _data, person_id in to_save if person_id is None)
    return PeopleCounts(added, len(to_save) - added, unchanged)


# What a form hands back about the record it was opened on: never in a spreadsheet.
_NOT_COMPARED = ("version", "keep_mine")


def _existing(session: Session, refs: Sequence[str]) -> dict[str, Person]:
    found: dict[str, Person] = {}
    unique = list(dict.fromkeys(refs))
    for start in range(0, len(unique), 500):
        chunk = unique[start:start + 500]
        query = select(Person).where(Person.ref.in_(chunk)).options(selectinload(Person.groups))
        found.update({p.ref: p for p in session.scalars(query)})
    return found


def _data_from(person: Person) -> PersonData:
    values = {f.name: getattr(person, f.name) for f in fields(PersonData)
              if f.name not in ("groups", *_NOT_COMPARED)}
    return PersonData(**values, groups=tuple(g.name for g in person.groups))


def _comparable(data: PersonData) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for f in fields(data):
        if f.name in _NOT_COMPARED:
            continue
        value = getattr(data, f.name)
        if isinstance(value, str):
            value = clean_text(value)
        elif isinstance(value, tuple):
            value = frozenset(clean_text(v).casefold() for v in value) - {""}
        result[f.name] = value
    return result
