"""Recording a whole meeting in one go: the activity, who came, and what they suggested.

Everything is saved in the caller's one transaction: if any part is wrong, nothing is kept.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy.orm import Session

from ..changed import Changed, operation
from ..errors import ValidationError
from ..words import said
from .activities import ActivityData, ActivityView, get_activity, save_activity
from .suggestions import SuggestionData, save_suggestion


@dataclass(frozen=True)
class MeetingSuggestion:
    """One suggestion made at the activity. No raisers means nobody gave their name."""

    text: str
    kind: str = "idea"
    raiser_ids: tuple[int, ...] = ()
    service_id: int | None = None  # None: the activity's own service


@dataclass(frozen=True)
class RecordedActivity:
    activity: ActivityView
    suggestion_ids: tuple[int, ...]

    @property
    def changed(self) -> frozenset[Changed]:
        """A meeting saved with no suggestions touched no suggestion."""
        if self.suggestion_ids:
            return frozenset({Changed.ACTIVITY, Changed.SUGGESTION})
        return frozenset({Changed.ACTIVITY})


def suggestion_field(index: int, field: str) -> str:
    """The field name used in errors about the suggestion at ``index`` (0-based)."""
    return f"suggestions.{index}.{field}"


@operation(Changed.ACTIVITY, Changed.SUGGESTION)
def record_activity(session: Session, data: ActivityData,
                    suggestions: Sequence[MeetingSuggestion] = (), *,
                    activity_id: int | None = None, today: date | None = None) -> RecordedActivity:
    """Save an activity and the suggestions made at it.

    People who raised a suggestion were there, so they are added to the attendees if missing.
    An error in a suggestion names it: field ``suggestions.<n>.<field>``, message "Suggestion
    <n+1>: ...".
    """
    attendees = list(dict.fromkeys(data.attendee_ids))
    for item in suggestions:
        attendees += [pid for pid in item.raiser_ids if pid not in attendees]
    view = save_activity(session, replace(data, attendee_ids=tuple(attendees)),
                         activity_id=activity_id)
    saved = []
    for index, item in enumerate(suggestions):
        try:
            result = save_suggestion(session, SuggestionData(
                text=item.text, raised_on=view.held_on, kind=item.kind, channel="activity",
                service_id=item.service_id if item.service_id is not None else view.service_id,
                activity_id=view.id, raiser_ids=item.raiser_ids), today=today)
        except ValidationError as exc:
            raise ValidationError(suggestion_field(index, exc.field),
                                  said("Suggestion {value}: {message}", value=index + 1,
                                       message=exc.message)) from exc
        saved.append(result.id)
    if saved:
        view = get_activity(session, view.id)
    return RecordedActivity(view, tuple(saved))
