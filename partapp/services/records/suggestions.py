"""Recording suggestions in people's own words, and the decisions taken on them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Activity, Decision, Person, Service, Suggestion
from ...models.enums import (
    CHANNELS,
    OUTCOMES,
    OUTCOMES_NEEDING_REASON,
    REASON_CATEGORIES,
    SUGGESTION_KINDS,
)
from ...models.folding import fold
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from ..errors import NotFoundError, ValidationError
from ..validation import choice, not_in_future, optional_text, parse_date, required_text
from ..words import said, term
from . import versions
from .status import suggestion_status


@dataclass(frozen=True)
class SuggestionData:
    text: str
    raised_on: date | str
    kind: str = "idea"
    channel: str = "in_person"
    service_id: int | None = None
    activity_id: int | None = None
    raiser_ids: tuple[int, ...] = ()
    # The version the form was opened on (None: no form, as in an import), and whether the
    # person chose to save over a newer one (services/records/versions.py).
    version: int | None = None
    keep_mine: bool = False


@dataclass(frozen=True)
class DecisionData:
    outcome: str
    decided_on: date | str
    reason: str = ""
    reason_category: str | None = None
    instead: str = ""
    passed_to: str = ""
    decided_by: str = ""
    users_took_part: bool = False
    # In Welsh, for Welsh letters (optional: a Welsh letter prints the English without them).
    reason_cy: str = ""
    instead_cy: str = ""
    passed_to_cy: str = ""
    # Easy read versions, for easy read letters (optional: they print the above without them).
    reason_easy: str = ""
    instead_easy: str = ""
    passed_to_easy: str = ""
    # The suggestion's version when the form was opened: a decision recorded on it by
    # someone else since is named before this one is added (services/records/versions.py).
    version: int | None = None
    keep_mine: bool = False


@dataclass(frozen=True)
class DecisionView:
    id: int
    outcome: str
    outcome_label: str
    reason: str
    reason_category: str | None
    instead: str
    passed_to: str
    decided_on: date
    decided_by: str
    users_took_part: bool
    reason_cy: str = ""
    instead_cy: str = ""
    passed_to_cy: str = ""
    reason_easy: str = ""
    instead_easy: str = ""
    passed_to_easy: str = ""


@dataclass(frozen=True)
class SuggestionView:
    id: int
    text: str
    raised_on: date
    kind: str
    channel: str
    service_id: int | None
    service_name: str
    activity_id: int | None
    activity_title: str
    raiser_ids: tuple[int, ...]
    raiser_names: tuple[str, ...]
    decisions: tuple[DecisionView, ...]
    change_ids: tuple[int, ...]
    status: str
    version: int = 1

    @property
    def anonymous(self) -> bool:
        return not self.raiser_ids

    @property
    def latest_decision(self) -> DecisionView | None:
        return self.decisions[-1] if self.decisions else None


def _validated(session: Session, data: SuggestionData, *, today: date | None = None) -> dict[str, Any]:
    raised_on = parse_date(data.raised_on, "raised_on", "the date it was raised")
    not_in_future(raised_on, "raised_on", "the date it was raised", today=today)
    text = required_text(data.text, "text", "what they said", max_length=20000)
    values = {
        "text": text,
        "text_folded": fold(text),  # what searches compare
        "raised_on": raised_on,
        "kind": choice(data.kind, SUGGESTION_KINDS, "kind", "the kind of suggestion"),
        "channel": choice(data.channel, CHANNELS, "channel", "how it reached us"),
        "service_id": data.service_id,
        "activity_id": data.activity_id,
    }
    if data.service_id is not None and session.get(Service, data.service_id) is None:
        raise ValidationError("service_id", said("That service is no longer in the list. "
                                                 "Please choose another."))
    if data.activity_id is not None:
        if session.get(Activity, data.activity_id) is None:
            raise ValidationError("activity_id", said("That activity is no longer in the "
                                                      "database. Please choose another."))
        values["channel"] = "activity"
    elif values["channel"] == "activity":
        raise ValidationError("activity_id", said("Please choose the activity where this was "
                                                  "said, or pick another way it reached us."))
    return values


@operation(Changed.SUGGESTION)
def save_suggestion(session: Session, data: SuggestionData, *, suggestion_id: int | None = None,
                    today: date | None = None) -> SuggestionView:
    """Add a suggestion (no raisers = anonymous) or correct one."""
    require(session, "volunteer")
    values = _validated(session, data, today=today)
    ids = list(dict.fromkeys(data.raiser_ids))
    raisers = list(session.scalars(select(Person).where(Person.id.in_(ids)))) if ids else []
    if len(raisers) != len(ids):
        raise ValidationError("raiser_ids", said("One of the people chosen is no longer in "
                                                 "the database. Please choose them again."))
    raisers.sort(key=lambda p: ids.index(p.id))
    if suggestion_id is None:
        suggestion = Suggestion(**values)
        session.add(suggestion)
        action, note = "create", ""
    else:
        suggestion = _get(session, suggestion_id)
        note = versions.check_version(session, suggestion, "suggestion", data.version,
                                      data.keep_mine)
        for key, value in values.items():
            setattr(suggestion, key, value)
        action = "update"
    suggestion.raisers = raisers
    versions.flush(session, "suggestion")
    audit.record(session, action, "suggestion", suggestion.id, note)
    return to_view(session, suggestion)


def validate_decision(data: DecisionData, *, raised_on: date | None = None,
                      today: date | None = None) -> dict[str, Any]:
    """Check a decision without saving it (forms call this to show problems early)."""
    outcome = choice(data.outcome, OUTCOMES, "outcome", "the decision")
    decided_on = parse_date(data.decided_on, "decided_on", "the date it was decided")
    not_in_future(decided_on, "decided_on", "the date it was decided", today=today)
    if raised_on is not None and decided_on < raised_on:
        raise ValidationError("decided_on", said("The decision date is before the suggestion "
                                                 "was raised ({raised_on}). Please check it.",
                                                 raised_on=raised_on.isoformat()))
    reason = optional_text(data.reason, "reason", "the reason", max_length=5000)
    if outcome in OUTCOMES_NEEDING_REASON and not reason:
        raise ValidationError("reason", said("Please say why the answer is “{outcomes}”. "
                                             "People need a plain reason when we cannot do "
                                             "all they asked.", outcomes=term(OUTCOMES[outcome])))
    passed_to = optional_text(data.passed_to, "passed_to", "who it was passed on to")
    return {
        "outcome": outcome,
        "decided_on": decided_on,
        "reason": reason,
        "reason_category": choice(data.reason_category, REASON_CATEGORIES, "reason_category",
                                  "the kind of reason", required=False),
        "instead": optional_text(data.instead, "instead", "what we can do instead",
                                 max_length=5000),
        "passed_to": passed_to,
        "decided_by": optional_text(data.decided_by, "decided_by", "who decided"),
        "users_took_part": bool(data.users_took_part),
        "reason_cy": optional_text(data.reason_cy, "reason_cy", "the reason in Welsh",
                                   max_length=5000),
        "instead_cy": optional_text(data.instead_cy, "instead_cy",
                                    "what we can do instead, in Welsh", max_length=5000),
        "passed_to_cy": optional_text(data.passed_to_cy, "passed_to_cy",
                                      "who it was passed on to, in Welsh"),
        **_easy_read_texts(data.reason_easy, data.instead_easy, data.passed_to_easy),
    }


def _easy_read_texts(reason_easy: str, instead_easy: str, passed_to_easy: str) -> dict[str, str]:
    """A decision's easy read versions, checked (for a new decision and for one already made)."""
    return {
        "reason_easy": optional_text(reason_easy, "reason_easy",
                                     "the reason, easy read version", max_length=5000),
        "instead_easy": optional_text(instead_easy, "instead_easy",
                                      "what we can do instead, easy read version",
                                      max_length=5000),
        "passed_to_easy": optional_text(passed_to_easy, "passed_to_easy",
                                        "who it was passed on to, easy read version"),
    }


