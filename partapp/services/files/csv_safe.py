"""Writing CSV files that are safe to open in a spreadsheet program.

A cell that starts with ``=``, ``+``, ``-``, ``@`` (or a tab or carriage return) can be run as a
formula by Excel or LibreOffice ("CSV injection"). Such cells get a leading apostrophe, which
spreadsheets show as plain text. Files are UTF-8 with a byte order mark so Excel reads names
such as Siân and Łukasz correctly.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from .output_files import open_output

DANGEROUS_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> str:
    """The text to write for one cell, guarded against formula injection."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, (int, float, Decimal)):
        return str(value)  # a number is data, even when negative
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    if text.startswith(DANGEROUS_START):
        return "'" + text
    return text


def unguard(text: str) -> str:
    """The original text of a guarded cell (for tests and re-imports)."""
    if text.startswith("'") and text[1:].startswith(DANGEROUS_START):
        return text[1:]
    return text


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]], *,
              what: str = "the spreadsheet file") -> Path:
    path = Path(path)
    with open_output(path, "w", what=what, newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow([safe_cell(h) for h in header])
        for row in rows:
            writer.writerow([safe_cell(v) for v in row])
    return path
