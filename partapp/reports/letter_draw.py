"""Drawing one feedback letter on a canvas (letter_pdf.py makes the file): each letter starts on
a new page.

Page one of each letter has the letterhead (logo and the organisation's details, drawn once per
document as a form and reused), the name and address placed for a DL window envelope (UK: the
window is about 20 mm from the left, 50 mm from the top, 90 x 35 mm) and the date. Later pages
carry the person's name so a page two cannot get lost. "Page 2 of 3" is printed only when a
letter runs past one page: each letter is laid out (letter_layout.py) before it is drawn, so
its number of pages is known from page one.
All text is in the embedded DejaVu Sans (Droid Sans Fallback for the Chinese, Japanese and Korean
characters it lacks). Text goes on the page as plain text (letter_text.py),
never read as markup, so whatever a person typed prints exactly as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO
from itertools import pairwise
from typing import Any

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from ..services.feedback.letter_content import (
    LetterContent,
    LetterSection,
    charity_line,
    one_line,
    page_of,
)
from ..services.records.organisation import OrganisationDetails
from .easy_read import PicturePoint, picture_alt, picture_path
from .letter_address import (
    ADDRESS_INSET,
    WINDOW_HEIGHT,
    WINDOW_LEFT,
    WINDOW_TOP,
    address_layout,
    wrap_address_line,
)
from .letter_layout import Area, NewPage, paginate
from .letter_styles import RULE, LetterStyle
from .letter_text import TextBlock, WordWidths
from .pdf_structure import ARTIFACT, LAYOUT, PAGINATION, Element, Structure, language_tag
from .rl_adapter import append_code, marked

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 22 * mm
RIGHT = 20 * mm
BOTTOM = 20 * mm
TOP_LATER = 20 * mm
FOOTER_Y = 10 * mm
LOGO_BOX = (65 * mm, 30 * mm)
LETTERHEAD_TOP = 12 * mm
LETTERHEAD_WIDTH = 78 * mm       # beside the envelope window
LETTERHEAD_WIDE = 100 * mm       # above it, beside the logo
FIRST_BODY_TOP = WINDOW_TOP + WINDOW_HEIGHT + 6 * mm

_KEEP_BEFORE = ("thanks", "sign_off")


class LetterWriter:
    """Writes letters one after another onto one canvas: page furniture, then the words."""

    def __init__(self, canvas: Canvas, styles: dict[str, LetterStyle],
                 organisation: OrganisationDetails, logo: bytes | None,
                 widths: WordWidths) -> None:
        self.canvas = canvas
        self.styles = styles
        self.organisation = organisation
        self.logo = logo
        self.widths = widths
        # The document's language: a letter's parts in another language say theirs ("": not
        # known yet, so every part says its own).
        self.document_lang = ""
        self._address_lines: dict[tuple[str, str, float], list[str]] = {}
        # The letterhead (and so where the letter starts) for each layout and first language:
        # its fixed words ("Registered charity") are in the letter's language.
        # And for each letterhead: an office with its own details has its own (0: the
        # organisation's, the rest numbered as they come).
        self._letterhead_bottom: dict[tuple[str, str, int], float] = {}
        self._areas: dict[tuple[str, str, int], tuple[Area, Area]] = {}
        self._heads: dict[OrganisationDetails, int] = {organisation: 0}

    def _head(self, letter: LetterContent) -> tuple[int, OrganisationDetails]:
        """Which letterhead ``letter`` has: its number, and its details."""
        details = letter.letterhead or self.organisation
        return self._heads.setdefault(details, len(self._heads)), details

    def _areas_for(self, letter: LetterContent) -> tuple[Area, Area]:
        layout, lang = letter.layout, letter.language
        head, details = self._head(letter)
        key = (layout, lang, head)
        if key not in self._areas:
            style = self.styles[layout]
            self._letterhead_bottom[key] = self._measure_letterhead(style, lang, details)
            body_top = max(FIRST_BODY_TOP, self._date_top(key) + style.size + 6 * mm)
            width = PAGE_WIDTH - LEFT - RIGHT
            self._areas[key] = (Area(LEFT, width, PAGE_HEIGHT - body_top, BOTTOM),
                                Area(LEFT, width, PAGE_HEIGHT - TOP_LATER, BOTTOM))
        return self._areas[key]

    def write(self, letter: LetterContent, structure: Structure, bookmark: str) -> int:
        """Lay out and draw one letter, starting on a new page. Returns its number of pages.
        Its words are tagged in ``structure`` (one Sect per letter, bookmarked ``bookmark``)."""
        style = self.styles[letter.layout]
        first, later = self._areas_for(letter)
        sect = structure.root.add("Sect", title=bookmark)
        address = sect.add("P")
        when = sect.add("P")
        pages = paginate(_story(letter, style, self.widths, sect, self.document_lang), first,
                         later)
        canvas = self.canvas
        for number, placed in enumerate(pages, start=1):
            structure.new_page()
            if number == 1:
                structure.bookmark(bookmark)
                self._first_page(letter, style, structure, address, when)
            else:
                with marked(canvas, structure, None, PAGINATION):
                    self._later_page(letter, style)
            if len(pages) > 1:
                with marked(canvas, structure, None, PAGINATION):
                    self._right_string(FOOTER_Y, page_of(number, len(pages), letter.languages),
                                       style.bold, style.footer_size)
            for item in placed:
                flowable = item.flowable
                if isinstance(flowable, PicturePoint):
                    flowable.structure = structure
                    flowable.drawOn(canvas, item.x, item.y, _sW=item.spare_width)
                    continue
                tag = getattr(flowable, "tag", None)
                with marked(canvas, structure, tag, "" if tag else LAYOUT):
                    flowable.drawOn(canvas, item.x, item.y, _sW=item.spare_width)
            canvas.showPage()
        return len(pages)

    # Letterhead (a form, drawn once) -----------------------------------------------------
    def _letterhead_lines(self, style: LetterStyle, lang: str, org: OrganisationDetails
                          ) -> list[tuple[str, float, str]]:
        """(text, size, font) for each line, right aligned. Lines that would reach the height
        of the envelope window are kept narrow enough to stay clear of it."""
        entries = [(org.name, style.letterhead_name, style.bold)]
        if style.letterhead_full:
            # A Welsh letterhead gives the Welsh address when there is one.
            address = one_line(org.address_cy if lang == "cy" and org.address_cy.strip()
                               else org.address)
            entries += [(address, style.letterhead_size, style.regular)]
            entries += [(x, style.letterhead_size, style.regular)
                        for x in (org.phone, org.email, org.website) if x]
            if org.charity_number:
                entries.append((charity_line(org.charity_number, lang),
                                style.letterhead_size, style.regular))
        elif org.phone:
            entries.append((org.phone, style.letterhead_size, style.regular))
        lines: list[tuple[str, float, str]] = []
        y = LETTERHEAD_TOP
        for text, size, font in entries:
            for part in simpleSplit(text, font, size, LETTERHEAD_WIDE) if text else []:
                width = LETTERHEAD_WIDE if y + size * 1.2 < WINDOW_TOP else LETTERHEAD_WIDTH
                for piece in simpleSplit(part, font, size, width):
                    lines.append((piece, size, font))
                    y += size * 1.2
        return lines

    def _measure_letterhead(self, style: LetterStyle, lang: str,
                            org: OrganisationDetails) -> float:
        """How far down the page (from the top) the letterhead reaches."""
        lines = self._letterhead_lines(style, lang, org)
        return LETTERHEAD_TOP + sum(size * 1.2 for _t, size, _f in lines)

    def _date_top(self, key: tuple[str, str, int]) -> float:
        """Where the date goes (from the top of the page): on the right, level with the bottom
        of the envelope window, or under the letterhead if that is long. ``key``: the
        letter's layout, first language and letterhead."""
        style = self.styles[key[0]]
        return max(WINDOW_TOP + WINDOW_HEIGHT - style.size,
                   self._letterhead_bottom[key] + style.size * 0.8)

    def _letterhead_form(self, canvas: Any, letter: LetterContent) -> str:
        layout, lang = letter.layout, letter.language
        head, org = self._head(letter)
        name = f"letterhead-{layout}-{lang}" + (f"-{head}" if head else "")
        if canvas.hasForm(name):
            return name
        style = self.styles[layout]
        canvas.beginForm(name)
        if self.logo:
            reader = ImageReader(BytesIO(self.logo))
            width, height = reader.getSize()
            scale = min(LOGO_BOX[0] / width, LOGO_BOX[1] / height)
            canvas.drawImage(reader, WINDOW_LEFT, PAGE_HEIGHT - LETTERHEAD_TOP - height * scale,
                             width * scale, height * scale, mask="auto")
        y = PAGE_HEIGHT - LETTERHEAD_TOP
        right = PAGE_WIDTH - RIGHT
        for text, size, font in self._letterhead_lines(style, lang, org):
            y -= size * 1.2
            canvas.setFont(font, size)
            canvas.drawRightString(right, y + size * 0.2, text)
        canvas.endForm()
        return name

    # Page furniture ----------------------------------------------------------------------
    def _first_page(self, letter: LetterContent, style: LetterStyle, structure: Structure,
                    address: Element, when: Element) -> None:
        canvas = self.canvas
        with marked(canvas, structure, None, ARTIFACT):
            canvas.doForm(self._letterhead_form(canvas, letter))
        with marked(canvas, structure, address):
            self._address(canvas, letter, style)
        with marked(canvas, structure, when):
            key = (letter.layout, letter.language, self._head(letter)[0])
            self._right_string(PAGE_HEIGHT - self._date_top(key) - style.size,
                               letter.date_text, style.regular, style.size)

    def _later_page(self, letter: LetterContent, style: LetterStyle) -> None:
        """Later pages carry the person's name, so a page two cannot get lost."""
        append_code(self.canvas, self.widths.text_code(
            self.canvas, LEFT, FOOTER_Y, style.regular, style.footer_size,
            style.footer_size * 1.2, [letter.person_name]))

    def _right_string(self, y: float, text: str, font: str, size: float) -> None:
        """Like canvas.drawRightString, from this batch's stored widths and PDF text."""
        x = PAGE_WIDTH - RIGHT - self.widths.measure(font, size)(text)
        append_code(self.canvas, self.widths.text_code(self.canvas, x, y, font, size,
                                                       size * 1.2, [text]))

    def _address(self, canvas: Any, letter: LetterContent, style: LetterStyle) -> None:
        placed = address_layout(letter.address_lines, style, self._split_address)
        append_code(canvas, self.widths.text_code(
            canvas, WINDOW_LEFT + ADDRESS_INSET,
            PAGE_HEIGHT - WINDOW_TOP - ADDRESS_INSET - placed.size, style.regular, placed.size,
            placed.leading, list(placed.lines)))

    def _split_address(self, line: str, font: str, size: float) -> list[str]:
        """One address line wrapped to the window (towns and postcodes repeat in a batch)."""
        key = (line, font, size)
        parts = self._address_lines.get(key)
        if parts is None:
            parts = self._address_lines[key] = wrap_address_line(line, font, size)
        return parts