@operation(Changed.DECISION)
def record_decision(session: Session, suggestion_id: int, data: DecisionData, *,
                    today: date | None = None) -> DecisionView:
    """Add a decision to a suggestion's history. Earlier decisions are kept, never changed."""
    require(session, "coordinator")
    suggestion = _get(session, suggestion_id)
    values = validate_decision(data, raised_on=suggestion.raised_on, today=today)
    # Raises the suggestion's version too: two decisions recorded at once cannot both pass.
    note = versions.check_version(session, suggestion, "suggestion", data.version,
                                  data.keep_mine)
    decision = Decision(suggestion=suggestion, **values)
    session.add(decision)
    versions.flush(session, "suggestion")
    audit.record(session, "create", "decision", decision.id, note)
    return decision_view(decision)


@operation(Changed.DECISION)
def withdraw_decision(session: Session, decision_id: int) -> DecisionData:
    """Take back a decision recorded by mistake (Edit, then Undo), and return what it said.
    Refused once anything came after it: a later decision, or feedback sent or a call made
    about the suggestion since (that letter's record must stay true)."""
    from ...models import Feedback, feedback_suggestion

    require(session, "coordinator")
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFoundError(said("That decision is no longer in the records."))
    later = session.scalar(select(Decision.id).where(
        Decision.suggestion_id == decision.suggestion_id, Decision.id > decision.id).limit(1))
    if later is not None:
        raise ValidationError("decision", said("A later decision was recorded on this "
                                               "suggestion, so this one cannot be taken back."))
    told = session.scalar(
        select(Feedback.id).join(feedback_suggestion,
                                 feedback_suggestion.c.feedback_id == Feedback.id)
        .where(feedback_suggestion.c.suggestion_id == decision.suggestion_id,
               Feedback.created_at >= decision.created_at).limit(1))
    if told is not None:
        raise ValidationError("decision", said("Feedback about this decision has been "
                                               "recorded, so it cannot be taken back. You can "
                                               "record a new decision instead."))
    data = DecisionData(
        outcome=decision.outcome, decided_on=decision.decided_on, reason=decision.reason,
        reason_category=decision.reason_category, instead=decision.instead,
        passed_to=decision.passed_to, decided_by=decision.decided_by,
        users_took_part=decision.users_took_part, reason_cy=decision.reason_cy,
        instead_cy=decision.instead_cy, passed_to_cy=decision.passed_to_cy)
    suggestion = decision.suggestion
    suggestion.decisions.remove(decision)  # delete-orphan removes the row
    versions.touch(suggestion)
    versions.flush(session, "suggestion")
    audit.record(session, "delete", "decision", decision_id, "taken back")
    return data


