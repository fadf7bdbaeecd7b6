"""The editable lists: groups, services, and the labels of the involvement ladder."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Activity, Change, Group, InvolvementLevel, Service, Suggestion, person_group
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..validation import optional_text, required_text
from ..words import said, term


@dataclass(frozen=True)
class ListItem:
    id: int
    name: str
    active: bool


@dataclass(frozen=True)
class Level:
    code: str
    rank: int
    label: str
    description: str


def groups(session: Session, *, include_inactive: bool = False) -> list[ListItem]:
    query = select(Group).order_by(Group.position, Group.name)
    if not include_inactive:
        query = query.where(Group.active.is_(True))
    return [ListItem(g.id, g.name, g.active) for g in session.scalars(query)]


def services(session: Session, *, include_inactive: bool = False) -> list[ListItem]:
    query = select(Service).order_by(Service.name)
    if not include_inactive:
        query = query.where(Service.active.is_(True))
    return [ListItem(s.id, s.name, s.active) for s in session.scalars(query)]


def levels(session: Session) -> list[Level]:
    return [Level(lv.code, lv.rank, lv.label, lv.description)
            for lv in session.scalars(select(InvolvementLevel).order_by(InvolvementLevel.rank))]


def _check_unique(session: Session, model: Any, name: str, item_id: int | None, what: str) -> None:
    clash = session.scalar(select(model.id).where(func.lower(model.name) == name.lower()))
    if clash is not None and clash != item_id:
        raise ValidationError("name", said("There is already a {what} called “{name}”.",
                                           what=what, name=name))


@operation(Changed.SETTINGS)
def save_group(session: Session, name: str, *, group_id: int | None = None,
               active: bool = True) -> ListItem:
    return _save_item(session, Group, "group", name, group_id, active)


WORDS = {"group": (term("group"), term("the group's name")),
         "service": (term("service"), term("the service's name"))}
"""What each kind of list item is called in a message, and its name's label."""


@operation(Changed.SETTINGS)
def save_service(session: Session, name: str, *, service_id: int | None = None,
                 active: bool = True) -> ListItem:
    return _save_item(session, Service, "service", name, service_id, active)


def _save_item(session: Session, model: type[Group] | type[Service], kind: str, name: str,
               item_id: int | None, active: bool) -> ListItem:
    """A new group or service (``item_id`` None), or a new name or state for one."""
    require(session, "administrator")
    word, label = WORDS[kind]
    name = required_text(name, "name", label, max_length=120)
    _check_unique(session, model, name, item_id, word)
    item: Group | Service | None
    if item_id is None:
        item = model(name=name, active=active)
        if isinstance(item, Group):  # new groups go at the end of the list
            item.position = (session.scalar(select(func.max(Group.position))) or 0) + 1
        session.add(item)
    else:
        item = cast(Group | Service | None, session.get(model, item_id))
        if item is None:
            raise NotFoundError(said("That {kind} is no longer in the list.", kind=word))
        item.name, item.active = name, active
    session.flush()
    audit.record(session, "settings", kind, item.id)
    return ListItem(item.id, item.name, item.active)


@operation(Changed.SETTINGS)
def delete_group(session: Session, group_id: int) -> None:
    """Remove a group nobody belongs to. A group in use can be made inactive instead."""
    require(session, "administrator")
    used = session.scalar(select(func.count()).select_from(person_group)
                          .where(person_group.c.group_id == group_id))
    if used:
        raise ValidationError("name", said("{used} people are in this group, so it cannot be "
                                           "removed. You can hide it from lists instead "
                                           "(untick Active).", used=used))
    group = session.get(Group, group_id)
    if group is not None:
        session.delete(group)
        audit.record(session, "delete", "group", group_id)


@operation(Changed.SETTINGS)
def delete_service(session: Session, service_id: int) -> None:
    require(session, "administrator")
    used = sum(session.scalar(select(func.count()).select_from(m).where(m.service_id == service_id))
               or 0 for m in (Activity, Suggestion, Change))
    if used:
        raise ValidationError("name", said("{used} records use this service, so it cannot be "
                                           "removed. You can hide it from lists instead "
                                           "(untick Active).", used=used))
    service = session.get(Service, service_id)
    if service is not None:
        session.delete(service)
        audit.record(session, "delete", "service", service_id)


@operation(Changed.SETTINGS)
def rename_level(session: Session, code: str, label: str, description: str = "") -> Level:
    require(session, "administrator")
    level = session.get(InvolvementLevel, code)
    if level is None:
        raise NotFoundError(said("That involvement level does not exist."))
    level.label = required_text(label, "label", "the level's name", max_length=60)
    level.description = optional_text(description, "description", "the explanation",
                                      max_length=300)
    audit.record(session, "settings", "involvement_level")
    return Level(level.code, level.rank, level.label, level.description)


@operation(Changed.SETTINGS)
def rename_levels(session: Session, names: Mapping[str, tuple[str, str]]) -> list[Level]:
    """Save the names and explanations of several rungs at once (code: (name, explanation)):
    all of them, or none if one is wrong."""
    return [rename_level(session, code, label, description)
            for code, (label, description) in names.items()]


def service_id_by_name(session: Session, name: str, *, create: bool = False) -> int | None:
    """The id of the service called ``name`` (any case); optionally add it when missing."""
    name = name.strip()
    if not name:
        return None
    found = session.scalar(select(Service.id).where(func.lower(Service.name) == name.lower()))
    if found is None and create:
        return save_service(session, name).id
    return found
