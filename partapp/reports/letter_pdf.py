"""Feedback letters as one tagged PDF (the letters themselves are drawn by letter_draw.py).

``letter_file`` writes a PDF of letters part by part: every letter owed can be written without
holding them all, and each letter's pages and structure go into the file as soon as it is
drawn (rl_adapter.StreamedDocument, pdf_structure_stream.StreamedTree). The fonts, the list of
pages and the title wait for the end. ``render_letters`` writes letters already made.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ..services.collector import collector_paused
from ..services.feedback.letter_content import LetterContent
from ..services.files.output_files import replacing
from ..services.records.organisation import OrganisationDetails
from .letter_draw import LetterWriter
from .letter_styles import letter_style
from .letter_text import WordWidths
from .pdf_structure import Structure, language_tag
from .pdf_structure_stream import StreamedTree
from .rl_adapter import StreamedDocument, binary_streams

Progress = Callable[[int, int], None]


def render_letters(letters: Sequence[LetterContent], out: Path | BinaryIO, *,
                   organisation: OrganisationDetails, logo: bytes | None = None,
                   large_print_size: int = 18, progress: Progress | None = None,
                   references: Sequence[str] | None = None) -> int:
    """Write ``letters`` into one tagged PDF at ``out`` (a path or a binary file). Returns the
    number of pages. ``progress(done, total)`` is called after each letter; raising from it
    stops. Each letter has a bookmark named by ``references`` (the people's references, never
    their names), or "Letter 1", "Letter 2"... without them."""
    if not letters:
        raise ValueError("There are no letters to write.")
    if references is not None and len(references) != len(letters):
        raise ValueError("There must be one reference for each letter.")
    if isinstance(out, Path):  # through a temporary file: never half a PDF, never the data
        with replacing(out, what="the letters") as temp, temp.open("wb") as handle:
            return render_letters(letters, handle, organisation=organisation, logo=logo,
                                  large_print_size=large_print_size, progress=progress,
                                  references=references)
    first_languages = {letter.language for letter in letters}
    lang = language_tag(first_languages.pop() if len(first_languages) == 1 else "en")
    with letter_file(out, organisation=organisation, logo=logo,
                     large_print_size=large_print_size,
                     layouts=dict.fromkeys(letter.layout for letter in letters),
                     lang=lang) as batch:
        batch.add(letters, references=references, progress=progress, total=len(letters))
    return batch.pages


LAYOUTS = ("standard", "large_print", "easy_read")
# The paragraphs a batch keeps worked out (letter_text.WordWidths): enough for the wording
# letters share, not every person's own words of a batch of ten thousand.
_PARAGRAPHS_KEPT = 30_000


class LetterFile:
    """One PDF of letters, added a part at a time with ``add``; ``letter_file`` finishes it."""

    def __init__(self, out: BinaryIO, *, organisation: OrganisationDetails, logo: bytes | None,
                 large_print_size: int, layouts: Iterable[str], lang: str | None) -> None:
        styles = {layout: letter_style(layout, large_print_size=large_print_size)
                  for layout in layouts}
        smallest = min(style.smallest for style in styles.values())
        self.organisation = organisation
        self.lang = lang
        self.structure = Structure(lang=lang or "en-GB", title="")
        # Every page starts in our embedded font at the smallest size used, so no other font
        # is even mentioned in the file.
        self.canvas = canvas = Canvas(out, pagesize=A4, invariant=False,
                                      initialFontName=next(iter(styles.values())).regular,
                                      initialFontSize=smallest, initialLeading=smallest * 1.2)
        canvas.setAuthor(organisation.name)
        canvas.setSubject("Feedback letters")
        canvas.setCreator("Participation Tracker")
        self.writer = LetterWriter(canvas, styles, organisation, logo, WordWidths())
        self.writer.document_lang = lang or ""
        self.tree = StreamedTree(self.structure, StreamedDocument(canvas, out))
        self.letters = 0
        self.pages = 0
        self._languages: set[str] = set()

    def add(self, letters: Iterable[LetterContent], *, references: Sequence[str] | None = None,
            progress: Progress | None = None, total: int = 0) -> None:
        """Draw ``letters`` and write them into the file. Each has a bookmark named by
        ``references`` (the people's references, never their names), or "Letter 1",
        "Letter 2"... without them. ``progress(done, total)`` is called after each letter."""
        for index, letter in enumerate(letters):
            self.letters += 1
            bookmark = (references[index] if references is not None
                        else f"Letter {self.letters}")
            self.pages += self.writer.write(letter, self.structure, bookmark)
            self._languages.add(letter.language)
            self.tree.flush()
            self.writer.widths.keep_within(_PARAGRAPHS_KEPT)
            if progress is not None:
                progress(self.letters, total)

    def _finish(self) -> None:
        if not self.letters:
            raise ValueError("There are no letters to write.")
        name = self.organisation.name
        title = (f"Letter from {name}" if self.letters == 1
                 else f"{self.letters} letters from {name}")
        self.structure.title = title
        self.canvas.setTitle(title)
        if self.lang is None:  # every part says its language: the document's is the first
            languages = self._languages
            self.structure.lang = language_tag(next(iter(languages)) if len(languages) == 1
                                               else "en")
        self.tree.finish(author=name)


@contextmanager
def letter_file(out: BinaryIO, *, organisation: OrganisationDetails, logo: bytes | None = None,
                large_print_size: int = 18, layouts: Iterable[str] = LAYOUTS,
                lang: str | None = None) -> Iterator[LetterFile]:
    """A LetterFile writing into ``out``; the PDF is complete when the block ends (if it ends
    with an error, ``out`` holds only part of one). ``lang`` is the document's language when
    it is known before the letters are (a letter's parts in another language say theirs);
    ``layouts`` are those the letters may use."""
    with binary_streams(), collector_paused():
        batch = LetterFile(out, organisation=organisation, logo=logo,
                           large_print_size=large_print_size, layouts=layouts, lang=lang)
        yield batch
        batch._finish()
