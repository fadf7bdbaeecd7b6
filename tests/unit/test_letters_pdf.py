"""The letters PDF, read back with pypdf: who got a letter, what it says, sizes and layout."""

from __future__ import annotations

import re
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.units import mm
from sqlalchemy import func, select

from partapp.models import AuditEntry, Feedback, Organisation
from partapp.reports.letter_pdf import render_letters
from partapp.reports.letters import write_due_letters
from partapp.services.errors import ValidationError
from partapp.services.feedback import letters
from partapp.services.feedback.letter_templates import load_wording_file
from partapp.services.files.paths import resources_dir
from partapp.services.records import organisation

from .letters_data import ANONYMOUS_WORDS, MARKUP, OWED, TODAY, build

WELSH_EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "letters" / \
    "welsh_wording_example.json"
FIRST_NAMES = {"sian": "Siân", "llyr": "Llŷr", "zoe": "Zoë", "lukasz": "Łukasz",
               "nguyen": "Nguyễn", "gwen": "Gwen", "tom": "Tom", "ann": "Ann"}
SUGGESTION_WORDS = {
    "s_bus": "The minibus comes too early.", "s_menu": "The menu writing is too small",
    "s_shared": "Please put a bench by the bus stop.",
    "s_ramp": "The ramp at the back door is too steep.", "s_markup": MARKUP,
    "s_garden": "Could we grow vegetables in the garden?",
    "s_bins": "The bins outside are never emptied on time.",
    "s_thanks": "The new driver is so kind and patient.",
    "s_welsh": "Please send me letters in Welsh as well as English.",
}
DECISION_WORDS = {
    "s_bus": "said yes to part of this", "s_shared": "We said yes",
    "s_ramp": "The building belongs to the council", "s_markup": "We do not have the money",
    "s_garden": "We made two raised beds", "s_bins": "the county council",
    "s_thanks": "We passed your kind words on", "s_welsh": "We said yes to this.",
    "s_menu": "We will write to you again",
}


def _flat(text: str) -> str:
    """Extracted text with line ends joined, so wrapped sentences can be found."""
    return re.sub(r"\s+", " ", text)


def _letters(reader: PdfReader) -> list[list[int]]:
    """Page numbers (0-based) of each letter: a letter's later pages say "Page 2 of 3"."""
    grouped: list[list[int]] = []
    for index, page in enumerate(reader.pages):
        found = re.search(r"Page (\d+) of (\d+)", page.extract_text())
        if found and int(found.group(1)) > 1:
            grouped[-1].append(index)
        else:
            grouped.append([index])
    return grouped


def _text_sizes(page) -> set[float]:
    """Font sizes of text actually shown on a page (forms such as the letterhead included)."""
    sizes: set[float] = set()
    current = [0.0]

    def visit(operator, args, _cm, _tm):
        if operator == b"Tf":
            current[0] = float(args[1])
        elif operator in (b"Tj", b"TJ", b"'", b'"') and current[0]:
            sizes.add(current[0])

    page.extract_text(visitor_operand_before=visit)
    return sizes


@pytest.fixture
def written(session, tmp_path):
    ids = build(session)
    load_wording_file(session, WELSH_EXAMPLE, language="cy")
    organisation.set_logo(session, (resources_dir() / "easyread" / "letter.png").read_bytes(),
                          "logo.png")
    out = tmp_path / "letters.pdf"
    result = write_due_letters(session, out, today=TODAY, sent_by="Jo Bloggs")
    reader = PdfReader(str(out))
    texts = ["".join(reader.pages[i].extract_text() for i in pages)
             for pages in _letters(reader)]
    return ids, result, reader, texts


def test_each_owed_person_gets_exactly_one_letter_naming_their_suggestions(written):
    _ids, result, _reader, texts = written
    posted = {p for p in OWED if p != "tom"}  # Tom asked for a phone call
    assert result.letters == len(texts) == len(posted)
    for person, first_name in FIRST_NAMES.items():
        greeting = f"Dear {first_name},"
        holders = [t for t in texts if greeting in t]
        assert len(holders) == (1 if person in posted else 0), person
        if person not in posted:
            continue
        letter = _flat(holders[0])
        for key in OWED[person]:
            assert SUGGESTION_WORDS[key] in letter, (person, key)
            assert DECISION_WORDS[key] in letter, (person, key)
        for key, words in SUGGESTION_WORDS.items():
            if key not in OWED[person]:
                assert words not in letter, (person, key)
    assert all(ANONYMOUS_WORDS not in t for t in texts)


