"""Recording and finding people, their communication needs, groups and equality answers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import func, literal, or_, select
from sqlalchemy.orm import Session

from ...models import EqualityProfile, Group, Person
from ...models.enums import EQUALITY_QUESTIONS, FEEDBACK_FORMATS, LANGUAGES, equality_options
from ...models.folding import fold
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..text_fold import escape_like, folded_like, match_words
from ..validation import choice, clean_text, optional_text, parse_date, required_text
from ..words import said
from . import versions
from .offices import office_for_saving


@dataclass(frozen=True)
class PersonData:
    """What a form or an import row says about a person. Groups are given by name."""

    first_name: str
    last_name: str = ""
    ref: str = ""
    preferred_name: str = ""
    address_1: str = ""
    address_2: str = ""
    town: str = ""
    postcode: str = ""
    email: str = ""
    phone: str = ""
    groups: tuple[str, ...] = ()
    feedback_format: str = "standard"
    language: str = "en"
    bilingual: bool = False
    interpreter: str = ""
    supporter_name: str = ""
    supporter_address: str = ""
    send_via_supporter: bool = False
    other_needs: str = ""
    consent_date: date | str | None = None
    consent_withdrawn_date: date | str | None = None
    notes: str = ""
    # The version the form was opened on (None: no form, as in an import), and whether the
    # person chose to save over a newer one (services/records/versions.py).
    version: int | None = None
    keep_mine: bool = False
    # The office they belong to (None: where they are; a new person, the office on show).
    office_id: int | None = None


@dataclass(frozen=True)
class PersonView:
    id: int
    ref: str
    first_name: str
    last_name: str
    preferred_name: str
    display_name: str
    address_1: str
    address_2: str
    town: str
    postcode: str
    email: str
    phone: str
    groups: tuple[str, ...]
    feedback_format: str
    language: str
    bilingual: bool
    interpreter: str
    supporter_name: str
    supporter_address: str
    send_via_supporter: bool
    other_needs: str
    consent_date: date | None
    consent_withdrawn_date: date | None
    notes: str
    erased: bool
    has_equality_profile: bool
    version: int = 1
    office_id: int = 1

    @property
    def address_lines(self) -> tuple[str, ...]:
        return tuple(x for x in (self.address_1, self.address_2, self.town, self.postcode) if x)


@dataclass(frozen=True)
class EqualityAnswers:
    """Equality monitoring answers: None means not answered. Codes from models.enums."""

    consent_date: date | str | None = None
    answers: dict[str, str | None] = field(default_factory=dict)


def to_view(person: Person) -> PersonView:
    return PersonView(
        id=person.id, ref=person.ref, first_name=person.first_name, last_name=person.last_name,
        preferred_name=person.preferred_name, display_name=person.display_name,
        address_1=person.address_1, address_2=person.address_2, town=person.town,
        postcode=person.postcode, email=person.email, phone=person.phone,
        groups=tuple(g.name for g in person.groups), feedback_format=person.feedback_format,
        language=person.language, bilingual=person.bilingual, interpreter=person.interpreter,
        supporter_name=person.supporter_name, supporter_address=person.supporter_address,
        send_via_supporter=person.send_via_supporter, other_needs=person.other_needs,
        consent_date=person.consent_date, consent_withdrawn_date=person.consent_withdrawn_date,
        notes=person.notes, erased=person.erased_at is not None,
        has_equality_profile=person.equality is not None, version=person.version,
        office_id=person.office_id,
    )


def next_ref(session: Session) -> str:
    """The next free automatic reference, like P0042."""
    refs = session.scalars(select(Person.ref).where(Person.ref.like("P%"))).all()
    numbers = [int(r[1:]) for r in refs if r[1:].isdigit()]
    return f"P{(max(numbers, default=0) + 1):04d}"


@dataclass(frozen=True)
class Known:
    """What the checks on a person look up, read once however many people are saved: the
    groups (by name, any case) and who already has each reference being saved."""

    groups: dict[str, Group]
    refs: dict[str, int]  # reference -> the id of the person who has it


def known_for(session: Session, refs: Sequence[str]) -> Known:
    groups = {g.name.casefold(): g for g in session.scalars(select(Group))}
    wanted = sorted({clean_text(ref) for ref in refs} - {""})
    taken: dict[str, int] = {}
    for start in range(0, len(wanted), 500):
        query = select(Person.ref, Person.id).where(Person.ref.in_(wanted[start:start + 500]))
        taken.update((ref, person_id) for ref, person_id in session.execute(query))
    return Known(groups, taken)


def _resolve_groups(names: tuple[str, ...], known_groups: dict[str, Group]) -> list[Group]:
    groups = []
    known = known_groups
    for name in names:
        name = clean_text(name)
        if not name:
            continue
        group = known.get(name.casefold())
        if group is None:
            allowed = ", ".join(g.name for g in known.values())
            raise ValidationError("groups", said("There is no group called “{name}”. Please "
                                                 "use one of: {allowed}. You can add groups "
                                                 "in Settings.", name=name[:60], allowed=allowed))
        if group not in groups:
            groups.append(group)
    return sorted(groups, key=lambda g: (g.position, g.name))


def checked(data: PersonData, person_id: int | None,
            known: Known) -> tuple[dict[str, Any], list[Group]]:
    """The columns to store and the groups, with every check of a person's details; raises
    ValidationError. Shared by save_person and save_people (people_many.py)."""
    return _validated(data, person_id, known), _resolve_groups(tuple(data.groups), known.groups)


def _validated(data: PersonData, person_id: int | None, known: Known) -> dict[str, Any]:
    values: dict[str, Any] = {
        "first_name": required_text(data.first_name, "first_name", "the first name", max_length=100),
        "last_name": optional_text(data.last_name, "last_name", "the last name", max_length=100),
        "preferred_name": optional_text(data.preferred_name, "preferred_name",
                                        "the preferred name", max_length=100),
        "address_1": optional_text(data.address_1, "address_1", "the first address line"),
        "address_2": optional_text(data.address_2, "address_2", "the second address line"),
        "town": optional_text(data.town, "town", "the town", max_length=100),
        "postcode": optional_text(data.postcode, "postcode", "the postcode", max_length=20).upper(),
        "email": optional_text(data.email, "email", "the email address"),
        "phone": optional_text(data.phone, "phone", "the phone number", max_length=60),
        "feedback_format": choice(data.feedback_format or "standard", FEEDBACK_FORMATS,
                                  "feedback_format", "how they like to hear back"),
        "language": _language(data.language),
        "bilingual": bool(data.bilingual),
        "interpreter": optional_text(data.interpreter, "interpreter", "the interpreter needed",
                                     max_length=100),
        "supporter_name": optional_text(data.supporter_name, "supporter_name",
                                        "the supporter's name"),
        "supporter_address": optional_text(data.supporter_address, "supporter_address",
                                           "the supporter's address", max_length=500),
        "send_via_supporter": bool(data.send_via_supporter),
        "other_needs": optional_text(data.other_needs, "other_needs", "other needs",
                                     max_length=2000),
        "consent_date": parse_date(data.consent_date, "consent_date", "the consent date",
                                   required=False),
        "consent_withdrawn_date": parse_date(data.consent_withdrawn_date,
                                             "consent_withdrawn_date",
                                             "the date consent was withdrawn", required=False),
        "notes": optional_text(data.notes, "notes", "the notes", max_length=5000),
    }
    email = str(values["email"] or "")
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError("email", said("“{email}” does not look like an email address. "
                                            "It should look like name@example.org.",
                                            email=email[:60]))
    if values["send_via_supporter"] and not values["supporter_name"]:
        raise ValidationError("supporter_name", said("Letters are set to go through a "
                                                     "supporter. Please give the supporter's "
                                                     "name."))
    ref = optional_text(data.ref, "ref", "the reference", max_length=40)
    if ref:
        clash = known.refs.get(ref)
        if clash is not None and clash != person_id:
            raise ValidationError("ref", said("The reference {ref} is already used by someone "
                                              "else. Please choose another, or leave it empty.",
                                              ref=ref))
    values["ref"] = ref
    return values


def _language(value: str) -> str:
    text = clean_text(value).lower() or "en"
    for code, label in LANGUAGES.items():
        if text in (code, label.lower()):
            return code
    if len(text) <= 10 and text.isascii() and text.replace("-", "").isalpha():
        return text
    raise ValidationError("language", said("“{text}” is not a language we know. Please use "
                                           "English or Welsh (or a short code like en, cy).",
                                           text=text[:30]))


@operation(Changed.PERSON)
def save_person(session: Session, data: PersonData, *, person_id: int | None = None) -> PersonView:
    """Add a person (``person_id`` None) or update one. Returns what was stored."""
    require(session, "volunteer")
    values, groups = checked(data, person_id, known_for(session, [data.ref]))
    if person_id is None:
        values["ref"] = values["ref"] or next_ref(session)
        person = Person(**values)
        session.add(person)
        action, note = "create", ""
    else:
        person = _get(session, person_id)
        note = versions.check_version(session, person, "person", data.version, data.keep_mine)
        if not values["ref"]:
            values["ref"] = person.ref
        for key, value in values.items():
            setattr(person, key, value)
        action = "update"
    office_id = office_for_saving(session, data.office_id,
                                  current=person.office_id if person_id is not None else None)
    if office_id is not None:
        person.office_id = office_id
    person.groups = groups
    versions.flush(session, "person")
    audit.record(session, action, "person", person.id, note)
    return to_view(person)


@operation(Changed.PERSON)
def save_equality(session: Session, person_id: int, answers: EqualityAnswers) -> None:
    """Store (or clear, when every answer is empty) a person's equality monitoring answers."""
    require(session, "volunteer")
    person = _get(session, person_id)
    cleaned: dict[str, str | None] = {}
    for question, value in answers.answers.items():
        if question not in EQUALITY_QUESTIONS:
            raise ValidationError(question, said("{question} is not an equality question we "
                                                 "ask.", question=question))
        label = EQUALITY_QUESTIONS[question][0].rstrip("?").lower()
        cleaned[question] = choice(value, equality_options(question), question, label,
                                   required=False)
    consent = parse_date(answers.consent_date, "equality_consent_date",
                         "the date they agreed to answer", required=False)
    if all(v is None for v in cleaned.values()):
        if person.equality is not None:
            person.equality = None  # delete-orphan removes the row
            session.flush()
            audit.record(session, "delete", "equality_profile", person.id)
        return
    profile = person.equality or EqualityProfile(person_id=person.id)
    profile.consent_date = consent
    for question in EQUALITY_QUESTIONS:
        setattr(profile, question, cleaned.get(question))
    person.equality = profile
    session.flush()
    audit.record(session, "update", "equality_profile", person.id)


