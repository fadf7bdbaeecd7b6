"""How feedback letters look, one set of sizes per format. All text in the embedded font.

Standard (clear print): 12 pt or larger, left aligned, no italics, no capitals for emphasis.
Large print: sans serif, 18 pt by default and never under 16 pt, everywhere on the page.
Easy read: 14 pt or larger (16 for the words), a picture on the left of each point, words on
the right.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.units import mm

from .fonts import register_fonts
from .letter_text import TextStyle

RULE = Color(0.55, 0.55, 0.55)

LARGE_PRINT_SMALLEST = 16
LARGE_PRINT_LARGEST = 28
EASY_READ_SIZE = 16
STANDARD_SIZE = 12


@dataclass(frozen=True)
class LetterStyle:
    """Every size one format uses. ``smallest`` is the smallest text anywhere on its pages."""

    layout: str
    regular: str
    bold: str
    size: float
    title: TextStyle
    heading: TextStyle
    body: TextStyle
    body_keep: TextStyle
    body_beside_picture: TextStyle
    letterhead_name: float
    letterhead_size: float
    address_size: float
    footer_size: float
    picture: float = 0.0
    picture_gap: float = 0.0
    # Large print keeps the letterhead short (name and phone): the full address and email
    # would not fit beside the envelope window at that size, and the letter gives them anyway.
    letterhead_full: bool = True
    # Standard print puts "What we decided:" at the start of its paragraph, to fit one page.
    run_in_headings: bool = False

    @property
    def smallest(self) -> float:
        return min(self.size, self.letterhead_size, self.letterhead_name, self.address_size,
                   self.footer_size)


def letter_style(layout: str, *, large_print_size: int = 18) -> LetterStyle:
    """The style for ``layout`` (standard, large_print or easy_read)."""
    regular, bold = register_fonts()
    if layout == "large_print":
        if not LARGE_PRINT_SMALLEST <= large_print_size <= LARGE_PRINT_LARGEST:
            raise ValueError("Large print must be between 16 and 28 point.")
        size = float(large_print_size)
        return _style(layout, regular, bold, size, leading=1.3, title=size + 4,
                      letterhead_name=size, letterhead=size, address=LARGE_PRINT_SMALLEST,
                      footer=LARGE_PRINT_SMALLEST, letterhead_full=False)
    if layout == "easy_read":
        size = float(EASY_READ_SIZE)
        return _style(layout, regular, bold, size, leading=1.45, title=size + 6,
                      letterhead_name=16, letterhead=16, address=16, footer=14,
                      picture=26 * mm, picture_gap=7 * mm)
    size = float(STANDARD_SIZE)
    return _style("standard", regular, bold, size, leading=1.3, title=16, letterhead_name=14,
                  letterhead=12, address=12, footer=12, run_in_headings=True)


def _style(layout: str, regular: str, bold: str, size: float, *, leading: float, title: float,
           letterhead_name: float, letterhead: float, address: float, footer: float,
           picture: float = 0.0, picture_gap: float = 0.0, letterhead_full: bool = True,
           run_in_headings: bool = False) -> LetterStyle:
    def text(font: str, font_size: float, *, before: float = 0, after: float = 0,
             indent: float = 0, keep: bool = False) -> TextStyle:
        return TextStyle(font=font, bold=bold, size=font_size,
                         leading=round(font_size * leading, 1), before=before, after=after,
                         indent=indent, keep_with_next=keep)

    return LetterStyle(
        layout=layout, regular=regular, bold=bold, size=size,
        title=text(bold, title, before=size * 0.2, after=size * 0.7, keep=True),
        heading=text(bold, size, before=size * 0.5, after=size * 0.15, keep=True),
        body=text(regular, size, after=size * 0.6),
        body_keep=text(regular, size, after=size * 0.6, keep=True),
        body_beside_picture=text(regular, size, after=size * 0.6, indent=picture + picture_gap),
        letterhead_name=letterhead_name, letterhead_size=letterhead, address_size=address,
        footer_size=footer, picture=picture, picture_gap=picture_gap,
        letterhead_full=letterhead_full, run_in_headings=run_in_headings)
