"""Writing checked suggestion plans: services, activities, suggestions, decisions, changes and
feedback, in bulk (a few statements for the whole import, not a few per row).

A row that matches a suggestion already in the database (same date, words, raisers and activity)
is skipped; its decision, change and feedback are added only when the database lacks them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    Change,
    Decision,
    Feedback,
    Person,
    Service,
    Suggestion,
    attendance,
    change_suggestion,
    feedback_suggestion,
    suggestion_raiser,
)
from ...models.enums import ACTIVITY_TYPES
from ...models.folding import fold
from ..office_filter import home_office, offices_of
from ..records.lists import save_service
from ..sql_types import AnySelect
from .import_suggestions import DEFAULT_ACTIVITY_TYPE, SuggestionPlans, activity_key, change_key

CHUNK = 500
WRITE_BATCH = 5000  # rows per insert; all in the caller's one transaction
T = TypeVar("T")


@dataclass
class WriteCounts:
    services_added: int = 0
    activities_added: int = 0
    suggestions_added: int = 0
    suggestions_skipped: int = 0
    decisions_added: int = 0
    changes_added: int = 0
    feedback_added: int = 0
    welsh_added: int = 0  # Welsh versions put in beside texts already in the database
    notes: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class _Person:
    id: int
    feedback_format: str
    language: str


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


def _batches(rows: Iterable[T], size: int = WRITE_BATCH) -> Iterator[list[T]]:
    """``rows`` a batch at a time, so a large import never holds every row's values at once."""
    batch: list[T] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _insert_returning_ids(session: Session, model: type[Any],
                          rows: Iterable[dict[str, Any]]) -> list[int]:
    table = model.__table__  # Core, not ORM: many rows per statement, ids back in order
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    if "office_id" in table.c:  # as a record saved in a form: the office being shown
        office = home_office(offices_of(session))
        rows = ({"office_id": office, **row} for row in rows)
    ids: list[int] = []
    for batch in _batches(rows):
        ids.extend(session.scalars(statement, batch))
    return ids


def _insert_many(session: Session, table: Any, rows: Iterable[dict[str, Any]]) -> None:
    for batch in _batches(rows):
        session.execute(insert(table), batch)


def write_suggestions(session: Session, plans: SuggestionPlans) -> WriteCounts:
    counts = WriteCounts()
    session.flush()
    services = _ensure_services(session, plans, counts)
    people = _people(session, {ref for plan in plans.rows for ref in plan.raisers})
    activities = _ensure_activities(session, plans, services, people, counts)
    ids, matched = _write_suggestion_rows(session, plans, services, people, activities, counts)
    _write_decisions(session, plans, ids, matched, counts)
    _write_changes(session, plans, ids, matched, services, counts)
    _write_feedback(session, plans, ids, matched, people, counts)
    if counts.welsh_added:
        counts.notes.append(f"Added the Welsh to {counts.welsh_added} "
                            f"{'text' if counts.welsh_added == 1 else 'texts'} already in the "
                            "database that had none.")
    return counts


def _ensure_services(session: Session, plans: SuggestionPlans,
                     counts: WriteCounts) -> dict[str, int]:
    known = {name.strip().lower(): sid for sid, name in session.execute(
        select(Service.id, Service.name).order_by(Service.id.desc()))}
    added = []
    for key, (name, row) in plans.services.items():
        if key not in known:
            with row.checking("service", {"name": "service"}):
                known[key] = save_service(session, name).id
            added.append(name)
    if added:
        counts.services_added = len(added)
        counts.notes.append("New services added to the list: " + ", ".join(added) + ".")
    return known


def _people(session: Session, refs: set[str]) -> dict[str, _Person]:
    found: dict[str, _Person] = {}
    for chunk in chunks(sorted(refs)):
        query = select(Person.ref, Person.id, Person.feedback_format, Person.language).where(
            Person.ref.in_(chunk))
        found.update({ref: _Person(pid, fmt, lang) for ref, pid, fmt, lang in
                      session.execute(query)})
    return found


def _ensure_activities(session: Session, plans: SuggestionPlans, services: dict[str, int],
                       people: dict[str, _Person], counts: WriteCounts) -> dict[tuple[Any, ...], int]:
    found: dict[tuple[Any, ...], int] = {}
    dates = sorted({held_on for _title, held_on in plans.activities})
    for chunk in chunks(dates):
        query = (select(Activity.id, Activity.title, Activity.held_on)
                 .where(Activity.held_on.in_(chunk)).order_by(Activity.id.desc()))
        found.update({activity_key(title, held_on): aid for aid, title, held_on
                      in session.execute(query)})
    for key, plan in plans.activities.items():
        if key in found and plan.title_cy:
            _fill_welsh(session, Activity, Activity.id == found[key],
                        {"title_cy": plan.title_cy}, counts)
    new = [plan for key, plan in plans.activities.items() if key not in found]
    rows = [{"title": p.title, "held_on": p.held_on, "activity_type": p.activity_type,
             "involvement_code": p.involvement_code, "title_cy": p.title_cy,
             "service_id": services[next(iter(p.services))] if len(p.services) == 1 else None}
            for p in new]
    for plan, new_id in zip(new, _insert_returning_ids(session, Activity, rows)):
        found[plan.key] = new_id
    counts.activities_added = len(new)
    untyped = sum(1 for p in new if not p.type_given)
    if untyped:
        label = ACTIVITY_TYPES[DEFAULT_ACTIVITY_TYPE]
        what = "activity had" if untyped == 1 else "activities had"
        counts.notes.append(f"{untyped} new {what} no activity_type, so we recorded "
                            f"{'it' if untyped == 1 else 'them'} as {label}. You can change "
                            "this in the app.")
    _add_attendees(session, plans, people, found)
    return found


