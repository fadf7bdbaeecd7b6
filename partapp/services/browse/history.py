"""A person's history: activities attended, suggestions and the decisions on them, letters sent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Activity, Feedback, Suggestion, attendance, suggestion_raiser
from ...models.enums import (
    ACTIVITY_TYPES,
    FEEDBACK_FORMATS,
    FEEDBACK_KINDS,
    FEEDBACK_METHODS,
    OUTCOMES,
    SUGGESTION_KINDS,
)
from ..errors import NotFoundError
from ..feedback.follow_ups import FollowUpView, follow_ups_for_person
from ..feedback.owed import owed_items
from ..records.people import get_person
from ..records.status import STATUSES
from ..records.suggestions import to_view as suggestion_view
from ..words import said


@dataclass(frozen=True)
class AttendedActivity:
    id: int
    held_on: date
    title: str
    activity_type: str


@dataclass(frozen=True)
class DecisionLine:
    decided_on: date
    outcome: str
    reason: str


@dataclass(frozen=True)
class RaisedSuggestion:
    id: int
    raised_on: date
    text: str
    kind: str
    status_label: str
    decisions: tuple[DecisionLine, ...]
    with_others: int  # how many other people raised it too

    @property
    def latest_outcome(self) -> str:
        return self.decisions[-1].outcome if self.decisions else ""


@dataclass(frozen=True)
class SentLetter:
    id: int
    sent_on: date
    kind: str
    format: str
    method: str
    suggestion_count: int


@dataclass(frozen=True)
class PersonHistory:
    person_id: int
    display_name: str
    activities: tuple[AttendedActivity, ...]
    suggestions: tuple[RaisedSuggestion, ...]
    letters: tuple[SentLetter, ...]
    owed_suggestion_ids: tuple[int, ...]  # suggestions they are waiting to hear about
    # Whether changes made a difference to them: asked, answered, or both.
    follow_ups: tuple[FollowUpView, ...] = ()

    @property
    def decision_count(self) -> int:
        return sum(len(s.decisions) for s in self.suggestions)


def person_history(session: Session, person_id: int, *, today: date | None = None) -> PersonHistory:
    """Everything that happened with one person, newest first."""
    person = get_person(session, person_id)
    if person.erased:
        raise NotFoundError(said("This person's details were removed, so there is no history "
                                 "to show."))
    activities = tuple(
        AttendedActivity(a.id, a.held_on, a.title, ACTIVITY_TYPES.get(a.activity_type, ""))
        for a in session.scalars(
            select(Activity).join(attendance, attendance.c.activity_id == Activity.id)
            .where(attendance.c.person_id == person_id)
            .order_by(Activity.held_on.desc(), Activity.id.desc())))
    raised = []
    for suggestion in session.scalars(
            select(Suggestion).join(suggestion_raiser,
                                    suggestion_raiser.c.suggestion_id == Suggestion.id)
            .where(suggestion_raiser.c.person_id == person_id)
            .order_by(Suggestion.raised_on.desc(), Suggestion.id.desc())):
        view = suggestion_view(session, suggestion)
        raised.append(RaisedSuggestion(
            id=view.id, raised_on=view.raised_on, text=view.text,
            kind=SUGGESTION_KINDS.get(view.kind, view.kind), status_label=STATUSES[view.status],
            decisions=tuple(DecisionLine(d.decided_on, OUTCOMES[d.outcome], d.reason)
                            for d in view.decisions),
            with_others=len(view.raiser_ids) - 1))
    letters = tuple(
        SentLetter(f.id, f.sent_on, FEEDBACK_KINDS.get(f.kind, f.kind),
                   FEEDBACK_FORMATS.get(f.format, f.format),
                   FEEDBACK_METHODS.get(f.method, f.method), len(f.suggestions))
        for f in session.scalars(select(Feedback).where(Feedback.person_id == person_id)
                                 .order_by(Feedback.sent_on.desc(), Feedback.id.desc())))
    owed = tuple(item.suggestion_id for item in owed_items(session, today=today,
                                                           person_id=person_id))
    return PersonHistory(person_id, person.display_name, activities, tuple(raised), letters, owed,
                         tuple(follow_ups_for_person(session, person_id)))
