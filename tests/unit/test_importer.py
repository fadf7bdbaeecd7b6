"""The spreadsheet importer, against a real SQLite file, with files written to tmp_path."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from partapp.models import (
    Activity,
    AuditEntry,
    Base,
    Change,
    Decision,
    Feedback,
    Person,
    Service,
    Suggestion,
)
from partapp.services.errors import ValidationError
from partapp.services.importing.importer import (
    PEOPLE_COLUMNS,
    SUGGESTION_COLUMNS,
    ImportProblem,
    ImportSummary,
    import_files,
    write_templates,
)
from partapp.services.records.activities import ActivityData, save_activity
from partapp.services.records.people import PersonData, save_person
from partapp.services.validation import clean_text

TODAY = date(2025, 6, 1)

PEOPLE_HEADER = ["ref", "first_name", "last_name", "groups", "feedback_format", "language",
                 "supporter", "consent_date", "email"]
PEOPLE = [
    ["P001", "Siân", "Jones", "Older people; Carers", "large print", "cy", "", "2025-01-05",
     "sian@example.org"],
    ["P002", "Zoë", "Smith", "", "easy read", "English", "Anna Bell", "", ""],
    ["P003", "Łukasz", "Nowak", "Disabled people", "", "", "", "", ""],
    ["P004", "Nguyễn", "Thị Lan", "", "email", "", "", "", ""],
]


def suggestion(**cells: str) -> dict[str, str]:
    return {column: cells.get(column, "") for column in SUGGESTION_COLUMNS}


SUGGESTIONS = [
    suggestion(date="2025-03-04", activity="Members forum", activity_type="forum",
               involvement_level="Co-production", service="Day centre", raised_by="P001;P002",
               kind="idea", suggestion="More trips out, please.", decision="Agreed",
               decided_on="2025-03-20", decided_by="The board", change="A monthly trip",
               feedback_sent_on="2025-03-25"),
    suggestion(date="2025-03-04", activity="Members forum", service="Day centre",
               raised_by="P003", kind="concern", suggestion="The ramp is too steep.",
               decision="not possible", decision_reason="The landlord owns the ramp.",
               decided_on="2025-03-20"),
    suggestion(date="2025-03-10", service="Transport", kind="idea", channel="suggestion box",
               suggestion="Could the bus come earlier?", change="  a MONTHLY trip ",
               change_status="done", change_done_on="2025-04-01"),
    suggestion(date="2025-03-12", raised_by="P004", kind="complaint", channel="phone",
               suggestion="Nobody rang me back.", decision="Agreed in part",
               decision_reason="We will ring back within a week, not a day.",
               decided_on="2025-03-15", feedback_sent_on="2025-03-16"),
]


# --- helpers -------------------------------------------------------------------------------------

def write_csv(path: Path, header, rows, *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow([row[c] for c in header] if isinstance(row, dict) else row)
    return path


def write_files(folder: Path, people=PEOPLE, suggestions=SUGGESTIONS,
                people_header=PEOPLE_HEADER) -> tuple[Path, Path]:
    return (write_csv(folder / "people.csv", people_header, people),
            write_csv(folder / "suggestions.csv", list(SUGGESTION_COLUMNS), suggestions))


def run_import(db, paths) -> ImportSummary:
    with db.session_scope() as session:
        return import_files(session, paths, today=TODAY)


def record_counts(db) -> dict[str, int]:
    with db.session_scope() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t))
                for t in Base.metadata.sorted_tables}


def person(session, ref: str) -> Person:
    return session.scalars(select(Person).where(Person.ref == ref)).one()


def suggestion_with(session, text: str) -> Suggestion:
    return session.scalars(select(Suggestion).where(Suggestion.text == text)).one()


# --- a good import -------------------------------------------------------------------------------

@pytest.mark.parametrize("people_first", [True, False])
def test_good_import_stores_people_activity_suggestions_decisions_change_and_feedback(
        db, tmp_path, people_first):
    # GIVEN a people file and a suggestions file, passed in either order
    people_csv, suggestions_csv = write_files(tmp_path)
    paths = [people_csv, suggestions_csv] if people_first else [suggestions_csv, people_csv]

    # WHEN they are imported
    summary = run_import(db, paths)

    # THEN the summary counts what was added
    assert (summary.people_added, summary.activities_added, summary.suggestions_added,
            summary.decisions_added, summary.changes_added, summary.feedback_added,
            summary.services_added) == (4, 1, 4, 3, 1, 3, 2)
    assert "Added 4 people." in summary.describe()
    with db.session_scope() as s:
        sian = person(s, "P001")
        assert (sian.first_name, sian.feedback_format, sian.language, sian.consent_date,
                sian.email) == ("Siân", "large_print", "cy", date(2025, 1, 5), "sian@example.org")
        assert [g.name for g in sian.groups] == ["Older people", "Carers"]
        zoe = person(s, "P002")
        assert (zoe.feedback_format, zoe.language, zoe.supporter_name) == (
            "easy_read", "en", "Anna Bell")
        assert person(s, "P004").display_name == "Nguyễn Thị Lan"

        # ... one activity for the two forum rows, its raisers as attendees
        activity = s.scalars(select(Activity)).one()
        assert (activity.title, activity.held_on, activity.activity_type,
                activity.involvement_code, activity.service.name) == (
            "Members forum", date(2025, 3, 4), "forum", "co_production", "Day centre")
        assert sorted(p.ref for p in activity.attendees) == ["P001", "P002", "P003"]

        trips = suggestion_with(s, "More trips out, please.")
        assert (trips.channel, trips.activity_id, trips.kind) == ("activity", activity.id, "idea")
        assert sorted(p.ref for p in trips.raisers) == ["P001", "P002"]

        # ... an anonymous suggestion from the box, about a new service
        bus = suggestion_with(s, "Could the bus come earlier?")
        assert (bus.raisers, bus.channel, bus.service.name) == ([], "suggestion_box", "Transport")

        # ... decisions with their reasons
        ramp = suggestion_with(s, "The ramp is too steep.")
        assert [(d.outcome, d.reason, d.decided_on) for d in ramp.decisions] == [
            ("not_possible", "The landlord owns the ramp.", date(2025, 3, 20))]
        assert trips.decisions[0].decided_by == "The board"

        # ... one change shared by the two rows that describe it (any case, any spaces)
        change = s.scalars(select(Change)).one()
        assert (change.description, change.status, change.done_on) == (
            "A monthly trip", "done", date(2025, 4, 1))
        assert {x.text for x in change.suggestions} == {trips.text, bus.text}

        # ... feedback to every named raiser, on the date given
        feedback = s.scalars(select(Feedback).order_by(Feedback.sent_on, Feedback.person_id)).all()
        assert [(f.person.ref, f.sent_on, f.kind, f.method, f.format, f.snapshot)
                for f in feedback] == [
            ("P004", date(2025, 3, 16), "decision", "post", "email", "Recorded by import"),
            ("P001", date(2025, 3, 25), "decision", "post", "large_print", "Recorded by import"),
            ("P002", date(2025, 3, 25), "decision", "post", "easy_read", "Recorded by import"),
        ]
        assert [x.text for x in feedback[1].suggestions] == [trips.text]

        # ... and one audit entry for the import, with counts and nothing personal
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "import")).one()
        assert "suggestions_added=4" in entry.details
        assert "Siân" not in entry.details and "P001" not in entry.details


def test_importing_the_same_files_twice_adds_nothing_the_second_time(db, tmp_path):
    paths = write_files(tmp_path)
    run_import(db, paths)
    before = record_counts(db)

    again = run_import(db, paths)

    assert (again.people_added, again.people_updated, again.people_unchanged) == (0, 0, 4)
    assert (again.suggestions_added, again.suggestions_skipped, again.activities_added,
            again.decisions_added, again.changes_added, again.feedback_added,
            again.services_added) == (0, 4, 0, 0, 0, 0, 0)
    assert "4 suggestions were already in the database" in again.describe()
    after = record_counts(db)
    assert after["audit_entry"] == before["audit_entry"] + 1  # the import itself
    assert {k: v for k, v in after.items() if k != "audit_entry"} == {
        k: v for k, v in before.items() if k != "audit_entry"}


def test_reimport_updates_changed_people_and_keeps_columns_the_file_lacks(db, tmp_path):
    run_import(db, [write_csv(tmp_path / "people.csv", PEOPLE_HEADER, PEOPLE)])
    newer = write_csv(tmp_path / "newer.csv", ["ref", "first_name", "last_name", "town"],
                      [["P001", "Siân", "Jones", "Aberystwyth"], ["P002", "Zoë", "Smith", ""]])

    summary = run_import(db, [newer])

    assert (summary.people_added, summary.people_updated, summary.people_unchanged) == (0, 1, 1)
    assert summary.describe() == "Updated 1 person. 1 person was already up to date."
    with db.session_scope() as s:
        sian = person(s, "P001")
        assert (sian.town, sian.email, sian.feedback_format) == (
            "Aberystwyth", "sian@example.org", "large_print")


def test_reimport_with_a_new_decision_adds_only_the_decision(db, tmp_path):
    first = [suggestion(date="2025-03-12", raised_by="P004", suggestion="Nobody rang me back.")]
    run_import(db, write_files(tmp_path, suggestions=first))
    later = [suggestion(date="2025-03-12", raised_by="P004", suggestion="Nobody rang me back.",
                        decision="Agreed", decided_on="2025-03-15",
                        feedback_sent_on="2025-03-16")]

    summary = run_import(db, write_files(tmp_path, suggestions=later))

    assert (summary.suggestions_added, summary.suggestions_skipped, summary.decisions_added,
            summary.feedback_added) == (0, 1, 1, 1)
    with db.session_scope() as s:
        assert [d.outcome for d in suggestion_with(s, "Nobody rang me back.").decisions] == [
            "agreed"]


def test_an_activity_already_in_the_database_is_reused_and_gains_attendees(db, tmp_path):
    with db.session_scope() as s:
        host = save_person(s, PersonData(first_name="Ann", ref="P900"))
        save_activity(s, ActivityData(title="Members Forum", held_on=date(2025, 3, 4),
                                      activity_type="forum", involvement_code="engagement",
                                      attendee_ids=(host.id,)))

    summary = run_import(db, write_files(tmp_path))

    assert summary.activities_added == 0
    with db.session_scope() as s:
        activity = s.scalars(select(Activity)).one()
        assert activity.involvement_code == "engagement"
        assert sorted(p.ref for p in activity.attendees) == ["P001", "P002", "P003", "P900"]


def test_two_identical_anonymous_rows_are_two_suggestions_and_stay_two(db, tmp_path):
    rows = [suggestion(date="2025-03-10", channel="suggestion box", suggestion="More tea.")] * 2
    path = write_csv(tmp_path / "box.csv", list(SUGGESTION_COLUMNS), rows)
    assert run_import(db, [path]).suggestions_added == 2
    assert run_import(db, [path]).suggestions_skipped == 2
    assert record_counts(db)["suggestion"] == 2


# --- file formats --------------------------------------------------------------------------------

def test_xlsx_workbook_with_date_cells_and_number_refs(db, tmp_path):
    book = Workbook()
    people = book.active
    people.title = "people"  # sheet names are matched ignoring case
    people.append(["Ref", "First name", "Last name", "Consent date"])
    for ref, first, last in [(101, "Siân", "Jones"), (102, "Zoë", "Smith"),
                             (103, "Łukasz", "Nowak"), (104, "Nguyễn", "Thị Lan")]:
        people.append([ref, first, last, date(2025, 1, 5)])
    sheet = book.create_sheet("SUGGESTIONS")
    sheet.append(["Date", "Activity", "Raised by", "Suggestion", "Decision", "Decision reason",
                  "Decided on"])
    sheet.append([date(2025, 3, 4), "Coffee morning", "101;104", "Cake, please.", "Not now",
                  "No money this year.", date(2025, 3, 5)])
    sheet.append([date(2025, 3, 4), "Coffee morning", 102, "Bigger cups.", None, None, None])
    book.create_sheet("Notes").append(["anything at all"])
    path = tmp_path / "participation.xlsx"
    book.save(path)

    summary = run_import(db, [path])

    assert (summary.people_added, summary.suggestions_added, summary.activities_added,
            summary.decisions_added) == (4, 2, 1, 1)
    assert any("Notes" in note for note in summary.notes)
    with db.session_scope() as s:
        assert person(s, "101").consent_date == date(2025, 1, 5)
        assert {p.display_name for p in s.scalars(select(Person))} == {
            "Siân Jones", "Zoë Smith", "Łukasz Nowak", "Nguyễn Thị Lan"}
        cake = suggestion_with(s, "Cake, please.")
        assert sorted(p.ref for p in cake.raisers) == ["101", "104"]
        assert cake.activity.involvement_code == "consultation"  # the default for an activity
        assert cake.decisions[0].reason == "No money this year."


def test_xlsx_problem_names_the_file_and_sheet(db, tmp_path):
    book = Workbook()
    book.active.title = "Suggestions"
    book.active.append(["date", "suggestion"])
    book.active.append(["2025-13-01", "Hello"])
    book.save(tmp_path / "book.xlsx")
    with pytest.raises(ImportProblem) as info:
        run_import(db, [tmp_path / "book.xlsx"])
    assert str(info.value).startswith('book.xlsx, sheet Suggestions, row 2, column "date": ')


def test_headers_in_odd_case_and_spacing_are_matched_and_used_in_messages(db, tmp_path):
    header = [" REF ", "First Name", "last_NAME", "Feedback Format"]
    path = write_csv(tmp_path / "p.csv", header, [["P1", "Ann", "Lee", "Large Print"]])
    assert run_import(db, [path]).people_added == 1
    with db.session_scope() as s:
        assert person(s, "P1").feedback_format == "large_print"

    bad = write_csv(tmp_path / "s.csv", ["Date", "Raised By", "SUGGESTION", "Decision",
                                         "Decided On"],
                    [["2025-03-04", "P1", "Ramp", "Agreed", "31/02/2025"]])
    with pytest.raises(ImportProblem) as info:
        run_import(db, [bad])
    assert str(info.value).startswith('s.csv, row 2, column "Decided On": ')
    assert "31/02/2025" in str(info.value) and "2025-04-01" in str(info.value)


def test_extra_columns_are_reported_and_ignored(db, tmp_path):
    path = write_csv(tmp_path / "people.csv", ["ref", "first_name", "Shoe size", "Notes"],
                     [["P1", "Ann", "6", "likes tea"]])
    summary = run_import(db, [path])
    assert summary.people_added == 1
    assert summary.notes == (('people.csv: we do not use the columns "Shoe size", "Notes", so '
                             'they were not imported.'),)
    assert summary.notes[0] in summary.describe()


@pytest.mark.parametrize("encoding, delimiter", [("utf-8", ","), ("utf-8-sig", ";"),
                                                 ("cp1252", ";"), ("cp1252", ","),
                                                 ("utf-16", "\t")])
def test_accented_names_survive_csv_in_the_encodings_excel_writes(db, tmp_path, encoding,
                                                                   delimiter):
    names = [["P1", "Siân", "Ó Dónaill"], ["P2", "Zoë", "Brontë"]]
    if encoding.startswith("utf-"):
        names += [["P3", "Łukasz", "Żółć"], ["P4", "Nguyễn", "Thị Lan"]]
    path = write_csv(tmp_path / "names.csv", ["ref", "first_name", "last_name"], names,
                     encoding=encoding, delimiter=delimiter)
    run_import(db, [path])
    with db.session_scope() as s:
        stored = {(p.ref, p.first_name, p.last_name) for p in s.scalars(select(Person))}
    assert stored == {tuple(row) for row in names}


def test_files_that_are_neither_list_or_empty_are_refused_plainly(db, tmp_path):
    (tmp_path / "empty.csv").write_text("", encoding="utf-8")
    with pytest.raises(ImportProblem, match=r"empty\.csv: This file is empty"):
        run_import(db, [tmp_path / "empty.csv"])
    write_csv(tmp_path / "odd.csv", ["colour", "size"], [["red", "6"]])
    with pytest.raises(ImportProblem, match=r"odd\.csv, row 1: We cannot tell"):
        run_import(db, [tmp_path / "odd.csv"])
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(ImportProblem, match=r"old.xls: .*\.xlsx"):
        run_import(db, [tmp_path / "old.xls"])


# --- bad rows: a clear message, and nothing changed ----------------------------------------------

def _set(rows, index, **cells):
    rows = [dict(r) for r in rows]
    rows[index].update(cells)
    return rows


def _set_person(index, column, value):
    rows = [list(r) for r in PEOPLE]
    rows[index][PEOPLE_HEADER.index(column)] = value
    return rows


BAD_CASES = {
    "wrong date": ({"suggestions": _set(SUGGESTIONS, 1, decided_on="31/02/2025")},
                   "suggestions.csv", 3, "decided_on", "2025-04-01"),
    "unknown outcome": ({"suggestions": _set(SUGGESTIONS, 0, decision="Maybe")},
                        "suggestions.csv", 2, "decision", "Agreed in part"),
    "unknown person ref": ({"suggestions": _set(SUGGESTIONS, 3, raised_by="P004;P999")},
                           "suggestions.csv", 5, "raised_by", "P999"),
    "missing reason": ({"suggestions": _set(SUGGESTIONS, 1, decision_reason="")},
                       "suggestions.csv", 3, "decision_reason", "Not possible"),
    "decision without date": ({"suggestions": _set(SUGGESTIONS, 0, decided_on="")},
                              "suggestions.csv", 2, "decided_on", "date"),
    "feedback in the future": ({"suggestions": _set(SUGGESTIONS, 3,
                                                     feedback_sent_on="2025-07-01")},
                               "suggestions.csv", 5, "feedback_sent_on", "future"),
    "reason without a decision": ({"suggestions": _set(SUGGESTIONS, 2,
                                                        decision_reason="No money")},
                                  "suggestions.csv", 4, "decision_reason", "decision column"),
    "another type for the same activity": ({"suggestions": _set(SUGGESTIONS, 1,
                                                                 activity_type="Survey")},
                                           "suggestions.csv", 3, "activity_type", "Forum"),
    "refs separated by commas": ({"suggestions": _set(SUGGESTIONS, 0, raised_by="P001, P002")},
                                 "suggestions.csv", 2, "raised_by", "Put ; between refs"),
    "unknown group": ({"people": _set_person(2, "groups", "Gardeners")},
                      "people.csv", 4, "groups", "Carers"),
    "empty ref": ({"people": _set_person(1, "ref", "")}, "people.csv", 3, "ref", "ref"),
    "same ref twice": ({"people": _set_person(3, "ref", "P001")}, "people.csv", 5, "ref",
                       "row 2"),
    "bad email (found while writing)": ({"people": _set_person(3, "email", "not-an-email")},
                                        "people.csv", 5, "email", "name@example.org"),
    "missing required column": ({"people": [r[1:] for r in PEOPLE],
                                     "people_header": PEOPLE_HEADER[1:]},
                                "people.csv", 1, "ref", "missing"),
}


@pytest.mark.parametrize("case", list(BAD_CASES))
def test_a_bad_row_stops_the_import_names_file_row_and_column_and_changes_nothing(
        db, tmp_path, case):
    # GIVEN a database that already holds an earlier import
    earlier = tmp_path / "earlier"
    earlier.mkdir()
    run_import(db, [write_csv(earlier / "people.csv", ["ref", "first_name"], [["P777", "Al"]])])
    before = record_counts(db)
    changes, file_name, row, column, hint = BAD_CASES[case]

    # WHEN files with one bad row are imported through a real session scope
    with pytest.raises(ImportProblem) as info:
        run_import(db, write_files(tmp_path, **changes))

    # THEN the message names the file, row and column and helps to fix it
    message = str(info.value)
    assert message.startswith(f'{file_name}, row {row}, column "{column}": '), message
    assert hint in message
    assert isinstance(info.value, ValidationError)
    assert (info.value.row, info.value.column) == (row, column)
    # ... and after the rollback the database holds exactly what it held before
    assert record_counts(db) == before


def test_the_message_matches_the_documented_example(db, tmp_path):
    rows = _set(SUGGESTIONS, 1, decided_on="31/02/2025")
    with pytest.raises(ImportProblem) as info:
        run_import(db, write_files(tmp_path, suggestions=rows))
    assert str(info.value) == (
        'suggestions.csv, row 3, column "decided_on": The decision date \u201c31/02/2025\u201d '
        "is not a date we understand. Write dates like 2025-04-01 or 1 April 2025.")


# --- templates -----------------------------------------------------------------------------------

def test_templates_round_trip_through_csv_and_xlsx(db, tmp_path):
    folder = tmp_path / "new" / "templates"
    paths = write_templates(folder)
    assert [p.name for p in paths] == ["people.csv", "suggestions.csv",
                                       "participation-import.xlsx"]
    assert paths[0].read_bytes().startswith(b"\xef\xbb\xbf")  # BOM: Excel shows accents right
    assert paths[0].read_text(encoding="utf-8-sig").strip() == ",".join(PEOPLE_COLUMNS)
    book = load_workbook(paths[2])
    assert book.sheetnames == ["People", "Suggestions"]
    assert [c.value for c in book["Suggestions"][1]] == list(SUGGESTION_COLUMNS)
    assert book["People"]["A1"].font.b and book["Suggestions"].max_row == 1

    # fill the CSV templates the way a spreadsheet program would, and import them
    person_row = {c: "" for c in PEOPLE_COLUMNS} | {"ref": "P1", "first_name": "Siân"}
    row = suggestion(date="2025-03-04", raised_by="P1", suggestion="A bench by the door.")
    with paths[0].open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow([person_row[c] for c in PEOPLE_COLUMNS])
    with paths[1].open("a", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerow([row[c] for c in SUGGESTION_COLUMNS])
    first = run_import(db, paths[:2])
    assert (first.people_added, first.suggestions_added) == (1, 1)

    # the same rows in the workbook template are the same records
    book["People"].append([person_row[c] or None for c in PEOPLE_COLUMNS])
    book["Suggestions"].append([row[c] or None for c in SUGGESTION_COLUMNS])
    book.save(paths[2])
    second = run_import(db, [paths[2]])
    assert (second.people_unchanged, second.suggestions_skipped) == (1, 1)
    with db.session_scope() as s:
        assert [p.ref for p in suggestion_with(s, "A bench by the door.").raisers] == ["P1"]


def test_templates_never_overwrite_a_file_already_there(tmp_path):
    (tmp_path / "people.csv").write_text("ref,first_name\nP1,Ann\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"already a file called people\.csv"):
        write_templates(tmp_path)
    assert (tmp_path / "people.csv").read_text(encoding="utf-8") == "ref,first_name\nP1,Ann\n"
    assert not (tmp_path / "suggestions.csv").exists()
    assert [p.name for p in write_templates(tmp_path / "csv", xlsx=False)] == [
        "people.csv", "suggestions.csv"]


# --- any words at all ----------------------------------------------------------------------------

@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=200))
def test_any_suggestion_text_imports_faithfully_or_gives_an_import_problem(db, tmp_path, text):
    path = write_csv(tmp_path / "words.csv", ["date", "suggestion"], [["2025-03-04", text]])
    session = db.session()
    try:
        try:
            import_files(session, [path], today=TODAY)
        except ImportProblem as problem:
            assert str(problem).startswith("words.csv")
            assert not clean_text(text)
            return
        stored = session.scalars(select(Suggestion.text)).all()
        assert stored == [clean_text(text)]
        assert session.scalar(select(func.count()).select_from(Service)) == 0
        assert session.scalar(select(func.count()).select_from(Decision)) == 0
    finally:
        session.rollback()
        session.close()


def test_feedback_dates_on_anonymous_rows_are_noted_not_recorded(db, tmp_path):
    rows = [suggestion(date="2025-03-10", channel="suggestion box", suggestion="More tea.",
                       feedback_sent_on="2025-03-20")]
    summary = run_import(db, [write_csv(tmp_path / "box.csv", list(SUGGESTION_COLUMNS), rows)])
    assert (summary.suggestions_added, summary.feedback_added) == (1, 0)
    assert any("anonymous" in note for note in summary.notes)


def test_a_passed_on_decision_needs_only_its_reason(db, tmp_path):
    rows = [suggestion(date="2025-03-12", raised_by="P004", kind="question", channel="phone",
                       suggestion="Can you fix the bus stop?", decision="Passed on",
                       decision_reason="The council looks after bus stops. We sent it to them.",
                       decided_on="2025-03-15")]
    run_import(db, write_files(tmp_path, suggestions=rows))
    with db.session_scope() as session:
        decision = session.scalars(select(Decision)).one()
        assert decision.outcome == "passed_on"
        assert decision.reason.startswith("The council")


def test_imported_suggestions_are_found_however_their_words_are_typed(tmp_path):
    from partapp.services.browse.browse_suggestions import SuggestionFilter, suggestion_ids
    from partapp.services.importing.importer import import_files
    from partapp.services.store.database import open_database

    header = ["date", "raised_by", "suggestion"]
    rows = [{"date": "2025-03-04", "raised_by": "P001", "suggestion": "Mwy o de yn y CAFFI"},
            {"date": "2025-03-05", "raised_by": "P002", "suggestion": "A Zoë-sized café table"}]
    paths = [write_csv(tmp_path / "people.csv", PEOPLE_HEADER, PEOPLE),
             write_csv(tmp_path / "suggestions.csv", header, rows)]
    db = open_database(str(tmp_path / "data.db"))
    with db.session_scope() as session:
        import_files(session, paths, today=date(2025, 6, 1))
    with db.session_scope() as session:
        assert len(suggestion_ids(session, SuggestionFilter(text="caffi"))) == 1
        assert len(suggestion_ids(session, SuggestionFilter(text="ZOE CAFE"))) == 1
    db.dispose()
