"""How Undo reads, saves and removes each kind of record, through the same services its form
uses: a record's view turned back into the form's data, and saved again (services/records/undo.py
makes the steps from these).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from ..changed import Changed
from ..errors import NotFoundError, PartappError
from ..words import said
from .activities import ActivityData, ActivityView, delete_activity, get_activity, save_activity
from .changes import (
    ChangeData,
    ChangeView,
    delete_change,
    get_change,
    link_suggestion,
    save_change,
)
from .merge_people import remove_person
from .people import (
    PersonData,
    PersonView,
    equality_answers,
    get_person,
    save_person_and_equality,
)
from .suggestions import (
    DecisionData,
    DecisionView,
    SuggestionData,
    SuggestionView,
    delete_suggestion,
    get_suggestion,
    record_decision,
    save_suggestion,
)


class UndoError(PartappError):
    """A step that cannot be taken back now; the message says why, and nothing was changed."""


# How to read, save and remove each kind of record, through its services ------------------------

@dataclass(frozen=True)
class Kind:
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
        notes=view.notes, office_id=view.office_id)
    return data, equality_answers(session, view.id)


def _save_person(session: Session, data: tuple[PersonData, Any], record_id: int | None,
                 version: int | None, today: date) -> PersonView:
    details, answers = data
    return save_person_and_equality(session, replace(details, version=version), answers,
                                    person_id=record_id)


@dataclass(frozen=True)
class _SuggestionWhole:
    """A suggestion, and what goes with it when it is removed: its decisions, oldest first,
    and the changes it is linked to."""

    data: SuggestionData
    decisions: tuple[DecisionData, ...] = ()
    change_ids: tuple[int, ...] = ()


def _decision_data(view: DecisionView) -> DecisionData:
    return DecisionData(
        outcome=view.outcome, decided_on=view.decided_on, reason=view.reason,
        reason_category=view.reason_category, instead=view.instead, passed_to=view.passed_to,
        decided_by=view.decided_by, users_took_part=view.users_took_part,
        reason_cy=view.reason_cy, instead_cy=view.instead_cy, passed_to_cy=view.passed_to_cy,
        reason_easy=view.reason_easy, instead_easy=view.instead_easy,
        passed_to_easy=view.passed_to_easy)


def _suggestion_data(_session: Session, view: SuggestionView) -> _SuggestionWhole:
    return _SuggestionWhole(
        SuggestionData(text=view.text, raised_on=view.raised_on, kind=view.kind,
                       channel=view.channel, service_id=view.service_id,
                       activity_id=view.activity_id, raiser_ids=view.raiser_ids),
        tuple(_decision_data(d) for d in view.decisions), view.change_ids)


def _save_suggestion(session: Session, whole: _SuggestionWhole, record_id: int | None,
                     version: int | None, today: date) -> SuggestionView:
    view = save_suggestion(session, replace(whole.data, version=version),
                           suggestion_id=record_id, today=today)
    if record_id is not None:  # putting a suggestion's words back: its decisions are its own
        return view
    for decision in whole.decisions:  # brought back: as it was when it was removed
        record_decision(session, view.id, decision, today=today)
    for change_id in whole.change_ids:
        try:
            link_suggestion(session, change_id, view.id)
        except NotFoundError:
            continue  # that change was removed since: the suggestion comes back without it
    return get_suggestion(session, view.id)


def _change_data(_session: Session, view: ChangeView) -> ChangeData:
    return ChangeData(description=view.description, status=view.status, owner=view.owner,
                      service_id=view.service_id, due_on=view.due_on, done_on=view.done_on,
                      suggestion_ids=view.suggestion_ids, description_cy=view.description_cy,
                      description_easy=view.description_easy)


def _save_change(session: Session, data: ChangeData, record_id: int | None,
                 version: int | None, today: date) -> ChangeView:
    return save_change(session, replace(data, version=version), change_id=record_id,
                       today=today)


def activity_data(_session: Session, view: ActivityView) -> ActivityData:
    return ActivityData(
        title=view.title, held_on=view.held_on, activity_type=view.activity_type,
        involvement_code=view.involvement_code, service_id=view.service_id,
        facilitator=view.facilitator, hours=view.hours, expenses_paid=view.expenses_paid,
        anonymous_attendees=view.anonymous_attendees, access_support=view.access_support,
        attendee_ids=view.attendee_ids, notes=view.notes, title_cy=view.title_cy,
        title_easy=view.title_easy, office_id=view.office_id)


def _save_activity(session: Session, data: ActivityData, record_id: int | None,
                   version: int | None, today: date) -> ActivityView:
    return save_activity(session, replace(data, version=version), activity_id=record_id)


def short_label(text: str) -> str:
    words = " ".join(text.split())
    return words if len(words) <= 40 else words[:39].rstrip() + "\u2026"


KINDS: Mapping[str, Kind] = {
    "person": Kind("person", frozenset({Changed.PERSON}), get_person, _person_data,
                    _save_person, remove_person, lambda v: v.display_name),
    "suggestion": Kind("suggestion", frozenset({Changed.SUGGESTION}), get_suggestion,
                        _suggestion_data, _save_suggestion, delete_suggestion,
                        lambda v: short_label(v.text)),
    "change": Kind("change", frozenset({Changed.CHANGE, Changed.SUGGESTION}), get_change,
                    _change_data, _save_change, delete_change,
                    lambda v: short_label(v.description)),
    "activity": Kind("activity", frozenset({Changed.ACTIVITY}), get_activity, activity_data,
                      _save_activity, delete_activity, lambda v: short_label(v.title)),
}


def current(kind: Kind, session: Session, record_id: int, version: int, what: str) -> Any:
    """The record as it is now, refused if it changed after the save being taken back."""
    try:
        view = kind.get(session, record_id)
    except NotFoundError:
        raise UndoError(said("{what} is no longer in the records, so this cannot be done.",
                             what=what)) \
            from None
    if view.version != version:
        raise UndoError(said("{what} was changed again after that, so this cannot be done. "
                             "Open it to change it by hand.", what=what))
    return view
