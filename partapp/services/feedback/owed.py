"""Who is owed feedback (derived, never typed), and recording feedback that was sent.

The rules (docs/design.md, "Who is owed feedback"): a person who raised a suggestion is owed
feedback on it when a decision was recorded after the last feedback they were sent on it (kind
Decision), or a change answering it was completed after that (kind Change made), or the promise
has passed since they raised it and they have heard nothing (kind Update).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ScalarSelect, and_, case, func, or_, select
from sqlalchemy.orm import Session

from ...models import (
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
from ...models.enums import FEEDBACK_FORMATS, FEEDBACK_KINDS, FEEDBACK_METHODS
from .. import shared_reads
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..office_filter import Offices, offices_of, people_in_offices
from ..records.organisation import promise_days as org_promise_days
from ..sql_types import AnySelect
from ..validation import choice, not_in_future, optional_text, parse_date
from ..words import said

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


def _latest(dates: AnySelect) -> ScalarSelect[Any]:
    """The latest date a one-column query gives, or NULL when it gives no rows.

    The same as max() as long as the query's WHERE leaves out NULL dates (a ``<= today`` does),
    but taken as the first row newest-first: SQLite then needs no aggregate, whose bookkeeping
    costs memory allocations for every pair (and Debian's SQLite serialises allocations between
    threads, which spoils counting on two cores).
    """
    column = dates.selected_columns[0]
    return dates.order_by(column.desc()).limit(1).scalar_subquery()


def _latest_linked(link_where: Any, column: Any, where: Sequence[Any]) -> ScalarSelect[Any]:
    """The latest ``column`` among the rows a link table points to (NULL when none qualify).

    Two lookups, each on one table by the one index that can answer it: the pair's links by
    suggestion, then each linked row by its primary key, checked there. A join of the two
    tables would let the planner walk a date or status index of the big table instead, and
    read every letter or change ever made for each pair that has none (issue 17).
    """
    value = (select(column).where(*where).correlate_except(column.table)
             .scalar_subquery().label("on"))
    link = link_where.left.table
    return (select(value).select_from(link).where(link_where)
            .order_by(value.desc().nulls_last()).limit(1).scalar_subquery())


def _owed_select(today: date, promise: int, wanted: Sequence[int] | None,
                 part: tuple[int, int] | None = None, offices: Offices = None) -> AnySelect:
    """The feedback rules, once: every owed (person, suggestion) with its kind and since date.

    One pass over the raisers in key order; each pair looks up its own latest decision,
    completed change and feedback by short index searches whose plan does not depend on what
    the database knows of its tables, so the cost is the same few searches for every pair
    (linear in the number of pairs). Erased people and suggestions raised after ``today`` are
    left out with anti-joins against those (small) sets. ``part`` (k, n) keeps only the people
    whose id is k modulo n: n such parts share out everyone, each person whole, so their
    counts of people add up. ``offices`` keeps the people of those offices (a letter is
    its person's office's).
    """
    raiser, cs, fs = suggestion_raiser.c, change_suggestion.c, feedback_suggestion.c
    decided = _latest(select(Decision.decided_on)
                      .where(Decision.suggestion_id == raiser.suggestion_id,
                             Decision.decided_on <= today))
    done = _latest_linked(cs.suggestion_id == raiser.suggestion_id, Change.done_on,
                          (Change.id == cs.change_id,
                           Change.status == "done", Change.done_on <= today))
    last = _latest_linked(fs.suggestion_id == raiser.suggestion_id, Feedback.sent_on,
                          (Feedback.id == fs.feedback_id, Feedback.person_id == raiser.person_id,
                           Feedback.sent_on <= today))
    raised_on = select(Suggestion.raised_on).where(Suggestion.id == raiser.suggestion_id)
    pairs = (select(raiser.person_id.label("pid"), raiser.suggestion_id.label("sid"),
                    raised_on.scalar_subquery().label("raised_on"), decided.label("decided"),
                    done.label("done"), last.label("last"))
             .where(raiser.person_id.not_in(select(Person.id).where(Person.erased_at.is_not(None))),
                    raiser.suggestion_id.not_in(select(Suggestion.id)
                                                .where(Suggestion.raised_on > today))))
    if wanted is not None:
        pairs = pairs.where(raiser.person_id.in_(wanted))
    if part is not None:
        pairs = pairs.where(raiser.person_id % part[1] == part[0])
    pairs = pairs.where(*people_in_offices(offices, raiser.person_id))
    # MATERIALIZED: each lookup runs once per pair, not once per mention below.
    p = pairs.cte("owed_pairs").prefix_with("MATERIALIZED")
    change_after = and_(p.c.done.is_not(None), or_(p.c.last.is_(None), p.c.done > p.c.last))
    decision_after = and_(p.c.decided.is_not(None),
                          or_(p.c.last.is_(None), p.c.decided > p.c.last))
    promise_passed = and_(p.c.last.is_(None), p.c.raised_on < today - timedelta(days=promise))
    kind = case((change_after, "change_made"), (decision_after, "decision"), else_="update")
    since = case((change_after, p.c.done), (decision_after, p.c.decided), else_=p.c.raised_on)
    return (select(p.c.pid, p.c.sid, kind.label("kind"), since.label("since"))
            .where(or_(change_after, decision_after, promise_passed)))


def _wanted(person_id: int | None, person_ids: Sequence[int] | None) -> list[int] | None:
    if person_ids is None and person_id is None:
        return None
    return sorted({*(person_ids or ()), *((person_id,) if person_id is not None else ())})


def owed_items(session: Session, *, today: date | None = None, person_id: int | None = None,
               person_ids: Sequence[int] | None = None,
               promise_days: int | None = None) -> list[OwedItem]:
    """Every (person, suggestion) that is owed feedback today, oldest first."""
    today = today or date.today()
    promise = promise_days if promise_days is not None else org_promise_days(session)
    owed = _owed_select(today, promise, _wanted(person_id, person_ids),
                        offices=offices_of(session)).subquery()
    query = select(owed).order_by(owed.c.since, owed.c.pid, owed.c.sid)
    return [OwedItem(pid, sid, kind, since) for pid, sid, kind, since in session.execute(query)]


def owed_counts(session: Session, *, today: date | None = None) -> tuple[int, int]:
    """How many people are owed feedback today, and on how many (person, suggestion) pairs
    (what owed_items() would give, counted in SQL without loading the items)."""
    today = today or date.today()
    owed = _owed_select(today, org_promise_days(session), None,
                        offices=offices_of(session)).subquery()
    people, items = session.execute(select(func.count(owed.c.pid.distinct()),
                                           func.count())).one()
    return people or 0, items or 0


def owed_summary_parts(today: date, promise: int, parts: int = 1,
                       offices: Offices = None) -> list[AnySelect]:
    """``owed_summary`` as ``parts`` one-row statements over separate sets of people, to be
    run side by side (``shared_reads.one_rows``) and put together by ``add_owed_summaries``."""
    statements = []
    for k in range(parts):
        owed = _owed_select(today, promise, None, (k, parts) if parts > 1 else None,
                            offices).subquery()
        statements.append(select(func.count(owed.c.pid.distinct()), func.min(owed.c.since)))
    return statements


def add_owed_summaries(rows: Sequence[Sequence[Any]]) -> tuple[int, date | None]:
    """People owed and the longest wait, from the rows of ``owed_summary_parts``' statements."""
    return (sum(people or 0 for people, _ in rows),
            min((since for _, since in rows if since is not None), default=None))


