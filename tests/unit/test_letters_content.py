"""Letters as plain data: who gets one, what it says, marking sent, phone calls."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from partapp.models import AuditEntry, Feedback
from partapp.services.errors import ValidationError
from partapp.services.feedback import letters
from partapp.services.feedback import owed as feedback
from partapp.services.records import suggestions
from partapp.services.records.suggestions import DecisionData

from .letters_data import ANONYMOUS_WORDS, MARKUP, OWED, TODAY, build

WELSH_EXAMPLE = Path(__file__).resolve().parents[2] / "docs" / "letters" / \
    "welsh_wording_example.json"
PEOPLE = ("sian", "llyr", "zoe", "lukasz", "nguyen", "gwen", "tom", "ann")


def _by_person(ids, due):
    names = {ids[p]: p for p in PEOPLE}
    return {names[letter.person_id]: letter for letter in due}


def test_each_person_owed_gets_exactly_one_letter_with_all_they_are_owed(session):
    ids = build(session)
    due = letters.letters_due(session, today=TODAY)
    by_person = _by_person(ids, due)
    assert len(due) == len(by_person) == len(OWED)
    assert set(by_person) == set(OWED)  # Ann heard back already
    for person, keys in OWED.items():
        assert set(by_person[person].suggestion_ids) == {ids[k] for k in keys}
    sian = by_person["sian"].as_text()
    for words in ("Dear Siân,", "The minibus comes too early.", "We said yes to part of this.",
                  "We can move it to half past nine", "We can ring you the evening before",
                  "Move the pick-up to half past nine.", "31 July 2025",
                  "The menu writing is too small", "We will write to you again when we",
                  "Please put a bench by the bus stop.", "Alex Price"):
        assert words in sian
    assert by_person["sian"].kind == "decision"
    assert by_person["zoe"].kind == "change_made"
    assert "We made two raised beds for vegetables." in by_person["zoe"].as_text()


def test_anonymous_suggestions_are_never_in_a_letter(session):
    ids = build(session)
    due = letters.letters_due(session, today=TODAY)
    assert all(ids["s_anon"] not in letter.suggestion_ids for letter in due)
    assert all(ANONYMOUS_WORDS not in letter.as_text() for letter in due)


def test_letters_go_care_of_the_supporter_when_the_person_wants_that(session):
    ids = build(session)
    letter = _by_person(ids, letters.letters_due(session, today=TODAY))["lukasz"]
    assert letter.address_lines == ("Łukasz Nowak, c/o Mair Jones", "2 Chapel Row", "Knighton",
                                    "LD7 1AA")
    siân = _by_person(ids, letters.letters_due(session, today=TODAY))["sian"]
    assert siân.address_lines == ("Siân Roberts", "4 Mill Lane", "Knighton", "LD7 1AB")


def test_formats_and_what_the_person_typed_are_kept_exactly(session):
    ids = build(session)
    by_person = _by_person(ids, letters.letters_due(session, today=TODAY))
    assert by_person["llyr"].layout == "large_print"
    assert by_person["zoe"].layout == "easy_read"
    assert by_person["nguyen"].format == "email" and by_person["nguyen"].layout == "standard"
    assert MARKUP in by_person["llyr"].as_text()
    # A compliment gets a reply, not "we said yes".
    thanks = by_person["nguyen"].as_text()
    assert "We passed your kind words on to the driver." in thanks
    assert "We said yes" not in thanks
    # Easy read points carry pictures.
    pictures = {s.picture for s in by_person["zoe"].sections}
    assert {"told_us", "yes", "change", "phone", "not_happy"} <= pictures


def test_bilingual_letters_put_welsh_first_with_the_welsh_that_ships(session):
    ids = build(session)
    gwen = _by_person(ids, letters.letters_due(session, today=TODAY))["gwen"]
    assert gwen.languages == ("cy", "en")
    # The only warnings: the organisation's own texts have no Welsh version yet (the wording
    # itself ships in Welsh).
    assert {m.text for m in gwen.welsh_missing} == {"address", "complaints_contact",
                                                    "signatory_role"}
    assert len(gwen.warnings) == 3 and all("no Welsh version" in w for w in gwen.warnings)
    text = gwen.as_text()
    assert text.index("Annwyl Gwen,") < text.index("Dear Gwen,")
    assert gwen.date_text == "2 Mehefin 2025"
    assert "7 Ebrill 2025" in text and "7 April 2025" in text


def test_marking_sent_keeps_the_exact_text_and_clears_the_owed_list(session):
    ids = build(session)
    due = letters.letters_due(session, today=TODAY)
    assert letters.mark_sent(session, due, sent_on=TODAY, sent_by="Jo Bloggs",
                             today=TODAY) == len(due)
    rows = session.scalars(select(Feedback).where(Feedback.batch != "")).all()
    snapshots = {row.person_id: row.snapshot for row in rows}
    assert snapshots == {letter.person_id: letter.as_text() for letter in due}
    sian = next(r for r in rows if r.person_id == ids["sian"])
    assert {s.id for s in sian.suggestions} == {ids[k] for k in OWED["sian"]}
    assert sian.sent_by == "Jo Bloggs" and sian.kind == "decision"
    assert letters.letters_due(session, today=TODAY) == []
    # One line for the batch: the lawful basis and who printed, nothing about the people.
    line = session.scalars(select(AuditEntry).where(
        AuditEntry.entity == "feedback_batch")).one()
    assert line.action == "mark_sent"
    assert "lawful basis=Legitimate interests" in line.details
    assert "printed by=Jo Bloggs" in line.details
    assert f"letters={len(due)}" in line.details
    for name in ("Siân", "Llŷr", "Zoë", "Łukasz", "Nguyễn", "Roberts", "Knighton"):
        assert name not in line.details


def test_a_later_decision_makes_the_person_owed_again(session):
    ids = build(session)
    letters.mark_sent(session, letters.letters_due(session, today=TODAY), sent_on=TODAY,
                      sent_by="Jo", today=TODAY)
    later = date(2025, 6, 10)
    suggestions.record_decision(session, ids["s_menu"], DecisionData(
        outcome="agreed", decided_on=date(2025, 6, 9)), today=later)
    due = letters.letters_due(session, today=later)
    assert [(d.person_id, d.suggestion_ids, d.kind) for d in due] == [
        (ids["sian"], (ids["s_menu"],), "decision")]
    assert "We said yes to this." in due[0].as_text()


def test_the_lawful_basis_must_be_a_real_one(session):
    build(session)
    due = letters.letters_due(session, today=TODAY)
    with pytest.raises(ValidationError) as caught:
        letters.mark_sent(session, due, sent_on=TODAY, sent_by="Jo", lawful_basis="because",
                          today=TODAY)
    assert caught.value.field == "lawful_basis"
    with pytest.raises(ValidationError):
        letters.mark_sent(session, [], sent_on=TODAY, sent_by="Jo", today=TODAY)


def test_a_thank_you_letter_after_an_activity(session):
    ids = build(session)
    letter = letters.letter_for_person(session, ids["llyr"], kind="thank_you",
                                       activity_id=ids["forum"], today=TODAY)
    assert letter.kind == "thank_you" and letter.activity_id == ids["forum"]
    assert letter.suggestion_ids == (ids["s_ramp"],)  # what he said there, not his letter
    text = letter.as_text()
    assert "Thank you for coming to Day centre forum on 1 April 2025." in text
    letters.mark_sent(session, [letter], sent_on=TODAY, sent_by="Jo", today=TODAY)
    sent = feedback.feedback_for_person(session, ids["llyr"])[0]
    assert sent.kind == "thank_you" and sent.snapshot == text
    with pytest.raises(ValidationError):
        letters.letter_for_person(session, ids["llyr"], kind="thank_you", today=TODAY)
    same = letters.letter_for_person(session, ids["llyr"], activity_id=ids["forum"],
                                     today=TODAY)
    assert same.kind == "thank_you" and same.as_text() == text


def test_a_letter_for_one_person_only_about_their_own_suggestions(session):
    ids = build(session)
    letter = letters.letter_for_person(session, ids["zoe"], today=TODAY)
    assert set(letter.suggestion_ids) == {ids["s_shared"], ids["s_garden"]}
    with pytest.raises(ValidationError):
        letters.letter_for_person(session, ids["zoe"], suggestion_ids=[ids["s_bins"]],
                                  today=TODAY)
    with pytest.raises(ValidationError):
        letters.letter_for_person(session, ids["ann"], today=TODAY)  # owed nothing
    again = letters.letter_for_person(session, ids["ann"], suggestion_ids=[ids["s_ann"]],
                                      today=TODAY)
    assert again.kind == "decision"


def test_phone_feedback_is_recorded_with_a_note_of_the_call(session):
    ids = build(session)
    view = letters.record_phone_call(session, ids["tom"], [ids["s_phone"]],
                                     "Told Tom we will ring from now on. He was pleased.",
                                     called_by="Jo", today=TODAY)
    assert view.method == "phone" and view.kind == "decision"
    assert "He was pleased." in view.snapshot and "Please ring me rather than write." in \
        view.snapshot
    assert all(d.person_id != ids["tom"] for d in letters.letters_due(session, today=TODAY))
    with pytest.raises(ValidationError):
        letters.record_phone_call(session, ids["tom"], [ids["s_phone"]], "  ", today=TODAY)


def test_the_preview_uses_unsaved_wording_and_refuses_broken_wording(session):
    preview = letters.preview_letter(session, kind="decision", format="standard",
                                     overrides={"greeting": "Hello {first_name}!"},
                                     today=TODAY)
    assert "Hello Sam!" in preview.as_text()
    with pytest.raises(ValidationError) as caught:
        letters.preview_letter(session, kind="decision", format="standard",
                               overrides={"greeting": "Hello {frist_name}"}, today=TODAY)
    assert "{frist_name}" in str(caught.value)


def test_letters_that_fail_the_plain_english_check_are_listed(session):
    ids = build(session)
    suggestions.record_decision(session, ids["s_menu"], DecisionData(
        outcome="not_now", decided_on=TODAY, reason="In order to facilitate the commencement "
        "of this initiative we must first utilise the framework in accordance with policy."),
        today=TODAY)
    failing = letters.check_letters(letters.letters_due(session, today=TODAY))
    assert [letter.person_id for letter, _summary in failing] == [ids["sian"]]
    assert "instead of \u201cfacilitate\u201d" in failing[0][1]


def test_default_letters_read_at_flesch_70_or_more_over_demo_data(session):
    from partapp.services.sample.demo import fill_demo

    fill_demo(session, seed=7, today=TODAY)
    due = letters.letters_due(session, today=TODAY)
    assert len(due) >= 5
    kinds = {letter.kind for letter in due} | {letter.layout for letter in due}
    assert {"decision", "change_made", "standard", "large_print", "easy_read"} <= kinds
    for letter in due:
        if "en" not in letter.languages:
            continue  # the Flesch score is for English; a Welsh-only letter has none
        result = letter.check()
        assert result.flesch >= 70, (letter.kind, letter.layout, result.summary())


def test_we_hope_this_helps_is_said_once_after_the_last_change(session):
    from partapp.services.feedback.letter_content import LetterItem, LetterPerson, compose
    from partapp.services.feedback.letter_templates import load_wording
    from partapp.services.records.organisation import get_details

    def item(sid, **more):
        return LetterItem(suggestion_id=sid, text=f"Idea {sid}", raised_on=date(2025, 1, 6),
                          kind="idea", channel="letter", **more)

    done = {"outcome": "agreed", "reason": "It is a good idea.", "done_on": date(2025, 3, 1)}
    person = LetterPerson(person_id=1, first_name="Ann", full_name="Ann Smith",
                          address_lines=("1 High St", "LD7 1AB"))
    items = [item(1, change="We did one.", **done), item(2), item(3, change="We did three.",
                                                              **done)]
    letter = compose(person, items, kind="change_made", wording=load_wording(session),
                     organisation=get_details(session), today=TODAY)
    nexts = [(s.suggestion_id, s.text) for s in letter.sections if s.part == "next"]
    assert nexts == [
        (2, "We are still looking at this. We will write to you again when we have decided."),
        (3, "We hope this helps. Please tell us what you think of it.")]
    # one change alone keeps its line
    alone = compose(person, items[:1], kind="change_made", wording=load_wording(session),
                    organisation=get_details(session), today=TODAY)
    assert [s.suggestion_id for s in alone.sections if s.part == "next"] == [1]


@pytest.mark.parametrize(("days", "heard", "kind", "sorry"), [
    (28, False, "decision", False),  # the promise day itself is on time
    (29, False, "decision", True),
    (29, True, "decision", False),  # they heard from us already: this is not a late first reply
    (29, False, "update", True),
    (90, False, "thank_you", False),  # a thank-you note is not an answer
])
def test_a_late_first_answer_says_sorry_once(session, days, heard, kind, sorry):
    from datetime import timedelta

    from partapp.services.feedback.letter_content import LetterItem, LetterPerson, compose
    from partapp.services.feedback.letter_templates import load_wording
    from partapp.services.records.organisation import get_details

    raised = TODAY - timedelta(days=days)
    items = [LetterItem(suggestion_id=sid, text="A ramp", raised_on=raised, kind="idea",
                        channel="letter", outcome="agreed", reason="Yes.") for sid in (1, 2)]
    person = LetterPerson(person_id=1, first_name="Ann", full_name="Ann Smith",
                          address_lines=("1 High St", "LD7 1AB"),
                          heard_about=frozenset({1, 2}) if heard else frozenset())
    letter = compose(person, items, kind=kind, wording=load_wording(session),
                     organisation=get_details(session), today=TODAY)
    said = [s.text for s in letter.sections if s.part == "sorry_late"]
    promise = get_details(session).promise_days
    assert promise == 28
    assert said == (["We are sorry it took us more than 28 days to answer you."] if sorry else [])


def test_the_letters_due_know_who_heard_already(session):
    ids = build(session)
    first = letters.letters_due(session, today=TODAY)
    late = {letter.person_id for letter in first
            if any(s.part == "sorry_late" for s in letter.sections)}
    assert late  # the sample has people waiting past the promise
    letters.mark_sent(session, [x for x in first if x.person_id in late], sent_on=TODAY,
                      sent_by="Jo", today=TODAY)
    assert ids  # the same suggestions again later: no second sorry
    again = letters.letter_for_person(session, next(iter(late)), today=TODAY,
                                      suggestion_ids=next(x for x in first
                                                          if x.person_id in late).suggestion_ids)
    assert not any(s.part == "sorry_late" for s in again.sections)