def _add_attendees(session: Session, plans: SuggestionPlans, people: dict[str, _Person],
                   activities: dict[tuple[Any, ...], int]) -> None:
    wanted = {(activities[p.activity], people[ref].id)
              for p in plans.rows if p.activity is not None for ref in p.raisers}
    present: set[tuple[int, int]] = set()
    for chunk in chunks(sorted({aid for aid, _pid in wanted})):
        present.update(tuple(r) for r in session.execute(
            select(attendance.c.activity_id, attendance.c.person_id)
            .where(attendance.c.activity_id.in_(chunk))))
    _insert_many(session, attendance, ({"activity_id": aid, "person_id": pid}
                                        for aid, pid in sorted(wanted - present)))


def _existing_suggestions(session: Session, plans: SuggestionPlans) -> dict[tuple[Any, ...], list[int]]:
    """Suggestions already stored on the import's dates, by (date, words, activity, raisers)."""
    dates = {p.raised_on for p in plans.rows}
    if not dates:
        return {}
    between = Suggestion.raised_on.between(min(dates), max(dates))
    raisers: dict[int, set[int]] = defaultdict(set)
    for sid, pid in session.execute(select(suggestion_raiser.c.suggestion_id,
                                           suggestion_raiser.c.person_id)
                                    .join(Suggestion).where(between)):
        raisers[sid].add(pid)
    found: dict[tuple[Any, ...], list[int]] = defaultdict(list)
    query = (select(Suggestion.id, Suggestion.raised_on, Suggestion.text, Suggestion.activity_id)
             .where(between).order_by(Suggestion.id))
    for sid, raised_on, text, activity_id in session.execute(query):
        if raised_on in dates:
            found[(raised_on, text, activity_id, frozenset(raisers.get(sid, ())))].append(sid)
    return found


def _write_suggestion_rows(session: Session, plans: SuggestionPlans, services: dict[str, int],
                           people: dict[str, _Person], activities: dict[tuple[Any, ...], int],
                           counts: WriteCounts) -> tuple[list[int], set[int]]:
    """Insert the new suggestions. Returns every row's suggestion id and the ids matched."""
    existing = _existing_suggestions(session, plans)
    ids: list[int] = []
    matched: set[int] = set()
    new_positions: list[int] = []
    for position, plan in enumerate(plans.rows):
        activity_id = activities[plan.activity] if plan.activity else None
        raiser_ids = frozenset(people[ref].id for ref in plan.raisers)
        same = existing.get((plan.raised_on, plan.text, activity_id, raiser_ids))
        if same:
            ids.append(same.pop(0))
            matched.add(ids[-1])
            continue
        ids.append(0)  # filled in below, once the new row has its id
        new_positions.append(position)
    new_rows = ({"raised_on": plan.raised_on, "kind": plan.kind, "channel": plan.channel,
                 "activity_id": activities[plan.activity] if plan.activity else None,
                 "text": plan.text, "text_folded": fold(plan.text),
                 "service_id": services[plan.service] if plan.service else None}
                for plan in (plans.rows[position] for position in new_positions))
    for position, new_id in zip(new_positions,
                                _insert_returning_ids(session, Suggestion, new_rows)):
        ids[position] = new_id
    _insert_many(session, suggestion_raiser, (
        {"suggestion_id": ids[position], "person_id": people[ref].id}
        for position in new_positions for ref in plans.rows[position].raisers))
    counts.suggestions_added = len(new_positions)
    counts.suggestions_skipped = len(plans.rows) - len(new_positions)
    return ids, matched


def _for_matched(session: Session, matched: set[int],
                 query_for: Callable[[Sequence[int]], AnySelect]) -> list[tuple[Any, ...]]:
    """Run ``query_for(chunk_of_ids)`` over the matched suggestion ids, in chunks."""
    rows: list[tuple[Any, ...]] = []
    for chunk in chunks(sorted(matched)):
        rows.extend(tuple(r) for r in session.execute(query_for(chunk)))
    return rows


