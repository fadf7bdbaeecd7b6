"""Styles, greys and number wording for the annual report: one place for how it looks.

Every colour is a grey, so the report prints the same on a black-and-white printer; where two
things must be told apart, they also differ by pattern or by a written label.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from reportlab.lib.colors import Color, black, white
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, TableStyle

from ..services.figures.report_data import SMALL_BASE, pct
from .annual_tags import Paragraph, data_table
from .fonts import paragraph_markup, register_fonts

INK = black
PAPER = white
DARK = Color(0.25, 0.25, 0.25)
MID = Color(0.55, 0.55, 0.55)
LIGHT = Color(0.88, 0.88, 0.88)
RULE = Color(0.6, 0.6, 0.6)

PAGE_MARGIN = 20 * mm
BODY_SIZE = 11
# A table row taller than the room left on a page (a very long reason or description) is
# split between pages, at least this many points on each part; otherwise reportlab gives up
# with a LayoutError and no report is made.
SPLIT_IN_ROW = 24
# A word longer than this (a pasted web address, a key held down) is cut into pieces of
# WORD_PIECE letters, each starting a new line. reportlab can break a long word itself, but it
# measures the word again for every line, so a 20,000-letter word took many seconds; pieces
# this short fit the narrowest column, so no word is ever measured more than once.
LONGEST_WORD = 60
WORD_PIECE = 30
_LONG_WORD = re.compile(rf"\S{{{LONGEST_WORD + 1},}}")


@dataclass(frozen=True)
class Styles:
    regular: str
    bold: str
    cover_org: ParagraphStyle
    cover_title: ParagraphStyle
    cover_sub: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    h2_free: ParagraphStyle  # h2 without keep-with-next, for headings over long tables
    h3: ParagraphStyle
    body: ParagraphStyle
    lead: ParagraphStyle
    small: ParagraphStyle
    quote: ParagraphStyle
    bullet: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_right: ParagraphStyle
    toc1: ParagraphStyle
    toc2: ParagraphStyle


def make_styles() -> Styles:
    """The report's paragraph styles, all in the embedded font, left aligned, no italics."""
    regular, bold = register_fonts()

    def style(name: str, size: float, *, font: str = regular, leading: float | None = None,
              before: float = 0, after: float = 6, indent: float = 0, **extra: Any) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, bulletFontName=regular,
                              leading=leading or round(size * 1.35, 1), spaceBefore=before,
                              spaceAfter=after, leftIndent=indent, alignment=TA_LEFT,
                              textColor=INK, **extra)

    return Styles(
        regular=regular, bold=bold,
        cover_org=style("CoverOrg", 16, font=bold, after=4),
        cover_title=style("CoverTitle", 28, font=bold, after=8),
        cover_sub=style("CoverSub", 15, after=4),
        h1=style("H1", 19, font=bold, before=0, after=8, keepWithNext=1),
        h2=style("H2", 14, font=bold, before=10, after=5, keepWithNext=1),
        h2_free=style("H2Free", 14, font=bold, before=10, after=5),
        h3=style("H3", 12, font=bold, before=8, after=3, keepWithNext=1),
        body=style("Body", BODY_SIZE),
        lead=style("Lead", 12.5, after=8),
        small=style("Small", 9.5, after=4),
        quote=style("Quote", BODY_SIZE, indent=14, after=3),
        bullet=style("Bullet", BODY_SIZE, indent=14, bulletIndent=2, after=3),
        cell=style("Cell", 10, after=0),
        cell_bold=style("CellBold", 10, font=bold, after=0),
        cell_right=style("CellRight", 10, after=0),
        toc1=style("Toc1", 12, after=2, indent=0),
        toc2=style("Toc2", 10.5, after=1, indent=14),
    )


def break_long_words(text: str) -> str:
    """``text`` with each word longer than LONGEST_WORD letters cut into lines of WORD_PIECE
    letters (every letter kept, in order). Takes time in proportion to the text's length."""
    def cut(match: re.Match[str]) -> str:
        word = match.group(0)
        return "\n".join(word[i:i + WORD_PIECE] for i in range(0, len(word), WORD_PIECE))

    return _LONG_WORD.sub(cut, text)


def esc(text: object) -> str:
    """User text made safe for a Paragraph: markup escaped, line breaks kept, very long words
    cut into lines (``break_long_words``)."""
    flat = break_long_words(str(text).replace("\r\n", "\n"))
    return paragraph_markup(flat).replace("\n", "<br/>")


