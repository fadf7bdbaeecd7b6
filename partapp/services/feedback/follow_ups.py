"""Did it make a difference? Asking the people behind a change, some weeks after it was done.

The rule (docs/design.md, "Follow-ups"), worked out each time, never stored: on a given day a
person is **due** a follow-up about a change when

1. the change is Done, and its done date is at least the organisation's wait (8 weeks unless
   changed) before that day: on the day the wait ends they are due, the day before they are not;
2. they raised a suggestion the change answers (not an anonymous one, and their details were
   not erased);
3. they have not been asked about that change yet, and no answer from them is recorded.

Their next letter carries a tear-off reply slip (services.feedback.follow_up_slip); marking that
letter as sent marks them as asked. An answer can also come from a phone call or a meeting. Each
operation here is one use case: the caller wraps it in one ``session_scope()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Select, and_, exists, func, select
from sqlalchemy.orm import Session

from ...models import Change, FollowUp, Person, Service, change_suggestion, suggestion_raiser
from ...models.enums import FOLLOW_UP_ANSWERS, FOLLOW_UP_METHODS
from ..access import audit, permissions
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..office_filter import offices_of, people_in_offices
from ..records.organisation import follow_up_weeks
from ..validation import choice, not_in_future, optional_text, parse_date
from ..words import said


@dataclass(frozen=True)
class DueFollowUp:
    """One person to ask about one change."""

    person_id: int
    change_id: int
    description: str
    done_on: date
    description_cy: str = ""  # in Welsh, for a Welsh slip (empty: none)
    description_easy: str = ""  # its easy read version, for an easy read slip (empty: none)

    def due_on(self, weeks: int) -> date:
        return self.done_on + timedelta(weeks=weeks)


@dataclass(frozen=True)
class ChangeDue:
    """A change whose follow-up is due, for the Home page."""

    change_id: int
    description: str
    service_name: str
    done_on: date
    due_on: date
    people: int  # how many people are due to be asked about it


@dataclass(frozen=True)
class FollowUpView:
    id: int
    person_id: int
    change_id: int
    description: str
    done_on: date | None
    asked_on: date | None
    answered_on: date | None
    answer: str | None  # a code of FOLLOW_UP_ANSWERS
    words: str
    method: str | None  # a code of FOLLOW_UP_METHODS
    recorded_by: str

    @property
    def answer_label(self) -> str:
        return FOLLOW_UP_ANSWERS.get(self.answer or "", "")

    @property
    def method_label(self) -> str:
        return FOLLOW_UP_METHODS.get(self.method or "", "")


@dataclass(frozen=True)
class PersonToAsk:
    """Someone behind a change, and where their follow-up stands (for the answer form)."""

    person_id: int
    name: str
    ref: str
    asked_on: date | None
    answer: str | None


def _due_select(today: date, weeks: int, person_ids: Sequence[int] | None = None,
                change_id: int | None = None) -> Select[tuple[int, int]]:
    """(person_id, change_id) due on ``today``, each pair once."""
    raiser, linked = suggestion_raiser.c, change_suggestion.c
    ready = today - timedelta(weeks=weeks)
    already = exists().where(FollowUp.person_id == raiser.person_id,
                             FollowUp.change_id == linked.change_id)
    query = (select(raiser.person_id, linked.change_id).distinct()
             .select_from(suggestion_raiser)
             .join(change_suggestion, linked.suggestion_id == raiser.suggestion_id)
             .join(Change, Change.id == linked.change_id)
             .join(Person, Person.id == raiser.person_id)
             .where(Change.status == "done", Change.done_on <= ready,
                    Person.erased_at.is_(None), ~already))
    if person_ids is not None:
        query = query.where(raiser.person_id.in_(list(person_ids)))
    if change_id is not None:
        query = query.where(linked.change_id == change_id)
    return query


_FEW_PEOPLE = 200  # up to this many people, the SQL looks up only theirs


def follow_ups_due(session: Session, *, today: date | None = None,
                   person_ids: Sequence[int] | None = None,
                   weeks: int | None = None) -> list[DueFollowUp]:
    """Every (person, change) due today, the longest done first."""
    today = today or date.today()
    weeks = follow_up_weeks(session) if weeks is None else weeks
    if person_ids is not None and len(wanted := set(person_ids)) > _FEW_PEOPLE:
        # Many people (every owed letter): one pass over everyone, kept here. A long IN list
        # in the SQL lets SQLite test every link against every id (issue 17: 24 s for
        # 12,775 letters, against 0.3 s for everyone).
        return [due for due in follow_ups_due(session, today=today, weeks=weeks)
                if due.person_id in wanted]
    due = _due_select(today, weeks, person_ids).subquery()
    rows = session.execute(
        select(due.c.person_id, due.c.change_id, Change.description, Change.done_on,
               Change.description_cy, Change.description_easy)
        .join(Change, Change.id == due.c.change_id)
        .order_by(Change.done_on, Change.id, due.c.person_id))
    return [DueFollowUp(*row) for row in rows]


def changes_due(session: Session, *, today: date | None = None) -> list[ChangeDue]:
    """The changes whose follow-up is due today, with how many people to ask, oldest first."""
    today = today or date.today()
    weeks = follow_up_weeks(session)
    due = _due_select(today, weeks).subquery()
    rows = session.execute(
        select(Change.id, Change.description, Service.name, Change.done_on,
               func.count(due.c.person_id))
        .join(due, due.c.change_id == Change.id)
        .outerjoin(Service, Service.id == Change.service_id)
        .where(*people_in_offices(offices_of(session), due.c.person_id))
        .group_by(Change.id, Change.description, Service.name, Change.done_on)
        .order_by(Change.done_on, Change.id))
    return [ChangeDue(cid, text, service or "", done, done + timedelta(weeks=weeks), n)
            for cid, text, service, done, n in rows if done is not None]


@operation(Changed.FEEDBACK)
def mark_asked(session: Session, person_id: int, change_ids: Sequence[int], *,
               asked_on: date, feedback_id: int | None = None) -> int:
    """Record that ``person_id`` was asked about ``change_ids`` (their letter went out).
    Returns how many were newly marked; someone already asked is left as they were."""
    ids = sorted(set(change_ids))
    if not ids:
        return 0
    have = {row.change_id: row for row in session.scalars(
        select(FollowUp).where(FollowUp.person_id == person_id, FollowUp.change_id.in_(ids)))}
    marked = 0
    for change_id in ids:
        row = have.get(change_id)
        if row is None:
            session.add(FollowUp(person_id=person_id, change_id=change_id, asked_on=asked_on,
                                 feedback_id=feedback_id))
        elif row.asked_on is None:
            row.asked_on, row.feedback_id = asked_on, feedback_id
        else:
            continue
        marked += 1
    session.flush()
    if marked:
        audit.record(session, "update", "follow_up", None,
                     f"asked={marked}; by letter" if feedback_id else f"asked={marked}")
    return marked


def _behind(session: Session, person_id: int, change_id: int) -> bool:
    """Whether the person raised a suggestion the change answers."""
    raiser, linked = suggestion_raiser.c, change_suggestion.c
    return session.scalar(select(exists().where(
        raiser.person_id == person_id, linked.change_id == change_id,
        linked.suggestion_id == raiser.suggestion_id))) or False


@operation(Changed.FEEDBACK)
def record_answer(session: Session, *, person_id: int | None, change_id: int | None,
                  answer: str,
                  words: str = "", method: str = "reply_slip",
                  answered_on: date | str | None = None, recorded_by: str = "",
                  today: date | None = None) -> FollowUpView:
    """Record what someone said when asked whether a change made a difference. Recording it
    again for the same person and change puts the new answer in place of the old one."""
    permissions.check(session, "record")
    today = today or date.today()
    if not person_id:
        raise ValidationError("person_id", said("Please choose who told us."))
    if not change_id:
        raise ValidationError("change_id", said("Please choose the change they told us about."))
    person = session.get(Person, person_id)
    if person is None or person.erased_at is not None:
        raise ValidationError("person_id", said("That person is no longer in the database. "
                                                "Please choose someone else."))
    change = session.get(Change, change_id)
    if change is None:
        raise ValidationError("change_id", said("That change is no longer in the database. "
                                                "Please choose another."))
    if change.status != "done" or change.done_on is None:
        raise ValidationError("change_id", said("This change is not done yet, so nobody can "
                                                "say if it made a difference. Please choose a "
                                                "change that is done."))
    if not _behind(session, person_id, change_id):
        raise ValidationError("person_id", said("This person did not raise any of the "
                                                "suggestions behind this change. Please "
                                                "choose someone who did."))
    code = choice(answer, FOLLOW_UP_ANSWERS, "answer", "their answer (Yes, A bit, No or "
                                                       "Not sure)")
    how = choice(method, FOLLOW_UP_METHODS, "method", "how they told us")
    day = parse_date(answered_on or today, "answered_on", "the date they told us")
    not_in_future(day, "answered_on", "the date they told us", today=today)
    if day < change.done_on:
        raise ValidationError("answered_on", said("The date they told us is before the change "
                                                  "was done ({done_on}). Please check the "
                                                  "date.", done_on=change.done_on.isoformat()))
    text = optional_text(words, "words", "their own words", max_length=5000)
    by = optional_text(recorded_by, "recorded_by", "who recorded it") or audit.actor(session)
    row = session.scalar(select(FollowUp).where(FollowUp.person_id == person_id,
                                                FollowUp.change_id == change_id))
    action = "update"
    if row is None:
        row = FollowUp(person_id=person_id, change_id=change_id)
        session.add(row)
        action = "create"
    if row.asked_on is None or row.asked_on > day:
        row.asked_on = day  # asked on the phone or at the meeting where they answered
    row.answered_on, row.answer, row.words, row.method, row.recorded_by = day, code, text, how, by
    session.flush()
    # No words in the audit log: their words are personal.
    audit.record(session, action, "follow_up", row.id, f"answer={code}; method={how}")
    return _view(row, change)


def _view(row: FollowUp, change: Change | None) -> FollowUpView:
    return FollowUpView(row.id, row.person_id, row.change_id,
                        change.description if change else "",
                        change.done_on if change else None, row.asked_on, row.answered_on,
                        row.answer, row.words or "", row.method, row.recorded_by or "")


def follow_ups_for_person(session: Session, person_id: int) -> list[FollowUpView]:
    """Every follow-up with one person (asked, answered or both), newest change first."""
    rows = session.execute(select(FollowUp, Change)
                           .join(Change, Change.id == FollowUp.change_id)
                           .where(FollowUp.person_id == person_id)
                           .order_by(Change.done_on.desc(), Change.id.desc()))
    return [_view(row, change) for row, change in rows]


def changes_to_ask_about(session: Session, person_id: int) -> list[tuple[int, str, date]]:
    """(id, description, done on) of every done change behind this person's suggestions,
    newest first: what the answer form offers for them."""
    raiser, linked = suggestion_raiser.c, change_suggestion.c
    rows = session.execute(
        select(Change.id, Change.description, Change.done_on).distinct()
        .join(change_suggestion, linked.change_id == Change.id)
        .join(suggestion_raiser, raiser.suggestion_id == linked.suggestion_id)
        .where(raiser.person_id == person_id, Change.status == "done")
        .order_by(Change.done_on.desc(), Change.id.desc()))
    return [(cid, text, done) for cid, text, done in rows if done is not None]


def people_to_ask(session: Session, change_id: int) -> list[PersonToAsk]:
    """Everyone behind a change (not erased), those still waiting for an answer first."""
    if session.get(Change, change_id) is None:
        raise NotFoundError(said("That change is no longer in the database."))
    raiser, linked = suggestion_raiser.c, change_suggestion.c
    people = session.execute(
        select(Person.id, Person.first_name, Person.preferred_name, Person.last_name,
               Person.ref, FollowUp.asked_on, FollowUp.answer).distinct()
        .join(suggestion_raiser, raiser.person_id == Person.id)
        .join(change_suggestion, and_(linked.suggestion_id == raiser.suggestion_id,
                           linked.change_id == change_id))
        .outerjoin(FollowUp, and_(FollowUp.person_id == Person.id,
                                  FollowUp.change_id == change_id))
        .where(Person.erased_at.is_(None)))
    found = [PersonToAsk(pid, f"{preferred or first} {last}".strip(), ref or "", asked, answer)
             for pid, first, preferred, last, ref, asked, answer in people]
    found.sort(key=lambda p: (p.answer is not None, p.name.casefold(), p.person_id))
    return found
