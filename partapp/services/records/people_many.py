"""Adding and updating many people at once (an import), with save_person's rules.

Every person goes through the same checks as the form's save (``people.checked``: every field,
the groups, a reference nobody else has, made up when empty), gets the same audit line, and the
version column moves on as it does for one save. What differs is only how often the database
is asked: the groups and the references are read once for all of them, and people are written
a hundred at a time (one flush: SQLAlchemy sends their inserts as one statement of many rows),
instead of a few queries and a flush per person. All in the caller's one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext

from sqlalchemy.orm import Session

from ...models import Person
from ..access import audit
from ..access.auth import require
from ..changed import Changed, operation
from . import versions
from .people import PersonData, _get, checked, known_for, next_ref

BATCH = 100  # people per flush


@operation(Changed.PERSON)
def save_people(session: Session, people: Sequence[tuple[PersonData, int | None]], *,
                checking: Callable[[int], AbstractContextManager[object]] | None = None,
                ) -> list[int]:
    """Add (person id None) or update each ``(data, person_id)``; returns their ids, in order.

    ``checking(index)``, when given, is a context manager around the checks of the person at
    ``index`` (an import uses it to name the spreadsheet row a problem is on). A reference may
    be used once in ``people``: a second use is refused as one already taken would be.
    """
    require(session, "volunteer")
    known = known_for(session, [data.ref for data, _person_id in people])
    made_up = _MadeUpRefs(session)
    saved: list[tuple[Person, str, str]] = []  # (person, audit action, audit note)
    audited = 0
    for index, (data, person_id) in enumerate(people):
        with checking(index) if checking is not None else nullcontext():
            values, groups = checked(data, person_id, known)
        if person_id is None:
            values["ref"] = values["ref"] or made_up.next(known.refs)
            person = Person(**values)
            session.add(person)
            action, note = "create", ""
        else:
            person = _get(session, person_id)
            note = versions.check_version(session, person, "person", data.version,
                                          data.keep_mine)
            if not values["ref"]:
                values["ref"] = person.ref
            for key, value in values.items():
                setattr(person, key, value)
            action = "update"
        person.groups = groups
        # Taken from here on: the same reference again later in ``people`` is refused.
        known.refs.setdefault(values["ref"], person_id if person_id is not None else -1 - index)
        saved.append((person, action, note))
        if len(saved) - audited == BATCH or index == len(people) - 1:
            versions.flush(session, "person")  # the new people have their ids now
            for person, action, note in saved[audited:]:
                audit.record(session, action, "person", person.id, note)
            audited = len(saved)
    return [person.id for person, _action, _note in saved]


class _MadeUpRefs:
    """save_person's automatic references (P0042...), for many people: the next free one each
    time, counting those made up earlier in the same save."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.number: int | None = None

    def next(self, taken: dict[str, int]) -> str:
        if self.number is None:
            self.number = int(next_ref(self.session)[1:])
        while f"P{self.number:04d}" in taken:
            self.number += 1
        ref = f"P{self.number:04d}"
        self.number += 1
        return ref
