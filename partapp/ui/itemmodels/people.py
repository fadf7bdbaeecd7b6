"""The people list: lazy rows from services.browse.pages."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from ...services.browse.pages import PeopleFilter, PersonRow, Sort, people_ids, people_rows
from .. import translations
from ..qt_types import QT_TRANSLATE_NOOP
from .lazy_table import Column, LazyTableModel


class PeopleModel(LazyTableModel[PersonRow]):
    columns = (
        Column("name", QT_TRANSLATE_NOOP("PeopleModel", "Name"),
               lambda r: r.name),
        Column("ref", QT_TRANSLATE_NOOP("PeopleModel", "Reference"),
               lambda r: r.ref),
        Column("town", QT_TRANSLATE_NOOP("PeopleModel", "Town"),
               lambda r: r.town, chars=14),
        Column("postcode", QT_TRANSLATE_NOOP("PeopleModel", "Postcode"),
               lambda r: r.postcode),
        Column("feedback_format", QT_TRANSLATE_NOOP("PeopleModel", "Hears back by"),
               lambda r: translations.label(r.feedback_format)),
        Column("groups", QT_TRANSLATE_NOOP("PeopleModel", "Groups"),
               lambda r: r.groups, tooltip=lambda r: r.groups, chars=24),
    )
    default_sort = Sort("name")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.filter = PeopleFilter()

    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        return people_ids(session, self.filter, sort, today=self.context.today())

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, PersonRow]:
        return people_rows(session, ids)
