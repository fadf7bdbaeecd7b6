"""What letters need from the database, read in batches: the people written to and the
suggestions their letters are about, as plain columns (no objects to build).

Every query reads one table through the one index that can answer it (a primary key or the
column matched), a batch of ids at a time. A join would let SQLite choose to walk a whole
table and test each row against the ids, which for every owed letter costs the number of
changes times the number of suggestions (issue 17: 53 of 58 seconds). Batches keep each
statement short (SQLite limits how many values one statement may hold) and the cost per
letter the same however many letters there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    AuditEntry,
    Change,
    Decision,
    Feedback,
    Person,
    Service,
    Suggestion,
    change_suggestion,
    feedback_suggestion,
)
from .easy_read_texts import easy_read
from .letter_content import LetterItem, LetterPerson
from .stale_texts import DatedText, time_words
from .welsh_texts import in_welsh

BATCH = 500


def batches(ids: Iterable[int], size: int = BATCH) -> Iterator[list[int]]:
    """``ids`` (duplicates left out, in order) in lists of at most ``size``."""
    unique = list(dict.fromkeys(ids))
    for start in range(0, len(unique), size):
        yield unique[start:start + size]


def letter_people(session: Session, person_ids: Sequence[int], today: date, *,
                  batch_size: int = BATCH) -> dict[int, LetterPerson]:
    """What each letter needs to know about its person (erased people are left out)."""
    result: dict[int, LetterPerson] = {}
    for batch in batches(person_ids, batch_size):
        # The date is checked here, not in SQL, which could then walk the date index instead.
        letters = {feedback_id: pid for feedback_id, pid, sent_on in session.execute(
            select(Feedback.id, Feedback.person_id, Feedback.sent_on)
            .where(Feedback.person_id.in_(batch))) if sent_on <= today}
        heard: dict[int, set[int]] = {}
        for ids in batches(letters, batch_size):
            for feedback_id, sid in session.execute(
                    select(feedback_suggestion.c.feedback_id, feedback_suggestion.c.suggestion_id)
                    .where(feedback_suggestion.c.feedback_id.in_(ids))):
                heard.setdefault(letters[feedback_id], set()).add(sid)
        rows = session.execute(
            select(Person.id, Person.first_name, Person.preferred_name, Person.last_name,
                   Person.address_1, Person.address_2, Person.town, Person.postcode,
                   Person.supporter_name, Person.supporter_address, Person.send_via_supporter,
                   Person.feedback_format, Person.language, Person.bilingual,
                   Person.consent_withdrawn_date)
            .where(Person.id.in_(batch), Person.erased_at.is_(None)))
        for (pid, first, preferred, last, address_1, address_2, town, postcode, supporter,
             supporter_address, via_supporter, feedback_format, language, bilingual,
             withdrawn) in rows:
            first_name = preferred or first
            result[pid] = LetterPerson(
                person_id=pid, first_name=first_name, full_name=f"{first_name} {last}".strip(),
                address_lines=tuple(x for x in (address_1, address_2, town, postcode) if x),
                supporter_name=supporter, supporter_address=supporter_address,
                send_via_supporter=via_supporter, feedback_format=feedback_format,
                language=language, bilingual=bilingual, consent_withdrawn_on=withdrawn,
                heard_about=frozenset(heard.get(pid, ())))
    return result


def letter_items(session: Session, suggestion_ids: Sequence[int], today: date, *,
                 batch_size: int = BATCH) -> dict[int, LetterItem]:
    """Each suggestion with its latest decision and its changes, as they stood ``today``."""
    items: dict[int, LetterItem] = {}
    for batch in batches(suggestion_ids, batch_size):
        items.update(_batch_items(session, batch, today, batch_size))
    return items


def _batch_items(session: Session, ids: list[int], today: date,
                 batch_size: int) -> dict[int, LetterItem]:
    suggestions = session.execute(
        select(Suggestion.id, Suggestion.text, Suggestion.raised_on, Suggestion.kind,
               Suggestion.channel, Activity.title, Service.name, Activity.id, Activity.title_cy,
               Activity.title_easy)
        .outerjoin(Activity, Activity.id == Suggestion.activity_id)
        .outerjoin(Service, Service.id == Suggestion.service_id)
        .where(Suggestion.id.in_(ids))).all()
    latest: dict[int, tuple[Any, ...]] = {}
    decided: dict[int, date] = {}
    for sid, decided_on, *decision in session.execute(
            select(Decision.suggestion_id, Decision.decided_on, Decision.outcome,
                   Decision.reason, Decision.instead, Decision.passed_to, Decision.reason_cy,
                   Decision.instead_cy, Decision.passed_to_cy, Decision.reason_easy,
                   Decision.instead_easy, Decision.passed_to_easy)
            .where(Decision.suggestion_id.in_(ids))
            .order_by(Decision.suggestion_id, Decision.decided_on, Decision.id)):
        if decided_on <= today:
            latest[sid] = tuple(decision)  # in date order, so the last one kept is the latest
            decided[sid] = decided_on
    links: dict[int, list[int]] = {}
    for sid, change_id in session.execute(
            select(change_suggestion.c.suggestion_id, change_suggestion.c.change_id)
            .where(change_suggestion.c.suggestion_id.in_(ids))):
        links.setdefault(sid, []).append(change_id)
    found: dict[int, tuple[Any, ...]] = {}
    for batch in batches((c for linked in links.values() for c in linked), batch_size):
        for change_id, *change in session.execute(
                select(Change.id, Change.description, Change.status, Change.done_on,
                       Change.due_on, Change.description_cy, Change.created_at,
                       Change.description_easy)
                .where(Change.id.in_(batch))):
            found[change_id] = (change_id, *change)
    saved = _saved_on(session, [c[0] for c in found.values()
                                if any(time_words(c[n] or "") for n in (1, 5, 7))])
    items = {}
    for sid, text, raised_on, kind, channel, activity, service, activity_id, activity_cy, \
            activity_easy in suggestions:
        (outcome, reason, instead, passed_to, reason_cy, instead_cy, passed_to_cy, reason_easy,
         instead_easy, passed_to_easy) = latest.get(sid, (None, *[""] * 9))
        changes = [found[c] for c in sorted(links.get(sid, ())) if c in found]
        done = [c for c in changes if c[2] == "done" and c[3] and c[3] <= today]
        planned = sorted((c for c in changes if c[2] in ("planned", "in_progress")),
                         key=lambda c: (c[4] or date.max, c[0]))
        items[sid] = LetterItem(
            suggestion_id=sid, text=text, raised_on=raised_on, kind=kind, channel=channel,
            activity=activity or "", service=service or "", outcome=outcome, reason=reason,
            instead=instead, passed_to=passed_to,
            change="\n".join(_sentence(c[1]) for c in done),
            done_on=max((c[3] for c in done), default=None),
            plan=_sentence(planned[0][1]) if planned else "",
            due_on=planned[0][4] if planned else None,
            reason_cy=reason_cy, instead_cy=instead_cy, passed_to_cy=passed_to_cy,
            activity_cy=activity_cy or "", activity_id=activity_id,
            change_cy="\n".join(_in_welsh(c) for c in done),
            plan_cy=_in_welsh(planned[0]) if planned else "",
            reason_easy=reason_easy, instead_easy=instead_easy, passed_to_easy=passed_to_easy,
            activity_easy=activity_easy or "", change_easy=_easy_read(done),
            plan_easy=_easy_read(planned[:1]),
            dated=_dated(sid, outcome, (reason, instead, passed_to),
                         (reason_cy, instead_cy, passed_to_cy), decided.get(sid), done,
                         planned[:1], saved, (reason_easy, instead_easy, passed_to_easy)))
    return items


def _dated(sid: int, outcome: str | None, english: tuple[str, ...], welsh: tuple[str, ...],
           decided_on: date | None, done: list[tuple[Any, ...]], planned: list[tuple[Any, ...]],
           saved: dict[int, date], easy: tuple[str, ...]) -> tuple[DatedText, ...]:
    """The item's own texts a letter prints, each with the day it was written (stale_texts)
    and its easy read version (easy_read_texts)."""
    out = []
    if outcome and decided_on is not None:
        for name, en, cy, simple in zip(("reason", "instead", "passed_to"), english, welsh,
                                        easy, strict=True):
            if en.strip() and (name != "passed_to" or outcome == "passed_on"):
                out.append(DatedText(name, en, cy or "", decided_on, sid, easy=simple or ""))
    for name, changes in (("change", done), ("plan", planned)):
        for c in changes:
            written = saved.get(c[0]) or _day(c[6])
            if written is not None:
                out.append(DatedText(name, c[1], c[5] or "", written, sid, c[0],
                                     easy=c[7] or ""))
    return tuple(out)


def _day(value: Any) -> date | None:
    return value.date() if isinstance(value, datetime) else value


def _saved_on(session: Session, change_ids: Sequence[int]) -> dict[int, date]:
    """The day each change was last saved (from the audit log): asked only for the few whose
    words speak of time."""
    found: dict[int, date] = {}
    for batch in batches(change_ids):
        for cid, at in session.execute(
                select(AuditEntry.entity_id, func.max(AuditEntry.at))
                .where(AuditEntry.entity == "change", AuditEntry.entity_id.in_(batch),
                       AuditEntry.action.in_(("create", "update")))
                .group_by(AuditEntry.entity_id)):
            day = _day(at)
            if cid is not None and day is not None:
                found[int(cid)] = day
    return found


def _in_welsh(change: tuple[Any, ...]) -> str:
    """A change as a Welsh part prints it: its Welsh, or its English marked (welsh_texts)."""
    return in_welsh("change", f"Change {change[0]}", _sentence(change[1]),
                    _sentence(change[5] or ""))


def _easy_read(changes: list[tuple[Any, ...]]) -> str:
    """Changes as an easy read letter prints them: each one's easy read version, or its words
    (empty when none has an easy read version: the letter then prints the change itself)."""
    if not any((c[7] or "").strip() for c in changes):
        return ""
    return "\n".join(_sentence(easy_read(c[1], c[7] or "")) for c in changes)


def _sentence(text: str) -> str:
    text = text.strip()
    return text if not text or text[-1] in ".!?" else text + "."
