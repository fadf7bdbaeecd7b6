"""Wording that fits what happened (issue 13, section 2): a letter's heading and opening fit
its items, and a letter about several things says each closing thing once."""

from __future__ import annotations

from datetime import date

import pytest

from partapp.services.feedback.letter_content import LetterItem, LetterPerson, compose
from partapp.services.feedback.letter_templates import load_wording
from partapp.services.records.organisation import OrganisationDetails

TODAY = date(2025, 6, 2)
ORG = OrganisationDetails(name="Riverside Care", address="The Old Mill\nKnighton\nLD7 1BT",
                          phone="01632 960100", email="hello@riverside.example.org",
                          signatory_name="Alex Price", signatory_role="Participation worker",
                          signatory_role_cy="Gweithiwr cyfranogiad",
                          complaints_contact="Ring our manager, Sam Lee, on 01632 960101.",
                          complaints_contact_cy="Ffoniwch ein rheolwr, Sam Lee, ar 01632 960101.")

YES = {"outcome": "agreed", "reason": "It is a good idea.", "reason_cy": "Mae’n syniad da."}
DONE = {**YES, "done_on": date(2025, 5, 20), "change": "We put in a ramp.",
        "change_cy": "Rydyn ni wedi gosod ramp."}
NO = {"outcome": "not_possible", "reason": "The building is not ours.",
      "reason_cy": "Nid ni sydd biau’r adeilad."}
WAITING: dict[str, object] = {}


def _item(sid: int, **more) -> LetterItem:
    return LetterItem(suggestion_id=sid, text=f"Idea {sid}", raised_on=date(2025, 5, 12),
                      kind="idea", channel="letter", **more)


def _letter(session, answers, *, kind, fmt="standard", language="en", bilingual=False):
    person = LetterPerson(person_id=1, first_name="Ann", full_name="Ann Smith",
                          address_lines=("1 High St", "Knighton", "LD7 1AB"),
                          feedback_format=fmt, language=language, bilingual=bilingual)
    items = [_item(sid, **answer) for sid, answer in enumerate(answers, start=1)]
    return compose(person, items, kind=kind, wording=load_wording(session), organisation=ORG,
                   today=TODAY)


def _top(letter, language):
    """The heading and the first line of the opening, in one language."""
    parts = {s.part: s.text for s in letter.sections_in(language)}
    return parts["heading"], parts["opening"].split("\n")[0]


HEADINGS = {  # (language, layout): {fitting kind: heading}
    ("en", "standard"): {"change_made": "We have made a change", "decision": "What we decided",
                         "update": "We are still working on it",
                         "mixed": "News about what you told us"},
    ("en", "easy_read"): {"change_made": "We made a change", "decision": "What we decided",
                          "update": "News about what you told us",
                          "mixed": "News about what you told us"},
    ("cy", "standard"): {"change_made": "Rydyn ni wedi gwneud newid",
                         "decision": "Beth wnaethon ni benderfynu",
                         "update": "Rydyn ni’n dal i weithio arno",
                         "mixed": "Newyddion am beth ddywedoch chi wrthym ni"},
    ("cy", "easy_read"): {"change_made": "Fe wnaethon ni newid",
                          "decision": "Beth wnaethon ni benderfynu",
                          "update": "Newyddion am beth ddywedoch chi wrthym ni",
                          "mixed": "Newyddion am beth ddywedoch chi wrthym ni"},
}
# The boundaries of the rule: (the items' answers, the letter's kind, the heading that fits).
CASES = [
    pytest.param([DONE, DONE], "change_made", "change_made", id="all-yes"),
    pytest.param([DONE, YES, NO], "change_made", "change_made", id="two-yes-one-no"),
    pytest.param([DONE, NO], "change_made", "decision", id="half-and-half"),
    pytest.param([NO, DONE, NO], "change_made", "decision", id="most-no"),
    pytest.param([NO, NO], "decision", "decision", id="all-no"),
    pytest.param([YES, YES], "decision", "decision", id="yes-but-nothing-done-yet"),
    pytest.param([WAITING, NO], "decision", "mixed", id="first-undecided"),
    pytest.param([WAITING, DONE, DONE], "change_made", "mixed", id="first-undecided-changes"),
    pytest.param([WAITING, WAITING], "update", "update", id="all-undecided"),
]