def test_accented_names_and_typed_markup_come_back_exactly(written):
    _ids, _result, _reader, texts = written
    everything = "\n".join(texts)
    for name in ("Siân Roberts", "Llŷr Evans", "Zoë Adams", "Łukasz Nowak, c/o Mair Jones",
                 "Nguyễn Thị Lan", "Dear Siân,", "Dear Llŷr,", "Dear Zoë,", "Dear Łukasz,",
                 "Dear Nguyễn,"):
        assert name in everything, name
    assert MARKUP in _flat(everything)


def test_large_print_is_16_pt_or_more_and_easy_read_14_or_more(written):
    _ids, _result, reader, _texts = written
    seen = {}
    for pages in _letters(reader):
        first = reader.pages[pages[0]].extract_text()
        kind = ("large" if "Dear Llŷr," in first else "easy" if "Dear Zoë," in first
                else "standard")
        sizes = set().union(*(_text_sizes(reader.pages[i]) for i in pages))
        seen.setdefault(kind, set()).update(sizes)
    assert min(seen["large"]) >= 16 and 18 in seen["large"]
    assert min(seen["easy"]) >= 14
    assert min(seen["standard"]) >= 12


def test_welsh_comes_first_and_english_starts_a_new_page(written):
    _ids, _result, reader, _texts = written
    gwen = next(pages for pages in _letters(reader)
                if "Annwyl Gwen," in reader.pages[pages[0]].extract_text())
    assert len(gwen) >= 2
    first = reader.pages[gwen[0]].extract_text()
    assert "Annwyl Gwen," in first and "Dear Gwen," not in first
    assert any("Dear Gwen," in reader.pages[i].extract_text() for i in gwen[1:])
    assert "2 Mehefin 2025" in first
    # The fixed words on the page are Welsh first too; English letters keep theirs.
    assert "Elusen gofrestredig 1187654" in first and "Registered charity" not in first
    assert f"Tudalen 1 o {len(gwen)} / Page 1 of {len(gwen)}" in first
    english = next(pages for pages in _letters(reader)
                   if "Dear Siân," in reader.pages[pages[0]].extract_text())
    assert "Registered charity 1187654" in reader.pages[english[0]].extract_text()


def test_page_numbers_only_when_a_letter_runs_past_one_page(written):
    _ids, _result, reader, _texts = written
    for pages in _letters(reader):
        texts = [reader.pages[i].extract_text() for i in pages]
        if len(pages) == 1:
            assert "Page 1 of" not in texts[0]
        else:
            for number, text in enumerate(texts, start=1):
                assert f"Page {number} of {len(pages)}" in text


def test_the_letterhead_and_logo_are_stored_once_and_reused(written):
    _ids, _result, reader, _texts = written
    letterheads, images = set(), set()
    for page in reader.pages:
        for name, ref in page["/Resources"].get("/XObject", {}).items():
            if "letterhead" in name:
                letterheads.add(ref.idnum)
                form = ref.get_object()
                for inner in form.get("/Resources", {}).get("/XObject", {}).values():
                    images.add(inner.idnum)
    # One letterhead form per format and first language used (standard in English and, for
    # Gwen's bilingual letter, in Welsh; large print; easy read) and one logo.
    assert len(letterheads) == 4
    assert len(images) == 1


def test_the_address_sits_in_the_envelope_window(written):
    _ids, _result, reader, _texts = written
    height = float(reader.pages[0].mediabox.height)
    found = []

    def visit(text, _cm, tm, _font, _size):
        if text.strip().startswith("Siân Roberts"):
            found.append((tm[4], height - tm[5]))

    for pages in _letters(reader):
        page = reader.pages[pages[0]]
        if "Dear Siân," in page.extract_text():
            page.extract_text(visitor_text=visit)
    x, from_top = found[0]
    assert 20 * mm <= x <= 30 * mm
    assert 50 * mm <= from_top <= 85 * mm


