"""The easy read 'You said, we did' summary and poster (reports/you_said_we_did.py and
you_said_we_did_poster.py), measured like easy read letters: pictures on the left, no glyph
under 16 pt, our own sentences of 15 words or fewer; 2 to 4 pages and one A4 page; tagged, in
English, Welsh or both."""

from __future__ import annotations

import math
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm

from partapp.reports import you_said_we_did as ysd
from partapp.reports import you_said_we_did_parts as ysd_parts
from partapp.reports import you_said_we_did_poster as ysd_poster
from partapp.services.feedback.plain_english import count_words, split_sentences
from partapp.services.figures.you_said_we_did import CouldNot, Pair, Summary
from partapp.services.files.paths import resources_dir

SAID = ("Could the centre open on Saturdays? The weekends are long on my own.",
        "Nobody came to pick me up on Monday. I missed my hospital appointment.",
        "Could we have a quiet room at the day centre? The main room gets very loud.",
        "Could the advice line open one evening a week?")
DID = ("We now open the centre on the first Saturday of each month.",
       "We now check the pick-up list every afternoon.",
       "We turned the small lounge into a quiet room. It has soft chairs and no TV.",
       "The advice line is now open until 7 on Thursdays.")


def _summary(pairs: int = 8, could_not: int = 3, logo: bytes | None = None) -> Summary:
    made = tuple(Pair(did=DID[i % 4], said=SAID[i % 4] if i != 1 else "", asked=8 - i,
                      service="Day centre", done_on=date(2025, 6, 1)) for i in range(pairs))
    refused = tuple(CouldNot(said="Please can people send a text instead of ringing.",
                             because="We are short of staff at the moment. We will look again "
                                     "in the spring.",
                             instead="We can book you a face-to-face appointment.",
                             asked=3 - i, outcome=("not_now", "not_possible", "passed_on")[i])
                    for i in range(could_not))
    return Summary(organisation="Riverside Community Care", phone="01632 960100",
                   email="hello@riverside.example.org", website="www.riverside.example.org",
                   address="1 High Street", start=date(2025, 4, 1), end=date(2026, 3, 31),
                   pairs=made, could_not=refused, changes=pairs + 4, logo=logo)


def _sizes_and_places(page) -> list[tuple[str, float, float]]:
    """(text, size in points as shown, x) for every piece of text on the page."""
    found = []

    def visit(text, cm, tm, _font, size):
        if text.strip():
            scale = math.hypot(tm[2], tm[3]) * math.hypot(cm[2], cm[3])
            found.append((text.strip(), size * scale, tm[4] * cm[0] + cm[4]))

    page.extract_text(visitor_text=visit)
    return found


def _image_places(page) -> list[tuple[float, float]]:
    """(x, width) of every image drawn on the page, from the transformation when drawn."""
    places = []

    def visit(operator, _args, cm, _tm):
        if operator == b"Do":
            places.append((cm[4], cm[0]))

    page.extract_text(visitor_operand_before=visit)
    return places


@pytest.fixture(scope="module")
def summary_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ysd") / "summary.pdf"
    ysd.write_summary(_summary(), out)
    return out


@pytest.fixture(scope="module")
def poster_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("ysd") / "poster.pdf"
    logo = (resources_dir() / "easyread" / "letter.png").read_bytes()
    ysd_poster.write_poster(_summary(logo=logo), out)
    return out


def test_the_summary_is_2_to_4_pages_with_pairs_and_the_contact_at_the_end(summary_pdf):
    reader = PdfReader(summary_pdf)
    assert 2 <= len(reader.pages) <= 4
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Cut to its most asked changes to fit 4 pages, with every "could not" kept.
    did = text.count("We did:")
    # The change with no words of people's that can be shown has only "We did".
    assert 5 <= did <= 8 and text.count("You said:") == did - 1 + 3, text
    assert "We could not do this, because:" in text and "What we can do:" in text
    assert "We heard this 7 times." in text
    last = reader.pages[-1].extract_text()
    assert "Riverside Community Care" in last and "Phone: 01632 960100" in last


def test_no_glyph_under_16_pt_and_the_pictures_on_the_left(summary_pdf, poster_pdf):
    for path in (summary_pdf, poster_pdf):
        for page in PdfReader(path).pages:
            texts = _sizes_and_places(page)
            assert min(size for _t, size, _x in texts) >= 16, path.name
            pictures = [(x, w) for x, w in _image_places(page) if x < 120 * mm]  # no logo
            if path == summary_pdf:
                assert pictures
            assert all(x <= 19 * mm for x, _w in pictures)  # at the left margin
            right = max(x + w for x, w in pictures) if pictures else 0
            for text, _size, x in texts:
                if text.startswith(("You said:", "We did:")):
                    assert x >= right, text  # the words beside the pictures, not under


def test_our_own_sentences_are_15_words_or_fewer_in_both_languages():
    for key, (english, welsh) in ysd_parts.WORDS.items():
        for text in (english, welsh):
            filled = text.format(n=12, start="1 April 2025", end="31 March 2026",
                                 value="01632 960100", name="Riverside Community Care")
            for sentence in split_sentences(filled):
                assert count_words(sentence) <= 15, (key, sentence)
        assert welsh, f"{key} has no Welsh"


