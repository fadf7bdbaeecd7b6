"""Home counts shared between two connections give the same answers as the lists they stand for.

A generated database (the benchmark's generator, small), plus the awkward cases it never makes:
several raisers on one suggestion, an erased raiser, a suggestion raised on the promise's last
day and one raised "in the future", a decision and a letter dated after the day asked about, a
change with no decision, one change answering two suggestions, a later decision after a letter,
a letter about two suggestions.
"""

from __future__ import annotations

import shutil
import threading
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import create_engine, event, func, insert, select, text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from bench.generate import Size, generate
from partapp.models import (
    Change,
    Decision,
    Feedback,
    Person,
    Suggestion,
    change_suggestion,
    feedback_suggestion,
    suggestion_raiser,
)
from partapp.services import shared_reads
from partapp.services.browse import browse_suggestions as bs
from partapp.services.browse import home
from partapp.services.feedback import owed as feedback
from partapp.services.store.database import open_database

BUILT_ON = date(2025, 12, 31)
DAYS = (BUILT_ON, BUILT_ON - timedelta(days=100), BUILT_ON - timedelta(days=500),
        BUILT_ON + timedelta(days=30))


def _add_awkward_cases(session: Session) -> None:
    def next_id(model):
        return (session.scalar(select(func.max(model.id))) or 0) + 1

    old, recent = BUILT_ON - timedelta(days=300), BUILT_ON - timedelta(days=5)
    pid = next_id(Person)
    session.execute(insert(Person), [
        {"id": pid + i, "ref": f"X{i}", "first_name": name, "last_name": "Case",
         "erased_at": datetime(2025, 6, 1) if name == "Erased" else None}
        for i, name in enumerate(("Many", "Raisers", "Share", "Erased", "Later"))])
    many, raisers, share, erased, later = range(pid, pid + 5)
    sid = next_id(Suggestion)
    texts = ["three raisers", "erased raiser", "raised in future", "decided in future",
             "change only, done", "change only, planned", "two decisions", "one letter, two",
             "one letter, two (second)", "recent, waiting", "on the promise day"]
    raised = [old, old, BUILT_ON + timedelta(days=10), old, old, old, old, old, old, recent,
              BUILT_ON - timedelta(days=28)]
    session.execute(insert(Suggestion), [
        {"id": sid + i, "raised_on": day, "kind": "idea", "channel": "phone", "text": words}
        for i, (words, day) in enumerate(zip(texts, raised, strict=True))])
    (three, by_erased, future, decided_later, change_done, change_planned, two_decisions,
     letter_a, letter_b, waiting, on_the_day) = range(sid, sid + len(texts))
    session.execute(insert(suggestion_raiser), [
        {"suggestion_id": s, "person_id": p} for s, p in (
            (three, many), (three, raisers), (three, share), (by_erased, erased),
            (future, later), (decided_later, later), (change_done, many),
            (change_planned, raisers), (two_decisions, share), (letter_a, later),
            (letter_b, later), (waiting, share), (on_the_day, erased))])
    did = next_id(Decision)
    session.execute(insert(Decision), [
        {"id": did + i, "suggestion_id": s, "outcome": "agreed", "decided_on": day}
        for i, (s, day) in enumerate((
            (three, old + timedelta(days=20)), (decided_later, BUILT_ON + timedelta(days=3)),
            (two_decisions, old + timedelta(days=10)), (two_decisions, old + timedelta(days=90)),
            (letter_a, old + timedelta(days=5)), (letter_b, old + timedelta(days=6))))])
    cid = next_id(Change)
    session.execute(insert(Change), [
        {"id": cid, "description": "Done for two", "status": "done",
         "done_on": old + timedelta(days=40)},
        {"id": cid + 1, "description": "Planned", "status": "planned"}])
    session.execute(insert(change_suggestion), [
        {"change_id": cid, "suggestion_id": change_done},
        {"change_id": cid, "suggestion_id": three},
        {"change_id": cid + 1, "suggestion_id": change_planned}])
    fid = next_id(Feedback)
    letters = ((many, three, old + timedelta(days=50)),
               (share, two_decisions, old + timedelta(days=30)),
               (later, letter_a, old + timedelta(days=7)),
               (raisers, change_planned, BUILT_ON + timedelta(days=1)))
    session.execute(insert(Feedback), [
        {"id": fid + i, "person_id": p, "kind": "decision", "sent_on": day, "snapshot": "x"}
        for i, (p, _s, day) in enumerate(letters)])
    session.execute(insert(feedback_suggestion), [
        *({"feedback_id": fid + i, "suggestion_id": s} for i, (_p, s, _d) in enumerate(letters)),
        {"feedback_id": fid + 2, "suggestion_id": letter_b}])


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("shared") / "built.db"
    generate(path, Size(people=60, activities=12, suggestions=500, years=3), seed=7,
             today=BUILT_ON)
    db = open_database(str(path))
    with db.session_scope() as session:
        _add_awkward_cases(session)
    db.dispose()
    return path


@pytest.fixture
def built_db(built, tmp_path):
    path = tmp_path / "copy.db"
    shutil.copyfile(built, path)
    database = open_database(str(path))
    yield database
    database.dispose()


@pytest.fixture
def two_cores(monkeypatch):
    """As on a two-core machine, whatever this one has."""
    monkeypatch.setattr(shared_reads, "_cores", lambda: 2)


