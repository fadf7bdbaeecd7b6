"""The pieces both 'You said, we did' PDFs are made of (the summary, you_said_we_did.py, and the
poster, you_said_we_did_poster.py): our own words in English and Welsh, the styles, tagged
paragraphs and pictures, the logo, and the tagged page with its "Page N".
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from ..services.feedback.letter_content import format_date
from ..services.figures.you_said_we_did import Summary
from .annual_tags import Paragraph, Tagger, artifact, tagger_of
from .easy_read import PicturePoint, picture_alt, picture_path
from .fonts import register_fonts
from .pdf_structure import PAGINATION, Structure, language_tag
from .report_styles import esc, short

LANGUAGES = ("en", "cy", "both")
SMALLEST = 16  # pt: no word in either PDF is smaller
MIN_POSTER = 3
DARK = HexColor("#1f3a5f")
MARGIN = 18 * mm
QUOTE_WORDS = 30  # what people said, cut to this many words (the poster: POSTER_WORDS)
POSTER_WORDS = 24

# Our own words: key -> (English, Welsh). "{...}" are filled in; Welsh "" shows the English.
WORDS: dict[str, tuple[str, str]] = {
    "title": ("You said, we did", "Dywedoch chi, fe wnaethon ni"),
    "you_said": ("You said:", "Dywedoch chi:"),
    "we_did": ("We did:", "Fe wnaethon ni:"),
    "period": ("From {start} to {end}.", "O {start} i {end}."),
    "intro_1": ("You told us what you think.", "Fe ddywedoch chi wrthon ni beth rydych chi'n ei feddwl."),
    "intro_2": ("We listened. These are the changes we made.",
                "Fe wnaethon ni wrando. Dyma'r newidiadau a wnaethon ni."),
    "asked_many": ("We heard this {n} times.", "Fe glywson ni hyn {n} o weithiau."),
    "more_changes": ("We made {n} changes. Here are the ones asked for most.",
                     "Fe wnaethon ni {n} o newidiadau. Dyma'r rhai y gofynnwyd amdanyn nhw fwyaf."),
    "no_changes": ("We did not finish any changes in this time.",
                   "Wnaethon ni ddim gorffen unrhyw newidiadau yn ystod yr amser hwn."),
    "still_working": ("We are still working on what you told us.",
                      "Rydyn ni'n dal i weithio ar beth ddywedoch chi wrthon ni."),
    "could_not_heading": ("What we could not do", "Beth na allen ni ei wneud"),
    "could_not": ("We could not do this, because:", "Allen ni ddim gwneud hyn, oherwydd:"),
    "not_now": ("We cannot do this now, because:", "Allwn ni ddim gwneud hyn nawr, oherwydd:"),
    "passed_on": ("We passed this on, because:", "Fe wnaethon ni basio hyn ymlaen, oherwydd:"),
    "instead": ("What we can do:", "Beth allwn ni ei wneud:"),
    "thanks": ("Thank you for telling us what you think. Please keep telling us.",
               "Diolch am ddweud wrthon ni beth rydych chi'n ei feddwl. Daliwch ati i ddweud "
               "wrthon ni."),
    "contact_heading": ("Talk to us", "Siaradwch â ni"),
    "contact": ("Do you want to know more? Please get in touch.",
                "Ydych chi eisiau gwybod mwy? Cysylltwch â ni."),
    "phone": ("Phone:", "Ffôn:"),
    "email": ("Email:", "E-bost:"),
    "website": ("Website:", "Gwefan:"),
    "page": ("Page {n}", "Tudalen {n}"),
    "poster_tell": ("Tell us what you think.", "Dywedwch wrthon ni beth rydych chi'n ei feddwl."),
    "our_organisation": ("Our organisation", "Ein sefydliad"),
    "logo": ("The logo of {name}", "Logo {name}"),
}


def words(key: str, language: str, **values: object) -> str:
    """Our fixed words ``key`` in ``language`` (en or cy; English if there is no Welsh)."""
    english, welsh = WORDS[key]
    text = welsh if language == "cy" and welsh else english
    return text.format(**values) if values else text


def languages_of(language: str) -> tuple[str, ...]:
    if language not in LANGUAGES:
        raise ValueError(f"The language must be one of {', '.join(LANGUAGES)}.")
    return ("cy", "en") if language == "both" else (language,)


# ----------------------------------------------------------------------------------- styles

class Styles:
    def __init__(self, *, body: float, heading: float, title: float) -> None:
        regular, bold = register_fonts()
        self.regular, self.bold = regular, bold
        self.body = ParagraphStyle("Body", fontName=regular, fontSize=body, leading=body * 1.3,
                                   textColor=HexColor("#111111"), spaceAfter=body * 0.25)
        self.label = ParagraphStyle("Label", parent=self.body, fontName=bold)
        self.h2 = ParagraphStyle("H2", parent=self.body, fontName=bold, fontSize=heading,
                                 leading=heading * 1.25, textColor=DARK, spaceBefore=6,
                                 spaceAfter=heading * 0.4)
        self.h1 = ParagraphStyle("H1", parent=self.h2, fontSize=title, leading=title * 1.2,
                                 spaceBefore=0, spaceAfter=title * 0.3)
        self.org = ParagraphStyle("Org", parent=self.label, textColor=DARK)


class Para(Paragraph):
    """A tagged paragraph that may be in another language than the document's."""

    pdf_lang = ""

    def draw(self, *args: Any, **kwargs: Any) -> Any:
        tagger = tagger_of(self.canv)
        if tagger is not None and not tagger.inside and self.pdf_lang:
            tagger.element(self if self.tag_key is None else self.tag_key, self._role(),
                           lang=self.pdf_lang)
        return super().draw(*args, **kwargs)

    def split(self, availWidth: float, availHeight: float) -> Any:
        parts = super().split(availWidth, availHeight)
        for part in parts:
            part.pdf_lang = self.pdf_lang
        return parts


