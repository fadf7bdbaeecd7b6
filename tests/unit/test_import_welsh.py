"""Importing the Welsh versions of the free texts (issue 13): activity_cy, decision_reason_cy,
passed_to_cy and change_cy beside their English, for new records and for records already in
the database that have no Welsh yet. Real SQLite file, CSV files in tmp_path."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from sqlalchemy import select

from partapp.models import Activity, Change, Decision
from partapp.services.importing.import_read import ImportProblem
from partapp.services.importing.importer import import_files
from partapp.services.records import suggestions
from partapp.services.records.suggestions import DecisionData
from partapp.services.store.database import open_database

from .test_importer import PEOPLE, PEOPLE_HEADER, write_csv

TODAY = date(2025, 6, 1)
HEADER = ["date", "activity", "activity_cy", "raised_by", "suggestion", "decision",
          "decision_reason", "decision_reason_cy", "passed_to", "passed_to_cy", "decided_on",
          "change", "change_cy", "change_status", "change_done_on"]
ROWS = [
    {"date": "2025-03-04", "activity": "Members forum", "activity_cy": "Fforwm yr aelodau",
     "raised_by": "P001", "suggestion": "The ramp is too steep.", "decision": "not possible",
     "decision_reason": "The landlord owns the ramp.",
     "decision_reason_cy": "Y landlord sydd biau\u2019r ramp.", "decided_on": "2025-03-20"},
    {"date": "2025-03-04", "activity": "Members forum", "raised_by": "P002",
     "suggestion": "The bins smell.", "decision": "passed on",
     "decision_reason": "The council empties them.", "passed_to": "Powys Council",
     "passed_to_cy": "Cyngor Powys", "decided_on": "2025-03-21",
     "change": "We asked for a new bin", "change_cy": "Gofynnon ni am fin newydd",
     "change_status": "done", "change_done_on": "2025-04-01"},
]


def _files(folder, rows):
    return [write_csv(folder / "people.csv", PEOPLE_HEADER, PEOPLE),
            write_csv(folder / "suggestions.csv", HEADER,
                      [{c: row.get(c, "") for c in HEADER} for row in rows])]


def _import(db, paths):
    with db.session_scope() as session:
        return import_files(session, paths, today=TODAY)


def _welsh(db):
    with db.session_scope() as session:
        return {
            "activity": session.scalars(select(Activity.title_cy)).all(),
            "reasons": sorted(session.scalars(select(Decision.reason_cy)).all()),
            "passed_to": sorted(session.scalars(select(Decision.passed_to_cy)).all()),
            "change": session.scalars(select(Change.description_cy)).all()}


EXPECTED = {"activity": ["Fforwm yr aelodau"],
            "reasons": ["", "Y landlord sydd biau\u2019r ramp."],
            "passed_to": ["", "Cyngor Powys"], "change": ["Gofynnon ni am fin newydd"]}


def test_the_welsh_columns_are_saved_with_new_records(db, tmp_path):
    summary = _import(db, _files(tmp_path, ROWS))
    assert "not one we know" not in summary.describe()
    assert _welsh(db) == EXPECTED


def test_importing_again_with_the_welsh_filled_in_adds_it_and_nothing_else(db, tmp_path):
    english_only = [{k: v for k, v in row.items() if not k.endswith("_cy")} for row in ROWS]
    first = tmp_path / "first"
    first.mkdir()
    _import(db, _files(first, english_only))
    assert _welsh(db) == {"activity": [""], "reasons": ["", ""], "passed_to": ["", ""],
                          "change": [""]}
    with db.session_scope() as session:
        before = (len(session.scalars(select(Decision)).all()),
                  len(session.scalars(select(Change)).all()))
    summary = _import(db, _files(tmp_path, ROWS))
    assert _welsh(db) == EXPECTED
    assert "Added the Welsh to 4 texts already in the database that had none." in \
        summary.describe()
    with db.session_scope() as session:  # no second decision or change
        assert (len(session.scalars(select(Decision)).all()),
                len(session.scalars(select(Change)).all())) == before


def test_welsh_typed_in_the_app_is_never_replaced(db, tmp_path):
    _import(db, _files(tmp_path, ROWS))
    with db.session_scope() as session:
        session.scalars(select(Change)).one().description_cy = "Geiriau o\u2019r ap"
    again = [ROWS[0], {**ROWS[1], "change_cy": "Rhywbeth arall"}]
    folder = tmp_path / "again"
    folder.mkdir()
    _import(db, _files(folder, again))
    assert _welsh(db)["change"] == ["Geiriau o\u2019r ap"]


@pytest.mark.parametrize(("cells", "column"), [
    ({"activity": "", "activity_cy": "Fforwm"}, "activity_cy"),
    ({"change": "", "change_status": "", "change_done_on": "", "change_cy": "Newid"},
     "change_cy"),
])
def test_welsh_without_its_english_is_named(db, tmp_path, cells, column):
    rows = [{**ROWS[1], **cells}]
    with pytest.raises(ImportProblem) as problem:
        _import(db, _files(tmp_path, rows))
    assert problem.value.column == column and problem.value.row == 2


# --- the list from partapp letters --welsh-missing, filled in and imported -------------------

def _welsh_list(db_path, tmp_path, capsys):
    from partapp.cli import run

    listed = tmp_path / "welsh.csv"
    assert run(["--db", str(db_path), "letters", "--due", "--out", str(tmp_path / "due.pdf"),
                "--welsh-missing", str(listed)]) == 0
    capsys.readouterr()
    with listed.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle)), listed


def _write_list(path, rows):
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["person_ref", "text", "record", "english",
                                                    "welsh"])
        writer.writeheader()
        writer.writerows(rows)
    return path


WELSH_FOR = {"The reason for the decision": "Rydyn ni wedi cytuno.",
             "Your address": "Yr Hen Felin, 12 Stryd y Bont, Trefyclo, LD7 1BT",
             "Who to contact if someone is not happy": "Ffoniwch ein rheolwr, Sam Lee.",
             "The signer's job title": "Gweithiwr cyfranogiad",
             "The activity's title": "Fforwm y ganolfan ddydd"}


def test_the_welsh_list_filled_in_and_imported_saves_each_text(db, db_path, tmp_path, capsys):
    from partapp.cli import run

    from .letters_data import build

    with db.session_scope() as session:
        ids = build(session)  # Gwen has bilingual letters; the sample has no Welsh texts
        suggestions.record_decision(session, ids["s_welsh"], DecisionData(
            outcome="agreed", decided_on="2025-05-08",
            reason="We can send your letters in both languages."), today=TODAY)
    db.dispose()
    rows, _ = _welsh_list(db_path, tmp_path, capsys)
    assert {r["text"] for r in rows} >= {"The reason for the decision", "Your address"}
    filled = _write_list(tmp_path / "filled.csv",
                         [{**r, "welsh": WELSH_FOR.get(r["text"], "")} for r in rows])
    assert run(["--db", str(db_path), "import", str(filled)]) == 0
    said = capsys.readouterr().out
    saved = sum(1 for r in rows if r["text"] in WELSH_FOR)
    assert f"Saved the Welsh for {saved} texts from the Welsh list." in said
    with db.session_scope() as session:
        decision = session.scalars(select(Decision).where(
            Decision.suggestion_id == ids["s_welsh"]).order_by(Decision.id.desc())).first()
        assert decision.reason_cy == "Rydyn ni wedi cytuno."
        from partapp.models import Organisation

        org = session.scalars(select(Organisation)).one()
        assert org.address_cy.startswith("Yr Hen Felin") and org.signatory_role_cy
    # the next list has none of them
    again, _ = _welsh_list(db_path, tmp_path, capsys)
    assert not {r["text"] for r in again} & set(WELSH_FOR)


def test_a_welsh_list_whose_english_has_changed_is_refused(db, db_path, tmp_path, capsys):
    from partapp.cli import run

    from .letters_data import build

    with db.session_scope() as session:
        build(session)
    db.dispose()
    rows, _ = _welsh_list(db_path, tmp_path, capsys)
    row = next(r for r in rows if r["text"] == "Your address")
    filled = _write_list(tmp_path / "filled.csv",
                         [{**row, "english": "1 Other Street", "welsh": "1 Stryd Arall"}])
    assert run(["--db", str(db_path), "import", str(filled)]) != 0
    said = capsys.readouterr().err
    assert "filled.csv, row 2, column \"english\": This text has changed since the list was " \
           "made" in said
    database = open_database(str(db_path))
    with database.session_scope() as session:
        from partapp.models import Organisation

        assert session.scalars(select(Organisation)).one().address_cy == ""
    database.dispose()