def test_the_poster_is_one_a4_portrait_page_with_a_big_heading_3_to_6_pairs_and_the_logo(
        poster_pdf):
    reader = PdfReader(poster_pdf)
    assert len(reader.pages) == 1
    page = reader.pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)
    texts = _sizes_and_places(page)
    biggest = max(texts, key=lambda t: t[1])
    assert biggest[0] == "You said, we did" and biggest[1] >= 40
    assert 3 <= page.extract_text().count("We did:") <= 6
    assert any(x >= 120 * mm for x, _w in _image_places(page))  # the logo, top right


def test_a_long_year_is_cut_to_4_pages_and_a_poster_to_one(tmp_path):
    big = _summary()
    long_pairs = tuple(Pair(did=p.did + " " + p.did, said=p.said + " " + p.said, asked=p.asked,
                            service="", done_on=p.done_on) for p in big.pairs)
    big = Summary(**{**big.__dict__, "pairs": long_pairs})
    assert ysd.write_summary(big, tmp_path / "s.pdf", language="both") <= 4
    assert ysd_poster.write_poster(big, tmp_path / "p.pdf", language="both") == 1


def _tree(path: Path) -> tuple[str, list[tuple[str, str, str]]]:
    with pikepdf.open(path) as pdf:
        assert pdf.Root.MarkInfo.Marked
        assert pdf.open_metadata().get("pdfuaid:part") == "1"
        found = []

        def walk(node):
            kids = node.get("/K")
            if isinstance(kids, pikepdf.Dictionary):
                kids = [kids]
            for kid in kids if isinstance(kids, (pikepdf.Array, list)) else []:
                if isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/StructElem":
                    found.append((str(kid.S), str(kid.get("/Alt", "")),
                                  str(kid.get("/Lang", ""))))
                    walk(kid)

        walk(pdf.Root.StructTreeRoot)
        return str(pdf.Root.Lang), found


def test_both_pdfs_are_tagged_in_english(summary_pdf, poster_pdf):
    for path in (summary_pdf, poster_pdf):
        lang, elements = _tree(path)
        roles = [role for role, _alt, _lang in elements]
        assert lang == "en-GB"
        assert roles.count("/H1") == 1 and "/P" in roles
        figures = [alt for role, alt, _lang in elements if role == "/Figure"]
        assert figures and all(figures)  # every picture says what it means
    _lang, poster = _tree(poster_pdf)
    assert ("/Figure", "The logo of Riverside Community Care", "") in poster


def test_welsh_and_both(tmp_path):
    cy, both = tmp_path / "cy.pdf", tmp_path / "both.pdf"
    ysd.write_summary(_summary(), cy, language="cy")
    ysd_poster.write_poster(_summary(), both, language="both")
    text = " ".join(page.extract_text() for page in PdfReader(cy).pages).replace("\n", " ")
    assert "Dywedoch chi:" in text and "Fe wnaethon ni:" in text and "You said" not in text
    assert "1 Ebrill 2025" in text
    assert SAID[0] in text  # the organisation's words stay as typed
    lang, elements = _tree(cy)
    assert lang == "cy"
    assert PdfReader(cy).metadata.title == "Dywedoch chi, fe wnaethon ni"
    poster = PdfReader(both).pages[0].extract_text()
    assert "Dywedoch chi / You said:" in poster
    lang, elements = _tree(both)
    assert lang == "cy" and ("/P", "", "en-GB") in elements  # the English marked as English


def test_a_period_with_nothing_done_still_makes_both(tmp_path):
    empty = _summary(pairs=0, could_not=0)
    assert ysd.write_summary(empty, tmp_path / "s.pdf") >= 1
    assert ysd_poster.write_poster(empty, tmp_path / "p.pdf") == 1
    text = PdfReader(tmp_path / "p.pdf").pages[0].extract_text()
    assert "We did not finish any changes in this time." in text
    for path in (tmp_path / "s.pdf", tmp_path / "p.pdf"):
        assert min(s for page in PdfReader(path).pages
                   for _t, s, _x in _sizes_and_places(page)) >= 16


def test_the_independent_pdf_ua_checker_finds_no_errors(summary_pdf, poster_pdf):
    """About 2 s: one run of the checker over both files."""
    import shutil
    import subprocess
    import sys

    checker = shutil.which("outloud") or str(Path(sys.executable).with_name("outloud"))
    run = subprocess.run([checker, "--fail-on", "error", "-q", str(summary_pdf),
                          str(poster_pdf)], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_command_writes_the_summary_and_the_poster_in_welsh(db_path, tmp_path, capsys):
    from partapp.cli import run

    summary, poster = tmp_path / "crynodeb.pdf", tmp_path / "poster.pdf"
    code = run(["--db", str(db_path), "report", "--from", "2025-04-01", "--to", "2026-03-31",
                "--summary", str(summary), "--poster", str(poster), "--language", "cy"])
    out = capsys.readouterr().out
    assert code == 0, out
    assert f"{summary} (" in out and f"{poster} (1 page)" in out
    assert "Dywedoch chi, fe wnaethon ni" in PdfReader(poster).pages[0].extract_text().replace(
        "\n", " ")
    assert _tree(summary)[0] == "cy"
