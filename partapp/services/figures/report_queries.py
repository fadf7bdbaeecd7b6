"""The parts of the annual report beyond the headline figures, each counted in SQL.

Definitions follow services.figures.period: a suggestion is in the period when it was raised in it,
and its outcome is its latest decision made on or before the period's last day.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Subquery, case, extract, func, select
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    ActivitySupport,
    Change,
    Decision,
    Feedback,
    InvolvementLevel,
    Service,
    Suggestion,
    attendance,
    change_suggestion,
    feedback_suggestion,
)
from ...models.enums import ACCESS_SUPPORT, NO_OUTCOMES, REASON_CATEGORIES
from ..feedback.owed import owed_counts
from .period import PairDates, feedback_pair_dates


@dataclass(frozen=True)
class Count:
    code: str
    label: str
    count: int
    note: str = ""  # an explanation, such as what an involvement level means


@dataclass(frozen=True)
class Quote:
    suggestion_id: int
    raised_on: date
    kind: str
    text: str


@dataclass(frozen=True)
class ChangeDone:
    id: int
    description: str
    service_name: str  # "" when the change is not about one service
    done_on: date
    suggestions: tuple[Quote, ...]


@dataclass(frozen=True)
class NoAnswer:
    suggestion_id: int
    raised_on: date
    text: str
    service_name: str
    outcome: str
    decided_on: date
    reason: str
    reason_category: str | None
    instead: str
    passed_to: str


@dataclass(frozen=True)
class Involvement:
    activities: int
    levels: tuple[Count, ...]  # every rung, low to high, with its current label
    hours: Decimal
    expenses_paid: Decimal
    named_attendances: int
    anonymous_attendees: int
    activities_with_support: int
    support: tuple[Count, ...]  # activities that gave each kind of access support


@dataclass(frozen=True)
class HearingBack:
    people_owed: int  # people owed feedback on the period's last day
    items_owed: int  # (person, suggestion) pairs owed on that day
    pairs: int  # (person, suggestion) pairs raised in the period with a named person
    told: int  # ... of which have had any feedback
    median_days: float | None  # median days from raising to first feedback, over ``told``


@dataclass(frozen=True)
class WaitingBand:
    code: str
    label: str
    low_days: int  # ages from low_days to high_days (None: no upper end)
    high_days: int | None
    count: int


def latest_decisions(start: date, end: date) -> Subquery:
    """Subquery: each suggestion raised in the period with its latest decision by ``end``.

    The latest is the last made, and of those made on one day the last recorded. Each
    suggestion finds its own through the (suggestion, decided on, id) index, newest first, so
    only one decision a suggestion is read (a window over every decision sorted them all).
    """
    newest = (select(Decision.id)
              .where(Decision.suggestion_id == Suggestion.id, Decision.decided_on <= end)
              .order_by(Decision.decided_on.desc(), Decision.id.desc()).limit(1)
              .correlate(Suggestion).scalar_subquery())
    return (select(Decision.suggestion_id, Decision.outcome, Decision.reason,
                   Decision.reason_category, Decision.instead, Decision.passed_to,
                   Decision.decided_on, Decision.users_took_part)
            .select_from(Suggestion).join(Decision, Decision.id == newest)
            .where(Suggestion.raised_on.between(start, end)).subquery())


def changes_done(session: Session, start: date, end: date) -> list[ChangeDone]:
    """Changes completed in the period, by service then date, with the suggestions behind them."""
    done = (Change.status == "done") & Change.done_on.between(start, end)
    quotes: dict[int, list[Quote]] = {}
    for change_id, sid, raised_on, kind, text in session.execute(
            select(change_suggestion.c.change_id, Suggestion.id, Suggestion.raised_on,
                   Suggestion.kind, Suggestion.text)
            .join(Suggestion, Suggestion.id == change_suggestion.c.suggestion_id)
            .join(Change, Change.id == change_suggestion.c.change_id)
            .where(done).order_by(Suggestion.raised_on, Suggestion.id)):
        quotes.setdefault(change_id, []).append(Quote(sid, raised_on, kind, text))
    rows = session.execute(
        select(Change.id, Change.description, Service.name, Change.done_on)
        .outerjoin(Service, Service.id == Change.service_id).where(done)
        .order_by(Service.name.is_(None), Service.name, Change.done_on, Change.id))
    return [ChangeDone(cid, description, service or "", done_on or end,
                       tuple(quotes.get(cid, ())))
            for cid, description, service, done_on in rows]  # done: so it has a done_on


def no_answers(session: Session, start: date, end: date) -> list[NoAnswer]:
    """Suggestions raised in the period whose answer at its end is a "no" (NO_OUTCOMES)."""
    latest = latest_decisions(start, end)
    order = case({code: i for i, code in enumerate(NO_OUTCOMES)}, value=latest.c.outcome)
    rows = session.execute(
        select(Suggestion.id, Suggestion.raised_on, Suggestion.text, Service.name,
               latest.c.outcome, latest.c.decided_on, latest.c.reason, latest.c.reason_category,
               latest.c.instead, latest.c.passed_to)
        .join(latest, latest.c.suggestion_id == Suggestion.id)
        .outerjoin(Service, Service.id == Suggestion.service_id)
        .where(latest.c.outcome.in_(NO_OUTCOMES))
        .order_by(order, Suggestion.raised_on, Suggestion.id))
    return [NoAnswer(sid, raised_on, text, service or "", outcome, decided_on, reason or "",
                     category, instead or "", passed_to or "")
            for (sid, raised_on, text, service, outcome, decided_on, reason, category, instead,
                 passed_to) in rows]


def count_categories(categories: Iterable[str | None]) -> tuple[Count, ...]:
    """How many "no" answers gave each kind of reason (and how many gave none)."""
    counts = {code: 0 for code in REASON_CATEGORIES}
    unset = 0
    for category in categories:
        if category in counts:
            counts[category] += 1
        else:
            unset += 1
    out = [Count(code, label, counts[code]) for code, label in REASON_CATEGORIES.items()]
    return (*out, Count("not_recorded", "Kind of reason not recorded", unset))


def no_answer_texts(session: Session, start: date, end: date) -> list[tuple[str, str, str | None]]:
    """``(reason, instead, reason category)`` of each "no" answer :func:`no_answers` finds, in
    no order: what the figures count, without the suggestions' words."""
    latest = latest_decisions(start, end)
    return [(reason or "", instead or "", category) for reason, instead, category in
            session.execute(select(latest.c.reason, latest.c.instead, latest.c.reason_category)
                            .where(latest.c.outcome.in_(NO_OUTCOMES)))]


