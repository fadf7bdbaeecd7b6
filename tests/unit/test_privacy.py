"""UK GDPR tools: subject access export, erasure (checked in the file's raw bytes), retention."""

from __future__ import annotations

import csv
from datetime import date, datetime
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select, text

from partapp.cli import run
from partapp.models import EqualityProfile, Feedback, Person, attendance, suggestion_raiser
from partapp.reports.person_export import export_person
from partapp.services.errors import NotFoundError, ValidationError
from partapp.services.feedback.owed import record_feedback
from partapp.services.privacy.rights import (
    anonymise_people,
    erase_person,
    retention_candidates,
    scrub_database,
)
from partapp.services.records.activities import ActivityData, save_activity
from partapp.services.records.people import EqualityAnswers, PersonData, save_equality, save_person
from partapp.services.records.suggestions import (
    DecisionData,
    SuggestionData,
    record_decision,
    save_suggestion,
)
from partapp.services.store.backup import backup_database

FIRST, LAST = "Siân", "Quixworth"
SECRETS = [FIRST, LAST, "12 Pennant Row", "LL57 9QX", "sian.q@example.org", "07700 900461",
           "Bryn Advocate", "Needs a quiet room"]


def _build(session) -> dict:
    person = save_person(session, PersonData(
        ref="P0099", first_name=FIRST, last_name=LAST, address_1="12 Pennant Row",
        town="Bangor", postcode="LL57 9QX", email="sian.q@example.org", phone="07700 900461",
        supporter_name="Bryn Advocate", other_needs="Needs a quiet room",
        notes="=HYPERLINK(\"http://example.org\",\"click\")", consent_date="2024-01-10",
        groups=("Carers",)))
    other = save_person(session, PersonData(ref="P0100", first_name="Other",
                                            notes=f"Came with {FIRST} {LAST} to the forum."))
    save_equality(session, person.id, EqualityAnswers(consent_date="2024-01-10",
                                                      answers={"ethnicity": "white"}))
    activity = save_activity(session, ActivityData(
        title="Spring forum", held_on="2024-03-01", activity_type="forum",
        involvement_code="consultation", attendee_ids=(person.id, other.id)))
    suggestion = save_suggestion(session, SuggestionData(
        text=f"I am {FIRST}. Please open the cafe on Saturdays.", raised_on="2024-03-01",
        activity_id=activity.id, raiser_ids=(person.id,)))
    record_decision(session, suggestion.id, DecisionData(
        outcome="not_now", decided_on="2024-04-01", reason=f"We asked {FIRST}'s group first."))
    record_feedback(session, person_id=person.id, kind="decision",
                    suggestion_ids=(suggestion.id,), sent_on="2024-04-02",
                    snapshot=f"Dear {FIRST} {LAST}, thank you for your idea.")
    return {"person": person.id, "other": other.id, "suggestion": suggestion.id}


def _file_bytes(path: Path) -> bytes:
    wal = Path(str(path) + "-wal")
    return path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")


def test_erasure_leaves_the_name_nowhere_in_the_file_or_its_wal(db, db_path):
    with db.session_scope() as session:
        ids = _build(session)
    raw = _file_bytes(db_path)
    for secret in SECRETS:  # the test can fail: every detail is in the bytes before erasure
        assert secret.encode() in raw, secret
    old = backup_database(db_path, when=datetime(2024, 5, 1, 9, 0)).path

    with db.session_scope() as session:
        result = erase_person(session, "P0099")
    scrub_database(db)

    raw = _file_bytes(db_path)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
    assert b"Bangor" not in raw
    assert result.new_ref == f"ERASED-{ids['person']}"
    assert result.suggestions_kept == 1 and result.attendance_kept == 1
    assert result.old_backups == (old,)
    assert "still hold their details" in result.describe() and str(old) in result.describe()
    with db.session() as session:
        person = session.get(Person, ids["person"])
        assert person.first_name == "Erased person" and person.erased_at is not None
        assert person.groups[0].name == "Carers"  # kept for the figures
        assert session.get(EqualityProfile, ids["person"]) is None
        # attendance and the (now anonymous) suggestion stay, so the figures stay true
        assert session.scalar(select(func.count()).select_from(attendance)) == 2
        assert session.scalar(select(func.count()).select_from(suggestion_raiser)) == 1
        said = session.execute(text("SELECT text FROM suggestion")).scalar()
        assert said == "I am [name removed]. Please open the cafe on Saturdays."
        assert session.scalar(select(Feedback.snapshot)) == ""
        assert session.get(Person, ids["other"]).notes == "Came with [name removed] to the forum."


