"""The two lists on the Letters page: who is waiting to hear back (one row per person) and the
feedback already sent. Id-first, like ``browse``: the ids that match in order, then full rows
for the ids on screen. No Qt here; every function takes the Session first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ScalarSelect, func, select
from sqlalchemy.orm import Session

from ...models import Feedback, Person, feedback_suggestion
from ...models.enums import FEEDBACK_FORMATS, FEEDBACK_KINDS, FEEDBACK_METHODS, LANGUAGES
from ..feedback.communication_needs import (
    AND_ENGLISH,
    NEEDS_COLUMNS,
    NeedPart,
    PersonNeeds,
    needs_parts,
)
from ..feedback.owed import owed_people
from ..office_filter import in_offices, offices_of
from ..text_fold import match_words
from .pages import Sort, _ids, _order

_PERSON_WORDS = (Person.first_name, Person.last_name, Person.preferred_name, Person.ref,
                 Person.town, Person.postcode)


def language_label(code: str, bilingual: bool = False) -> str:
    name = LANGUAGES.get(code, code)
    return AND_ENGLISH.format(language=name) if bilingual and code != "en" else name


# ------------------------------------------------------------------------------ waiting to hear

@dataclass(frozen=True)
class OwedFilter:
    text: str = ""
    kind: str | None = None      # update, decision, change_made
    format: str | None = None    # the person's feedback format


@dataclass(frozen=True)
class OwedRow:
    id: int  # the person's id
    name: str
    ref: str
    since: date  # waiting since (the oldest thing they are owed)
    waited_days: int
    kind: str
    kind_label: str
    format: str
    format_label: str
    language_label: str
    suggestion_count: int
    phone: str
    suggestion_ids: tuple[int, ...]
    needs: tuple[NeedPart, ...] = ()  # the communication needs flag (communication_needs.py)

    @property
    def wants_a_call(self) -> bool:
        return self.format == "phone"


def _owed_sort_key(key: str) -> Callable[[Any], Any]:
    keys = {
        "name": lambda p: p.display_name.casefold(),
        "kind": lambda p: FEEDBACK_KINDS.get(p.kind, p.kind),
        "format": lambda p: FEEDBACK_FORMATS.get(p.feedback_format, p.feedback_format),
        "language": lambda p: LANGUAGES.get(p.language, p.language),
        "suggestions": lambda p: len(p.items),
    }
    return keys.get(key, lambda p: p.since)


OWED_DEFAULT_SORT = Sort("since")
SENT_DEFAULT_SORT = Sort("sent_on", True)


def owed_ids(session: Session, flt: OwedFilter = OwedFilter(), sort: Sort = OWED_DEFAULT_SORT,
             *, today: date | None = None) -> list[int]:
    """Ids of the people waiting to hear back that match, the longest-waiting first unless
    another order is asked for."""
    wanted = None
    if flt.text.strip():
        query = match_words(select(Person.id).where(Person.erased_at.is_(None)), flt.text,
                             _PERSON_WORDS)
        wanted = list(session.scalars(query))
        if not wanted:
            return []
    owed = owed_people(session, today=today, person_ids=wanted)
    owed = [p for p in owed if (flt.kind is None or p.kind == flt.kind)
            and (flt.format is None or p.feedback_format == flt.format)]
    key = _owed_sort_key(sort.key)
    # owed_people is already oldest first, and sorted() is stable: ties keep that order.
    owed = sorted(owed, key=key, reverse=sort.descending)
    return [p.person_id for p in owed]


def owed_rows(session: Session, ids: Sequence[int], *, today: date | None = None
              ) -> dict[int, OwedRow]:
    """Rows for these people (a person no longer waiting has no row)."""
    if not ids:
        return {}
    today = today or date.today()
    columns = [getattr(Person, name) for name in NEEDS_COLUMNS]
    people = {pid: (phone or "", PersonNeeds(*needs)) for pid, phone, *needs in session.execute(
        select(Person.id, Person.phone, *columns).where(Person.id.in_(list(ids))))}
    rows = {}
    for p in owed_people(session, today=today, person_ids=list(ids)):
        phone, needs = people.get(p.person_id, ("", PersonNeeds()))
        rows[p.person_id] = OwedRow(
            id=p.person_id, name=p.display_name, ref=p.ref, since=p.since,
            waited_days=(today - p.since).days, kind=p.kind,
            kind_label=FEEDBACK_KINDS.get(p.kind, p.kind), format=p.feedback_format,
            format_label=FEEDBACK_FORMATS.get(p.feedback_format, p.feedback_format),
            language_label=language_label(p.language, bool(needs.bilingual)),
            suggestion_count=len(p.items), phone=phone, suggestion_ids=p.suggestion_ids,
            needs=needs_parts(needs))
    return rows


# --------------------------------------------------------------------------------- sent already

@dataclass(frozen=True)
class SentFilter:
    text: str = ""
    kind: str | None = None
    method: str | None = None


@dataclass(frozen=True)
class SentRow:
    id: int  # the feedback's id
    person_id: int
    name: str
    sent_on: date
    kind_label: str
    format: str
    format_label: str
    method_label: str
    language: str
    sent_by: str
    suggestion_count: int


def _sent_suggestion_count() -> ScalarSelect[int]:
    return (select(func.count()).select_from(feedback_suggestion)
            .where(feedback_suggestion.c.feedback_id == Feedback.id).scalar_subquery())


SENT_SORTS = {
    "sent_on": (Feedback.sent_on,),
    "name": (func.lower(Person.last_name), func.lower(Person.first_name)),
    "kind": (Feedback.kind,),
    "format": (Feedback.format,),
    "method": (Feedback.method,),
    "sent_by": (func.lower(Feedback.sent_by),),
    "suggestions": (_sent_suggestion_count(),),
}


def sent_ids(session: Session, flt: SentFilter = SentFilter(),
             sort: Sort = SENT_DEFAULT_SORT, *, limit: int | None = None) -> list[int]:
    """Ids of the feedback sent that matches, newest first unless another order is asked for."""
    query = (select(Feedback.id).join(Person, Person.id == Feedback.person_id)
             .where(*in_offices(offices_of(session), Person.office_id)))
    query = match_words(query, flt.text, (*_PERSON_WORDS, Feedback.sent_by))
    if flt.kind:
        query = query.where(Feedback.kind == flt.kind)
    if flt.method:
        query = query.where(Feedback.method == flt.method)
    return _ids(session, _order(query, SENT_SORTS, sort, "sent_on", Feedback.id), limit)


def sent_rows(session: Session, ids: Sequence[int]) -> dict[int, SentRow]:
    if not ids:
        return {}
    query = (select(Feedback.id, Feedback.person_id, Person.preferred_name, Person.first_name,
                    Person.last_name, Person.erased_at, Feedback.sent_on, Feedback.kind,
                    Feedback.format, Feedback.method, Feedback.language, Feedback.sent_by,
                    _sent_suggestion_count())
             .join(Person, Person.id == Feedback.person_id)
             .where(Feedback.id.in_(list(ids))))
    rows = {}
    for (fid, pid, preferred, first, last, erased, sent_on, kind, fmt, method, language,
         sent_by, count) in session.execute(query):
        name = ("(details removed)" if erased is not None
                else f"{preferred or first} {last}".strip())
        rows[fid] = SentRow(fid, pid, name, sent_on, FEEDBACK_KINDS.get(kind, kind), fmt,
                            FEEDBACK_FORMATS.get(fmt, fmt), FEEDBACK_METHODS.get(method, method),
                            language, sent_by, count or 0)
    return rows
