"""Letter wording: named fields, clear errors, saved wording over defaults, good defaults."""

from __future__ import annotations

from pathlib import Path

import pytest

from partapp.models import LetterTemplate
from partapp.services.errors import ValidationError
from partapp.services.feedback import letter_templates as lt
from partapp.services.feedback.plain_english import check_text, count_words, split_sentences

WELSH_EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "letters" / \
    "welsh_wording_example.json"

SAMPLE_VALUES = {
    "first_name": "Sam", "full_name": "Sam Jones", "organisation": "Riverside Care",
    "signatory": "Alex Price", "signatory_role": "Participation worker", "contact": "Alex Price",
    "phone": "01632 960100", "email": "hello@example.org", "address": "1 High Street, Knighton",
    "complaints_contact": "", "promise_days": "28", "today": "2 June 2025",
    "activity": "Day centre forum", "activity_on": "1 May 2025",
    "suggestion": "The bus comes too early.", "raised_on": "1 May 2025",
    "where": "at our Day centre forum", "service": "Transport", "decision": "We said yes.",
    "reason": "Other people asked for this too.", "reply": "Thank you.",
    "instead": "We can ring you the night before.", "passed_to": "the council",
    "next_step": "We will write again soon.", "plan": "The bus will come at half past nine.",
    "due_on": "1 July 2025", "change": "The bus now comes at half past nine.",
    "done_on": "1 June 2025",
}


def test_an_unknown_field_is_a_clear_error():
    with pytest.raises(ValidationError) as caught:
        lt.validate_template("Dear {frist_name},")
    message = str(caught.value)
    assert message.startswith("The field {frist_name} is not one we know.")
    assert "Did you mean {first_name}?" in message
    assert "You can use: {first_name}, {full_name}" in message
    assert caught.value.field == "body"


@pytest.mark.parametrize(("body", "words"), [
    ("Dear {first_name", "There is a { without a } to close it"),
    ("Dear first_name},", "There is a } without a { before it"),
    ("Dear {},", "There is an empty {}"),
    ("Dear {first_name!r},", "has extra marks after its name"),
    ("Dear {first_name:>20},", "Please write it as {first_name}"),
])
def test_broken_braces_are_clear_errors(body, words):
    with pytest.raises(ValidationError) as caught:
        lt.validate_template(body)
    assert words in str(caught.value)


def test_fields_about_one_suggestion_cannot_go_in_the_letter_parts():
    lt.validate_template("{suggestion}", part="told_us")
    with pytest.raises(ValidationError) as caught:
        lt.validate_template("You said {suggestion}", part="opening")
    assert "can only be used in the parts about each suggestion" in str(caught.value)
    with pytest.raises(ValidationError):
        lt.validate_template("{decision}", part="outcome_agreed")  # a phrase cannot use itself


def test_literal_braces_are_allowed():
    lt.validate_template("Use {{ and }} for braces.")
    assert lt.render_template("Use {{ and }}.", {}) == "Use { and }."


def test_a_line_with_an_empty_field_is_left_out_with_its_colon_line():
    body = "What we can do instead:\n{instead}\nThanks, {first_name}.\n\nBest wishes,\n{signatory}"
    assert lt.render_template(body, {"first_name": "Siân"}) == "Thanks, Siân.\n\nBest wishes,"
    assert lt.render_template(body, {"first_name": "Siân", "instead": "A lift."}) == (
        "What we can do instead:\nA lift.\nThanks, Siân.\n\nBest wishes,")
    assert lt.render_template("What we can do instead:\n{instead}", {"instead": ""}) == ""


def test_values_are_used_as_typed_never_read_again_as_wording():
    text = lt.render_template("Dear {first_name},", {"first_name": "{organisation} <b>&"})
    assert text == "Dear {organisation} <b>&,"


def test_every_default_part_exists_and_is_valid():
    for kind in lt.KINDS:
        for fmt in ("standard", "easy_read"):
            for info in lt.PARTS:
                body = lt.default_body(kind, fmt, "en", info.name)
                assert body is not None, (kind, fmt, info.name)
                lt.validate_template(body, part=info.name)


def _rendered_defaults(kind: str, fmt: str) -> str:
    texts = [lt.render_template(lt.default_body(kind, fmt, "en", info.name), SAMPLE_VALUES)
             for info in lt.PARTS if info.name != "told_us"]
    return "\n".join(t for t in texts if t)