def _from_the_lists(session, today):
    people = feedback.owed_people(session, today=today)
    waiting = bs.count_suggestions(session, bs.SuggestionFilter(over_promise=True), today=today)
    since = min((p.since for p in people), default=None)
    return len(people), (today - since).days if since else None, waiting


def _from_home(session, today):
    counts = home.home_counts(session, today=today)
    return counts.people_owed, counts.longest_wait_days, counts.suggestions_over_promise


def test_shared_and_single_connection_counts_match_the_lists(built_db, two_cores, monkeypatch):
    with built_db.session() as session:
        assert shared_reads.workers(session) == 2
        expected = {today: _from_the_lists(session, today) for today in DAYS}
        assert all(people and waiting for people, _wait, waiting in expected.values())
        assert {today: _from_home(session, today) for today in DAYS} == expected
        assert shared_reads.workers(session) == 2  # nothing above wrote
    monkeypatch.setattr(shared_reads, "_cores", lambda: 1)
    with built_db.session() as session:
        assert shared_reads.workers(session) == 1
        assert {today: _from_home(session, today) for today in DAYS} == expected


def test_owed_summary_in_any_number_of_parts_is_owed_peoples_answer(built_db, two_cores):
    with built_db.session() as session:
        for today in DAYS:
            people = feedback.owed_people(session, today=today)
            expected = (len(people), min((p.since for p in people), default=None))
            assert feedback.owed_summary(session, today=today) == expected
            for parts in (1, 2, 3, 5):
                statements = feedback.owed_summary_parts(today, 28, parts)
                rows = shared_reads.one_rows(session, statements, parallel=2)
                assert feedback.add_owed_summaries(rows) == expected


def test_over_promise_count_is_the_suggestions_lists_filter(built_db):
    with built_db.session() as session:
        for today in DAYS:
            for promise in (0, 28, 90):
                listed = session.scalar(select(func.count()).select_from(Suggestion).where(
                    bs.over_promise_condition(today=today, promise=promise)))
                counted = session.execute(bs.over_promise_count(today=today,
                                                                promise=promise)).scalar()
                assert counted == listed
        assert _from_home(session, BUILT_ON)[2] == bs.count_suggestions(
            session, bs.SuggestionFilter(over_promise=True), today=BUILT_ON)


def test_what_the_session_has_not_committed_is_counted_on_its_own_connection(built_db,
                                                                          two_cores):
    with built_db.session() as session:
        before = _from_home(session, BUILT_ON)
        person = Person(ref="NEW1", first_name="Nia", last_name="Newcome")
        session.add(person)
        assert shared_reads.workers(session) == 1  # not yet flushed
        session.flush()
        assert shared_reads.workers(session) == 1  # flushed, not committed
        suggestion = Suggestion(raised_on=BUILT_ON - timedelta(days=400), kind="idea",
                                channel="phone", text="Uncommitted and waiting")
        suggestion.raisers = [person]
        session.add(suggestion)
        after = _from_home(session, BUILT_ON)
        assert (after[0], after[2]) == (before[0] + 1, before[2] + 1)
        assert after[1] >= 400
        session.rollback()
        assert shared_reads.workers(session) == 2
        assert _from_home(session, BUILT_ON) == before


def test_a_helper_really_uses_a_connection_of_its_own(built_db, two_cores):
    checked_out = []

    def checkout(*_args):
        checked_out.append(threading.current_thread() is not threading.main_thread())

    with built_db.session() as session:
        expected = _from_home(session, BUILT_ON)
        event.listen(built_db.engine, "checkout", checkout)
        try:
            assert _from_home(session, BUILT_ON) == expected
        finally:
            event.remove(built_db.engine, "checkout", checkout)
    assert True in checked_out


def test_an_error_on_any_connection_is_raised_once_every_thread_has_stopped(built_db,
                                                                            two_cores):
    threads = threading.active_count()
    statements = [*feedback.owed_summary_parts(BUILT_ON, 28, 2),
                  text("SELECT count(*) FROM no_such_table"), select(func.count(Person.id))]
    with built_db.session() as session:
        for order in (statements, statements[::-1]):
            with pytest.raises(OperationalError, match="no_such_table"):
                shared_reads.one_rows(session, order, parallel=2)
        assert threading.active_count() == threads
        assert shared_reads.one_rows(session, [select(func.count(Person.id))], parallel=2)


def test_an_in_memory_database_is_never_shared(two_cores):
    engine = create_engine("sqlite://")
    with Session(engine) as session:
        assert shared_reads.workers(session) == 1
        assert [tuple(r) for r in shared_reads.one_rows(session, [select(1), select(2)])] == [
            (1,), (2,)]
    engine.dispose()


def test_an_encrypted_file_gives_the_same_counts_shared(built, tmp_path, two_cores):
    pytest.importorskip("sqlcipher3")
    from partapp.services.store.passphrase import encrypt_database

    path = tmp_path / "locked.db"
    shutil.copyfile(built, path)
    plain = open_database(str(path))
    with plain.session() as session:
        expected = [_from_home(session, today) for today in DAYS[:2]]
    plain.dispose()
    encrypt_database(path, passphrase="a long passphrase", confirm="a long passphrase")
    locked = open_database(str(path), passphrase="a long passphrase")
    try:
        with locked.session() as session:
            assert shared_reads.workers(session) == 2
            assert [_from_home(session, today) for today in DAYS[:2]] == expected
    finally:
        locked.dispose()
