"""Two records of one person made into one: everything they did is kept once, nothing is lost,
and the audit log says what happened."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from partapp.models import AuditEntry, Feedback, Person, attendance, suggestion_raiser
from partapp.services.errors import ValidationError
from partapp.services.records.activities import ActivityData, save_activity
from partapp.services.records.merge_people import merge_people
from partapp.services.records.people import (
    EqualityAnswers,
    PersonData,
    equality_answers,
    get_person,
    save_equality,
    save_person,
)
from partapp.services.records.suggestions import SuggestionData, save_suggestion


def _count(session, table, **where) -> int:
    query = select(func.count()).select_from(table)
    for key, value in where.items():
        query = query.where(table.c[key] == value)
    return session.scalar(query)


@pytest.fixture
def two(session):
    keep = save_person(session, PersonData(first_name="Siân", last_name="Llewellyn",
                                           town="Knighton", consent_date=date(2024, 5, 1))).id
    other = save_person(session, PersonData(
        first_name="Sian", last_name="Llewellyn", phone="01632 960111", postcode="LD7 1AB",
        feedback_format="large_print", groups=("Older people",), notes="Uses a walker",
        consent_date=date(2023, 1, 9))).id
    forum = save_activity(session, ActivityData(
        title="Forum", held_on=date(2025, 3, 1), activity_type="forum",
        involvement_code="consultation", attendee_ids=(keep, other))).id
    lunch = save_activity(session, ActivityData(
        title="Lunch club", held_on=date(2025, 4, 1), activity_type="forum",
        involvement_code="consultation", attendee_ids=(other,))).id
    both = save_suggestion(session, SuggestionData(text="A ramp", raised_on=date(2025, 3, 1),
                                                   raiser_ids=(keep, other))).id
    theirs = save_suggestion(session, SuggestionData(text="Later lunch",
                                                     raised_on=date(2025, 4, 1),
                                                     raiser_ids=(other,))).id
    session.add(Feedback(person_id=other, kind="decision", sent_on=date(2025, 5, 1)))
    save_equality(session, other, EqualityAnswers(answers={"age_band": "65_74"}))
    session.flush()
    return keep, other, {"forum": forum, "lunch": lunch, "both": both, "theirs": theirs}


def test_everything_moves_once_and_the_other_record_goes(session, two):
    keep, other, ids = two
    result = merge_people(session, keep, other)
    assert (result.suggestions, result.activities, result.letters, result.equality_moved) == (
        1, 1, 1, True)
    assert session.get(Person, other) is None
    assert sorted(session.scalars(select(suggestion_raiser.c.suggestion_id)
                                  .where(suggestion_raiser.c.person_id == keep))) == sorted(
        [ids["both"], ids["theirs"]])
    assert _count(session, suggestion_raiser, suggestion_id=ids["both"]) == 1  # once, not twice
    assert _count(session, attendance, activity_id=ids["forum"]) == 1
    assert _count(session, attendance, person_id=keep) == 2
    assert session.scalar(select(func.count()).select_from(Feedback)
                          .where(Feedback.person_id == keep)) == 1
    assert equality_answers(session, keep).answers["age_band"] == "65_74"
    kept = get_person(session, keep)
    assert (kept.first_name, kept.town, kept.phone, kept.postcode) == (
        "Siân", "Knighton", "01632 960111", "LD7 1AB")  # kept's own, and what it lacked
    assert kept.feedback_format == "large_print" and kept.groups == ("Older people",)
    assert kept.notes == "Uses a walker"
    assert kept.consent_date == date(2023, 1, 9)  # the earlier agreement
    entries = session.scalars(select(AuditEntry).where(AuditEntry.details.contains("merged"))
                              .order_by(AuditEntry.id)).all()
    assert [(e.action, e.entity, e.entity_id) for e in entries] == [
        ("update", "person", keep), ("delete", "person", other)]
    assert entries[0].details.startswith(f"merged={result.removed_ref}; suggestions=1; "
                                         "activities=1; letters=1; equality=moved")
    assert entries[1].details == f"merged into {kept.ref}"
    assert not any("Sian" in e.details for e in entries)  # references, never names
    assert result.describe() == (
        f"{result.removed_ref} is now part of Siân Llewellyn ({kept.ref}): 1 suggestion, "
        "1 activity, 1 letter moved across, with their equality answers. "
        f"The record {result.removed_ref} is removed.")


def test_the_kept_records_own_answers_stay(session, two):
    keep, other, _ids = two
    save_equality(session, keep, EqualityAnswers(answers={"age_band": "75_84"}))
    result = merge_people(session, keep, other)
    assert not result.equality_moved
    assert equality_answers(session, keep).answers["age_band"] == "75_84"
    assert session.scalar(select(func.count()).select_from(Person)) == 1


def test_a_record_cannot_be_merged_with_itself(session, two):
    keep, _other, _ids = two
    with pytest.raises(ValidationError) as caught:
        merge_people(session, keep, keep)
    assert caught.value.field == "other"


def test_the_command_merges_and_says_what_moved(db_path, capsys):
    from partapp.cli import run
    from partapp.services.store.database import open_database

    db = open_database(str(db_path))
    with db.session_scope() as session:
        keep = save_person(session, PersonData(first_name="Siân", last_name="Llewellyn")).ref
        other = save_person(session, PersonData(first_name="Sian", last_name="Llewellyn",
                                                phone="01632 960111")).ref
    db.dispose()
    assert run(["--db", str(db_path), "merge-people", keep, keep, "--yes"]) == 1
    assert capsys.readouterr().err == (
        "partapp: KEEP and OTHER are the same record. Give two references.\n")
    assert run(["--db", str(db_path), "merge-people", keep, "P9999", "--yes"]) == 1
    assert "There is nobody with the reference P9999." in capsys.readouterr().err
    assert run(["--db", str(db_path), "merge-people", keep, other, "--yes"]) == 0
    assert capsys.readouterr().out == (
        f"{other} is now part of Siân Llewellyn ({keep}): 0 suggestions, 0 activities, "
        f"0 letters moved across. The record {other} is removed.\n")


def test_a_person_added_by_mistake_can_be_removed_but_not_one_with_a_history(session, two):
    from partapp.services.records.merge_people import remove_person

    _keep, other, _ids = two
    mistake = save_person(session, PersonData(first_name="Typo", last_name="Person")).id
    ref = session.get(Person, mistake).ref
    assert remove_person(session, mistake) == ref
    assert session.get(Person, mistake) is None
    entry = session.scalars(select(AuditEntry).where(AuditEntry.entity_id == mistake,
                                                     AuditEntry.action == "delete")).one()
    assert entry.details == "added by mistake"
    with pytest.raises(ValidationError) as caught:
        remove_person(session, other)
    assert str(caught.value).startswith(
        f"{session.get(Person, other).ref} has a history (2 suggestions, 2 activities, "
        "1 letter), so the record cannot simply be removed.")
    assert session.get(Person, other) is not None
