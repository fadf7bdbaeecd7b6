"""A letter in braille, as speech and as an email, made from the same ``LetterContent`` as the
printed letter: one source of wording, so every format says the same thing.

- Braille: a braille-ready file (BRF) in Unified English Braille grade 2 (Welsh letters in
  liblouis's Welsh grade 2), 40 cells by 25 lines a page, the page number in braille at the
  foot of each page. Translated by liblouis's ``lou_translate``.
- Audio: an MP3 file (22,050 Hz, mono, 48 kbit/s: about 6 KB a second, so a three-minute
  letter is about 1 MB and can be emailed; a WAV was 7 times bigger) spoken offline by
  ``espeak-ng`` (the Welsh voice for Welsh) and encoded by LAME (the ``lameenc`` package), with
  pauses between the parts, dates read as dates and phone numbers digit by digit.
- Email: an ``.eml`` message (plain text and HTML with the same words, the tagged PDF attached)
  that Outlook and Thunderbird open ready to send. Nothing is sent from here.

Both programs run on this PC: nothing goes over the network. When one is missing,
``MissingToolError`` says what to install.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
import unicodedata
import wave
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

from ..services.errors import PartappError
from ..services.feedback.letter_content import LetterContent, LetterSection
from ..services.words import said

CELLS = 40            # braille cells a line
LINES = 25            # lines a braille page, the last one holding the page number
SAMPLE_RATE = 22050   # espeak-ng's own rate: mono, 16 bits
MP3_KBITS = 48        # clear speech for listeners with hearing loss; about 6 KB a second
WORDS_A_MINUTE = 150  # a little slower than espeak-ng's 175: easier to follow
SECTION_PAUSE_MS = 700
LANGUAGE_PAUSE_MS = 1500

BRAILLE_TABLES = {"en": "en-ueb-g2.ctb", "cy": "cy-cy-g2.ctb"}
VOICES = {"en": "en-gb", "cy": "cy"}
_TIMEOUT = 120  # seconds: a letter takes well under one

INSTALL = {
    "braille": said("Braille files need liblouis, which is not on this PC. Install it (on "
                    "Debian or Ubuntu: sudo apt install liblouis-bin liblouis-data; on Windows: "
                    "from liblouis.io), then try again. You could send large print or audio "
                    "instead."),
    "audio": said("Audio files need espeak-ng, which is not on this PC. Install it (on Debian "
                  "or Ubuntu: sudo apt install espeak-ng; on Windows: from github.com/espeak-ng),"
                  " then try again. You could send large print or braille instead."),
}


class MissingToolError(PartappError):
    """A program a format needs is not installed. ``kind`` is "braille" or "audio"."""

    def __init__(self, kind: str) -> None:
        super().__init__(INSTALL[kind])
        self.kind = kind


def _tool(name: str, kind: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise MissingToolError(kind)
    return path


def _run(command: list[str], text: str, what: str) -> str:
    try:
        done = subprocess.run(command, input=text.encode("utf-8"), capture_output=True,
                              timeout=_TIMEOUT, check=False)
    except (OSError, subprocess.TimeoutExpired):
        done = None
    if done is None or done.returncode != 0:
        raise PartappError(said("The {what} could not be made: {name} stopped with a problem. "
                                "Check it is installed properly, then try again.", what=what,
                                name=Path(command[0]).name))
    return done.stdout.decode("utf-8", errors="replace")


def _base(language: str) -> str:
    return (language or "en").split("-")[0].lower()


def _paragraphs(sections: Sequence[LetterSection]) -> list[str]:
    """Each section's heading and lines, with an empty line between sections."""
    out: list[str] = []
    for section in sections:
        if out:
            out.append("")
        if section.heading:
            out.append(section.heading)
        out.extend(line.strip() for line in section.text.splitlines() if line.strip())
    return out


# Braille -------------------------------------------------------------------------------------

def _braille_input(line: str) -> str:
    """One line as lou_translate reads it: no control characters, and a backslash (which it
    takes as the start of an escape) doubled."""
    line = "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in line)
    return line.replace("\\", "\\\\")


def _plainer(line: str) -> str:
    """Letters a braille table has no cell for, without their accents (Nguyễn: Nguyen); what
    is left that is not a Latin letter is dropped."""
    decomposed = unicodedata.normalize("NFKD", line)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r" {2,}", " ", "".join(ch for ch in kept if ord(ch) < 0x250))


# Braille ASCII's upper half (@ [ \ ] ^) as the lowercase characters for the same cells.
_LOWER = str.maketrans("@[\\]^", "`{|}~")