@operation(Changed.DECISION)
def set_decision_welsh(session: Session, decision_id: int, *, reason_cy: str = "",
                       instead_cy: str = "", passed_to_cy: str = "") -> DecisionView:
    """Put in (or correct) the Welsh versions of a decision already recorded. Only the Welsh
    changes: the decision, its date and its English stay as they are, so nobody is owed a new
    letter because of it."""
    require(session, "coordinator")
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFoundError(said("That decision is no longer in the database."))
    decision.reason_cy = optional_text(reason_cy, "reason_cy", "the reason in Welsh",
                                       max_length=5000)
    decision.instead_cy = optional_text(instead_cy, "instead_cy",
                                        "what we can do instead, in Welsh", max_length=5000)
    decision.passed_to_cy = optional_text(passed_to_cy, "passed_to_cy",
                                          "who it was passed on to, in Welsh")
    versions.flush(session, "suggestion")
    audit.record(session, "update", "decision", decision.id, "Welsh versions")
    return decision_view(decision)


@operation(Changed.DECISION)
def set_decision_easy_read(session: Session, decision_id: int, *, reason_easy: str = "",
                           instead_easy: str = "", passed_to_easy: str = "") -> DecisionView:
    """Put in (or correct) the easy read versions of a decision already recorded. As with the
    Welsh, only they change, so nobody is owed a new letter because of it."""
    require(session, "coordinator")
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NotFoundError(said("That decision is no longer in the database."))
    for name, text in _easy_read_texts(reason_easy, instead_easy, passed_to_easy).items():
        setattr(decision, name, text)
    versions.flush(session, "suggestion")
    audit.record(session, "update", "decision", decision.id, "Easy read versions")
    return decision_view(decision)


def decision_view(decision: Decision) -> DecisionView:
    return DecisionView(
        id=decision.id, outcome=decision.outcome, outcome_label=OUTCOMES[decision.outcome],
        reason=decision.reason, reason_category=decision.reason_category,
        instead=decision.instead, passed_to=decision.passed_to, decided_on=decision.decided_on,
        decided_by=decision.decided_by, users_took_part=decision.users_took_part,
        reason_cy=decision.reason_cy, instead_cy=decision.instead_cy,
        passed_to_cy=decision.passed_to_cy, reason_easy=decision.reason_easy,
        instead_easy=decision.instead_easy, passed_to_easy=decision.passed_to_easy)


def _get(session: Session, suggestion_id: int) -> Suggestion:
    suggestion = session.get(Suggestion, suggestion_id)
    if suggestion is None:
        raise NotFoundError(said("That suggestion is no longer in the database."))
    return suggestion


def to_view(session: Session, suggestion: Suggestion) -> SuggestionView:
    from ...models import Change, change_suggestion

    changes = session.execute(
        select(Change.id, Change.status).join(change_suggestion,
                                              change_suggestion.c.change_id == Change.id)
        .where(change_suggestion.c.suggestion_id == suggestion.id).order_by(Change.id)).all()
    decisions = tuple(decision_view(d) for d in suggestion.decisions)
    latest = decisions[-1].outcome if decisions else None
    return SuggestionView(
        id=suggestion.id, text=suggestion.text, raised_on=suggestion.raised_on,
        kind=suggestion.kind, channel=suggestion.channel, service_id=suggestion.service_id,
        service_name=suggestion.service.name if suggestion.service else "",
        activity_id=suggestion.activity_id,
        activity_title=suggestion.activity.title if suggestion.activity else "",
        raiser_ids=tuple(p.id for p in suggestion.raisers),
        raiser_names=tuple(p.display_name for p in suggestion.raisers),
        decisions=decisions, change_ids=tuple(c.id for c in changes),
        status=suggestion_status(latest, [c.status for c in changes]),
        version=suggestion.version)


def get_suggestion(session: Session, suggestion_id: int) -> SuggestionView:
    return to_view(session, _get(session, suggestion_id))


@operation(Changed.SUGGESTION)
def delete_suggestion(session: Session, suggestion_id: int) -> None:
    """Remove a suggestion typed in by mistake. Refused once feedback was sent about it."""
    require(session, "volunteer")
    from ...models import feedback_suggestion

    suggestion = _get(session, suggestion_id)
    sent = session.scalar(select(feedback_suggestion.c.feedback_id)
                          .where(feedback_suggestion.c.suggestion_id == suggestion_id).limit(1))
    if sent is not None:
        raise ValidationError("suggestion", said("Feedback has been sent about this "
                                                 "suggestion, so it cannot be removed. You "
                                                 "can record a new decision."))
    session.delete(suggestion)
    audit.record(session, "delete", "suggestion", suggestion_id)
