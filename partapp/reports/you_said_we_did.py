"""'You said, we did' for service users: an easy read summary (2 to 4 pages) and, with
you_said_we_did_poster.py, a one-page poster for a noticeboard, from services.figures.you_said_we_did.

Easy read rules, as in the easy read letters: a picture on the left of each point
(resources/easyread, see easy_read.py), every word 16 pt or more, our own sentences of 15 words
or fewer, one idea to a point. Both PDFs are tagged (PDF/UA-1) the way the annual report is
(annual_tags.py, pdf_structure.py): headings, paragraphs, the pictures as figures with words
that say what they mean, the page numbers as artifacts.

Our own words are in WORDS, in English and Welsh ("both" shows the Welsh first, then the
English, each marked with its language); a word with no Welsh shows in English. What the
organisation typed (changes, what people said, reasons) stays as typed.
"""

from __future__ import annotations

from collections.abc import Callable
from io import BytesIO
from pathlib import Path
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
    KeepTogether,
    PageTemplate,
    Spacer,
)

from ..services.feedback.letter_content import format_date
from ..services.figures.you_said_we_did import CouldNot, Pair, Summary
from ..services.files.output_files import replacing
from .annual_tags import Paragraph, Tagger, artifact, tagger_of
from .easy_read import PicturePoint, picture_alt, picture_path
from .fonts import register_fonts
from .pdf_structure import PAGINATION, Structure, language_tag
from .report_styles import esc, short

LANGUAGES = ("en", "cy", "both")
SMALLEST = 16  # pt: no word in either PDF is smaller
MAX_PAGES = 4  # the summary is cut to its most asked changes until it fits
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


def _languages(language: str) -> tuple[str, ...]:
    if language not in LANGUAGES:
        raise ValueError(f"The language must be one of {', '.join(LANGUAGES)}.")
    return ("cy", "en") if language == "both" else (language,)


# ----------------------------------------------------------------------------------- styles

class _Styles:
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


class _Para(Paragraph):
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


class _Point(PicturePoint):
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
            if isinstance(part, PicturePoint) and not isinstance(part, _Point):
                part.__class__ = _Point
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


class _Logo(Flowable):
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