@pytest.mark.parametrize(("answers", "kind", "fits"), CASES)
@pytest.mark.parametrize(("fmt", "language", "bilingual"), [
    ("standard", "en", False), ("large_print", "en", False), ("easy_read", "en", False),
    ("standard", "cy", False), ("easy_read", "cy", False), ("standard", "cy", True),
    ("large_print", "cy", True), ("easy_read", "cy", True)])
def test_the_heading_fits_what_the_letter_says(session, answers, kind, fits, fmt, language,
                                                bilingual):
    letter = _letter(session, answers, kind=kind, fmt=fmt, language=language,
                     bilingual=bilingual)
    assert letter.kind == kind  # the record keeps why it was owed
    layout = "easy_read" if fmt == "easy_read" else "standard"
    for lang in letter.languages:
        heading, opening = _top(letter, lang)
        assert heading == HEADINGS[(lang, layout)][fits], (lang, fmt)
        if fits != "change_made":  # the opening says no more than the heading
            assert "made a change" not in opening and "wedi gwneud newid" not in opening
            assert "newid oherwydd" not in opening
        if fits in ("mixed", "update"):
            assert "what we decided" not in opening and "wnaethon ni benderfynu" not in opening


def test_a_thank_you_letter_keeps_its_heading(session):
    letter = _letter(session, [WAITING, NO], kind="thank_you")
    assert _top(letter, "en")[0] == "Thank you for taking part"


def test_the_mixed_opening_says_some_are_decided_and_some_not(session):
    letter = _letter(session, [WAITING, NO], kind="decision")
    assert _top(letter, "en")[1] == ("Thank you for telling us what you think. We have decided "
                                     "some things, and we are still looking at others. This "
                                     "letter tells you where things are.")
    welsh = _letter(session, [WAITING, NO], kind="decision", fmt="easy_read", language="cy")
    opening = {s.part: s.text for s in welsh.sections}["opening"]
    assert opening.split("\n")[1:] == ["Rydyn ni wedi penderfynu rhai pethau.",
                                       "Rydyn ni’n dal i edrych ar bethau eraill."]


PLANNED = {"outcome": "agreed", "reason": "It is a good idea.", "plan": "We will fit a rail.",
           "due_on": date(2025, 7, 1)}


@pytest.mark.parametrize(("fmt", "language", "bilingual"), [
    ("standard", "en", False), ("easy_read", "en", False), ("standard", "cy", True),
    ("easy_read", "cy", False)])
def test_a_letter_about_several_things_says_each_next_step_once(session, fmt, language,
                                                                 bilingual):
    answers = [YES, WAITING, YES, NO, WAITING, NO, DONE, DONE, PLANNED,
               {**PLANNED, "plan": "We will paint the door."}]
    letter = _letter(session, answers, kind="change_made", fmt=fmt, language=language,
                     bilingual=bilingual)
    for lang in letter.languages:
        nexts = [s for s in letter.sections_in(lang) if s.part == "next"]
        texts = [s.text for s in nexts]
        assert len(texts) == len(set(texts)), texts  # no next step said twice
        # each is said after the last item it is for; the plans are each item's own
        said_after = {s.suggestion_id for s in nexts}
        expected = {3, 5, 8, 9, 10} | ({6} if fmt != "easy_read" else set())
        assert said_after == expected, (lang, said_after)
        # The complaints paragraph comes once, and says "write to us" no more than once.
        assert [s.part for s in letter.sections_in(lang)].count("not_happy") == 1
        whole = letter.body_text(lang)
        assert whole.count("write to us") <= 1 and whole.count("ysgrifennu aton ni") <= 1


def test_one_item_keeps_its_own_next_step(session):
    letter = _letter(session, [WAITING], kind="update")
    assert [s.text for s in letter.sections if s.part == "next"] == [
        "We are still looking at this. We will write to you again when we have decided."]
