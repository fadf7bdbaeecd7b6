"""Make the sample letters in this folder from the demo data (run from the repository root):

    .venv/bin/python docs/letters/make_samples.py

Writes standard.pdf, large_print.pdf, easy_read.pdf and bilingual.pdf (one letter each, Welsh
wording from welsh_wording_example.json), a PNG of each first page (pdftoppm -r 60), the
standard and bilingual letters as braille (standard.brf, bilingual.brf, through liblouis) and
the standard letter spoken (standard.mp3, through espeak-ng and LAME), and prints how long 1,000
letters take to write.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
from datetime import date
from io import BytesIO
from pathlib import Path

from PIL import Image, ImageDraw

from partapp.reports.letter_formats import write_audio, write_braille
from partapp.reports.letter_pdf import render_letters
from partapp.services.feedback.letter_templates import load_wording_file
from partapp.services.feedback.letters import letters_due
from partapp.services.records import organisation
from partapp.services.sample.demo import fill_demo
from partapp.services.store.database import open_database

HERE = Path(__file__).resolve().parent
TODAY = date(2025, 6, 2)


def _logo() -> bytes:
    """A made-up logo for the sample organisation: a river under a sun."""
    image = Image.new("RGB", (600, 300), "white")
    d = ImageDraw.Draw(image)
    d.ellipse((60, 30, 240, 210), fill=(249, 168, 37))
    for y in (170, 215, 260):
        d.arc((0, y - 40, 150, y + 40), 200, 340, fill=(25, 118, 210), width=22)
        d.arc((150, y - 40, 300, y + 40), 20, 160, fill=(25, 118, 210), width=22)
    out = BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


def main() -> None:
    folder = Path(tempfile.mkdtemp())
    db = open_database(str(folder / "sample.db"))
    try:
        with db.session_scope() as session:
            fill_demo(session, seed=7, today=TODAY)
            organisation.set_logo(session, _logo(), "logo.png")
            load_wording_file(session, HERE / "welsh_wording_example.json", language="cy")
        with db.session_scope() as session:
            due = letters_due(session, today=TODAY)
            org = organisation.get_details(session)
            logo = organisation.get_logo(session)
        picks = {
            "standard": next(x for x in due if x.layout == "standard" and len(x.languages) == 1
                             and len(x.suggestion_ids) >= 2),
            "large_print": next(x for x in due if x.layout == "large_print"),
            "easy_read": next(x for x in due if x.layout == "easy_read"
                              and len(x.languages) == 1),
            "bilingual": next(x for x in due if len(x.languages) == 2),
        }
        for name, letter in picks.items():
            pdf = HERE / f"{name}.pdf"
            pages = render_letters([letter], pdf, organisation=org, logo=logo)
            subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", str(pdf),
                            str(folder / name)], check=True)
            shutil.copyfile(next(folder.glob(f"{name}*.png")), HERE / f"{name}.png")
            print(f"{name}: {pages} page(s), {letter.kind}, {letter.languages}")
        for name in ("standard", "bilingual"):
            write_braille(picks[name], HERE / f"{name}.brf")
        seconds = write_audio(picks["standard"], HERE / "standard.mp3")
        print(f"standard.mp3: {seconds:.0f} s of speech")
        thousand = [due[i % len(due)] for i in range(1000)]
        render_letters(thousand[:10], folder / "warm.pdf", organisation=org, logo=logo)
        started = time.perf_counter()
        pages = render_letters(thousand, folder / "thousand.pdf", organisation=org, logo=logo)
        took = time.perf_counter() - started
        size = (folder / "thousand.pdf").stat().st_size / 1e6
        print(f"1,000 letters ({pages} pages, {size:.1f} MB) in {took:.2f} s")
    finally:
        db.dispose()
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
