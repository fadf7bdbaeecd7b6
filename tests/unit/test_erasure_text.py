"""Erasure reaches what people actually typed (issue 11, part 4): names however they were
spelt, and the person's address, postcode, phone and email wherever they were typed; the raw
bytes of every file beside the data file are checked afterwards."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, select, text

from partapp.cli import run
from partapp.models import Base, Decision, Feedback, Person, Suggestion
from partapp.services.feedback.owed import record_feedback
from partapp.services.privacy.erasure_text import (
    FREE_TEXT,
    NOT_FREE_TEXT,
    details_for,
    fold,
    text_columns,
)
from partapp.services.privacy.rights import clean_up_pending, erase_and_clean
from partapp.services.records.activities import ActivityData, save_activity
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.people import PersonData, save_person
from partapp.services.records.suggestions import (
    DecisionData,
    SuggestionData,
    record_decision,
    save_suggestion,
)

# What must be gone from every byte of every file in the folder after the erasure.
GONE = ["Siân Evans", "Sian Evans", "SIÂN EVANS", "SIAN EVANS", "Si&#226;n Evans",
        "Si&acirc;n", "Evans, Sian", "Siani Evans", "12 Pennant Row", "12, pennant row",
        "LL57 9QX", "ll579qx", "LL57  9QX", "07700 900461", "07700900461", "+44 7700 900461",
        "+44 (0)7700 900 461", "sian.evans@example.org", "SIAN.EVANS@EXAMPLE.ORG"]


def _person(**extra) -> Person:
    return Person(first_name="Siân", last_name="Evans", preferred_name="Siani",
                  address_1="12 Pennant Row", postcode="LL57 9QX",
                  email="sian.evans@example.org", phone="07700 900461", **extra)


@pytest.mark.parametrize("typed", [
    "Siân Evans", "Sian Evans", "SIÂN EVANS", "sian  evans", "Si&#226;n Evans",
    "Si&acirc;n Evans", "Si&#xE2;n&nbsp;Evans", "Evans, Siân", "EVANS Sian", "Siân R. Evans",
    "Siani Evans", "Sia\u0302n Evans"])  # the last: the accent typed as a separate mark
def test_every_spelling_of_the_name_is_found(typed):
    details = details_for(_person())
    assert details.replace(f"Ask {typed}'s carer.") == "Ask [name removed]'s carer."


@pytest.mark.parametrize("typed,marker", [
    ("07700 900461", "[phone number removed]"), ("07700900461", "[phone number removed]"),
    ("+44 7700 900461", "[phone number removed]"), ("+44 (0)7700 900 461", "[phone number removed]"),
    ("0044 7700-900-461", "[phone number removed]"), ("(07700) 900461", "[phone number removed]"),
    ("LL57 9QX", "[postcode removed]"), ("ll579qx", "[postcode removed]"),
    ("LL57  9qx", "[postcode removed]"), ("12 Pennant Row", "[address removed]"),
    ("12, PENNANT ROW", "[address removed]"), ("Sian.Evans@Example.org", "[email removed]"),
    ("sian.evans&#64;example.org", "[email removed]")])
def test_contact_details_are_found_in_any_spacing_and_case(typed, marker):
    assert details_for(_person()).replace(f"Call on {typed}, thanks.") \
        == f"Call on {marker}, thanks."


@pytest.mark.parametrize("typed", [
    "Sianne Evansworth", "Evans Street", "077009004612", "107700900461", "LL57 9QXA",
    "XLL57 9QX", "2 Pennant Row", "12 Pennant Rowan", "sian.evans@example.org.uk", "Bangor"])
def test_near_misses_are_left_alone(typed):
    sentence = f"See {typed} today."
    assert details_for(_person(town="Bangor")).replace(sentence) == sentence


def test_the_first_name_alone_is_only_noticed_but_in_their_own_words_it_goes():
    details = details_for(_person())
    said = "Siân came with SIANI and Mr Evans."
    assert details.replace(said) == said
    assert details.mentions_first_name(said) and details.mentions_first_name("siani")
    assert not details.mentions_first_name("Sianne and Evans")
    assert details.replace(said, every_name=True) \
        == "[name removed] came with [name removed] and Mr [name removed]."


def test_folding_ignores_accents_case_and_html_escapes():
    assert fold("SIÂN") == fold("Si&#226;n") == fold("Si&acirc;n") == fold("Sian") == "sian"
    assert fold("Łukasz Nguyễn") == "lukasz nguyen"
    assert fold("Straße") == "strasse" and fold("O\u2019Brien") == "o'brien"


def test_a_contact_detail_that_is_also_someone_elses_is_left():
    details = details_for(_person(), others=["12 PENNANT ROW", "01248 000000"])
    assert details.shared == 1
    assert details.replace("12 Pennant Row, LL57 9QX") == "12 Pennant Row, [postcode removed]"


def test_every_text_column_is_either_searched_or_left_for_a_stated_reason():
    searched = {(p.table.name, c) for p in FREE_TEXT for c in p.columns}
    left = {tuple(c.split(".")) for cols in NOT_FREE_TEXT.values() for c in cols}
    every = text_columns(Base.metadata.sorted_tables)
    assert not searched & left
    assert every - searched - left == set()  # a new column must be put in one of the two
    assert (searched | left) - every == set()


def _build(session) -> dict:
    sian = save_person(session, PersonData(
        ref="P0099", first_name="Siân", last_name="Evans", preferred_name="Siani",
        address_1="12 Pennant Row", town="Bangor", postcode="LL57 9QX",
        email="sian.evans@example.org", phone="07700 900461"))
    other = save_person(session, PersonData(
        ref="P0100", first_name="Gwyn", last_name="Jones", notes=(
            "Neighbour of SIÂN EVANS at 12, pennant row (ll579qx). Sian says hello.")))
    activity = save_activity(session, ActivityData(
        title="Forum with Sian Evans", held_on="2025-03-01", activity_type="forum",
        involvement_code="consultation", attendee_ids=(sian.id, other.id),
        notes="Lift for Si&#226;n Evans; ring +44 (0)7700 900 461."))
    own = save_suggestion(session, SuggestionData(
        text="I am Siani. Please open the cafe on Saturdays.", raised_on="2025-03-01",
        activity_id=activity.id, raiser_ids=(sian.id,)))
    theirs = save_suggestion(session, SuggestionData(
        text="Gwyn says Si&acirc;n Evans (SIAN.EVANS@EXAMPLE.ORG, 07700900461) wants a ramp.",
        raised_on="2025-03-02", activity_id=activity.id, raiser_ids=(other.id,)))
    mentions = save_suggestion(session, SuggestionData(
        text="Sian thinks the bus is late.", raised_on="2025-03-03",
        activity_id=activity.id, raiser_ids=(other.id,)))
    record_decision(session, theirs.id, DecisionData(
        outcome="not_now", decided_on="2025-04-01",
        reason="We asked Evans, Sian first; she lives at LL57  9QX."))
    save_change(session, ChangeData(description="Ramp built for Siani Evans at 12 Pennant Row",
                                    status="planned", suggestion_ids=(theirs.id,)))
    record_feedback(session, person_id=other.id, kind="decision", suggestion_ids=(theirs.id,),
                    sent_on="2025-04-02",
                    snapshot="Dear Gwyn, you told us Siân Evans (+44 7700 900461) wants a ramp.")
    return {"sian": sian.id, "other": other.id, "own": own.id, "theirs": theirs.id,
            "mentions": mentions.id}


def _folder_bytes(folder: Path) -> bytes:
    """Every byte of every file in the folder: the data file, its -wal and -shm, journals,
    temporary files, the lock file."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def _gone_everywhere(folder: Path) -> list[str]:
    raw = _folder_bytes(folder)
    lowered = raw.lower()
    return [s for s in GONE if s.encode() in raw or s.lower().encode() in lowered]


