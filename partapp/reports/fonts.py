"""Embedded fonts for every PDF. Registered on first use, never at import.

reportlab's built-in Helvetica is not embedded and cannot print names such as Llŷr or Łukasz,
so every PDF uses DejaVu Sans (Bitstream Vera licence, shipped in resources/fonts).

DejaVu has no Chinese, Japanese or Korean. reportlab does not fall back between fonts by
itself, so ``font_runs`` splits a text into runs: DejaVu where it has the character, Droid Sans
Fallback (Apache 2.0, also shipped) where only that has it. The fallback is loaded only when a
text needs it, and only the characters used are embedded.
"""

from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from ..services.files.paths import resources_dir

REGULAR = "PartSans"
BOLD = "PartSans-Bold"
FALLBACK = "PartSans-Fallback"


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


@lru_cache(maxsize=1)
def _fallback() -> frozenset[int]:
    """Register the fallback font (on first need); the characters it has."""
    face = TTFont(FALLBACK, str(resources_dir() / "fonts" / "DroidSansFallback.ttf"))
    pdfmetrics.registerFont(face)
    for bold in (0, 1):  # it has no bold: bold text in these scripts prints upright
        for italic in (0, 1):
            addMapping(FALLBACK, bold, italic, FALLBACK)
    return frozenset(face.face.charWidths)


def font_runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as (font, part) runs: ``font`` wherever it has the character, the fallback
    font where only that has it (a character neither has stays in ``font``)."""
    have = pdfmetrics.getFont(font).face.charWidths
    if all(ord(ch) in have for ch in text):
        return [(font, text)]
    extra = _fallback()
    runs: list[tuple[str, str]] = []
    for ch in text:
        code = ord(ch)
        name = FALLBACK if code not in have and code in extra else font
        if runs and runs[-1][0] == name:
            runs[-1] = (name, runs[-1][1] + ch)
        else:
            runs.append((name, ch))
    return runs


def string_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is, each character measured in the font that will print it."""
    return sum(pdfmetrics.getFont(name).stringWidth(part, size)
               for name, part in font_runs(text, font))


def paragraph_markup(text: str) -> str:
    """``text`` escaped for a reportlab Paragraph, with the characters only the fallback font
    has put in that font (a Paragraph would otherwise print them as boxes)."""
    regular, _bold = register_fonts()
    return "".join(escape(part) if name == regular
                   else f'<font name="{name}">{escape(part)}</font>'
                   for name, part in font_runs(text, regular))


def unprintable_warning(text: str) -> str:
    """A plain warning when ``text`` has characters no font of ours can print (else empty)."""
    missing = missing_glyphs(text)
    if not missing:
        return ""
    sample = " ".join(sorted(missing)[:5])
    return (f"Some characters in this letter cannot be printed by our fonts ({sample}). They "
            "would show as empty boxes. Please check the name and address, or write them "
            "another way, before sending.")


def missing_glyphs(text: str) -> set[str]:
    """Characters in ``text`` that neither shipped font can draw (to warn before printing)."""
    register_fonts()
    widths = pdfmetrics.getFont(REGULAR).face.charWidths
    # Each distinct character once: a batch of letters is millions of characters but a few
    # hundred distinct ones, and set() goes through the text in C.
    missing = {ch for ch in set(text) if ord(ch) not in widths and ch.isprintable()
               and not ch.isspace()}
    if missing:
        extra = _fallback()
        missing = {ch for ch in missing if ord(ch) not in extra}
    return missing