def decided_with_users(session: Session, start: date, end: date) -> int:
    """Suggestions raised in the period whose latest decision was made with service users."""
    latest = latest_decisions(start, end)
    return session.scalar(select(func.count()).select_from(latest)
                          .where(latest.c.users_took_part.is_(True))) or 0


def involvement(session: Session, start: date, end: date) -> Involvement:
    in_period = Activity.held_on.between(start, end)
    count, hours, expenses, anonymous = session.execute(
        select(func.count(), func.coalesce(func.sum(Activity.hours), 0),
               func.coalesce(func.sum(Activity.expenses_paid), 0),
               func.coalesce(func.sum(Activity.anonymous_attendees), 0)).where(in_period)).one()
    by_level = dict(session.execute(select(Activity.involvement_code, func.count())
                                    .where(in_period).group_by(Activity.involvement_code)).all())
    levels = tuple(Count(lv.code, lv.label, by_level.get(lv.code, 0), lv.description) for lv in
                   session.scalars(select(InvolvementLevel).order_by(InvolvementLevel.rank)))
    named = session.scalar(select(func.count()).select_from(attendance)
                           .join(Activity, Activity.id == attendance.c.activity_id)
                           .where(in_period)) or 0
    support_rows = dict(session.execute(
        select(ActivitySupport.support, func.count())
        .join(Activity, Activity.id == ActivitySupport.activity_id)
        .where(in_period).group_by(ActivitySupport.support)).all())
    with_support = session.scalar(
        select(func.count(func.distinct(ActivitySupport.activity_id)))
        .join(Activity, Activity.id == ActivitySupport.activity_id).where(in_period)) or 0
    return Involvement(
        activities=count, levels=levels, hours=Decimal(str(hours)).quantize(Decimal("0.01")),
        expenses_paid=Decimal(str(expenses)).quantize(Decimal("0.01")),
        named_attendances=named, anonymous_attendees=int(anonymous),
        activities_with_support=with_support,
        support=tuple(Count(code, label, support_rows.get(code, 0))
                      for code, label in ACCESS_SUPPORT.items()))


