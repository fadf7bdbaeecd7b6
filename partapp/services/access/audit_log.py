"""Reading the audit trail: who did what to which record, and when (administrators only).

Entries never hold the special-category values themselves, only what kind of record was
touched and its number.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from ...models import AuditEntry
from ...models.enums import AUDIT_ACTIONS
from ..errors import ValidationError
from ..files.csv_safe import write_csv
from ..words import said
from .auth import require

ACTION_LABELS = {
    "create": "Added", "update": "Changed", "delete": "Removed", "import": "Imported",
    "print": "Printed", "mark_sent": "Recorded as sent", "export": "Exported",
    "erase": "Erased", "anonymise": "Anonymised", "backup": "Backed up", "restore": "Restored",
    "sign_in": "Signed in", "sign_in_failed": "Sign-in failed", "settings": "Changed settings",
    "encrypt": "Turned on the passphrase", "decrypt": "Turned off the passphrase",
}
ENTITY_LABELS = {
    "person": "Person", "equality_profile": "Equality answers", "activity": "Activity",
    "suggestion": "Suggestion", "decision": "Decision", "change": "Change",
    "feedback": "Letter or call", "organisation": "Organisation", "staff_user": "Staff user",
    "database": "Data file", "app_setting": "Setting", "letter_template": "Letter wording",
    "follow_up": "Did it make a difference?",
}


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""
    action: str = ""
    entity: str = ""
    entity_id: int | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class AuditView:
    id: int
    at: datetime
    actor: str
    action: str
    action_label: str
    entity: str
    entity_label: str
    entity_id: int | None
    details: str

    @property
    def at_local(self) -> datetime:
        """When, on this computer's clock (entries are stored in UTC)."""
        return local_time(self.at)


def local_time(at: datetime) -> datetime:
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _query(filters: AuditFilter) -> Select[AuditEntry]:
    query = select(AuditEntry)
    if filters.actor:
        query = query.where(func.lower(AuditEntry.actor) == filters.actor.strip().lower())
    if filters.action:
        if filters.action not in AUDIT_ACTIONS:
            raise ValidationError("action", said("Please choose one of the actions in the "
                                                 "list."))
        query = query.where(AuditEntry.action == filters.action)
    if filters.entity:
        query = query.where(AuditEntry.entity == filters.entity)
    if filters.entity_id is not None:
        query = query.where(AuditEntry.entity_id == filters.entity_id)
    if filters.start and filters.end and filters.end < filters.start:
        raise ValidationError("end", said("The end date is before the start date. Please "
                                          "check them."))
    if filters.start:
        query = query.where(AuditEntry.at >= datetime.combine(filters.start, time.min))
    if filters.end:
        query = query.where(AuditEntry.at < datetime.combine(filters.end + timedelta(days=1),
                                                             time.min))
    return query


def _view(entry: AuditEntry) -> AuditView:
    return AuditView(id=entry.id, at=entry.at, actor=entry.actor, action=entry.action,
                     action_label=ACTION_LABELS.get(entry.action, entry.action),
                     entity=entry.entity, entity_label=ENTITY_LABELS.get(entry.entity,
                                                                         entry.entity),
                     entity_id=entry.entity_id, details=entry.details)


def list_entries(session: Session, filters: AuditFilter | None = None, *, limit: int = 200,
                 offset: int = 0) -> list[AuditView]:
    """Entries matching ``filters``, newest first, a page at a time."""
    require(session, "administrator")
    query = _query(filters or AuditFilter()).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
    return [_view(e) for e in session.scalars(query.limit(limit).offset(offset))]


def count_entries(session: Session, filters: AuditFilter | None = None) -> int:
    require(session, "administrator")
    sub = _query(filters or AuditFilter()).subquery()
    return session.scalar(select(func.count()).select_from(sub)) or 0


def actors(session: Session) -> list[str]:
    """Everyone who appears in the trail (for the filter list)."""
    require(session, "administrator")
    return list(session.scalars(select(AuditEntry.actor).distinct().order_by(AuditEntry.actor)))


def export_csv(session: Session, path: Path, filters: AuditFilter | None = None) -> int:
    """Write the matching entries, oldest first, to a CSV file. Returns how many."""
    require(session, "administrator")
    query = _query(filters or AuditFilter()).order_by(AuditEntry.at, AuditEntry.id)
    rows = [(local_time(e.at), e.actor, ACTION_LABELS.get(e.action, e.action),
             ENTITY_LABELS.get(e.entity, e.entity), e.entity_id, e.details)
            for e in session.scalars(query)]
    write_csv(Path(path), ("When", "Who", "What they did", "Kind of record", "Record number",
                           "Details"), rows, what="the audit log")
    from . import audit

    audit.record(session, "export", "audit_entry", None, f"{len(rows)} entries")
    return len(rows)
