"""A person's communication needs as one short flag: what goes in it, in what order, and that
the lists built from the database give the same flag as the person's own record."""

from __future__ import annotations

import pytest

from partapp.services.feedback.communication_needs import (
    DETAIL_CHARS,
    PersonNeeds,
    needs_flag,
    people_needs,
)
from partapp.services.records.people import PersonData, get_person, save_person


def test_standard_print_in_english_with_nothing_else_has_no_flag():
    assert needs_flag(PersonNeeds()) == ""
    assert needs_flag(PersonNeeds(interpreter="   ", other_needs="\n")) == ""  # blanks only


@pytest.mark.parametrize(("needs", "flag"), [
    (PersonNeeds(feedback_format="large_print"), "Large print"),
    (PersonNeeds(feedback_format="easy_read", language="cy"), "Easy read · Welsh"),
    (PersonNeeds(language="cy", bilingual=True), "Welsh and English"),
    (PersonNeeds(language="en", bilingual=True), ""),  # English alone is not a need
    (PersonNeeds(send_via_supporter=True, supporter_name="Jo Bloggs (advocate)"),
     "Through their supporter: Jo Bloggs (advocate)"),
    (PersonNeeds(supporter_name="Jo Bloggs"), ""),  # a supporter, but letters go to them
    (PersonNeeds(feedback_format="braille", language="cy", bilingual=True,
                 send_via_supporter=True, supporter_name="Mair", interpreter="BSL",
                 other_needs="Hearing loop at meetings"),
     "Braille · Welsh and English · Through their supporter: Mair · Interpreter: BSL · "
     "Other needs: Hearing loop at meetings"),
])
def test_the_flag_names_each_need_in_the_order_staff_act_on_them(needs, flag):
    assert needs_flag(needs) == flag


def test_long_words_are_cut_to_a_short_flag_at_the_limit():
    exact = "x" * DETAIL_CHARS
    assert needs_flag(PersonNeeds(other_needs=exact)) == f"Other needs: {exact}"
    longer = needs_flag(PersonNeeds(other_needs=exact + "y"))
    assert longer == f"Other needs: {'x' * (DETAIL_CHARS - 1)}\u2026"
    # lines and runs of spaces become single spaces
    assert needs_flag(PersonNeeds(interpreter="British  Sign\nLanguage")) == \
        "Interpreter: British Sign Language"


def test_the_flag_is_translated_part_by_part():
    welsh = {"Large print": "Print bras", "Welsh": "Cymraeg",
             "{language} and English": "{language} a Saesneg", "Interpreter": "Cyfieithydd"}
    needs = PersonNeeds(feedback_format="large_print", language="cy", bilingual=True,
                        interpreter="BSL")
    assert needs_flag(needs, lambda text: welsh.get(text, text)) == \
        "Print bras · Cymraeg a Saesneg · Cyfieithydd: BSL"


def test_lists_and_the_record_give_the_same_flag(session):
    pid = save_person(session, PersonData(
        first_name="Gwen", last_name="Morgan", feedback_format="large_print", language="cy",
        bilingual=True, send_via_supporter=True, supporter_name="Alun Morgan",
        supporter_address="1 High St", interpreter="", other_needs="")).id
    plain = save_person(session, PersonData(first_name="Tom", last_name="Hughes")).id
    record = needs_flag(get_person(session, pid))
    assert record == "Large print · Welsh and English · Through their supporter: Alun Morgan"
    parts = people_needs(session, [pid, plain])
    assert parts[plain] == ()
    assert " · ".join(part.text() for part in parts[pid]) == record
