"""Offices: add and change them, say who works in which, and move records between them.

While a file has one office the app says nothing about offices. Adding a second one names
the first too (it has no name until then), and from then on every list, Home, the letters
and the report show the offices chosen (services/office_filter.py). An office's address,
phone and email head its people's letters; any left empty are the organisation's.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from ...models import FIRST_OFFICE, Activity, Change, Office, Person, StaffUser, Suggestion
from ...models import staff_office as staff_office_table
from ..access import audit
from ..access.auth import current_user, require
from ..access.office_scope import allowed_offices
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..office_filter import offices_of
from ..validation import optional_text, required_text
from ..words import said
from . import versions
from .organisation import OrganisationDetails, get_details

RECORDS: dict[str, Any] = {"person": Person, "activity": Activity, "suggestion": Suggestion, "change": Change}


@dataclass(frozen=True)
class OfficeDetails:
    name: str
    name_cy: str = ""
    address: str = ""
    address_cy: str = ""
    phone: str = ""
    email: str = ""
    active: bool = True
    id: int | None = None
    version: int | None = None  # the version the form was opened on (services/records/versions.py)
    keep_mine: bool = False


def _details(office: Office) -> OfficeDetails:
    return OfficeDetails(name=office.name, name_cy=office.name_cy, address=office.address,
                         address_cy=office.address_cy, phone=office.phone, email=office.email,
                         active=office.active, id=office.id, version=office.version)


def list_offices(session: Session, *, active_only: bool = False) -> list[OfficeDetails]:
    """Every office, the first one first, then by name."""
    query = select(Office).order_by(Office.id != FIRST_OFFICE, func.lower(Office.name))
    if active_only:
        query = query.where(Office.active.is_(True))
    return [_details(office) for office in session.scalars(query)]


def has_offices(session: Session) -> bool:
    """True once the organisation has more than one office (only then are offices shown)."""
    return (session.scalar(select(func.count()).select_from(Office)) or 0) > 1


def get_office(session: Session, office_id: int) -> OfficeDetails:
    office = session.get(Office, office_id)
    if office is None:
        raise NotFoundError(said("That office is not in the data file any more."))
    return _details(office)


def find_office(session: Session, name: str) -> OfficeDetails:
    """The office called ``name`` (any case), for the command line's ``--office``."""
    wanted = name.strip().casefold()
    offices = list_offices(session)
    for office in offices:
        if office.name.casefold() == wanted or office.name_cy.casefold() == wanted:
            return office
    names = ", ".join(office.name for office in offices if office.name) or said("none yet")
    raise ValidationError("office", said("There is no office called \"{name}\". The offices "
                                         "are: {names}.", name=name.strip(), names=names))


def _check_name(session: Session, name: str, office_id: int | None) -> str:
    name = required_text(name, "name", "the office's name", max_length=120)
    clash = session.scalar(select(Office.id).where(func.lower(Office.name) == name.casefold(),
                                                   Office.id != (office_id or 0)))
    if clash is not None:
        raise ValidationError("name", said("There is already an office called \"{name}\". "
                                           "Please choose another name.", name=name))
    return name


def _fill(office: Office, details: OfficeDetails) -> None:
    office.name_cy = optional_text(details.name_cy, "name_cy", "the office's name in Welsh",
                                   max_length=120)
    office.address = optional_text(details.address, "address", "the office's address",
                                   max_length=500)
    office.address_cy = optional_text(details.address_cy, "address_cy",
                                      "the office's address in Welsh", max_length=500)
    office.phone = optional_text(details.phone, "phone", "the office's phone number",
                                 max_length=60)
    office.email = optional_text(details.email, "email", "the office's email address")


@operation(Changed.SETTINGS)
def add_office(session: Session, details: OfficeDetails, *,
               first_name: str = "") -> OfficeDetails:
    """Add an office. While the first office has no name, ``first_name`` names it (the
    organisation's records so far are that office's)."""
    require(session, "administrator")
    first = session.get(Office, FIRST_OFFICE)
    if first is not None and not first.name.strip():
        if not first_name.strip():
            raise ValidationError("first_name", said(
                "Everything recorded so far belongs to your first office. Please give it a "
                "name before you add another, for example \"Main office\"."))
        first.name = _check_name(session, first_name, FIRST_OFFICE)
        session.flush()
    office = Office(name=_check_name(session, details.name, None))
    _fill(office, details)
    session.add(office)
    session.flush()
    audit.record(session, "create", "office", office.id)
    return _details(office)


@operation(Changed.ALL)  # an office's name shows on every list that has offices
def save_office(session: Session, details: OfficeDetails) -> OfficeDetails:
    require(session, "administrator")
    if details.id is None:
        raise ValidationError("name", said("Please add the office first."))
    office = session.get(Office, details.id)
    if office is None:
        raise NotFoundError(said("That office is not in the data file any more."))
    note = versions.check_version(session, office, "office", details.version, details.keep_mine)
    office.name = _check_name(session, details.name, office.id)
    _fill(office, details)
    closing = not details.active and office.active
    if closing and (office.id == FIRST_OFFICE or _active_count(session) <= 1):
        raise ValidationError("active", said("There must always be one office in use."))
    office.active = details.active
    session.flush()
    audit.record(session, "update", "office", office.id, note)
    return _details(office)


