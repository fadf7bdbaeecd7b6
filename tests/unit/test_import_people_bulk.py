"""An import writes its people in bulk (services/records/people_many.py, issue #17), and keeps
every rule of saving them one at a time through save_person: the same stored values, groups,
version and audit lines, and the same checks, each naming the row it is on."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import select

from partapp.models import AuditEntry, Group, Person, person_group
from partapp.services.errors import ValidationError
from partapp.services.importing.import_people import read_people
from partapp.services.importing.import_read import ImportProblem, read_tables
from partapp.services.importing.importer import import_files
from partapp.services.records.people import PersonData, save_person
from partapp.services.records.people_many import save_people
from partapp.services.store.database import open_database

from .test_importer import write_csv

HEADER = ["ref", "first_name", "last_name", "preferred_name", "address_1", "town", "postcode",
          "email", "phone", "groups", "feedback_format", "language", "supporter", "consent_date"]
FIRST = [
    ["A1", "  Siân ", "Jones", "", "1 High St", "Bala", "ll23 7aa", "sian@example.org",
     "7700900123", "older people; Carers", "large print", "Welsh", "", "05/01/2025"],
    ["a2", "Zoë", "Smith", "Zo", "", "", "", "", "", "", "easy read", "en", "Anna Bell", ""],
    ["A3", "Łukasz", "Nowak", "", "", "", "", "", "", "Disabled people", "", "", "", ""],
    ["A5", "Mair", "Huws", "", "", "", "", "", "", "Carers", "", "", "", ""],
]
SECOND = [  # the same people later: three changed (one only in their groups), one not, one new
    ["A1", "Siân", "Jones-Evans", "", "1 High St", "Bala", "LL23 7AA", "sian@example.org",
     "07700900123", "Carers", "large print", "cy", "", "2025-01-05"],
    ["A2", "Zoë", "Smith", "Zo", "", "", "", "", "", "", "easy read", "en", "Anna Bell", ""],
    ["A3", "Łukasz", "Nowak", "", "", "Wrecsam", "", "", "", "Disabled people", "", "", "", ""],
    ["A4", "Nguyễn", "Thị Lan", "", "", "", "", "", "", "", "email", "", "", ""],
    ["A5", "Mair", "Huws", "", "", "", "", "", "", "Older people", "", "", "", ""],
]


def _stored(session) -> dict[str, object]:
    """Everything stored about people, by ref: every column (those added later too), their
    groups, and their audit lines."""
    table = Person.__table__
    columns = [c for c in table.columns if c.name not in ("id", "created_at", "updated_at")]
    refs = dict(session.execute(select(Person.id, Person.ref)).all())
    people = {row.ref: row._asdict() for row in session.execute(select(*columns))}
    groups = sorted((refs[pid], name) for pid, name in session.execute(
        select(person_group.c.person_id, Group.name).join(Group)))
    audit = [(e.action, refs.get(e.entity_id or 0), e.details, e.actor) for e in session.scalars(
        select(AuditEntry).where(AuditEntry.entity == "person").order_by(AuditEntry.id))]
    return {"people": people, "groups": groups, "audit": audit}


def _one_by_one(session, files: list[Path]) -> None:
    """What the import did before issue #17: save_person for each person row that changes."""
    from partapp.services.importing.import_people import _comparable, _data_from, _existing

    rows = read_people(session, read_tables(files)[0])
    existing = _existing(session, [r.ref for r in rows])
    for row in rows:
        person = existing.get(row.ref)
        before = _data_from(person) if person else PersonData(first_name="", ref=row.ref)
        after = PersonData(**{**before.__dict__, **row.changes})
        if person is None or _comparable(after) != _comparable(before):
            save_person(session, after, person_id=person.id if person else None)


def test_the_bulk_import_stores_what_saving_one_by_one_stores(db, db_path, tmp_path):
    other_path = tmp_path / "one-by-one.db"
    shutil.copyfile(db_path, other_path)
    other = open_database(str(other_path))
    try:
        for number, rows in enumerate((FIRST, SECOND)):
            sheet = write_csv(tmp_path / f"people{number}.csv", HEADER, rows)
            with db.session_scope() as session:
                import_files(session, [sheet])
            with other.session_scope() as session:
                _one_by_one(session, [sheet])
            with db.session_scope() as bulk, other.session_scope() as single:
                assert _stored(bulk) == _stored(single)
        with db.session_scope() as session:
            stored = _stored(session)
    finally:
        other.dispose()
    # And what that is: checked and tidied values, versions moved on, one audit line a save.
    a1 = stored["people"]["A1"]
    assert (a1["first_name"], a1["last_name"], a1["postcode"], a1["language"]) == (
        "Siân", "Jones-Evans", "LL23 7AA", "cy")
    versions = {ref: values["version"] for ref, values in stored["people"].items()}
    assert versions == {"A1": 2, "a2": 1, "A3": 2, "A4": 1, "A5": 2}  # a2 kept its case
    assert [(action, ref) for action, ref, _d, _a in stored["audit"]] == [
        ("create", "A1"), ("create", "a2"), ("create", "A3"), ("create", "A5"),
        ("update", "A1"), ("update", "A3"), ("create", "A4"), ("update", "A5")]
    assert ("A1", "Carers") in stored["groups"] and ("A1", "Older people") not in stored["groups"]


@pytest.mark.parametrize(("cells", "column", "words"), [
    ({"email": "sian.example.org"}, "email", "does not look like an email address"),
    ({"first_name": "S" * 101}, "first_name", "too long"),
    ({"town": "T" * 101}, "town", "too long"),
    ({"language": "Klingon!"}, "language", "not a language we know"),
    ({"first_name": " "}, "first_name", "Please fill in the first name"),
])
def test_each_row_is_checked_as_a_form_save_is_and_the_problem_names_its_row(
        db, tmp_path, cells, column, words):
    rows = [dict(zip(HEADER, row, strict=True)) for row in FIRST]
    rows[1].update(cells)
    sheet = write_csv(tmp_path / "people.csv", HEADER, rows)
    with pytest.raises(ImportProblem) as caught, db.session_scope() as session:
        import_files(session, [sheet])
    assert f'people.csv, row 3, column "{column}"' in str(caught.value)
    assert words in str(caught.value)
    with db.session_scope() as session:
        assert session.scalars(select(Person.ref)).all() == []  # all or nothing


def test_save_people_refuses_a_reference_twice_or_one_already_taken(session):
    save_person(session, PersonData(first_name="Ann", ref="T1"))
    with pytest.raises(ValidationError, match="T2 is already used"):
        save_people(session, [(PersonData(first_name="Bo", ref="T2"), None),
                              (PersonData(first_name="Cy", ref="T2"), None)])
    with pytest.raises(ValidationError, match="T1 is already used"):
        save_people(session, [(PersonData(first_name="Di", ref="T1"), None)])


def test_save_people_makes_up_references_as_save_person_does(session):
    save_person(session, PersonData(first_name="Ann", ref="P0007"))
    ids = save_people(session, [(PersonData(first_name="Bo"), None),
                                (PersonData(first_name="Cy", ref="P0009"), None),
                                (PersonData(first_name="Di"), None)])
    refs = [session.get(Person, pid).ref for pid in ids]
    assert refs == ["P0008", "P0009", "P0010"]
