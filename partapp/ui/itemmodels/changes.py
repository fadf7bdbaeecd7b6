"""The changes list: lazy rows from services.browse.pages."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ...services.browse.pages import ChangeFilter, ChangeRow, Sort, change_ids, change_rows
from .. import translations
from ..formatting import first_line, format_date
from ..qt_types import QT_TRANSLATE_NOOP
from .lazy_table import Column, LazyTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def _due(row: ChangeRow) -> str:
    text = format_date(row.due_on)
    return _tr("{date} (late)").format(date=text) if row.past_due else text


class ChangesModel(LazyTableModel[ChangeRow]):
    columns = (
        Column("description", QT_TRANSLATE_NOOP("ChangesModel", "What we did"),
               lambda r: first_line(r.description),
               tooltip=lambda r: r.description),
        Column("status", QT_TRANSLATE_NOOP("ChangesModel", "Status"),
               lambda r: translations.label(r.status_label), chars=12),
        Column("owner", QT_TRANSLATE_NOOP("ChangesModel", "Who is doing it"),
               lambda r: r.owner, chars=16),
        Column("service", QT_TRANSLATE_NOOP("ChangesModel", "Service"),
               lambda r: r.service_name, chars=14),
        Column("due_on", QT_TRANSLATE_NOOP("ChangesModel", "Due"),
               _due, chars=18),
        Column("done_on", QT_TRANSLATE_NOOP("ChangesModel", "Done on"),
               lambda r: format_date(r.done_on), chars=11),
        Column("suggestions", QT_TRANSLATE_NOOP("ChangesModel", "Suggestions"),
               lambda r: str(r.suggestion_count), right=True),
    )
    default_sort = Sort("due_on")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.filter = ChangeFilter()

    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        return change_ids(session, self.filter, sort, today=self.context.today())

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, ChangeRow]:
        return change_rows(session, ids, today=self.context.today())
