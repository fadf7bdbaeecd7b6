"""Subject access: everything held about one person, as a readable PDF plus CSV files.

A person has the right to a copy of all the information held about them (UK GDPR article 15),
so the export includes their own equality monitoring answers. It goes to them, not anywhere
else: equality data otherwise only ever leaves the app in aggregate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    AuditEntry,
    Change,
    EqualityProfile,
    Feedback,
    FollowUp,
    Person,
    Suggestion,
    attendance,
    change_suggestion,
    suggestion_raiser,
)
from ...models.enums import (
    ACTIVITY_TYPES,
    CHANGE_STATUSES,
    CHANNELS,
    EQUALITY_QUESTIONS,
    FEEDBACK_FORMATS,
    FEEDBACK_KINDS,
    FEEDBACK_METHODS,
    FOLLOW_UP_ANSWERS,
    FOLLOW_UP_METHODS,
    LANGUAGES,
    OUTCOMES,
    SUGGESTION_KINDS,
    equality_options,
)
from ..access.auth import require
from ..errors import NotFoundError
from ..words import said


@dataclass(frozen=True)
class Section:
    """One part of the export: a heading, a sentence saying what it is, and a table."""

    key: str
    title: str
    intro: str
    columns: tuple[str, ...]
    rows: tuple[tuple[object, ...], ...]


@dataclass(frozen=True)
class PersonRecord:
    person_id: int
    ref: str
    display_name: str
    organisation: str
    made_on: date
    sections: tuple[Section, ...]


def find_person(session: Session, ref: str) -> Person:
    text = (ref or "").strip()
    person = session.scalar(select(Person).where(Person.ref == text)) if text else None
    if person is None and text.isdigit():
        person = session.get(Person, int(text))
    if person is None:
        raise NotFoundError(said("There is nobody with the reference {text}. Check it on the "
                                 "person's page.", text=text[:40]))
    return person


def _yes_no(value: bool) -> str:
    return "Yes" if value else "No"


def _details(person: Person) -> Section:
    rows = [
        ("Reference", person.ref), ("First name", person.first_name),
        ("Last name", person.last_name), ("Preferred name", person.preferred_name),
        ("Address line 1", person.address_1), ("Address line 2", person.address_2),
        ("Town", person.town), ("Postcode", person.postcode), ("Email", person.email),
        ("Phone", person.phone),
        ("Groups", "; ".join(g.name for g in person.groups)),
        ("How you like to hear from us", FEEDBACK_FORMATS.get(person.feedback_format,
                                                              person.feedback_format)),
        ("Language", LANGUAGES.get(person.language, person.language)),
        ("Letters in two languages", _yes_no(person.bilingual)),
        ("Interpreter", person.interpreter), ("Supporter or advocate", person.supporter_name),
        ("Supporter's address", person.supporter_address),
        ("Letters go through your supporter", _yes_no(person.send_via_supporter)),
        ("Other needs", person.other_needs), ("You agreed to us keeping your details on",
                                              person.consent_date),
        ("You took back your agreement on", person.consent_withdrawn_date),
        ("Notes", person.notes), ("Record made on", person.created_at),
        ("Record last changed on", person.updated_at),
    ]
    return Section("details", "Your details", "The details we keep about you.",
                   ("What", "What we hold"), tuple(rows))


def _equality(profile: EqualityProfile | None) -> Section:
    rows: list[tuple[object, ...]] = []
    if profile is not None:
        rows.append(("You agreed to answer on", profile.consent_date))
        for question, (label, _options) in EQUALITY_QUESTIONS.items():
            value = getattr(profile, question)
            rows.append((label, "Not answered" if value is None else
                         equality_options(question).get(value, value)))
    return Section("equality", "Equality monitoring answers",
                   "Your answers to the optional equality questions. We only ever count these "
                   "answers together with other people's, so nobody can be picked out.",
                   ("Question", "Your answer"), tuple(rows))


def with_welsh(english: str, welsh: str) -> str:
    """One of our texts as the copy shows it: the English, and its Welsh version if it has one
    (what a Welsh letter printed)."""
    welsh = (welsh or "").strip()
    return f"{english} (in Welsh: {welsh})" if welsh and welsh != english.strip() else english


def _activities(session: Session, person_id: int) -> Section:
    rows = session.execute(
        select(Activity.held_on, Activity.title, Activity.activity_type, Activity.service_id,
               Activity.title_cy)
        .join(attendance, attendance.c.activity_id == Activity.id)
        .where(attendance.c.person_id == person_id).order_by(Activity.held_on, Activity.id)).all()
    from ...models import Service

    services = dict(session.execute(select(Service.id, Service.name)).all())
    return Section("activities", "Meetings and activities you took part in",
                   "The meetings, events and other activities we recorded you at.",
                   ("Date", "Activity", "Type", "Service"),
                   tuple((r.held_on, with_welsh(r.title, r.title_cy),
                          ACTIVITY_TYPES.get(r.activity_type, ""),
                          services.get(r.service_id, "")) for r in rows))


def _suggestions(session: Session, person_id: int) -> Section:
    suggestions = session.scalars(
        select(Suggestion).join(suggestion_raiser,
                                suggestion_raiser.c.suggestion_id == Suggestion.id)
        .where(suggestion_raiser.c.person_id == person_id)
        .order_by(Suggestion.raised_on, Suggestion.id)).all()
    rows = []
    for s in suggestions:
        latest = s.decisions[-1] if s.decisions else None
        changes = session.scalars(select(Change).join(
            change_suggestion, change_suggestion.c.change_id == Change.id)
            .where(change_suggestion.c.suggestion_id == s.id).order_by(Change.id)).all()
        rows.append((
            s.raised_on, SUGGESTION_KINDS.get(s.kind, s.kind), CHANNELS.get(s.channel, s.channel),
            s.service.name if s.service else "", s.text,
            OUTCOMES.get(latest.outcome, "") if latest else "Not decided yet",
            with_welsh(latest.reason, latest.reason_cy) if latest else "",
            with_welsh(latest.instead, latest.instead_cy) if latest else "",
            latest.decided_on if latest else None,
            "; ".join(f"{with_welsh(c.description, c.description_cy)} "
                      f"({CHANGE_STATUSES.get(c.status, c.status)})" for c in changes)))
    return Section("suggestions", "What you told us",
                   "Your ideas, concerns, complaints, compliments and questions, in your words, "
                   "with what we decided and what we changed.",
                   ("Date", "Kind", "How it reached us", "Service", "What you said",
                    "What we decided", "Why", "What we can do instead", "Decided on",
                    "What we changed"), tuple(rows))


def _letters(session: Session, person_id: int) -> Section:
    letters = session.scalars(select(Feedback).where(Feedback.person_id == person_id)
                              .order_by(Feedback.sent_on, Feedback.id)).all()
    return Section("letters", "Letters and calls we sent you",
                   "Each time we told you what happened, with a copy of what we sent.",
                   ("Date", "Kind", "Format", "How", "Sent by", "What we sent"),
                   tuple((f.sent_on, FEEDBACK_KINDS.get(f.kind, f.kind),
                          FEEDBACK_FORMATS.get(f.format, f.format),
                          FEEDBACK_METHODS.get(f.method, f.method), f.sent_by, f.snapshot)
                         for f in letters))


def _follow_ups(session: Session, person_id: int) -> Section:
    rows = session.execute(select(FollowUp, Change.description, Change.description_cy)
                           .join(Change, Change.id == FollowUp.change_id)
                           .where(FollowUp.person_id == person_id)
                           .order_by(FollowUp.asked_on, FollowUp.id)).all()
    return Section("follow-ups", "Did our changes make a difference?",
                   "When we asked you if a change made a difference, and what you told us.",
                   ("The change", "We asked on", "You told us on", "Your answer", "Your words",
                    "How you told us"),
                   tuple((with_welsh(text, welsh), f.asked_on, f.answered_on,
                          FOLLOW_UP_ANSWERS.get(f.answer or "", ""), f.words,
                          FOLLOW_UP_METHODS.get(f.method or "", "")) for f, text, welsh in rows))


_ACTION_WORDS = {"create": "Record made", "update": "Record changed", "export": "Copy made",
                 "erase": "Details erased", "anonymise": "Details removed", "print": "Printed",
                 "mark_sent": "Letter recorded as sent", "import": "Imported"}


def _history(session: Session, person_id: int) -> Section:
    entries = session.scalars(select(AuditEntry).where(
        AuditEntry.entity.in_(("person", "equality_profile")),
        AuditEntry.entity_id == person_id).order_by(AuditEntry.at, AuditEntry.id)).all()
    return Section("history", "When your record was changed",
                   "Who added or changed your record, and when.",
                   ("When", "Who", "What happened"),
                   tuple((e.at, e.actor, _ACTION_WORDS.get(e.action, e.action) +
                          (" (equality answers)" if e.entity == "equality_profile" else ""))
                         for e in entries))


def person_record(session: Session, ref: str, *, today: date | None = None) -> PersonRecord:
    """Everything held about the person with reference ``ref``, in readable sections."""
    require(session, "administrator")
    from ...models import Organisation

    person = find_person(session, ref)
    org = session.get(Organisation, 1)
    sections = (_details(person), _equality(person.equality),
                _activities(session, person.id), _suggestions(session, person.id),
                _letters(session, person.id), _follow_ups(session, person.id),
                _history(session, person.id))
    return PersonRecord(person.id, person.ref, person.display_name, org.name if org else "",
                        today or date.today(), sections)


def file_stem(ref: str) -> str:
    """A safe file name start for a person's files, from their reference."""
    return re.sub(r"[^A-Za-z0-9_-]+", "_", ref).strip("_") or "person"
