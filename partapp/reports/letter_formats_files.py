"""The files each person's format needs, written beside the printed letters: a ``.brf`` for
braille, an ``.mp3`` for audio and an ``.eml`` for email, named by the person's reference.

Used by ``partapp letters --due`` and by the Letters page alike. Every file goes through
services/files/output_files.py. A missing program (liblouis, espeak-ng) is not a failure: the letters
are still in the PDF, and the summary says what to install.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from ..services.feedback.letter_content import LetterContent
from ..services.feedback.letters import LetterContact
from ..services.records.organisation import OrganisationDetails
from ..services.words import counted, joined, said, term
from .letter_formats import EmailParts, MissingToolError, write_audio, write_braille, write_email
from .letter_pdf import render_letters

FILE_FORMATS = {"braille": ".brf", "audio": ".mp3", "email": ".eml"}
_SHOWN = 5  # file names listed in a summary line before "and N more"


def file_name(reference: str, person_id: int, fmt: str) -> str:
    """``P0012.brf``: the person's reference (never their name), safe as a file name."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "_", reference or "").strip("._") or f"person-{person_id}"
    return stem + FILE_FORMATS[fmt]


@dataclass
class FormatFiles:
    """What ``write_format_files`` wrote, and what it could not."""

    beside: str = ""                                          # the PDF's name
    written: dict[str, list[Path]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)     # kind: what to install
    not_made: dict[str, int] = field(default_factory=dict)    # kind: letters without a file
    no_address: int = 0                                       # emails with nobody to send to

    @property
    def count(self) -> int:
        return sum(len(paths) for paths in self.written.values())

    def lines(self) -> list[str]:
        """One plain line for each kind written, and for each kind that could not be (said(),
        so the screens and the command line can show them in Welsh)."""
        out: list[str] = []
        for kind in FILE_FORMATS:
            paths = self.written.get(kind, [])
            if paths:
                names = ", ".join(p.name for p in paths[:_SHOWN])
                if len(paths) > _SHOWN:
                    names = said("{names} and {n} more", names=names, n=len(paths) - _SHOWN)
                out.append(_wrote(kind, len(paths), self.beside, names))
            if kind in self.missing:
                left = self.not_made.get(kind, 0)
                out.append(joined([self.missing[kind], _in_print(kind, left, self.beside)]))
        if self.no_address:
            out.append(counted(self.no_address, "{n} email has no address to send to: add it "
                               "to the person's record, or type it in when you send.",
                               "{n} emails have no address to send to: add it to the person's "
                               "record, or type it in when you send."))
        return out


def _wrote(kind: str, n: int, beside: str, names: str) -> str:
    """"Wrote 2 braille files beside due.pdf: P0001.brf, P0002.brf." (each kind its own
    sentence, so each language can say it its own way)."""
    if kind == "braille":
        return counted(n, "Wrote {n} braille file beside {beside}: {names}.",
                       "Wrote {n} braille files beside {beside}: {names}.",
                       beside=beside, names=names) if beside else counted(
            n, "Wrote {n} braille file: {names}.", "Wrote {n} braille files: {names}.",
            names=names)
    if kind == "audio":
        return counted(n, "Wrote {n} audio file beside {beside}: {names}.",
                       "Wrote {n} audio files beside {beside}: {names}.",
                       beside=beside, names=names) if beside else counted(
            n, "Wrote {n} audio file: {names}.", "Wrote {n} audio files: {names}.",
            names=names)
    return counted(n, "Wrote {n} email ready to send beside {beside}: {names}.",
                   "Wrote {n} emails ready to send beside {beside}: {names}.",
                   beside=beside, names=names) if beside else counted(
        n, "Wrote {n} email ready to send: {names}.", "Wrote {n} emails ready to send: {names}.",
        names=names)


def _in_print(kind: str, left: int, beside: str) -> str:
    """Where the letters a missing program could not turn into files are instead."""
    where = beside or term("the printed letters")
    if kind == "braille":
        return counted(left, "For now, the {n} braille letter is in print in {where}.",
                       "For now, the {n} braille letters are in print in {where}.", where=where)
    return counted(left, "For now, the {n} audio letter is in print in {where}.",
                   "For now, the {n} audio letters are in print in {where}.", where=where)


def write_format_files(letters: Sequence[LetterContent], folder: Path, *,
                       contacts: Mapping[int, LetterContact], organisation: OrganisationDetails,
                       logo: bytes | None = None, large_print_size: int = 18,
                       beside: str = "",
                       progress: Callable[[int, int], None] | None = None) -> FormatFiles:
    """Write into ``folder`` the braille, audio or email file of each letter whose person asked
    for one. Other letters are skipped. ``progress(done, total)`` after each file."""
    result = FormatFiles(beside=beside)
    wanted = [letter for letter in letters if letter.format in FILE_FORMATS]
    for done, letter in enumerate(wanted, start=1):
        kind = letter.format
        if kind in result.missing:
            result.not_made[kind] += 1
            continue
        contact = contacts.get(letter.person_id) or LetterContact("", "")
        path = folder / file_name(contact.ref, letter.person_id, kind)
        try:
            if kind == "braille":
                write_braille(letter, path)
            elif kind == "audio":
                write_audio(letter, path)
            else:
                pdf = BytesIO()
                render_letters([letter], pdf, organisation=organisation, logo=logo,
                               large_print_size=large_print_size,
                               references=[contact.ref or f"Letter {done}"])
                write_email(letter, EmailParts(
                    to=contact.email, from_name=organisation.name,
                    from_address=organisation.email, pdf=pdf.getvalue(),
                    pdf_name=path.with_suffix(".pdf").name), path)
                result.no_address += "@" not in contact.email
        except MissingToolError as missing:
            result.missing[kind] = missing.message
            result.not_made[kind] = 1
            continue
        result.written.setdefault(kind, []).append(path)
        if progress is not None:
            progress(done, len(wanted))
    return result
