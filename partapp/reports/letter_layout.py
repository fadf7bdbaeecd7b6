"""Laying out one letter's blocks on its pages, before anything is drawn.

A letter is a short run of blocks (plain text, a rule, an easy read point), so it is laid out
here directly instead of through reportlab's document machinery, which would spend most of a
thousand-letter batch on bookkeeping these letters never need. Working out a whole letter's
pages first also means "Page 1 of 2" can be written on page one as it is drawn.

The rules are reportlab's frame rules, kept as they were:

- The space before a block is dropped at the top of a page. Between two blocks the larger of
  the space after the first and the space before the second is used, not both.
- A block that keeps with the next (a heading) and the block after it move to a new page
  together when they do not fit in what is left of this one.
- A block that does not fit is split if it can be (plain text keeps at least two lines on each
  page); otherwise it starts the next page.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.platypus import Flowable

from ..services.errors import PartappError
from ..services.words import said

_FUZZ = 1e-6


class NewPage(Flowable):
    """Starts a new page (a bilingual letter's second language)."""

    _ZEROSIZE = True

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0


class LayoutError(PartappError, ValueError):
    """A block is too tall for an empty page and cannot be split: said to the person (in their
    language) with what to do, not as a crash."""


@dataclass(frozen=True)
class Placed:
    flowable: Flowable
    x: float
    y: float
    spare_width: float


@dataclass(frozen=True)
class Area:
    """Where the words go on a page: left edge, width, and the top and bottom of the space."""

    left: float
    width: float
    top: float
    bottom: float


class _Page:
    def __init__(self, area: Area) -> None:
        self.area = area
        self.y = area.top
        self.at_top = True
        self.space_after = 0.0
        self.placed: list[Placed] = []

    def space_before(self, flowable: Flowable) -> float:
        if self.at_top:
            return 0.0
        return max(flowable.getSpaceBefore() - self.space_after, 0.0)

    def room(self, flowable: Flowable) -> float:
        return self.y - self.area.bottom - self.space_before(flowable)

    def add(self, flowable: Flowable) -> bool:
        """Place ``flowable`` if it fits (reportlab's Frame._add, without the extras)."""
        before = self.space_before(flowable)
        room = self.y - self.area.bottom - before
        if room <= 0:
            return False
        width, height = flowable.wrap(self.area.width, room)
        y = self.y - height - before
        if y < self.area.bottom - _FUZZ:
            return False
        self.placed.append(Placed(flowable, self.area.left, y, self.area.width - width))
        after = flowable.getSpaceAfter()
        y -= after
        self.space_after = after
        if y != self.y:
            self.at_top = False
        self.y = y
        return True


def _group_height(group: Sequence[Flowable], width: float) -> float:
    """The height of blocks kept together, spaces between them included (not the space
    before the first or after the last)."""
    total = 0.0
    previous_after = None
    for flowable in group:
        _w, height = flowable.wrap(width, 0xFFFFFFF)
        if height <= _FUZZ:
            continue
        total += height
        if previous_after is not None:
            total += max(flowable.getSpaceBefore() - previous_after, 0.0)
        previous_after = flowable.getSpaceAfter()
        total += previous_after
    return total - (previous_after or 0.0)


def _keeps_with_next(flowable: Flowable) -> bool:
    return bool(getattr(flowable, "keepWithNext", 0))


def paginate(blocks: Sequence[Flowable], first: Area, later: Area) -> list[list[Placed]]:
    """The blocks of one letter, placed on pages: the first page's words go in ``first``,
    every later page's in ``later``."""
    pages = [_Page(first)]
    queue = deque(blocks)
    postponed: set[int] = set()

    def new_page() -> _Page:
        pages.append(_Page(later))
        return pages[-1]

    while queue:
        page = pages[-1]
        if _keeps_with_next(queue[0]):
            count = 1
            while count < len(queue) and _keeps_with_next(queue[count]):
                count += 1
            if count < len(queue) and not isinstance(queue[count], NewPage):
                count += 1
            group = [queue.popleft() for _ in range(count)]
            for flowable in group[:-1]:
                flowable.keepWithNext = 0
            if (not page.at_top
                    and _group_height(group, page.area.width) > page.room(group[0])):
                new_page()
            queue.extendleft(reversed(group))
            continue
        flowable = queue.popleft()
        if isinstance(flowable, NewPage):
            new_page()
            continue
        if page.add(flowable):
            continue
        pieces = flowable.split(page.area.width, page.room(flowable))
        if pieces:
            if not page.add(pieces[0]):
                raise LayoutError(said("A part of this letter could not be placed on the page. "
                                       "Please make it shorter (the letter wording in Settings, "
                                       "or the text it prints), then try again."))
            queue.extendleft(reversed(pieces[1:]))
            continue
        if id(flowable) in postponed:
            raise LayoutError(said("A part of this letter is too long to fit on one page. "
                                   "Please make it shorter (the letter wording in Settings, or "
                                   "the text it prints), then try again."))
        postponed.add(id(flowable))
        queue.appendleft(flowable)
        new_page()
    return [page.placed for page in pages]
