"""Two offices at the same moment: letters marked as sent, and one sheet imported, from two
processes (separate connections) at once. No letter is marked twice; no person is added twice;
the second says plainly what happened.

On PostgreSQL the tests hold the work's lock themselves first, so both processes are surely
waiting at once when it is let go; then they race with nothing held. On a SQLite file only one
app may have it open (the lock file), so the second is told who has it, or finds the work done.
"""

from __future__ import annotations

import time
from datetime import date, timedelta

import pytest
from sqlalchemy import create_engine, func, select, text

from partapp.models import Feedback, Person, feedback_suggestion
from partapp.services.feedback import letters
from partapp.services.records import organisation, people, suggestions
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import SuggestionData
from partapp.services.store.database import open_database
from partapp.services.store.one_at_a_time import WORK

from .server_support import empty_server_database, finish, needs_server, start_cli

OWED = 12
# What a second office may be told on a SQLite file while the first has it open.
FILE_IN_USE = "has this file open"


def _owed_letters(target: str) -> None:
    """OWED people, each owed an Update letter today (raised 60 days ago, no answer yet)."""
    db = open_database(target)
    with db.session_scope() as session:
        organisation.save_details(session, organisation.OrganisationDetails(
            name="Bala Day Centre", phone="01678 520000"))
        for n in range(OWED):
            pid = people.save_person(session, PersonData(
                first_name=f"Person{n}", last_name="Jones", address_1=f"{n} High Street",
                town="Bala")).id
            suggestions.save_suggestion(session, SuggestionData(
                text=f"Idea number {n}", raised_on=date.today() - timedelta(days=60),
                raiser_ids=(pid,)))
    db.dispose()


def _letters_recorded(target: str) -> tuple[int, int]:
    """(letters recorded as sent, distinct person-and-suggestion pairs they cover)."""
    db = open_database(target, lock=False)
    with db.session_scope() as session:
        letters_sent = session.scalar(select(func.count()).select_from(Feedback))
        pairs = session.execute(
            select(Feedback.person_id, feedback_suggestion.c.suggestion_id)
            .join(feedback_suggestion, feedback_suggestion.c.feedback_id == Feedback.id)).all()
    db.dispose()
    return letters_sent, len(set(pairs))


def _people(target: str) -> tuple[int, int]:
    db = open_database(target, lock=False)
    with db.session_scope() as session:
        refs = session.scalars(select(Person.ref)).all()
    db.dispose()
    return len(refs), len(set(refs))


def _sheet(tmp_path, rows: int = 20):
    sheet = tmp_path / "people.csv"
    sheet.write_text("ref,first_name,last_name,town\n" + "".join(
        f"R{n:03},Person{n},Jones,Bala\n" for n in range(rows)), encoding="utf-8")
    return sheet


def _letters_twice(target: str, tmp_path):
    return [start_cli(target, "letters", "--due", "--out", str(tmp_path / f"{name}.pdf"),
                      "--mark-sent") for name in ("first", "second")]


def _plain(said: str) -> None:
    assert "something went wrong" not in said and "Traceback" not in said, said


def _both_waiting(url: str, timeout: float = 60) -> None:
    """Until two other connections wait for an advisory lock the test holds."""
    engine = create_engine(url)
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with engine.connect() as conn:
                waiting = conn.execute(text("SELECT count(*) FROM pg_locks WHERE "
                                            "locktype = 'advisory' AND NOT granted")).scalar()
            if waiting >= 2:
                return
            time.sleep(0.1)
        raise AssertionError("the two offices never both waited")
    finally:
        engine.dispose()


@needs_server
def test_letters_marked_from_two_offices_at_once_are_marked_once_on_postgresql(tmp_path):
    with empty_server_database() as url:
        _owed_letters(url)
        holder = create_engine(url)
        with holder.connect() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WORK["letters"]})
            runs = _letters_twice(url, tmp_path)
            _both_waiting(url)
            conn.commit()  # let them go, both at once
        holder.dispose()
        results = finish(runs)
        assert _letters_recorded(url) == (OWED, OWED)
        assert all(code == 0 for code, _ in results), results
        said = [text_ for _, text_ in results]
        assert all("Another office is marking letters as sent. Waiting" in s for s in said)
        marked = [s for s in said if f"Wrote {OWED} letters to" in s]
        told = [s for s in said if "Another office has just marked these letters as sent, so "
                                   "none were written or marked again." in s]
        assert len(marked) == 1 and "Marked them as sent." in marked[0], said
        assert len(told) == 1, said
        # And a true race, nothing held: still no letter marked twice.
        _owed_letters_again(url)
        results = finish(_letters_twice(url, tmp_path))
        assert all(code == 0 for code, _ in results), results
        assert _letters_recorded(url) == (2 * OWED, 2 * OWED)