def _build(story: list[Flowable], out: Any, *, title: str, author: str, lang: str,
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


def _second(style: ParagraphStyle) -> ParagraphStyle:
    """``style`` in our blue (the same name, so the same tag)."""
    return ParagraphStyle(style.name, parent=style, textColor=DARK)


def _texts(key: str, languages: tuple[str, ...], style: ParagraphStyle, lang: str,
           **values: object) -> list[Flowable]:
    """Our words ``key`` once for each language, each marked with its language when it is
    not the document's."""
    out = []
    for i, code in enumerate(languages):
        # With both, the second language is in our blue, so each reader finds theirs.
        para = _Para(esc(words(key, code, **values)), _second(style) if i else style)
        tag = language_tag(code)
        para.pdf_lang = "" if tag == lang else tag
        out.append(para)
    return out


def _typed(text: str, style: ParagraphStyle, limit: int, *, quoted: bool = False,
           label: str = "") -> Flowable:
    """What the organisation typed, as typed (very long texts cut at ``limit`` words), in
    quotation marks when ``quoted``, after a bold ``label`` if given."""
    cut = esc(short(text, words=limit, chars=limit * 9))
    if quoted:
        cut = f"\u201c{cut}\u201d"
    return _Para(f"<b>{esc(label)}</b> {cut}" if label else cut, style)


def _pair_points(pair: Pair, languages: tuple[str, ...], st: _Styles, lang: str, size: float,
                 limit: int) -> list[Flowable]:
    """"You said" (with how often we heard it) beside one picture, "We did" beside another;
    with no words of people's that can be shown, only "We did" and how often we heard it."""
    body = st.body.fontSize
    times = (_texts("asked_many", languages, st.body, lang, n=pair.asked) if pair.asked > 1
             else [])
    did = [*_heading("we_did", languages, st.label, lang), _typed(pair.did, st.body, limit)]
    if not pair.said:
        return [_Point("change", [*did, *times], size=size, body=body, lang=lang)]
    said = [*_heading("you_said", languages, st.label, lang),
            _typed(pair.said, st.body, limit, quoted=True), *times]
    return [_Point("told_us", said, size=size, body=body, lang=lang),
            _Point("change", did, size=size, body=body, lang=lang)]


_OUTCOME_WORDS = {"not_now": ("not_now", "not_now"), "passed_on": ("passed_on", "passed_on"),
                  "not_possible": ("could_not", "no")}


def _could_not_points(item: CouldNot, languages: tuple[str, ...], st: _Styles, lang: str,
                      size: float) -> list[Flowable]:
    body = st.body.fontSize
    key, picture = _OUTCOME_WORDS.get(item.outcome, ("could_not", "no"))
    said = [*_heading("you_said", languages, st.label, lang),
            _typed(item.said, st.body, QUOTE_WORDS, quoted=True)]
    why = [*_heading(key, languages, st.label, lang), _typed(item.because, st.body, QUOTE_WORDS)]
    out = [_Point("told_us", said, size=size, body=body, lang=lang),
           _Point(picture, why, size=size, body=body, lang=lang)]
    if item.instead:
        out.append(_Point("instead", [*_heading("instead", languages, st.label, lang),
                                      _typed(item.instead, st.body, QUOTE_WORDS)],
                          size=size, body=body, lang=lang))
    return out


def _contact_lines(summary: Summary, languages: tuple[str, ...], st: _Styles,
                   lang: str) -> list[Flowable]:
    out: list[Flowable] = []
    if summary.organisation:
        out.append(_Para(esc(summary.organisation), st.label))
    for key in ("phone", "email", "website"):
        value = getattr(summary, key)
        if value:
            out.append(_Para(f"{esc(_joined(key, languages))} {esc(value)}", st.body))
    return out


def _period(summary: Summary, code: str) -> dict[str, str]:
    return {"start": format_date(summary.start, code), "end": format_date(summary.end, code)}


def _joined(key: str, languages: tuple[str, ...], **values: object) -> str:
    """Our words ``key`` in every language asked: "Welsh / English", a colon only at the end."""
    parts = [words(key, code, **values) for code in languages]
    if all(part.endswith(":") for part in parts):
        parts = [part.removesuffix(":") for part in parts[:-1]] + parts[-1:]
    return " / ".join(parts)


def _heading(key: str, languages: tuple[str, ...], style: ParagraphStyle, lang: str,
             **values: object) -> list[Flowable]:
    """One heading in every language asked ("Welsh / English" when both; a colon only at
    the end)."""
    return [_Para(esc(_joined(key, languages, **values)), style)]


# ---------------------------------------------------------------------------------- summary

def summary_story(summary: Summary, language: str, pairs: int,
                  could_not: int = 3) -> list[Flowable]:
    languages = _languages(language)
    lang = language_tag(languages[0])
    st = _Styles(body=18, heading=24, title=32 if len(languages) == 1 else 28)
    size = 24 * mm
    body = st.body.fontSize
    name = summary.organisation or words("our_organisation", languages[0])
    story: list[Flowable] = [_Para(esc(name), st.org)] if summary.organisation else []
    story.append(_Para("<br/>".join(esc(words("title", code)) for code in languages), st.h1))
    for code in languages:
        para = _Para(esc(words("period", code, **_period(summary, code))), st.body)
        para.pdf_lang = "" if language_tag(code) == lang else language_tag(code)
        story.append(para)
    story.append(Spacer(1, body * 0.6))
    intro = [*_texts("intro_1", languages, st.body, lang),
             *_texts("intro_2", languages, st.body, lang)]
    story.append(_Point("meeting", intro, size=size, body=body, lang=lang))
    shown = summary.pairs[:pairs]
    if not shown:
        story.append(_Point("waiting", [*_texts("no_changes", languages, st.body, lang),
                                        *_texts("still_working", languages, st.body, lang)],
                            size=size, body=body, lang=lang))
    elif summary.changes > len(shown):
        story.append(_Point("change", _texts("more_changes", languages, st.body, lang,
                                             n=summary.changes),
                            size=size, body=body, lang=lang))
    for pair in shown:
        story.append(KeepTogether([Spacer(1, body * 0.8),
                                   *_pair_points(pair, languages, st, lang, size,
                                                 QUOTE_WORDS)]))
    for i, item in enumerate(summary.could_not[:could_not]):
        points = _could_not_points(item, languages, st, lang, size)
        if i == 0:  # the heading never alone at the foot of a page
            points = [*_heading("could_not_heading", languages, st.h2, lang), *points]
        story.append(KeepTogether([Spacer(1, body * 0.8), *points]))
    story.append(Spacer(1, body * 0.5))
    story.append(_Point("thank_you", _texts("thanks", languages, st.body, lang), size=size,
                        body=body, lang=lang))
    story += _heading("contact_heading", languages, st.h2, lang)
    story.append(_Point("phone", [*_texts("contact", languages, st.body, lang),
                                  *_contact_lines(summary, languages, st, lang)],
                        size=size, body=body, lang=lang))
    return story


def write_summary(summary: Summary, out: Path, *, language: str = "en") -> int:
    """The easy read summary at ``out`` (through a temporary file); returns its pages. With
    too many changes for MAX_PAGES pages, the least asked are left out until it fits."""
    languages = _languages(language)
    title = " / ".join(words("title", code) for code in languages)
    author = summary.organisation or words("our_organisation", languages[0])

    def footer(page: int) -> str:
        return " / ".join(words("page", code, n=page) for code in languages)

    pairs, could_not = len(summary.pairs), len(summary.could_not)
    with replacing(Path(out), what="the summary") as temp:
        while True:
            buffer = BytesIO()
            pages = _build(summary_story(summary, language, pairs, could_not), buffer,
                           title=title, author=author, lang=language_tag(languages[0]),
                           footer=footer)
            if pages <= MAX_PAGES or (pairs <= 1 and could_not <= 1):
                break
            if pairs > 3 or could_not <= 1:  # fewer changes, then fewer "could not"
                pairs -= 1
            else:
                could_not -= 1
        temp.write_bytes(buffer.getvalue())
    return pages
