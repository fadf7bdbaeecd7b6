"""The suggestions list: lazy rows from services.browse.browse_suggestions (fine with 100,000)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ...services.browse.browse_suggestions import (
    SuggestionFilter,
    SuggestionRow,
    suggestion_ids,
    suggestion_rows,
)
from ...services.browse.pages import Sort
from .. import translations
from ..formatting import first_line, format_date
from ..qt_types import QT_TRANSLATE_NOOP
from .lazy_table import Column, LazyTableModel


def _tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def _raised_by(row: SuggestionRow) -> str:
    return _tr("Anonymous") if row.anonymous else row.raised_by


class SuggestionsModel(LazyTableModel[SuggestionRow]):
    columns = (
        Column("raised_on", QT_TRANSLATE_NOOP("SuggestionsModel", "Raised on"),
               lambda r: format_date(r.raised_on), chars=11),
        Column("text", QT_TRANSLATE_NOOP("SuggestionsModel", "What they said"),
               lambda r: first_line(r.text), tooltip=lambda r: r.text),
        Column("status", QT_TRANSLATE_NOOP("SuggestionsModel", "Status"),
               lambda r: translations.label(r.status_label), chars=20),
        Column("raised_by", QT_TRANSLATE_NOOP("SuggestionsModel", "Raised by"),
               _raised_by, tooltip=_raised_by, chars=16),
        Column("kind", QT_TRANSLATE_NOOP("SuggestionsModel", "Kind"),
               lambda r: translations.label(r.kind), chars=10),
        Column("service", QT_TRANSLATE_NOOP("SuggestionsModel", "Service"),
               lambda r: r.service_name, chars=14),
    )
    default_sort = Sort("raised_on", True)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.filter = SuggestionFilter()

    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        return suggestion_ids(session, self.filter, sort, today=self.context.today())

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, SuggestionRow]:
        return suggestion_rows(session, ids)
