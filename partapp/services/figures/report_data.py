"""Everything the annual change report shows, as plain frozen data, counted in the database.

The PDF (reports.annual) and the CSV (services.figures.report_csv) are both drawn from
:func:`build_report_data`, so a figure in one is always the figure in the other.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import Activity, Suggestion
from ..access.auth import require
from ..office_filter import offices_of, report_for
from ..records.offices import office_names
from ..records.organisation import get_details
from . import report_attention as a
from . import report_queries as q
from .period import Figures, check_period, feedback_pair_dates, period_figures
from .report_attention import SMALL_BASE, Attention
from .report_equality import TakingPart, taking_part
from .report_follow_ups import FollowUpReport, follow_up_report
from .report_offices import OfficeFigures, by_office
from .report_themes import NextChange, Themes, next_changes, year_themes

__all__ = ["SMALL_BASE", "ReportData", "ReportFigures", "build_report_data",
           "build_report_figures", "pct"]

Progress = Callable[[int, int, str], None]
STEPS = 8  # how many times build_report_data reports progress


@dataclass(frozen=True)
class ReasonCounts:
    """How many of the period's answers were a "no", and how many of those gave a reason."""

    total: int
    with_reason: int
    with_instead: int
    categories: tuple[q.Count, ...]

    @property
    def with_reason_pct(self) -> float | None:
        return pct(self.with_reason, self.total)


@dataclass(frozen=True)
class Reasons(ReasonCounts):
    """The counts and the "no" answers themselves, for the report's pages."""

    answers: tuple[q.NoAnswer, ...]


def reason_counts(rows: Iterable[tuple[str, str, str | None]]) -> ReasonCounts:
    """From ``(reason, instead, reason category)`` of each "no" answer."""
    listed = list(rows)
    return ReasonCounts(total=len(listed),
                        with_reason=sum(1 for reason, _i, _c in listed if reason.strip()),
                        with_instead=sum(1 for _r, instead, _c in listed if instead.strip()),
                        categories=q.count_categories(c for _r, _i, c in listed))


def reasons_for(answers: tuple[q.NoAnswer, ...]) -> Reasons:
    counted = reason_counts((a.reason, a.instead, a.reason_category) for a in answers)
    return Reasons(total=counted.total, with_reason=counted.with_reason,
                   with_instead=counted.with_instead, categories=counted.categories,
                   answers=answers)


@dataclass(frozen=True)
class PeriodPart:
    """The figures that are also shown for the previous period, for comparison."""

    start: date
    end: date
    figures: Figures
    involvement: q.Involvement
    hearing: q.HearingBack
    decided_with_users: int


YEARS = 5  # periods in the report's view over the years, this one included


@dataclass(frozen=True)
class PastPeriod:
    """One period in the view over the years (oldest first in ReportData.history)."""

    start: date
    end: date
    suggestions: int
    changes_done: int
    feedback_on_time: int
    feedback_pairs: int
    levels: tuple[q.Count, ...]  # activities at each rung of involvement, low to high

    @property
    def activities(self) -> int:
        return sum(level.count for level in self.levels)

    @property
    def has_data(self) -> bool:
        return bool(self.suggestions or self.changes_done or self.activities)


@dataclass(frozen=True)
class ReportFigures:
    """Every figure the report's CSV writes (services.figures.report_csv.figure_rows): what
    ``partapp report --csv`` counts when it writes no PDF."""

    organisation: str
    made_on: date
    promise_days: int
    threshold: int
    current: PeriodPart
    previous: PeriodPart
    by_month: tuple[tuple[date, int], ...]
    reasons: ReasonCounts  # a Reasons, with the answers themselves, in ReportData
    taking_part: TakingPart
    waiting: tuple[q.WaitingBand, ...]
    feedback_aim: int  # percent, from the organisation's settings
    follow_ups: FollowUpReport | None  # "Did it make a difference?" (report_follow_ups)
    office: str  # the offices the report is for ("": the whole organisation)
    by_office: tuple[OfficeFigures, ...]  # each office's figures, in the whole report

    @property
    def start(self) -> date:
        return self.current.start

    @property
    def end(self) -> date:
        return self.current.end

    @property
    def figures(self) -> Figures:
        return self.current.figures

    @property
    def waiting_total(self) -> int:
        return sum(band.count for band in self.waiting)


@dataclass(frozen=True)
class ReportData(ReportFigures):
    """The figures and everything else the PDF shows: the changes, themes, attention points,
    what comes next and the view over the years."""

    reasons: Reasons
    changes: tuple[q.ChangeDone, ...]
    themes: Themes
    attention: tuple[Attention, ...]
    next_changes: tuple[NextChange, ...]  # planned or in progress on the day it was made
    history: tuple[PastPeriod, ...]  # up to YEARS periods ending with this one, from the
    # first that has any suggestions, changes or activities


