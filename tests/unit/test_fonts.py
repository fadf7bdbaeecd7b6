"""The fonts: DejaVu Sans for most names, Droid Sans Fallback for the Chinese, Japanese and
Korean characters DejaVu lacks, and a plain warning for what neither has."""

from __future__ import annotations

from io import BytesIO

from pypdf import PdfReader
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, SimpleDocTemplate

from partapp.reports.fonts import (
    FALLBACK,
    font_runs,
    missing_glyphs,
    paragraph_markup,
    register_fonts,
    string_width,
)


def test_text_is_split_into_runs_only_where_dejavu_lacks_a_character():
    regular, _bold = register_fonts()
    assert font_runs("Siân Llŷr Łukasz Nguyễn", regular) == [(regular, "Siân Llŷr Łukasz Nguyễn")]
    assert font_runs("Dear 王芳,", regular) == [(regular, "Dear "), (FALLBACK, "王芳"),
                                               (regular, ",")]
    assert string_width("王芳", regular, 12) > 0


def test_only_characters_no_font_has_are_missing():
    assert missing_glyphs("Zoë 王芳 김민준 さくら") == set()
    assert missing_glyphs("Tenzin \u0f40\u0f41") == {"\u0f40", "\u0f41"}


def test_paragraph_text_is_escaped_and_prints_every_script():
    regular, _bold = register_fonts()
    typed = "We said: <b>no</b> & 请把公交车开早一点\nKim 김민준"
    markup = paragraph_markup(typed)
    assert "&lt;b&gt;no&lt;/b&gt; &amp; " in markup  # what people typed is never markup
    assert f'<font name="{FALLBACK}">请把公交车开早一点</font>' in markup
    out = BytesIO()
    style = ParagraphStyle("body", fontName=regular, fontSize=12, leading=15)
    SimpleDocTemplate(out).build([
        Paragraph(markup.replace("\n", "<br/>"), style),
        Paragraph(f"<b>{paragraph_markup('王芳')}</b>", style),  # no bold face: still prints
    ])
    text = PdfReader(BytesIO(out.getvalue())).pages[0].extract_text()
    assert "We said: <b>no</b> & 请把公交车开早一点" in text
    assert "Kim 김민준" in text and "王芳" in text
