"""Importing the Welsh versions of the free texts (issue 13): activity_cy, decision_reason_cy,
passed_to_cy and change_cy beside their English, for new records and for records already in
the database that have no Welsh yet. Real SQLite file, CSV files in tmp_path."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from partapp.models import Activity, Change, Decision
from partapp.services.importing.import_read import ImportProblem
from partapp.services.importing.importer import import_files

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
