"""Braille, audio and email versions of a letter, written beside the printed letters by
``letters --due``: real liblouis and espeak-ng (CI installs both), checked from the files."""

from __future__ import annotations

import email
import re
import shutil
import socket
import subprocess
from email import policy
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from partapp.cli import run
from partapp.models import Person
from partapp.reports import letter_formats
from partapp.reports.letter_formats import (
    CELLS,
    LANGUAGE_PAUSE_MS,
    LINES,
    SAMPLE_RATE,
    SECTION_PAUSE_MS,
    WORDS_A_MINUTE,
    braille_number,
    paginate_braille,
    speech_parts,
    spoken,
)
from partapp.reports.letters import write_due_letters
from partapp.services.feedback import letters
from partapp.services.feedback.letter_templates import load_wording_file
from partapp.services.store.database import open_database

from .letters_data import TODAY, build

WELSH_EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "letters" / \
    "welsh_wording_example.json"
needs_liblouis = pytest.mark.skipif(shutil.which("lou_translate") is None,
                                    reason="liblouis (lou_translate) is not installed")
needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed")


def _set_formats(session, ids, formats: dict[str, str]) -> dict[str, str]:
    """Give people new formats; returns {key: reference}."""
    refs = {}
    for key, fmt in formats.items():
        person = session.get(Person, ids[key])
        person.feedback_format = fmt
        refs[key] = person.ref
    session.flush()
    return refs


