"""The same services against PostgreSQL (a database URL), when a test server is available.

CI starts a throwaway PostgreSQL server and sets PARTAPP_TEST_PG_URL (see .ci/run).
"""

from __future__ import annotations

import os
import uuid
from datetime import date

import pytest
from sqlalchemy import create_engine, text

from partapp.services.browse.browse_suggestions import SuggestionFilter, count_suggestions
from partapp.services.browse.home import home_counts
from partapp.services.feedback.owed import owed_items, owed_people, owed_summary
from partapp.services.figures.period import period_figures
from partapp.services.store.database import open_database

from .handworked import EXPECTED, build

PG_URL = os.environ.get("PARTAPP_TEST_PG_URL", "")

pytestmark = pytest.mark.skipif(not PG_URL, reason="set PARTAPP_TEST_PG_URL to test PostgreSQL")


@pytest.fixture
def pg_db():
    name = f"partapp_{uuid.uuid4().hex[:10]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = PG_URL.rsplit("/", 1)[0] + f"/{name}"
    db = open_database(url)
    yield db
    db.dispose()
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE "{name}"'))
    admin.dispose()


def test_figures_and_feedback_rules_give_the_same_answers_on_postgresql(pg_db):
    with pg_db.session_scope() as session:
        ids = build(session)
    with pg_db.session_scope() as session:
        rows = dict(period_figures(session, date(2025, 1, 1), date(2025, 12, 31)).rows())
        assert rows == EXPECTED
        owed = {(i.person_id, i.suggestion_id) for i in owed_items(session,
                                                                   today=date(2025, 12, 31))}
        assert (ids["B"], ids["s7"]) in owed and len(owed) == 6
        assert owed_summary(session, today=date(2025, 12, 31)) == (4, date(2024, 12, 1))


def test_home_counts_agree_with_the_lists_on_postgresql(pg_db):
    with pg_db.session_scope() as session:
        build(session)
    with pg_db.session_scope() as session:
        for today in (date(2025, 12, 31), date(2025, 6, 30), date(2026, 3, 1)):
            people = owed_people(session, today=today)
            since = min((p.since for p in people), default=None)
            counts = home_counts(session, today=today)
            assert (counts.people_owed, counts.longest_wait_days,
                    counts.suggestions_over_promise) == (
                len(people), (today - since).days if since else None,
                count_suggestions(session, SuggestionFilter(over_promise=True), today=today))
        counts = home_counts(session, today=date(2025, 12, 31))
        assert (counts.people_owed, counts.suggestions_over_promise) == (4, 1)  # A-D; s4 only


def test_reopening_a_postgresql_database_keeps_its_records(pg_db):
    with pg_db.session_scope() as session:
        build(session)
    again = open_database(pg_db.target)
    with again.session_scope() as session:
        assert period_figures(session, date(2025, 1, 1), date(2025, 12, 31)).suggestions == 7
    again.dispose()


def test_search_ignores_accents_and_case_on_postgresql(pg_db):
    from partapp.services.browse.pages import PeopleFilter, people_ids
    from partapp.services.records.people import PersonData, save_person, search_people

    with pg_db.session_scope() as session:
        want = {save_person(session, PersonData(first_name=first, last_name=last)).id
                for first, last in (("Siân", "Llewellyn"), ("SIÂN", "PRYCE"), ("Sian", "Hill"))}
        other = save_person(session, PersonData(first_name="Siôn", last_name="Æthelstan")).id
    with pg_db.session_scope() as session:
        for typed in ("sian", "SIÂN", "  sian "):
            assert {p.id for p in search_people(session, typed)} == want, typed
            assert set(people_ids(session, PeopleFilter(text=typed))) == want, typed
        assert [p.id for p in search_people(session, "aethelstan")] == [other]
        assert search_people(session, "50%") == []


def test_suggestion_words_ignore_accents_on_postgresql(pg_db):
    from datetime import date

    from partapp.services.browse.browse_suggestions import SuggestionFilter, suggestion_ids
    from partapp.services.records.suggestions import SuggestionData, save_suggestion

    with pg_db.session_scope() as session:
        cafe = save_suggestion(session, SuggestionData(text="Te yn y Caffi, a CAFÉ newydd",
                                                       raised_on=date(2025, 3, 1))).id
        save_suggestion(session, SuggestionData(text="More buses", raised_on=date(2025, 3, 1)))
    with pg_db.session_scope() as session:
        for typed in ("cafe", "CAFÉ", "caffi café"):
            assert suggestion_ids(session, SuggestionFilter(text=typed)) == [cafe], typed
