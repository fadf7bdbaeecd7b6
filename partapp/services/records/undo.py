"""Taking back a save made by mistake, and doing it again (Edit, Undo and Redo).

Each everyday save (a person, a meeting and what was said at it, a suggestion, a decision, a
change) can be undone while the app is open. Undoing goes through the same service functions a
form uses (so each check still holds and the audit log shows it), and each step, once done,
gives back the step that undoes it: undoing the adding of a person removes them, and its redo
adds them again.

A step is refused, plainly and with nothing changed, when the record was changed again after
the save it would take back (its version moved on), or when taking it back would lose
something (a person who now has history, a suggestion that has had feedback). Removing a record
typed in by mistake can be undone too: it comes back as it was (a suggestion with its decisions
and its links to changes), under a new number. The big jobs (imports, merging, erasure, sample
data) are not undone here: their forms ask first.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol

from sqlalchemy.orm import Session

from ..changed import Changed
from ..words import term
from .activities import ActivityData, delete_activity
from .changes import (
    delete_change,
    save_change,
)
from .merge_people import remove_person
from .people import (
    save_person,
    save_person_and_equality,
)
from .recording import MeetingSuggestion, RecordedActivity, record_activity
from .suggestions import (
    DecisionData,
    DecisionView,
    delete_suggestion,
    get_suggestion,
    record_decision,
    save_suggestion,
    withdraw_decision,
)
from .undo_kinds import KINDS, activity_data, current, short_label


class Step(Protocol):
    """One thing that can be done to the records; doing it gives the step that undoes it."""

    @property
    def changed(self) -> frozenset[Changed]: ...

    def run(self, session: Session, *, today: date) -> Step: ...


@dataclass(frozen=True)
class Entry:
    """What the Edit menu offers: the step, and what was done in plain words: ``action`` is
    "added", "changed", "removed" or "decided", ``kind`` the record's kind, ``name`` which
    one."""

    step: Step
    action: str
    kind: str
    name: str


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
        now = current(kind, session, self.record_id, self.version, term("That record"))
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
        now = current(kind, session, self.record_id, self.version, term("That record"))
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
        now = current(kind, session, self.activity_id, self.version, term("That activity"))
        said = []
        for suggestion_id in self.suggestion_ids:
            view = current(KINDS["suggestion"], session, suggestion_id, 1, term("A suggestion"))
            said.append(MeetingSuggestion(text=view.text, kind=view.kind,
                                          raiser_ids=view.raiser_ids,
                                          service_id=view.service_id))
            delete_suggestion(session, suggestion_id)
        data = activity_data(session, now)
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


def _removed(kind: str, key: str) -> tuple[Callable[..., Any], Callable[..., Entry]]:
    """The plan for removing a record typed in by mistake: undo brings it back as it was."""

    def before(session: Session, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        spec = KINDS[kind]
        view = spec.get(session, int(args[0] if args else kwargs[key]))
        return spec.data_of(session, view), spec.label(view)

    def after(session: Session, old: Any, result: Any, args: tuple[Any, ...],
              kwargs: Mapping[str, Any]) -> Entry:
        data, name = old
        return Entry(BringBack(kind, data), "removed", kind, name)

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
                 short_label(get_suggestion(session, suggestion_id).text))


PLANS: Mapping[Callable[..., Any], tuple[Callable[..., Any], Callable[..., Entry]]] = {
    save_person: _saved("person", "person_id"),
    save_person_and_equality: _saved("person", "person_id"),
    save_suggestion: _saved("suggestion", "suggestion_id"),
    save_change: _saved("change", "change_id"),
    record_activity: (_meeting_before, _meeting_after),
    record_decision: (lambda _session, _args, _kwargs: None, _decision_after),
    remove_person: _removed("person", "person_id"),
    delete_activity: _removed("activity", "activity_id"),
    delete_suggestion: _removed("suggestion", "suggestion_id"),
    delete_change: _removed("change", "change_id"),
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
