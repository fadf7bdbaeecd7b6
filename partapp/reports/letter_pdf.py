"""Feedback letters as one PDF: each letter starts on a new page.

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

from collections.abc import Callable, Sequence
from contextlib import contextmanager
from io import BytesIO
from itertools import pairwise
from pathlib import Path
from typing import BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader, simpleSplit
from reportlab.pdfbase.pdfdoc import PDFPage, PDFResourceDictionary
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable
from reportlab.platypus.flowables import HRFlowable

from ..services.collector import collector_paused
from ..services.letter_content import LetterContent, LetterSection
from ..services.organisation import OrganisationDetails
from ..services.output_files import replacing
from .easy_read import PicturePoint, picture_path
from .letter_layout import Area, NewPage, paginate
from .letter_styles import RULE, LetterStyle, letter_style
from .letter_text import TextBlock, WordWidths

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT = 22 * mm
RIGHT = 20 * mm
BOTTOM = 20 * mm
TOP_LATER = 20 * mm
FOOTER_Y = 10 * mm
# The envelope window (DL, UK), measured from the top left of the page, with a little room
# inside it so the address still shows if the letter moves in the envelope.
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT = 20 * mm, 50 * mm, 90 * mm, 35 * mm
ADDRESS_INSET = 3 * mm
LOGO_BOX = (65 * mm, 30 * mm)
LETTERHEAD_TOP = 12 * mm
LETTERHEAD_WIDTH = 78 * mm       # beside the envelope window
LETTERHEAD_WIDE = 100 * mm       # above it, beside the logo
FIRST_BODY_TOP = WINDOW_TOP + WINDOW_HEIGHT + 6 * mm

Progress = Callable[[int, int], None]
_KEEP_BEFORE = ("thanks", "sign_off")


class _LetterWriter:
    """Writes letters one after another onto one canvas: page furniture, then the words."""

    def __init__(self, canvas: Canvas, styles: dict[str, LetterStyle],
                 organisation: OrganisationDetails, logo: bytes | None,
                 widths: WordWidths) -> None:
        self.canvas = canvas
        self.styles = styles
        self.organisation = organisation
        self.logo = logo
        self.widths = widths
        self._address_lines: dict[tuple[str, str, float], list[str]] = {}
        self._letterhead_bottom = {layout: self._measure_letterhead(style)
                                   for layout, style in styles.items()}
        width = PAGE_WIDTH - LEFT - RIGHT
        self._areas = {}
        for layout, style in styles.items():
            body_top = max(FIRST_BODY_TOP, self._date_top(layout) + style.size + 6 * mm)
            self._areas[layout] = (Area(LEFT, width, PAGE_HEIGHT - body_top, BOTTOM),
                                   Area(LEFT, width, PAGE_HEIGHT - TOP_LATER, BOTTOM))

    def write(self, letter: LetterContent) -> int:
        """Lay out and draw one letter, starting on a new page. Returns its number of pages."""
        style = self.styles[letter.layout]
        first, later = self._areas[letter.layout]
        pages = paginate(_story(letter, style, self.widths), first, later)
        canvas = self.canvas
        for number, placed in enumerate(pages, start=1):
            if number == 1:
                self._first_page(letter, style)
            else:
                self._later_page(letter, style)
            if len(pages) > 1:
                self._right_string(FOOTER_Y, f"Page {number} of {len(pages)}", style.bold,
                                   style.footer_size)
            for item in placed:
                item.flowable.drawOn(canvas, item.x, item.y, _sW=item.spare_width)
            canvas.showPage()
        return len(pages)

    # Letterhead (a form, drawn once) -----------------------------------------------------
    def _letterhead_lines(self, style: LetterStyle) -> list[tuple[str, float, str]]:
        """(text, size, font) for each line, right aligned. Lines that would reach the height
        of the envelope window are kept narrow enough to stay clear of it."""
        org = self.organisation
        entries = [(org.name, style.letterhead_name, style.bold)]
        if style.letterhead_full:
            address = ", ".join(x.strip() for x in org.address.splitlines() if x.strip())
            entries += [(address, style.letterhead_size, style.regular)]
            entries += [(x, style.letterhead_size, style.regular)
                        for x in (org.phone, org.email, org.website) if x]
            if org.charity_number:
                entries.append((f"Registered charity {org.charity_number}",
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

    def _measure_letterhead(self, style: LetterStyle) -> float:
        """How far down the page (from the top) the letterhead reaches."""
        lines = self._letterhead_lines(style)
        return LETTERHEAD_TOP + sum(size * 1.2 for _t, size, _f in lines)

    def _date_top(self, layout: str) -> float:
        """Where the date goes (from the top of the page): on the right, level with the bottom
        of the envelope window, or under the letterhead if that is long."""
        style = self.styles[layout]
        return max(WINDOW_TOP + WINDOW_HEIGHT - style.size,
                   self._letterhead_bottom[layout] + style.size * 0.8)

    def _letterhead_form(self, canvas, layout: str) -> str:
        name = f"letterhead-{layout}"
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
        for text, size, font in self._letterhead_lines(style):
            y -= size * 1.2
            canvas.setFont(font, size)
            canvas.drawRightString(right, y + size * 0.2, text)
        canvas.endForm()
        return name

    # Page furniture ----------------------------------------------------------------------
    def _first_page(self, letter: LetterContent, style: LetterStyle) -> None:
        canvas = self.canvas
        canvas.doForm(self._letterhead_form(canvas, letter.layout))
        self._address(canvas, letter, style)
        self._right_string(PAGE_HEIGHT - self._date_top(letter.layout) - style.size,
                           letter.date_text, style.regular, style.size)

    def _later_page(self, letter: LetterContent, style: LetterStyle) -> None:
        """Later pages carry the person's name, so a page two cannot get lost."""
        self.canvas._code.append(self.widths.text_code(
            self.canvas, LEFT, FOOTER_Y, style.regular, style.footer_size,
            style.footer_size * 1.2, [letter.person_name]))

    def _right_string(self, y: float, text: str, font: str, size: float) -> None:
        """Like canvas.drawRightString, from this batch's stored widths and PDF text."""
        x = PAGE_WIDTH - RIGHT - self.widths.measure(font, size)(text)
        self.canvas._code.append(self.widths.text_code(self.canvas, x, y, font, size,
                                                       size * 1.2, [text]))

    def _address(self, canvas, letter: LetterContent, style: LetterStyle) -> None:
        height = WINDOW_HEIGHT - 2 * ADDRESS_INSET
        size = style.address_size
        smallest = min(size, 9.0)
        lines = list(letter.address_lines)
        merged = False
        while True:
            wrapped = [part for line in lines for part in self._split_address(line, style, size)]
            leading = size * 1.12
            if len(wrapped) * leading <= height:
                break
            if not merged and len(lines) >= 4:
                # Town and postcode on one line, before making the writing smaller.
                lines[-2:] = [f"{lines[-2]}  {lines[-1]}"]
                merged = True
                continue
            if size <= smallest:
                break
            size -= 0.5
        canvas._code.append(self.widths.text_code(
            canvas, WINDOW_LEFT + ADDRESS_INSET, PAGE_HEIGHT - WINDOW_TOP - ADDRESS_INSET - size,
            style.regular, size, leading, wrapped))

    def _split_address(self, line: str, style: LetterStyle, size: float) -> list[str]:
        """One address line wrapped to the window (towns and postcodes repeat in a batch)."""
        key = (line, style.regular, size)
        parts = self._address_lines.get(key)
        if parts is None:
            parts = self._address_lines[key] = simpleSplit(
                line, style.regular, size, WINDOW_WIDTH - 2 * ADDRESS_INSET) or [""]
        return parts


