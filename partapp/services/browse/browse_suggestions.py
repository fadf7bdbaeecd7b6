"""Id-first paged queries for the suggestions list, with its status worked out in SQL.

The status is derived (see ``status.suggestion_status``); to filter and sort 100,000
suggestions by it without loading them, ``status_expression`` writes the same rules as SQL.
A unit test keeps the two in step.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Subquery,
    and_,
    case,
    func,
    literal,
    select,
)
from sqlalchemy.orm import Session

from ...models import (
    Change,
    Decision,
    Person,
    Service,
    Suggestion,
    change_suggestion,
    person_group,
    suggestion_raiser,
)
from ...models.enums import NO_OUTCOMES, OUTCOMES, SUGGESTION_KINDS
from ..office_filter import Offices, in_offices, offices_of
from ..records.organisation import promise_days as org_promise_days
from ..records.status import STATUSES, suggestion_status
from ..sql_types import AnySelect
from ..text_fold import match_words, text_words
from .pages import Sort, _ids, _order


@dataclass(frozen=True)
class SuggestionFilter:
    text: str = ""
    status: str | None = None
    service_id: int | None = None
    group_id: int | None = None
    kind: str | None = None
    start: date | None = None
    end: date | None = None
    activity_id: int | None = None
    person_id: int | None = None
    # Waiting for a decision for longer than the feedback promise.
    over_promise: bool = False


@dataclass(frozen=True)
class SuggestionRow:
    id: int
    raised_on: date
    text: str
    kind: str
    service_name: str
    raised_by: str
    anonymous: bool
    status: str
    status_label: str
    outcome_label: str


def _latest_outcome() -> ScalarSelect[Any]:
    """The suggestion's latest decision (by date, then by when it was typed in), or NULL."""
    return (select(Decision.outcome).where(Decision.suggestion_id == Suggestion.id)
            .order_by(Decision.decided_on.desc(), Decision.id.desc()).limit(1)
            .correlate(Suggestion).scalar_subquery())


def _change_counts() -> Subquery:
    """Per suggestion: all changes, live ones (not stopped), done ones, started-or-done ones."""
    status = Change.status
    return (select(change_suggestion.c.suggestion_id.label("sid"),
                   func.count().label("n_all"),
                   func.sum(case((status != "stopped", 1), else_=0)).label("n_live"),
                   func.sum(case((status == "done", 1), else_=0)).label("n_done"),
                   func.sum(case((status.in_(("in_progress", "done")), 1), else_=0))
                   .label("n_started"))
            .join(Change, Change.id == change_suggestion.c.change_id)
            .group_by(change_suggestion.c.suggestion_id).subquery())


def status_expression(latest: ColumnElement[Any], counts: Subquery) -> ColumnElement[Any]:
    """SQL for ``status.suggestion_status`` given the latest outcome and the change counts."""
    n_all = func.coalesce(counts.c.n_all, 0)
    n_live = func.coalesce(counts.c.n_live, 0)
    n_done = func.coalesce(counts.c.n_done, 0)
    n_started = func.coalesce(counts.c.n_started, 0)
    return case(
        (and_(latest.is_(None), n_all == 0), literal("waiting")),
        (latest.in_(NO_OUTCOMES), latest),
        (n_all == 0, literal("agreed")),
        (n_live == 0, literal("stopped")),
        (n_done == n_live, literal("done")),
        (n_started > 0, literal("in_progress")),
        else_=literal("planned"))


def _raiser_sort_name() -> ScalarSelect[Any]:
    return (select(func.min(func.lower(Person.last_name + " " + Person.first_name)))
            .select_from(suggestion_raiser)
            .join(Person, Person.id == suggestion_raiser.c.person_id)
            .where(suggestion_raiser.c.suggestion_id == Suggestion.id)
            .correlate(Suggestion).scalar_subquery())


def _sorts(status: ColumnElement[Any], latest: ColumnElement[Any]
           ) -> dict[str, tuple[Any, ...]]:
    return {
        "raised_on": (Suggestion.raised_on,),
        "text": (func.lower(Suggestion.text),),
        "kind": (Suggestion.kind,),
        "service": (func.lower(func.coalesce(Service.name, "")),),
        "raised_by": (func.coalesce(_raiser_sort_name(), ""),),
        "status": (status,),
        "outcome": (func.coalesce(latest, ""),),
    }


