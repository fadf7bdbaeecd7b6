"""UK GDPR tools: subject access export, erasure, and the retention review.

Erasure blanks every identifying detail of a person but keeps the rows that make the figures
true: their attendance, their suggestions (now anonymous) and the fact that feedback was sent.
Their equality answers are deleted and the text of letters sent to them is blanked. Their name
is also taken out of free text elsewhere (suggestions, decisions, changes, notes, letters).
``scrub_database`` then rewrites the file so the old text is not left in its bytes.
Older backups still hold the details: the result lists them, to be deleted by hand.
"""

from __future__ import annotations

import errno
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import ColumnElement, Table, delete, func, select, union_all, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    AppSetting,
    AuditEntry,
    Decision,
    EqualityProfile,
    Feedback,
    FollowUp,
    Organisation,
    Person,
    Suggestion,
    attendance,
    suggestion_raiser,
    utcnow,
)
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, PartappError, ValidationError
from ..words import counted, joined, said
from .erasure_text import NAME_REMOVED, details_for, scrub_free_text
from .privacy_export import find_person, person_record  # noqa: F401 - re-exported

if TYPE_CHECKING:
    from ..store.database import Database

ERASED_NAME = "Erased person"
REMOVED = NAME_REMOVED
PENDING_KEY = "erasure_clean_up_pending"  # set with an erasure, cleared once the file is clean


class AlreadyErasedError(ValidationError):
    """The person was erased before (running the erasure again only finishes the clean-up)."""


@dataclass(frozen=True)
class ErasureResult:
    person_id: int
    new_ref: str
    suggestions_kept: int
    attendance_kept: int
    letters_blanked: int
    mentions_removed: int  # how many other places (a suggestion, a note, a letter) changed
    old_backups: tuple[Path, ...] = ()
    to_check: tuple[str, ...] = ()  # places that still mention the first name on its own
    first_name: str = ""  # shown only to the administrator who erased them, never logged
    shared_details: int = 0  # contact details left where typed: someone else's too
    clean_up_problem: str = ""  # why the file could not be rewritten, or ""

    def describe(self, again: str = "") -> str:
        """In plain English. ``again``: how to run the clean-up again, if it failed."""
        lines: list[str] = [said("The person's details were erased. Their record is now "
                                 "{ref}, called \u201c{name}\u201d.", ref=self.new_ref,
                                 name=ERASED_NAME)]
        lines.append(said("Kept for the figures, without their name: {suggestions} suggestions "
                          "and {times} times they took part.",
                          suggestions=self.suggestions_kept, times=self.attendance_kept))
        if self.letters_blanked:
            lines.append(said("The text of {count} letters sent to them was removed.",
                              count=self.letters_blanked))
        if self.mentions_removed:
            lines.append(said("Their name, address or contact details were taken out of "
                              "{where} (suggestions, decisions, notes, letters).",
                              where=counted(self.mentions_removed, "{n} other place",
                                            "{n} other places")))
        if self.shared_details:
            lines.append(said("Some of their contact details (such as an address or a phone "
                              "number) are also another person's, or your organisation's, so "
                              "they were left where they were typed."))
        if self.to_check:
            lines.append(counted(
                len(self.to_check),
                "{n} place mentions the first name \u201c{name}\u201d on its own. It may be "
                "someone else with the same name, so it was left. Please read it and take the "
                "name out if it is about this person:",
                "{n} places mention the first name \u201c{name}\u201d on its own. It may be "
                "someone else with the same name, so it was left. Please read each one and "
                "take the name out if it is about this person:", name=self.first_name))
            lines += [f"  {place}" for place in self.to_check]
        if self.old_backups:
            lines.append(said("{count} older backups still hold their details. Delete them "
                              "when you no longer need them:", count=len(self.old_backups)))
            lines += [f"  {p}" for p in self.old_backups]
        if self.clean_up_problem:
            lines.append(clean_up_message(self.clean_up_problem, again))
        return joined(lines, "\n")