def owed_summary(session: Session, *, today: date | None = None) -> tuple[int, date | None]:
    """How many people are owed feedback, and since when the longest-waiting one has waited
    (what owed_people() would give, without building every letter's items)."""
    today = today or date.today()
    parallel = shared_reads.workers(session)
    statements = owed_summary_parts(today, org_promise_days(session), parallel,
                                    offices_of(session))
    return add_owed_summaries(shared_reads.one_rows(session, statements, parallel=parallel))


def owed_people(session: Session, *, today: date | None = None,
                person_ids: Sequence[int] | None = None) -> list[OwedPerson]:
    """Everything owed, grouped into one entry per person, the longest-waiting first."""
    items = owed_items(session, today=today, person_ids=person_ids)
    by_person: dict[int, list[OwedItem]] = {}
    for item in items:
        by_person.setdefault(item.person_id, []).append(item)
    if not by_person:
        return []
    people = {pid: (ref, f"{preferred or first} {last}".strip(), feedback_format, language)
              for pid, ref, first, preferred, last, feedback_format, language
              in session.execute(select(Person.id, Person.ref, Person.first_name,
                                        Person.preferred_name, Person.last_name,
                                        Person.feedback_format, Person.language)
                                 .where(Person.id.in_(by_person)))}
    result = [OwedPerson(pid, *people[pid],
                         tuple(sorted(its, key=lambda i: (i.since, i.suggestion_id))))
              for pid, its in by_person.items()]
    result.sort(key=lambda p: (p.since, p.display_name.casefold(), p.person_id))
    return result


@operation(Changed.FEEDBACK)
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
        raise NotFoundError(said("That person is no longer in the database."))
    kind_code = choice(kind, FEEDBACK_KINDS, "kind", "the kind of feedback")
    sent = parse_date(sent_on or (today or date.today()), "sent_on", "the date it was sent")
    not_in_future(sent, "sent_on", "the date it was sent", today=today)
    ids = list(dict.fromkeys(suggestion_ids))
    if not ids and kind_code != "thank_you":
        raise ValidationError("suggestion_ids", said("Please choose the suggestions this "
                                                     "feedback is about."))
    suggestions = list(session.scalars(select(Suggestion).where(Suggestion.id.in_(ids)))) if ids else []
    if len(suggestions) != len(ids):
        raise ValidationError("suggestion_ids", said("One of the suggestions is no longer in "
                                                     "the database."))
    if activity_id is not None and session.get(Activity, activity_id) is None:
        raise ValidationError("activity_id", said("That activity is no longer in the database."))
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
        raise NotFoundError(said("That letter is no longer in the database."))
    return to_view(feedback)


def promise_deadline(raised_on: date, promise: int) -> date:
    """The last day on which feedback is still on time."""
    return raised_on + timedelta(days=promise)
