"""Taking back a save made by mistake, and doing it again (Edit, Undo and Redo).

Each everyday save (a person, a meeting and what was said at it, a suggestion, a decision, a
change) can be undone while the app is open. Undoing goes through the same service functions a
form uses (so each check still holds and the audit log shows it), and each step, once done,
gives back the step that undoes it: undoing the adding of a person removes them, and its redo
adds them again.

A step is refused, plainly and with nothing changed, when the record was changed again after
the save it would take back (its version moved on), or when taking it back would lose
something (a person who now has history, a suggestion that has had feedback). Removals and the
big jobs (imports, erasure, sample data) are not undone here: their forms ask first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from sqlalchemy.orm import Session

from ..changed import Changed
from ..errors import NotFoundError, PartappError
from .activities import ActivityData, ActivityView, delete_activity, get_activity, save_activity
from .changes import ChangeData, ChangeView, delete_change, get_change, save_change
from .merge_people import remove_person
from .people import (
    PersonData,
    PersonView,
    equality_answers,
    get_person,
    save_person,
    save_person_and_equality,
)
from .recording import MeetingSuggestion, RecordedActivity, record_activity
from .suggestions import (
    DecisionData,
    DecisionView,
    SuggestionData,
    SuggestionView,
    delete_suggestion,
    get_suggestion,
    record_decision,
    save_suggestion,
    withdraw_decision,
)


class UndoError(PartappError):
    """A step that cannot be taken back now; the message says why, and nothing was changed."""


class Step(Protocol):
    """One thing that can be done to the records; doing it gives the step that undoes it."""

    @property
    def changed(self) -> frozenset[Changed]: ...

    def run(self, session: Session, *, today: date) -> Step: ...


@dataclass(frozen=True)
class Entry:
    """What the Edit menu offers: the step, and what was done in plain words: ``action`` is
    "added", "changed" or "decided", ``kind`` the record's kind, ``name`` which one."""

    step: Step
    action: str
    kind: str
    name: str


# How to read, save and remove each kind of record, through its services ------------------------

@dataclass(frozen=True)
class _Kind:
    name: str
    changed: frozenset[Changed]
    get: Callable[[Session, int], Any]
    data_of: Callable[[Session, Any], Any]  # the view as the form's data, for saving it again
    save: Callable[..., Any]  # (session, data, record_id or None, today) -> view
    remove: Callable[[Session, int], object]
    label: Callable[[Any], str]  # which record, in a few words


def _person_data(session: Session, view: PersonView) -> tuple[PersonData, Any]:
    data = PersonData(
        first_name=view.first_name, last_name=view.last_name, ref=view.ref,
        preferred_name=view.preferred_name, address_1=view.address_1,
        address_2=view.address_2, town=view.town, postcode=view.postcode, email=view.email,
        phone=view.phone, groups=view.groups, feedback_format=view.feedback_format,
        language=view.language, bilingual=view.bilingual, interpreter=view.interpreter,
        supporter_name=view.supporter_name, supporter_address=view.supporter_address,
        send_via_supporter=view.send_via_supporter, other_needs=view.other_needs,
        consent_date=view.consent_date, consent_withdrawn_date=view.consent_withdrawn_date,
        notes=view.notes)
    return data, equality_answers(session, view.id)


def _save_person(session: Session, data: tuple[PersonData, Any], record_id: int | None,
                 version: int | None, today: date) -> PersonView:
    details, answers = data
    return save_person_and_equality(session, replace(details, version=version), answers,
                                    person_id=record_id)


def _suggestion_data(_session: Session, view: SuggestionView) -> SuggestionData:
    return SuggestionData(text=view.text, raised_on=view.raised_on, kind=view.kind,
                          channel=view.channel, service_id=view.service_id,
                          activity_id=view.activity_id, raiser_ids=view.raiser_ids)


def _save_suggestion(session: Session, data: SuggestionData, record_id: int | None,
                     version: int | None, today: date) -> SuggestionView:
    return save_suggestion(session, replace(data, version=version), suggestion_id=record_id,
                           today=today)


def _change_data(_session: Session, view: ChangeView) -> ChangeData:
    return ChangeData(description=view.description, status=view.status, owner=view.owner,
                      service_id=view.service_id, due_on=view.due_on, done_on=view.done_on,
                      suggestion_ids=view.suggestion_ids, description_cy=view.description_cy)


def _save_change(session: Session, data: ChangeData, record_id: int | None,
                 version: int | None, today: date) -> ChangeView:
    return save_change(session, replace(data, version=version), change_id=record_id,
                       today=today)


