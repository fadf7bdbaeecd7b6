"""The activities list: lazy rows from services.browse.pages."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ...services.browse.pages import ActivityFilter, ActivityRow, Sort, activity_ids, activity_rows
from .. import translations
from ..formatting import format_date
from ..qt_types import QT_TRANSLATE_NOOP
from .lazy_table import Column, LazyTableModel


class ActivitiesModel(LazyTableModel[ActivityRow]):
    columns = (
        Column("held_on", QT_TRANSLATE_NOOP("ActivitiesModel", "Date"),
               lambda r: format_date(r.held_on), chars=11),
        Column("title", QT_TRANSLATE_NOOP("ActivitiesModel", "Title"),
               lambda r: r.title, tooltip=lambda r: r.title),
        Column("activity_type", QT_TRANSLATE_NOOP("ActivitiesModel", "Type"),
               lambda r: translations.label(r.activity_type), chars=16),
        Column("service", QT_TRANSLATE_NOOP("ActivitiesModel", "Service"),
               lambda r: r.service_name, chars=14),
        Column("involvement", QT_TRANSLATE_NOOP("ActivitiesModel", "Involvement"),
               lambda r: r.involvement_label, chars=12),
        Column("attendees", QT_TRANSLATE_NOOP("ActivitiesModel", "People"),
               lambda r: str(r.total_attendees), right=True),
        Column("suggestions", QT_TRANSLATE_NOOP("ActivitiesModel", "Suggestions"),
               lambda r: str(r.suggestion_count), right=True),
    )
    default_sort = Sort("held_on", True)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.filter = ActivityFilter()

    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        return activity_ids(session, self.filter, sort)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ActivityRow]:
        return activity_rows(session, ids)
