"""How dates, money and counts are written on screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from .qt_types import QT_TRANSLATE_NOOP

_MONTHS = (  # literal, so lupdate finds each one; format_date translates them
    QT_TRANSLATE_NOOP("formatting", "Jan"), QT_TRANSLATE_NOOP("formatting", "Feb"),
    QT_TRANSLATE_NOOP("formatting", "Mar"), QT_TRANSLATE_NOOP("formatting", "Apr"),
    QT_TRANSLATE_NOOP("formatting", "May"), QT_TRANSLATE_NOOP("formatting", "Jun"),
    QT_TRANSLATE_NOOP("formatting", "Jul"), QT_TRANSLATE_NOOP("formatting", "Aug"),
    QT_TRANSLATE_NOOP("formatting", "Sep"), QT_TRANSLATE_NOOP("formatting", "Oct"),
    QT_TRANSLATE_NOOP("formatting", "Nov"), QT_TRANSLATE_NOOP("formatting", "Dec"))
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def format_date(value: date | None) -> str:
    """3 Mar 2025, 3 Maw 2025 in Welsh (empty for no date)."""
    if value is None:
        return ""
    month = QCoreApplication.translate("formatting", _MONTHS[value.month - 1])
    return f"{value.day} {month} {value.year}"


def format_money(value: Decimal | float | int) -> str:
    return f"\u00a3{Decimal(value):,.2f}"


def format_hours(value: Decimal | float | int) -> str:
    number = Decimal(value)
    return f"{number.normalize():f}" if number == number.to_integral() else f"{number:.2f}"


def plural(count: int, one: str, many: str, **values: object) -> str:
    """'1 person', '3 people': ``many`` may contain {n}; both may name other ``values``."""
    return (one if count == 1 else many).format(n=count, **values)


def first_line(text: str, limit: int = 120) -> str:
    line = " ".join(text.split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "\u2026"


def person_label(name: str, ref: str, town: str = "") -> str:
    """How a person is shown in pickers and lists: "Siân Evans (P0012, Bangor)"."""
    return f"{name} ({ref}{', ' + town if town else ''})"
