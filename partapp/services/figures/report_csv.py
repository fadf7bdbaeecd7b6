"""The annual report's figures as CSV, and the lists behind them, so any figure can be traced.

``write_figures_csv`` writes ``figure,value`` rows: first exactly ``FIGURE_NAMES`` in order,
then every other figure in the report, then the previous period's values as
``<name>_previous``. ``write_lists_csv`` writes the records behind the figures: ids, dates,
codes and the text of suggestions and changes, never a name or personal detail of a person,
and no equality answers (those leave the app only as the suppressed counts in the figures).
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    ActivitySupport,
    Change,
    Decision,
    InvolvementLevel,
    Service,
    Suggestion,
    attendance,
    change_suggestion,
    suggestion_raiser,
)
from ..access import permissions
from ..files.csv_safe import safe_cell as guarded_cell
from ..files.output_files import check_folder, open_output
from ..office_filter import offices_of, report_for
from ..records.organisation import promise_days
from ..sql_types import AnySelect
from .report_data import PeriodPart, ReportFigures, build_report_figures, pct
from .report_queries import first_feedback, latest_decisions


def safe_cell(value: object) -> str:
    """Text for one CSV cell: one decimal for percentages, formulas defused (see csv_safe)."""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return f"{value:.1f}"
    return guarded_cell(value)


def _write(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], *,
           what: str = "the lists") -> Path:
    with open_output(path, "w", what=what, encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
    return path


def _period_rows(part: PeriodPart) -> list[tuple[str, object]]:
    """Figures shown for both periods (everything but the FIGURE_NAMES ones)."""
    inv, hearing = part.involvement, part.hearing
    rows: list[tuple[str, object]] = [
        ("feedback_pairs", part.figures.feedback_pairs),
        ("feedback_on_time", part.figures.feedback_on_time),
        ("feedback_told", hearing.told),
        ("feedback_not_yet_told", hearing.pairs - hearing.told),
        ("median_days_to_first_feedback", hearing.median_days),
        ("people_owed_feedback", hearing.people_owed),
        ("feedback_items_owed", hearing.items_owed),
        ("decided_with_users", part.decided_with_users),
        ("decided_with_users_pct", pct(part.decided_with_users, part.figures.decided)),
        ("hours", inv.hours),
        ("expenses_paid", inv.expenses_paid),
        ("named_attendances", inv.named_attendances),
        ("anonymous_attendees", inv.anonymous_attendees),
        ("activities_with_access_support", inv.activities_with_support),
    ]
    rows += [(f"activities_{level.code}", level.count) for level in inv.levels]
    rows += [(f"support_{item.code}", item.count) for item in inv.support]
    return rows


def figure_rows(data: ReportFigures) -> list[tuple[str, str]]:
    """Every figure in the report as ``(figure, value)`` text, in the CSV's order."""
    rows: list[tuple[str, object]] = list(data.figures.rows())
    rows += [("period_start", data.start), ("period_end", data.end),
             ("previous_start", data.previous.start), ("previous_end", data.previous.end),
             ("promise_days", data.promise_days),
             ("small_number_threshold", data.threshold)]
    reasons = data.reasons
    rows += [("no_answers", reasons.total), ("reasons_given", reasons.with_reason),
             ("reasons_given_pct", reasons.with_reason_pct),
             ("instead_offered", reasons.with_instead)]
    rows += [(f"reason_{c.code}", c.count) for c in reasons.categories]
    rows += _period_rows(data.current)
    rows += [("suggestions_waiting", data.waiting_total)]
    rows += [(f"waiting_{band.code}", band.count) for band in data.waiting]
    rows += [(f"suggestions_{month:%Y-%m}", count) for month, count in data.by_month]
    people = data.taking_part
    rows += [(f"people_in_group:{cell.label}", cell.text) for cell in people.groups.cells]
    rows += [("equality_profiles", people.profiles),
             ("equality_prefer_not_to_say_any", people.prefer_not_any.text)]
    for breakdown in people.equality:
        rows += [(f"equality_{breakdown.key}_{cell.code}", cell.text)
                 for cell in breakdown.cells]
    if data.follow_ups is not None:  # "Did it make a difference?" (report_follow_ups)
        rows += data.follow_ups.csv_rows()
    rows += [(f"{name}_previous", value) for name, value in data.previous.figures.rows()]
    rows += [(f"{name}_previous", value) for name, value in _period_rows(data.previous)]
    if data.office:  # a report for some offices
        rows += [("offices", data.office)]
    for office in data.by_office:  # the whole organisation's, office by office
        rows += [(f"office:{office.name}:{name}", value) for name, value in office.figures.rows()]
    return [(name, _text(value)) for name, value in rows]


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.1f}"
    if isinstance(value, Decimal):
        return f"{value:.2f}"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def write_figures_csv(session: Session, start: date, end: date, out: Path) -> None:
    """Write every figure of the report for ``start``..``end`` as ``figure,value`` rows."""
    data = build_report_figures(session, start, end)
    write_figure_rows(figure_rows(data), Path(out))