@pytest.mark.parametrize("kind", lt.KINDS)
def test_default_wording_is_plain_warm_and_free_of_jargon(kind):
    for fmt in ("standard", "easy_read"):
        result = check_text(_rendered_defaults(kind, fmt))
        assert result.flesch >= 70, (kind, fmt, result.summary())
        assert result.jargon == (), (kind, fmt, result.jargon)
        assert result.long_sentences == ()
    easy = _rendered_defaults(kind, "easy_read")
    assert max(count_words(s) for s in split_sentences(easy)) <= 15
    # Not intimidating: no talk of formal complaints, and a promise it will not count against
    # them. (The organisation's own complaints contact is added below our words.)
    not_happy = lt.render_template(lt.default_body(kind, "standard", "en", "not_happy"), {})
    assert "complain" not in not_happy.lower() and "will not change the help" in not_happy


def test_saved_wording_wins_and_reset_brings_the_default_back(session):
    lt.save_template(session, kind="decision", format="standard", language="en",
                     part="greeting", body="Hello {first_name},")
    parts = {p.part: p for p in lt.get_template(session, kind="decision", format="standard")}
    assert parts["greeting"].body == "Hello {first_name}," and parts["greeting"].source == "saved"
    # Large print uses the saved standard wording unless it has its own.
    large = {p.part: p for p in lt.get_template(session, kind="decision", format="large_print")}
    assert large["greeting"].body == "Hello {first_name}," and large["greeting"].source == \
        "standard"
    # Other kinds are untouched.
    update = {p.part: p for p in lt.get_template(session, kind="update", format="standard")}
    assert update["greeting"].source == "default"
    assert lt.reset_template(session, kind="decision", format="standard", part="greeting") == 1
    parts = {p.part: p for p in lt.get_template(session, kind="decision", format="standard")}
    assert parts["greeting"].body == "Dear {first_name}," and parts["greeting"].source == \
        "default"


def test_a_broken_template_is_never_saved(session):
    with pytest.raises(ValidationError):
        lt.save_template(session, kind="decision", format="standard", language="en",
                         part="greeting", body="Dear {frist_name},")
    assert session.query(LetterTemplate).count() == 0


def test_common_parts_can_be_saved_for_every_kind_at_once(session):
    lt.save_template(session, kind="update", format="easy_read", language="en",
                     part="sign_off", body="From {organisation}", all_kinds=True)
    assert session.query(LetterTemplate).count() == 4
    with pytest.raises(ValidationError):
        lt.save_template(session, kind="update", format="easy_read", language="en",
                         part="opening", body="Hello", all_kinds=True)


def test_email_and_phone_use_the_standard_wording(session):
    with pytest.raises(ValidationError) as caught:
        lt.save_template(session, kind="update", format="email", language="en",
                         part="greeting", body="Hi")
    assert "standard print wording" in str(caught.value)
    assert lt.template_format("email") == lt.template_format("phone") == "standard"


def test_welsh_wording_ships_for_every_letter_and_saved_wording_replaces_it(session):
    wording = lt.load_wording(session)
    for kind in ("update", "decision", "change_made", "thank_you"):
        for fmt in ("standard", "large_print", "easy_read"):
            assert wording.parts(kind, fmt, "cy") is not None, (kind, fmt)
    parts = wording.parts("decision", "standard", "cy")
    assert parts["greeting"] == "Annwyl {first_name},"
    assert parts["outcome_agreed"] == "Rydyn ni wedi cytuno i hyn."
    # Easy read in Welsh has its own shorter wording, not the Welsh standard letter's.
    assert wording.parts("decision", "easy_read", "cy")["outcome_agreed"] == "Dywedon ni ie."
    assert "cy" in lt.languages(session)
    saved = lt.load_wording_file(session, WELSH_EXAMPLE, language="cy")
    assert saved > 100
    parts = lt.load_wording(session).parts("decision", "standard", "cy")
    assert parts["next_heading"] == "Beth fydd yn digwydd nesaf"  # the saved words, not ours


def test_large_print_size_is_a_setting_never_below_16(session):
    assert lt.large_print_size(session) == 18
    lt.set_large_print_size(session, 20)
    assert lt.large_print_size(session) == 20
    with pytest.raises(ValidationError):
        lt.set_large_print_size(session, 14)
