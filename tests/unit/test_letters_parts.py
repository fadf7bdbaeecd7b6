"""Every letter owed, made and written a few people at a time (services letters_due_parts,
reports write_due_letters): the same letters, in the same order, in one PDF."""

from __future__ import annotations

from io import BytesIO

import pikepdf

from partapp.reports import letter_pdf
from partapp.reports.fonts import register_fonts
from partapp.reports.letter_pdf import render_letters
from partapp.reports.letter_text import WordWidths
from partapp.reports.letters import write_due_letters
from partapp.reports.pdf_structure import language_tag
from partapp.services.feedback import letters
from partapp.services.records import organisation

from .letters_data import TODAY, build


def test_every_owed_letter_written_in_parts_is_the_same_as_all_at_once(session, tmp_path,
                                                                       monkeypatch):
    build(session)
    whole = letters.letters_due(session, today=TODAY)
    parts = list(letters.letters_due_parts(session, today=TODAY, size=2))
    assert [len(part) for part in parts] == [2, 2, 2, 1]
    assert [x.as_text() for part in parts for x in part] == [x.as_text() for x in whole]

    # write_due_letters, a part of two people at a time: one PDF of every letter, in order.
    monkeypatch.setattr(letters, "LETTERS_AT_ONCE", 2)
    out, welsh = tmp_path / "due.pdf", tmp_path / "welsh.csv"
    result = write_due_letters(session, out, today=TODAY, welsh_missing=welsh)
    printed = [x for x in whole if x.format != "phone"]
    assert (result.letters, result.phone_calls) == (len(printed), 1)
    contacts = letters.letter_contacts(session, [x.person_id for x in printed])
    refs = [contacts[x.person_id].ref for x in printed]
    with pikepdf.open(out) as pdf, pdf.open_outline() as outline:
        assert [item.title for item in outline.root] == refs
        assert len(pdf.pages) == result.pages
        assert str(pdf.docinfo.Title) == f"{len(printed)} letters from Riverside Care"
        # Not known before the first part: every letter's part says its language.
        assert str(pdf.Root.Lang) == "en-GB"
        languages = [str(part.Lang) for sect in pdf.Root.StructTreeRoot.K.K
                     for part in sect.K if part.S == "/Sect"]
    assert languages == [language_tag(lang) for x in printed for lang in x.languages]
    assert "cy" in languages
    assert welsh.read_text(encoding="utf-8-sig").count("\n") == 1 + sum(
        len(x.welsh_missing) for x in printed)
    assert [p.name for p in result.formats.written["email"]] == [
        f"{contacts[x.person_id].ref}.eml" for x in printed if x.format == "email"]


def test_a_batch_that_forgets_the_paragraphs_it_kept_prints_the_same_pages(session,
                                                                            monkeypatch):
    """A long batch keeps only so many paragraphs worked out (letter_pdf._PARAGRAPHS_KEPT);
    forgetting them after every letter changes nothing on any page."""
    build(session)
    due = [x for x in letters.letters_due(session, today=TODAY) if x.format != "phone"] * 3
    details = organisation.get_details(session)

    def page_streams() -> list[bytes]:
        out = BytesIO()
        render_letters(due, out, organisation=details)
        with pikepdf.open(BytesIO(out.getvalue())) as pdf:
            return [page.Contents.read_bytes() for page in pdf.pages]

    kept = page_streams()
    monkeypatch.setattr(letter_pdf, "_PARAGRAPHS_KEPT", 0)
    assert page_streams() == kept
    regular, _bold = register_fonts()
    widths = WordWidths()
    widths.wrap("Some words to keep", regular, 12, 500, None)
    widths.keep_within(1)
    assert len(widths._wrapped) == 1  # one is not more than one: kept
    widths.wrap("Some more words", regular, 12, 500, None)
    widths.keep_within(1)
    assert widths._wrapped == {}
    assert widths.wrap("Some words to keep", regular, 12, 500, None) == ["Some words to keep"]
    assert len(widths._wrapped) == 1  # worked out again