def _story(letter: LetterContent, style: LetterStyle, widths: WordWidths) -> list[Flowable]:
    story: list[Flowable] = []
    for index, language in enumerate(letter.languages):
        if index:
            story.append(NewPage())
        story.extend(_sections(letter.sections_in(language), style, widths))
    return story


def _sections(sections: Sequence[LetterSection], style: LetterStyle,
              widths: WordWidths) -> list[Flowable]:
    flowables: list[Flowable] = []
    easy = style.layout == "easy_read"
    seen_items: set[int] = set()
    # The end of a letter stays together: "if you are not happy", the thanks, the signature.
    following = {id(a): b.part for a, b in pairwise(sections)}
    for section in sections:
        if (section.part == "told_us" and section.suggestion_id is not None
                and seen_items and not easy):
            flowables.append(HRFlowable(width="100%", thickness=0.8, color=RULE,
                                        spaceBefore=style.size * 0.2,
                                        spaceAfter=style.size * 0.6))
        if section.suggestion_id is not None:
            seen_items.add(section.suggestion_id)
        if section.part == "heading":
            flowables.append(TextBlock(section.text, style.title, widths))
            continue
        if easy:
            flowables.append(_easy_point(section, style, widths))
            continue
        body = style.body_keep if following.get(id(section)) in _KEEP_BEFORE else style.body
        if section.heading and style.run_in_headings and section.suggestion_id is not None:
            label = section.heading + (":" if section.heading[-1].isalnum() else "")
            flowables.append(TextBlock(section.text, body, widths, label=label))
            continue
        if section.heading:
            flowables.append(TextBlock(section.heading, style.heading, widths))
        flowables.append(TextBlock(section.text, body, widths))
    return flowables


