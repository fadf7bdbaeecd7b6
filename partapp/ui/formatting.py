"""How dates, money and counts are written on screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")


def format_date(value: date | None) -> str:
    """3 Mar 2025 (empty for no date)."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


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
