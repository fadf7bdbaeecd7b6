"""Every letter that is owed, as one PDF: ``partapp letters --due --out F.pdf [--mark-sent]``,
with a braille, audio or email file beside it for each person whose format needs one.

Used by the command line (and anything else without a screen). It never commits: the caller
commits once the file is safely written, so a failed write marks nothing as sent.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from ..services.errors import ValidationError
from ..services.feedback import letters as letter_service
from ..services.feedback.letter_templates import large_print_size
from ..services.files.csv_safe import write_csv
from ..services.files.output_files import check_target, replacing
from ..services.records.organisation import get_details, get_logo
from ..services.store import one_at_a_time
from ..services.words import counted, joined, said, term

if TYPE_CHECKING:
    from .letter_formats_files import FormatFiles


@dataclass(frozen=True)
class LettersResult:
    """What ``write_due_letters`` did."""

    letters: int
    pages: int
    path: Path | None
    marked_sent: bool
    phone_calls: int = 0
    unprintable: int = 0  # letters with characters our fonts cannot print
    formats: FormatFiles | None = None  # braille, audio, email files (None: none written)
    # Another office was marking letters as sent at the same moment: this waited for it, so
    # these are only the letters still owed after theirs.
    waited: bool = False
    # The free texts a Welsh letter prints in English, listed in --welsh-missing (None: no list).
    welsh_missing: int | None = None
    # Our texts that speak of a time that may have passed, listed in --dated-texts (None: no list).
    dated_texts: int | None = None

    @property
    def people(self) -> int:
        """One letter per person, so the same as ``letters``."""
        return self.letters

    def describe(self) -> str:
        """What was done, in plain sentences, one line for each kind of file beside the PDF
        (said() and counted(), so the command line and the screens can say it in Welsh)."""
        parts: list[str] = []
        if not self.letters:
            if self.waited:
                parts.append(said("Another office has just marked these letters as sent, so "
                                  "none were written or marked again."))
            parts.append(said("Nobody is waiting for a letter. No letters written.")
                         if self.phone_calls else
                         said("Nobody is waiting to hear from you. No letters written."))
        else:
            name = self.path.name if self.path else term("the file")
            parts.append(counted(self.letters, "Wrote {n} letter to {name}.",
                                 "Wrote {n} letters to {name}.", name=name))
            parts.append(said("Marked them as sent.") if self.marked_sent
                         else said("They are not marked as sent yet."))
            if self.waited:
                parts.append(said("Another office marked letters as sent at the same time: "
                                  "these are only the ones still owed after theirs, so no "
                                  "letter is marked twice."))
        if self.phone_calls:
            parts.append(counted(
                self.phone_calls,
                "{n} person would like a phone call instead of a letter: see the Letters page.",
                "{n} people would like a phone call instead of a letter: see the Letters page."))
        if self.unprintable:
            parts.append(counted(
                self.unprintable,
                "{n} letter has characters our fonts cannot print (they show as boxes): please "
                "check them on the Letters page before posting.",
                "{n} letters have characters our fonts cannot print (they show as boxes): please "
                "check them on the Letters page before posting."))
        if self.welsh_missing is not None:
            parts.append(counted(
                self.welsh_missing, "The Welsh list has {n} line to fill in.",
                "The Welsh list has {n} lines to fill in.") if self.welsh_missing else said(
                "The Welsh list is empty: every Welsh letter has your own texts in Welsh."))
        if self.dated_texts is not None:
            parts.append(counted(
                self.dated_texts, "The list of texts to check has {n} line.",
                "The list of texts to check has {n} lines.") if self.dated_texts else said(
                "No letter has a text that speaks of a time gone by."))
        return joined([joined(parts), *(self.formats.lines() if self.formats is not None
                                         else ())], "\n")


WELSH_MISSING_HEADER = ("person_ref", "text", "record", "english", "welsh")


def welsh_missing_rows(letters: Sequence[letter_service.LetterContent],
                       refs: Mapping[int, str]) -> list[tuple[str, ...]]:
    """The rows of the Welsh list (see write_welsh_missing) for ``letters``."""
    return [(refs.get(letter.person_id, ""), missing.label, missing.record, missing.english, "")
            for letter in letters for missing in letter.welsh_missing]


def write_welsh_missing(path: Path, letters: Sequence[letter_service.LetterContent],
                        refs: Mapping[int, str]) -> int:
    """A CSV of every free text a Welsh letter prints in English: the person's reference,
    which text, the record it belongs to, the English and an empty column for the Welsh.
    Returns how many rows it has."""
    rows = welsh_missing_rows(letters, refs)
    write_csv(path, WELSH_MISSING_HEADER, rows, what="the list of Welsh texts to add")
    return len(rows)


DATED_TEXTS_HEADER = ("person_ref", "text", "record", "words", "time_words", "written_on")


def dated_text_rows(letters: Sequence[letter_service.LetterContent],
                    refs: Mapping[int, str]) -> list[tuple[str, ...]]:
    """The rows of the list of texts to check (see write_dated_texts) for ``letters``."""
    return [(refs.get(letter.person_id, ""), stale.label, stale.dated.record, stale.words,
             stale.time_words, stale.dated.written_on.isoformat())
            for letter in letters for stale in letter.stale]


def write_dated_texts(path: Path, letters: Sequence[letter_service.LetterContent],
                      refs: Mapping[int, str]) -> int:
    """A CSV of every text of ours a letter prints that speaks of a time that may have passed
    (services/feedback/stale_texts.py): the person's reference, which text, its record, its
    words, the time words and when it was written. Returns how many rows it has."""
    rows = dated_text_rows(letters, refs)
    write_csv(path, DATED_TEXTS_HEADER, rows, what="the list of texts to check")
    return len(rows)


def write_due_letters(session: Session, out: Path, *, mark_sent: bool = False,
                      today: date | None = None, sent_by: str = "",
                      lawful_basis: str = "legitimate interests",
                      waiting: Callable[[], None] | None = None,
                      warn: Callable[[str, str], None] | None = None,
                      welsh_missing: Path | None = None,
                      dated_texts: Path | None = None) -> LettersResult:
    """Write every letter owed today into ``out`` (one PDF), and optionally mark them as sent.
    Beside it go the braille (.brf), audio (.mp3) and email (.eml) files people asked for.

    People who asked for a phone call are left out (record the call instead). When nobody is
    owed a letter, no file is written. The file appears only once it is complete.

    With ``mark_sent``, another office doing the same at this moment is waited for first
    (``waiting`` is called if so), so the letters written are those still owed after theirs.

    The letters are made and written a few hundred people at a time, so a batch of any size
    needs about the same memory (with ``mark_sent`` every letter is kept until they are marked,
    with its exact text). Before each part is written, ``warn`` is given (person's reference,
    warning) for each warning on its letters. ``welsh_missing`` (a CSV) lists the free texts
    the Welsh letters print in English because they have no Welsh version; ``dated_texts`` (a
    CSV) lists our texts that speak of a time that may have passed.
    """
    today = today or date.today()
    out = check_target(out, what="the letters")
    waited: list[bool] = []
    if mark_sent:
        def wait() -> None:
            waited.append(True)
            if waiting is not None:
                waiting()

        one_at_a_time.hold(session, "letters", waiting=wait)
    phone_calls = [0]

    def printed_parts() -> Iterator[list[letter_service.LetterContent]]:
        for part in letter_service.letters_due_parts(session, today=today):
            letters = [letter for letter in part if letter.format != "phone"]
            phone_calls[0] += len(part) - len(letters)
            if letters:
                yield letters

    parts = printed_parts()
    first = next(parts, None)
    if first is None:
        return LettersResult(0, 0, None, False, phone_calls[0], waited=bool(waited))
    # reportlab and the format writers load only when there are letters to write
    from .fonts import missing_glyphs
    from .letter_formats_files import FILE_FORMATS, write_format_files
    from .letter_pdf import letter_file

    organisation = get_details(session)
    if not organisation.is_set_up:
        raise ValidationError("organisation", said("Letters need your organisation's name. "
                                                   "Please add it in Settings, or with: "
                                                   "partapp organisation --name \"Your "
                                                   "name\", then try again."))
    if not out.parent.is_dir():
        raise ValidationError("out", said("The folder {parent} does not exist. Please choose "
                                          "another place to save the letters.", parent=out.parent))
    logo, size = get_logo(session), large_print_size(session)
    welsh_rows: list[tuple[str, ...]] = []
    dated_rows: list[tuple[str, ...]] = []
    beside: list[letter_service.LetterContent] = []  # braille, audio and email letters
    beside_contacts: dict[int, letter_service.LetterContact] = {}
    kept: list[letter_service.LetterContent] = []  # to mark as sent
    count = unprintable = 0
    with replacing(out, what="the letters") as temp, temp.open("wb") as handle, \
            letter_file(handle, organisation=organisation, logo=logo,
                        large_print_size=size) as batch:  # see output_files
        for letters in chain([first], parts):
            contacts = letter_service.letter_contacts(session,
                                                      [letter.person_id for letter in letters])
            refs = {pid: contact.ref or f"#{pid}" for pid, contact in contacts.items()}
            if warn is not None:
                for letter in letters:
                    for warning in letter.warnings:
                        warn(refs.get(letter.person_id, ""), warning)
            welsh_rows += welsh_missing_rows(letters, refs)
            dated_rows += dated_text_rows(letters, refs)
            batch.add(letters, references=[contacts[letter.person_id].ref for letter in letters])
            count += len(letters)
            unprintable += sum(1 for letter in letters if missing_glyphs(letter.as_text()))
            for letter in letters:
                if letter.format in FILE_FORMATS:
                    beside.append(letter)
                    beside_contacts[letter.person_id] = contacts[letter.person_id]
            if mark_sent:
                kept += letters
    missing = dated = None
    if welsh_missing is not None:
        write_csv(welsh_missing, WELSH_MISSING_HEADER, welsh_rows,
                  what="the list of Welsh texts to add")
        missing = len(welsh_rows)
    if dated_texts is not None:
        write_csv(dated_texts, DATED_TEXTS_HEADER, dated_rows, what="the list of texts to check")
        dated = len(dated_rows)
    formats = write_format_files(beside, out.parent, contacts=beside_contacts,
                                 organisation=organisation, logo=logo, large_print_size=size,
                                 beside=out.name)
    if mark_sent:
        letter_service.mark_sent(session, kept, sent_on=today, sent_by=sent_by,
                                 lawful_basis=lawful_basis, today=today)
    else:
        letter_service.record_printed(session, count, printed_by=sent_by,
                                      lawful_basis=lawful_basis)
    return LettersResult(count, batch.pages, out, mark_sent, phone_calls[0], unprintable,
                         formats, waited=bool(waited), welsh_missing=missing, dated_texts=dated)
