"""Changes the organisation made ("we did"), each answering one or more suggestions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Change, Service, Suggestion
from ...models.enums import CHANGE_STATUSES
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..validation import choice, not_in_future, optional_text, parse_date, required_text
from ..words import said
from . import versions


@dataclass(frozen=True)
class ChangeData:
    description: str
    status: str = "planned"
    owner: str = ""
    service_id: int | None = None
    due_on: date | str | None = None
    done_on: date | str | None = None
    suggestion_ids: tuple[int, ...] = ()
    # In Welsh, for Welsh letters (optional: a Welsh letter prints the English without it).
    description_cy: str = ""
    # Its easy read version, for easy read letters (optional: they print the above without it).
    description_easy: str = ""
    # The version the form was opened on (None: no form, as in an import), and whether the
    # person chose to save over a newer one (services/records/versions.py).
    version: int | None = None
    keep_mine: bool = False


@dataclass(frozen=True)
class ChangeView:
    id: int
    description: str
    status: str
    status_label: str
    owner: str
    service_id: int | None
    service_name: str
    due_on: date | None
    done_on: date | None
    suggestion_ids: tuple[int, ...]
    version: int = 1
    description_cy: str = ""
    description_easy: str = ""


def _validated(session: Session, data: ChangeData, *, today: date | None = None) -> dict[str, Any]:
    status = choice(data.status, CHANGE_STATUSES, "status", "the status")
    done_on = parse_date(data.done_on, "done_on", "the date it was done", required=False)
    if status == "done" and done_on is None:
        raise ValidationError("done_on", said("Please give the date the change was done."))
    if status != "done" and done_on is not None:
        raise ValidationError("done_on", said("Only a change that is Done has a done date. "
                                              "Please set the status to Done, or clear the "
                                              "date."))
    not_in_future(done_on, "done_on", "the date it was done", today=today)
    if data.service_id is not None and session.get(Service, data.service_id) is None:
        raise ValidationError("service_id", said("That service is no longer in the list. "
                                                 "Please choose another."))
    return {
        "description": required_text(data.description, "description", "what changed",
                                     max_length=5000),
        "description_cy": optional_text(data.description_cy, "description_cy",
                                        "what changed, in Welsh", max_length=5000),
        "description_easy": optional_text(data.description_easy, "description_easy",
                                          "what changed, easy read version", max_length=5000),
        "status": status,
        "owner": optional_text(data.owner, "owner", "who is doing it"),
        "service_id": data.service_id,
        "due_on": parse_date(data.due_on, "due_on", "the due date", required=False),
        "done_on": done_on,
    }


@operation(Changed.CHANGE, Changed.SUGGESTION)
def save_change(session: Session, data: ChangeData, *, change_id: int | None = None,
                today: date | None = None) -> ChangeView:
    require(session, "coordinator")
    values = _validated(session, data, today=today)
    ids = list(dict.fromkeys(data.suggestion_ids))
    suggestions = list(session.scalars(select(Suggestion).where(Suggestion.id.in_(ids)))) if ids else []
    if len(suggestions) != len(ids):
        raise ValidationError("suggestion_ids", said("One of the suggestions chosen is no "
                                                     "longer in the database. Please choose "
                                                     "them again."))
    if change_id is None:
        change = Change(**values)
        session.add(change)
        action, note = "create", ""
    else:
        change = _get(session, change_id)
        note = versions.check_version(session, change, "change", data.version, data.keep_mine)
        for key, value in values.items():
            setattr(change, key, value)
        action = "update"
    change.suggestions = sorted(suggestions, key=lambda s: s.id)
    if change.service_id is None and suggestions:
        change.service_id = next((s.service_id for s in suggestions if s.service_id), None)
    versions.flush(session, "change")
    audit.record(session, action, "change", change.id, note)
    return to_view(change)


@operation(Changed.CHANGE, Changed.SUGGESTION)
def link_suggestion(session: Session, change_id: int, suggestion_id: int) -> ChangeView:
    """Say that an existing change answers another suggestion too."""
    require(session, "coordinator")
    change = _get(session, change_id)
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise NotFoundError(said("That suggestion is no longer in the database."))
    if suggestion not in change.suggestions:
        change.suggestions.append(suggestion)
        versions.touch(change)
        versions.flush(session, "change")
        audit.record(session, "update", "change", change.id)
    return to_view(change)


@operation(Changed.CHANGE, Changed.SUGGESTION)
def unlink_suggestion(session: Session, change_id: int, suggestion_id: int) -> ChangeView:
    require(session, "coordinator")
    change = _get(session, change_id)
    change.suggestions = [s for s in change.suggestions if s.id != suggestion_id]
    versions.touch(change)
    versions.flush(session, "change")
    audit.record(session, "update", "change", change.id)
    return to_view(change)


def _get(session: Session, change_id: int) -> Change:
    change = session.get(Change, change_id)
    if change is None:
        raise NotFoundError(said("That change is no longer in the database."))
    return change


def to_view(change: Change) -> ChangeView:
    return ChangeView(
        id=change.id, description=change.description, status=change.status,
        status_label=CHANGE_STATUSES[change.status], owner=change.owner,
        service_id=change.service_id, service_name=change.service.name if change.service else "",
        due_on=change.due_on, done_on=change.done_on,
        suggestion_ids=tuple(s.id for s in change.suggestions), version=change.version,
        description_cy=change.description_cy, description_easy=change.description_easy)


def get_change(session: Session, change_id: int) -> ChangeView:
    return to_view(_get(session, change_id))


@operation(Changed.CHANGE, Changed.SUGGESTION)
def delete_change(session: Session, change_id: int) -> None:
    require(session, "coordinator")
    change = _get(session, change_id)
    session.delete(change)
    audit.record(session, "delete", "change", change_id)
