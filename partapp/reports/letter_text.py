"""Plain text blocks for letters: fast to lay out, and never read as markup.

A letter batch can be a thousand letters, and reportlab's Paragraph re-measures every word of
every letter and parses each text as XML. Letters need none of that: the words are plain text,
left aligned, in one font, with at most a bold label at the start ("What we decided:").
``TextBlock`` measures each distinct word once per batch and draws whole lines. Because the
text is never parsed, nothing a person typed (``<b>``, ``&``, ``<font>``) can change the layout:
it prints exactly as typed.

Most of a batch is the same wording again and again, so ``WordWidths`` also keeps, for the
batch, how each paragraph wraps and each line's PDF text (its font subset and escaped bytes),
and a block writes its text straight onto the page instead of through a reportlab text object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from .fonts import font_runs, string_width
from .rl_adapter import append_code, document, escape

if TYPE_CHECKING:
    from .pdf_structure import Element


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
    """Widths of words, measured once per batch of letters; also how each paragraph wraps and
    each line's PDF text, worked out once per batch (one PDF document)."""

    def __init__(self) -> None:
        self._cache: dict[tuple[str, float], dict[str, float]] = {}
        self._wrapped: dict[tuple[Any, ...], list[str]] = {}
        self._pdf_text: dict[tuple[str, str], tuple[tuple[str, str], ...]] = {}
        self._pdf_doc = None
        self._bodies: dict[tuple[Any, ...], str] = {}
        self._size_leading: dict[tuple[float, float], str] = {}
        self._numbers: dict[float, str] = {}

    def keep_within(self, entries: int) -> None:
        """Forget the paragraphs kept (how they wrap, their PDF text) once there are more than
        ``entries``: the wording a batch repeats is worked out again the next time it comes,
        and a batch of any size keeps about the same number. Word widths are kept."""
        if len(self._wrapped) + len(self._pdf_text) + len(self._bodies) > entries:
            self._wrapped.clear()
            self._pdf_text.clear()
            self._bodies.clear()

    def wrap(self, text: str, font: str, size: float, width: float,
             first_width: float | None) -> list[str]:
        key = (text, font, size, width, first_width)
        lines = self._wrapped.get(key)
        if lines is None:
            lines = self._wrapped[key] = wrap_lines(text, width, self.measure(font, size),
                                                    first_width=first_width)
        return lines

    def _number(self, value: float) -> str:
        """A number as reportlab writes it in PDF (the same few positions recur all batch)."""
        text = self._numbers.get(value)
        if text is None:
            text = self._numbers[value] = fp_str(value)
        return text

    def text_code(self, canvas: Any, x: float, y: float, font: str, size: float, leading: float,
                  lines: list[str], *, label: str = "", label_font: str = "") -> str:
        """PDF operators that write ``lines`` from (x, y) down, the first line starting with
        ``label`` in ``label_font``: what a reportlab text object writes, made from this
        batch's stored pieces. Only the position differs when the same words come again."""
        key = (font, size, leading, label, label_font, *lines)
        if document(canvas) is not self._pdf_doc:
            self.pdf_text(canvas, font, "")  # subsets belong to one document
        body = self._bodies.get(key)
        if body is None:
            body = self._bodies[key] = self._text_body(canvas, font, size, leading, lines,
                                                       label, label_font)
        return f"BT 1 0 0 1 {self._number(x)} {self._number(y)} Tm {body}"

    def _text_body(self, canvas: Any, font: str, size: float, leading: float, lines: list[str],
                   label: str, label_font: str) -> str:
        size_leading = self._size_leading.get((size, leading))
        if size_leading is None:
            size_leading = self._size_leading[(size, leading)] = (
                f" {fp_str(size)} Tf {fp_str(leading)} TL")
        code = []
        subset = None

        def show(face: str, text: str) -> None:
            nonlocal subset
            for name, escaped in self.pdf_text(canvas, face, text):
                if name != subset:
                    code.append(name + size_leading)
                    subset = name
                code.append(f"({escaped}) Tj")

        if label:
            show(label_font, label)
            subset = None
        for line in lines:
            show(font, line)
            code.append("T*")
        code.append("ET")
        return " ".join(code)

    def pdf_text(self, canvas: Any, font: str, text: str) -> tuple[tuple[str, str], ...]:
        """``text`` in ``font`` as (font subset name, escaped bytes) runs for this document,
        as reportlab's text objects write it."""
        doc = document(canvas)
        if doc is not self._pdf_doc:  # subsets belong to one document
            self._pdf_doc, self._pdf_text, self._bodies = doc, {}, {}
        runs = self._pdf_text.get((font, text))
        if runs is None:
            runs = self._pdf_text[(font, text)] = tuple(
                (face.getSubsetInternalName(subset, doc), escape(canvas, piece))
                for name, part in font_runs(text, font)
                for face in (getFont(name),)
                for subset, piece in face.splitString(part, doc))
        return runs

    def measure(self, font: str, size: float) -> Any:
        table = self._cache.setdefault((font, size), {})

        def width(word: str) -> float:
            value = table.get(word)
            if value is None:
                value = table[word] = string_width(word, font, size)
            return value

        return width


def wrap_lines(text: str, width: float, measure: Any, *, first_width: float | None = None
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
            if size > limit:  # a very long word (a web address): break it between letters
                pieces = _break_word(word, limit, width, measure)
                lines.extend(pieces[:-1])
                word = pieces[-1]
            current, used = [word], measure(word)
        lines.append(" ".join(current))
    return lines


def _break_word(word: str, first_limit: float, limit: float, measure: Any) -> list[str]:
    """``word`` in pieces that each fit (the first in ``first_limit``), measured letter by
    letter once: the time grows with the word's length, not its square."""
    pieces: list[str] = []
    start = 0
    used = 0.0
    room = first_limit
    for index, ch in enumerate(word):
        step = measure(ch)
        if used + step > room and index > start:
            pieces.append(word[start:index])
            start, used, room = index, 0.0, limit
        used += step
    pieces.append(word[start:])
    return pieces


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
        self.tag: Element | None = None  # its structure element, when tagged

    def _layout(self, width: float) -> list[str]:
        if self._lines is not None and (self._wrapped_width == width
                                        or self._wrapped_width == -1.0):
            return self._lines
        style = self.style
        first_width = None
        if self.label:
            label_width = self.widths.measure(style.bold, style.size)(self.label + " ")
            first_width = max(width - label_width, width * 0.3)
        self._lines = self.widths.wrap(self.text, style.font, style.size, width, first_width)
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
        head.tag = tail.tag = self.tag  # both parts belong to one structure element
        return [head, tail]

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        """Write the lines straight into the page (no saved and restored graphics state)."""
        style = self.style
        lines = self._lines or []
        label = self.label + (" " if lines and lines[0] else "") if self.label else ""
        append_code(canvas, self.widths.text_code(
            canvas, x + style.indent, y + self.height - style.size, style.font, style.size,
            style.leading, lines, label=label, label_font=style.bold))

    def draw(self) -> None:
        self.drawOn(self.canv, 0, 0)
