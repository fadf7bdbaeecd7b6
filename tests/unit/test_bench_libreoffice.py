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