class Point(PicturePoint):
    """An easy read point whose picture is tagged as a Figure through the build's Tagger."""

    def __init__(self, name: str, paragraphs: list[Flowable], *, size: float,
                 body: float, lang: str) -> None:
        super().__init__(picture_path(name), paragraphs, size=size, gap=size * 0.3,
                         spacing=body * 0.25)
        self.name = name
        self.lang = lang

    def split(self, available_width: Any, available_height: Any) -> Any:
        parts = super().split(available_width, available_height)
        for part in parts:
            if isinstance(part, PicturePoint) and not isinstance(part, Point):
                part.__class__ = Point
                part.name, part.lang = self.name, self.lang
        return parts

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        if tagger is not None and self.picture:
            # The pictures' words are in English: the figure says so in a Welsh document.
            lang = "" if self.lang == "en-GB" else "en-GB"
            self.figure = tagger.element((self, "figure"), "Figure",
                                         alt=picture_alt(self.name), lang=lang)
            self.structure = tagger.structure
        super().draw()


class Logo(Flowable):
    """The organisation's logo, at most ``width`` by ``height``, tagged as a Figure."""

    def __init__(self, data: bytes, alt: str, *, width: float, height: float) -> None:
        super().__init__()
        self.reader = ImageReader(BytesIO(data))
        w, h = self.reader.getSize()
        scale = min(width / w, height / h)
        self.draw_width, self.draw_height = w * scale, h * scale
        self.alt = alt

    def wrap(self, available_width: Any, available_height: Any) -> Any:
        self.width = available_width
        return available_width, self.draw_height

    def draw(self) -> None:
        tagger = tagger_of(self.canv)
        x = self.width - self.draw_width
        if tagger is None:
            self.canv.drawImage(self.reader, x, 0, self.draw_width, self.draw_height,
                                mask="auto")
            return
        element = tagger.element(self, "Figure", alt=self.alt)
        with tagger.marked(element):
            self.canv.drawImage(self.reader, x, 0, self.draw_width, self.draw_height,
                                mask="auto")


