"""Feedback letters: who gets one and what it says, marking them as sent, and phone calls.

Who is owed feedback comes from services.feedback.owed (the feedback rules); this module only turns
that into letters, one per person, grouping everything owed to them. Anonymous suggestions have
nobody to write to, so they never appear. Letters are plain data (``LetterContent``); the PDF is
made in partapp.reports.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    Person,
    Suggestion,
    suggestion_raiser,
)
from ...models.enums import FEEDBACK_KINDS
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..collector import collector_paused
from ..errors import NotFoundError, ValidationError
from ..records.offices import letterheads_for
from ..records.organisation import OrganisationDetails, get_details
from ..store import one_at_a_time
from ..validation import choice, not_in_future, optional_text, parse_date, required_text
from ..words import said
from .follow_up_slip import with_follow_ups
from .follow_ups import mark_asked
from .letter_content import (
    KIND_ORDER,
    LetterContent,
    LetterItem,
    LetterPerson,
    compose,
    format_date,
)
from .letter_rows import letter_items as _items
from .letter_rows import letter_people as _people
from .letter_templates import PART_INFO, Wording, check_key, load_wording, validate_template
from .owed import FeedbackView, OwedPerson, owed_people, record_feedback
from .sent_once import SentResult, already_sent

__all__ = ["LAWFUL_BASES", "LetterContact", "LetterContent", "SentResult", "check_letters",
           "letter_contacts", "letter_for_person", "letters_due", "letters_due_parts",
           "mark_sent", "mark_sent_once", "preview_letter", "record_phone_call", "record_printed"]

# The lawful bases for processing personal data (UK GDPR article 6).
LAWFUL_BASES = {
    "legitimate_interests": "Legitimate interests",
    "consent": "Consent",
    "contract": "Contract",
    "legal_obligation": "Legal obligation",
    "vital_interests": "Vital interests",
    "public_task": "Public task",
}


def letters_due(session: Session, *, today: date | None = None,
                person_ids: Sequence[int] | None = None) -> list[LetterContent]:
    """One letter for each person owed feedback, grouping all they are owed, oldest first."""
    require(session, "coordinator")
    today = today or date.today()
    with collector_paused():
        owed = owed_people(session, today=today, person_ids=person_ids)
        if not owed:
            return []
        return _compose(session, owed, today, load_wording(session), get_details(session))


LETTERS_AT_ONCE = 500  # people in each part of letters_due_parts


def letters_due_parts(session: Session, *, today: date | None = None,
                      size: int | None = None) -> Iterator[list[LetterContent]]:
    """``letters_due`` for everyone, ``size`` people at a time (LETTERS_AT_ONCE without it):
    the same letters in the same order, so a batch of any size can be written without holding
    every letter at once (and each part's queries stay the same size however many people are
    owed)."""
    require(session, "coordinator")
    today = today or date.today()
    size = size or LETTERS_AT_ONCE
    with collector_paused():
        owed = owed_people(session, today=today)
        wording, org = load_wording(session), get_details(session)
    for start in range(0, len(owed), size):
        with collector_paused():
            part = _compose(session, owed[start:start + size], today, wording, org)
        yield part


def _compose(session: Session, owed: Sequence[OwedPerson], today: date,
             wording: Wording, org: OrganisationDetails) -> list[LetterContent]:
    people = _people(session, [o.person_id for o in owed], today)
    items = _items(session, [sid for o in owed for sid in o.suggestion_ids], today)
    heads = letterheads_for(session, people)
    return with_follow_ups(session, [
        _headed(compose(people[o.person_id], [items[sid] for sid in o.suggestion_ids],
                        kind=o.kind, wording=wording, today=today,
                        organisation=heads.get(o.person_id, org)), heads)
        for o in owed], today)


def _headed(letter: LetterContent, heads: Mapping[int, OrganisationDetails]) -> LetterContent:
    """The letter with its office's letterhead, when the office has details of its own (its
    words, "ring us on...", already use them)."""
    head = heads.get(letter.person_id)
    return letter if head is None else replace(letter, letterhead=head)


def letter_for_person(session: Session, person_id: int, *, kind: str | None = None,
                      activity_id: int | None = None, suggestion_ids: Sequence[int] | None = None,
                      today: date | None = None) -> LetterContent:
    """One letter for one person.

    - ``kind="thank_you"`` with ``activity_id`` (or just ``activity_id``): thanks for coming,
      with what they said there.
    - ``suggestion_ids``: about those suggestions (they must be ones this person raised).
    - otherwise: everything they are owed now (an error if they are owed nothing).
    """
    require(session, "coordinator")
    today = today or date.today()
    people = _people(session, [person_id], today)
    if person_id not in people:
        raise NotFoundError(said("That person is no longer in the database."))
    kind_code = choice(kind, FEEDBACK_KINDS, "kind", "the kind of letter") if kind else None
    if kind_code is None and activity_id is not None:
        kind_code = "thank_you"
    activity = None
    if kind_code == "thank_you":
        if activity_id is None:
            raise ValidationError("activity_id", said("Please choose the activity to thank "
                                                      "them for."))
        activity = session.get(Activity, activity_id)
        if activity is None:
            raise ValidationError("activity_id", said("That activity is no longer in the "
                                                      "database."))
        if suggestion_ids is None:
            suggestion_ids = session.scalars(
                select(Suggestion.id).join(suggestion_raiser,
                                           suggestion_raiser.c.suggestion_id == Suggestion.id)
                .where(suggestion_raiser.c.person_id == person_id,
                       Suggestion.activity_id == activity_id)
                .order_by(Suggestion.raised_on, Suggestion.id)).all()
    if suggestion_ids is None:
        owed = owed_people(session, today=today, person_ids=[person_id])
        if not owed:
            raise ValidationError("person", said("This person is not waiting to hear from "
                                                 "you. To write to them anyway, choose the "
                                                 "suggestions."))
        suggestion_ids, kind_code = owed[0].suggestion_ids, kind_code or owed[0].kind
    ids = list(dict.fromkeys(suggestion_ids))
    raised = set(session.scalars(select(suggestion_raiser.c.suggestion_id).where(
        suggestion_raiser.c.person_id == person_id, suggestion_raiser.c.suggestion_id.in_(ids))))
    if len(raised) != len(ids):
        raise ValidationError("suggestion_ids", said("A letter can only be about suggestions "
                                                     "this person made. Please check the ones "
                                                     "chosen."))
    items = _items(session, ids, today)
    chosen = [items[sid] for sid in ids]
    if kind_code is None:
        kinds = {i.letter_kind for i in chosen} or {"update"}
        kind_code = next(k for k in KIND_ORDER if k in kinds)
    heads = letterheads_for(session, [person_id])
    letter = compose(people[person_id], chosen, kind=kind_code, wording=load_wording(session),
                     organisation=heads.get(person_id, get_details(session)), today=today,
                     activity=activity.title if activity else "",
                     activity_on=activity.held_on if activity else None,
                     activity_id=activity.id if activity else None,
                     activity_cy=activity.title_cy if activity else "",
                     activity_easy=activity.title_easy if activity else "")
    return with_follow_ups(session, [_headed(letter, heads)], today)[0]


def preview_letter(session: Session, *, kind: str, format: str, language: str = "en",
                   overrides: Mapping[str, str] | None = None,
                   today: date | None = None) -> LetterContent:
    """A sample letter for the wording editor's live preview, using unsaved ``overrides``
    ({part: body}). Raises ValidationError for a broken part before anything is shown."""
    kind, fmt, lang = check_key(kind, format, language)
    today = today or date.today()
    for part, body in (overrides or {}).items():
        if part not in PART_INFO:
            raise ValidationError("part", said("“{part}” is not a part of a letter.",
                                               part=part[:40]))
        validate_template(body, part=part)
    wording = load_wording(session).with_parts(kind, fmt, lang, overrides or {})
    person = LetterPerson(0, "Sam", "Sam Sample", ("1 Sample Street", "Sampletown", "AB1 2CD"),
                          feedback_format=fmt, language=lang)
    items = [LetterItem(0, "The minibus comes too early. Could it come at ten instead?",
                        today.replace(day=1), "idea", "activity", activity="the day centre forum",
                        outcome="agreed_in_part",
                        reason="We can move it to half past nine, but not to ten.",
                        instead="We can ring you the evening before with the time.",
                        plan="The minibus will pick you up at half past nine.", due_on=today,
                        # so a Welsh sample reads in Welsh (the organisation's own are its own)
                        reason_cy="Gallwn ni ei symud i hanner awr wedi naw, ond nid i ddeg.",
                        instead_cy="Gallwn ni eich ffonio chi y noson cynt gyda\u2019r amser.",
                        plan_cy="Bydd y bws mini yn eich codi chi am hanner awr wedi naw.",
                        activity_cy="fforwm y ganolfan ddydd")]
    return compose(person, items, kind=kind, wording=wording,
                   organisation=_preview_org(get_details(session)), today=today,
                   activity="the day centre forum", activity_on=today.replace(day=1),
                   activity_cy="fforwm y ganolfan ddydd", fit_heading=False)


def _preview_org(org: OrganisationDetails) -> OrganisationDetails:
    if org.is_set_up:
        return org
    return OrganisationDetails(name="Your organisation", phone="01234 567890",
                               email="hello@example.org", signatory_name="Alex Example",
                               signatory_role="Participation worker",
                               signatory_role_cy="Gweithiwr cyfranogiad")


def check_letters(letters: Sequence[LetterContent]) -> list[tuple[LetterContent, str]]:
    """Letters whose wording fails the plain English check, with a one-line summary each
    (the app asks for a confirmation before printing them)."""
    failing = []
    for letter in letters:
        result = letter.check()
        if not result.passes:
            failing.append((letter, result.summary()))
    return failing


@dataclass(frozen=True)
class LetterContact:
    """What the files beside the printed letters need: the person's reference (files are named
    by it, never by their name) and email address."""

    ref: str
    email: str


def letter_contacts(session: Session, person_ids: Sequence[int]) -> dict[int, LetterContact]:
    """{person id: their reference and email} for the people written to."""
    require(session, "coordinator")
    rows = session.execute(select(Person.id, Person.ref, Person.email)
                           .where(Person.id.in_(set(person_ids))))
    return {pid: LetterContact(ref or "", (email or "").strip()) for pid, ref, email in rows}


# Marking as sent ----------------------------------------------------------------------------

def _lawful_basis(value: str) -> str:
    code = choice(value, LAWFUL_BASES, "lawful_basis", "the lawful basis")
    return LAWFUL_BASES[code]


@operation(Changed.FEEDBACK)
def mark_sent(session: Session, letters: Sequence[LetterContent], *, sent_on: date | str,
              sent_by: str, method: str = "post", lawful_basis: str = "legitimate interests",
              today: date | None = None) -> int:
    """``mark_sent_once``, returning how many letters it marked."""
    return mark_sent_once(session, letters, sent_on=sent_on, sent_by=sent_by, method=method,
                          lawful_basis=lawful_basis, today=today).marked


@operation(Changed.FEEDBACK)
def mark_sent_once(session: Session, letters: Sequence[LetterContent], *, sent_on: date | str,
                   sent_by: str, method: str = "post",
                   lawful_basis: str = "legitimate interests",
                   today: date | None = None) -> SentResult:
    """Record each letter as sent, keeping its exact text. One audit line for the batch says
    the lawful basis and who printed it (never anything about the people written to).

    Safe when another office marks letters at the same moment: this waits for it to finish,
    and a letter it recorded meanwhile is not marked again (``sent_once``)."""
    require(session, "coordinator")
    if not letters:
        raise ValidationError("letters", said("There are no letters to mark as sent."))
    basis = _lawful_basis(lawful_basis)
    sent = parse_date(sent_on, "sent_on", "the date they were sent")
    not_in_future(sent, "sent_on", "the date they were sent", today=today)
    by = optional_text(sent_by, "sent_by", "who sent them") or audit.actor(session)
    batch = f"{sent:%Y%m%d}-{uuid.uuid4().hex[:8]}"
    one_at_a_time.hold(session, "letters")
    done = already_sent(session, letters, sent)
    letters = [letter for index, letter in enumerate(letters) if index not in done]
    if not letters:
        return SentResult(0, len(done))
    for letter in letters:
        view = record_feedback(session, person_id=letter.person_id, kind=letter.kind,
                               suggestion_ids=letter.suggestion_ids, sent_on=sent,
                               format=letter.format, language=letter.language, method=method,
                               snapshot=letter.as_text(), sent_by=by, batch=batch,
                               activity_id=letter.activity_id, today=today)
        # Its reply slip asked "Did it make a difference?" about these changes.
        mark_asked(session, letter.person_id, letter.follow_up_change_ids, asked_on=sent,
                   feedback_id=view.id)
    audit.record(session, "mark_sent", "feedback_batch", None,
                 f"batch={batch}; letters={len(letters)}; method={method}; "
                 f"lawful basis={basis}; printed by={by[:80]}")
    return SentResult(len(letters), len(done))


def record_printed(session: Session, count: int, *, printed_by: str,
                   lawful_basis: str = "legitimate interests") -> None:
    """An audit line for letters printed but not (yet) marked as sent."""
    require(session, "coordinator")
    basis = _lawful_basis(lawful_basis)
    by = optional_text(printed_by, "printed_by", "who printed them") or audit.actor(session)
    audit.record(session, "print", "letters", None,
                 f"letters={count}; lawful basis={basis}; printed by={by[:80]}")


@operation(Changed.FEEDBACK)
def record_phone_call(session: Session, person_id: int, suggestion_ids: Sequence[int],
                      notes: str, *, called_on: date | str | None = None, called_by: str = "",
                      today: date | None = None) -> FeedbackView:
    """Record feedback given by phone: what it was about and a short note of the call."""
    require(session, "coordinator")
    today = today or date.today()
    text = required_text(notes, "notes", "a few words about the call", max_length=5000)
    day = parse_date(called_on or today, "called_on", "the date of the call")
    not_in_future(day, "called_on", "the date of the call", today=today)
    ids = list(dict.fromkeys(suggestion_ids))
    if not ids:
        raise ValidationError("suggestion_ids", said("Please choose what the call was about."))
    raised = set(session.scalars(select(suggestion_raiser.c.suggestion_id).where(
        suggestion_raiser.c.person_id == person_id, suggestion_raiser.c.suggestion_id.in_(ids))))
    if len(raised) != len(ids):
        raise ValidationError("suggestion_ids", said("A call can only be about suggestions "
                                                     "this person made. Please check the ones "
                                                     "chosen."))
    items = _items(session, ids, day)
    kinds = {i.letter_kind for i in items.values()}
    kind = next(k for k in KIND_ORDER if k in kinds)
    by = optional_text(called_by, "called_by", "who made the call") or audit.actor(session)
    about = "\n".join(f"- \u201c{items[sid].text}\u201d ({format_date(items[sid].raised_on)})"
                      for sid in ids)
    snapshot = (f"Phone call on {format_date(day)} by {by}.\n\nAbout:\n{about}\n\n"
                f"Notes:\n{text}\n")
    return record_feedback(session, person_id=person_id, kind=kind, suggestion_ids=ids,
                           sent_on=day, format="phone", method="phone", snapshot=snapshot,
                           sent_by=by, today=today)
