"""What needs attention today: the counts on the app's Home page."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Activity, Change, Person, Suggestion
from .. import shared_reads
from ..feedback.follow_ups import ChangeDue, changes_due
from ..feedback.owed import add_owed_summaries, owed_summary_parts
from ..office_filter import in_offices, offices_of
from ..records.organisation import get_details
from .browse_suggestions import over_promise_count
from .pages import past_due_condition


@dataclass(frozen=True)
class HomeCounts:
    today: date
    organisation_name: str
    promise_days: int
    people_owed: int
    longest_wait_days: int | None  # how long the longest-waiting person has been owed feedback
    suggestions_over_promise: int  # waiting for a decision for longer than the promise
    changes_past_due: int
    activities_this_month: int
    month_start: date
    month_end: date
    is_empty: bool  # no people, activities or suggestions yet
    # Changes done long enough ago to ask if they made a difference, with people still to ask.
    follow_ups_due: tuple[ChangeDue, ...] = ()
    follow_up_weeks: int = 8


def month_bounds(day: date) -> tuple[date, date]:
    """The first and last day of ``day``'s month."""
    last = calendar.monthrange(day.year, day.month)[1]
    return day.replace(day=1), day.replace(day=last)


def is_empty(session: Session) -> bool:
    """True when nothing has been recorded yet (a new data file)."""
    return all(not session.scalar(select(func.count()).select_from(model))
               for model in (Person, Activity, Suggestion))  # the whole file, every office


def home_counts(session: Session, *, today: date | None = None) -> HomeCounts:
    today = today or date.today()
    details = get_details(session)
    start, end = month_bounds(today)
    # One-row counts, run side by side on two cores when that is safe (see shared_reads). The
    # owed-feedback rules are the bulk of the work: they come first, one part per connection.
    parallel = shared_reads.workers(session)
    offices = offices_of(session)
    owed = owed_summary_parts(today, details.promise_days, parallel, offices)
    rows = shared_reads.one_rows(session, [
        *owed,
        # The Suggestions list's "over promise" filter, counted without that list's joins.
        over_promise_count(today=today, promise=details.promise_days, offices=offices),
        select(func.count()).select_from(Change).where(
            past_due_condition(today), *in_offices(offices, Change.office_id)),
        select(func.count()).select_from(Activity).where(
            Activity.held_on.between(start, end), *in_offices(offices, Activity.office_id)),
    ], parallel=parallel)
    people_owed, oldest = add_owed_summaries(rows[:len(owed)])
    waiting, past_due, activities = (row[0] or 0 for row in rows[len(owed):])
    longest = (today - oldest).days if oldest is not None else None
    return HomeCounts(
        today=today, organisation_name=details.name, promise_days=details.promise_days,
        people_owed=people_owed, longest_wait_days=longest, suggestions_over_promise=waiting,
        changes_past_due=past_due, activities_this_month=activities, month_start=start,
        month_end=end, is_empty=is_empty(session),
        follow_ups_due=tuple(changes_due(session, today=today)),
        follow_up_weeks=details.follow_up_weeks)
