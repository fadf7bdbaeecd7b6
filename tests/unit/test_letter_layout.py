"""Laying out a letter's blocks on pages: the rules readers notice (nothing stranded, nothing
split badly, no blank pages)."""

from __future__ import annotations

import pytest

from partapp.reports.fonts import register_fonts
from partapp.reports.letter_layout import Area, LayoutError, NewPage, paginate
from partapp.reports.letter_text import TextBlock, TextStyle, WordWidths

# A page with room for exactly ten lines of 10 pt leading.
FIRST = Area(left=50, width=400, top=300, bottom=200)
LATER = Area(left=50, width=400, top=700, bottom=600)


@pytest.fixture(scope="module")
def widths() -> WordWidths:
    register_fonts()
    return WordWidths()


def style(*, before: float = 0, after: float = 0, keep: bool = False) -> TextStyle:
    regular, bold = register_fonts()
    return TextStyle(font=regular, bold=bold, size=8, leading=10, before=before, after=after,
                     keep_with_next=keep)


def block(widths: WordWidths, lines: int, name: str = "line", **kwargs) -> TextBlock:
    return TextBlock("\n".join(f"{name} {n}" for n in range(1, lines + 1)), style(**kwargs),
                     widths)


def page_text(page) -> list[str]:
    return [line for placed in page for line in placed.flowable._lines]


def test_blocks_that_exactly_fill_the_page_make_one_page_not_a_blank_second(widths):
    pages = paginate([block(widths, 4, after=10), block(widths, 5)], FIRST, LATER)
    assert len(pages) == 1
    assert len(page_text(pages[0])) == 9


def test_space_before_is_dropped_at_the_top_and_spaces_between_blocks_do_not_add_up(widths):
    first = block(widths, 2, before=30, after=10)
    second = block(widths, 2, before=4)
    pages = paginate([first, second], FIRST, LATER)
    (one, two), = pages
    assert one.y == FIRST.top - 20  # no space above the first block on a page
    assert two.y == one.y - 10 - 20  # the larger space (10), not 10 + 4


def test_a_heading_never_sits_alone_at_the_foot_of_a_page(widths):
    filler = block(widths, 8, name="filler")
    heading = block(widths, 1, name="heading", keep=True)
    text = block(widths, 3, name="text")
    pages = paginate([filler, heading, text], FIRST, LATER)
    assert len(pages) == 2
    assert page_text(pages[0]) == [f"filler {n}" for n in range(1, 9)]
    assert page_text(pages[1]) == ["heading 1", "text 1", "text 2", "text 3"]


def test_a_long_paragraph_splits_with_at_least_two_lines_on_each_page(widths):
    pages = paginate([block(widths, 8, name="filler"), block(widths, 5, name="long")],
                     FIRST, LATER)
    assert page_text(pages[0])[-3:] == ["filler 8", "long 1", "long 2"]
    assert page_text(pages[1]) == ["long 3", "long 4", "long 5"]
    # Nine lines used: one line of room left is not enough to start a paragraph there.
    pages = paginate([block(widths, 9, name="filler"), block(widths, 5, name="long")],
                     FIRST, LATER)
    assert page_text(pages[1]) == [f"long {n}" for n in range(1, 6)]
    # With room for four of five lines, two go over so no line is left on its own.
    pages = paginate([block(widths, 6, name="filler"), block(widths, 5, name="long")],
                     FIRST, LATER)
    assert page_text(pages[1]) == ["long 4", "long 5"]


def test_later_pages_use_their_own_area_and_new_page_starts_one(widths):
    pages = paginate([block(widths, 2, name="welsh"), NewPage(), block(widths, 2, name="en")],
                     FIRST, LATER)
    assert [page_text(p) for p in pages] == [["welsh 1", "welsh 2"], ["en 1", "en 2"]]
    assert pages[1][0].y == LATER.top - 20


def test_a_block_taller_than_a_page_that_cannot_split_is_a_clear_error(widths):
    class Tall(TextBlock):
        def split(self, available_width, available_height):
            return []

    with pytest.raises(LayoutError, match="too long to fit on one page"):
        paginate([Tall("\n".join("x" * 12), style(), widths)], FIRST, LATER)