def test_write_due_letters_never_commits_and_can_mark_sent(session, tmp_path):
    build(session)
    session.commit()
    out = tmp_path / "letters.pdf"
    result = write_due_letters(session, out, mark_sent=True, today=TODAY, sent_by="Jo")
    assert out.is_file() and result.marked_sent
    assert result.describe() == ("Wrote 6 letters to letters.pdf. Marked them as sent. 1 person "
                                 "would like a phone call instead of a letter: see the Letters "
                                 "page.\nWrote 1 email ready to send beside letters.pdf: "
                                 "P0005.eml.")
    assert [d.format for d in letters.letters_due(session, today=TODAY)] == ["phone"]
    session.rollback()  # the caller decides: nothing was committed
    assert session.scalar(select(func.count()).select_from(Feedback).where(
        Feedback.batch != "")) == 0
    assert len(letters.letters_due(session, today=TODAY)) == 7


def test_no_letters_owed_means_no_file(session, tmp_path):
    out = tmp_path / "letters.pdf"
    result = write_due_letters(session, out, today=TODAY)
    assert not out.exists() and result.letters == 0 and result.path is None
    assert result.describe() == "Nobody is waiting to hear from you. No letters written."


def test_printing_without_marking_sent_is_in_the_audit(written, session):
    line = session.scalars(select(AuditEntry).where(AuditEntry.action == "print",
                                                    AuditEntry.entity == "letters")).one()
    assert "letters=6" in line.details and "printed by=Jo Bloggs" in line.details
    assert "lawful basis=Legitimate interests" in line.details


def test_letters_need_the_organisations_name(session, tmp_path):
    build(session)
    session.get(Organisation, 1).name = ""  # as in a new database nobody has set up yet
    with pytest.raises(ValidationError) as caught:
        write_due_letters(session, tmp_path / "x.pdf", today=TODAY)
    assert "organisation's name" in str(caught.value)
    assert not (tmp_path / "x.pdf").exists()


def test_a_long_letter_runs_over_pages_and_easy_read_has_pictures(session):
    ids = build(session)
    due = letters.letters_due(session, today=TODAY)
    zoe = next(d for d in due if d.person_id == ids["zoe"])
    buffer = BytesIO()
    progress = []
    pages = render_letters([zoe, zoe], buffer, organisation=organisation.get_details(session),
                           progress=lambda done, total: progress.append((done, total)))
    assert progress == [(1, 2), (2, 2)]
    reader = PdfReader(BytesIO(buffer.getvalue()))
    assert pages == len(reader.pages)
    pictures = set()
    for page in reader.pages:
        for ref in page["/Resources"].get("/XObject", {}).values():
            if ref.get_object().get("/Subtype") == "/Image":
                pictures.add(ref.idnum)
    assert len(pictures) >= 5  # one of each picture used, stored once


def test_chinese_japanese_and_korean_names_print_in_the_fallback_font(session, tmp_path):
    from partapp.models import Person

    build(session)
    owed = letters.letters_due(session, today=TODAY)
    person = session.get(Person, next(d.person_id for d in owed if d.format == "standard"))
    person.first_name, person.last_name = "王芳", "김민준"
    session.flush()
    result = write_due_letters(session, tmp_path / "letters.pdf", today=TODAY)
    assert result.unprintable == 0 and "cannot print" not in result.describe()
    reader = PdfReader(str(tmp_path / "letters.pdf"))
    text = "".join(page.extract_text() for page in reader.pages)
    assert "王芳 김민준" in text and "Dear 王芳," in text  # both scripts, as typed
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert any("DroidSansFallback" in name for name in fonts)


def test_the_fallback_font_is_only_embedded_when_a_letter_needs_it(written):
    _ids, _result, reader, _texts = written
    fonts = {str(font.get_object()["/BaseFont"]) for page in reader.pages
             for font in page["/Resources"]["/Font"].values()}
    assert fonts and not any("DroidSansFallback" in name for name in fonts)


