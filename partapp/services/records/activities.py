"""Recording activities (meetings and other participation events) and who came."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Activity, ActivitySupport, InvolvementLevel, Person, Service, Suggestion
from ...models.enums import ACCESS_SUPPORT, ACTIVITY_TYPES
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..validation import (
    choice,
    non_negative_decimal,
    non_negative_int,
    optional_text,
    parse_date,
    required_text,
)
from ..words import said
from . import versions
from .offices import office_for_saving


@dataclass(frozen=True)
class ActivityData:
    title: str
    held_on: date | str
    activity_type: str
    involvement_code: str
    service_id: int | None = None
    facilitator: str = ""
    hours: Decimal | str | float = 0
    expenses_paid: Decimal | str | float = 0
    anonymous_attendees: int | str = 0
    access_support: tuple[str, ...] = ()
    attendee_ids: tuple[int, ...] = ()
    notes: str = ""
    # In Welsh, for Welsh letters (optional: a Welsh letter prints the English without it).
    title_cy: str = ""
    # Its easy read version, for easy read letters (optional: they print the title without it).
    title_easy: str = ""
    # The version the form was opened on (None: no form, as in an import), and whether the
    # person chose to save over a newer one (services/records/versions.py).
    version: int | None = None
    keep_mine: bool = False
    # The office it belongs to (None: where it is; a new one, the office on show).
    office_id: int | None = None


@dataclass(frozen=True)
class ActivityView:
    id: int
    title: str
    held_on: date
    activity_type: str
    involvement_code: str
    involvement_label: str
    service_id: int | None
    service_name: str
    facilitator: str
    hours: Decimal
    expenses_paid: Decimal
    anonymous_attendees: int
    access_support: tuple[str, ...]
    attendee_ids: tuple[int, ...]
    attendee_names: tuple[str, ...]
    notes: str
    suggestion_count: int
    version: int = 1
    title_cy: str = ""
    title_easy: str = ""
    office_id: int = 1

    @property
    def total_attendees(self) -> int:
        return len(self.attendee_ids) + self.anonymous_attendees


def _validated(session: Session, data: ActivityData) -> dict[str, Any]:
    values = {
        "title": required_text(data.title, "title", "the activity's title"),
        "title_cy": optional_text(data.title_cy, "title_cy", "the activity's title in Welsh"),
        "title_easy": optional_text(data.title_easy, "title_easy",
                                    "the activity's title, easy read version"),
        "held_on": parse_date(data.held_on, "held_on", "the date it was held"),
        "activity_type": choice(data.activity_type, ACTIVITY_TYPES, "activity_type",
                                "the type of activity"),
        "facilitator": optional_text(data.facilitator, "facilitator", "the facilitator's name"),
        "hours": non_negative_decimal(data.hours, "hours", "the hours", maximum=Decimal(100000)),
        "expenses_paid": non_negative_decimal(data.expenses_paid, "expenses_paid",
                                              "the expenses paid", maximum=Decimal(10_000_000)),
        "anonymous_attendees": non_negative_int(data.anonymous_attendees, "anonymous_attendees",
                                                "the number of people who did not give a name"),
        "notes": optional_text(data.notes, "notes", "the notes", max_length=20000),
    }
    levels = {lv.code: lv.label for lv in session.scalars(select(InvolvementLevel))}
    values["involvement_code"] = choice(data.involvement_code, levels, "involvement_code",
                                        "how much people were involved")
    if data.service_id is not None and session.get(Service, data.service_id) is None:
        raise ValidationError("service_id", said("That service is no longer in the list. "
                                                 "Please choose another."))
    values["service_id"] = data.service_id
    return values


def _supports(data: ActivityData) -> list[str]:
    chosen: list[str] = []
    for item in data.access_support:
        code = choice(item, ACCESS_SUPPORT, "access_support", "the access support given")
        if code and code not in chosen:
            chosen.append(code)
    return chosen


def _people(session: Session, ids: Sequence[int], field: str) -> list[Person]:
    unique = list(dict.fromkeys(ids))
    if not unique:
        return []
    found = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(unique)))}
    missing = [i for i in unique if i not in found]
    if missing:
        raise ValidationError(field, said("One of the people chosen is no longer in the "
                                          "database. Please choose them again."))
    return [found[i] for i in unique]


@operation(Changed.ACTIVITY)
def save_activity(session: Session, data: ActivityData, *,
                  activity_id: int | None = None) -> ActivityView:
    require(session, "volunteer")
    values = _validated(session, data)
    supports = _supports(data)
    attendees = _people(session, data.attendee_ids, "attendee_ids")
    if activity_id is None:
        activity = Activity(**values)
        session.add(activity)
        action, note = "create", ""
    else:
        activity = _get(session, activity_id)
        note = versions.check_version(session, activity, "activity", data.version,
                                      data.keep_mine)
        for key, value in values.items():
            setattr(activity, key, value)
        action = "update"
    office_id = office_for_saving(session, data.office_id,
                                  current=activity.office_id if activity_id is not None else None)
    if office_id is not None:
        activity.office_id = office_id
    activity.attendees = attendees
    activity.access_support = [ActivitySupport(support=s) for s in supports]
    versions.flush(session, "activity")
    audit.record(session, action, "activity", activity.id, note)
    return to_view(session, activity)


def _get(session: Session, activity_id: int) -> Activity:
    activity = session.get(Activity, activity_id)
    if activity is None:
        raise NotFoundError(said("That activity is no longer in the database."))
    return activity


def to_view(session: Session, activity: Activity) -> ActivityView:
    count = session.scalar(select(func.count()).select_from(Suggestion)
                           .where(Suggestion.activity_id == activity.id)) or 0
    return ActivityView(
        id=activity.id, title=activity.title, held_on=activity.held_on,
        activity_type=activity.activity_type, involvement_code=activity.involvement_code,
        involvement_label=activity.involvement.label if activity.involvement else "",
        service_id=activity.service_id,
        service_name=activity.service.name if activity.service else "",
        facilitator=activity.facilitator, hours=activity.hours,
        expenses_paid=activity.expenses_paid, anonymous_attendees=activity.anonymous_attendees,
        access_support=tuple(s.support for s in activity.access_support),
        attendee_ids=tuple(p.id for p in activity.attendees),
        attendee_names=tuple(p.display_name for p in activity.attendees),
        notes=activity.notes, suggestion_count=count, title_cy=activity.title_cy,
        title_easy=activity.title_easy, version=activity.version, office_id=activity.office_id)


def get_activity(session: Session, activity_id: int) -> ActivityView:
    return to_view(session, _get(session, activity_id))


@operation(Changed.ACTIVITY)
def delete_activity(session: Session, activity_id: int) -> None:
    """Remove an activity. Refused while suggestions were raised at it (they would lose their place)."""
    require(session, "volunteer")
    activity = _get(session, activity_id)
    count = session.scalar(select(func.count()).select_from(Suggestion)
                           .where(Suggestion.activity_id == activity_id))
    if count:
        raise ValidationError("activity", said("{count} suggestions were raised at this "
                                               "activity, so it cannot be removed.", count=count))
    session.delete(activity)
    audit.record(session, "delete", "activity", activity_id)


def find_activity(session: Session, title: str, held_on: date) -> int | None:
    """The activity with this title (any case) on this date, if there is one."""
    return session.scalar(select(Activity.id).where(
        func.lower(Activity.title) == title.strip().lower(), Activity.held_on == held_on)
        .order_by(Activity.id).limit(1))
