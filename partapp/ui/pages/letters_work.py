"""The Letters page's background work: getting letters ready as a PDF, for one person (the
preview) or for everyone chosen (printing and saving). Runs on the worker thread through the
task helper, so no widgets here; each job opens its own session and returns plain data.

reportlab and the braille, audio and email writers are imported inside the functions that make
files, so opening the app (and the Letters page) does not wait for them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ...services.errors import ValidationError
from ...services.feedback.letter_templates import large_print_size
from ...services.feedback.letters import LetterContent, check_letters, letter_contacts, letters_due
from ...services.feedback.plain_english import PlainEnglishResult
from ...services.records.organisation import OrganisationDetails, get_details, get_logo
from ...services.store.database import Database
from ..tasks import Progress


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


@dataclass(frozen=True)
class _Loaded:
    letters: list[LetterContent]
    organisation: OrganisationDetails
    logo: bytes | None
    large_print_size: int


def _load(db: Database, person_ids: Sequence[int], today: date) -> _Loaded:
    with db.session_scope() as session:
        due = letters_due(session, today=today, person_ids=list(person_ids))
        loaded = _Loaded(due, get_details(session), get_logo(session), large_print_size(session))
    if due and not loaded.organisation.is_set_up:
        raise ValidationError("organisation", tr("Letters need your organisation's name. "
                                                 "Please add it in Settings, then try again."))
    order = {pid: n for n, pid in enumerate(person_ids)}
    loaded.letters.sort(key=lambda letter: order.get(letter.person_id, len(order)))
    return loaded


def _render(loaded: _Loaded, letters: Sequence[LetterContent], out: Path,
            progress: Progress | None = None) -> int:
    from ...reports.letter_pdf import render_letters

    message = tr("Writing letter {done} of {total}\u2026")

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress.report(done, total, message.format(done=min(done + 1, total), total=total))
            progress.check()

    try:
        return render_letters(letters, out, organisation=loaded.organisation, logo=loaded.logo,
                              large_print_size=loaded.large_print_size, progress=step)
    except BaseException:
        out.unlink(missing_ok=True)
        raise


# One person's letter, for the preview ------------------------------------------------------
@dataclass(frozen=True)
class PreviewedLetter:
    person_id: int
    letter: LetterContent | None  # None: they are no longer waiting
    path: Path | None
    check: PlainEnglishResult | None
    address_fits: bool = True  # False: too long for the envelope window at this size


def preview_letter_pdf(db: Database, person_id: int, out: Path, *, today: date) -> PreviewedLetter:
    from ...reports.letter_address import address_fits

    loaded = _load(db, [person_id], today)
    if not loaded.letters:
        return PreviewedLetter(person_id, None, None, None)
    letter = loaded.letters[0]
    check = letter.check()
    _render(loaded, [letter], out)
    fits = address_fits(letter, large_print_size=loaded.large_print_size)
    return PreviewedLetter(person_id, letter, out, check, fits)


# Everyone chosen, for printing or saving ---------------------------------------------------
@dataclass(frozen=True)
class LetterBatch:
    """Letters made ready in one go: exactly these are printed, saved and marked as sent."""

    letters: tuple[LetterContent, ...]
    path: Path | None
    pages: int
    failing: tuple[tuple[str, str], ...]  # (name, what the plain English check found)
    phone_people: tuple[str, ...]         # left out: they would like a phone call
    address_too_long: tuple[str, ...] = ()  # names: too long for the envelope window

    def by_person(self) -> dict[int, LetterContent]:
        return {letter.person_id: letter for letter in self.letters}


def prepare_batch(db: Database, person_ids: Sequence[int], out: Path, *, today: date,
                  progress: Progress) -> LetterBatch:
    from ...reports.letter_address import address_fits

    progress.report(0, 0, tr("Getting the letters ready\u2026"))
    loaded = _load(db, person_ids, today)
    letters = [letter for letter in loaded.letters if letter.format != "phone"]
    phone = tuple(letter.person_name for letter in loaded.letters if letter.format == "phone")
    if not letters:
        return LetterBatch((), None, 0, (), phone)
    progress.report(0, 0, tr("Checking the letters are in plain English\u2026"))
    failing = tuple((letter.person_name, summary) for letter, summary in check_letters(letters))
    progress.check()
    pages = _render(loaded, letters, out, progress)
    too_long = tuple(letter.person_name for letter in letters if letter.format != "email"
                     and not address_fits(letter, large_print_size=loaded.large_print_size))
    return LetterBatch(tuple(letters), out, pages, failing, phone, too_long)


# Braille, audio and email files, beside the saved PDF ----------------------------------------
def needs_format_files(letters: Sequence[LetterContent]) -> bool:
    from ...reports.letter_formats_files import FILE_FORMATS

    return any(letter.format in FILE_FORMATS for letter in letters)


def write_formats(db: Database, letters: Sequence[LetterContent], pdf: Path, *,
                  progress: Progress) -> list[str]:
    """Beside the saved PDF, the braille, audio and email file of each chosen person who needs
    one: the same service as ``partapp letters --due``. Returns its summary lines."""
    from ...reports.letter_formats_files import FILE_FORMATS, write_format_files

    wanted = [letter for letter in letters if letter.format in FILE_FORMATS]
    if not wanted:
        return []
    with db.session_scope() as session:
        contacts = letter_contacts(session, [letter.person_id for letter in wanted])
        organisation, logo = get_details(session), get_logo(session)
        size = large_print_size(session)
    message = tr("Writing the braille, audio and email files\u2026")
    progress.report(0, len(wanted), message)

    def step(done: int, total: int) -> None:
        progress.report(done, total, message)
        progress.check()

    written = write_format_files(wanted, pdf.parent, contacts=contacts,
                                 organisation=organisation, logo=logo, large_print_size=size,
                                 beside=pdf.name, progress=step)
    return written.lines()
