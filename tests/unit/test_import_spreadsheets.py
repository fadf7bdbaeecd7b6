"""Imports take what spreadsheets really contain: hidden sheets, numbers that were phone
numbers, untidy postcodes, refs in other capitals, dates written many ways, Excel date serials,
cells beyond the last heading and formulas that were never calculated."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from partapp.models import Base, Person, Suggestion
from partapp.services.importing.importer import ImportProblem, import_files
from partapp.services.records.people import PersonData, save_person

TODAY = date(2025, 6, 1)


def run_import(db, paths):
    with db.session_scope() as session:
        return import_files(session, paths, today=TODAY)


def write_csv(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def counts(db) -> dict[str, int]:
    with db.session_scope() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables}


def stored(db, ref: str) -> Person:
    with db.session_scope() as s:
        found = s.scalars(select(Person).where(Person.ref == ref)).one()
        s.expunge(found)
        return found


# --- hidden sheets --------------------------------------------------------------------------------

def test_a_hidden_sheet_is_not_imported_and_the_summary_says_so(db, tmp_path):
    book = Workbook()
    people = book.active
    people.title = "People"
    people.append(["ref", "first_name"])
    people.append(["P1", "Ann"])
    old = book.create_sheet("Old people")
    old.append(["ref", "first_name"])
    old.append(["P9", "Gone"])
    old.sheet_state = "hidden"
    book.save(tmp_path / "book.xlsx")

    summary = run_import(db, [tmp_path / "book.xlsx"])

    assert summary.people_added == 1
    assert ("book.xlsx: the sheet \u201cOld people\u201d is hidden, so it was not imported."
            in summary.notes)
    with db.session_scope() as s:
        assert s.scalars(select(Person.ref)).all() == ["P1"]


def test_a_hidden_people_sheet_among_csv_files_is_still_skipped(db, tmp_path):
    book = Workbook()
    book.active.title = "Suggestions"
    book.active.append(["date", "suggestion"])
    book.active.append(["2025-03-01", "Hello"])
    hidden = book.create_sheet("People")
    hidden.append(["ref", "first_name"])
    hidden.append(["P1", "Ann"])
    hidden.sheet_state = "veryHidden"
    book.save(tmp_path / "book.xlsx")
    summary = run_import(db, [tmp_path / "book.xlsx"])
    assert (summary.people_added, summary.suggestions_added) == (0, 1)
    assert any("\u201cPeople\u201d is hidden" in note for note in summary.notes)


# --- phone numbers and postcodes ------------------------------------------------------------------

def test_phone_numbers_stored_as_numbers_get_their_zero_back_with_a_note(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "People"
    sheet.append(["ref", "first_name", "phone"])
    sheet.append(["P1", "Ann", 7700900123])         # a mobile, as a number cell
    sheet.append(["P2", "Bob", 1234567890])         # a landline 01234 567890
    sheet.append(["P3", "Cai", "7700900123.0"])     # as some exports write it
    sheet.append(["P4", "Dai", "01234 567890"])     # already right: untouched
    sheet.append(["P5", "Eve", 4477009001])         # 10 digits, not a UK start: untouched
    sheet.append(["P6", "Fay", 770090012])          # 9 digits: untouched
    book.save(tmp_path / "people.xlsx")

    summary = run_import(db, [tmp_path / "people.xlsx"])

    phones = {ref: stored(db, ref).phone for ref in ("P1", "P2", "P3", "P4", "P5", "P6")}
    assert phones == {"P1": "07700900123", "P2": "01234567890", "P3": "07700900123",
                      "P4": "01234 567890", "P5": "4477009001", "P6": "770090012"}
    note = next(n for n in summary.notes if "phone" in n)
    assert "3 UK phone numbers" in note
    assert "people.xlsx, sheet People, rows 2, 3, 4" in note


@pytest.mark.parametrize("typed, kept", [("ld88yt", "LD8 8YT"), ("  LD8   8YT ", "LD8 8YT"),
                                         ("sw1a1aa", "SW1A 1AA"), ("M1 1AE", "M1 1AE"),
                                         ("cf10 1ab", "CF10 1AB"), ("", "")])
def test_postcodes_are_tidied(db, tmp_path, typed, kept):
    path = write_csv(tmp_path / "people.csv", [["ref", "first_name", "postcode"],
                                               ["P1", "Ann", typed]])
    run_import(db, [path])
    assert stored(db, "P1").postcode == kept


@pytest.mark.parametrize("typed", ["LD8 8Y", "12345", "75008 Paris", "LD88 YTT", "L 8YT"])
def test_a_postcode_that_cannot_be_a_uk_one_is_refused_naming_row_and_column(db, tmp_path,
                                                                              typed):
    path = write_csv(tmp_path / "people.csv", [["ref", "first_name", "Post code"],
                                               ["P1", "Ann", "LD8 8YT"],
                                               ["P2", "Bob", typed]])
    before = counts(db)
    with pytest.raises(ImportProblem) as info:
        run_import(db, [path])
    message = str(info.value)
    assert message.startswith('people.csv, row 3, column "Post code": ')
    assert "is not a UK postcode. Please type it like LD8 8YT" in message
    assert counts(db) == before


# --- refs in other capitals ----------------------------------------------------------------------

def test_refs_in_raised_by_match_ignoring_case_with_a_note(db, tmp_path):
    people = write_csv(tmp_path / "people.csv", [["ref", "first_name"], ["X001", "Ann"]])
    suggestions = write_csv(tmp_path / "suggestions.csv", [
        ["date", "suggestion", "raised_by"], ["2025-03-01", "Hello", "x001"],
        ["2025-03-01", "Again", "X001; x001"]])
    summary = run_import(db, [people, suggestions])
    with db.session_scope() as s:
        hello = s.scalars(select(Suggestion).where(Suggestion.text == "Hello")).one()
        assert [p.ref for p in hello.raisers] == ["X001"]
        again = s.scalars(select(Suggestion).where(Suggestion.text == "Again")).one()
        assert [p.ref for p in again.raisers] == ["X001"]
    assert any("suggestions.csv" in n and "ignoring case" in n and "rows 2, 3" in n
               for n in summary.notes)


def test_a_person_row_in_other_capitals_updates_the_stored_person(db, tmp_path):
    with db.session_scope() as s:
        save_person(s, PersonData(first_name="Ann", ref="X001"))
    path = write_csv(tmp_path / "people.csv", [["ref", "first_name", "town"],
                                               ["x001", "Ann", "Presteigne"]])
    summary = run_import(db, [path])
    assert (summary.people_added, summary.people_updated) == (0, 1)
    with db.session_scope() as s:
        assert s.scalars(select(Person.ref)).all() == ["X001"]
    assert stored(db, "X001").town == "Presteigne"
    assert any("people.csv, row 2" in n and "capital letters" in n for n in summary.notes)


def test_two_rows_whose_refs_differ_only_in_case_are_refused(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", [["ref", "first_name"], ["a1", "Ann"],
                                               ["A1", "Bob"]])
    with pytest.raises(ImportProblem) as info:
        run_import(db, [path])
    assert str(info.value).startswith('people.csv, row 3, column "ref": ')


# --- dates ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["1 April 2025", "1 Apr 2025", "01/04/2025", "1/4/2025",
                                   "2025-04-01", "45748", "45748.0", "1 april 2025"])
def test_dates_written_the_ways_people_write_them_are_read(db, tmp_path, typed):
    path = write_csv(tmp_path / "s.csv", [["date", "suggestion"], [typed, "Hello"]])
    run_import(db, [path])
    with db.session_scope() as s:
        assert s.scalars(select(Suggestion.raised_on)).all() == [date(2025, 4, 1)]


def test_date_cells_and_serials_in_number_cells_are_read_in_a_workbook(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Suggestions"
    sheet.append(["date", "suggestion"])
    sheet.append([date(2025, 4, 1), "A date cell"])
    sheet.append([45748, "A serial in a number cell"])
    sheet.append(["45749", "A serial in a text cell"])
    book.save(tmp_path / "book.xlsx")
    run_import(db, [tmp_path / "book.xlsx"])
    with db.session_scope() as s:
        found = dict(s.execute(select(Suggestion.text, Suggestion.raised_on)).all())
    assert found == {"A date cell": date(2025, 4, 1), "A serial in a number cell":
                     date(2025, 4, 1), "A serial in a text cell": date(2025, 4, 2)}


def test_a_us_order_date_is_refused_saying_what_to_type(db, tmp_path):
    path = write_csv(tmp_path / "s.csv", [["date", "suggestion"], ["2025-03-01", "Fine"],
                                          ["04/13/2025", "Hello"]])
    before = counts(db)
    with pytest.raises(ImportProblem) as info:
        run_import(db, [path])
    message = str(info.value)
    assert message.startswith('s.csv, row 3, column "date": ')
    assert "month first (US order)" in message
    assert message.endswith("Write dates like 2025-04-01 or 1 April 2025.")
    assert counts(db) == before


@pytest.mark.parametrize("typed", ["April 2025", "31 April 2025", "2025", "next Tuesday"])
def test_a_date_we_cannot_read_says_what_to_type(db, tmp_path, typed):
    path = write_csv(tmp_path / "s.csv", [["date", "suggestion"], [typed, "Hello"]])
    with pytest.raises(ImportProblem) as info:
        run_import(db, [path])
    assert str(info.value).startswith('s.csv, row 2, column "date": ')
    assert str(info.value).endswith("Write dates like 2025-04-01 or 1 April 2025.")


# --- cells beyond the headings and formulas with no saved value -----------------------------------

def test_cells_beyond_the_last_heading_are_named_in_a_note(db, tmp_path):
    path = write_csv(tmp_path / "s.csv", [["date", "suggestion"],
                                          ["2025-03-01", "Hello", "", "stray"],
                                          ["2025-03-02", "Again"]])
    summary = run_import(db, [path])
    assert summary.suggestions_added == 2
    note = next(n for n in summary.notes if "right of the last column name" in n)
    assert note.startswith("s.csv: A cell has")
    assert "row 2, column D" in note


def test_formulas_with_no_saved_result_and_stray_cells_are_named_in_a_workbook(db, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "People"
    sheet.append(["ref", "first_name", "town"])
    sheet.append(["P1", "Ann", '=UPPER("presteigne")'])  # openpyxl saves no result
    sheet.append(["P2", "Bob", "Knighton", None, "note to self"])
    book.save(tmp_path / "book.xlsx")

    summary = run_import(db, [tmp_path / "book.xlsx"])

    assert summary.people_added == 2
    formula = next(n for n in summary.notes if "formula" in n)
    assert formula.startswith("book.xlsx, sheet People: A formula has no saved result")
    assert "row 2, column C" in formula
    stray = next(n for n in summary.notes if "right of the last column name" in n)
    assert "book.xlsx, sheet People" in stray and "row 3, column E" in stray
