"""Offices (issue 18 §1): each office sees its own work; one office looks exactly as before.

Built on the letters dataset (tests/unit/letters_data.py), whose owed letters are known: Siân,
Llŷr, Zoë, Łukasz, Nguyễn, Gwen and Tom are owed on TODAY. Siân and Zoë are moved to North.
"""

from __future__ import annotations

import csv
import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from partapp import cli
from partapp.models import Person, Suggestion
from partapp.services.access import auth
from partapp.services.access.office_scope import allowed_offices, choose_offices
from partapp.services.browse import pages
from partapp.services.errors import PermissionDeniedError, ValidationError
from partapp.services.feedback import owed
from partapp.services.figures.report_data import build_report_figures
from partapp.services.records import offices
from partapp.services.records.offices import OfficeDetails
from partapp.services.store.database import open_database

from .letters_data import TODAY, build

YEAR = (date(2025, 1, 1), date(2025, 12, 31))


@pytest.fixture(scope="module")
def base(template_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("offices") / "letters.db"
    shutil.copyfile(template_db, path)
    db = open_database(str(path))
    with db.session_scope() as session:
        ids = build(session)
    with db.session_scope() as session:
        offices.add_office(session, OfficeDetails(name="North", phone="01248 000111",
                                                  address="Canolfan\nBangor\nLL57 1AA"),
                           first_name="Main office")
    with db.session_scope() as session:
        north = offices.find_office(session, "north").id
        offices.move_to_office(session, "person", [ids["sian"], ids["zoe"]], north)
        offices.move_to_office(session, "suggestion", [ids["s_garden"]], north)
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def two(base, tmp_path):
    path = tmp_path / "two.db"
    shutil.copyfile(base, path)
    db = open_database(str(path))
    yield db
    db.dispose()


def _names(db) -> set[str]:
    with db.session_scope() as session:
        ids = pages.people_ids(session)
        return {row.name.split()[0] for row in pages.people_rows(session, ids).values()}


def _owed(db) -> set[str]:
    with db.session_scope() as session:
        return {p.display_name.split()[0] for p in owed.owed_people(session, today=TODAY)}


def test_one_office_shows_nothing_of_offices(db):
    with db.session_scope() as session:
        build(session)
    with db.session_scope() as session:
        assert not offices.has_offices(session)
        figures = build_report_figures(session, *YEAR, made_on=TODAY)
    assert figures.office == "" and figures.by_office == ()


def test_the_first_office_is_named_before_a_second_is_added(db):
    with db.session_scope() as session, pytest.raises(ValidationError) as refused:
        offices.add_office(session, OfficeDetails(name="North"))
    assert refused.value.field == "first_name"
    with db.session_scope() as session:
        offices.add_office(session, OfficeDetails(name="North"), first_name="Main office")
    with db.session_scope() as session, pytest.raises(ValidationError) as clash:
        offices.add_office(session, OfficeDetails(name="NORTH "))
    assert clash.value.field == "name" and "already an office called" in str(clash.value.message)
    with db.session_scope() as session:
        assert [o.name for o in offices.list_offices(session)] == ["Main office", "North"]


def test_each_office_sees_its_own_people_and_letters(two):
    every = _names(two)
    everyone_owed = _owed(two)
    with two.session_scope() as session:
        main, north = (o.id for o in offices.list_offices(session))
    two.offices = frozenset({north})
    assert _names(two) == {"Siân", "Zoë"}
    assert _owed(two) == {"Siân", "Zoë"}
    two.offices = frozenset({main})
    assert _names(two) == every - {"Siân", "Zoë"}
    assert _owed(two) == everyone_owed - {"Siân", "Zoë"}
    two.offices = frozenset({main, north})
    assert _names(two) == every and _owed(two) == everyone_owed


def test_the_report_for_each_office_adds_up_to_the_whole(two):
    with two.session_scope() as session:
        whole = build_report_figures(session, *YEAR, made_on=TODAY)
    assert [o.name for o in whole.by_office] == ["Main office", "North"]
    main, north = (o.figures for o in whole.by_office)
    assert north.suggestions == 1  # the garden, moved
    for name in ("suggestions", "decided", "agreed", "changes_done", "activities"):
        assert getattr(main, name) + getattr(north, name) == getattr(whole.figures, name), name
    with two.session_scope() as session:
        two_ids = {o.name: o.id for o in offices.list_offices(session)}
    two.offices = frozenset({two_ids["North"]})
    with two.session_scope() as session:
        only = build_report_figures(session, *YEAR, made_on=TODAY)
    assert only.office == "North" and only.by_office == ()
    assert only.figures.suggestions == north.suggestions


def test_a_user_sees_the_offices_they_work_in(two):
    with two.session_scope() as session:
        admin = auth.add_user(session, username="ada", display_name="Ada", role="administrator",
                              password="admin pass words")
    with two.session_scope() as session:
        session.info["user"] = auth.SignedInUser(admin.id, "ada", "Ada", "administrator")
        cole = auth.add_user(session, username="cole", display_name="Cole", role="coordinator",
                             password="coordinator words")
        north = offices.find_office(session, "North").id
        offices.set_staff_offices(session, cole.id, [north])
    signed_in = auth.SignedInUser(cole.id, "cole", "Cole", "coordinator")
    two.set_user(signed_in)
    assert two.offices == frozenset({north})
    assert _names(two) == {"Siân", "Zoë"}
    with two.session_scope() as session:
        assert allowed_offices(session, signed_in) == frozenset({north})
        with pytest.raises(PermissionDeniedError):
            choose_offices(session, signed_in, None)  # not "All offices"
        with pytest.raises(PermissionDeniedError):
            choose_offices(session, signed_in, [1])
        ada = auth.SignedInUser(admin.id, "ada", "Ada", "administrator")
        assert choose_offices(session, ada, None) is None


def test_moving_a_person_keeps_their_suggestions_where_they_were(two):
    with two.session_scope() as session:
        sian = session.scalar(select(Person).where(Person.first_name == "Siân"))
        assert sian is not None and sian.office_id != 1
        raised = session.scalars(select(Suggestion.office_id)
                                 .where(Suggestion.raisers.contains(sian))).all()
        assert set(raised) == {1}, "only the garden was moved, and Siân did not raise it"


def test_the_command_line_works_for_one_office(two, tmp_path, capsys):
    path = str(two.path)
    two.dispose()
    out = tmp_path / "north.pdf"
    assert cli.main(["--db", path, "--office", "north", "letters", "--due",
                     "--out", str(out)]) == 0  # today: still owed, long after the promise
    said = capsys.readouterr().out
    assert "Wrote 2 letters" in said, said
    assert cli.main(["--db", path, "--office", "Nowhere", "letters", "--due",
                     "--out", str(tmp_path / "x.pdf")]) == 1
    err = capsys.readouterr().err
    assert 'There is no office called "Nowhere". The offices are: Main office, North.' in err
    assert not (tmp_path / "x.pdf").exists()
    figures = tmp_path / "whole.csv"
    assert cli.main(["--db", path, "report", "--from", "2025-01-01", "--to", "2025-12-31",
                     "--csv", str(figures)]) == 0
    rows = dict(csv.reader(figures.open(encoding="utf-8")))
    assert rows["office:North:suggestions"] == "1"
    assert int(rows["office:Main office:suggestions"]) + 1 == int(rows["suggestions"])
    assert cli.main(["--db", path, "offices"]) == 0
    listed = capsys.readouterr().out
    assert "North: Canolfan, Bangor, LL57 1AA, 01248 000111" in listed


def test_a_file_from_before_offices_puts_everything_in_the_first_office(tmp_path):
    from alembic import command
    from sqlalchemy import text

    from partapp.services.store.database import make_engine
    from partapp.services.store.revisions import alembic_config

    path = tmp_path / "old.db"
    engine = make_engine(str(path))
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")  # as the app upgrades
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0006")
        assert "office" not in {row[0] for row in conn.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'table'")}
        conn.execute(text(
            "INSERT INTO person (ref, first_name, last_name, preferred_name, address_1, "
            "address_2, town, postcode, email, phone, feedback_format, language, bilingual, "
            "interpreter, supporter_name, supporter_address, send_via_supporter, other_needs, "
            "notes, created_at, updated_at, version) VALUES ('P1', 'Ann', 'Old', '', '', '', '', "
            "'', '', '', 'standard', 'en', 0, '', '', '', 0, '', '', '2024-01-01', "
            "'2024-01-01', 1)"))
    engine.dispose()
    db = open_database(str(path))
    try:
        with db.session_scope() as session:
            ann = session.scalar(select(Person).where(Person.ref == "P1"))
            assert ann is not None and ann.office_id == 1
            assert [o.name for o in offices.list_offices(session)] == [""]
            assert not offices.has_offices(session)
    finally:
        db.dispose()


def test_the_whole_report_has_a_page_office_by_office(two, tmp_path):
    import subprocess

    from partapp.reports.annual import write_report

    out = tmp_path / "report.pdf"
    with two.session_scope() as session:
        write_report(session, *YEAR, out, made_on=TODAY)
    words = " ".join(subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                                    text=True, check=True).stdout.split())
    assert "Office by office" in words
    assert "North 1 " in words and "Main office " in words and "Whole organisation " in words


def test_the_lists_behind_the_figures_are_the_offices_shown(two, tmp_path):
    from partapp.services.figures.report_csv import write_lists_csv

    with two.session_scope() as session:
        north = offices.find_office(session, "North").id
        garden = session.scalar(select(Suggestion.id).where(Suggestion.office_id == north))
        every = session.scalar(select(func.count()).select_from(Suggestion)
                               .where(Suggestion.raised_on.between(*YEAR)))
        write_lists_csv(session, *YEAR, tmp_path / "all")
    two.offices = frozenset({north})
    with two.session_scope() as session:
        write_lists_csv(session, *YEAR, tmp_path / "north")

    def ids(folder: str) -> list[str]:
        with (tmp_path / folder / "suggestions.csv").open(encoding="utf-8") as handle:
            return [row["suggestion_id"] for row in csv.DictReader(handle)]

    assert ids("north") == [str(garden)]
    assert len(ids("all")) == every


def test_a_new_record_joins_the_office_being_shown(two):
    from partapp.models import Activity
    from partapp.services.records import people, suggestions
    from partapp.services.records.people import PersonData
    from partapp.services.records.suggestions import SuggestionData

    with two.session_scope() as session:
        north = offices.find_office(session, "North").id
        forum = session.scalar(select(Activity.id))  # the forum, in the main office
    two.offices = frozenset({north})
    with two.session_scope() as session:
        nia = people.save_person(session, PersonData(first_name="Nia", last_name="Hughes"))
        told = suggestions.save_suggestion(session, SuggestionData(
            text="More buses to Bangor", raised_on=TODAY, raiser_ids=(nia.id,)))
        at_forum = suggestions.save_suggestion(session, SuggestionData(
            text="A bigger room for the forum", raised_on=TODAY, channel="activity",
            activity_id=forum))
    assert "Nia" in _names(two)  # still on her office's list once saved
    with two.session_scope() as session:
        assert session.get(Person, nia.id).office_id == north
        assert session.get(Suggestion, told.id).office_id == north
        assert session.get(Suggestion, at_forum.id).office_id == 1  # the activity's office
    two.offices = None
    with two.session_scope() as session:
        ann = people.save_person(session, PersonData(first_name="Ann", last_name="Other"))
        assert session.get(Person, ann.id).office_id == 1


def test_an_office_no_longer_in_use_is_in_the_report_only_for_what_it_did(two):
    from dataclasses import replace

    with two.session_scope() as session:
        offices.add_office(session, OfficeDetails(name="South"))
    with two.session_scope() as session:
        south = offices.find_office(session, "South")
        offices.save_office(session, replace(south, active=False))
    with two.session_scope() as session:
        shown = [o.name for o in build_report_figures(session, *YEAR, made_on=TODAY).by_office]
        north = offices.find_office(session, "North")
        offices.save_office(session, replace(north, active=False))
    with two.session_scope() as session:
        closed = [o.name for o in build_report_figures(session, *YEAR, made_on=TODAY).by_office]
        first = offices.find_office(session, "Main office")
        with pytest.raises(ValidationError) as refused:
            offices.save_office(session, replace(first, active=False))
    assert shown == ["Main office", "North"]  # South did nothing
    assert closed == ["Main office", "North"]  # North closed, but did something this year
    assert refused.value.field == "active"


def test_an_import_adds_to_the_office_being_shown(two, tmp_path):
    from partapp.services.importing.importer import import_files

    people = tmp_path / "people.csv"
    people.write_text("ref,first_name\nN900,Nerys\n", encoding="utf-8")
    said = tmp_path / "suggestions.csv"
    said.write_text("date,suggestion,raised_by\n2025-05-01,A bench by the door,N900\n",
                    encoding="utf-8")
    with two.session_scope() as session:
        north = offices.find_office(session, "North").id
    two.offices = frozenset({north})
    with two.session_scope() as session:
        import_files(session, [people, said], today=TODAY)
    with two.session_scope() as session:
        nerys = session.scalar(select(Person).where(Person.ref == "N900"))
        bench = session.scalar(select(Suggestion).where(Suggestion.text == "A bench by the door"))
        assert nerys is not None and bench is not None
        assert (nerys.office_id, bench.office_id) == (north, north)


def test_each_letter_is_headed_by_its_persons_office(two, tmp_path):
    import subprocess

    from partapp.reports.letters import write_due_letters

    out = tmp_path / "all.pdf"
    with two.session_scope() as session:
        write_due_letters(session, out, today=TODAY)
    pages = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout.split("\f")
    firsts = {}
    for page in pages:  # a letter's first page has its letterhead
        for name in ("Siân", "Zoë", "Llŷr", "Gwen"):
            if f"Dear {name}" in page or f"Annwyl {name}" in page:
                firsts.setdefault(name, page)
    assert set(firsts) == {"Siân", "Zoë", "Llŷr", "Gwen"}
    for name in ("Siân", "Zoë"):  # North's: its address and phone, the organisation's email
        assert "Canolfan, Bangor, LL57 1AA" in firsts[name] and "01248 000111" in firsts[name]
        assert "Bridge Street" not in firsts[name]
        assert "hello@riverside.example.org" in firsts[name]
    for name in ("Llŷr", "Gwen"):  # the organisation's (large print heads with the phone only)
        assert "01632 960100" in firsts[name] and "01248 000111" not in firsts[name]
    assert "12 Bridge Street" in firsts["Gwen"]