def clean_up_message(problem: str, again: str = "") -> str:
    """What was saved, and what to do, when the file could not be rewritten after an erasure."""
    text = said("The erasure is saved: their details are gone from every record, and the app "
                "will not show them again. But the last step did not finish: the data file "
                "could not be rewritten to clear the old text out of its spare space "
                "({problem}). Until it is, someone with special tools could still read the old "
                "details in the file.", problem=problem)
    return joined([text, again]) if again else text


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
    clean_up_problem: str = ""

    def describe(self, again: str = "") -> str:
        parts: list[str] = [said("The details of {who} were removed. Their figures are kept.",
                                 who=counted(self.count, "{n} person", "{n} people"))]
        if self.old_backups:
            parts.append(said("{count} older backups still hold their details; delete them "
                              "when you no longer need them.", count=len(self.old_backups)))
        text = joined(parts)
        if self.clean_up_problem:
            text = joined([text, clean_up_message(self.clean_up_problem, again)], "\n")
        return text


def _rowcount(result: Any) -> int:
    """How many rows an UPDATE or DELETE touched (a CursorResult's count)."""
    return int(getattr(result, "rowcount", 0) or 0)


def _others_contact(session: Session, pid: int) -> list[str]:
    """Everyone else's own contact details (and the organisation's), to leave shared ones."""
    rows: list[Sequence[str | None]] = list(session.execute(
        select(Person.address_1, Person.address_2, Person.postcode, Person.email, Person.phone)
        .where(Person.id != pid, Person.erased_at.is_(None))).all())
    rows += session.execute(select(Organisation.address, Organisation.phone,
                                   Organisation.email)).all()
    return [value for row in rows for value in row if value]


def _erase(session: Session, person: Person, *, action: str, now: datetime) -> ErasureResult:
    pid = person.id
    session.flush()
    details = details_for(person, others=_others_contact(session, pid))
    first_name = "\u201d or \u201c".join(dict.fromkeys(
        n.strip() for n in (person.first_name or "", person.preferred_name or "") if n.strip()))
    own_suggestions = select(suggestion_raiser.c.suggestion_id).where(
        suggestion_raiser.c.person_id == pid)
    letters = _rowcount(session.execute(update(Feedback).where(Feedback.person_id == pid)
                                        .values(snapshot="")))

    def own(table: Table) -> ColumnElement[bool] | None:  # their own words: each of their names is taken out, even on its own
        if table is Suggestion.__table__:
            return table.c.id.in_(own_suggestions)
        if table is Decision.__table__:
            return table.c.suggestion_id.in_(own_suggestions)
        if table is FollowUp.__table__:  # what they said about a change
            return table.c.person_id == pid
        return None

    found = scrub_free_text(session, details, skip_person_id=pid, own=own)
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
    session.merge(AppSetting(key=PENDING_KEY, value="yes"))
    session.flush()
    session.expire_all()
    audit.record(session, action, "person", pid)
    return ErasureResult(pid, new_ref, suggestions, attended, letters, found.changed,
                         to_check=found.to_check, first_name=first_name if found.to_check
                         else "", shared_details=details.shared)


def _older_backups(session: Session) -> tuple[Path, ...]:
    from ..store.backup import list_backups
    from ..store.backup_rotation import db_file

    path = db_file(session)
    return tuple(b.path for b in list_backups(path)) if path is not None else ()


@operation(Changed.ALL)
def erase_person(session: Session, ref: str, *, now: datetime | None = None) -> ErasureResult:
    """Remove a person's identifying details everywhere (administrators only).

    After the session commits, call ``scrub_database(db)`` so the old text leaves the file
    (``erase_and_clean`` does both).
    """
    require(session, "administrator")
    person = find_person(session, ref)
    if person.erased_at is not None:
        raise AlreadyErasedError("ref", said("This person's details were already erased."))
    result = _erase(session, person, action="erase", now=now or utcnow())
    return replace(result, old_backups=_older_backups(session))


