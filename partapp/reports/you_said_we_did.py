"""'You said, we did' for service users: an easy read summary (2 to 4 pages) and, with
you_said_we_did_poster.py, a one-page poster for a noticeboard, from services.figures.you_said_we_did.

Easy read rules, as in the easy read letters: a picture on the left of each point
(resources/easyread, see easy_read.py), every word 16 pt or more, our own sentences of 15 words
or fewer, one idea to a point. Both PDFs are tagged (PDF/UA-1) the way the annual report is
(annual_tags.py, pdf_structure.py): headings, paragraphs, the pictures as figures with words
that say what they mean, the page numbers as artifacts.

Our own words are in WORDS (you_said_we_did_parts.py), in English and Welsh ("both" shows the Welsh first, then the
English, each marked with its language); a word with no Welsh shows in English. What the
organisation typed (changes, what people said, reasons) stays as typed.
"""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Spacer,
)

from ..services.figures.you_said_we_did import CouldNot, Pair, Summary
from ..services.files.output_files import replacing
from .pdf_structure import language_tag
from .report_styles import esc
from .you_said_we_did_parts import (
    QUOTE_WORDS,
    Para,
    Point,
    Styles,
    build_pdf,
    contact_lines,
    heading,
    languages_of,
    period_words,
    texts,
    typed,
    words,
)

MAX_PAGES = 4  # the summary is cut to its most asked changes until it fits


def _pair_points(pair: Pair, languages: tuple[str, ...], st: Styles, lang: str, size: float,
                 limit: int) -> list[Flowable]:
    """"You said" (with how often we heard it) beside one picture, "We did" beside another;
    with no words of people's that can be shown, only "We did" and how often we heard it."""
    body = st.body.fontSize
    times = (texts("asked_many", languages, st.body, lang, n=pair.asked) if pair.asked > 1
             else [])
    did = [*heading("we_did", languages, st.label, lang), typed(pair.did, st.body, limit)]
    if not pair.said:
        return [Point("change", [*did, *times], size=size, body=body, lang=lang)]
    said = [*heading("you_said", languages, st.label, lang),
            typed(pair.said, st.body, limit, quoted=True), *times]
    return [Point("told_us", said, size=size, body=body, lang=lang),
            Point("change", did, size=size, body=body, lang=lang)]


_OUTCOME_WORDS = {"not_now": ("not_now", "not_now"), "passed_on": ("passed_on", "passed_on"),
                  "not_possible": ("could_not", "no")}


def _could_not_points(item: CouldNot, languages: tuple[str, ...], st: Styles, lang: str,
                      size: float) -> list[Flowable]:
    body = st.body.fontSize
    key, picture = _OUTCOME_WORDS.get(item.outcome, ("could_not", "no"))
    said = [*heading("you_said", languages, st.label, lang),
            typed(item.said, st.body, QUOTE_WORDS, quoted=True)]
    why = [*heading(key, languages, st.label, lang), typed(item.because, st.body, QUOTE_WORDS)]
    out = [Point("told_us", said, size=size, body=body, lang=lang),
           Point(picture, why, size=size, body=body, lang=lang)]
    if item.instead:
        out.append(Point("instead", [*heading("instead", languages, st.label, lang),
                                      typed(item.instead, st.body, QUOTE_WORDS)],
                          size=size, body=body, lang=lang))
    return out


# ---------------------------------------------------------------------------------- summary

def summary_story(summary: Summary, language: str, pairs: int,
                  could_not: int = 3) -> list[Flowable]:
    languages = languages_of(language)
    lang = language_tag(languages[0])
    st = Styles(body=18, heading=24, title=32 if len(languages) == 1 else 28)
    size = 24 * mm
    body = st.body.fontSize
    name = summary.organisation or words("our_organisation", languages[0])
    story: list[Flowable] = [Para(esc(name), st.org)] if summary.organisation else []
    story.append(Para("<br/>".join(esc(words("title", code)) for code in languages), st.h1))
    for code in languages:
        para = Para(esc(words("period", code, **period_words(summary, code))), st.body)
        para.pdf_lang = "" if language_tag(code) == lang else language_tag(code)
        story.append(para)
    story.append(Spacer(1, body * 0.6))
    intro = [*texts("intro_1", languages, st.body, lang),
             *texts("intro_2", languages, st.body, lang)]
    story.append(Point("meeting", intro, size=size, body=body, lang=lang))
    shown = summary.pairs[:pairs]
    if not shown:
        story.append(Point("waiting", [*texts("no_changes", languages, st.body, lang),
                                        *texts("still_working", languages, st.body, lang)],
                            size=size, body=body, lang=lang))
    elif summary.changes > len(shown):
        story.append(Point("change", texts("more_changes", languages, st.body, lang,
                                             n=summary.changes),
                            size=size, body=body, lang=lang))
    for pair in shown:
        story.append(KeepTogether([Spacer(1, body * 0.8),
                                   *_pair_points(pair, languages, st, lang, size,
                                                 QUOTE_WORDS)]))
    for i, item in enumerate(summary.could_not[:could_not]):
        points = _could_not_points(item, languages, st, lang, size)
        if i == 0:  # the heading never alone at the foot of a page
            points = [*heading("could_not_heading", languages, st.h2, lang), *points]
        story.append(KeepTogether([Spacer(1, body * 0.8), *points]))
    story.append(Spacer(1, body * 0.5))
    story.append(Point("thank_you", texts("thanks", languages, st.body, lang), size=size,
                        body=body, lang=lang))
    story += heading("contact_heading", languages, st.h2, lang)
    story.append(Point("phone", [*texts("contact", languages, st.body, lang),
                                  *contact_lines(summary, languages, st, lang)],
                        size=size, body=body, lang=lang))
    return story


def write_summary(summary: Summary, out: Path, *, language: str = "en") -> int:
    """The easy read summary at ``out`` (through a temporary file); returns its pages. With
    too many changes for MAX_PAGES pages, the least asked are left out until it fits."""
    languages = languages_of(language)
    title = " / ".join(words("title", code) for code in languages)
    author = summary.organisation or words("our_organisation", languages[0])

    def footer(page: int) -> str:
        return " / ".join(words("page", code, n=page) for code in languages)

    pairs, could_not = len(summary.pairs), len(summary.could_not)
    with replacing(Path(out), what="the summary") as temp:
        while True:
            buffer = BytesIO()
            pages = build_pdf(summary_story(summary, language, pairs, could_not), buffer,
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