def period_noun(start: date, end: date) -> str:
    """ "year" when the period is a whole year long, otherwise "period"."""
    return "year" if 365 <= (end - start).days + 1 <= 366 else "period"


def attention_points(current: PeriodPart, previous: PeriodPart, people: TakingPart,
                     people_before: TakingPart, *, aim: int, promise: int,
                     word: str) -> tuple[Attention, ...]:
    """Every rule of services.figures.report_attention, in the order the front page shows them."""
    f, g = current.figures, previous.figures
    top = next((lv.count for lv in current.involvement.levels if lv.code == a.TOP_RUNG), 0)
    label = next((lv.label for lv in current.involvement.levels if lv.code == a.TOP_RUNG),
                 "co-production")
    found = [a.feedback_under_aim(f.feedback_on_time, f.feedback_pairs, aim, promise, word),
             a.waiting_rising(f.waiting_over_promise, g.waiting_over_promise, promise, word),
             *a.groups_stopped(people, people_before, word),
             a.little_co_production(top, current.involvement.activities, label.lower(), word)]
    return tuple(point for point in found if point is not None)


def _past(part: PeriodPart) -> PastPeriod:
    f = part.figures
    return PastPeriod(part.start, part.end, f.suggestions, f.changes_done, f.feedback_on_time,
                      f.feedback_pairs, part.involvement.levels)


def history(session: Session, current: PeriodPart, previous: PeriodPart, promise: int,
            years: int = YEARS) -> tuple[PastPeriod, ...]:
    """This period and the ones before it (the same length), oldest first, starting from the
    first one with any data; the two already counted are not counted again."""
    periods = [_past(current), _past(previous)]
    start, end = previous.start, previous.end
    while len(periods) < years:
        start, end = previous_period(start, end)
        f = period_figures(session, start, end, promise_days=promise)
        periods.append(PastPeriod(start, end, f.suggestions, f.changes_done, f.feedback_on_time,
                                  f.feedback_pairs, q.involvement(session, start, end).levels))
    periods.reverse()
    while len(periods) > 1 and not periods[0].has_data:
        periods.pop(0)
    return tuple(periods)


def pct(part: int, whole: int) -> float | None:
    """``part`` as a share of ``whole`` (0 to 100, one decimal); None when ``whole`` is 0."""
    if whole <= 0:
        return None
    return float((Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"),
                                                                  rounding=ROUND_HALF_UP))


def default_period(session: Session, today: date) -> tuple[date, date]:
    """The last complete reporting year before ``today``.

    The year starts in the organisation's ``year_start_month``: 4 gives the UK financial year
    (1 April to 31 March), 1 the calendar year.
    """
    month = get_details(session).year_start_month
    year = today.year if today.month >= month else today.year - 1
    this_year_starts = date(year, month, 1)
    return date(year - 1, month, 1), this_year_starts - timedelta(days=1)


@dataclass(frozen=True)
class SuggestedPeriod:
    start: date
    end: date
    usual_start: date  # the last full reporting year, which had no records when moved
    usual_end: date

    @property
    def moved(self) -> bool:
        return (self.start, self.end) != (self.usual_start, self.usual_end)


def suggested_period(session: Session, today: date) -> SuggestedPeriod:
    """The period a report starts with: the last full reporting year, unless nothing was
    recorded in it, when it is the most recent reporting year with records (up to ``today``
    if that is this year). A new user's first report is not empty.
    """
    start, end = default_period(session, today)
    latest = max((d for d in (
        session.scalar(select(func.max(Suggestion.raised_on))
                       .where(Suggestion.raised_on <= today)),
        session.scalar(select(func.max(Activity.held_on)).where(Activity.held_on <= today)))
        if d is not None), default=None)
    if latest is None or (latest >= start and _has_records(session, start, end)):
        return SuggestedPeriod(start, end, start, end)
    month = get_details(session).year_start_month
    first = date(latest.year if latest.month >= month else latest.year - 1, month, 1)
    last = min(date(first.year + 1, month, 1) - timedelta(days=1), today)
    return SuggestedPeriod(first, last, start, end)


