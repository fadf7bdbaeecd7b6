"""The one-page 'You said, we did' poster for a noticeboard: the most asked pairs that fit on
one A4 page, in large words. Built from the same pieces as the summary (you_said_we_did.py)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, TableStyle

from ..services.figures.you_said_we_did import MAX_POSTER, Summary
from ..services.files.output_files import replacing
from .annual_tags import layout_table
from .pdf_structure import language_tag
from .report_styles import esc
from .you_said_we_did_parts import (
    MARGIN,
    MIN_POSTER,
    POSTER_WORDS,
    SMALLEST,
    Logo,
    Para,
    Point,
    Styles,
    build_pdf,
    contact_lines,
    joined,
    languages_of,
    period_words,
    texts,
    typed,
    words,
)


def poster_story(summary: Summary, language: str, pairs: int, limit: int,
                 body: float = 19) -> list[Flowable]:
    languages = languages_of(language)
    lang = language_tag(languages[0])
    both = len(languages) > 1
    st = Styles(body=body, heading=26, title=44 if not both else 28)
    size = 20 * mm
    body = st.body.fontSize
    name = summary.organisation or words("our_organisation", languages[0])
    story: list[Flowable] = []
    top = Para(esc(name), st.org) if summary.organisation else Spacer(1, 1)
    logo = None
    if summary.logo:
        try:
            logo = Logo(summary.logo, words("logo", languages[0], name=name),
                         width=60 * mm, height=22 * mm)
        except (OSError, ValueError):  # a logo that cannot be read: left off the poster
            logo = None
    if logo is not None:  # the name at the left, the logo at the right, on one line
        width = A4[0] - 2 * MARGIN
        row = layout_table([[top, logo]], colWidths=[width - 64 * mm, 64 * mm])
        row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                                 ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
        story += [row, Spacer(1, 2 * mm)]
    elif summary.organisation:
        story.append(top)
    story.append(Para("<br/>".join(esc(words("title", code)) for code in languages), st.h1))
    for code in languages:
        para = Para(esc(words("period", code, **period_words(summary, code))), st.body)
        para.pdf_lang = "" if language_tag(code) == lang else language_tag(code)
        story.append(para)
    story.append(Spacer(1, body * 0.6))
    # Pairs with what people said first: a poster says both halves.
    chosen = sorted(summary.pairs, key=lambda p: not p.said)[:pairs]
    if not chosen:
        story.append(Point("waiting", [*texts("no_changes", languages, st.body, lang),
                                        *texts("still_working", languages, st.body, lang)],
                            size=size, body=body, lang=lang))
    said_label = joined("you_said", languages)
    did_label = joined("we_did", languages)
    for pair in chosen:
        lines = [typed(pair.said, st.body, limit, quoted=True, label=said_label)] if (
            pair.said) else []
        lines.append(typed(pair.did, st.body, limit, label=did_label))
        story.append(Point("change", lines, size=size, body=body, lang=lang))
    story.append(Spacer(1, body * 0.3))
    story.append(Point("phone", [*texts("poster_tell", languages, st.label, lang),
                                  *contact_lines(summary, languages, st, lang)],
                        size=size, body=body, lang=lang))
    return story


def write_poster(summary: Summary, out: Path, *, language: str = "en") -> int:
    """The one-page poster at ``out``: the most asked pairs that fit on one A4 page (at most
    MAX_POSTER, at least MIN_POSTER when there are that many, long texts cut shorter)."""
    languages = languages_of(language)
    title = " / ".join(words("title", code) for code in languages)
    author = summary.organisation or words("our_organisation", languages[0])
    most = min(MAX_POSTER, len(summary.pairs))
    fewest = min(MIN_POSTER, most)
    # Fewer pairs first (down to 3), then smaller words (never under 16 pt), and only then
    # texts cut short; a poster that still does not fit has fewer than 3.
    tries = [(n, POSTER_WORDS, 19) for n in range(most, fewest - 1, -1)]
    tries += [(fewest, POSTER_WORDS, 17), (fewest, POSTER_WORDS, SMALLEST)]
    tries += [(fewest, words, SMALLEST) for words in (16, 12, 8)]
    tries += [(n, 8, SMALLEST) for n in range(fewest - 1, 0, -1)]
    with replacing(Path(out), what="the poster") as temp:
        for pairs, limit, body in tries:
            buffer = BytesIO()
            pages = build_pdf(poster_story(summary, language, pairs, limit, body), buffer,
                           title=title, author=author, lang=language_tag(languages[0]),
                           footer=None)
            if pages == 1:
                break
        temp.write_bytes(buffer.getvalue())
    return pages
