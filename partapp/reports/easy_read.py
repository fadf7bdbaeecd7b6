"""Easy read points: a picture on the left, the words on the right.

The pictures are PNG files in resources/easyread (our own, CC0). An organisation can put its own
picture in place of one of ours by saving it under the same name. Each picture is embedded in
the PDF once, however many letters use it.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..services.files.paths import resources_dir
from .rl_adapter import marked

if TYPE_CHECKING:
    from .pdf_structure import Element, Structure

# Points shorter than this are never split over two pages (any page has room for them).
KEEP_WHOLE = 110 * mm

# What each picture means, for a screen reader (the PDF's alternative text).
PICTURE_ALT = {
    "letter": "A letter: this letter tells you something",
    "meeting": "People at a meeting",
    "told_us": "A speech bubble: what you told us",
    "yes": "A tick: we said yes",
    "some": "A half tick: we said yes to some of it",
    "not_now": "A clock: we cannot do this now",
    "no": "A cross: we cannot do this",
    "passed_on": "An arrow: we passed it on to someone else",
    "why": "A question mark: why we decided",
    "reply": "A speech bubble: our reply",
    "instead": "Another way: what we can do instead",
    "change": "A change: what we changed",
    "waiting": "An hourglass: we have not decided yet",
    "calendar": "A calendar: a change we plan, and when",
    "next": "An arrow: what happens next",
    "phone": "A phone: questions, ring us",
    "not_happy": "An exclamation mark: if you are not happy",
    "thank_you": "A smile: thank you",
    "not_sure": "A thinking face: I am not sure",
}


def picture_alt(name: str) -> str:
    """The words that say what picture ``name`` means (an organisation's own picture of the
    same name means the same)."""
    return PICTURE_ALT.get(name, "A picture for this point")


@lru_cache(maxsize=64)
def picture_path(name: str) -> str | None:
    """The file for picture ``name``, or None if there is no such picture."""
    if not name or not name.replace("_", "").isalnum():
        return None
    path = Path(resources_dir()) / "easyread" / f"{name}.png"
    return str(path) if path.is_file() else None


class PicturePoint(Flowable):
    """One easy read point: a square picture with its words beside it.

    The words may run over a page: the picture stays with the first part.
    """

    def __init__(self, picture: str | None, paragraphs: list[Flowable], *, size: float,
                 gap: float, spacing: float) -> None:
        super().__init__()
        self.picture = picture
        self.paragraphs = paragraphs
        self.size = size
        self.gap = gap
        self.spacing = spacing
        self._heights: list[float] = []
        self.height = 0.0
        self.width = 0.0
        self.figure: Element | None = None  # its structure element, when tagged
        self.structure: Structure | None = None  # set by the writer that tags it

    def _text_width(self, available_width: float) -> float:
        return available_width - self.size - self.gap

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        text_width = self._text_width(available_width)
        self._heights = [p.wrap(text_width, available_height)[1] for p in self.paragraphs]
        words = sum(self._heights) + self.spacing * max(0, len(self.paragraphs) - 1)
        self.width = available_width
        self.height = max(self.size if self.picture else 0.0, words)
        return available_width, self.height

    def getSpaceAfter(self) -> float:
        return self.spacing * 1.6

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        text_width = self._text_width(available_width)
        if self.picture and (available_height < self.size or self.height <= KEEP_WHOLE):
            return []  # a point that fits on a page is not broken up: it starts a new page
        first: list[Flowable] = []
        rest = list(self.paragraphs)
        used = 0.0
        while rest:
            paragraph = rest[0]
            height = paragraph.wrap(text_width, available_height - used)[1]
            if used + height <= available_height:
                first.append(rest.pop(0))
                used += height + self.spacing
                continue
            pieces = paragraph.split(text_width, available_height - used)
            if len(pieces) > 1:
                first.append(pieces[0])
                rest[0:1] = pieces[1:]
            break
        if not first or not rest:
            return [] if not first else [self]
        head = PicturePoint(self.picture, first, size=self.size, gap=self.gap,
                            spacing=self.spacing)
        head.figure = self.figure
        return [head,
                PicturePoint(None, rest, size=self.size, gap=self.gap, spacing=self.spacing)]

    def draw(self) -> None:
        canvas = self.canv
        structure = self.structure
        if self.picture:
            with marked(canvas, structure, self.figure):
                canvas.drawImage(self.picture, 0, self.height - self.size, self.size,
                                 self.size, mask="auto")
        x = self.size + self.gap
        y = self.height
        for paragraph, height in zip(self.paragraphs, self._heights):
            y -= height
            with marked(canvas, structure, getattr(paragraph, "tag", None)):
                paragraph.drawOn(canvas, x, y)
            y -= self.spacing