class CleanUpError(PartappError):
    """The data file could not be rewritten after an erasure (the erasure itself is saved)."""

    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _problem(exc: BaseException) -> str:
    inner = getattr(exc, "orig", None) or exc
    code = (getattr(inner, "sqlite_errorcode", None) or 0) & 0xFF
    number = getattr(inner, "errno", None)
    text = str(inner).lower()
    if code == sqlite3.SQLITE_FULL or number in (errno.ENOSPC, errno.EDQUOT) \
            or "disk is full" in text:
        return said("the disk is full: it needs free space about the size of the data file. "
                    "Make room on the disk first")
    if code == sqlite3.SQLITE_READONLY or number in (errno.EACCES, errno.EROFS) \
            or "readonly" in text:
        return said("the file or its folder is read-only. Ask whoever looks after your "
                    "computers to let you change it first")
    if code in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED) or "locked" in text:
        return _IN_USE
    return said("the file could not be changed just now. If it is on a network drive or a USB "
                "stick, check it is connected first")


_IN_USE = said("another program, or the app on another computer, has the file open. Close "
               "it first")


def _checkpoint(conn: Connection) -> None:
    busy = conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    if busy is not None and busy[0]:
        raise CleanUpError(_IN_USE)  # a reader keeps old pages in the WAL


def scrub_database(db: Database) -> None:
    """Rewrite the data file so erased text is not left in its bytes or in its WAL.

    Run after the erasure has been committed, with no other session open. Raises
    ``CleanUpError`` (with a plain reason) if the file could not be rewritten in full; the
    erasure stays saved and running this again finishes the job.
    """
    if db.engine.dialect.name != "sqlite":
        with db.session_scope() as session:
            session.execute(delete(AppSetting).where(AppSetting.key == PENDING_KEY))
        return
    db.engine.dispose()  # no pooled connection may hold an old read snapshot
    try:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("PRAGMA secure_delete=ON")
            conn.exec_driver_sql("PRAGMA temp_store=MEMORY")  # VACUUM's copy stays off disk
            _checkpoint(conn)
            conn.exec_driver_sql("VACUUM")
            conn.exec_driver_sql("DELETE FROM app_setting WHERE key = ?", (PENDING_KEY,))
            _checkpoint(conn)
    except CleanUpError:
        raise
    except (SQLAlchemyError, sqlite3.Error, OSError) as exc:
        raise CleanUpError(_problem(exc)) from exc
    finally:
        db.engine.dispose()


def clean_up_pending(session: Session) -> bool:
    """True if an erasure was saved but the data file was not yet rewritten after it."""
    return session.get(AppSetting, PENDING_KEY) is not None


R = TypeVar("R", ErasureResult, AnonymiseResult)


def finish_clean_up(db: Database, result: R) -> R:
    """``scrub_database``, with a failure put in ``result`` (ErasureResult or AnonymiseResult)
    so the person is told what was saved and what to run again."""
    try:
        scrub_database(db)
    except CleanUpError as error:
        return replace(result, clean_up_problem=error.problem)
    return result


@operation(Changed.ALL)
def erase_and_clean(db: Database, ref: str, *, now: datetime | None = None) -> ErasureResult:
    """The whole erasure, as the command and the erase screen run it: erase, then rewrite."""
    with db.session_scope() as session:
        result = erase_person(session, ref, now=now)
    return finish_clean_up(db, result)


@operation(Changed.ALL)
def anonymise_and_clean(db: Database, ids: Sequence[int], *,
                        now: datetime | None = None) -> AnonymiseResult:
    """The retention review's removal, then the same rewrite of the file."""
    with db.session_scope() as session:
        result = anonymise_people(session, ids, now=now)
    return finish_clean_up(db, result) if result.count else result


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
        from ..records.organisation import get_details

        years = get_details(session).retention_years
    if not 1 <= int(years) <= 50:
        raise ValidationError("retention_years", said("Please choose between 1 and 50 years."))
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


@operation(Changed.ALL)
def anonymise_people(session: Session, ids: Sequence[int], *,
                     now: datetime | None = None) -> AnonymiseResult:
    """Remove the details of the people chosen in the retention review, in one step."""
    require(session, "administrator")
    now = now or utcnow()
    unique = list(dict.fromkeys(int(i) for i in ids))
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(unique)))}
    if len(people) != len(unique):
        raise NotFoundError(said("One of the people chosen is no longer in the database. "
                                 "Please run the review again."))
    count = 0
    for pid in unique:
        person = session.get(Person, pid)
        if person is None or person.erased_at is not None:
            continue
        _erase(session, person, action="anonymise", now=now)
        count += 1
    return AnonymiseResult(count, _older_backups(session) if count else ())
