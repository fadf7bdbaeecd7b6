"""Plain text blocks for letters: fast to lay out, and never read as markup.

A letter batch can be a thousand letters, and reportlab's Paragraph re-measures every word of
every letter and parses each text as XML. Letters need none of that: the words are plain text,
left aligned, in one font, with at most a bold label at the start ("What we decided:").
``TextBlock`` measures each distinct word once per batch and draws whole lines. Because the
text is never parsed, nothing a person typed (``<b>``, ``&``, ``<font>``) can change the layout:
it prints exactly as typed.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class TextStyle:
    font: str
    bold: str
    size: float
    leading: float
    before: float = 0.0
    after: float = 0.0
    indent: float = 0.0
    keep_with_next: bool = False


class WordWidths:
    """Widths of words, measured once per batch of letters."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float], dict[str, float]] = {}

    def measure(self, font: str, size: float):
        table = self._cache.setdefault((font, size), {})
        face = getFont(font)

        def width(word: str) -> float:
            value = table.get(word)
            if value is None:
                value = table[word] = face.stringWidth(word, size)
            return value

        return width


def wrap_lines(text: str, width: float, measure, *, first_width: float | None = None
               ) -> list[str]:
    """Break ``text`` into lines no wider than ``width`` (the first line ``first_width``).
    Line breaks in the text are kept; a word too long for a line is broken between letters."""
    lines: list[str] = []
    space = measure(" ")
    for raw in text.split("\n"):
        words = raw.split()
        if not words:
            lines.append("")
            continue
        current: list[str] = []
        used = 0.0
        for word in words:
            limit = first_width if (first_width is not None and not lines) else width
            size = measure(word)
            needed = size if not current else used + space + size
            if needed <= limit:
                current.append(word)
                used = needed
                continue
            if current:
                lines.append(" ".join(current))
                limit = width
            while measure(word) > limit:  # a very long word (a web address): break it
                cut = len(word) - 1
                while cut > 1 and measure(word[:cut]) > limit:
                    cut -= 1
                lines.append(word[:cut])
                word = word[cut:]
                limit = width
            current, used = [word], measure(word)
        lines.append(" ".join(current))
    return lines


class TextBlock(Flowable):
    """A block of plain text with an optional bold label at its start."""

    def __init__(self, text: str, style: TextStyle, widths: WordWidths, *, label: str = "",
                 lines: list[str] | None = None, first: bool = True) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.widths = widths
        self.label = label if first else ""
        self.spaceBefore = style.before if first else 0.0
        self.spaceAfter = style.after
        self.keepWithNext = style.keep_with_next
        self._lines = lines
        self._wrapped_width: float | None = None if lines is None else -1.0
        self.height = 0.0

    def _layout(self, width: float) -> list[str]:
        if self._lines is not None and (self._wrapped_width == width
                                        or self._wrapped_width == -1.0):
            return self._lines
        style = self.style
        measure = self.widths.measure(style.font, style.size)
        first_width = None
        if self.label:
            label_width = self.widths.measure(style.bold, style.size)(self.label + " ")
            first_width = max(width - label_width, width * 0.3)
        self._lines = wrap_lines(self.text, width, measure, first_width=first_width)
        self._wrapped_width = width
        return self._lines

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        lines = self._layout(available_width - self.style.indent)
        self.width = available_width
        self.height = len(lines) * self.style.leading
        return available_width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        lines = self._layout(available_width - self.style.indent)
        fit = int((available_height + 1e-6) // self.style.leading)
        # No single line left behind at the foot of a page or carried over to the next.
        fit = min(fit, len(lines) - 2)
        if fit < 2:
            return []
        head = TextBlock(self.text, self.style, self.widths, label=self.label,
                         lines=lines[:fit])
        head.spaceAfter = 0.0
        head.keepWithNext = False
        tail = TextBlock(self.text, self.style, self.widths, lines=lines[fit:], first=False)
        return [head, tail]

    def draw(self) -> None:
        style = self.style
        lines = self._lines or []
        text = self.canv.beginText(style.indent, self.height - style.size)
        if self.label:
            text.setFont(style.bold, style.size, style.leading)
            text.textOut(self.label + (" " if lines and lines[0] else ""))
        text.setFont(style.font, style.size, style.leading)
        for line in lines:
            text.textLine(line)
        self.canv.drawText(text)