def test_erase_person_leaves_no_spelling_of_them_in_any_file(db, db_path, capsys):
    with db.session_scope() as session:
        ids = _build(session)
    db.dispose()
    assert len(_gone_everywhere(db_path.parent)) == len(GONE)  # all there before

    assert run(["--db", str(db_path), "erase-person", "P0099", "--yes"]) == 0

    said = capsys.readouterr().out
    assert _gone_everywhere(db_path.parent) == []
    assert "taken out of 7 other places" in said
    assert "2 places mention the first name \u201cSiân\u201d or \u201cSiani\u201d on its own" \
        in said
    assert f"  Suggestion {ids['mentions']}, 3 March 2025\n  The record of P0100\n" in said
    with db.session() as session:
        assert session.get(Suggestion, ids["own"]).text == \
            "I am [name removed]. Please open the cafe on Saturdays."
        assert session.get(Suggestion, ids["theirs"]).text == (
            "Gwyn says [name removed] ([email removed], [phone number removed]) wants a ramp.")
        assert session.get(Suggestion, ids["mentions"]).text == "Sian thinks the bus is late."
        assert session.get(Person, ids["other"]).notes == (
            "Neighbour of [name removed] at [address removed] ([postcode removed]). "
            "Sian says hello.")
        assert session.scalar(select(Decision.reason)) == \
            "We asked [name removed] first; she lives at [postcode removed]."
        assert session.scalar(select(Feedback.snapshot).where(
            Feedback.person_id == ids["other"])) == \
            "Dear Gwyn, you told us [name removed] ([phone number removed]) wants a ramp."
        assert not clean_up_pending(session)