def _story(letter: LetterContent, style: LetterStyle, widths: WordWidths, sect: Element,
           document_lang: str) -> list[Flowable]:
    story: list[Flowable] = []
    for index, language in enumerate(letter.languages):
        if index:
            story.append(NewPage())
        lang = language_tag(language)
        part = sect.add("Sect", lang="" if lang == document_lang else lang)
        story.extend(_sections(letter.sections_in(language), style, widths, part, lang))
    return story


def _sections(sections: Sequence[LetterSection], style: LetterStyle,
              widths: WordWidths, part: Element, lang: str) -> list[Flowable]:
    """The blocks of one language's words, each tagged with its element in ``part``."""
    flowables: list[Flowable] = []
    easy = style.layout == "easy_read"
    seen_items: set[int] = set()
    # The end of a letter stays together: "if you are not happy", the thanks, the signature.
    following = {id(a): b.part for a, b in pairwise(sections)}

    def block(text: str, text_style: Any, role: str, **options: Any) -> TextBlock:
        result = TextBlock(text, text_style, widths, **options)
        result.tag = part.add(role)
        return result

    slip_start = None
    for section in sections:
        if section.part.startswith("slip_") and slip_start is None:
            slip_start = _start_slip(flowables, section, style)
        if section.part == "told_us" and section.suggestion_id is not None and seen_items:
            # A clear break between one suggestion and the next (easy read asks for one too).
            flowables.append(HRFlowable(width="100%", thickness=1.2 if easy else 0.8,
                                        color=RULE, spaceBefore=style.size * 0.2,
                                        spaceAfter=style.size * 0.6))
        if section.suggestion_id is not None:
            seen_items.add(section.suggestion_id)
        if section.part == "heading":
            flowables.append(block(section.text, style.title, "H1"))
            continue
        if easy:
            flowables.append(_easy_point(section, style, widths, part, lang))
            continue
        body = style.body_keep if following.get(id(section)) in _KEEP_BEFORE else style.body
        if section.heading and style.run_in_headings and section.suggestion_id is not None:
            label = section.heading + (":" if section.heading[-1].isalnum() else "")
            flowables.append(block(section.text, body, "P", label=label))
            continue
        if section.heading:
            flowables.append(block(section.heading, style.heading, "H2"))
        flowables.append(block(section.text, body, "P"))
    if slip_start is not None:  # the reply slip stays in one piece when it can
        for flowable in flowables[slip_start:-1]:
            flowable.keepWithNext = 1
    return flowables


