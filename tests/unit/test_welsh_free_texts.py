"""The organisation's own free texts in Welsh letters: the Welsh version when there is one, and a
warning naming the text (in the letter, on the command line and in its list) when there is not."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from alembic import command
from pypdf import PdfReader
from sqlalchemy import text

from partapp.cli import run
from partapp.reports.letter_pdf import render_letters
from partapp.services.errors import ValidationError
from partapp.services.feedback import letters
from partapp.services.records import activities, changes, organisation, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.changes import ChangeData
from partapp.services.records.organisation import OrganisationDetails
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData
from partapp.services.store.database import make_engine, open_database
from partapp.services.store.revisions import alembic_config

TODAY = date.today()
REASON = "The building belongs to the council and we may not change it."
REASON_CY = "Y cyngor sy\u2019n berchen ar yr adeilad, a chawn ni ddim ei newid."
INSTEAD = "We can ask the council to look at the ramp."
INSTEAD_CY = "Gallwn ni ofyn i\u2019r cyngor edrych ar y ramp."
ORG = OrganisationDetails(
    name="Riverside Care", address="The Old Mill\n12 Bridge Street\nKnighton\nLD7 1BT",
    phone="01632 960100", email="hello@riverside.example.org", signatory_name="Alex Price",
    signatory_role="Participation worker",
    complaints_contact="You can also ring our manager on 01632 960101.")
ORG_CY = replace(ORG, address_cy="Yr Hen Felin\n12 Stryd y Bont\nTref-y-clawdd\nLD7 1BT",
                 signatory_role_cy="Gweithiwr cyfranogiad",
                 complaints_contact_cy="Gallwch chi hefyd ffonio ein rheolwr ar 01632 960101.")


def build(session, *, welsh: bool, bilingual: bool = False) -> dict[str, int]:
    """One Welsh speaker owed a letter: a "not possible" with a reason and what we can do
    instead, said at an activity; with or without the Welsh versions of every text."""
    organisation.save_details(session, ORG_CY if welsh else ORG)
    ids = {"mair": people.save_person(session, PersonData(
        first_name="Mair", last_name="Jones", address_1="2 Chapel Row", town="Knighton",
        postcode="LD7 1AA", language="cy", bilingual=bilingual)).id}
    ids["forum"] = activities.save_activity(session, ActivityData(
        title="Day centre forum", title_cy="Fforwm y ganolfan ddydd" if welsh else "",
        held_on=TODAY - timedelta(days=20), activity_type="forum",
        involvement_code="consultation", attendee_ids=(ids["mair"],))).id
    ids["ramp"] = suggestions.save_suggestion(session, SuggestionData(
        text="The ramp is too steep.", raised_on=TODAY - timedelta(days=20), channel="activity",
        activity_id=ids["forum"], raiser_ids=(ids["mair"],)), today=TODAY).id
    suggestions.record_decision(session, ids["ramp"], DecisionData(
        outcome="not_possible", decided_on=TODAY - timedelta(days=2), reason=REASON,
        instead=INSTEAD, reason_cy=REASON_CY if welsh else "",
        instead_cy=INSTEAD_CY if welsh else ""), today=TODAY)
    session.flush()
    return ids


def _pdf_text(letter, tmp_path: Path, org: OrganisationDetails) -> str:
    out = tmp_path / "letter.pdf"
    render_letters([letter], out, organisation=org)
    return "\n".join(page.extract_text() for page in PdfReader(out).pages)


def _flat(words: str) -> str:
    return " ".join(words.split())


def test_a_welsh_letter_prints_the_welsh_versions_and_warns_of_nothing(session, tmp_path):
    build(session, welsh=True)
    [letter] = letters.letters_due(session, today=TODAY)
    assert letter.languages == ("cy",)
    assert letter.warnings == () and letter.welsh_missing == ()
    printed = _flat(_pdf_text(letter, tmp_path, organisation.get_details(session)))
    for welsh in (REASON_CY, INSTEAD_CY, "Fforwm y ganolfan ddydd", "Gweithiwr cyfranogiad",
                  "ffonio ein rheolwr", "Stryd y Bont"):
        assert _flat(welsh) in printed, welsh
    for english in (REASON, INSTEAD, "Day centre forum", "Participation worker",
                    "ring our manager", "Bridge Street"):
        assert english not in printed, english


def test_a_welsh_letter_without_them_prints_the_english_and_names_each_text(session, tmp_path):
    build(session, welsh=False)
    [letter] = letters.letters_due(session, today=TODAY)
    printed = _flat(_pdf_text(letter, tmp_path, organisation.get_details(session)))
    assert REASON in printed and INSTEAD in printed  # English, so nothing is lost
    assert {m.text for m in letter.welsh_missing} == {
        "reason", "instead", "activity", "address", "complaints_contact", "signatory_role"}
    reason = next(w for w in letter.warnings if w.startswith("The reason for the decision"))
    assert reason == ("The reason for the decision (\u201cThe building belongs to the council "
                      "and we may\u2026\u201d, decision on suggestion "
                      f"{letter.suggestion_ids[0]}) has no Welsh version, so it is in English "
                      "in this Welsh letter. You can add the Welsh on the Suggestions page: choose "
                      "the suggestion, then \u201cThe decision in Welsh\u201d.")
    assert not any("\ue000" in s.text for s in letter.sections)  # no marks left in the text


def test_a_bilingual_letter_has_welsh_in_the_welsh_part_and_english_in_the_english(session):
    build(session, welsh=True, bilingual=True)
    [letter] = letters.letters_due(session, today=TODAY)
    assert letter.languages == ("cy", "en") and letter.warnings == ()
    welsh, english = letter.body_text("cy"), letter.body_text("en")
    assert REASON_CY in welsh and REASON not in welsh
    assert REASON in english and REASON_CY not in english
    assert "Fforwm y ganolfan ddydd" in welsh and "Day centre forum" in english


def test_a_text_the_letter_leaves_out_is_never_warned_about(session):
    ids = build(session, welsh=True)
    # "What we can do instead" in English only, but this decision has none to print.
    suggestions.record_decision(session, ids["ramp"], DecisionData(
        outcome="not_possible", decided_on=TODAY - timedelta(days=1), reason=REASON,
        reason_cy=REASON_CY), today=TODAY)
    [letter] = letters.letters_due(session, today=TODAY)
    assert letter.warnings == ()
    assert INSTEAD_CY not in letter.as_text()


def test_a_changes_welsh_goes_into_the_letter_and_its_english_is_named(session):
    ids = build(session, welsh=True)
    change_id = changes.save_change(session, ChangeData(
        description="We asked the council to rebuild the ramp", status="done",
        done_on=TODAY - timedelta(days=1), suggestion_ids=(ids["ramp"],)), today=TODAY).id
    [letter] = letters.letters_due(session, today=TODAY)
    assert "We asked the council to rebuild the ramp." in letter.body_text("cy")
    assert [m.text for m in letter.welsh_missing] == ["change"]
    assert "What we did (the change)" in letter.warnings[0]
    changes.save_change(session, ChangeData(
        description="We asked the council to rebuild the ramp",
        description_cy="Gofynnon ni i\u2019r cyngor ailadeiladu\u2019r ramp", status="done",
        done_on=TODAY - timedelta(days=1), suggestion_ids=(ids["ramp"],)),
        change_id=change_id, today=TODAY)
    [letter] = letters.letters_due(session, today=TODAY)
    assert "Gofynnon ni i\u2019r cyngor ailadeiladu\u2019r ramp." in letter.body_text("cy")
    assert letter.warnings == ()


@pytest.mark.parametrize(("field", "data", "message"), [
    ("reason_cy", DecisionData(outcome="agreed", decided_on=TODAY, reason_cy="x" * 5001),
     "The reason in Welsh is too long. Please keep it to 5000 characters or fewer"),
    ("instead_cy", DecisionData(outcome="agreed", decided_on=TODAY, instead_cy="x" * 5001),
     "What we can do instead, in Welsh is too long."),
    ("passed_to_cy", DecisionData(outcome="agreed", decided_on=TODAY, passed_to_cy="x" * 201),
     "Who it was passed on to, in Welsh is too long. Please keep it to 200 characters"),
])
def test_a_welsh_text_too_long_is_refused_naming_the_field(session, field, data, message):
    ids = build(session, welsh=False)
    with pytest.raises(ValidationError) as refused:
        suggestions.record_decision(session, ids["ramp"], data, today=TODAY)
    assert refused.value.field == field
    assert str(refused.value).startswith(message)


def test_a_welsh_text_of_the_longest_length_is_kept(session):
    ids = build(session, welsh=False)
    view = suggestions.record_decision(session, ids["ramp"], DecisionData(
        outcome="passed_on", decided_on=TODAY, reason=REASON, passed_to="the council",
        passed_to_cy="y " + "x" * 198), today=TODAY)
    assert len(view.passed_to_cy) == 200


def test_organisation_welsh_texts_are_checked_and_kept(session):
    organisation.save_details(session, ORG_CY)
    kept = organisation.get_details(session)
    assert kept.signatory_role_cy == "Gweithiwr cyfranogiad"
    assert kept.address_cy.startswith("Yr Hen Felin")
    with pytest.raises(ValidationError) as refused:
        organisation.save_details(session, replace(ORG, signatory_role_cy="x" * 121))
    assert refused.value.field == "signatory_role_cy"
    assert str(refused.value).startswith("The signatory's job title in Welsh is too long.")
    with pytest.raises(ValidationError) as refused:
        activities.save_activity(session, ActivityData(
            title="Forum", title_cy="x" * 201, held_on=TODAY, activity_type="forum",
            involvement_code="consultation"))
    assert refused.value.field == "title_cy"


def test_a_file_from_before_gets_the_welsh_columns_empty(tmp_path):
    # GIVEN a file made before the Welsh versions (migration 0004), with a decision in it
    path = tmp_path / "old.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        build(session, welsh=False)
    db.dispose()
    cfg = alembic_config()
    engine = make_engine(str(path))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
        assert "reason_cy" not in {r[1] for r in conn.execute(text("PRAGMA table_info(decision)"))}
    engine.dispose()

    # WHEN it is opened
    db = open_database(str(path))
    # THEN every record is there, with no Welsh versions yet, and a Welsh one can be saved
    with db.session_scope() as session:
        [letter] = letters.letters_due(session, today=TODAY)
        assert REASON in letter.body_text("cy") and letter.welsh_missing
        row = session.execute(text("SELECT reason, reason_cy, instead_cy, passed_to_cy "
                                   "FROM decision")).one()
        assert tuple(row) == (REASON, "", "", "")
        assert session.execute(text("SELECT title_cy FROM activity")).scalar() == ""
        assert session.execute(text("SELECT address_cy, signatory_role_cy, "
                                    "complaints_contact_cy FROM organisation")).one() == \
            ("", "", "")
        organisation.save_details(session, ORG_CY)
    db.dispose()


def test_the_letters_command_warns_before_writing_and_lists_what_to_put_into_welsh(
        tmp_path, capsys):
    path = tmp_path / "data.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        build(session, welsh=False)
        ref = session.execute(text("SELECT ref FROM person")).scalar()
    db.dispose()
    out, listed = tmp_path / "letters.pdf", tmp_path / "welsh.csv"

    assert run(["--db", str(path), "letters", "--due", "--out", str(out),
                "--welsh-missing", str(listed)]) == 0
    said = capsys.readouterr()
    assert said.err.startswith("Please check these before you post the letters:\n")
    assert (f"- {ref}: The reason for the decision (\u201cThe building belongs to the council "
            "and we may\u2026\u201d") in said.err
    assert "The Welsh list has 6 lines to fill in." in said.out
    with listed.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["person_ref", "text", "record", "english", "welsh"]
    assert len(rows) == 7
    by_text = {row[1]: row for row in rows[1:]}
    assert by_text["The reason for the decision"][0] == ref
    assert by_text["The reason for the decision"][2].startswith("Decision on suggestion ")
    assert by_text["The reason for the decision"][3:] == [REASON, ""]
    assert by_text["The activity's title"][2:] == [
        by_text["The activity's title"][2], "Day centre forum", ""]
    assert by_text["The activity's title"][2].startswith("Activity ")
    assert by_text["Your address"][2:] == [
        "Organisation details", "The Old Mill, 12 Bridge Street, Knighton, LD7 1BT", ""]
    assert out.read_bytes().startswith(b"%PDF")


def test_welsh_added_to_a_decision_already_sent_owes_nobody_a_new_letter(session):
    # GIVEN a Welsh speaker's letter about a decision, sent without the Welsh
    build(session, welsh=False)
    [letter] = letters.letters_due(session, today=TODAY)
    letters.mark_sent(session, [letter], sent_on=TODAY, sent_by="Alex", today=TODAY)
    [decision] = suggestions.get_suggestion(session, letter.suggestion_ids[0]).decisions

    # WHEN the Welsh is put beside it
    view = suggestions.set_decision_welsh(session, decision.id, reason_cy=REASON_CY,
                                          instead_cy=INSTEAD_CY)

    # THEN it is the same decision, with the same date and English, and nobody is owed a letter
    after = suggestions.get_suggestion(session, letter.suggestion_ids[0]).decisions
    assert [(d.id, d.decided_on, d.reason) for d in after] == [
        (decision.id, decision.decided_on, REASON)]
    assert (view.reason_cy, view.instead_cy) == (REASON_CY, INSTEAD_CY)
    assert letters.letters_due(session, today=TODAY) == []
    # and a letter written about it now prints the Welsh
    again = letters.letter_for_person(session, letter.person_id,
                                      suggestion_ids=letter.suggestion_ids, today=TODAY)
    assert REASON_CY in again.body_text("cy") and REASON not in again.body_text("cy")
    assert "reason" not in {m.text for m in again.welsh_missing}
    with pytest.raises(ValidationError) as refused:
        suggestions.set_decision_welsh(session, decision.id, passed_to_cy="x" * 201)
    assert refused.value.field == "passed_to_cy"


def test_the_welsh_wording_samples_own_texts_are_welsh(session):
    """The wording editor's sample: its made-up reason and plan are in Welsh, so the only
    warnings are about the organisation's own texts."""
    organisation.save_details(session, ORG)
    sample = letters.preview_letter(session, kind="decision", format="standard", language="cy",
                                    today=TODAY)
    assert "Gallwn ni ei symud i hanner awr wedi naw" in sample.body_text("cy")
    assert {m.text for m in sample.welsh_missing} <= {"address", "complaints_contact",
                                                      "signatory_role"}
    organisation.save_details(session, ORG_CY)
    sample = letters.preview_letter(session, kind="decision", format="standard", language="cy",
                                    today=TODAY)
    assert sample.warnings == ()


def test_the_organisation_command_sets_and_shows_the_welsh(tmp_path, capsys):
    path = tmp_path / "data.db"
    assert run(["--db", str(path), "init"]) == 0
    assert run(["--db", str(path), "organisation", "--name", "Riverside Care",
                "--address-cy", "Yr Hen Felin\\nTref-y-clawdd",
                "--signatory-role-cy", "Gweithiwr cyfranogiad"]) == 0
    assert run(["--db", str(path), "organisation"]) == 0
    shown = capsys.readouterr().out
    assert "The address in Welsh, for Welsh letters (--address-cy): Yr Hen Felin, " \
           "Tref-y-clawdd" in shown
    assert "The signer's job title in Welsh (--signatory-role-cy): Gweithiwr cyfranogiad" \
        in shown
    db = open_database(str(path))
    with db.session_scope() as session:
        assert organisation.get_details(session).address_cy == "Yr Hen Felin\nTref-y-clawdd"
    db.dispose()