def _fail_vacuum(conn, cursor, statement, *args):
    if statement.strip().upper() == "VACUUM":
        raise sqlite3.OperationalError("database or disk is full")


def test_a_failed_clean_up_says_what_was_saved_and_what_to_run_again(db, db_path, capsys):
    with db.session_scope() as session:
        _build(session)
    db.dispose()
    event.listen(Engine, "before_cursor_execute", _fail_vacuum)
    try:
        assert run(["--db", str(db_path), "erase-person", "P0099", "--yes"]) == 1
    finally:
        event.remove(Engine, "before_cursor_execute", _fail_vacuum)
    said = capsys.readouterr().out
    assert "The erasure is saved: their details are gone from every record" in said
    assert "the data file could not be rewritten" in said and "the disk is full" in said
    again = f'partapp --db "{db_path}" erase-person ERASED-1'
    assert f"Then run this again to finish: {again}" in said
    assert "Traceback" not in said
    with db.session() as session:
        assert session.get(Person, 1).erased_at is not None  # the erasure itself is kept
        assert clean_up_pending(session)

    assert run(["--db", str(db_path), "erase-person", "ERASED-1"]) == 0  # as it said
    assert "already erased. The data file is now rewritten" in capsys.readouterr().out
    assert _gone_everywhere(db_path.parent) == []
    with db.session() as session:
        assert not clean_up_pending(session)


def test_a_program_still_reading_the_file_stops_the_clean_up_and_it_says_so(db, db_path):
    with db.session_scope() as session:
        _build(session)
    # the app waits up to 5 s for a reader to finish; the test needs no such patience
    event.listen(db.engine, "connect", lambda conn, _r: conn.execute("PRAGMA busy_timeout=50"))
    reader = sqlite3.connect(db_path, isolation_level=None)
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM person").fetchone()  # holds the old snapshot
        result = erase_and_clean(db, "P0099")
    finally:
        reader.close()
    assert "another program, or the app on another computer, has the file open" \
        in result.clean_up_problem
    described = result.describe("Then press Finish the clean-up.")
    assert "The erasure is saved" in described and "Then press Finish the clean-up." in described
    with db.session() as session:
        assert session.execute(text("SELECT ref FROM person WHERE id = 1")).scalar() == "ERASED-1"


def test_the_search_copy_of_a_scrubbed_suggestion_is_made_again(db):
    from partapp.services.browse.browse_suggestions import SuggestionFilter, suggestion_ids
    from partapp.services.privacy.rights import erase_person

    with db.session_scope() as session:
        ids = _build(session)
    with db.session_scope() as session:
        erase_person(session, "P0099")
    with db.session_scope() as session:
        assert session.get(Suggestion, ids["own"]).text_folded == \
            "i am [name removed]. please open the cafe on saturdays."
        assert suggestion_ids(session, SuggestionFilter(text="siani")) == []
        assert suggestion_ids(session, SuggestionFilter(text="name removed cafe")) == \
            [ids["own"]]
