"""Id-first paged queries behind the app's long lists: people, activities and changes.

A list first asks for the ids that match its filters, sorted in SQL (cheap, even for 100,000
rows), then fetches full rows only for the ids on screen. Suggestions live in
``browse_suggestions``. No Qt here; every function takes the Session first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, and_, func, select
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    Change,
    Group,
    InvolvementLevel,
    Person,
    Service,
    Suggestion,
    attendance,
    change_suggestion,
    person_group,
)
from ...models.enums import ACTIVITY_TYPES, CHANGE_STATUSES, FEEDBACK_FORMATS
from ..feedback.owed import owed_items
from ..office_filter import in_offices, offices_of
from ..sql_types import AnySelect
from ..text_fold import match_words

OPEN_CHANGE_STATUSES = ("planned", "in_progress")


@dataclass(frozen=True)
class Sort:
    """Which column to sort on (a key the list's ``*_SORTS`` names) and which way."""

    key: str = ""
    descending: bool = False


def _order(query: AnySelect, sorts: dict[str, tuple[Any, ...]], sort: Sort, default: str,
           id_column: Any) -> AnySelect:
    columns = sorts.get(sort.key) or sorts[default]
    ordered = [c.desc() if sort.descending else c.asc() for c in columns]
    tie = id_column.desc() if sort.descending else id_column.asc()
    return query.order_by(*ordered, tie)


def _ids(session: Session, query: AnySelect, limit: int | None) -> list[int]:
    if limit is not None:
        query = query.limit(limit)
    return list(session.scalars(query))


# --------------------------------------------------------------------------------------- people

@dataclass(frozen=True)
class PeopleFilter:
    text: str = ""
    group_id: int | None = None
    owed_feedback: bool = False


@dataclass(frozen=True)
class PersonRow:
    id: int
    ref: str
    name: str
    town: str
    postcode: str
    groups: str
    feedback_format: str


PEOPLE_SORTS = {
    "name": (func.lower(Person.last_name), func.lower(Person.first_name)),
    "ref": (Person.ref,),
    "town": (func.lower(Person.town),),
    "postcode": (Person.postcode,),
    "feedback_format": (Person.feedback_format,),
    "groups": (select(func.min(Group.position)).join(person_group,
                                                     person_group.c.group_id == Group.id)
               .where(person_group.c.person_id == Person.id).correlate(Person)
               .scalar_subquery(),),
}


def people_ids(session: Session, flt: PeopleFilter = PeopleFilter(), sort: Sort = Sort(), *,
               limit: int | None = None, today: date | None = None) -> list[int]:
    """Ids of the people that match, in the order asked for. Erased people are left out."""
    query = select(Person.id).where(Person.erased_at.is_(None),
                                    *in_offices(offices_of(session), Person.office_id))
    query = match_words(query, flt.text, (Person.first_name, Person.last_name,
                                           Person.preferred_name, Person.ref, Person.town,
                                           Person.postcode))
    if flt.group_id is not None:
        query = query.where(Person.id.in_(select(person_group.c.person_id)
                                          .where(person_group.c.group_id == flt.group_id)))
    if flt.owed_feedback:
        owed = {item.person_id for item in owed_items(session, today=today)}
        query = query.where(Person.id.in_(owed))
    return _ids(session, _order(query, PEOPLE_SORTS, sort, "name", Person.id), limit)


def people_rows(session: Session, ids: Sequence[int]) -> dict[int, PersonRow]:
    if not ids:
        return {}
    wanted = list(ids)
    groups: dict[int, list[str]] = {}
    for pid, name in session.execute(
            select(person_group.c.person_id, Group.name)
            .join(Group, Group.id == person_group.c.group_id)
            .where(person_group.c.person_id.in_(wanted)).order_by(Group.position, Group.name)):
        groups.setdefault(pid, []).append(name)
    rows = {}
    for p in session.execute(select(Person.id, Person.ref, Person.first_name, Person.last_name,
                                    Person.preferred_name, Person.town, Person.postcode,
                                    Person.feedback_format).where(Person.id.in_(wanted))):
        name = f"{p.preferred_name or p.first_name} {p.last_name}".strip()
        rows[p.id] = PersonRow(p.id, p.ref, name, p.town, p.postcode,
                               ", ".join(groups.get(p.id, [])),
                               FEEDBACK_FORMATS.get(p.feedback_format, p.feedback_format))
    return rows


# ----------------------------------------------------------------------------------- activities

@dataclass(frozen=True)
class ActivityFilter:
    text: str = ""
    service_id: int | None = None
    activity_type: str | None = None
    involvement_code: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class ActivityRow:
    id: int
    held_on: date
    title: str
    activity_type: str
    service_name: str
    involvement_label: str
    named_attendees: int
    anonymous_attendees: int
    suggestion_count: int
    hours: Decimal

    @property
    def total_attendees(self) -> int:
        return self.named_attendees + self.anonymous_attendees


def _attendee_count() -> ScalarSelect[int]:
    return (select(func.count()).select_from(attendance)
            .where(attendance.c.activity_id == Activity.id).scalar_subquery())


def _activity_suggestion_count() -> ScalarSelect[int]:
    return (select(func.count()).select_from(Suggestion)
            .where(Suggestion.activity_id == Activity.id).scalar_subquery())


ACTIVITY_SORTS = {
    "held_on": (Activity.held_on,),
    "title": (func.lower(Activity.title),),
    "activity_type": (Activity.activity_type,),
    "service": (func.lower(func.coalesce(Service.name, "")),),
    "involvement": (InvolvementLevel.rank,),
    "attendees": (_attendee_count() + Activity.anonymous_attendees,),
    "suggestions": (_activity_suggestion_count(),),
}


def activity_ids(session: Session, flt: ActivityFilter = ActivityFilter(),
                 sort: Sort = Sort("held_on", True), *, limit: int | None = None) -> list[int]:
    query = (select(Activity.id).outerjoin(Service, Service.id == Activity.service_id)
             .join(InvolvementLevel, InvolvementLevel.code == Activity.involvement_code)
             .where(*in_offices(offices_of(session), Activity.office_id)))
    query = match_words(query, flt.text, (Activity.title, Activity.facilitator,
                                           func.coalesce(Service.name, "")))
    if flt.service_id is not None:
        query = query.where(Activity.service_id == flt.service_id)
    if flt.activity_type:
        query = query.where(Activity.activity_type == flt.activity_type)
    if flt.involvement_code:
        query = query.where(Activity.involvement_code == flt.involvement_code)
    if flt.start is not None:
        query = query.where(Activity.held_on >= flt.start)
    if flt.end is not None:
        query = query.where(Activity.held_on <= flt.end)
    return _ids(session, _order(query, ACTIVITY_SORTS, sort, "held_on", Activity.id), limit)


def activity_rows(session: Session, ids: Sequence[int]) -> dict[int, ActivityRow]:
    if not ids:
        return {}
    query = (select(Activity.id, Activity.held_on, Activity.title, Activity.activity_type,
                    Service.name, InvolvementLevel.label, _attendee_count(),
                    Activity.anonymous_attendees, _activity_suggestion_count(), Activity.hours)
             .outerjoin(Service, Service.id == Activity.service_id)
             .join(InvolvementLevel, InvolvementLevel.code == Activity.involvement_code)
             .where(Activity.id.in_(list(ids))))
    return {r[0]: ActivityRow(r[0], r[1], r[2], ACTIVITY_TYPES.get(r[3]) or r[3] or "", r[4] or "",
                              r[5], r[6] or 0, r[7] or 0, r[8] or 0, r[9] or Decimal(0))
            for r in session.execute(query)}


# -------------------------------------------------------------------------------------- changes

@dataclass(frozen=True)
class ChangeFilter:
    text: str = ""
    status: str | None = None
    service_id: int | None = None
    past_due: bool = False


@dataclass(frozen=True)
class ChangeRow:
    id: int
    description: str
    status: str
    status_label: str
    owner: str
    service_name: str
    due_on: date | None
    done_on: date | None
    suggestion_count: int
    past_due: bool


def _change_suggestion_count() -> ScalarSelect[int]:
    return (select(func.count()).select_from(change_suggestion)
            .where(change_suggestion.c.change_id == Change.id).scalar_subquery())


CHANGE_SORTS = {
    "description": (func.lower(Change.description),),
    "status": (Change.status,),
    "owner": (func.lower(Change.owner),),
    "service": (func.lower(func.coalesce(Service.name, "")),),
    # Changes with no due date sort after those with one.
    "due_on": (Change.due_on.is_(None), Change.due_on),
    "done_on": (Change.done_on.is_(None), Change.done_on),
    "suggestions": (_change_suggestion_count(),),
}


def past_due_condition(today: date) -> ColumnElement[bool]:
    return and_(Change.status.in_(OPEN_CHANGE_STATUSES), Change.due_on.is_not(None),
                Change.due_on < today)


def change_ids(session: Session, flt: ChangeFilter = ChangeFilter(),
               sort: Sort = Sort("due_on"), *, limit: int | None = None,
               today: date | None = None) -> list[int]:
    today = today or date.today()
    query = (select(Change.id).outerjoin(Service, Service.id == Change.service_id)
             .where(*in_offices(offices_of(session), Change.office_id)))
    query = match_words(query, flt.text, (Change.description, Change.owner,
                                           func.coalesce(Service.name, "")))
    if flt.status:
        query = query.where(Change.status == flt.status)
    if flt.service_id is not None:
        query = query.where(Change.service_id == flt.service_id)
    if flt.past_due:
        query = query.where(past_due_condition(today))
    return _ids(session, _order(query, CHANGE_SORTS, sort, "due_on", Change.id), limit)


def change_rows(session: Session, ids: Sequence[int], *,
                today: date | None = None) -> dict[int, ChangeRow]:
    if not ids:
        return {}
    today = today or date.today()
    query = (select(Change.id, Change.description, Change.status, Change.owner, Service.name,
                    Change.due_on, Change.done_on, _change_suggestion_count())
             .outerjoin(Service, Service.id == Change.service_id)
             .where(Change.id.in_(list(ids))))
    rows = {}
    for r in session.execute(query):
        late = r[2] in OPEN_CHANGE_STATUSES and r[5] is not None and r[5] < today
        rows[r[0]] = ChangeRow(r[0], r[1], r[2], CHANGE_STATUSES.get(r[2]) or r[2], r[3],
                               r[4] or "", r[5], r[6], r[7] or 0, late)
    return rows
