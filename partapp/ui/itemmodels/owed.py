"""The Letters page's lists: people waiting to hear back (one row per person, the longest
waiting first) and the feedback already sent. Lazy rows from services.browse.browse_feedback."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from sqlalchemy.orm import Session

from ...services.browse.browse_feedback import (
    OwedFilter,
    OwedRow,
    SentFilter,
    SentRow,
    owed_ids,
    owed_rows,
    sent_ids,
    sent_rows,
)
from ...services.browse.pages import Sort
from .. import translations
from ..formatting import format_date
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.needs import needs_text
from .lazy_table import Column, LazyTableModel


def _tr(text: str, disambiguation: str = "", n: int = -1) -> str:
    """Module-level tr(): lupdate puts these in the context "" (``n`` for "%n" plural forms)."""
    return QCoreApplication.translate("", text, disambiguation or None, n)


def waited_text(days: int) -> str:
    """How long someone has waited, in the unit people would say: days, weeks or months."""
    if days <= 0:
        return _tr("Since today")
    if days < 14:
        return _tr("%n days", "", days)
    if days < 63:
        return _tr("%n weeks", "", days // 7)
    return _tr("%n months", "", days // 30)


def _waited(row: OwedRow) -> str:
    return waited_text(row.waited_days)


def _since(row: OwedRow) -> str:
    return _tr("Waiting since {date}").format(date=format_date(row.since))


def _needs(row: OwedRow) -> str:
    """The person's communication needs flag, or their format when it is standard print."""
    return needs_text(row.needs) or translations.label(row.format_label)


class OwedModel(LazyTableModel[OwedRow]):
    columns = (
        Column("name", QT_TRANSLATE_NOOP("OwedModel", "Name"), lambda r: r.name,
               tooltip=lambda r: r.ref),
        Column("since", QT_TRANSLATE_NOOP("OwedModel", "Waiting for"), _waited,
               tooltip=_since, chars=12),
        Column("kind", QT_TRANSLATE_NOOP("OwedModel", "Kind of letter"),
               lambda r: translations.label(r.kind_label), chars=18),
        Column("format", QT_TRANSLATE_NOOP("OwedModel", "Communication needs"), _needs,
               tooltip=_needs, chars=38),
        Column("suggestions", QT_TRANSLATE_NOOP("OwedModel", "Suggestions"),
               lambda r: str(r.suggestion_count), right=True),
    )
    default_sort = Sort("since")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.filter = OwedFilter()

    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        return owed_ids(session, self.filter, sort, today=self.context.today())

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, OwedRow]:
        return owed_rows(session, ids, today=self.context.today())


class SentLettersModel(LazyTableModel[SentRow]):
    columns = (
        Column("name", QT_TRANSLATE_NOOP("SentLettersModel", "Name"), lambda r: r.name),
        Column("sent_on", QT_TRANSLATE_NOOP("SentLettersModel", "Sent on"),
               lambda r: format_date(r.sent_on), chars=12),
        Column("kind", QT_TRANSLATE_NOOP("SentLettersModel", "Kind of letter"),
               lambda r: translations.label(r.kind_label), chars=18),
        Column("method", QT_TRANSLATE_NOOP("SentLettersModel", "How it was sent"),
               lambda r: translations.label(r.method_label), chars=14),
        Column("format", QT_TRANSLATE_NOOP("SentLettersModel", "Format"),
               lambda r: translations.label(r.format_label), chars=12),
        Column("sent_by", QT_TRANSLATE_NOOP("SentLettersModel", "Sent by"),
               lambda r: r.sent_by, chars=12),
        Column("suggestions", QT_TRANSLATE_NOOP("SentLettersModel", "Suggestions"),
               lambda r: str(r.suggestion_count), right=True),
    )
    default_sort = Sort("sent_on", True)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.filter = SentFilter()

    def fetch_ids(self, session: Session, sort: Sort) -> list[int]:
        return sent_ids(session, self.filter, sort)

    def fetch_rows(self, session: Session, ids: Sequence[int]) -> dict[int, SentRow]:
        return sent_rows(session, ids)
