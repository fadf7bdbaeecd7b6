"""Embedded fonts for every PDF. Registered on first use, never at import.

reportlab's built-in Helvetica is not embedded and cannot print names such as Llŷr or Łukasz,
so every PDF uses DejaVu Sans (Bitstream Vera licence, shipped in resources/fonts).
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..services.paths import resources_dir

REGULAR = "PartSans"
BOLD = "PartSans-Bold"


@lru_cache(maxsize=1)
def register_fonts() -> tuple[str, str]:
    """Register the shipped fonts once; returns (regular, bold) font names for styles."""
    folder = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    # No italics anywhere: italic requests fall back to upright, as clear print asks.
    addMapping(REGULAR, 0, 1, REGULAR)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR, BOLD


def unprintable_warning(text: str) -> str:
    """A plain warning when ``text`` has characters the font cannot print (else empty)."""
    missing = missing_glyphs(text)
    if not missing:
        return ""
    sample = " ".join(sorted(missing)[:5])
    return (f"Some characters in this letter cannot be printed by our font ({sample}). They "
            "would show as empty boxes. Please check the name and address, or write them "
            "another way, before sending.")


def missing_glyphs(text: str) -> set[str]:
    """Characters in ``text`` that the shipped font cannot draw (to warn before printing)."""
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    widths = face.charWidths
    return {ch for ch in text if ch.isprintable() and not ch.isspace() and ord(ch) not in widths}