@pytest.fixture(scope="module")
def sample(template_db, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    """The letters data set once for this module, with Siân and Gwen (Welsh) in braille and
    Llŷr in audio; Nguyễn already has email. Returns the data file and the references."""
    path = tmp_path_factory.mktemp("formats") / "formats.db"
    shutil.copyfile(template_db, path)
    db = open_database(str(path))
    with db.session_scope() as session:
        ids = build(session)
        load_wording_file(session, WELSH_EXAMPLE, language="cy")
        refs = _set_formats(session, ids, {"sian": "braille", "gwen": "braille",
                                           "llyr": "audio", "nguyen": "email"})
    db.dispose()
    return path, refs


@pytest.fixture(scope="module")
def written(sample, tmp_path_factory):
    """``write_due_letters`` once, with the network shut off."""
    folder = tmp_path_factory.mktemp("written")

    def no_network(*_args, **_kwargs):
        raise AssertionError("a letter format touched the network")

    db = open_database(str(sample[0]))
    with pytest.MonkeyPatch.context() as patch, db.session_scope() as session:
        patch.setattr(socket.socket, "connect", no_network)
        result = write_due_letters(session, folder / "letters.pdf", today=TODAY)
        due = {letter.person_id: letter for letter in letters.letters_due(session, today=TODAY)}
        by_ref = dict(session.execute(select(Person.ref, Person.id)).all())
        content = {key: due[by_ref[ref]] for key, ref in sample[1].items()}
    db.dispose()
    return result, sample[1], folder, content


def _pages(brf: str) -> list[list[str]]:
    assert brf.endswith("\r\n\f")
    return [page.split("\r\n")[:-1] for page in brf.split("\f")[:-1]]


def _back(lines: list[str], table: str) -> str:
    done = subprocess.run(["lou_translate", "--backward", table], input="\n".join(lines),
                          capture_output=True, text=True, check=True)
    return re.sub(r"\s+", " ", done.stdout)


# Braille ------------------------------------------------------------------------------------
@needs_liblouis
def test_braille_letters_are_brf_pages_that_read_back_as_the_letter(written):
    result, refs, folder, _content = written
    brf = (folder / f"{refs['sian']}.brf").read_bytes()
    assert brf.isascii() and not re.search(rb"[A-Z@\[\\\]^]", brf)  # lowercase braille ASCII
    pages = _pages(brf.decode("ascii"))
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert len(page) == LINES and all(len(line) <= CELLS for line in page)
        assert page[-1] == braille_number(number).rjust(CELLS)
    text = _back([line for page in pages for line in page[:-1]], "en-ueb-g2.ctb")
    for words in ("Siân Roberts", "4 Mill Lane", "The minibus comes too early",
                  "Could it come at ten?", "The menu writing is too small", "2 June 2025",
                  "Alex Price", "01632 960100"):
        assert words in text
    assert "Wrote 2 braille files beside letters.pdf: " in result.describe()


@needs_liblouis
def test_a_welsh_letter_is_in_welsh_braille_and_its_english_starts_a_new_page(written):
    _result, refs, folder, _content = written
    pages = _pages((folder / f"{refs['gwen']}.brf").read_bytes().decode("ascii"))
    english = next(n for n, page in enumerate(pages) if ",de> ,gw51" in page)
    welsh = _back([line for page in pages[:english] for line in page[:-1]], "cy-cy-g2.ctb")
    assert "Annwyl Gwen" in welsh and "Dear" not in welsh
    assert pages[english][0].startswith(",")  # the English begins at the top of its page
    assert "Dear Gwen" in _back(pages[english][:-1], "en-ueb-g2.ctb")


def test_braille_pages_hold_24_lines_and_the_number_and_long_words_break_by_cells():
    one = paginate_braille([["a"] * (LINES - 1)])
    two = paginate_braille([["a"] * LINES])
    assert one.count("\f") == 1 and two.count("\f") == 2
    assert _pages(two)[1][0] == "a" and _pages(two)[1][-1].strip() == "#b"
    long = paginate_braille([["x" * (CELLS + 1) + " y"]])
    assert _pages(long)[0][:2] == ["x" * CELLS, "x y"]
    assert braille_number(10) == "#aj" and braille_number(25) == "#be"
    assert paginate_braille([["a"], ["b"]]).count("\f") == 2  # a language starts a page


@needs_liblouis
def test_characters_braille_has_no_cell_for_are_made_plainer_not_escaped():
    braille = letter_formats.translate_braille(["Nguyễn Thị Lan \\ 中文 😀", ""])
    assert len(braille) == 2 and "\\x" not in braille[0] and "\\y" not in braille[0]
    assert _back(braille[:1], "en-ueb-g2.ctb").strip().startswith("Nguyen Thi Lan")


# Audio ---------------------------------------------------------------------------------------
def _seconds(path: Path) -> float:
    """The length of an MP3, counted from its frames (read here, not by the code under test):
    each must be MPEG-2 layer III, mono, 22,050 Hz, 48 kbit/s, and 576 samples long."""
    data = path.read_bytes()
    at = frames = 0
    while at + 4 <= len(data):
        header = int.from_bytes(data[at:at + 4], "big")
        assert header >> 21 == 0x7FF, f"no MP3 frame at byte {at}"
        version, layer = (header >> 19) & 3, (header >> 17) & 3
        bitrate, rate = (header >> 12) & 15, (header >> 10) & 3
        padding, mode = (header >> 9) & 1, (header >> 6) & 3
        assert (version, layer, rate, mode) == (2, 1, 0, 3)  # MPEG-2, layer III, 22,050, mono
        assert bitrate == 6  # 48 kbit/s in MPEG-2's table
        at += 72 * 48000 // SAMPLE_RATE + padding
        frames += 1
    assert at == len(data), "the file ends part-way through a frame"
    return frames * 576 / SAMPLE_RATE


def _expected(parts) -> float:
    words = sum(len(p.split()) for _lang, said in parts for p in said)
    pauses = sum(len(said) - 1 for _lang, said in parts) * SECTION_PAUSE_MS / 1000
    return words / WORDS_A_MINUTE * 60 + pauses + (len(parts) - 1) * LANGUAGE_PAUSE_MS / 1000


@needs_espeak
def test_an_audio_letter_is_an_mp3_as_long_as_its_words_need(written):
    result, refs, folder, content = written
    path = folder / f"{refs['llyr']}.mp3"
    expected = _expected(speech_parts(content["llyr"]))
    assert expected > 30
    seconds = _seconds(path)
    assert 0.6 * expected <= seconds <= 1.4 * expected
    # small enough to email: about 6 KB a second (a WAV was 44 KB a second)
    assert path.stat().st_size <= 6100 * seconds + 1000
    assert f"Wrote 1 audio file beside letters.pdf: {refs['llyr']}.mp3." in result.describe()


@needs_espeak
def test_a_welsh_letter_is_spoken_in_welsh_then_english(written, tmp_path):
    gwen = written[3]["gwen"]
    parts = speech_parts(gwen)
    assert [lang for lang, _said in parts] == ["cy", "en"]
    assert parts[0][1][0] == "2 Mehefin 2025." and "Annwyl Gwen" in " ".join(parts[0][1])
    seconds = letter_formats.write_audio(gwen, tmp_path / "gwen.mp3")
    assert seconds == pytest.approx(_seconds(tmp_path / "gwen.mp3"), abs=0.1)  # whole frames
    assert 0.6 * _expected(parts) <= seconds <= 1.4 * _expected(parts)


def test_dates_are_read_as_dates_and_phone_numbers_digit_by_digit():
    assert spoken("On 1 March 2025 and 22 June 2025, 11 May 2024") == (
        "On the 1st of March 2025 and the 22nd of June 2025, the 11th of May 2024")
    assert spoken("ring 01632 960100.") == "ring 0 1 6 3 2, 9 6 0 1 0 0."
    assert spoken("3 Mawrth 2025", "cy") == "3 Mawrth 2025"
    assert spoken("We have 12 chairs and 2025 pounds") == "We have 12 chairs and 2025 pounds"


# Email ---------------------------------------------------------------------------------------
def test_an_email_letter_is_an_eml_with_the_same_words_and_the_tagged_pdf(written):
    result, refs, folder, _content = written
    message = email.message_from_bytes((folder / f"{refs['nguyen']}.eml").read_bytes(),
                                       policy=policy.default)
    assert message["To"] == "Nguyễn Thị Lan <lan@example.org>"
    assert message["From"] == "Riverside Care <hello@riverside.example.org>"
    assert message["X-Unsent"] == "1" and message["Subject"]
    plain = message.get_body(("plain",)).get_content()
    page = message.get_body(("html",)).get_content()
    for words in ("Dear Nguyễn", "The new driver is so kind and patient.",
                  "We passed your kind words on"):
        assert words in plain and words in page
    assert '<html lang="en-GB">' in page
    pdf = next(message.iter_attachments())
    assert pdf.get_filename() == f"{refs['nguyen']}.pdf"
    reader = PdfReader(BytesIO(pdf.get_content()))
    assert "/StructTreeRoot" in reader.trailer["/Root"] and len(reader.pages) >= 1
    assert "The new driver is so kind" in reader.pages[0].extract_text()
    assert f"Wrote 1 email ready to send beside letters.pdf: {refs['nguyen']}.eml." \
        in result.describe()


# Missing programs, and the command line -----------------------------------------------------
def test_without_liblouis_or_espeak_the_letters_are_printed_and_it_says_what_to_install(
        sample, tmp_path, monkeypatch):
    monkeypatch.setattr(letter_formats.shutil, "which", lambda _name: None)
    db = open_database(str(sample[0]))
    out = tmp_path / "letters.pdf"
    with db.session_scope() as session:
        result = write_due_letters(session, out, today=TODAY)
    db.dispose()
    said = result.describe()
    assert out.is_file() and result.letters == 6
    assert {p.name for p in tmp_path.iterdir()} == {"letters.pdf", f"{sample[1]['nguyen']}.eml"}
    assert "Braille files need liblouis, which is not on this PC." in said
    assert "sudo apt install liblouis-bin liblouis-data" in said
    assert "Audio files need espeak-ng" in said and "sudo apt install espeak-ng" in said
    assert "For now, the 2 braille letters are in print in letters.pdf." in said
    assert "For now, the 1 audio letter is in print in letters.pdf." in said


@needs_liblouis
@needs_espeak
def test_letters_due_prints_a_line_for_each_kind_of_file(sample, tmp_path, capsys):
    data = tmp_path / "data.db"
    shutil.copyfile(sample[0], data)
    refs = sample[1]
    out = tmp_path / "out.pdf"
    assert run(["--db", str(data), "letters", "--due", "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    braille = ", ".join(f"{refs[key]}.brf" for key in ("sian", "gwen"))
    assert lines[1:] == [f"Wrote 2 braille files beside out.pdf: {braille}.",
                         f"Wrote 1 audio file beside out.pdf: {refs['llyr']}.mp3.",
                         f"Wrote 1 email ready to send beside out.pdf: {refs['nguyen']}.eml."]
    assert not list(tmp_path.glob(".*.part"))
