"""The person's address in the envelope window (a DL window envelope, UK), Royal Mail's way:
one line each, the postcode alone on the last line. A standard letter may make its address a
little smaller to fit the window; large print and easy read never go under their own size
(16 pt or more), and a letter whose address will not fit says so before it is printed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit

from ..services.feedback.letter_content import LetterContent
from .letter_styles import LetterStyle, letter_style

# The envelope window (DL, UK), measured from the top left of the page, with a little room
# inside it so the address still shows if the letter moves in the envelope.
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT = 20 * mm, 50 * mm, 90 * mm, 35 * mm
ADDRESS_INSET = 2.5 * mm

ADDRESS_FLOOR = {"standard": 10.0}


@dataclass(frozen=True)
class AddressLayout:
    lines: tuple[str, ...]
    size: float
    leading: float
    fits: bool  # False: even at the smallest size allowed it runs past the window


def wrap_address_line(line: str, font: str, size: float) -> list[str]:
    return simpleSplit(line, font, size, WINDOW_WIDTH - 2 * ADDRESS_INSET) or [""]


def address_layout(lines: Sequence[str], style: LetterStyle,
                   split: Callable[[str, str, float], list[str]] = wrap_address_line
                   ) -> AddressLayout:
    """``lines`` wrapped to the envelope window at the largest size that fits, never under the
    format's smallest size for an address."""
    height = WINDOW_HEIGHT - 2 * ADDRESS_INSET
    size = style.address_size
    floor = min(size, ADDRESS_FLOOR.get(style.layout, size))
    while True:
        wrapped = tuple(part for line in lines for part in split(line, style.regular, size))
        leading = size * 1.05  # a block of short lines: close, still clear at 16 pt
        if len(wrapped) * leading <= height:
            return AddressLayout(wrapped, size, leading, True)
        if size <= floor:
            return AddressLayout(wrapped, size, leading, False)
        size = max(floor, size - 0.5)


def address_fits(letter: LetterContent, *, large_print_size: int = 18) -> bool:
    """Whether the person's address fits the envelope window at the letter's size."""
    style = letter_style(letter.layout, large_print_size=large_print_size)
    return address_layout(letter.address_lines, style).fits