def _has_records(session: Session, start: date, end: date) -> bool:
    suggestion = select(Suggestion.id).where(Suggestion.raised_on.between(start, end)).limit(1)
    activity = select(Activity.id).where(Activity.held_on.between(start, end)).limit(1)
    return session.scalar(suggestion) is not None or session.scalar(activity) is not None


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of the same length that ends the day before ``start``.

    A period of whole months (from the 1st of a month to the last day of a month) is compared
    with the same number of whole months before it, so a year is compared with the year before
    even when one of them has 29 February. Any other period: the same number of days.
    """
    check_period(start, end)
    day_after = end + timedelta(days=1)
    if start.day == 1 and day_after.day == 1:
        months = (day_after.year - start.year) * 12 + day_after.month - start.month
        index = start.year * 12 + (start.month - 1) - months
        return date(index // 12, index % 12 + 1, 1), start - timedelta(days=1)
    length = (end - start).days + 1
    return start - timedelta(days=length), start - timedelta(days=1)


def _part(session: Session, start: date, end: date, promise: int) -> PeriodPart:
    pairs = feedback_pair_dates(session, start, end)  # counted once for both
    return PeriodPart(start=start, end=end,
                      figures=period_figures(session, start, end, promise_days=promise,
                                             pair_dates=pairs),
                      involvement=q.involvement(session, start, end),
                      hearing=q.hearing_back(session, start, end, pair_dates=pairs),
                      decided_with_users=q.decided_with_users(session, start, end))


def build_report_figures(session: Session, start: date, end: date, *,
                         made_on: date | None = None,
                         progress: Progress | None = None) -> ReportFigures:
    """Count every figure of the report's CSV (no themes, changes or years: the PDF's own
    parts). ``progress(step, STEPS, message)`` if given, for steps 1 to 6."""
    return _count_figures(session, start, end, made_on, progress, answers=False)


def _count_figures(session: Session, start: date, end: date, made_on: date | None,
                   progress: Progress | None, *, answers: bool) -> ReportFigures:
    """build_report_figures; with ``answers``, its reasons also hold the "no" answers. For
    the offices the session shows (all of them, or some: services/office_filter.py)."""
    require(session, "coordinator")
    check_period(start, end)
    with report_for(session, offices_of(session)):
        return _count(session, start, end, made_on, progress, answers=answers)


def _count(session: Session, start: date, end: date, made_on: date | None,
           progress: Progress | None, *, answers: bool) -> ReportFigures:

    def step(n: int, message: str) -> None:
        if progress is not None:
            progress(n, STEPS, message)

    details = get_details(session)
    promise = details.promise_days
    step(1, "Counting this period")
    current = _part(session, start, end, promise)
    step(2, "Counting the period before")
    prev_start, prev_end = previous_period(start, end)
    previous = _part(session, prev_start, prev_end, promise)
    step(3, "Finding what we could not do")
    reasons = (reasons_for(tuple(q.no_answers(session, start, end))) if answers
               else reason_counts(q.no_answer_texts(session, start, end)))
    step(4, "Counting who took part")
    people = taking_part(session, start, end, threshold=details.small_number_threshold)
    step(5, "Counting what is still waiting")
    waiting = tuple(q.waiting_bands(session, end, promise))
    step(6, "Counting suggestions by month and by theme")
    months = tuple(q.by_month(session, start, end))
    return ReportFigures(
        organisation=details.name.strip(), made_on=made_on or date.today(),
        promise_days=promise, threshold=details.small_number_threshold, current=current,
        previous=previous, by_month=months, reasons=reasons, taking_part=people,
        waiting=waiting, feedback_aim=details.feedback_aim_pct,
        follow_ups=follow_up_report(session, start, end,
                                    threshold=details.small_number_threshold,
                                    weeks=details.follow_up_weeks),
        office=office_names(session, offices_of(session)),
        by_office=by_office(session, start, end, promise))


def build_report_data(session: Session, start: date, end: date, *, made_on: date | None = None,
                      progress: Progress | None = None) -> ReportData:
    """Count everything the report needs. ``progress(step, STEPS, message)`` if given."""
    counted = _count_figures(session, start, end, made_on, progress, answers=True)
    assert isinstance(counted.reasons, Reasons)  # with the answers, for the pages
    if progress is not None:
        progress(7, STEPS, "Finding changes made")
    with report_for(session, offices_of(session)):
        return _add_pages(session, counted, progress)


def _add_pages(session: Session, counted: ReportFigures, progress: Progress | None
               ) -> ReportData:
    assert isinstance(counted.reasons, Reasons)
    start, end = counted.start, counted.end
    prev_start, prev_end = counted.previous.start, counted.previous.end
    changes = tuple(q.changes_done(session, start, end))
    themes = year_themes(session, start, end, prev_start, prev_end, changes)
    people_before = taking_part(session, prev_start, prev_end, threshold=counted.threshold)
    attention = attention_points(counted.current, counted.previous, counted.taking_part,
                                 people_before, aim=counted.feedback_aim,
                                 promise=counted.promise_days, word=period_noun(start, end))
    history_ = history(session, counted.current, counted.previous, counted.promise_days)
    if progress is not None:
        progress(8, STEPS, "Counted everything")
    return ReportData(
        **{f.name: getattr(counted, f.name) for f in fields(ReportFigures)},
        changes=changes, themes=themes, attention=attention,
        next_changes=tuple(next_changes(session)), history=history_)
