"""Who is owed feedback (derived, never typed), and recording feedback that was sent.

The rules (DESIGN.md, "Feedback rules"): a person who raised a suggestion is owed feedback on it
when a decision was recorded after the last feedback they were sent on it (kind Decision), or a
change answering it was completed after that (kind Change made), or the promise has passed since
they raised it and they have heard nothing (kind Update).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from ..models import (
    Activity,
    Change,
    Decision,
    Feedback,
    Person,
    Suggestion,
    change_suggestion,
    feedback_suggestion,
    suggestion_raiser,
)
from ..models.enums import FEEDBACK_FORMATS, FEEDBACK_KINDS, FEEDBACK_METHODS
from . import audit
from .auth import require
from .errors import NotFoundError, ValidationError
from .organisation import promise_days as org_promise_days
from .validation import choice, not_in_future, optional_text, parse_date

# When several reasons apply, the letter is of the most telling kind.
_KIND_ORDER = ("change_made", "decision", "update")


@dataclass(frozen=True)
class OwedItem:
    person_id: int
    suggestion_id: int
    kind: str
    since: date


@dataclass(frozen=True)
class OwedPerson:
    person_id: int
    ref: str
    display_name: str
    feedback_format: str
    language: str
    items: tuple[OwedItem, ...]

    @property
    def since(self) -> date:
        return min(item.since for item in self.items)

    @property
    def kind(self) -> str:
        kinds = {item.kind for item in self.items}
        return next(k for k in _KIND_ORDER if k in kinds)

    @property
    def suggestion_ids(self) -> tuple[int, ...]:
        return tuple(item.suggestion_id for item in self.items)


@dataclass(frozen=True)
class FeedbackView:
    id: int
    person_id: int
    kind: str
    format: str
    language: str
    method: str
    sent_on: date
    snapshot: str
    sent_by: str
    suggestion_ids: tuple[int, ...]


def owed_items(session: Session, *, today: date | None = None, person_id: int | None = None,
               person_ids: Sequence[int] | None = None,
               promise_days: int | None = None) -> list[OwedItem]:
    """Every (person, suggestion) that is owed feedback today, oldest first."""
    today = today or date.today()
    promise = promise_days if promise_days is not None else org_promise_days(session)

    last_q = (select(Feedback.person_id.label("pid"),
                     feedback_suggestion.c.suggestion_id.label("sid"),
                     func.max(Feedback.sent_on).label("last"))
              .join(feedback_suggestion, feedback_suggestion.c.feedback_id == Feedback.id)
              .where(Feedback.sent_on <= today)
              .group_by(Feedback.person_id, feedback_suggestion.c.suggestion_id))
    wanted = None if person_ids is None and person_id is None else sorted(
        {*(person_ids or ()), *((person_id,) if person_id is not None else ())})
    if wanted is not None:
        last_q = last_q.where(Feedback.person_id.in_(wanted))
    last = last_q.subquery()
    decided = (select(Decision.suggestion_id.label("sid"),
                      func.max(Decision.decided_on).label("on"))
               .where(Decision.decided_on <= today).group_by(Decision.suggestion_id).subquery())
    done = (select(change_suggestion.c.suggestion_id.label("sid"),
                   func.max(Change.done_on).label("on"))
            .join(Change, Change.id == change_suggestion.c.change_id)
            .where(Change.status == "done", Change.done_on <= today)
            .group_by(change_suggestion.c.suggestion_id).subquery())
    promise_passed_before = today - timedelta(days=promise)
    raiser = suggestion_raiser.c
    query = (select(raiser.person_id, raiser.suggestion_id, Suggestion.raised_on,
                    decided.c.on, done.c.on, last.c.last)
             .join(Suggestion, Suggestion.id == raiser.suggestion_id)
             .join(Person, Person.id == raiser.person_id)
             .outerjoin(last, (last.c.pid == raiser.person_id) & (last.c.sid == raiser.suggestion_id))
             .outerjoin(decided, decided.c.sid == raiser.suggestion_id)
             .outerjoin(done, done.c.sid == raiser.suggestion_id)
             .where(Person.erased_at.is_(None), Suggestion.raised_on <= today)
             .where(or_(
                 and_(done.c.on.is_not(None), or_(last.c.last.is_(None), done.c.on > last.c.last)),
                 and_(decided.c.on.is_not(None),
                      or_(last.c.last.is_(None), decided.c.on > last.c.last)),
                 and_(last.c.last.is_(None), Suggestion.raised_on < promise_passed_before))))
    if wanted is not None:
        query = query.where(raiser.person_id.in_(wanted))

    owed: list[OwedItem] = []
    for pid, sid, raised_on, decided_on, done_on, last_sent in session.execute(query):
        if done_on is not None and (last_sent is None or done_on > last_sent):
            owed.append(OwedItem(pid, sid, "change_made", done_on))
        elif decided_on is not None and (last_sent is None or decided_on > last_sent):
            owed.append(OwedItem(pid, sid, "decision", decided_on))
        else:
            owed.append(OwedItem(pid, sid, "update", raised_on))
    owed.sort(key=lambda item: (item.since, item.person_id, item.suggestion_id))
    return owed


def owed_people(session: Session, *, today: date | None = None,
                person_ids: Sequence[int] | None = None) -> list[OwedPerson]:
    """Everything owed, grouped into one entry per person, the longest-waiting first."""
    items = owed_items(session, today=today, person_ids=person_ids)
    by_person: dict[int, list[OwedItem]] = {}
    for item in items:
        by_person.setdefault(item.person_id, []).append(item)
    if not by_person:
        return []
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(by_person)))}
    result = [OwedPerson(pid, people[pid].ref, people[pid].display_name,
                         people[pid].feedback_format, people[pid].language,
                         tuple(sorted(its, key=lambda i: (i.since, i.suggestion_id))))
              for pid, its in by_person.items()]
    result.sort(key=lambda p: (p.since, p.display_name.casefold(), p.person_id))
    return result


def record_feedback(session: Session, *, person_id: int, kind: str,
                    suggestion_ids: Sequence[int] = (), sent_on: date | str | None = None,
                    format: str | None = None, language: str | None = None,
                    method: str = "post", snapshot: str = "", sent_by: str = "",
                    batch: str = "", activity_id: int | None = None,
                    today: date | None = None) -> FeedbackView:
    """Record feedback that was sent. What is recorded here is never edited afterwards."""
    require(session, "coordinator")
    person = session.get(Person, person_id)
    if person is None or person.erased_at is not None:
        raise NotFoundError("That person is no longer in the database.")
    kind_code = choice(kind, FEEDBACK_KINDS, "kind", "the kind of feedback")
    sent = parse_date(sent_on or (today or date.today()), "sent_on", "the date it was sent")
    not_in_future(sent, "sent_on", "the date it was sent", today=today)
    ids = list(dict.fromkeys(suggestion_ids))
    if not ids and kind_code != "thank_you":
        raise ValidationError("suggestion_ids", "Please choose the suggestions this feedback "
                                                "is about.")
    suggestions = list(session.scalars(select(Suggestion).where(Suggestion.id.in_(ids)))) if ids else []
    if len(suggestions) != len(ids):
        raise ValidationError("suggestion_ids", "One of the suggestions is no longer in the "
                                                "database.")
    if activity_id is not None and session.get(Activity, activity_id) is None:
        raise ValidationError("activity_id", "That activity is no longer in the database.")
    feedback = Feedback(
        person_id=person.id, kind=kind_code, activity_id=activity_id,
        format=choice(format or person.feedback_format, FEEDBACK_FORMATS, "format", "the format"),
        language=(language or person.language)[:10],
        method=choice(method, FEEDBACK_METHODS, "method", "how it was sent"),
        sent_on=sent, snapshot=optional_text(snapshot, "snapshot", "the letter", max_length=200000)
        if snapshot else "",
        sent_by=optional_text(sent_by, "sent_by", "who sent it"), batch=batch[:40])
    feedback.suggestions = sorted(suggestions, key=lambda s: s.id)
    session.add(feedback)
    session.flush()
    audit.record(session, "mark_sent", "feedback", feedback.id, f"kind={kind_code}")
    return to_view(feedback)


def to_view(feedback: Feedback) -> FeedbackView:
    return FeedbackView(
        id=feedback.id, person_id=feedback.person_id, kind=feedback.kind, format=feedback.format,
        language=feedback.language, method=feedback.method, sent_on=feedback.sent_on,
        snapshot=feedback.snapshot, sent_by=feedback.sent_by,
        suggestion_ids=tuple(s.id for s in feedback.suggestions))


def feedback_for_person(session: Session, person_id: int) -> list[FeedbackView]:
    rows = session.scalars(select(Feedback).where(Feedback.person_id == person_id)
                           .order_by(Feedback.sent_on.desc(), Feedback.id.desc()))
    return [to_view(f) for f in rows]


def get_feedback(session: Session, feedback_id: int) -> FeedbackView:
    feedback = session.get(Feedback, feedback_id)
    if feedback is None:
        raise NotFoundError("That letter is no longer in the database.")
    return to_view(feedback)


def promise_deadline(raised_on: date, promise: int) -> date:
    """The last day on which feedback is still on time."""
    return raised_on + timedelta(days=promise)
