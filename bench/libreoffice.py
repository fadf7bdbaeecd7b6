"""What charities do today: one LibreOffice Writer document of merged letters, made into a PDF.

A mail merge in Writer gives one long document, one letter a page, each letter starting on a new
page. ``merged_letters_fodt`` writes such a document as flat ODF (one XML file, standard library
only), with the same wording and sizes as our standard letter; ``time_merged_letters`` converts
it headless, once to warm up and once timed, the way ``soffice --convert-to pdf`` is used.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
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


def _paragraph(style: str, text: str) -> str:
    return f'<text:p text:style-name="{style}">{escape(text)}</text:p>'


def _letter(number: int) -> list[str]:
    """One merged letter: letterhead, address, date and the words of our standard letter."""
    first = _FIRST[number % len(_FIRST)]
    name = f"{first} {_LAST[number // len(_FIRST) % len(_LAST)]}"
    town, postcode = _TOWNS[number % len(_TOWNS)]
    parts = [_paragraph("Start", _LETTERHEAD[0])]
    parts += [_paragraph("Head", line) for line in _LETTERHEAD[1:]]
    parts += [_paragraph("Address", line)
              for line in ("", "", name, f"{number % 90 + 1} Church Road", town, postcode)]
    parts.append(_paragraph("Date", "25 November 2026"))
    parts.append(_paragraph("Title", "We are still working on it"))
    parts.append(_paragraph("Standard", f"Dear {first},"))
    parts.append(_paragraph(
        "Standard", "Thank you for telling us what you think. We said we would get back to you "
        "within 28 days. We have not finished yet, but we have not forgotten. Here is where "
        "things are."))
    parts.append(_paragraph("Heading", "What you told us"))
    parts.append(_paragraph(
        "Standard", f"On {number % 28 + 1} March 2025, at our Meals forum {number}, you said: "
        "\u201cPlease tell us sooner when the exercise class changes.\u201d"))
    parts.append(_paragraph("Heading", "What happens next"))
    parts.append(_paragraph("Standard", "We are still looking at this. We will write to you "
                                        "again when we have decided."))
    parts.append(_paragraph("Heading", "If you are not happy"))
    parts.append(_paragraph(
        "Standard", "Please tell us if you are not happy with our answer. You can ring us, write "
        "to us or talk to any of our staff. Someone you trust can help you. Telling us will not "
        "change the help you get from us."))
    parts.append(_paragraph("Standard", "Thank you again for your help."))
    parts.append(_paragraph("Standard", "Best wishes,"))
    parts.append(_paragraph("Standard", _LETTERHEAD[0]))
    return parts


def merged_letters_fodt(count: int) -> str:
    """A flat ODF text document of ``count`` merged letters. Each letter's first paragraph
    starts a new page (on the very first letter that adds no blank page)."""
    namespaces = " ".join(f'xmlns:{prefix}="{uri}"' for prefix, uri in _NS.items())
    body = "\n".join(part for number in range(count) for part in _letter(number))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document {namespaces} '
            'office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">'
            f"{_STYLES}<office:body><office:text>\n{body}\n</office:text></office:body>"
            "</office:document>\n")


def _convert(soffice: str, source: Path, out_dir: Path, profile: Path) -> None:
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(out_dir), str(source)],
                   check=True, capture_output=True, timeout=600)
    if not (out_dir / f"{source.stem}.pdf").exists():
        raise RuntimeError(f"LibreOffice did not make a PDF from {source}.")


def time_merged_letters(soffice: str, count: int) -> float:
    """Seconds LibreOffice takes (warm, start-up included) to turn ``count`` merged letters in
    one Writer document into one PDF."""
    folder = Path(tempfile.mkdtemp(prefix="partapp-lo-"))
    try:
        source = folder / "letters.fodt"
        source.write_text(merged_letters_fodt(count), encoding="utf-8")
        profile = folder / "profile"
        _convert(soffice, source, folder / "warm-up", profile)
        t0 = time.perf_counter()
        _convert(soffice, source, folder / "timed", profile)
        return time.perf_counter() - t0
    finally:
        shutil.rmtree(folder, ignore_errors=True)
