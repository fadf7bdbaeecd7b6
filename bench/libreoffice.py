"""What charities do today: one LibreOffice Writer document of merged letters, made into a PDF.

A mail merge in Writer gives one long document, one letter a page, each letter starting on a new
page. ``merged_letters_fodt`` writes such a document as flat ODF (one XML file, standard library
only) in the sizes of our standard letter. The benchmark gives it the very letters it times us
on (``from_letter``: letterhead, address, date and every paragraph); a made-up one-page letter
stands in when no database is at hand. LibreOffice gets the easier job even so: every letter in
standard print, no logo, no easy read pictures. ``time_merged_letters`` converts it headless,
once to warm up and once timed, the way ``soffice --convert-to pdf`` is used.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
}
_FIRST = ("Ann", "Fatima", "Leah", "Dylan", "Łukasz", "Llŷr", "Grace", "Tom", "Priya", "Sean")
_LAST = ("Ahmed", "Smith", "Hughes", "Jones", "Nowak", "Davies", "Evans", "Patel", "Byrne")
_TOWNS = (("Abergavenny", "NP7 5AA"), ("Monmouth", "NP25 3DY"), ("Usk", "NP15 1AD"))
_LETTERHEAD = ("Countywide Care", "12 High Street, Abergavenny, NP7 5AA", "01873 123456",
               "hello@countywide.example", "Registered charity 1234567")
_STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'"
   style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0.2cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="12pt"
    fo:language="en" fo:country="GB"/>
  </style:default-style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"
    fo:margin-top="1.2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2cm"/>
  </style:page-layout>
  <style:style style:name="Start" style:family="paragraph">
   <style:paragraph-properties fo:break-before="page" fo:text-align="end"
    fo:margin-bottom="0cm"/>
   <style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Head" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Address" style:family="paragraph">
   <style:paragraph-properties fo:margin-bottom="0cm"/>
  </style:style>
  <style:style style:name="Date" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end" fo:margin-top="0.8cm"
    fo:margin-bottom="0.6cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph">
   <style:text-properties fo:font-size="16pt" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Bold" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph">
   <style:paragraph-properties fo:margin-top="0.2cm" fo:margin-bottom="0.05cm"
    fo:keep-with-next="always"/>
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1"/>
 </office:master-styles>
"""


@dataclass(frozen=True)
class MergedLetter:
    """One letter of the merge: the letterhead lines (the name first), the address, the date,
    and its paragraphs as (style, bold label, text)."""

    letterhead: tuple[str, ...]
    address: tuple[str, ...]
    date: str
    paragraphs: tuple[tuple[str, str, str], ...]


def from_letter(letter, organisation) -> MergedLetter:
    """One of our letters (``LetterContent``) as a mail merge would lay it out."""
    org = organisation
    address = ", ".join(x.strip() for x in org.address.splitlines() if x.strip())
    head = tuple(x for x in (org.name, address, org.phone, org.email,
                             f"Registered charity {org.charity_number}"
                             if org.charity_number else "") if x)
    paragraphs = []
    for section in letter.sections:
        if section.part == "heading":
            paragraphs.append(("Title", "", section.text))
            continue
        lines = section.text.split("\n")
        if section.heading and section.suggestion_id is not None:
            paragraphs.append(("Standard", section.heading.rstrip(":") + ":", lines[0]))
            lines = lines[1:]
        elif section.heading:
            paragraphs.append(("Heading", "", section.heading))
        paragraphs += [("Standard", "", line) for line in lines]
    return MergedLetter(head, tuple(letter.address_lines), letter.date_text, tuple(paragraphs))


def _synthetic(number: int) -> MergedLetter:
    """A made-up one-page letter in the words of our standard letter."""
    first = _FIRST[number % len(_FIRST)]
    name = f"{first} {_LAST[number // len(_FIRST) % len(_LAST)]}"
    town, postcode = _TOWNS[number % len(_TOWNS)]
    standard = [
        ("Title", "", "We are still working on it"),
        ("Standard", "", f"Dear {first},"),
        ("Standard", "", "Thank you for telling us what you think. We said we would get back to "
                         "you within 28 days. We have not finished yet, but we have not "
                         "forgotten. Here is where things are."),
        ("Standard", "What you told us:",
         f"On {number % 28 + 1} March 2025, at our Meals forum {number}, you said: "
         "\u201cPlease tell us sooner when the exercise class changes.\u201d"),
        ("Standard", "What happens next:",
         "We are still looking at this. We will write to you again when we have decided."),
        ("Heading", "", "If you are not happy"),
        ("Standard", "", "Please tell us if you are not happy with our answer. You can ring us, "
                         "write to us or talk to any of our staff. Someone you trust can help "
                         "you. Telling us will not change the help you get from us."),
        ("Standard", "", "Thank you again for your help."),
        ("Standard", "", "Best wishes,"),
        ("Standard", "", _LETTERHEAD[0]),
    ]
    return MergedLetter(_LETTERHEAD, (name, f"{number % 90 + 1} Church Road", town, postcode),
                        "25 November 2026", tuple(standard))


def _paragraph(style: str, text: str, label: str = "") -> str:
    bold = f'<text:span text:style-name="Bold">{escape(label)}</text:span> ' if label else ""
    return f'<text:p text:style-name="{style}">{bold}{escape(text)}</text:p>'


def _letter(letter: MergedLetter) -> list[str]:
    """One merged letter: letterhead, address, date, then its paragraphs."""
    parts = [_paragraph("Start", letter.letterhead[0])]
    parts += [_paragraph("Head", line) for line in letter.letterhead[1:]]
    parts += [_paragraph("Address", line) for line in ("", "", *letter.address)]
    parts.append(_paragraph("Date", letter.date))
    parts += [_paragraph(style, text, label) for style, label, text in letter.paragraphs]
    return parts


def merged_letters_fodt(letters: int | Sequence[MergedLetter]) -> str:
    """A flat ODF text document of merged letters (``letters``, or that many made-up ones).
    Each letter's first paragraph starts a new page (on the very first letter that adds no
    blank page)."""
    if isinstance(letters, int):
        letters = [_synthetic(number) for number in range(letters)]
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NS.items())
    body = "\n".join(part for letter in letters for part in _letter(letter))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {namespaces} '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f"{_STYLES}<office:body><office:text>\n{body}\n</office:text></office:body>"
            "</office:document>\n")


def _convert(soffice: str, source: Path, out_dir: Path, profile: Path) -> Path:
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=600)
    pdf = out_dir / f"{source.stem}.pdf"
    if not pdf.exists():
        raise RuntimeError(f"LibreOffice did not make a PDF from {source}.")
    return pdf


def pdf_pages(pdf: bytes) -> int:
    """How many pages a PDF has (its page objects, counted without a PDF library)."""
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


def time_merged_letters(soffice: str, letters: int | Sequence[MergedLetter]
                        ) -> tuple[float, int]:
    """Seconds LibreOffice takes (warm, start-up included) to turn the merged ``letters`` in
    one Writer document into one PDF, and the pages of that PDF."""
    folder = Path(tempfile.mkdtemp(prefix="partapp-lo-"))
    try:
        source = folder / "letters.fodt"
        source.write_text(merged_letters_fodt(letters), encoding="utf-8")
        profile = folder / "profile"
        _convert(soffice, source, folder / "warm-up", profile)
        t0 = time.perf_counter()
        pdf = _convert(soffice, source, folder / "timed", profile)
        seconds = time.perf_counter() - t0
        return seconds, pdf_pages(pdf.read_bytes())
    finally:
        shutil.rmtree(folder, ignore_errors=True)