def _active_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Office)
                          .where(Office.active.is_(True))) or 0


@operation(Changed.ALL)
def move_to_office(session: Session, kind: str, ids: Sequence[int], office_id: int) -> int:
    """Move records of one kind ("person", "activity", "suggestion", "change") to an office.
    Returns how many moved."""
    require(session, "coordinator")
    model = RECORDS.get(kind)
    if model is None:
        raise ValueError(f"unknown kind of record {kind!r}")
    get_office(session, office_id)
    wanted = sorted(set(ids))
    if not wanted:
        return 0
    elsewhere = (model.id.in_(wanted), model.office_id != office_id)
    moved = session.scalar(select(func.count()).select_from(model).where(*elsewhere)) or 0
    session.execute(update(model).where(*elsewhere)
                    .values(office_id=office_id, version=model.version + 1)
                    .execution_options(synchronize_session="fetch"))
    for record_id in wanted:
        audit.record(session, "update", kind, record_id, f"office {office_id}")
    return moved


def office_for_saving(session: Session, office_id: int | None, *,
                      current: int | None) -> int | None:
    """The office a record being saved is put in: ``office_id`` when the form chose one
    (an office the user may see, unless it is where the record already is), else, for a new
    record (``current`` None), the office on show when that is one office; else None, which
    keeps it where it is (a new record: the first office)."""
    if office_id is None:
        shown = offices_of(session)
        if current is None and shown is not None and len(shown) == 1:
            return next(iter(shown))
        return None
    if office_id == current:
        return office_id
    get_office(session, office_id)
    allowed = allowed_offices(session, current_user(session))
    if allowed is not None and office_id not in allowed:
        raise ValidationError("office_id", said(
            "You can only put records in the offices you work in. Please choose one of them."))
    return office_id


def staff_offices(session: Session, user_id: int) -> list[int]:
    return sorted(session.scalars(select(staff_office_table.c.office_id)
                                  .where(staff_office_table.c.staff_user_id == user_id)))


@operation(Changed.SETTINGS)
def set_staff_offices(session: Session, user_id: int, office_ids: Iterable[int]) -> list[int]:
    """The offices a staff user works in (none: every office)."""
    require(session, "administrator")
    if session.get(StaffUser, user_id) is None:
        raise NotFoundError(said("That user is not in the data file any more."))
    wanted = sorted(set(office_ids))
    for office_id in wanted:
        get_office(session, office_id)
    session.execute(delete(staff_office_table)
                    .where(staff_office_table.c.staff_user_id == user_id))
    if wanted:
        session.execute(insert(staff_office_table),
                        [{"staff_user_id": user_id, "office_id": o} for o in wanted])
    audit.record(session, "update", "staff_user", user_id, "offices")
    return wanted


def letterhead(organisation: OrganisationDetails, office: OfficeDetails | None
               ) -> OrganisationDetails:
    """The details a letter from ``office`` carries: the office's own address, phone and
    email where it has them, else the organisation's."""
    if office is None:
        return organisation
    return replace(organisation,
                   address=office.address or organisation.address,
                   address_cy=office.address_cy or (organisation.address_cy
                                                    if not office.address else ""),
                   phone=office.phone or organisation.phone,
                   email=office.email or organisation.email)


def letterheads(session: Session) -> dict[int, OrganisationDetails]:
    """Each office's letterhead (office id -> details), for a batch of letters."""
    organisation = get_details(session)
    return {office.id: letterhead(organisation, office) for office in list_offices(session)
            if office.id is not None}


def letterheads_for(session: Session, person_ids: Iterable[int]
                    ) -> dict[int, OrganisationDetails]:
    """The letterhead of each of these people whose office has details of its own (person id
    -> details); nobody while the organisation has one office."""
    if not has_offices(session):
        return {}
    organisation = get_details(session)
    own = {office.id: head for office in list_offices(session)
           if (head := letterhead(organisation, office)) != organisation}
    ids = sorted(set(person_ids))
    found: dict[int, OrganisationDetails] = {}
    for start in range(0, len(ids) if own else 0, 500):
        for person_id, office_id in session.execute(
                select(Person.id, Person.office_id).where(Person.id.in_(ids[start:start + 500]))):
            if office_id in own:
                found[person_id] = own[office_id]
    return found


def office_names(session: Session, offices: Iterable[int] | None) -> str:
    """The offices' names for a title ("North, South"); empty for every office."""
    if offices is None:
        return ""
    wanted = set(offices)
    return ", ".join(office.name for office in list_offices(session) if office.id in wanted)