def translate_braille(lines: Sequence[str], language: str = "en") -> list[str]:
    """Each line in braille ASCII (lowercase), one line out for each line in."""
    if not lines:
        return []
    program = _tool("lou_translate", "braille")
    table = BRAILLE_TABLES.get(_base(language), BRAILLE_TABLES["en"])

    def run(batch: Sequence[str]) -> list[str]:
        text = "\n".join(_braille_input(line) for line in batch) + "\n"
        out = _run([program, "--forward", table], text, "braille file").split("\n")
        out = out[:len(batch)] + [""] * (len(batch) - len(out))
        return [line.rstrip("\r").lower() for line in out]

    braille = run(lines)
    # A character the table has no cell for comes out as an escape (\x4e2d/): say it plainer.
    odd = [n for n, line in enumerate(braille) if "\\" in line]
    if odd:
        for n, line in zip(odd, run([_plainer(lines[n]) for n in odd]), strict=True):
            braille[n] = line.replace("\\", "")
    return [line.translate(_LOWER) for line in braille]


def braille_number(number: int) -> str:
    """A page number in braille ASCII: the number sign, then a to j for 1 to 0."""
    return "#" + "".join("jabcdefghi"[int(d)] for d in str(number))


def _wrap_cells(line: str, width: int = CELLS) -> list[str]:
    if not line:
        return [""]
    rows: list[str] = []
    current = ""
    for word in line.split(" "):
        while len(word) > width:  # a very long word (a web address) is broken by cells
            if current:
                rows.append(current)
                current = ""
            rows.append(word[:width])
            word = word[width:]
        if not current:
            current = word
        elif len(current) + 1 + len(word) <= width:
            current += " " + word
        else:
            rows.append(current)
            current = word
    rows.append(current)
    return rows


def paginate_braille(blocks: Sequence[Sequence[str]]) -> str:
    """Braille lines into BRF pages: each block (one language) starts a new page; 24 lines of
    text then the page number on line 25, right-aligned; CR LF line ends, a form feed after
    each page."""
    pages: list[list[str]] = []
    for block in blocks:
        page: list[str] = []
        for line in block:
            for row in _wrap_cells(line):
                if not page and not row:
                    continue  # no empty line at the top of a page
                page.append(row)
                if len(page) == LINES - 1:
                    pages.append(page)
                    page = []
        if page:
            pages.append(page)
    out = []
    for number, page in enumerate(pages, start=1):
        rows = page + [""] * (LINES - 1 - len(page))
        label = braille_number(number)
        rows.append(" " * (CELLS - len(label)) + label)
        out.append("\r\n".join(row.rstrip() for row in rows) + "\r\n\f")
    return "".join(out)


def letter_braille(letter: LetterContent) -> str:
    """The whole letter as a BRF file's text: the date and address, then the letter, each
    language of a bilingual letter starting on a new page."""
    blocks = []
    head = [letter.date_text, "", *letter.address_lines, ""]
    for n, language in enumerate(letter.languages):
        lines = (head if n == 0 else []) + _paragraphs(letter.sections_in(language))
        blocks.append(translate_braille(lines, language))
    return paginate_braille(blocks)


def write_braille(letter: LetterContent, path: Path) -> None:
    from ..services.files.output_files import write_bytes

    write_bytes(path, letter_braille(letter).encode("ascii", errors="replace"),
                what="the braille letter")


# Audio ---------------------------------------------------------------------------------------

_MONTH_NAMES = ("January|February|March|April|May|June|July|August|September|October|"
                "November|December")
_DATE = re.compile(rf"\b(\d{{1,2}}) ({_MONTH_NAMES}) (\d{{4}})\b")
_PHONE = re.compile(r"(?<![\d,.])(?:0\d{2,}|\+\d+|\d{5,})(?:[ -]\d{2,})*(?!\d|[,.]\d)")


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def spoken(text: str, language: str = "en") -> str:
    """Text as it should be read aloud: "3 March 2025" as "the 3rd of March 2025" (English),
    phone numbers digit by digit."""
    if _base(language) == "en":
        text = _DATE.sub(lambda m: f"the {_ordinal(int(m[1]))} of {m[2]} {m[3]}", text)
    return _PHONE.sub(lambda m: ", ".join(" ".join(group) for group in
                                          re.split(r"[ -]", m[0])), text)


def speech_parts(letter: LetterContent) -> list[tuple[str, list[str]]]:
    """What is read, by language: the date first, then each part of the letter in turn (no
    postal address: the name is said once, by the greeting)."""
    parts = []
    for n, language in enumerate(letter.languages):
        said = [spoken(letter.date_text, language) + "."] if n == 0 else []
        for section in letter.sections_in(language):
            words = (f"{section.heading}.\n" if section.heading else "") + section.text
            said.append(spoken(words, language))
        parts.append((language, said))
    return parts


def _ssml(paragraphs: Sequence[str], language: str) -> str:
    pause = f'<break time="{SECTION_PAUSE_MS}ms"/>'
    body = pause.join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)
    return f'<speak xml:lang="{html.escape(_base(language))}">{body}</speak>'