def _owed_letters_again(target: str) -> None:
    """A new suggestion from each person, owed again (raised 60 days ago)."""
    db = open_database(target, lock=False)
    with db.session_scope() as session:
        for pid in session.scalars(select(Person.id)).all():
            suggestions.save_suggestion(session, SuggestionData(
                text="Another idea", raised_on=date.today() - timedelta(days=60),
                raiser_ids=(pid,)))
    db.dispose()


def test_letters_marked_from_two_processes_at_once_on_a_file(tmp_path):
    target = str(tmp_path / "office.db")
    _owed_letters(target)
    results = finish(_letters_twice(target, tmp_path))
    assert _letters_recorded(target) == (OWED, OWED)
    said = " ".join(s for _, s in results)
    _plain(said)
    assert said.count("Marked them as sent.") == 1, results
    for code, text_ in results:
        assert code == 0 or FILE_IN_USE in text_, results


def test_a_second_mark_sent_of_the_same_letters_marks_nothing_and_says_so(tmp_path):
    """Two apps (two connections) each made the letters; the first marked them; the second
    then marks none of them again and says how many were already sent."""
    target = str(tmp_path / "office.db")
    _owed_letters(target)
    first, second = open_database(target, lock=False), open_database(target, lock=False)
    try:
        with first.session_scope() as session:
            mine = letters.letters_due(session)
        with second.session_scope() as session:
            theirs = letters.letters_due(session)
        assert len(mine) == len(theirs) == OWED
        with first.session_scope() as session:
            done = letters.mark_sent_once(session, mine, sent_on=date.today(), sent_by="Jo")
        with second.session_scope() as session:
            again = letters.mark_sent_once(session, theirs, sent_on=date.today(), sent_by="Al")
        assert (done.marked, done.already_sent) == (OWED, 0)
        assert (again.marked, again.already_sent) == (0, OWED)
    finally:
        first.dispose()
        second.dispose()
    assert _letters_recorded(target) == (OWED, OWED)


@needs_server
def test_one_sheet_imported_by_two_offices_at_once_adds_each_person_once(tmp_path):
    sheet = _sheet(tmp_path)
    with empty_server_database() as url:
        open_database(url).dispose()
        holder = create_engine(url)
        with holder.connect() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": WORK["import"]})
            runs = [start_cli(url, "import", str(sheet)) for _ in range(2)]
            _both_waiting(url)
            conn.commit()
        holder.dispose()
        results = finish(runs)
        assert all(code == 0 for code, _ in results), results
        assert _people(url) == (20, 20)
        said = [s for _, s in results]
        assert all("Another office is importing a spreadsheet. Waiting" in s for s in said)
        assert sum("Added 20 people." in s for s in said) == 1, said
        assert sum("20 people were already up to date." in s for s in said) == 1, said
        results = finish([start_cli(url, "import", str(_sheet(tmp_path, 30)))
                          for _ in range(2)])  # a race, nothing held
        assert all(code == 0 for code, _ in results), results
        assert _people(url) == (30, 30)


def test_one_sheet_imported_twice_at_once_into_a_file_adds_each_person_once(tmp_path):
    target = str(tmp_path / "office.db")
    open_database(target).dispose()
    results = finish([start_cli(target, "import", str(_sheet(tmp_path))) for _ in range(2)])
    assert _people(target) == (20, 20)
    _plain(" ".join(s for _, s in results))
    for code, text_ in results:
        assert code == 0 or FILE_IN_USE in text_, results


@pytest.mark.parametrize("work", sorted(WORK))
def test_holding_work_on_a_file_waits_for_the_other_writer(tmp_path, work):
    """On SQLite the hold takes the write lock at once, so what is read after it is what the
    other app saved (the wait comes before the reading, not at the first write)."""
    from partapp.services.store import one_at_a_time

    target = str(tmp_path / "office.db")
    first, second = open_database(target, lock=False), open_database(target, lock=False)
    said: list[str] = []
    try:
        with first.session_scope() as one:
            one_at_a_time.hold(one, work)
            with pytest.raises(Exception, match="locked"), second.session_scope() as two:
                two.connection().exec_driver_sql("PRAGMA busy_timeout=0")
                two.connection().exec_driver_sql("UPDATE app_setting SET value = value WHERE 0")
        with second.session_scope() as two:
            one_at_a_time.hold(two, work, waiting=lambda: said.append("waiting"))
        assert said == []  # nobody else was writing: no wait, nothing said
    finally:
        first.dispose()
        second.dispose()
