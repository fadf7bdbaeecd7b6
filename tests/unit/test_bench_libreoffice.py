"""The LibreOffice comparison's merged document is well-formed, one letter a page (no
LibreOffice needed)."""

from __future__ import annotations

from xml.etree import ElementTree

from bench.libreoffice import merged_letters_fodt

TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"


def test_merged_document_is_well_formed_with_one_page_break_per_letter():
    root = ElementTree.fromstring(merged_letters_fodt(7).encode("utf-8"))
    breaking = {style.get(f"{STYLE}name") for style in root.iter(f"{STYLE}style")
                for props in style.iter(f"{STYLE}paragraph-properties")
                if props.get(f"{FO}break-before") == "page"}
    paragraphs = list(root.iter(f"{TEXT}p"))
    starts = [p for p in paragraphs if p.get(f"{TEXT}style-name") in breaking]
    assert len(starts) == 7
    words = "".join("".join(p.itertext()) for p in paragraphs)
    assert "Dear Łukasz," in words and "If you are not happy" in words


def test_the_merge_gets_the_very_letters_we_time(session):
    from bench.libreoffice import from_letter
    from partapp.services.feedback import letters
    from partapp.services.records import organisation

    from .letters_data import TODAY, build

    build(session)
    due = letters.letters_due(session, today=TODAY)
    org = organisation.get_details(session)
    merged = [from_letter(letter, org) for letter in due]
    root = ElementTree.fromstring(merged_letters_fodt(merged).encode("utf-8"))
    words = "\n".join("".join(p.itertext()) for p in root.iter(f"{TEXT}p"))
    for letter in due:
        assert letter.date_text in words
        for section in letter.sections:
            for line in section.text.split("\n"):
                assert line in words  # every paragraph of every letter, as typed
    assert words.count(org.name) >= len(due)  # a letterhead on each