def _filtered(flt: SuggestionFilter, status: ColumnElement[Any], *, today: date,
              promise: int, offices: Offices) -> AnySelect:
    query = (select(Suggestion.id).outerjoin(Service, Service.id == Suggestion.service_id)
             .where(*in_offices(offices, Suggestion.office_id)))
    query = match_words(query, flt.text, (Suggestion.text_folded,), stored=True)
    if flt.status == "waiting":
        query = query.where(_waiting_condition())
    elif flt.status:
        query = query.where(status == flt.status)
    if flt.service_id is not None:
        query = query.where(Suggestion.service_id == flt.service_id)
    if flt.kind:
        query = query.where(Suggestion.kind == flt.kind)
    if flt.start is not None:
        query = query.where(Suggestion.raised_on >= flt.start)
    if flt.end is not None:
        query = query.where(Suggestion.raised_on <= flt.end)
    if flt.activity_id is not None:
        query = query.where(Suggestion.activity_id == flt.activity_id)
    if flt.person_id is not None:
        query = query.where(Suggestion.id.in_(
            select(suggestion_raiser.c.suggestion_id)
            .where(suggestion_raiser.c.person_id == flt.person_id)))
    if flt.group_id is not None:
        query = query.where(Suggestion.id.in_(
            select(suggestion_raiser.c.suggestion_id)
            .join(person_group, person_group.c.person_id == suggestion_raiser.c.person_id)
            .where(person_group.c.group_id == flt.group_id)))
    if flt.over_promise:
        query = query.where(over_promise_condition(today=today, promise=promise))
    return query


def _waiting_condition() -> ColumnElement[bool]:
    """Status "waiting" (no decision, no change), written so SQLite can use its indexes."""
    decided = select(Decision.id).where(Decision.suggestion_id == Suggestion.id).exists()
    changed = (select(change_suggestion.c.change_id)
               .where(change_suggestion.c.suggestion_id == Suggestion.id).exists())
    return and_(~decided, ~changed)


def over_promise_condition(*, today: date, promise: int) -> ColumnElement[bool]:
    """Waiting for a decision, and raised more than ``promise`` days before ``today``."""
    return and_(_waiting_condition(), Suggestion.raised_on < _promise_cutoff(today, promise))


def _promise_cutoff(today: date, promise: int) -> date:
    return today - timedelta(days=promise)


def over_promise_count(*, today: date, promise: int, offices: Offices = None) -> AnySelect:
    """One row: how many suggestions ``over_promise_condition`` picks out, counted by sets.

    Testing 100,000 suggestions one by one is slow. Instead: every suggestion, less those with
    a decision or a change (read straight down those tables' suggestion indexes), less the
    waiting ones raised too recently to be over (a few weeks' worth). This relies on every
    decision and change link naming a suggestion that exists (foreign keys, ON DELETE CASCADE)
    and on ``raised_on`` never being empty (NOT NULL). For some offices only, they are
    counted one by one (an office is a part of the whole).
    """
    if offices is not None:
        return (select(func.count()).select_from(Suggestion)
                .where(over_promise_condition(today=today, promise=promise),
                       *in_offices(offices, Suggestion.office_id)))
    every = select(func.count()).select_from(Suggestion).scalar_subquery()
    decided = select(func.count(Decision.suggestion_id.distinct())).scalar_subquery()
    link = change_suggestion.c.suggestion_id
    changed_undecided = (select(func.count(link.distinct()))
                         .where(~select(Decision.id).where(Decision.suggestion_id == link)
                                .exists())
                         .scalar_subquery())
    waiting_not_over = (select(func.count()).select_from(Suggestion)
                        .where(_waiting_condition(),
                               Suggestion.raised_on >= _promise_cutoff(today, promise))
                        .scalar_subquery())
    return select(every - decided - changed_undecided - waiting_not_over)


def _status_parts() -> tuple[ScalarSelect[Any], Subquery, ColumnElement[Any]]:
    latest = _latest_outcome()
    counts = _change_counts()
    return latest, counts, status_expression(latest, counts)


