"""Ready-made periods for the filters: this month, last month, this year..."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication

from ..services.browse.home import month_bounds
from .qt_types import QT_TRANSLATE_NOOP

PERIODS = {
    "any": QT_TRANSLATE_NOOP("periods", "Any time"),
    "this_month": QT_TRANSLATE_NOOP("periods", "This month"),
    "last_month": QT_TRANSLATE_NOOP("periods", "Last month"),
    "last_3_months": QT_TRANSLATE_NOOP("periods", "Last 3 months"),
    "this_year": QT_TRANSLATE_NOOP("periods", "This calendar year"),
    "last_12_months": QT_TRANSLATE_NOOP("periods", "Last 12 months"),
}


def period_items() -> list[tuple[str, str]]:
    return [(key, QCoreApplication.translate("periods", label)) for key, label in PERIODS.items()]


def period_range(key: str | None, today: date) -> tuple[date | None, date | None]:
    """First and last day of a named period (None, None for any time)."""
    if key == "this_month":
        return month_bounds(today)
    if key == "last_month":
        return month_bounds(today.replace(day=1) - timedelta(days=1))
    if key == "last_3_months":
        return today - timedelta(days=91), today
    if key == "this_year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    if key == "last_12_months":
        return today - timedelta(days=365), today
    return None, None
