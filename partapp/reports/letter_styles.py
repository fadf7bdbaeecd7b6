"""How feedback letters look, one set of sizes per format. All text in the embedded font.

Standard (clear print): 12 pt or larger, left aligned, no italics, no capitals for emphasis.
Large print: sans serif, 18 pt by default and never under 16 pt, everywhere on the page.
Easy read: 14 pt or larger (we use 16), a picture on the left of each point, words on the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from .fonts import register_fonts

INK = black
RULE = Color(0.55, 0.55, 0.55)

LARGE_PRINT_SMALLEST = 16
EASY_READ_SIZE = 16
STANDARD_SIZE = 12


@dataclass(frozen=True)
class LetterStyle:
    """Every size one format uses. ``smallest`` is the smallest text anywhere on its pages."""

    layout: str
    regular: str
    bold: str
    size: float
    title: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    body_beside_picture: ParagraphStyle
    heading_beside_picture: ParagraphStyle
    letterhead_name: float
    letterhead_size: float
    address_size: float
    footer_size: float
    picture: float = 0.0
    picture_gap: float = 0.0

    @property
    def smallest(self) -> float:
        return min(self.size, self.letterhead_size, self.address_size, self.footer_size)


def letter_style(layout: str, *, large_print_size: int = 18) -> LetterStyle:
    """The style for ``layout`` (standard, large_print or easy_read)."""
    regular, bold = register_fonts()
    if layout == "large_print":
        if large_print_size < LARGE_PRINT_SMALLEST:
            raise ValueError("Large print must be 16 point or larger.")
        size = float(large_print_size)
        return _style(layout, regular, bold, size, leading=1.3, title=size + 4,
                      letterhead_name=size + 2, letterhead=size, address=LARGE_PRINT_SMALLEST,
                      footer=LARGE_PRINT_SMALLEST)
    if layout == "easy_read":
        size = float(EASY_READ_SIZE)
        return _style(layout, regular, bold, size, leading=1.45, title=size + 6,
                      letterhead_name=16, letterhead=14, address=14, footer=14,
                      picture=26 * mm, picture_gap=7 * mm)
    size = float(STANDARD_SIZE)
    return _style("standard", regular, bold, size, leading=1.35, title=16, letterhead_name=14,
                  letterhead=12, address=12, footer=12)


def _style(layout: str, regular: str, bold: str, size: float, *, leading: float, title: float,
           letterhead_name: float, letterhead: float, address: float, footer: float,
           picture: float = 0.0, picture_gap: float = 0.0) -> LetterStyle:
    def para(name: str, font: str, font_size: float, *, before: float = 0, after: float = 0,
             indent: float = 0, keep: int = 0) -> ParagraphStyle:
        return ParagraphStyle(f"{layout}-{name}", fontName=font, fontSize=font_size,
                              leading=round(font_size * leading, 1), spaceBefore=before,
                              spaceAfter=after, leftIndent=indent, alignment=TA_LEFT,
                              textColor=INK, keepWithNext=keep, splitLongWords=1,
                              allowWidows=0, allowOrphans=0)

    text_indent = picture + picture_gap
    return LetterStyle(
        layout=layout, regular=regular, bold=bold, size=size,
        title=para("title", bold, title, before=size * 0.4, after=size * 0.9, keep=1),
        heading=para("heading", bold, size, before=size * 0.5, after=size * 0.15, keep=1),
        body=para("body", regular, size, after=size * 0.7),
        body_beside_picture=para("body-pic", regular, size, after=size * 0.7,
                                 indent=text_indent),
        heading_beside_picture=para("heading-pic", bold, size, after=size * 0.2,
                                    indent=text_indent, keep=1),
        letterhead_name=letterhead_name, letterhead_size=letterhead, address_size=address,
        footer_size=footer, picture=picture, picture_gap=picture_gap)
