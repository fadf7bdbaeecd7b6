"""Bad input never crashes and never half-saves: a clear ValidationError, or stored faithfully.

Property-based (hypothesis): very long text, emoji, right-to-left scripts, control characters,
lone surrogates, dates far in the past or future, formulas meant for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from partapp.services.errors import ValidationError
from partapp.services.files.csv_safe import DANGEROUS_START, safe_cell, unguard
from partapp.services.records.activities import ActivityData, save_activity
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.organisation import OrganisationDetails, get_details, save_details
from partapp.services.records.people import PersonData, get_person, save_person
from partapp.services.records.suggestions import (
    DecisionData,
    SuggestionData,
    get_suggestion,
    record_decision,
    save_suggestion,
)
from partapp.services.validation import clean_text

SPECIAL = [
    "Siân Llŷr", "Łukasz Żółć", "Nguyễn Thị Minh Khai", "👩🏽‍🦱🏳️‍🌈 emoji 🎉", "مرحبا بالعالم",
    "שלום עולם", "\u202eevil\u202c override", "tab\there", "bell\x07 and nul\x00",
    "line one\nline two", "\r\n\r\n", "=SUM(A1:A9)", "+44 7700 900123", "-2+3", "@cmd",
    "lone \ud800 surrogate", "\ufeffbom", "   ", "", "a" * 5000, "ß" * 101, "名前",
]
TEXT = st.one_of(st.sampled_from(SPECIAL),
                 st.text(st.characters(codec=None, exclude_categories=()), max_size=60),
                 st.builds(lambda s, n: s * n, st.sampled_from(["x", "é", "😀", "ب"]),
                           st.integers(1, 25000)))
DATES = st.one_of(st.dates(), st.sampled_from([date(1, 1, 1), date(1899, 12, 31),
                                               date(1900, 1, 1), date(9999, 12, 31)]))
SENSIBLE_DATES = st.dates(date(2000, 1, 1), date(2025, 6, 30))
DATE_TEXT = st.one_of(st.sampled_from(["2025-02-30", "31/12/1899", "01/04/2025", "tomorrow",
                                       "0000-01-01", "2025-13-01", "9999-12-31"]), st.text(max_size=12))
PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
TABLES = ("person", "person_group", "activity", "attendance", "suggestion", "suggestion_raiser",
          "decision", "change", "change_suggestion", "audit_entry", "equality_profile")


def _counts(db) -> dict[str, int]:
    with db.engine.connect() as conn:
        return {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar() for t in TABLES}


def _attempt(db, action):
    """Run ``action`` as one user action. A ValidationError must leave no trace at all."""
    before = _counts(db)
    try:
        with db.session_scope() as session:
            return action(session)
    except ValidationError as exc:
        assert exc.field and str(exc).strip()
        assert "Traceback" not in str(exc)
        assert _counts(db) == before
        return None


@PROPERTY
@given(first=TEXT, last=TEXT, notes=TEXT, town=TEXT,
       consent=st.one_of(st.none(), SENSIBLE_DATES, DATES, DATE_TEXT))
@example(first="lone \ud800 surrogate", last="", notes="", town="", consent=None)
@example(first="Siân", last="\u202eevil", notes="=SUM(A1)", town="a" * 101, consent=None)
@example(first="Zoë", last="مرحبا", notes="👩🏽‍🦱" * 2000, town="", consent="1899-12-31")
def test_person_forms_store_faithfully_or_explain(db, first, last, notes, town, consent):
    data = PersonData(first_name=first, last_name=last, notes=notes, town=town,
                      consent_date=consent)
    saved = _attempt(db, lambda s: save_person(s, data))
    if saved is None:
        return
    with db.session() as session:
        stored = get_person(session, saved.id)
    assert stored.first_name == clean_text(first) != ""
    assert stored.last_name == clean_text(last)
    assert stored.notes == clean_text(notes)
    assert stored.town == clean_text(town)
    assert stored.consent_date is None or date(1900, 1, 1) <= stored.consent_date


@PROPERTY
@given(said=TEXT, raised=st.one_of(SENSIBLE_DATES, DATES, DATE_TEXT), reason=TEXT,
       decided=st.one_of(SENSIBLE_DATES, DATES, DATE_TEXT))
@example(said="lone \ud800 surrogate", raised=date(2024, 1, 1), reason="\udfff",
         decided=date(2024, 2, 1))
@example(said="x" * 20001, raised=date(2024, 1, 1), reason="r", decided=date(2024, 2, 1))
@example(said="שלום", raised=date(2026, 1, 1), reason="r", decided=date(2024, 2, 1))
def test_suggestion_and_decision_forms_store_faithfully_or_explain(db, said, raised, reason,
                                                                   decided):
    today = date(2025, 6, 30)
    suggestion = _attempt(db, lambda s: save_suggestion(
        s, SuggestionData(text=said, raised_on=raised), today=today))
    if suggestion is None:
        return
    assert suggestion.raised_on <= today
    decision = _attempt(db, lambda s: record_decision(
        s, suggestion.id, DecisionData(outcome="not_possible", decided_on=decided, reason=reason),
        today=today))
    with db.session() as session:
        stored = get_suggestion(session, suggestion.id)
    assert stored.text == clean_text(said)
    if decision is not None:
        assert stored.decisions[-1].reason == clean_text(reason) != ""
        assert suggestion.raised_on <= stored.decisions[-1].decided_on <= today
    else:
        assert stored.decisions == ()


@PROPERTY
@given(title=TEXT, notes=TEXT, held=st.one_of(SENSIBLE_DATES, DATES, DATE_TEXT),
       hours=st.one_of(st.sampled_from(["1.5", "-1", "NaN", "1e308", "£12.50", "12,5", ""]),
                       st.text(max_size=8)),
       anonymous=st.one_of(st.integers(-5, 10**9), st.text(max_size=6)))
def test_activity_forms_store_faithfully_or_explain(db, title, notes, held, hours, anonymous):
    data = ActivityData(title=title, held_on=held, activity_type="forum",
                        involvement_code="co_production", notes=notes, hours=hours,
                        anonymous_attendees=anonymous)
    saved = _attempt(db, lambda s: save_activity(s, data))
    if saved is not None:
        assert saved.title == clean_text(title) and saved.notes == clean_text(notes)
        assert saved.hours >= 0 and saved.anonymous_attendees >= 0


@PROPERTY
@given(description=TEXT, owner=TEXT, due=st.one_of(st.none(), SENSIBLE_DATES, DATES, DATE_TEXT))
@example(description="lone \ud800", owner="", due=None)
def test_change_forms_store_faithfully_or_explain(db, description, owner, due):
    saved = _attempt(db, lambda s: save_change(s, ChangeData(description=description, owner=owner,
                                                             due_on=due)))
    if saved is not None:
        assert saved.description == clean_text(description)
        assert saved.owner == clean_text(owner)


@PROPERTY
@given(name=TEXT, address=TEXT, promise=st.one_of(st.integers(-10, 1000), st.text(max_size=5)))
@example(name="\ud83d", address="", promise=28)
def test_organisation_settings_store_faithfully_or_explain(db, name, address, promise):
    saved = _attempt(db, lambda s: save_details(s, OrganisationDetails(
        name=name, address=address, promise_days=promise)))
    if saved is not None:
        with db.session() as session:
            stored = get_details(session)
        assert stored.name == clean_text(name) and stored.address == clean_text(address)
        assert 1 <= stored.promise_days <= 365


@given(value=st.one_of(TEXT.filter(lambda t: "\ud800" not in t), st.integers(), st.floats(),
                       st.sampled_from(["=1+1", "+1", "-1", "@SUM(1)", "\t=1", "\r=1"])))
def test_csv_cells_can_never_start_a_formula_and_keep_their_text(value):
    cell = safe_cell(value)
    buffer = io.StringIO()
    csv.writer(buffer).writerow([cell])
    (read_back,) = next(csv.reader(io.StringIO(buffer.getvalue())))
    if isinstance(value, str):
        assert not read_back.startswith(DANGEROUS_START)
        assert unguard(read_back) == value
    else:
        assert read_back == str(value)
