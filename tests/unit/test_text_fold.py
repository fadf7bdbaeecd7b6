"""Searching ignores accents, case and extra spaces: "sian" finds Siân, so volunteers do not add
the same person twice. The quick fold and the PostgreSQL translation agree with the one rule,
fold_char, on every letter."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from partapp.models.folding import fold, fold_char
from partapp.services.browse.browse_suggestions import SuggestionFilter, suggestion_ids
from partapp.services.browse.pages import (
    ActivityFilter,
    PeopleFilter,
    activity_ids,
    people_ids,
)
from partapp.services.records.people import PersonData, save_person, search_people
from partapp.services.text_fold import postgres_tables

LETTERS = [chr(c) for c in range(0x20, 0x7F)] + [chr(c) for c in range(0xA0, 0x250)] + list(
    "\u0300\u0302\u2018\u2019\u02bc\u2010\u2013\u2014\u03b1\u0391\u4e2d\u1e9e\u0130\u212b"
    "\ufb01\u1e81\u0175\u0177\uff21")


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from(LETTERS), max_size=20))
def test_the_quick_fold_is_the_rule_letter_by_letter(text):
    assert fold(text) == "".join(fold_char(c) for c in text)


def test_postgresqls_translation_is_the_same_rule():
    singles, doubles = postgres_tables()
    for code in range(0xC0, 0x250):
        char = chr(code)
        in_sql = char.translate(str.maketrans(singles))
        for source, target in doubles.items():
            in_sql = in_sql.replace(source, target)
        assert in_sql.lower() == fold(char), char


def test_what_folds_and_what_does_not():
    assert fold("Siân ŴYN Łukasz Zoë O’Brien — Æthel") == "sian wyn lukasz zoe o'brien - aethel"
    assert fold("") == "" and fold(None) == ""
    assert fold("Sion") != fold("Siân")


def _people(session):
    names = {"sian": ("Siân", "Llewellyn"), "shout": ("SIÂN", "PRYCE"), "plain": ("Sian", "Hill"),
             "lukasz": ("Łukasz", "Nowak"), "obrien": ("Mary", "O’Brien"),
             "sion": ("Siôn", "Evans"), "percent": ("Zoë", "50%_off")}
    return {key: save_person(session, PersonData(first_name=first, last_name=last)).id
            for key, (first, last) in names.items()}


def test_people_are_found_however_their_name_was_typed(session):
    ids = _people(session)
    found = {typed: {p.id for p in search_people(session, typed)} for typed in (
        "sian", "SIAN", "siân", "  sian   llew ", "lukasz", "ŁUKASZ", "o'brien", "o’brien",
        "sion", "50%", "_", "zoe 50")}
    assert found["sian"] == found["SIAN"] == found["siân"] == {ids["sian"], ids["shout"],
                                                                 ids["plain"]}
    assert found["  sian   llew "] == {ids["sian"]}
    assert found["lukasz"] == found["ŁUKASZ"] == {ids["lukasz"]}
    assert found["o'brien"] == found["o’brien"] == {ids["obrien"]}
    assert found["sion"] == {ids["sion"]}  # Siôn is not Siân
    assert found["50%"] == found["_"] == found["zoe 50"] == {ids["percent"]}  # typed as is


def test_every_list_that_searches_names_folds(session):
    from partapp.services.records.activities import ActivityData, save_activity

    ids = _people(session)
    assert set(people_ids(session, PeopleFilter(text="SIAN LLEWELLYN"))) == {ids["sian"]}
    save_activity(session, ActivityData(title="Fforwm Siân", held_on=date(2025, 3, 1),
                                        activity_type="forum", involvement_code="consultation",
                                        facilitator="Gwenllïan"))
    assert len(activity_ids(session, ActivityFilter(text="gwenllian fforwm"))) == 1
    assert activity_ids(session, ActivityFilter(text="gwenllion")) == []


def test_suggestion_words_are_found_however_they_were_typed(session):
    from partapp.services.records.suggestions import SuggestionData, save_suggestion

    cafe = save_suggestion(session, SuggestionData(text="A BUS to the Café, please",
                                                   raised_on=date(2025, 3, 1))).id
    welsh = save_suggestion(session, SuggestionData(text="Mwy o sesiynau yn Gymraeg i Siân",
                                                    raised_on=date(2025, 3, 2))).id
    sion = save_suggestion(session, SuggestionData(text="Siôn would like a bigger room",
                                                   raised_on=date(2025, 3, 3))).id

    def found(typed: str) -> set[int]:
        return set(suggestion_ids(session, SuggestionFilter(text=typed)))

    assert found("bus cafe") == found("BUS CAFÉ") == found("  bus   café ") == {cafe}
    assert found("sian") == found("SIÂN") == {welsh}
    assert found("sion") == {sion}  # Siôn is not Siân
    assert found("cafe sian") == set()  # every word, in one suggestion
    assert found("100%") == set()
    # Corrected: the old words are no longer found, the new ones are.
    save_suggestion(session, SuggestionData(text="A minibus to the market", raised_on=date(
        2025, 3, 1)), suggestion_id=cafe)
    assert found("cafe") == set() and found("MARKET") == {cafe}


def test_look_alikes_are_found_before_a_new_person_is_added(session):
    from partapp.services.records.people import PersonData as Data
    from partapp.services.records.people import look_alikes

    ids = _people(session)
    known = save_person(session, Data(first_name="Gwen", last_name="Price",
                                      preferred_name="Gwenda", postcode="LD7 1AB")).id

    def alike(**data) -> set[int]:
        return {p.id for p in look_alikes(session, Data(**data))}

    assert alike(first_name="sian", last_name="LLEWELLYN") == {ids["sian"]}
    assert alike(first_name="Sian", last_name="Pryce") == {ids["shout"]}
    assert alike(first_name="gwenda", last_name="price") == {known}  # the preferred name
    assert alike(first_name="Gwen", last_name="Jones", postcode="ld71ab") == {known}
    assert alike(first_name="Tom", last_name="Price", postcode="LD7 1AB") == {known}
    # near, but not the same: nobody to ask about
    assert alike(first_name="Gwen", last_name="Prince") == set()
    assert alike(first_name="Tom", last_name="Jones", postcode="LD7 1AB") == set()
    assert alike(first_name="Sian", last_name="Llewelyn") == set()
    assert alike(first_name="", last_name="") == set()