def _easy_point(section: LetterSection, style: LetterStyle, widths: WordWidths) -> Flowable:
    picture = picture_path(section.picture)
    if picture is None:
        return TextBlock(section.text, style.body_beside_picture, widths)
    blocks = []
    if section.heading:
        blocks.append(TextBlock(section.heading, style.heading, widths))
    blocks.append(TextBlock(section.text, style.body, widths))
    return PicturePoint(picture, blocks, size=style.picture, gap=style.picture_gap,
                        spacing=style.size * 0.3)


class _LetterPage(PDFPage):
    """A letter page's dictionary, written straight out: what reportlab writes for a page with
    only contents, a size and resources (no links, transitions or turning), without its
    general-purpose machinery. A thousand-letter batch has over a thousand such pages."""

    def format(self, document) -> bytes:
        self.check_format(document)
        contents = document.Reference(self.Contents).format(document)
        parent = document.Reference(self.Parent).format(document)
        resources = self.Resources.format(document)
        box = " ".join(fp_str(x) for x in self.MediaBox.sequence).encode()
        return (b"<<\n/Contents " + contents + b" /MediaBox [ " + box + b" ] /Parent " + parent
                + b" /Resources " + resources + b" /Type /Page\n>>")


def _tidy_pages(canvas: Canvas) -> None:
    """Before saving: pages that use the same pictures and forms point at one shared resource
    dictionary, written once, instead of each writing its own copy (reportlab's default); and
    plain pages are written by _LetterPage."""
    doc = canvas._doc
    shared: dict[tuple, object] = {}
    for page in doc.Pages.pages:
        if page.Resources or page.ExtGState or page._colorsUsed or page._shadingUsed:
            continue
        names = tuple(page.XObjects.dict) if page.XObjects else ()
        key = (bool(page.hasImages), names)
        if key not in shared:
            resources = PDFResourceDictionary()
            resources.basicFonts()
            if page.hasImages:
                resources.allProcs()
            if page.XObjects:
                resources.XObject = page.XObjects
            shared[key] = doc.Reference(resources)
        page.Resources = shared[key]
        if not (page.Annots or (page.Trans and page.Trans.dict) or page.Rotate):
            page.__class__ = _LetterPage


@contextmanager
def _binary_streams():
    """Write streams as plain compressed bytes, not ASCII85 text: smaller files, and much
    quicker for a thousand letters. Put back as it was afterwards."""
    before = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = before


def render_letters(letters: Sequence[LetterContent], out: Path | BinaryIO, *,
                   organisation: OrganisationDetails, logo: bytes | None = None,
                   large_print_size: int = 18, progress: Progress | None = None) -> int:
    """Write ``letters`` into one PDF at ``out`` (a path or a binary file). Returns the number
    of pages. ``progress(done, total)`` is called after each letter; raising from it stops."""
    if not letters:
        raise ValueError("There are no letters to write.")
    if isinstance(out, Path):  # through a temporary file: never half a PDF, never the data
        with replacing(out, what="the letters") as temp, temp.open("wb") as handle:
            return render_letters(letters, handle, organisation=organisation, logo=logo,
                                  large_print_size=large_print_size, progress=progress)
    layouts = dict.fromkeys(letter.layout for letter in letters)
    styles = {layout: letter_style(layout, large_print_size=large_print_size)
              for layout in layouts}
    smallest = min(style.smallest for style in styles.values())
    # Every page starts in our embedded font at the smallest size used, so no other font is
    # even mentioned in the file.
    canvas = Canvas(out, pagesize=A4, invariant=False,
                    initialFontName=next(iter(styles.values())).regular,
                    initialFontSize=smallest, initialLeading=smallest * 1.2)
    canvas.setAuthor(organisation.name)
    canvas.setTitle("Letters")
    canvas.setSubject("Feedback letters")
    canvas.setCreator("Participation Tracker")
    writer = _LetterWriter(canvas, styles, organisation, logo, WordWidths())
    pages = 0
    with _binary_streams(), collector_paused():
        for done, letter in enumerate(letters, start=1):
            pages += writer.write(letter)
            if progress is not None:
                progress(done, len(letters))
        _tidy_pages(canvas)
        canvas.save()
    return pages
