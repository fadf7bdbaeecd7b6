"""The address in the envelope window: Royal Mail's layout (the postcode alone on the last line,
"c/o" said once), never under 16 pt in large print or easy read, and a plain flag when an
address cannot fit the window at that size."""

from __future__ import annotations

from dataclasses import replace
from io import BytesIO

from pypdf import PdfReader

from partapp.reports.letter_address import address_fits, address_layout
from partapp.reports.letter_pdf import render_letters
from partapp.reports.letter_styles import letter_style
from partapp.services.feedback import letters
from partapp.services.feedback.letter_content import LetterPerson
from partapp.services.records import organisation

from .letters_data import TODAY, build
from .test_letters_pdf import _text_sizes

CARE_HOME = ("Llŷr ap Gwilym Evans, c/o Cartref Gofal Bryn Eithin (Residential Unit B)",
             "The Old Vicarage, Lôn Bach y Felin", "Llanfihangel-yng-Ngwynfa", "Powys",
             "SY22 5JD")
SHORT = ("Ann Jones", "1 High Street", "Bangor", "LL57 1AA")


def test_large_print_and_easy_read_addresses_never_shrink_and_postcode_stays_alone():
    for layout in ("large_print", "easy_read"):
        style = letter_style(layout)
        placed = address_layout(CARE_HOME, style)
        assert placed.size == style.address_size >= 16
        assert placed.lines[-1] == "SY22 5JD"  # not joined to the town to save a line
        assert not placed.fits  # too long for the window at 16 pt: the letter says so
        short = address_layout(SHORT, style)
        assert short.fits and short.size >= 16 and short.lines[-1] == "LL57 1AA"
        five = ("Zoë Adams", "Flat 2", "Tower House", "Kington", "HR5 3EF")  # the usual most
        assert address_layout(five, style).fits


def test_a_standard_letter_makes_a_long_address_a_little_smaller_but_not_under_10_pt():
    style = letter_style("standard")
    longer = (*CARE_HOME[:-2], "Mid Wales", *CARE_HOME[-2:])
    placed = address_layout(longer, style)
    assert 10 <= placed.size < style.address_size
    assert placed.fits and placed.lines[-1] == "SY22 5JD"
    longest = address_layout((*longer[:-2], "Near the chapel", "By the river", *longer[-2:]),
                             style)
    assert longest.size == 10 and not longest.fits
    assert address_layout(SHORT, style).size == style.address_size


def test_care_of_names_the_home_once():
    person = LetterPerson(person_id=1, first_name="Llŷr", full_name="Llŷr Evans",
                          address_lines=(), supporter_name="Bryn Eithin Care Home",
                          supporter_address="Bryn Eithin Care Home\nLôn Bach\nBala\nLL23 7AA",
                          send_via_supporter=True)
    assert person.envelope_lines() == ("Llŷr Evans, c/o Bryn Eithin Care Home", "Lôn Bach",
                                       "Bala", "LL23 7AA")


def test_a_large_print_letter_with_a_long_address_has_no_text_under_16_pt(session):
    build(session)
    first = letters.letters_due(session, today=TODAY)[0]
    letter = replace(first, format="large_print", address_lines=CARE_HOME)
    assert not address_fits(letter)
    assert address_fits(replace(letter, address_lines=SHORT))
    out = BytesIO()
    render_letters([letter], out, organisation=organisation.get_details(session), logo=None)
    reader = PdfReader(BytesIO(out.getvalue()))
    assert min(min(_text_sizes(page)) for page in reader.pages) >= 16
    assert "SY22 5JD" in reader.pages[0].extract_text()


def test_care_of_is_welsh_for_a_welsh_reader():
    person = LetterPerson(person_id=1, first_name="Llŷr", full_name="Llŷr Evans",
                          address_lines=(), supporter_name="Mair Jones",
                          supporter_address="2 Chapel Row\nKnighton\nLD7 1AA",
                          send_via_supporter=True, language="cy", bilingual=True)
    assert person.envelope_lines()[0] == "Llŷr Evans, d/o Mair Jones"
