"""No letter marked as sent twice, when two offices mark the same letters at the same moment.

``letters.mark_sent`` first waits for any other app marking letters on this database
(``store.one_at_a_time``), then asks ``already_sent`` which of its letters someone else
recorded meanwhile: a letter to the same person, of the same kind, about the same suggestions
(and for a thank-you, the same activity), sent on the same day. Those are not marked again,
and the person is told how many.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import Feedback, feedback_suggestion
from .letter_content import LetterContent

_CHUNK = 500


@dataclass(frozen=True)
class SentResult:
    """What ``letters.mark_sent_once`` did: letters marked, and letters someone else had
    marked as sent meanwhile (left as they were)."""

    marked: int
    already_sent: int = 0


Key = tuple[int, str, int | None, frozenset[int]]


def _key(person_id: int, kind: str, activity_id: int | None, suggestion_ids: Sequence[int]) -> Key:
    return person_id, kind, activity_id, frozenset(suggestion_ids)


def already_sent(session: Session, letters: Sequence[LetterContent], sent_on: date) -> set[int]:
    """The positions in ``letters`` of those already recorded as sent on ``sent_on``."""
    people = sorted({letter.person_id for letter in letters})
    recorded: dict[int, tuple[int, str, int | None]] = {}
    for start in range(0, len(people), _CHUNK):
        rows = session.execute(
            select(Feedback.id, Feedback.person_id, Feedback.kind, Feedback.activity_id)
            .where(Feedback.person_id.in_(people[start:start + _CHUNK]),
                   Feedback.sent_on == sent_on))
        recorded.update({fid: (pid, kind, activity) for fid, pid, kind, activity in rows})
    about: dict[int, list[int]] = {fid: [] for fid in recorded}
    ids = sorted(recorded)
    for start in range(0, len(ids), _CHUNK):
        for fid, sid in session.execute(
                select(feedback_suggestion.c.feedback_id, feedback_suggestion.c.suggestion_id)
                .where(feedback_suggestion.c.feedback_id.in_(ids[start:start + _CHUNK]))):
            about[fid].append(sid)
    seen = {_key(pid, kind, activity, about[fid])
            for fid, (pid, kind, activity) in recorded.items()}
    return {index for index, letter in enumerate(letters)
            if _key(letter.person_id, letter.kind, letter.activity_id,
                    letter.suggestion_ids) in seen}
