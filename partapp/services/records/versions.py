"""Two people changing one record: the second to save is told who changed it, and when.

Every record people edit (a person, an activity, a suggestion, a decision, a change, the
organisation's details) carries a version number, raised by one on every save
(``version_id_col`` in the models, so a save that races another at the same moment is caught
by the database too). A form remembers the version it was opened on and hands it back with
the save (``version`` in the data). When the record has moved on since, the save is refused
with ``EditConflictError`` (services/errors.py), which names who saved the newer version and
when, from the audit trail. The person then reloads, or keeps theirs: the form saves again
with the newer version and ``keep_mine``, and the audit line says so.

Imports and the command line give no version: they read and write in one go.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, inspect, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from ...models import Activity, AuditEntry, Change, Decision, Organisation, Person, Suggestion
from ..errors import EditConflictError, saved_at_the_same_moment
from ..words import said, term

# What each record is called in a message, and its model.
RECORDS = {
    "person": (term("this person's details"), Person),
    "activity": (term("this activity"), Activity),
    "suggestion": (term("this suggestion"), Suggestion),
    "change": (term("this change"), Change),
    "organisation": (term("your organisation's details"), Organisation),
}

KEPT_MINE = "kept over a newer version"


def _when(at: datetime, today: date | None = None) -> str:
    """14:05 today, or 14:05 on 3 December 2026 (the computer's time; the trail keeps UTC)."""
    local = at.replace(tzinfo=UTC).astimezone()
    clock = f"{local:%H:%M}"
    if local.date() == (today or date.today()):
        return said("at {clock} today", clock=clock)
    return said("at {clock} on {day} {month} {year}", clock=clock, day=local.day,
                month=term(MONTHS[local.month - 1]), year=local.year)


MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")


def last_change(session: Session, entity: str, entity_id: int) -> AuditEntry | None:
    """The newest audit line about this record (for a suggestion, its decisions count too)."""
    about: ColumnElement[bool] = and_(AuditEntry.entity == entity,
                                      AuditEntry.entity_id == entity_id)
    if entity == "suggestion":
        decisions = select(Decision.id).where(Decision.suggestion_id == entity_id)
        about = or_(about, and_(AuditEntry.entity == "decision",
                                AuditEntry.entity_id.in_(decisions)))
    return session.scalar(select(AuditEntry).where(about)
                          .order_by(AuditEntry.at.desc(), AuditEntry.id.desc()).limit(1))


def conflict(session: Session, entity: str, entity_id: int | None,
             current_version: int | None, *, today: date | None = None) -> EditConflictError:
    """The error for a save over a newer version, naming who saved it and when."""
    what = RECORDS[entity][0]
    entry = last_change(session, entity, entity_id) if entity_id is not None else None
    if entry is not None and entry.actor:
        who = said("{actor} changed {what} {when}, after you opened it.", actor=entry.actor,
                   what=what, when=_when(entry.at, today))
    else:
        who = said("Someone else changed {what} after you opened it.", what=what)
    return EditConflictError(
        said("{who} Nothing of yours is saved yet. Choose Reload to see their version (what "
             "you typed is then lost), or Keep mine to save yours over theirs.", who=who),
        entity=entity, entity_id=entity_id, current_version=current_version,
        changed_by=entry.actor if entry is not None else "",
        changed_at=entry.at if entry is not None else None)


def check_version(session: Session, record: Any, entity: str, version: int | None,
                  keep_mine: bool = False) -> str:
    """Refuse to save ``record`` over a version newer than ``version`` (the one the form was
    opened on; None when no form was open). Marks the record changed, so that its version goes
    up even when only its links change (groups, who came). Returns the note for the audit line:
    empty, or that the person kept their own over a newer version."""
    if version is not None and record.version != version:
        raise conflict(session, entity, record.id, record.version)
    touch(record)
    return KEPT_MINE if keep_mine and version is not None else ""


def touch(record: Any) -> None:
    """Make the next flush write this record (and so raise its version)."""
    mapper = inspect(record).mapper
    column = next(attr.key for attr in mapper.column_attrs
                  if not attr.columns[0].primary_key and attr.key != "version")
    flag_modified(record, column)


def current_version(session: Session, entity: str, entity_id: int) -> int | None:
    """The version stored now (None if the record has gone): for Keep mine after two saves met
    at the same moment."""
    model: Any = RECORDS[entity][1]
    return session.scalar(select(model.version).where(model.id == entity_id))


def flush(session: Session, entity: str) -> None:
    """``session.flush()``, turning the database's refusal of a save that met another at the
    same moment into the plain ``EditConflictError``."""
    try:
        session.flush()
    except StaleDataError as exc:
        raise saved_at_the_same_moment(RECORDS[entity][0], entity) from exc