def write_figure_rows(rows: list[tuple[str, str]], out: Path) -> None:
    _write(out, ("figure", "value"), rows, what="the figures")


def write_lists_csv(session: Session, start: date, end: date, folder: Path) -> list[Path]:
    """Write the records behind the figures into ``folder``; returns the files written.

    The lists hold the words of suggestions, so they need a coordinator, as the figures do.
    """
    permissions.check(session, "report_lists")
    folder = check_folder(folder, what="the lists")
    with report_for(session, offices_of(session)):  # the offices shown, as the figures
        return _lists(session, start, end, folder)


def _lists(session: Session, start: date, end: date, folder: Path) -> list[Path]:
    return [_suggestions(session, start, end, folder / "suggestions.csv"),
            _changes(session, start, end, folder / "changes_done.csv"),
            _activities(session, start, end, folder / "activities.csv"),
            _waiting(session, end, folder / "still_waiting.csv"),
            _feedback(session, start, end, folder / "feedback_on_time.csv")]


def _ids_by(session: Session, query: AnySelect) -> dict[int, str]:
    found: dict[int, list[str]] = {}
    for key, value in session.execute(query):
        found.setdefault(key, []).append(str(value))
    return {key: ";".join(values) for key, values in found.items()}


def _suggestions(session: Session, start: date, end: date, path: Path) -> Path:
    in_period = Suggestion.raised_on.between(start, end)
    latest = latest_decisions(start, end)
    raisers = (select(suggestion_raiser.c.suggestion_id, func.count().label("n"))
               .group_by(suggestion_raiser.c.suggestion_id).subquery())
    linked = _ids_by(session, select(change_suggestion.c.suggestion_id,
                                     change_suggestion.c.change_id)
                     .join(Suggestion, Suggestion.id == change_suggestion.c.suggestion_id)
                     .where(in_period).order_by(change_suggestion.c.change_id))
    rows = session.execute(
        select(Suggestion.id, Suggestion.raised_on, Suggestion.kind, Suggestion.channel,
               Service.name, Suggestion.activity_id, func.coalesce(raisers.c.n, 0),
               latest.c.outcome, latest.c.decided_on, latest.c.reason_category, latest.c.reason,
               latest.c.instead, latest.c.passed_to, latest.c.users_took_part, Suggestion.text)
        .outerjoin(Service, Service.id == Suggestion.service_id)
        .outerjoin(raisers, raisers.c.suggestion_id == Suggestion.id)
        .outerjoin(latest, latest.c.suggestion_id == Suggestion.id)
        .where(in_period).order_by(Suggestion.raised_on, Suggestion.id))
    header = ("suggestion_id", "raised_on", "kind", "channel", "service", "activity_id",
              "named_people", "outcome", "decided_on", "reason_category", "reason", "instead",
              "passed_to", "users_took_part_in_deciding", "change_ids", "text")
    return _write(path, header, ((*row[:14], linked.get(row[0], ""), row[14]) for row in rows))


