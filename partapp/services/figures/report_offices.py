"""The report's figures for each office, when the whole organisation's report is made.

Each office's figures are counted exactly as the whole report's are, with the counts limited
to that office's activities, suggestions and changes (services/office_filter.report_for). The
people involved are counted once in each office they took part in, so the offices' people can
add up to more than the organisation's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..office_filter import offices_of, report_for
from ..records.offices import has_offices, list_offices
from .period import Figures, period_figures


@dataclass(frozen=True)
class OfficeFigures:
    name: str
    figures: Figures


def by_office(session: Session, start: date, end: date, promise: int
              ) -> tuple[OfficeFigures, ...]:
    """Each office's figures for the period, in the offices' order (an office no longer in
    use only if it did anything in the period); none when the report is for some offices
    only, or the organisation has one office."""
    if offices_of(session) is not None or not has_offices(session):
        return ()
    result = []
    for office in list_offices(session):
        assert office.id is not None
        with report_for(session, frozenset({office.id})):
            figures = period_figures(session, start, end, promise_days=promise)
        if office.active or figures.activities or figures.suggestions or figures.changes_done:
            result.append(OfficeFigures(office.name, figures))  # a closed office: if it did work
    return tuple(result)
