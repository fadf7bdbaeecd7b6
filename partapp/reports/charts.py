"""Simple bar charts drawn with reportlab.graphics, readable in black-and-white print.

Every bar has its number written beside it, so no one needs to read a scale or tell greys
apart. When two periods are compared, this period is a solid dark bar and the last period a
white bar with diagonal lines, with a key above the chart. In the tagged PDF each chart is a
Figure whose alternative text says the same numbers in words.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.pdfbase.pdfmetrics import stringWidth

from .annual_tags import Chart
from .report_styles import DARK, INK, MID, PAPER, RULE

FONT_SIZE = 9


def _drawing(width: float, height: float, font: str, alt: str) -> Chart:
    """A drawing whose starting font is ours, so the PDF names no font it does not embed, and
    whose alternative text is ``alt``."""
    drawing = Chart(width, height)
    drawing.initialFontName = font
    drawing.pdf_alt = alt
    return drawing


def _alt(title: str, parts: Sequence[str]) -> str:
    """ "Bar chart: Suggestions by month. Jan 2025 12, Feb 13." """
    heading = f"Bar chart: {title}." if title else "Bar chart."
    return f"{heading} {'; '.join(parts)}." if parts else f"{heading} No bars."


def _wrap(text: str, font: str, size: float, width: float, max_lines: int = 2) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split():
        trial = f"{current} {word}".strip()
        if stringWidth(trial, font, size) <= width or not current:
            current = trial
        else:
            lines.append(current)
            current = word
    lines.append(current)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1].rstrip(".,") + "\u2026"
    return lines


def _hatch(x: float, y: float, w: float, h: float, spacing: float = 3.5) -> list[Line]:
    """Diagonal lines (bottom-left to top-right) filling the box, clipped to it."""
    lines = []
    k = -w
    while k < h:
        x1 = max(0.0, -k)
        x2 = min(w, h - k)
        if x2 > x1:
            lines.append(Line(x + x1, y + x1 + k, x + x2, y + x2 + k, strokeColor=INK,
                              strokeWidth=0.5))
        k += spacing
    return lines


def _bar(drawing: Drawing, x: float, y: float, w: float, h: float, *, hatched: bool,
         fill: Any=DARK) -> None:
    if hatched:
        drawing.add(Rect(x, y, w, h, fillColor=PAPER, strokeColor=None))
        for line in _hatch(x, y, w, h):
            drawing.add(line)
        drawing.add(Rect(x, y, w, h, fillColor=None, strokeColor=INK, strokeWidth=0.8))
    else:
        drawing.add(Rect(x, y, w, h, fillColor=fill, strokeColor=INK, strokeWidth=0.8))


def _key(drawing: Drawing, x: float, y: float, names: Sequence[str], font: str) -> None:
    for i, name in enumerate(names):
        _bar(drawing, x, y, 16, 9, hatched=i == 1)
        drawing.add(String(x + 21, y + 1, name, fontName=font, fontSize=FONT_SIZE,
                           fillColor=INK))
        x += 21 + stringWidth(name, font, FONT_SIZE) + 18


def hbar_chart(rows: Sequence[tuple[str, int]], *, width: float, font: str, bold: str,
               previous: Sequence[int] | None = None,
               series: tuple[str, str] = ("This period", "Last period"),
               value_suffix: str = "", title: str = "") -> Chart:
    """Horizontal bars, one row per label; with ``previous`` a second, hatched bar per row.
    ``title`` starts the alternative text."""
    label_w = min(150.0, width * 0.36)
    value_w = 60.0
    bar_area = max(40.0, width - label_w - value_w - 8)
    bar_h = 11.0
    gap = 9.0
    per_row = bar_h * (2 if previous is not None else 1) + (2 if previous is not None else 0)
    key_h = 20.0 if previous is not None else 0.0
    height = key_h + len(rows) * (per_row + gap) + 4
    if previous is None:
        words = [f"{label} {value:,}{value_suffix}" for label, value in rows]
    else:
        words = [f"{label}: {series[0]} {value:,}{value_suffix}, {series[1]} "
                 f"{before:,}{value_suffix}" for (label, value), before in zip(rows, previous)]
    drawing = _drawing(width, height, font, _alt(title, words))
    values = [v for _label, v in rows] + list(previous or [])
    top = max(values, default=0) or 1
    if previous is not None:
        _key(drawing, label_w + 8, height - 12, series, font)
    y = height - key_h - per_row - 2
    x0 = label_w + 8
    drawing.add(Line(x0, 2, x0, height - key_h, strokeColor=RULE, strokeWidth=0.8))
    for i, (label, value) in enumerate(rows):
        lines = _wrap(label, font, FONT_SIZE, label_w)
        mid = y + per_row / 2
        start = mid + (len(lines) - 1) * (FONT_SIZE + 1) / 2 - FONT_SIZE / 3
        for n, line in enumerate(lines):
            drawing.add(String(label_w, start - n * (FONT_SIZE + 1), line, fontName=font,
                               fontSize=FONT_SIZE, fillColor=INK, textAnchor="end"))
        bars = [(value, False)]
        if previous is not None:
            bars.append((previous[i], True))
        for j, (amount, hatched) in enumerate(bars):
            by = y + per_row - (j + 1) * bar_h - j * 2
            w = bar_area * amount / top
            if amount:
                _bar(drawing, x0, by, max(w, 1.5), bar_h, hatched=hatched)
            drawing.add(String(x0 + w + 4, by + 2.5, f"{amount:,}{value_suffix}",
                               fontName=bold if not hatched else font, fontSize=FONT_SIZE,
                               fillColor=INK))
        y -= per_row + gap
    return drawing


def vbar_chart(columns: Sequence[tuple[str, str, int | float | None]], *, width: float,
               font: str, bold: str, height: float = 150.0,
               texts: Sequence[str] | None = None, top: float | None = None,
               title: str = "") -> Chart:
    """Upright bars with a label (and an optional second label line) under each, value above.

    ``texts``, if given, is written above each bar instead of its value; a value of None draws
    no bar (only the text), for a figure that is not shown as a bar, such as "2 of 7". ``top``
    is the value of a full-height bar (100 for percentages); by default the largest value.
    ``title`` starts the alternative text."""
    words = [f"{label} {second}".strip() + " " + (texts[i] if texts is not None else f"{value:,}")
             for i, (label, second, value) in enumerate(columns)]
    drawing = _drawing(width, height, font, _alt(title, words))
    n = max(len(columns), 1)
    slot = width / n
    bar_w = min(28.0, slot * 0.7)
    base = 2 * (FONT_SIZE + 2) + 4
    area = height - base - FONT_SIZE - 6
    if top is None:
        top = max((v for _a, _b, v in columns if v is not None), default=0) or 1
    drawing.add(Line(0, base, width, base, strokeColor=INK, strokeWidth=0.8))
    for i, (label, second, value) in enumerate(columns):
        cx = slot * i + slot / 2
        h = area * (value or 0) / top
        if value:
            drawing.add(Rect(cx - bar_w / 2, base, bar_w, max(h, 1.5), fillColor=MID,
                             strokeColor=INK, strokeWidth=0.8))
        text = texts[i] if texts is not None else f"{value:,}"
        drawing.add(String(cx, base + h + 3, text, fontName=bold, fontSize=FONT_SIZE,
                           fillColor=INK, textAnchor="middle"))
        drawing.add(String(cx, base - FONT_SIZE - 2, label, fontName=font, fontSize=FONT_SIZE,
                           fillColor=INK, textAnchor="middle"))
        if second:
            drawing.add(String(cx, base - 2 * FONT_SIZE - 5, second, fontName=font,
                               fontSize=FONT_SIZE, fillColor=INK, textAnchor="middle"))
    return drawing