def _write_decisions(session: Session, plans: SuggestionPlans, ids: list[int], matched: set[int],
                     counts: WriteCounts) -> None:
    have = set(_for_matched(session, matched, lambda chunk: select(
        Decision.suggestion_id, Decision.outcome, Decision.decided_on)
        .where(Decision.suggestion_id.in_(chunk))))
    wanted = []
    for position, (plan, sid) in enumerate(zip(plans.rows, ids)):
        if plan.decision is None:
            continue
        key = (sid, plan.decision["outcome"], plan.decision["decided_on"])
        if key not in have:
            have.add(key)
            wanted.append(position)
        elif sid in matched:  # the same decision again: its Welsh, if it had none
            welsh = {name: plan.decision.get(name, "") for name in ("reason_cy", "passed_to_cy")}
            _fill_welsh(session, Decision, (Decision.suggestion_id == sid)
                        & (Decision.outcome == key[1]) & (Decision.decided_on == key[2]),
                        welsh, counts)
    _insert_many(session, Decision.__table__, ({"suggestion_id": ids[position],
                                                **(plans.rows[position].decision or {})}
                                               for position in wanted))
    counts.decisions_added = len(wanted)


def _write_changes(session: Session, plans: SuggestionPlans, ids: list[int], matched: set[int],
                   services: dict[str, int], counts: WriteCounts) -> None:
    linked = _for_matched(session, matched, lambda chunk: select(
        change_suggestion.c.suggestion_id, Change.id, Change.description)
        .join(Change, Change.id == change_suggestion.c.change_id)
        .where(change_suggestion.c.suggestion_id.in_(chunk)))
    change_ids = {change_key(text): cid for _sid, cid, text in sorted(linked, key=lambda r: -r[1])}
    links = {(cid, sid) for sid, cid, _text in linked}
    for key, described in plans.changes.items():
        if key in change_ids and described.description_cy:
            _fill_welsh(session, Change, Change.id == change_ids[key],
                        {"description_cy": described.description_cy}, counts)
    new = [c for key, c in plans.changes.items() if key not in change_ids]
    rows = [{"description": c.description, "status": c.status, "done_on": c.done_on,
             "description_cy": c.description_cy,
             "service_id": services[c.service] if c.service else None} for c in new]
    for change, new_id in zip(new, _insert_returning_ids(session, Change, rows)):
        change_ids[change.key] = new_id
    wanted = []
    for plan, sid in zip(plans.rows, ids):
        if plan.change is not None and (change_ids[plan.change], sid) not in links:
            links.add((change_ids[plan.change], sid))
            wanted.append({"change_id": change_ids[plan.change], "suggestion_id": sid})
    _insert_many(session, change_suggestion, wanted)
    counts.changes_added = len(new)


def _fill_welsh(session: Session, model: Any, where: Any, welsh: dict[str, str],
                counts: WriteCounts) -> None:
    """Put in each Welsh version the record has no Welsh for yet (never over Welsh typed in
    the app)."""
    for column, text in welsh.items():
        if text.strip():
            result = session.execute(update(model).where(where, getattr(model, column) == "")
                                     .values({column: text, "version": model.version + 1}))
            counts.welsh_added += int(getattr(result, "rowcount", 0) or 0)


def _write_feedback(session: Session, plans: SuggestionPlans, ids: list[int], matched: set[int],
                    people: dict[str, _Person], counts: WriteCounts) -> None:
    """One feedback record per person and date, covering their suggestions with that date."""
    have = set(_for_matched(session, matched, lambda chunk: select(
        Feedback.person_id, feedback_suggestion.c.suggestion_id, Feedback.sent_on)
        .join(feedback_suggestion, feedback_suggestion.c.feedback_id == Feedback.id)
        .where(feedback_suggestion.c.suggestion_id.in_(chunk))))
    letters: dict[tuple[str, date], dict[str, Any]] = {}
    for plan, sid in zip(plans.rows, ids):
        if plan.feedback_on is None:
            continue
        about_decision = (plan.decision is not None
                          and plan.decision["decided_on"] <= plan.feedback_on)
        for ref in plan.raisers:
            if (people[ref].id, sid, plan.feedback_on) in have:
                continue
            letter = letters.setdefault((ref, plan.feedback_on), {"ids": [], "decision": False})
            if sid not in letter["ids"]:
                letter["ids"].append(sid)
            letter["decision"] = letter["decision"] or about_decision
    keys = list(letters)
    rows = [{"person_id": people[ref].id, "kind": "decision" if letters[(ref, sent_on)]["decision"]
             else "update", "format": people[ref].feedback_format,
             "language": people[ref].language[:10], "method": "post", "sent_on": sent_on,
             "snapshot": "Recorded by import", "sent_by": "", "batch": "",
             "activity_id": None} for ref, sent_on in keys]
    new_ids = _insert_returning_ids(session, Feedback, rows)
    _insert_many(session, feedback_suggestion, (
        {"feedback_id": fid, "suggestion_id": sid}
        for key, fid in zip(keys, new_ids) for sid in letters[key]["ids"]))
    counts.feedback_added = len(rows)
