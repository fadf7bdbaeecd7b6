"""An easy read version beside each of our texts an easy read letter prints (issue 13 §4): the
letter prints it when there is one, else the ordinary text; the easy read warning names the
field to fill in, and goes once the easy read version is filled in. Other letters print the
ordinary text."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from partapp.cli import run
from partapp.models import Person
from partapp.reports.letter_pdf import render_letters
from partapp.services.errors import ValidationError
from partapp.services.feedback import letters
from partapp.services.privacy.rights import erase_person
from partapp.services.records import activities, changes, organisation, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.suggestions import DecisionData
from partapp.services.records.undo_kinds import activity_data
from partapp.services.store.database import make_engine, open_database
from partapp.services.store.revisions import alembic_config

from .letters_data import TODAY, build

HARD = "We will facilitate a new bench by the bus stop when the council says that we can."
EASY = "We will put a bench by the bus stop."
EASY_READ = "This is an easy read letter"


def _letter(session, person_id):
    return next(x for x in letters.letters_due(session, today=TODAY) if x.person_id == person_id)


def _pdf_words(letter, tmp_path: Path, session) -> str:
    out = tmp_path / f"letter-{letter.person_id}.pdf"
    render_letters([letter], out, organisation=organisation.get_details(session))
    shown = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout
    return " ".join(shown.split())


def _hard_reason(session, ids) -> int:
    suggestions.record_decision(session, ids["s_shared"], DecisionData(
        outcome="agreed", decided_on=date(2025, 6, 1), reason=HARD), today=TODAY)
    return suggestions.get_suggestion(session, ids["s_shared"]).latest_decision.id


def test_an_easy_read_letter_prints_the_easy_read_version_once_there_is_one(session, tmp_path):
    # GIVEN a reason too hard for easy read, in a letter to Zoë (easy read) and Siân (standard)
    ids = build(session)
    decision_id = _hard_reason(session, ids)
    before = _letter(session, ids["zoe"])
    [warning] = [w for w in before.warnings if w.startswith(EASY_READ)]
    assert "uses hard words: \u201cfacilitate\u201d" in warning
    assert warning.endswith("You can change it by writing an easy read version: on the "
                            "Suggestions page, choose the suggestion, then \u201cThe decision "
                            "in easy read\u201d.")
    assert [h.record for h in before.hard_to_read] == [
        f"Decision on suggestion {ids['s_shared']}"]
    assert HARD in _pdf_words(before, tmp_path, session)  # no easy read version: as typed

    # WHEN its easy read version is written
    view = suggestions.set_decision_easy_read(session, decision_id, reason_easy=EASY)

    # THEN the easy read letter prints it, and warns of nothing about it
    assert (view.reason, view.reason_easy) == (HARD, EASY)
    after = _letter(session, ids["zoe"])
    words = _pdf_words(after, tmp_path, session)
    assert EASY in words and "facilitate" not in words
    assert [w for w in after.warnings if w.startswith(EASY_READ)] == []
    assert after.hard_to_read == ()
    # the standard letter still prints the reason as it was typed
    assert HARD in _letter(session, ids["sian"]).body_text()
    # and it is the same decision: nobody is owed another letter because of it
    assert [d.id for d in suggestions.get_suggestion(session, ids["s_shared"]).decisions
            ][-1] == decision_id


def test_an_easy_read_version_that_is_still_hard_is_named(session):
    ids = build(session)
    decision_id = _hard_reason(session, ids)
    suggestions.set_decision_easy_read(session, decision_id,
                                       reason_easy="We will facilitate a bench.")
    [warning] = [w for w in _letter(session, ids["zoe"]).warnings if w.startswith(EASY_READ)]
    assert "\u201cWe will facilitate a bench.\u201d" in warning


def test_a_changes_easy_read_version_is_printed_and_other_letters_keep_the_words(session):
    ids = build(session)
    [change_id] = suggestions.get_suggestion(session, ids["s_garden"]).change_ids
    change = changes.get_change(session, change_id)
    changes.save_change(session, changes.ChangeData(
        description=change.description, status=change.status, done_on=change.done_on,
        suggestion_ids=change.suggestion_ids, version=change.version,
        description_easy="We made 2 new garden beds"), change_id=change_id, today=TODAY)
    body = _letter(session, ids["zoe"]).body_text()
    assert "We made 2 new garden beds." in body
    assert "raised beds" not in body
    assert changes.get_change(session, change_id).description_easy == "We made 2 new garden beds"


def _thanks(session, person_id, activity_id):
    return letters.letter_for_person(session, person_id, kind="thank_you",
                                     activity_id=activity_id, today=TODAY)


def test_the_complaints_contact_and_an_activity_title_have_easy_read_versions(session):
    # GIVEN a complaints contact and an activity's title that are hard to read
    ids = build(session)
    details = organisation.get_details(session)
    organisation.save_details(session, replace(details, complaints_contact=(
        "If you remain dissatisfied you may escalate your complaint to the regulator.")))
    forum = activities.save_activity(session, ActivityData(
        title="Stakeholder engagement event", held_on=date(2025, 4, 1), activity_type="forum",
        involvement_code="consultation", attendee_ids=(ids["zoe"], ids["sian"])))
    named = [w for w in _thanks(session, ids["zoe"], forum.id).warnings
             if w.startswith(EASY_READ)]
    assert any("the complaints contact" in w and "fill in \u201cWho they can contact: easy "
               "read version\u201d" in w for w in named)
    assert any(f"activity {forum.id}" in w and "fill in \u201cTitle: easy read version\u201d"
               in w for w in named)
    # an easy read letter whose wording leaves the title out is not warned about it
    assert not any("activity's title" in w for w in _letter(session, ids["zoe"]).warnings)

    # WHEN both get their easy read versions
    organisation.save_details(session, replace(
        organisation.get_details(session),
        complaints_contact_easy="If you are not happy, you can tell the people who check us."))
    activities.save_activity(session, replace(
        activity_data(session, activities.get_activity(session, forum.id)),
        title_easy="our meeting about our services"), activity_id=forum.id)

    # THEN the easy read letter prints them and warns of neither
    letter = _thanks(session, ids["zoe"], forum.id)
    body = letter.body_text()
    assert "you can tell the people who check us" in body and "escalate" not in body
    assert "Thank you for coming to our meeting about our services" in body
    assert "Stakeholder" not in body
    assert [w for w in letter.warnings if w.startswith(EASY_READ)] == []
    assert activities.get_activity(session, forum.id).title_easy == \
        "our meeting about our services"
    # Siân's standard letter prints them as typed
    standard = _thanks(session, ids["sian"], forum.id).body_text()
    assert "escalate" in standard and "Stakeholder engagement event" in standard


@pytest.mark.parametrize(("field", "limit"), [("reason_easy", 5000), ("instead_easy", 5000),
                                              ("passed_to_easy", 200)])
def test_an_easy_read_version_too_long_is_refused_naming_the_field(session, field, limit):
    ids = build(session)
    decision_id = _hard_reason(session, ids)
    with pytest.raises(ValidationError) as refused:
        suggestions.set_decision_easy_read(session, decision_id, **{field: "x" * (limit + 1)})
    assert refused.value.field == field
    assert "easy read version is too long" in str(refused.value)


def test_the_letters_command_names_the_field_to_fill_in(tmp_path, capsys):
    path = tmp_path / "data.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        ids = build(session)
        _hard_reason(session, ids)
        ref = session.get(Person, ids["zoe"]).ref
    db.dispose()
    assert run(["--db", str(path), "letters", "--due", "--out", str(tmp_path / "l.pdf")]) == 0
    err = " ".join(capsys.readouterr().err.split())
    assert (f"- {ref}: This is an easy read letter, but the reason for the decision") in err
    assert "then \u201cThe decision in easy read\u201d" in err


def test_a_file_from_before_keeps_its_records_with_no_easy_read_versions(tmp_path):
    # GIVEN a file made before the easy read versions (migration 0007), with records in it
    path = tmp_path / "old.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        ids = build(session)
        _hard_reason(session, ids)
        before = session.execute(text("SELECT id, reason, instead, passed_to, reason_cy "
                                      "FROM decision ORDER BY id")).all()
    db.dispose()
    cfg = alembic_config()
    engine = make_engine(str(path))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0007")
        assert "reason_easy" not in {r[1] for r in conn.execute(
            text("PRAGMA table_info(decision)"))}
    engine.dispose()

    # WHEN it is opened (and so upgraded)
    db = open_database(str(path))
    # THEN every record is as it was, with empty easy read versions, and one can be saved
    with db.session_scope() as session:
        assert session.execute(text("SELECT id, reason, instead, passed_to, reason_cy "
                                    "FROM decision ORDER BY id")).all() == before
        assert set(session.execute(text("SELECT reason_easy || instead_easy || passed_to_easy "
                                         "FROM decision")).scalars()) == {""}
        assert set(session.execute(text("SELECT description_easy FROM change")).scalars()) \
            == {""}
        assert set(session.execute(text("SELECT title_easy FROM activity")).scalars()) == {""}
        assert session.execute(text("SELECT complaints_contact_easy FROM organisation")
                               ).scalar() == ""
        assert any(w.startswith(EASY_READ) for w in _letter(session, ids["zoe"]).warnings)
        decision_id = session.execute(text("SELECT max(id) FROM decision")).scalar()
        suggestions.set_decision_easy_read(session, decision_id, reason_easy=EASY)
        assert EASY in _letter(session, ids["zoe"]).body_text()
    db.dispose()


def test_an_erasure_takes_the_name_out_of_an_easy_read_version_too(session):
    ids = build(session)
    decision_id = _hard_reason(session, ids)
    ref = people.get_person(session, ids["zoe"]).ref
    suggestions.set_decision_easy_read(session, decision_id,
                                       reason_easy="Zoë Adams asked us. We will put a bench in.")
    erase_person(session, ref)
    session.expire_all()
    kept = session.execute(text("SELECT reason_easy FROM decision WHERE id = :id"),
                           {"id": decision_id}).scalar()
    assert "Zoë" not in kept and "Adams" not in kept and "We will put a bench in." in kept
