"""UK GDPR tools: subject access export, erasure, and the retention review.

Erasure blanks every identifying detail of a person but keeps the rows that make the figures
true: their attendance, their suggestions (now anonymous) and the fact that feedback was sent.
Their equality answers are deleted and the text of letters sent to them is blanked. Their name
is also taken out of free text elsewhere (suggestions, decisions, changes, notes, letters).
``scrub_database`` then rewrites the file so the old text is not left in its bytes.
Older backups still hold the details: the result lists them, to be deleted by hand.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Table, delete, func, or_, select, union_all, update
from sqlalchemy.orm import Session

from ..models import (
    Activity,
    AuditEntry,
    Change,
    Decision,
    EqualityProfile,
    Feedback,
    Person,
    Suggestion,
    attendance,
    suggestion_raiser,
    utcnow,
)
from . import audit
from .auth import require
from .errors import NotFoundError, ValidationError
from .privacy_export import find_person, person_record  # noqa: F401 - re-exported

ERASED_NAME = "Erased person"
REMOVED = "[name removed]"

# Free text where a person's full name might have been typed by someone.
_TEXT_COLUMNS: tuple[tuple[Table, tuple[str, ...]], ...] = (
    (Suggestion.__table__, ("text",)),
    (Decision.__table__, ("reason", "instead", "passed_to", "decided_by")),
    (Change.__table__, ("description", "owner")),
    (Activity.__table__, ("title", "notes", "facilitator")),
    (Person.__table__, ("notes", "supporter_name", "supporter_address", "other_needs")),
    (Feedback.__table__, ("snapshot", "sent_by")),
    (AuditEntry.__table__, ("details",)),
)


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    new_ref: str
    suggestions_kept: int
    attendance_kept: int
    letters_blanked: int
    mentions_removed: int
    old_backups: tuple[Path, ...] = ()

    def describe(self) -> str:
        lines = [(f"The person's details were erased. Their record is now {self.new_ref}, "
                  f"called \u201c{ERASED_NAME}\u201d.")]
        lines.append(f"Kept for the figures, without their name: {self.suggestions_kept} "
                     f"suggestions and {self.attendance_kept} times they took part.")
        if self.letters_blanked:
            lines.append(f"The text of {self.letters_blanked} letters sent to them was removed.")
        if self.mentions_removed:
            lines.append(f"Their name was taken out of {self.mentions_removed} other notes.")
        if self.old_backups:
            lines.append(f"{len(self.old_backups)} older backups still hold their details. "
                         "Delete them when you no longer need them:")
            lines += [f"  {p}" for p in self.old_backups]
        return "\n".join(lines)


@dataclass(frozen=True)
class RetentionCandidate:
    person_id: int
    ref: str
    display_name: str
    last_contact: date


@dataclass(frozen=True)
class AnonymiseResult:
    count: int
    old_backups: tuple[Path, ...] = ()

    def describe(self) -> str:
        who = "1 person" if self.count == 1 else f"{self.count} people"
        text = f"The details of {who} were removed. Their figures are kept."
        if self.old_backups:
            text += (f" {len(self.old_backups)} older backups still hold their details; "
                     "delete them when you no longer need them.")
        return text


def _name_tokens(person: Person) -> tuple[list[str], list[str]]:
    """(every form of the name, only the full-name forms), longest first."""
    first, last, preferred = (person.first_name or "").strip(), (person.last_name or "").strip(), \
        (person.preferred_name or "").strip()
    full = {f"{f} {last}" for f in (first, preferred) if f and last}
    every = full | {t for t in (first, last, preferred) if len(t) >= 2}
    def order(items: set[str]) -> list[str]:
        return sorted(items, key=lambda t: (-len(t), t))

    return order(every), order(full)


def _scrubber(tokens: Sequence[str]) -> re.Pattern[str] | None:
    if not tokens:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(t) for t in tokens) + r")(?!\w)",
                      re.IGNORECASE)


def _scrub_columns(session: Session, table: Table, columns: Iterable[str],
                   pattern: re.Pattern[str], tokens: Sequence[str], where=None) -> int:
    """Replace the name in ``columns`` of ``table``; returns how many rows changed."""
    pk = list(table.primary_key.columns)
    changed = 0
    for column in columns:
        col = table.c[column]
        query = select(*pk, col).where(or_(*[col.like(f"%{t}%") for t in tokens]))
        if where is not None:
            query = query.where(where)
        for row in session.execute(query).all():
            text = row[-1] or ""
            new = pattern.sub(REMOVED, text)
            if new != text:
                keys = {c.name: row[i] for i, c in enumerate(pk)}
                session.execute(update(table).where(*[c == keys[c.name] for c in pk])
                                .values({column: new}))
                changed += 1
    return changed


def _erase(session: Session, person: Person, *, action: str, now: datetime) -> ErasureResult:
    pid = person.id
    every, full = _name_tokens(person)
    session.flush()
    own_suggestions = select(suggestion_raiser.c.suggestion_id).where(
        suggestion_raiser.c.person_id == pid)
    mentions = 0
    own = _scrubber(every)
    if own is not None:
        sug = Suggestion.__table__
        mentions += _scrub_columns(session, sug, ("text",), own, every,
                                   sug.c.id.in_(own_suggestions))
        dec = Decision.__table__
        mentions += _scrub_columns(session, dec, ("reason", "instead"), own, every,
                                   dec.c.suggestion_id.in_(own_suggestions))
    elsewhere = _scrubber(full)
    if elsewhere is not None:
        for table, columns in _TEXT_COLUMNS:
            where = table.c.id != pid if table is Person.__table__ else None
            mentions += _scrub_columns(session, table, columns, elsewhere, full, where)
    letters = session.execute(update(Feedback).where(Feedback.person_id == pid)
                              .values(snapshot="")).rowcount or 0
    session.execute(delete(EqualityProfile).where(EqualityProfile.person_id == pid))
    session.execute(update(AuditEntry).where(
        AuditEntry.entity.in_(("person", "equality_profile")), AuditEntry.entity_id == pid)
        .values(details=""))
    new_ref = f"ERASED-{pid}"
    session.execute(update(Person).where(Person.id == pid).values(
        ref=new_ref, first_name=ERASED_NAME, last_name="", preferred_name="", address_1="",
        address_2="", town="", postcode="", email="", phone="", feedback_format="standard",
        language="en", bilingual=False, interpreter="", supporter_name="", supporter_address="",
        send_via_supporter=False, other_needs="", consent_date=None,
        consent_withdrawn_date=None, notes="", erased_at=now, updated_at=now))
    suggestions = session.scalar(select(func.count()).select_from(suggestion_raiser)
                                 .where(suggestion_raiser.c.person_id == pid)) or 0
    attended = session.scalar(select(func.count()).select_from(attendance)
                              .where(attendance.c.person_id == pid)) or 0
    session.expire_all()
    audit.record(session, action, "person", pid)
    return ErasureResult(pid, new_ref, suggestions, attended, letters, mentions)


def _older_backups(session: Session) -> tuple[Path, ...]:
    from .backup import list_backups
    from .backup_rotation import db_file

    path = db_file(session)
    return tuple(b.path for b in list_backups(path)) if path is not None else ()


def erase_person(session: Session, ref: str, *, now: datetime | None = None) -> ErasureResult:
    """Remove a person's identifying details everywhere (administrators only).

    After the session commits, call ``scrub_database(db)`` so the old text leaves the file.
    """
    require(session, "administrator")
    person = find_person(session, ref)
    if person.erased_at is not None:
        raise ValidationError("ref", "This person's details were already erased.")
    result = _erase(session, person, action="erase", now=now or utcnow())
    return ErasureResult(**{**result.__dict__, "old_backups": _older_backups(session)})


def scrub_database(db) -> None:
    """Rewrite the data file so erased text is not left in its bytes or in its WAL.

    Run after the erasure has been committed, with no other session open.
    """
    if db.engine.dialect.name != "sqlite":
        return
    db.engine.dispose()  # no pooled connection may hold an old read snapshot
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
        conn.exec_driver_sql("VACUUM")
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    db.engine.dispose()


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def retention_candidates(session: Session, today: date, years: int | None = None
                         ) -> list[RetentionCandidate]:
    """People with no contact (no attendance, suggestion or letter) for ``years`` years.

    ``years`` defaults to the organisation's setting (6). Someone never in contact counts from
    the day their record was made.
    """
    require(session, "administrator")
    if years is None:
        from .organisation import get_details

        years = get_details(session).retention_years
    if not 1 <= int(years) <= 50:
        raise ValidationError("retention_years", "Please choose between 1 and 50 years.")
    cutoff = _years_before(today, int(years))
    contacts = union_all(
        select(attendance.c.person_id.label("pid"), Activity.held_on.label("day"))
        .join(Activity, Activity.id == attendance.c.activity_id),
        select(suggestion_raiser.c.person_id, Suggestion.raised_on)
        .join(Suggestion, Suggestion.id == suggestion_raiser.c.suggestion_id),
        select(Feedback.person_id, Feedback.sent_on),
    ).subquery()
    last = (select(contacts.c.pid, func.max(contacts.c.day).label("last"))
            .group_by(contacts.c.pid).subquery())
    rows = session.execute(
        select(Person, last.c.last).outerjoin(last, last.c.pid == Person.id)
        .where(Person.erased_at.is_(None)).order_by(Person.id)).all()
    found = []
    for person, last_day in rows:
        when = last_day or person.created_at.date()
        if isinstance(when, datetime):
            when = when.date()
        if when < cutoff:
            found.append(RetentionCandidate(person.id, person.ref, person.display_name, when))
    found.sort(key=lambda c: (c.last_contact, c.person_id))
    return found


def anonymise_people(session: Session, ids: Sequence[int], *,
                     now: datetime | None = None) -> AnonymiseResult:
    """Remove the details of the people chosen in the retention review, in one step."""
    require(session, "administrator")
    now = now or utcnow()
    unique = list(dict.fromkeys(int(i) for i in ids))
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(unique)))}
    if len(people) != len(unique):
        raise NotFoundError("One of the people chosen is no longer in the database. "
                            "Please run the review again.")
    count = 0
    for pid in unique:
        person = session.get(Person, pid)
        if person is None or person.erased_at is not None:
            continue
        _erase(session, person, action="anonymise", now=now)
        count += 1
    return AnonymiseResult(count, _older_backups(session) if count else ())