def test_a_name_no_font_of_ours_can_print_is_pointed_out(session, tmp_path):
    from partapp.models import Person
    from partapp.reports.fonts import unprintable_warning

    build(session)
    owed = letters.letters_due(session, today=TODAY)
    person = session.get(Person, next(d.person_id for d in owed if d.format == "standard"))
    person.first_name = "\u0f40\u0f0b"  # Tibetan, which neither font has
    session.flush()
    result = write_due_letters(session, tmp_path / "letters.pdf", today=TODAY)
    assert result.unprintable == 1
    assert "1 letter has characters our fonts cannot print" in result.describe()
    letter = next(d for d in letters.letters_due(session, today=TODAY)
                  if d.person_id == person.id)
    assert "\u0f40" in unprintable_warning(letter.as_text())
    assert unprintable_warning("Siân Llŷr Zoë Łukasz Nguyễn 王芳 김민준 さくら") == ""


def _letter_with_word(session, length: int):
    """An owed letter whose suggestion is one word of ``length`` letters (issue 11, 7)."""
    import dataclasses

    build(session)
    letter = next(x for x in letters.letters_due(session, today=TODAY)
                  if x.layout == "standard" and len(x.languages) == 1)
    word = ("abcdefghij" * (length // 10 + 1))[:length]
    first = next(i for i, s in enumerate(letter.sections) if s.part == "told_us")
    sections = list(letter.sections)
    sections[first] = dataclasses.replace(sections[first], text=word)
    return dataclasses.replace(letter, sections=tuple(sections)), word


def test_a_very_long_word_wraps_by_letters_all_of_it_inside_the_margins(session):
    import time

    letter, word = _letter_with_word(session, 20_000)
    details = organisation.get_details(session)
    out = BytesIO()
    started = time.perf_counter()
    render_letters([letter], out, organisation=details)
    assert time.perf_counter() - started < 10
    reader = PdfReader(out)
    lines = [line.strip() for page in reader.pages for line in page.extract_text().splitlines()]
    runs = [m.group(1) for x in lines if (m := re.search(r"(?:^|: )([a-j]{12,})$", x))]
    assert "".join(runs) == word
    right = float(reader.pages[0].mediabox.width) - 20 * mm
    for page in reader.pages:
        def visit(text, cm, tm, _font, size, ends=[]):  # noqa: B006
            if text.strip() and "abcdefghij" in text:
                from partapp.reports.fonts import register_fonts, string_width
                x = tm[4] * cm[0] + cm[4]
                assert x + string_width(text.strip(), register_fonts()[0], size) <= right + 1
        page.extract_text(visitor_text=visit)


def test_letter_time_grows_with_the_length_of_a_word_not_its_square(session):
    import time

    details = organisation.get_details(session)
    long_letter, _ = _letter_with_word(session, 20_000)
    import dataclasses

    short_word = "abcdefghij" * 200
    short = dataclasses.replace(long_letter, sections=tuple(
        dataclasses.replace(s, text=short_word) if len(s.text) == 20_000 else s
        for s in long_letter.sections))

    def best(letter) -> float:
        times = []
        for _ in range(3):
            started = time.perf_counter()
            render_letters([letter], BytesIO(), organisation=details)
            times.append(time.perf_counter() - started)
        return min(times)

    best(short)  # warm up fonts
    ratio = best(long_letter) / best(short)
    assert ratio < 20, f"10 times the text took {ratio:.1f} times as long"


def test_easy_read_puts_each_points_key_words_in_bold(session):
    from partapp.reports.letter_draw import key_words

    assert key_words("What happens next:\nWe will write again soon.") == (
        "What happens next:", "\nWe will write again soon.")
    assert key_words("We said yes.") == ("", "We said yes.")
    assert key_words("Why:\n") == ("", "Why:\n")  # nothing under it: not a label
    ids = build(session)
    zoe = next(d for d in letters.letters_due(session, today=TODAY) if d.person_id == ids["zoe"])
    assert zoe.layout == "easy_read"
    buffer = BytesIO()
    render_letters([zoe], buffer, organisation=organisation.get_details(session))
    reader = PdfReader(BytesIO(buffer.getvalue()))
    bold, regular = set(), set()

    def visit(text, _cm, _tm, font, _size):
        if text.strip() and font is not None:
            (bold if "Bold" in str(font.get("/BaseFont", "")) else regular).add(text.strip())

    for page in reader.pages:
        page.extract_text(visitor_text=visit)
    told = [t for t in bold if t.endswith("you told us:")]
    assert told, bold  # "On 3 March 2025 you told us:" stands out
    assert not any(t.endswith("you told us:") for t in regular)