def _changes(session: Session, start: date, end: date, path: Path) -> Path:
    done = (Change.status == "done") & Change.done_on.between(start, end)
    answers = _ids_by(session, select(change_suggestion.c.change_id,
                                      change_suggestion.c.suggestion_id)
                      .join(Change, Change.id == change_suggestion.c.change_id).where(done)
                      .order_by(change_suggestion.c.suggestion_id))
    rows = session.execute(select(Change.id, Change.done_on, Service.name, Change.description)
                           .outerjoin(Service, Service.id == Change.service_id).where(done)
                           .order_by(Change.done_on, Change.id))
    return _write(path, ("change_id", "done_on", "service", "suggestion_ids", "description"),
                  ((cid, done_on, service, answers.get(cid, ""), text)
                   for cid, done_on, service, text in rows))


def _activities(session: Session, start: date, end: date, path: Path) -> Path:
    in_period = Activity.held_on.between(start, end)
    named: dict[int, int] = dict(session.execute(select(attendance.c.activity_id, func.count())
                                 .join(Activity, Activity.id == attendance.c.activity_id)
                                 .where(in_period).group_by(attendance.c.activity_id)).all())
    support = _ids_by(session, select(ActivitySupport.activity_id, ActivitySupport.support)
                      .join(Activity, Activity.id == ActivitySupport.activity_id)
                      .where(in_period).order_by(ActivitySupport.support))
    raised = dict(session.execute(select(Suggestion.activity_id, func.count())
                                  .join(Activity, Activity.id == Suggestion.activity_id)
                                  .where(in_period).group_by(Suggestion.activity_id)).all())
    rows = session.execute(
        select(Activity.id, Activity.held_on, Activity.title, Activity.activity_type,
               Service.name, Activity.involvement_code, InvolvementLevel.label,
               Activity.anonymous_attendees, Activity.hours, Activity.expenses_paid)
        .outerjoin(Service, Service.id == Activity.service_id)
        .join(InvolvementLevel, InvolvementLevel.code == Activity.involvement_code)
        .where(in_period).order_by(Activity.held_on, Activity.id))
    header = ("activity_id", "held_on", "title", "activity_type", "service", "involvement_code",
              "involvement_level", "named_attendees", "anonymous_attendees", "hours",
              "expenses_paid", "access_support", "suggestions_raised")
    return _write(path, header, (
        (aid, held, title, kind, service, code, label, named.get(aid, 0), anon, _text(hours),
         _text(expenses), support.get(aid, ""), raised.get(aid, 0))
        for aid, held, title, kind, service, code, label, anon, hours, expenses in rows))


def _waiting(session: Session, end: date, path: Path) -> Path:
    promise = promise_days(session)
    decided = select(Decision.id).where(Decision.suggestion_id == Suggestion.id,
                                        Decision.decided_on <= end).exists()
    rows = session.execute(select(Suggestion.id, Suggestion.raised_on, Suggestion.kind,
                                  Service.name, Suggestion.text)
                           .outerjoin(Service, Service.id == Suggestion.service_id)
                           .where(Suggestion.raised_on <= end, ~decided)
                           .order_by(Suggestion.raised_on, Suggestion.id))
    header = ("suggestion_id", "raised_on", "days_waiting", "over_promise", "kind", "service",
              "text")
    return _write(path, header, (
        (sid, raised, (end - raised).days, (end - raised).days > promise, kind, service, text)
        for sid, raised, kind, service, text in rows))


def _feedback(session: Session, start: date, end: date, path: Path) -> Path:
    """One row per (named person, suggestion) pair raised in the period, without the person."""
    promise = promise_days(session)
    first = first_feedback(start, end)
    rows = session.execute(
        select(Suggestion.id, Suggestion.raised_on, first.c.first)
        .select_from(suggestion_raiser)
        .join(Suggestion, Suggestion.id == suggestion_raiser.c.suggestion_id)
        .outerjoin(first, (first.c.pid == suggestion_raiser.c.person_id)
                   & (first.c.sid == suggestion_raiser.c.suggestion_id))
        .where(Suggestion.raised_on.between(start, end))
        .order_by(Suggestion.raised_on, Suggestion.id, first.c.first))
    header = ("suggestion_id", "raised_on", "first_feedback_on", "days", "on_time")
    return _write(path, header, (
        (sid, raised, sent, (sent - raised).days if sent else None,
         sent is not None and (sent - raised).days <= promise) for sid, raised, sent in rows))