def suggestion_ids(session: Session, flt: SuggestionFilter = SuggestionFilter(),
                   sort: Sort = Sort("raised_on", True), *, limit: int | None = None,
                   today: date | None = None) -> list[int]:
    """Ids of the suggestions that match, in the order asked for."""
    today = today or date.today()
    latest, counts, status = _status_parts()
    query = _filtered(flt, status, today=today, promise=org_promise_days(session),
                      offices=offices_of(session))
    needs_status = flt.status not in (None, "", "waiting") or sort.key == "status"
    if needs_status:
        query = query.outerjoin(counts, counts.c.sid == Suggestion.id)
    sorts = _sorts(status, latest)
    if text_words(flt.text):
        # With words to find, reading the table once and sorting the matches is far quicker
        # than walking the date index and fetching each row (SQLite picks the index for a
        # plain column). coalesce() keeps the same order but not the index.
        sorts["raised_on"] = (func.coalesce(Suggestion.raised_on, Suggestion.raised_on),)
    query = _order(query, sorts, sort, "raised_on", Suggestion.id)
    return _ids(session, query, limit)


def count_suggestions(session: Session, flt: SuggestionFilter, *,
                      today: date | None = None) -> int:
    today = today or date.today()
    _latest, counts, status = _status_parts()
    inner = _filtered(flt, status, today=today, promise=org_promise_days(session),
                      offices=offices_of(session))
    if flt.status not in (None, "", "waiting"):
        inner = inner.outerjoin(counts, counts.c.sid == Suggestion.id)
    return session.scalar(select(func.count()).select_from(inner.subquery())) or 0


def suggestion_rows(session: Session, ids: Sequence[int]) -> dict[int, SuggestionRow]:
    """Full rows for the given ids (the ones on screen). Status comes from ``status.py``."""
    if not ids:
        return {}
    wanted = list(ids)
    names: dict[int, list[str]] = {}
    for sid, first, preferred, last in session.execute(
            select(suggestion_raiser.c.suggestion_id, Person.first_name, Person.preferred_name,
                   Person.last_name)
            .join(Person, Person.id == suggestion_raiser.c.person_id)
            .where(suggestion_raiser.c.suggestion_id.in_(wanted))
            .order_by(Person.last_name, Person.first_name)):
        names.setdefault(sid, []).append(f"{preferred or first} {last}".strip())
    latest: dict[int, str] = {}
    for sid, outcome in session.execute(
            select(Decision.suggestion_id, Decision.outcome)
            .where(Decision.suggestion_id.in_(wanted))
            .order_by(Decision.suggestion_id, Decision.decided_on, Decision.id)):
        latest[sid] = outcome
    changes: dict[int, list[str]] = {}
    for sid, status in session.execute(
            select(change_suggestion.c.suggestion_id, Change.status)
            .join(Change, Change.id == change_suggestion.c.change_id)
            .where(change_suggestion.c.suggestion_id.in_(wanted))):
        changes.setdefault(sid, []).append(status)
    rows = {}
    for r in session.execute(select(Suggestion.id, Suggestion.raised_on, Suggestion.text,
                                    Suggestion.kind, Service.name)
                             .outerjoin(Service, Service.id == Suggestion.service_id)
                             .where(Suggestion.id.in_(wanted))):
        who = names.get(r[0], [])
        status = suggestion_status(latest.get(r[0]), changes.get(r[0], []))
        rows[r[0]] = SuggestionRow(
            id=r[0], raised_on=r[1], text=r[2], kind=SUGGESTION_KINDS.get(r[3], r[3]),
            service_name=r[4] or "", raised_by=", ".join(who), anonymous=not who,
            status=status, status_label=STATUSES[status],
            outcome_label=OUTCOMES.get(latest.get(r[0], ""), ""))
    return rows


def status_of(session: Session, suggestion_id: int) -> str:
    """The status of one suggestion, worked out by the SQL rules (used to test them)."""
    _latest, counts, status = _status_parts()
    found = session.scalar(select(status).select_from(Suggestion)
                           .outerjoin(counts, counts.c.sid == Suggestion.id)
                           .where(Suggestion.id == suggestion_id))
    return str(found)

