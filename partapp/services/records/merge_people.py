"""Two records of one person made into one, or a record added by mistake removed.

Merging: the suggestions they raised, the activities they came to, the letters they were sent
and their equality answers move to the record that is kept, once each; details the kept record
lacks are filled in from the other; then the other record is removed. One transaction, audited.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, delete, func, insert, select, update
from sqlalchemy.orm import Session

from ...models import EqualityProfile, Feedback, FollowUp, Person, attendance, suggestion_raiser
from ..access import audit, permissions
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..words import counted, joined, said
from .people import PersonView, to_view

# Details copied from the other record when the kept one has none.
FILLED_IN = ("preferred_name", "address_1", "address_2", "town", "postcode", "email", "phone",
             "interpreter", "supporter_name", "supporter_address", "other_needs")


@dataclass(frozen=True)
class MergeResult:
    kept: PersonView
    removed_ref: str
    suggestions: int  # suggestions the removed record raised that the kept one now raises
    activities: int
    letters: int
    equality_moved: bool
    filled_in: tuple[str, ...]

    def describe(self) -> str:
        moved = joined([counted(self.suggestions, "{n} suggestion", "{n} suggestions"),
                        counted(self.activities, "{n} activity", "{n} activities"),
                        counted(self.letters, "{n} letter", "{n} letters")], ", ")
        values = {"removed": self.removed_ref, "name": self.kept.display_name,
                  "ref": self.kept.ref, "moved": moved}
        if self.equality_moved:
            return said("{removed} is now part of {name} ({ref}): {moved} moved across, with "
                        "their equality answers. The record {removed} is removed.", **values)
        return said("{removed} is now part of {name} ({ref}): {moved} moved across. The record "
                    "{removed} is removed.", **values)


def _person(session: Session, person_id: int, field: str) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(said("There is no person with the id {person_id}.",
                                 person_id=person_id))
    if person.erased_at is not None:
        raise ValidationError(field, said("The details of {ref} were erased, so that record "
                                          "cannot be merged. Choose another.", ref=person.ref))
    return person


def _move(session: Session, table: Table, key: str, keep: int, other: int) -> int:
    """Rows of a link table move from ``other`` to ``keep``, skipping ones ``keep`` has."""
    column = table.c[key]
    theirs = set(session.scalars(select(column).where(table.c.person_id == other)))
    mine = set(session.scalars(select(column).where(table.c.person_id == keep)))
    new = sorted(theirs - mine)
    if new:
        session.execute(insert(table), [{key: value, "person_id": keep} for value in new])
    session.execute(delete(table).where(table.c.person_id == other))
    return len(new)


def _move_follow_ups(session: Session, keep: int, other: int) -> None:
    """Their answers about changes move across, except where ``keep`` has one for that change
    already (an answer beats a question only asked)."""
    mine = {row.change_id: row for row in session.scalars(
        select(FollowUp).where(FollowUp.person_id == keep))}
    for row in session.scalars(select(FollowUp).where(FollowUp.person_id == other)).all():
        kept = mine.get(row.change_id)
        if kept is None:
            row.person_id = keep
        elif kept.answer is None and row.answer is not None:
            session.delete(kept)
            session.flush()
            row.person_id = keep
        else:
            session.delete(row)
    session.flush()


@operation(Changed.PERSON, Changed.ACTIVITY, Changed.SUGGESTION, Changed.FEEDBACK)
def merge_people(session: Session, keep_id: int, other_id: int) -> MergeResult:
    """Make ``other_id``'s record part of ``keep_id``'s, and remove it."""
    permissions.check(session, "merge_people")
    if keep_id == other_id:
        raise ValidationError("other", said("Choose two different records to merge."))
    keep = _person(session, keep_id, "keep")
    other = _person(session, other_id, "other")
    session.flush()
    suggestions = _move(session, suggestion_raiser, "suggestion_id", keep.id, other.id)
    activities = _move(session, attendance, "activity_id", keep.id, other.id)
    letters = session.scalar(select(func.count()).select_from(Feedback)
                             .where(Feedback.person_id == other.id)) or 0
    session.execute(update(Feedback).where(Feedback.person_id == other.id)
                    .values(person_id=keep.id))
    _move_follow_ups(session, keep.id, other.id)
    equality_moved = keep.equality is None and other.equality is not None
    if equality_moved:
        session.execute(update(EqualityProfile).where(EqualityProfile.person_id == other.id)
                        .values(person_id=keep.id))
        session.expire(other, ["equality"])
        session.expire(keep, ["equality"])
    filled = tuple(name for name in FILLED_IN
                   if not getattr(keep, name) and getattr(other, name))
    for name in filled:
        setattr(keep, name, getattr(other, name))
    if other.notes and other.notes not in keep.notes:
        keep.notes = f"{keep.notes}\n{other.notes}".strip()
    if keep.feedback_format == "standard" and other.feedback_format != "standard":
        keep.feedback_format = other.feedback_format  # a need is never dropped
        filled += ("feedback_format",)
    keep.consent_date = min((d for d in (keep.consent_date, other.consent_date) if d),
                            default=None)
    if other.consent_withdrawn_date and not keep.consent_withdrawn_date:
        keep.consent_withdrawn_date = other.consent_withdrawn_date  # a withdrawal stands
    keep.groups = [*keep.groups, *(g for g in other.groups if g not in keep.groups)]
    removed_ref, removed_id = other.ref, other.id
    session.delete(other)
    session.flush()
    audit.record(session, "update", "person", keep.id,
                 f"merged={removed_ref}; suggestions={suggestions}; activities={activities}; "
                 f"letters={letters}; equality={'moved' if equality_moved else 'kept'}")
    audit.record(session, "delete", "person", removed_id, f"merged into {keep.ref}")
    return MergeResult(to_view(keep), removed_ref, suggestions, activities, letters,
                       equality_moved, filled)


@operation(Changed.PERSON)
def remove_person(session: Session, person_id: int) -> str:
    """Remove a person added by mistake, who has no history yet (no suggestions, activities or
    letters). Anyone with history is refused with what to do instead: merge the record if it is
    a second record of someone, or erase it (Privacy) if their details must go. Returns the
    removed record's reference."""
    permissions.check(session, "remove_person")
    person = _person(session, person_id, "person")
    suggestions = session.scalar(select(func.count()).select_from(suggestion_raiser)
                                 .where(suggestion_raiser.c.person_id == person.id)) or 0
    activities = session.scalar(select(func.count()).select_from(attendance)
                                .where(attendance.c.person_id == person.id)) or 0
    letters = session.scalar(select(func.count()).select_from(Feedback)
                             .where(Feedback.person_id == person.id)) or 0
    held = [
        (suggestions, counted(suggestions, "{n} suggestion", "{n} suggestions")),
        (activities, counted(activities, "{n} activity", "{n} activities")),
        (letters, counted(letters, "{n} letter", "{n} letters"))]
    if any(n for n, _ in held):
        what = joined([words for n, words in held if n], ", ")
        raise ValidationError("person", said("{ref} has a history ({what}), so the record "
                                             "cannot simply be removed. If it is a second "
                                             "record of someone, merge it with theirs. If "
                                             "their details must go, erase them (Privacy).",
                                             ref=person.ref, what=what))
    ref = person.ref
    session.delete(person)
    session.flush()
    audit.record(session, "delete", "person", person_id, "added by mistake")
    return ref