def speak(parts: Sequence[tuple[str, Sequence[str]]], target: Path) -> float:
    """Speak each (language, paragraphs) with its voice into one MP3 at ``target``; returns
    the length in seconds. A longer pause comes between languages."""
    program = _tool("espeak-ng", "audio")
    frames: list[bytes] = []
    with tempfile.TemporaryDirectory(prefix="partapp-audio-") as folder:
        for n, (language, paragraphs) in enumerate(parts):
            piece = Path(folder) / f"{n}.wav"
            voice = VOICES.get(_base(language), VOICES["en"])
            _run([program, "-m", "-v", voice, "-s", str(WORDS_A_MINUTE), "--stdin", "-w",
                  str(piece)], _ssml(paragraphs, language), "audio letter")
            with wave.open(str(piece), "rb") as reading:
                if reading.getframerate() != SAMPLE_RATE or reading.getnchannels() != 1:
                    raise PartappError(said("The audio letter could not be made: espeak-ng "
                                            "gave sound in a form we did not expect."))
                if frames:
                    frames.append(b"\0\0" * (SAMPLE_RATE * LANGUAGE_PAUSE_MS // 1000))
                frames.append(reading.readframes(reading.getnframes()))
    sound = b"".join(frames)
    target.write_bytes(encode_mp3(sound))
    return len(sound) / 2 / SAMPLE_RATE


def encode_mp3(sound: bytes) -> bytes:
    """16-bit mono sound at SAMPLE_RATE as a constant-rate MP3."""
    import lameenc

    encoder = lameenc.Encoder()
    encoder.set_bit_rate(MP3_KBITS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    # 5, LAME's own default: twice as fast as its best (2), and no difference to hear in
    # synthetic speech at this bit rate (a batch of letters spends most of its time here)
    encoder.set_quality(5)
    return bytes(encoder.encode(sound) + encoder.flush())


def write_audio(letter: LetterContent, path: Path) -> float:
    from ..services.files.output_files import replacing

    with replacing(path, what="the audio letter") as temp:
        return speak(speech_parts(letter), temp)


# Email ---------------------------------------------------------------------------------------

@dataclass(frozen=True)
class EmailParts:
    """What a letter's email needs besides the letter: the addresses and the PDF to attach."""

    to: str
    from_name: str
    from_address: str
    pdf: bytes
    pdf_name: str


def _address(name: str, address: str) -> Address | None:
    if not address or "@" not in address:
        return None
    user, _, domain = address.strip().rpartition("@")
    try:
        return Address(display_name=name, username=user, domain=domain)
    except (ValueError, TypeError):
        return None


def email_text(letter: LetterContent) -> str:
    """The email's words: the date, then the letter (an email needs no postal address)."""
    return f"{letter.date_text}\n\n{letter.body_text()}\n"


def email_html(letter: LetterContent) -> str:
    """The same words as accessible HTML: the document language, each language of a
    bilingual letter marked, the letter's heading as h1 and its part headings as h2."""
    from .pdf_structure import language_tag

    def para(text: str) -> str:
        return "<p>" + "<br>\n".join(html.escape(line) for line in text.splitlines()) + "</p>"

    parts = [f"<p>{html.escape(letter.date_text)}</p>"]
    for language in letter.languages:
        inner = []
        for section in letter.sections_in(language):
            if section.part == "heading":
                inner.append(f"<h1>{html.escape(section.text)}</h1>")
                continue
            if section.heading:
                inner.append(f"<h2>{html.escape(section.heading)}</h2>")
            inner.append(para(section.text))
        parts.append(f'<div lang="{language_tag(language)}">\n' + "\n".join(inner) + "\n</div>")
    title = next((s.text for s in letter.sections if s.part == "heading"), "Letter")
    return (f'<!DOCTYPE html>\n<html lang="{language_tag(letter.language)}">\n<head>\n'
            f'<meta charset="utf-8">\n<title>{html.escape(title)}</title>\n</head>\n<body>\n'
            + "\n".join(parts) + "\n</body>\n</html>\n")


def letter_email(letter: LetterContent, parts: EmailParts) -> EmailMessage:
    """The letter as an email ready to send: plain text and HTML, the PDF attached. It opens
    as a draft (X-Unsent) in Outlook; Thunderbird opens it as a message to send on."""
    message = EmailMessage()
    subject = next((s.text for s in letter.sections if s.part == "heading"), "")
    message["Subject"] = subject or f"A letter from {parts.from_name}"
    sender = _address(parts.from_name, parts.from_address)
    if sender is not None:
        message["From"] = sender
    to = _address(letter.person_name, parts.to)
    if to is not None:
        message["To"] = to
    message["Date"] = format_datetime(datetime.combine(letter.letter_date, time(9)).astimezone())
    message["X-Unsent"] = "1"
    message.set_content(email_text(letter))
    message.add_alternative(email_html(letter), subtype="html")
    message.add_attachment(parts.pdf, maintype="application", subtype="pdf",
                           filename=parts.pdf_name)
    return message


def write_email(letter: LetterContent, parts: EmailParts, path: Path) -> None:
    from email import policy

    from ..services.files.output_files import write_bytes

    write_bytes(path, letter_email(letter, parts).as_bytes(policy=policy.SMTP),
                what="the email")
