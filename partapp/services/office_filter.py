"""Which offices' records a session shows: the rule every list, count and letter run uses.

A session carries the offices it shows in ``session.info["offices"]`` (``Database.offices``):
None for every office (one office, nobody signed in, or "All offices" chosen), else a set of
office ids. A record belongs to one office; a letter belongs to its person's office, so the
letters owed and sent are those of the people of the offices shown. Who may choose which
offices is services/access/office_scope.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import ColumnElement, event, select
from sqlalchemy.orm import ORMExecuteState, Session, with_loader_criteria

from ..models import FIRST_OFFICE, Activity, Change, Person, Suggestion

Offices = frozenset[int] | None  # None: every office


def offices_of(session: Session) -> Offices:
    """The offices this session shows (None: every office)."""
    offices = session.info.get("offices")
    return offices if isinstance(offices, frozenset) else None


def in_offices(offices: Offices, column: Any) -> list[ColumnElement[bool]]:
    """The condition that ``column`` (a record's ``office_id``) is one of ``offices``: no
    condition at all for every office, so a one-office file reads exactly as before."""
    return [] if offices is None else [column.in_(sorted(offices))]


def people_in_offices(offices: Offices, person_id: Any) -> list[ColumnElement[bool]]:
    """The condition that ``person_id`` is a person of ``offices`` (for letters and links)."""
    if offices is None:
        return []
    return [person_id.in_(select(Person.id).where(Person.office_id.in_(sorted(offices))))]



def home_office(offices: Offices) -> int:
    """The office a new record joins: the office shown (the first, when several are), else
    the first office."""
    return min(offices) if offices else FIRST_OFFICE


@event.listens_for(Session, "before_flush")
def _new_records_join_the_office_shown(session: Session, _context: Any, _instances: Any) -> None:
    """A person, activity, suggestion or change added without an office joins the office the
    person adding it is looking at (a suggestion made at an activity, the activity's office),
    so it never vanishes from their own lists as it is saved."""
    offices = offices_of(session)
    for record in list(session.new):
        if not isinstance(record, REPORT_SCOPED + (Person,)) or record.office_id is not None:
            continue
        if isinstance(record, Suggestion) and record.activity_id is not None:
            activity = session.get(Activity, record.activity_id)
            if activity is not None and activity.office_id is not None:
                record.office_id = activity.office_id
                continue
        if isinstance(record, Suggestion) and record.activity is not None \
                and record.activity.office_id is not None:
            record.office_id = record.activity.office_id
            continue
        record.office_id = home_office(offices)

# The annual report for some offices --------------------------------------------------------
# The report runs some forty counts. Rather than repeat an office condition in each, a report
# for some offices runs in ``report_for``: while it lasts every ORM SELECT of the session reads
# only those offices' activities, suggestions and changes, wherever they appear in the
# statement (SQLAlchemy's with_loader_criteria, added by the listener below). This is safe for
# the report's counts because each of them asks for records *in* the period, never for records
# *not* in a set: a "NOT IN (suggestions of this office)" would read the other way round, so
# the list pages and letters use the plain conditions above instead. People are not limited:
# someone who came to one office's meeting counts for that office.

REPORT_SCOPED = (Activity, Suggestion, Change)
_REPORT_KEY = "report_offices"


@contextmanager
def report_for(session: Session, offices: Offices) -> Iterator[None]:
    """Count the report for ``offices`` (None: the whole organisation) while the block runs;
    the letters owed in it are those of the people of those offices."""
    before = session.info.get(_REPORT_KEY), session.info.get("offices")
    session.info[_REPORT_KEY] = offices
    session.info["offices"] = offices
    try:
        yield
    finally:
        session.info[_REPORT_KEY], session.info["offices"] = before


def report_offices(session: Session) -> Offices:
    offices = session.info.get(_REPORT_KEY)
    return offices if isinstance(offices, frozenset) else None


@event.listens_for(Session, "do_orm_execute")
def _report_counts_only_these_offices(state: ORMExecuteState) -> None:
    if not state.is_select or state.is_column_load or state.is_relationship_load:
        return
    offices = report_offices(state.session)
    if offices is None:
        return
    ids = sorted(offices)
    state.statement = state.statement.options(*(
        with_loader_criteria(entity, entity.office_id.in_(ids), include_aliases=True,
                             propagate_to_loaders=False)
        for entity in REPORT_SCOPED))