def test_erasing_twice_or_an_unknown_person_says_so(session):
    _build(session)
    erase_person(session, "P0099")
    with pytest.raises(NotFoundError, match="nobody with the reference"):
        erase_person(session, "P0099")
    with pytest.raises(ValidationError, match="already erased"):
        erase_person(session, "ERASED-1")


def test_erase_person_headless_scrubs_the_file(db, db_path, capsys):
    with db.session_scope() as session:
        _build(session)
    db.dispose()
    assert run(["--db", str(db_path), "erase-person", "P0099", "--yes"]) == 0
    assert "erased" in capsys.readouterr().out
    raw = _file_bytes(db_path)
    assert LAST.encode() not in raw and FIRST.encode() not in raw


def test_subject_access_export_holds_everything_readably(session, tmp_path):
    _build(session)
    paths = export_person(session, "P0099", tmp_path / "sar", today=date(2025, 6, 1))
    names = sorted(p.name for p in paths)
    assert names == sorted([
        "P0099-information-we-hold.pdf", "P0099-details.csv", "P0099-equality.csv",
        "P0099-activities.csv", "P0099-suggestions.csv", "P0099-letters.csv",
        "P0099-follow-ups.csv", "P0099-history.csv"])
    pdf = PdfReader(str(tmp_path / "sar" / "P0099-information-we-hold.pdf"))
    words = " ".join(page.extract_text() for page in pdf.pages)
    for expected in ("Information we hold about you", "Siân Quixworth", "12 Pennant Row",
                     "Please open the cafe on Saturdays", "Not now", "Spring forum",
                     "Dear Siân Quixworth, thank you for your idea.", "White", "Carers"):
        assert expected in words, expected

    def rows(name):
        with (tmp_path / "sar" / name).open(encoding="utf-8-sig", newline="") as handle:
            return list(csv.reader(handle))

    details = dict(rows("P0099-details.csv")[1:])
    assert details["Postcode"] == "LL57 9QX"
    assert details["Notes"].startswith("'=HYPERLINK")  # a formula is shown as text
    assert rows("P0099-suggestions.csv")[1][4] == "I am Siân. Please open the cafe on Saturdays."
    assert rows("P0099-activities.csv")[1][:2] == ["2024-03-01", "Spring forum"]
    history = rows("P0099-history.csv")
    assert [r[2] for r in history[1:]][:2] == ["Record made", "Record changed (equality answers)"]


def test_retention_review_lists_people_with_no_recent_contact_then_anonymises(session):
    ids = _build(session)  # P0099 took part in 2024
    quiet = save_person(session, PersonData(ref="P0200", first_name="Long", last_name="Ago"))
    recent = save_person(session, PersonData(ref="P0201", first_name="Just", last_name="Added"))
    session.execute(text("UPDATE person SET created_at = '2015-02-01 10:00:00' WHERE id = :i"),
                    {"i": quiet.id})
    session.execute(text("UPDATE person SET created_at = '2015-02-01 10:00:00' WHERE id = :i"),
                    {"i": ids["other"]})
    session.expire_all()

    found = retention_candidates(session, date(2027, 1, 1), years=6)
    assert [c.ref for c in found] == ["P0200"]  # P0100 was made in 2015 but came in 2024
    assert found[0].last_contact == date(2015, 2, 1)
    # P0099's letter (2024-04-02) is contact too: only P0100 (last seen 2024-03-01) joins
    later = retention_candidates(session, date(2030, 3, 15))  # organisation default: 6 years
    assert [c.ref for c in later] == ["P0200", "P0100"]

    result = anonymise_people(session, [quiet.id])
    assert result.count == 1
    assert session.get(Person, quiet.id).ref == f"ERASED-{quiet.id}"
    assert retention_candidates(session, date(2027, 1, 1), years=6) == []
    assert session.get(Person, recent.id).erased_at is None