def first_feedback(start: date, end: date) -> Subquery:
    """Subquery: when each person was first sent feedback on each suggestion raised in the period."""
    return (select(Feedback.person_id.label("pid"),
                   feedback_suggestion.c.suggestion_id.label("sid"),
                   func.min(Feedback.sent_on).label("first"))
            .join(feedback_suggestion, feedback_suggestion.c.feedback_id == Feedback.id)
            .join(Suggestion, Suggestion.id == feedback_suggestion.c.suggestion_id)
            .where(Suggestion.raised_on.between(start, end))
            .group_by(Feedback.person_id, feedback_suggestion.c.suggestion_id).subquery())


def hearing_back(session: Session, start: date, end: date, *,
                 pair_dates: PairDates | None = None) -> HearingBack:
    """Feedback for the period: who is owed at its end, and how long first feedback took.

    The pairs are the ones behind ``feedback_on_time_pct`` in services.figures.period, grouped
    in SQL by (raised, first sent) date so only a histogram is loaded (``pair_dates``, when
    the caller has counted them already for the figures).
    """
    histogram: dict[int, int] = {}
    pairs = 0
    if pair_dates is None:
        pair_dates = feedback_pair_dates(session, start, end)
    for raised_on, first_sent, count in pair_dates:
        pairs += count
        if first_sent is not None:
            days = (first_sent - raised_on).days
            histogram[days] = histogram.get(days, 0) + count
    people_owed, items_owed = owed_counts(session, today=end)
    return HearingBack(people_owed=people_owed, items_owed=items_owed,
                       pairs=pairs, told=sum(histogram.values()), median_days=median(histogram))


def median(histogram: dict[int, int]) -> float | None:
    """The median of values given as {value: how many}; None when there are none."""
    n = sum(histogram.values())
    if n == 0:
        return None
    wanted = ((n - 1) // 2, n // 2)  # the middle one or two positions, counting from 0
    found: list[int] = []
    seen = 0
    for value in sorted(histogram):
        upto = seen + histogram[value]
        found.extend(value for pos in wanted if seen <= pos < upto)
        seen = upto
    return (found[0] + found[1]) / 2


def waiting_bands(session: Session, end: date, promise: int) -> list[WaitingBand]:
    """Suggestions raised by ``end`` with no decision by then, by how long they have waited."""
    edges = [promise, max(promise, 91), max(promise, 182), max(promise, 365)]
    names = [("within_promise", f"Up to {promise} days (within our promise)"),
             ("to_3_months", "to 3 months"), ("3_to_6_months", "3 to 6 months"),
             ("6_to_12_months", "6 to 12 months"), ("over_a_year", "More than a year")]
    age_band = case(*((Suggestion.raised_on >= end - timedelta(days=edge), i)
                      for i, edge in enumerate(edges)), else_=len(edges))
    decided = select(Decision.id).where(Decision.suggestion_id == Suggestion.id,
                                        Decision.decided_on <= end).exists()
    counts: dict[Any, int] = dict(session.execute(select(age_band, func.count()).where(
        Suggestion.raised_on <= end, ~decided).group_by(age_band)).all())
    bands = []
    low = 0
    for i, (code, label) in enumerate(names):
        high = edges[i] if i < len(edges) else None
        if code == "to_3_months":
            label = f"{promise + 1} days {label}"
        bands.append(WaitingBand(code, label, low, high, counts.get(i, 0)))
        low = (high or 0) + 1
    return bands


def by_month(session: Session, start: date, end: date) -> list[tuple[date, int]]:
    """Suggestions raised in each month of the period (the first of the month, count)."""
    rows = session.execute(
        select(extract("year", Suggestion.raised_on), extract("month", Suggestion.raised_on),
               func.count()).where(Suggestion.raised_on.between(start, end))
        .group_by(extract("year", Suggestion.raised_on), extract("month", Suggestion.raised_on)))
    counts = {(int(y), int(m)): n for y, m, n in rows}
    months = []
    y, m = start.year, start.month
    while (y, m) <= (end.year, end.month):
        months.append((date(y, m, 1), counts.get((y, m), 0)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return months