def short(text: str, words: int = 30, chars: int = 220) -> str:
    """The first few words of ``text`` (whole words, with an ellipsis when cut)."""
    flat = " ".join(text.split())
    cut = " ".join(flat.split(" ")[:words])
    if len(cut) > chars:
        cut = cut[:chars].rsplit(" ", 1)[0]
    return cut if cut == flat else cut.rstrip(",.;:") + "\u2026"


def day(d: date) -> str:
    return f"{d.day} {d:%B %Y}"


def month(d: date) -> str:
    return f"{d:%B %Y}"


def period_words(start: date, end: date) -> str:
    return f"{day(start)} to {day(end)}"


def number(n: float | Decimal | None) -> str:
    if n is None:
        return "not known"
    if isinstance(n, (float, Decimal)) and n != int(n):
        return f"{n:,.1f}"
    return f"{int(n):,}"


def money(amount: Decimal | int) -> str:
    return f"\u00a3{amount:,.2f}"


def percent(value: float | None) -> str:
    return "not known" if value is None else f"{value:.1f}%".replace(".0%", "%")


def plural(n: int, one: str, many: str | None = None) -> str:
    return f"{n:,} {one if n == 1 else (many or one + 's')}"


def share(part: int, whole: int) -> str:
    """``part`` of ``whole`` as a percentage, or as "2 of 7" when ``whole`` is under SMALL_BASE
    (a percentage of a handful of cases says more than it knows); "not known" when ``whole`` is 0."""
    if whole <= 0:
        return "not known"
    if whole < SMALL_BASE:
        return f"{number(part)} of {number(whole)}"
    return percent(pct(part, whole))


def share_change(now: tuple[int, int], before: tuple[int, int]) -> str:
    """How a share (part, whole) moved since the last period, in points; no change is worked
    out when either base is under SMALL_BASE."""
    if now[1] <= 0 or before[1] <= 0:
        return "Cannot compare"
    if min(now[1], before[1]) < SMALL_BASE:
        return "Too few to compare"
    return change_words(pct(*now), pct(*before), points=True)


def change_words(now: float | Decimal | None, before: float | Decimal | None, *,
                 points: bool = False, money_value: bool = False) -> str:
    """How a figure moved since the last period, in words (never colour alone)."""
    if now is None or before is None:
        return "Cannot compare"
    diff = Decimal(str(now)) - Decimal(str(before))
    if diff == 0:
        return "No change"
    size = abs(diff)
    if money_value:
        amount = money(size)
    elif points:
        amount = f"{number(size)} points" if size != 1 else "1 point"
    else:
        amount = number(size)
    return f"{'Up' if diff > 0 else 'Down'} by {amount}"


class Heading(Paragraph):
    """A section heading: a bookmark, an entry in the PDF outline and (level 0) the contents."""

    def __init__(self, text: str, style: ParagraphStyle, *, level: int, key: str) -> None:
        super().__init__(esc(text), style)
        self.plain_text = text
        self.level = level
        self.key = key


def table(rows: Sequence[Sequence[object]], widths: Sequence[float], st: Styles, *,
          right: Sequence[int] = (), header: bool = True, keep: bool = True) -> Flowable:
    """A plain grey-ruled table, tagged as a table (its first row the headers when
    ``header``); strings become wrapped Paragraphs (escaped here).

    A short table is kept on one page (unless ``keep`` is False, for a table that is already
    inside a KeepTogether); a long one splits, repeating its header row.
    """
    body = []
    for r, row in enumerate(rows):
        cells: list[Any] = []
        for c, value in enumerate(row):
            if isinstance(value, str):
                style = st.cell_bold if header and r == 0 else st.cell
                if c in right:
                    style = ParagraphStyle(f"{style.name}R", parent=style, alignment=TA_RIGHT)
                cells.append(Paragraph(esc(value), style))
            else:
                cells.append(value)
        body.append(cells)
    result = data_table(body, header_rows=1 if header else 0, colWidths=list(widths),
                        repeatRows=1 if header else 0, hAlign="LEFT", splitInRow=SPLIT_IN_ROW)
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), st.regular),
        ("GRID", (0, 0), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), LIGHT))
    result.setStyle(TableStyle(commands))
    result.spaceBefore = 2
    result.spaceAfter = 8
    return KeepTogether([result]) if keep and len(body) <= 12 else result