class _Document(BaseDocTemplate):
    """One page template; a fresh structure for each build; "Page N" at the foot."""

    def __init__(self, filename: Any, *, lang: str, footer: Callable[[int], str] | None,
                 footer_font: str, **kwargs: Any) -> None:
        super().__init__(filename, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN, bottomMargin=MARGIN + (10 * mm if footer else 0),
                         **kwargs)
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._on_page)])
        self.lang = lang
        self.footer = footer
        self.footer_font = footer_font
        self.structure: Structure | None = None

    def handle_documentBegin(self) -> None:
        self.structure = Structure(lang=self.lang, title=self.title)
        self.canv.partapp_tagger = Tagger(self.canv, self.structure)
        super().handle_documentBegin()

    def handle_pageBegin(self) -> None:
        assert self.structure is not None  # made in handle_documentBegin
        self.structure.new_page()
        super().handle_pageBegin()

    def _on_page(self, canvas: Any, doc: Any) -> None:
        if self.footer is None:
            return
        with artifact(canvas, PAGINATION):
            canvas.saveState()
            canvas.setFont(self.footer_font, SMALLEST)
            canvas.setFillColor(DARK)
            canvas.drawRightString(A4[0] - MARGIN, MARGIN, self.footer(doc.page))
            canvas.restoreState()


def build_pdf(story: list[Flowable], out: Any, *, title: str, author: str, lang: str,
           footer: Callable[[int], str] | None) -> int:
    """Lay ``story`` out as a tagged PDF written to ``out`` (a binary file); its pages."""
    regular, _bold = register_fonts()
    drawn = BytesIO()
    doc = _Document(drawn, lang=lang, footer=footer, footer_font=regular, title=title,
                    author=author, creator="Participation Tracker", subject=title,
                    initialFontName=regular, initialFontSize=SMALLEST)
    doc.build(story)
    assert doc.structure is not None
    from .pdf_structure_write import write_structure  # pikepdf: only now
    write_structure(doc.structure, drawn.getvalue(), out, compact=True)
    return int(doc.page)


def second(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` in our blue (the same name, so the same tag)."""
    return ParagraphStyle(style.name, parent=style, textColor=DARK)


def texts(key: str, languages: tuple[str, ...], style: ParagraphStyle, lang: str,
           **values: object) -> list[Flowable]:
    """Our words ``key`` once for each language, each marked with its language when it is
    not the document's."""
    out = []
    for i, code in enumerate(languages):
        # With both, the second language is in our blue, so each reader finds theirs.
        para = Para(esc(words(key, code, **values)), second(style) if i else style)
        tag = language_tag(code)
        para.pdf_lang = "" if tag == lang else tag
        out.append(para)
    return out


def typed(text: str, style: ParagraphStyle, limit: int, *, quoted: bool = False,
           label: str = "") -> Flowable:
    """What the organisation typed, as typed (very long texts cut at ``limit`` words), in
    quotation marks when ``quoted``, after a bold ``label`` if given."""
    cut = esc(short(text, words=limit, chars=limit * 9))
    if quoted:
        cut = f"\u201c{cut}\u201d"
    return Para(f"<b>{esc(label)}</b> {cut}" if label else cut, style)


def contact_lines(summary: Summary, languages: tuple[str, ...], st: Styles,
                   lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    if summary.organisation:
        out.append(Para(esc(summary.organisation), st.label))
    for key in ("phone", "email", "website"):
        value = getattr(summary, key)
        if value:
            out.append(Para(f"{esc(joined(key, languages))} {esc(value)}", st.body))
    return out


def period_words(summary: Summary, code: str) -> dict[str, str]:
    return {"start": format_date(summary.start, code), "end": format_date(summary.end, code)}


def joined(key: str, languages: tuple[str, ...], **values: object) -> str:
    """Our words ``key`` in every language asked: "Welsh / English", a colon only at the end."""
    parts = [words(key, code, **values) for code in languages]
    if all(part.endswith(":") for part in parts):
        parts = [part.removesuffix(":") for part in parts[:-1]] + parts[-1:]
    return " / ".join(parts)


def heading(key: str, languages: tuple[str, ...], style: ParagraphStyle, lang: str,
             **values: object) -> list[Flowable]:
    """One heading in every language asked ("Welsh / English" when both; a colon only at
    the end)."""
    return [Para(esc(joined(key, languages, **values)), style)]