def _activity_data(_session: Session, view: ActivityView) -> ActivityData:
    return ActivityData(
        title=view.title, held_on=view.held_on, activity_type=view.activity_type,
        involvement_code=view.involvement_code, service_id=view.service_id,
        facilitator=view.facilitator, hours=view.hours, expenses_paid=view.expenses_paid,
        anonymous_attendees=view.anonymous_attendees, access_support=view.access_support,
        attendee_ids=view.attendee_ids, notes=view.notes, title_cy=view.title_cy)


def _save_activity(session: Session, data: ActivityData, record_id: int | None,
                   version: int | None, today: date) -> ActivityView:
    return save_activity(session, replace(data, version=version), activity_id=record_id)


def _short(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= 40 else words[:39].rstrip() + "\u2026"


KINDS: Mapping[str, _Kind] = {
    "person": _Kind("person", frozenset({Changed.PERSON}), get_person, _person_data,
                    _save_person, remove_person, lambda v: v.display_name),
    "suggestion": _Kind("suggestion", frozenset({Changed.SUGGESTION}), get_suggestion,
                        _suggestion_data, _save_suggestion, delete_suggestion,
                        lambda v: _short(v.text)),
    "change": _Kind("change", frozenset({Changed.CHANGE, Changed.SUGGESTION}), get_change,
                    _change_data, _save_change, delete_change,
                    lambda v: _short(v.description)),
    "activity": _Kind("activity", frozenset({Changed.ACTIVITY}), get_activity, _activity_data,
                      _save_activity, delete_activity, lambda v: _short(v.title)),
}


def _current(kind: _Kind, session: Session, record_id: int, version: int, what: str) -> Any:
    """The record as it is now, refused if it changed after the save being taken back."""
    try:
        view = kind.get(session, record_id)
    except NotFoundError:
        raise UndoError(f"{what} is no longer in the records, so this cannot be done.") \
            from None
    if view.version != version:
        raise UndoError(f"{what} was changed again after that, so this cannot be done. "
                        "Open it to change it by hand.")
    return view


# The steps ----------------------------------------------------------------------------------

@dataclass(frozen=True)
class PutBack:
    """Save a record as it was (undoing a change to it)."""

    kind: str
    record_id: int
    data: Any
    version: int  # the version our own save left: anything later is someone else's

    @property
    def changed(self) -> frozenset[Changed]:
        return KINDS[self.kind].changed

    def run(self, session: Session, *, today: date) -> Step:
        kind = KINDS[self.kind]
        now = _current(kind, session, self.record_id, self.version, "That record")
        before = kind.data_of(session, now)
        saved = kind.save(session, self.data, self.record_id, now.version, today)
        return PutBack(self.kind, self.record_id, before, saved.version)


@dataclass(frozen=True)
class TakeAway:
    """Remove a record that a save added (undoing the adding)."""

    kind: str
    record_id: int
    version: int

    @property
    def changed(self) -> frozenset[Changed]:
        return KINDS[self.kind].changed

    def run(self, session: Session, *, today: date) -> Step:
        kind = KINDS[self.kind]
        now = _current(kind, session, self.record_id, self.version, "That record")
        data = kind.data_of(session, now)
        kind.remove(session, self.record_id)
        return BringBack(self.kind, data)


@dataclass(frozen=True)
class BringBack:
    """Add again a record that an undo took away (redoing the adding)."""

    kind: str
    data: Any

    @property
    def changed(self) -> frozenset[Changed]:
        return KINDS[self.kind].changed

    def run(self, session: Session, *, today: date) -> Step:
        saved = KINDS[self.kind].save(session, self.data, None, None, today)
        return TakeAway(self.kind, saved.id, saved.version)


@dataclass(frozen=True)
class TakeAwayMeeting:
    """Remove a meeting that was just recorded, and the suggestions recorded with it."""

    activity_id: int
    version: int
    suggestion_ids: tuple[int, ...]
    changed: frozenset[Changed] = frozenset({Changed.ACTIVITY, Changed.SUGGESTION})

    def run(self, session: Session, *, today: date) -> Step:
        kind = KINDS["activity"]
        now = _current(kind, session, self.activity_id, self.version, "That activity")
        said = []
        for suggestion_id in self.suggestion_ids:
            view = _current(KINDS["suggestion"], session, suggestion_id, 1, "A suggestion")
            said.append(MeetingSuggestion(text=view.text, kind=view.kind,
                                          raiser_ids=view.raiser_ids,
                                          service_id=view.service_id))
            delete_suggestion(session, suggestion_id)
        data = _activity_data(session, now)
        delete_activity(session, self.activity_id)
        return BringBackMeeting(data, tuple(said))


@dataclass(frozen=True)
class BringBackMeeting:
    data: ActivityData
    suggestions: tuple[MeetingSuggestion, ...]
    changed: frozenset[Changed] = frozenset({Changed.ACTIVITY, Changed.SUGGESTION})

    def run(self, session: Session, *, today: date) -> Step:
        result = record_activity(session, self.data, self.suggestions, today=today)
        return TakeAwayMeeting(result.activity.id, result.activity.version,
                               result.suggestion_ids)


@dataclass(frozen=True)
class Together:
    """Several steps done as one (a meeting's new suggestions and its own details)."""

    steps: tuple[Step, ...]

    @property
    def changed(self) -> frozenset[Changed]:
        return frozenset().union(*(step.changed for step in self.steps))

    def run(self, session: Session, *, today: date) -> Step:
        return Together(tuple(reversed([step.run(session, today=today)
                                        for step in self.steps])))


@dataclass(frozen=True)
class TakeAwayDecision:
    decision_id: int
    suggestion_id: int
    changed: frozenset[Changed] = frozenset({Changed.DECISION})

    def run(self, session: Session, *, today: date) -> Step:
        data = withdraw_decision(session, self.decision_id)
        return BringBackDecision(self.suggestion_id, data)


@dataclass(frozen=True)
class BringBackDecision:
    suggestion_id: int
    data: DecisionData
    changed: frozenset[Changed] = frozenset({Changed.DECISION})

    def run(self, session: Session, *, today: date) -> Step:
        view = record_decision(session, self.suggestion_id, self.data, today=today)
        return TakeAwayDecision(view.id, self.suggestion_id)


# Which saves can be undone, and the step that undoes each ------------------------------------

def _record_id(kwargs: Mapping[str, Any], key: str) -> int | None:
    value = kwargs.get(key)
    return int(value) if value is not None else None


def _before(session: Session, kind: str, record_id: int | None) -> Any:
    if record_id is None:
        return None
    spec = KINDS[kind]
    return spec.data_of(session, spec.get(session, record_id))


def _saved(kind: str, key: str) -> tuple[Callable[..., Any], Callable[..., Entry]]:
    """The plan for a form's save: adding (undo removes it) or changing (undo puts it back)."""

    def before(session: Session, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        return _before(session, kind, _record_id(kwargs, key))

    def after(session: Session, old: Any, result: Any, args: tuple[Any, ...],
              kwargs: Mapping[str, Any]) -> Entry:
        name = KINDS[kind].label(result)
        if old is None:
            return Entry(TakeAway(kind, result.id, result.version), "added", kind, name)
        return Entry(PutBack(kind, result.id, old, result.version), "changed", kind, name)

    return before, after


def _meeting_before(session: Session, args: tuple[Any, ...],
                    kwargs: Mapping[str, Any]) -> Any:
    return _before(session, "activity", _record_id(kwargs, "activity_id"))


def _meeting_after(session: Session, old: Any, result: RecordedActivity,
                   args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Entry:
    view = result.activity
    name = KINDS["activity"].label(view)
    if old is None:
        return Entry(TakeAwayMeeting(view.id, view.version, result.suggestion_ids), "added",
                     "activity", name)
    # Suggestions added at the edit go first (their activity stays), then the details.
    steps: list[Step] = [TakeAway("suggestion", sid, 1) for sid in result.suggestion_ids]
    steps.append(PutBack("activity", view.id, old, view.version))
    return Entry(Together(tuple(steps)), "changed", "activity", name)


def _decision_after(session: Session, old: Any, result: DecisionView, args: tuple[Any, ...],
                    kwargs: Mapping[str, Any]) -> Entry:
    suggestion_id = int(args[0])
    return Entry(TakeAwayDecision(result.id, suggestion_id), "decided", "suggestion",
                 _short(get_suggestion(session, suggestion_id).text))


PLANS: Mapping[Callable[..., Any], tuple[Callable[..., Any], Callable[..., Entry]]] = {
    save_person: _saved("person", "person_id"),
    save_person_and_equality: _saved("person", "person_id"),
    save_suggestion: _saved("suggestion", "suggestion_id"),
    save_change: _saved("change", "change_id"),
    record_activity: (_meeting_before, _meeting_after),
    record_decision: (lambda _session, _args, _kwargs: None, _decision_after),
}


def apply_undoable(session: Session, op: Callable[..., Any], *args: Any,
                   **kwargs: Any) -> tuple[Any, Entry | None]:
    """Run ``op`` and, when it is a save that can be undone, the entry that undoes it."""
    plan = PLANS.get(op)
    if plan is None:
        return op(session, *args, **kwargs), None
    before, after = plan
    old = before(session, args, kwargs)
    result = op(session, *args, **kwargs)
    return result, after(session, old, result, args, kwargs)


def run_step(session: Session, step: Step, *, today: date | None = None) -> Step:
    """Do ``step`` (an undo or a redo) in the caller's transaction; returns its opposite."""
    return step.run(session, today=today or date.today())