@operation(Changed.PERSON)
def save_person_and_equality(session: Session, data: PersonData, answers: EqualityAnswers, *,
                             person_id: int | None = None) -> PersonView:
    """The person form's save: their details and their equality answers, in one transaction."""
    view = save_person(session, data, person_id=person_id)
    save_equality(session, view.id, answers)
    return view


def equality_answers(session: Session, person_id: int) -> EqualityAnswers:
    person = _get(session, person_id)
    if person.equality is None:
        return EqualityAnswers()
    return EqualityAnswers(
        consent_date=person.equality.consent_date,
        answers={q: getattr(person.equality, q) for q in EQUALITY_QUESTIONS})


def _get(session: Session, person_id: int) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(said("That person is no longer in the database. They may have "
                                 "been removed."))
    return person


def get_person(session: Session, person_id: int) -> PersonView:
    return to_view(_get(session, person_id))


def find_by_ref(session: Session, ref: str) -> PersonView:
    person = session.scalar(select(Person).where(Person.ref == ref.strip()))
    if person is None:
        raise NotFoundError(said("There is nobody with the reference {ref}.",
                                 ref=ref.strip()[:40]))
    return to_view(person)


def search_people(session: Session, text: str = "", *, limit: int = 50, offset: int = 0,
                  include_erased: bool = False) -> list[PersonView]:
    """People whose name, reference, town or postcode contains ``text``, by last name."""
    query = select(Person)
    if not include_erased:
        query = query.where(Person.erased_at.is_(None))
    query = match_words(query, text, (Person.first_name, Person.last_name, Person.preferred_name,
                                      Person.ref, Person.town, Person.postcode))
    query = query.order_by(func.lower(Person.last_name), func.lower(Person.first_name), Person.id)
    return [to_view(p) for p in session.scalars(query.limit(limit).offset(offset))]