def _start_slip(flowables: list[Flowable], section: LetterSection, style: LetterStyle) -> int:
    """Where the reply slip ("Did it make a difference?") starts: a dashed line to cut along
    above a printed one, or a page of its own in easy read. Returns its first index."""
    if style.layout == "easy_read":
        flowables.append(NewPage())
    start = len(flowables)
    if section.part == "slip_cut" and style.layout != "easy_read":
        flowables.append(HRFlowable(width="100%", thickness=1, color=RULE, dash=(5, 4),
                                    spaceBefore=style.size * 1.5, spaceAfter=style.size * 0.4))
    return start


def key_words(text: str) -> tuple[str, str]:
    """Easy read puts the key words in bold: a point's first line, when it introduces the rest
    with a colon ("What happens next:", "On 1 April 2025 you told us:"), becomes a bold line of
    its own. Returns (the bold line or "", the text under it)."""
    first, newline, rest = text.partition("\n")
    if newline and rest.strip() and first.rstrip().endswith(":") and len(first) <= 80:
        return first.rstrip(), "\n" + rest
    return "", text


def _easy_point(section: LetterSection, style: LetterStyle, widths: WordWidths, part: Element,
                lang: str) -> Flowable:
    picture = picture_path(section.picture)
    if picture is None:
        result = TextBlock(section.text, style.body_beside_picture, widths)
        result.tag = part.add("P")
        return result
    blocks = []
    if section.heading:
        blocks.append(TextBlock(section.heading, style.heading, widths))
        blocks[-1].tag = part.add("H2")
    # The pictures' words are in English: the figure says so in a Welsh part.
    figure = part.add("Figure", alt=picture_alt(section.picture),
                      lang="" if lang == "en-GB" else "en-GB")
    label, text = key_words(section.text)
    blocks.append(TextBlock(text, style.body, widths, label=label))
    blocks[-1].tag = part.add("P")
    point = PicturePoint(picture, blocks, size=style.picture, gap=style.picture_gap,
                         spacing=style.size * 0.3)
    point.figure = figure
    return point
