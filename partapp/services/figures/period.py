"""The report figures, counted in SQL exactly as docs/design.md defines them.

A suggestion is in the period when it was raised in it; its outcome is its latest decision made
on or before the period's last day.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import distinct, func, select, union
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    Change,
    Decision,
    Feedback,
    Suggestion,
    attendance,
    feedback_suggestion,
    suggestion_raiser,
)
from ...models.enums import OUTCOMES
from ..errors import ValidationError
from ..records.organisation import promise_days as org_promise_days
from ..words import said

FIGURE_NAMES = (
    "activities", "people_involved", "suggestions", "decided", "agreed", "agreed_in_part",
    "not_now", "not_possible", "passed_on", "changes_done", "waiting_over_promise",
    "feedback_on_time_pct",
)


@dataclass(frozen=True)
class Figures:
    start: date
    end: date
    promise_days: int
    activities: int
    people_involved: int
    suggestions: int
    decided: int
    agreed: int
    agreed_in_part: int
    not_now: int
    not_possible: int
    passed_on: int
    changes_done: int
    waiting_over_promise: int
    feedback_pairs: int
    feedback_on_time: int
    feedback_on_time_pct: float | None  # None when nobody named raised anything in the period

    def rows(self) -> list[tuple[str, str]]:
        """``(figure, value)`` pairs as written to the CSV. An undefined percentage is empty."""
        values = asdict(self)
        out = []
        for name in FIGURE_NAMES:
            value = values[name]
            out.append((name, "" if value is None else
                        (f"{value:.1f}" if isinstance(value, float) else str(value))))
        return out


PairDates = list[tuple[date, date | None, int]]


def check_period(start: date, end: date) -> None:
    if end < start:
        raise ValidationError("to", said("The end date {end} is before the start date {start}. "
                                         "Please swap them.", end=end.isoformat(),
                                         start=start.isoformat()))


def latest_outcomes(session: Session, start: date, end: date) -> dict[str, int]:
    """Count of suggestions raised in the period by their latest outcome on or before ``end``."""
    ranked = (select(Decision.suggestion_id, Decision.outcome,
                     func.row_number().over(partition_by=Decision.suggestion_id,
                                            order_by=(Decision.decided_on.desc(),
                                                      Decision.id.desc())).label("rn"))
              .join(Suggestion, Suggestion.id == Decision.suggestion_id)
              .where(Decision.decided_on <= end, Suggestion.raised_on >= start,
                     Suggestion.raised_on <= end)
              .subquery())
    rows = session.execute(select(ranked.c.outcome, func.count())
                           .where(ranked.c.rn == 1).group_by(ranked.c.outcome))
    return {outcome: count for outcome, count in rows}


def feedback_pair_dates(session: Session, start: date, end: date) -> PairDates:
    """The (named person, suggestion) pairs raised in the period, counted in SQL by the day
    the suggestion was raised and the day that person was first sent feedback on it (None:
    not yet): ``[(raised_on, first_sent_on, pairs)]``."""
    first_feedback = (select(Feedback.person_id.label("pid"),
                             feedback_suggestion.c.suggestion_id.label("sid"),
                             func.min(Feedback.sent_on).label("first"))
                      .join(feedback_suggestion, feedback_suggestion.c.feedback_id == Feedback.id)
                      # only the letters about suggestions of the period: the pairs below
                      .join(Suggestion, Suggestion.id == feedback_suggestion.c.suggestion_id)
                      .where(Suggestion.raised_on.between(start, end))
                      .group_by(Feedback.person_id, feedback_suggestion.c.suggestion_id)
                      .subquery())
    rows = session.execute(
        select(Suggestion.raised_on, first_feedback.c.first, func.count())
        .select_from(suggestion_raiser)
        .join(Suggestion, Suggestion.id == suggestion_raiser.c.suggestion_id)
        .outerjoin(first_feedback, (first_feedback.c.pid == suggestion_raiser.c.person_id)
                   & (first_feedback.c.sid == suggestion_raiser.c.suggestion_id))
        .where(Suggestion.raised_on.between(start, end))
        .group_by(Suggestion.raised_on, first_feedback.c.first))
    return [(raised_on, first, count) for raised_on, first, count in rows]


def period_figures(session: Session, start: date, end: date, *,
                   promise_days: int | None = None,
                   pair_dates: PairDates | None = None) -> Figures:
    """The twelve figures of docs/design.md for ``start``..``end``. ``pair_dates``: what
    :func:`feedback_pair_dates` gives for the same period, when the caller has it already."""
    check_period(start, end)
    promise = promise_days if promise_days is not None else org_promise_days(session)

    activities = session.scalar(select(func.count()).select_from(Activity)
                                .where(Activity.held_on.between(start, end))) or 0
    attended = (select(attendance.c.person_id.label("pid"))
                .join(Activity, Activity.id == attendance.c.activity_id)
                .where(Activity.held_on.between(start, end)))
    raised = (select(suggestion_raiser.c.person_id.label("pid"))
              .join(Suggestion, Suggestion.id == suggestion_raiser.c.suggestion_id)
              .where(Suggestion.raised_on.between(start, end)))
    everyone = union(attended, raised).subquery()
    people = session.scalar(select(func.count(distinct(everyone.c.pid)))) or 0
    suggestions = session.scalar(select(func.count()).select_from(Suggestion)
                                 .where(Suggestion.raised_on.between(start, end))) or 0
    outcomes = latest_outcomes(session, start, end)
    changes_done = session.scalar(select(func.count()).select_from(Change).where(
        Change.status == "done", Change.done_on.between(start, end))) or 0

    decided_by_end = select(Decision.id).where(Decision.suggestion_id == Suggestion.id,
                                               Decision.decided_on <= end).exists()
    waiting = session.scalar(select(func.count()).select_from(Suggestion).where(
        Suggestion.raised_on < end - timedelta(days=promise), ~decided_by_end)) or 0

    pairs = pair_dates if pair_dates is not None else feedback_pair_dates(session, start, end)
    pair_count = sum(n for _raised_on, _first, n in pairs)
    on_time = sum(n for raised_on, first, n in pairs
                  if first is not None and (first - raised_on).days <= promise)
    pct = None
    if pair_count:
        pct = float((Decimal(on_time * 100) / Decimal(pair_count))
                    .quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))

    return Figures(
        start=start, end=end, promise_days=promise, activities=activities,
        people_involved=people, suggestions=suggestions, decided=sum(outcomes.values()),
        **{code: outcomes.get(code, 0) for code in OUTCOMES},
        changes_done=changes_done, waiting_over_promise=waiting, feedback_pairs=pair_count,
        feedback_on_time=on_time, feedback_on_time_pct=pct)