def count_people(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Person)
                          .where(Person.erased_at.is_(None))) or 0


def look_alikes(session: Session, data: PersonData, *, person_id: int | None = None,
                limit: int = 5) -> list[PersonView]:
    """People already recorded who may be the person in ``data``, before a new record is made:
    the same name however it is typed (Siân Llewellyn, SIAN LLEWELLYN; first or preferred name),
    or the same postcode and the same first or last name. Erased people are not shown."""
    first = {fold(n) for n in (data.first_name, data.preferred_name) if n.strip()}
    last = fold(data.last_name.strip())
    postcode = "".join(data.postcode.split()).upper()
    if not first and not last:
        return []
    same_name = folded_like(Person.last_name, literal(escape_like(last)))
    same_place = (func.upper(func.replace(Person.postcode, " ", "")) == postcode) \
        if postcode else None
    query = select(Person).where(Person.erased_at.is_(None),
                                 same_name if same_place is None else or_(same_name, same_place))
    if person_id is not None:
        query = query.where(Person.id != person_id)
    found = []
    for person in session.scalars(query.order_by(Person.id).limit(200)):
        theirs = {fold(n) for n in (person.first_name, person.preferred_name) if n}
        name_matches = fold(person.last_name) == last and bool(first & theirs)
        place_matches = bool(postcode) and "".join(person.postcode.split()).upper() == postcode \
            and (bool(first & theirs) or (bool(last) and fold(person.last_name) == last))
        if name_matches or place_matches:
            found.append(to_view(person))
    return found[:limit]
