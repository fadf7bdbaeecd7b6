"""Sample data (``partapp demo``): believable, complete, consistent and repeatable."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from sqlalchemy import func, select, text

from partapp import models
from partapp.models import enums
from partapp.services.errors import PartappError
from partapp.services.feedback import owed as feedback
from partapp.services.figures import period as figures
from partapp.services.records import organisation, people, suggestions
from partapp.services.sample.demo import DemoSummary, fill_demo
from partapp.services.store.database import open_database

TODAY = date(2025, 11, 20)


@pytest.fixture(scope="module")
def filled(template_db, tmp_path_factory):
    """One database filled with the default sample (seed 7) and committed, shared by the module."""
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    shutil.copyfile(template_db, path)
    database = open_database(str(path))
    with database.session_scope() as s:
        summary = fill_demo(s, today=TODAY)
    with database.session_scope() as s:
        yield s, summary
    database.dispose()


def _values(session, sql: str) -> list:
    return [row[0] for row in session.execute(text(sql))]


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_summary_matches_what_is_in_the_database(filled):
    s, summary = filled
    assert isinstance(summary, DemoSummary)
    assert summary.people == _count(s, models.Person)
    assert summary.equality_profiles == _count(s, models.EqualityProfile)
    assert summary.activities == _count(s, models.Activity)
    assert summary.suggestions == _count(s, models.Suggestion)
    assert summary.decisions == _count(s, models.Decision)
    assert summary.changes == _count(s, models.Change)
    assert summary.feedback == _count(s, models.Feedback)
    assert summary.describe().startswith(f"Added sample data: {summary.people} people, "
                                         f"{summary.activities} activities, ")
    assert 250 <= summary.suggestions <= 400
    with pytest.raises(AttributeError):
        summary.people = 1  # frozen


def test_organisation_is_set_up(filled):
    s, _ = filled
    details = organisation.get_details(s)
    assert details.name == "Riverside Community Care"
    assert details.charity_number and details.signatory_name and details.complaints_contact
    assert details.promise_days == 28


def test_at_least_80_people_spread_over_every_default_group(filled):
    s, _ = filled
    assert _count(s, models.Person) >= 80
    for name in enums.DEFAULT_GROUPS:
        group = s.scalar(select(models.Group).where(models.Group.name == name))
        members = _values(s, f"select count(*) from person_group where group_id = {group.id}")[0]
        assert members >= 8, name


def test_names_come_from_many_backgrounds(filled):
    s, _ = filled
    names = {f"{p.first_name} {p.last_name}" for p in s.scalars(select(models.Person))}
    for wanted in ("Siân", "Llŷr", "Dafydd", "Gwenllian", "Zoë", "Łukasz", "Nguyễn", "Aoife",
                   "José", "Chiamaka", "Mohammed", "Priya", "Bartosz", "Oluwaseun"):
        assert any(wanted in name for name in names), wanted


def test_people_have_a_mix_of_communication_needs(filled):
    s, _ = filled
    everyone = list(s.scalars(select(models.Person)))
    formats = [p.feedback_format for p in everyone]
    assert 2 <= formats.count("large_print") <= 15
    assert 2 <= formats.count("easy_read") <= 15
    welsh = [p for p in everyone if p.language == "cy"]
    assert any(p.bilingual for p in welsh) and not all(p.bilingual for p in welsh)
    assert not any(p.bilingual for p in everyone if p.language == "en")
    assert any(p.send_via_supporter and p.supporter_name and p.supporter_address
               for p in everyone)
    assert any(p.interpreter for p in everyone)
    assert any(p.email for p in everyone) and any(not p.email for p in everyone)
    assert all(p.postcode and p.town and p.consent_date for p in everyone)


def test_about_six_in_ten_have_equality_answers_some_prefer_not_to_say(filled):
    s, _ = filled
    share = _count(s, models.EqualityProfile) / _count(s, models.Person)
    assert 0.5 <= share <= 0.7
    answers = _values(s, "select ethnicity from equality_profile union all "
                         "select religion from equality_profile union all "
                         "select age_band from equality_profile")
    assert enums.PREFER_NOT_TO_SAY in answers
    assert len({a for a in answers if a}) > 8


def test_every_code_list_is_used(filled):
    s, _ = filled
    for sql, codes in (("select activity_type from activity", enums.ACTIVITY_TYPES),
                       ("select involvement_code from activity", enums.INVOLVEMENT_LEVELS),
                       ("select kind from suggestion", enums.SUGGESTION_KINDS),
                       ("select channel from suggestion", enums.CHANNELS),
                       ("select outcome from decision", enums.OUTCOMES),
                       ("select status from change", enums.CHANGE_STATUSES),
                       ("select kind from feedback", enums.FEEDBACK_KINDS)):
        assert set(_values(s, sql)) == set(codes), sql
    assert len(_values(s, "select id from service")) >= 6


def test_activities_spread_over_two_years_with_people_hours_and_support(filled):
    s, _ = filled
    months = _values(s, "select strftime('%Y-%m', held_on) m from activity group by m "
                        "having count(*) between 1 and 5")
    assert len(months) >= 24
    assert _values(s, "select count(*) from activity where anonymous_attendees > 0")[0] > 5
    with_hours = _values(s, "select count(*) from activity where hours > 0")[0]
    assert with_hours == _count(s, models.Activity)
    assert _values(s, "select count(*) from activity where expenses_paid > 0")[0] > 10
    assert _values(s, "select count(distinct support) from activity_support")[0] >= 5
    assert _values(s, "select count(*) from attendance")[0] > 300


def test_suggestions_anonymous_shared_decided_twice_and_waiting(filled):
    s, _ = filled
    anonymous = _values(s, "select count(*) from suggestion s where not exists (select 1 from "
                           "suggestion_raiser r where r.suggestion_id = s.id)")[0]
    several = _values(s, "select count(*) from (select suggestion_id from suggestion_raiser "
                         "group by suggestion_id having count(*) > 1)")[0]
    twice = _values(s, "select suggestion_id from decision group by suggestion_id "
                       "having count(*) > 1")
    shared_changes = _values(s, "select count(*) from (select change_id from change_suggestion "
                                "group by change_id having count(*) > 1)")[0]
    assert anonymous > 10 and several > 5 and shared_changes > 3
    assert 2 <= len(twice) <= 30
    histories = [suggestions.get_suggestion(s, sid).decisions for sid in twice]
    assert any(h[0].outcome == "not_now" and h[-1].outcome == "agreed" for h in histories)
    waiting = _values(s, "select raised_on from suggestion s where not exists (select 1 from "
                         "decision d where d.suggestion_id = s.id)")
    ages = [(TODAY - date.fromisoformat(str(d))).days for d in waiting]
    assert any(a <= 28 for a in ages) and any(a > 28 for a in ages)
    reasons = _values(s, "select count(*) from decision where outcome <> 'agreed' and "
                         "(reason = '' or reason_category is null)")
    assert reasons == [0]
    assert _values(s, "select count(*) from decision where instead <> ''")[0] > 5
    assert _values(s, "select count(*) from decision where users_took_part")[0] > 5
    assert _values(s, "select count(*) from decision where decided_by = ''")[0] == 0


def test_some_people_are_owed_feedback_and_some_are_up_to_date(filled):
    s, _ = filled
    owed = feedback.owed_people(s, today=TODAY)
    raisers = set(_values(s, "select distinct person_id from suggestion_raiser"))
    owed_ids = {p.person_id for p in owed}
    assert owed_ids and owed_ids < raisers
    kinds = {item.kind for p in owed for item in p.items}
    assert kinds == {"decision", "change_made", "update"}
    first_sent = s.execute(text(
        "select s.raised_on, min(f.sent_on) from feedback f "
        "join feedback_suggestion fs on fs.feedback_id = f.id "
        "join suggestion s on s.id = fs.suggestion_id group by f.person_id, s.id")).all()
    late = [(date.fromisoformat(str(b)) - date.fromisoformat(str(a))).days > 28
            for a, b in first_sent]
    assert any(late) and not all(late)


def test_dates_never_run_backwards_or_into_the_future(filled):
    s, _ = filled
    day = TODAY.isoformat()
    checks = {
        "decided before raised": "select count(*) from decision d join suggestion s on "
                                 "s.id = d.suggestion_id where d.decided_on < s.raised_on",
        "done before decided": "select count(*) from change c join change_suggestion cs on "
                               "cs.change_id = c.id join decision d on d.suggestion_id = "
                               "cs.suggestion_id where c.done_on < d.decided_on",
        "change without a yes": "select count(*) from change_suggestion cs where not exists ("
                                "select 1 from decision d where d.suggestion_id = "
                                "cs.suggestion_id and d.outcome in ('agreed', 'agreed_in_part'))",
        "sent before raised": "select count(*) from feedback f join feedback_suggestion fs on "
                              "fs.feedback_id = f.id join suggestion s on s.id = "
                              "fs.suggestion_id where f.sent_on < s.raised_on",
        "decision letter before any decision": (
            "select count(*) from feedback f where f.kind = 'decision' and not exists (select 1 "
            "from feedback_suggestion fs join decision d on d.suggestion_id = fs.suggestion_id "
            "where fs.feedback_id = f.id and d.decided_on <= f.sent_on)"),
        "change letter before the change": (
            "select count(*) from feedback f where f.kind = 'change_made' and not exists (select "
            "1 from feedback_suggestion fs join change_suggestion cs on cs.suggestion_id = "
            "fs.suggestion_id join change c on c.id = cs.change_id where fs.feedback_id = f.id "
            "and c.status = 'done' and c.done_on <= f.sent_on)"),
        "thanked before the activity": "select count(*) from feedback f join activity a on "
                                       "a.id = f.activity_id where f.sent_on < a.held_on",
        "raised before consent": "select count(*) from suggestion_raiser r join person p on "
                                 "p.id = r.person_id join suggestion s on s.id = "
                                 "r.suggestion_id where s.raised_on < p.consent_date",
        "future": f"select (select count(*) from suggestion where raised_on > '{day}') + "
                  f"(select count(*) from decision where decided_on > '{day}') + "
                  f"(select count(*) from change where done_on > '{day}') + "
                  f"(select count(*) from feedback where sent_on > '{day}') + "
                  f"(select count(*) from activity where held_on > '{day}') + "
                  f"(select count(*) from person where consent_date > '{day}')",
        "older than two years": "select count(*) from activity where held_on < '2023-11-20'",
    }
    problems = {name: _values(s, sql)[0] for name, sql in checks.items()}
    assert problems == dict.fromkeys(checks, 0)


def test_figures_for_the_last_full_year_are_all_there(filled):
    s, _ = filled
    for start, end in ((date(2024, 1, 1), date(2024, 12, 31)),
                       (date(2024, 4, 1), date(2025, 3, 31))):
        result = figures.period_figures(s, start, end)
        for name, value in result.rows():
            if name != "waiting_over_promise":
                assert float(value) > 0, (start, name)


def _sentences(texts: list[str]) -> list[int]:
    """Words in each sentence of each text."""
    lengths = []
    for t in texts:
        for sentence in re.split(r"(?<=[.!?])\s+|\n+", t):
            words = len(sentence.split())
            if words:
                lengths.append(words)
    return lengths


def test_plain_english_short_sentences(filled):
    s, _ = filled
    texts = (_values(s, "select text from suggestion") + _values(s, "select description from "
                                                                     "change")
             + _values(s, "select reason from decision where reason <> ''"))
    lengths = _sentences(texts)
    assert sum(lengths) / len(lengths) <= 20
    assert max(lengths) <= 25


def test_same_seed_gives_the_same_data_and_nothing_is_committed(filled, session):
    first_names = _values(filled[0], "select first_name || ' ' || last_name from person "
                                     "order by id")
    first_texts = _values(filled[0], "select text from suggestion order by id")
    fill_demo(session, today=TODAY)
    assert _values(session, "select first_name || ' ' || last_name from person "
                            "order by id") == first_names
    assert _values(session, "select text from suggestion order by id") == first_texts
    session.rollback()
    assert _count(session, models.Person) == 0 and _count(session, models.Suggestion) == 0


def test_another_seed_gives_another_sample(session):
    summary = fill_demo(session, seed=11, today=date(2024, 2, 29))
    assert summary.people >= 80 and summary.suggestions >= 250
    assert feedback.owed_people(session, today=date(2024, 2, 29))


def test_refuses_a_file_that_has_people(session):
    people.save_person(session, people.PersonData(first_name="Ann"))
    with pytest.raises(PartappError, match="already has records"):
        fill_demo(session, today=TODAY)
    assert _count(session, models.Person) == 1


def test_refuses_a_file_that_has_only_anonymous_suggestions(session):
    suggestions.save_suggestion(session, suggestions.SuggestionData(
        text="More chairs please.", raised_on=TODAY, channel="suggestion_box"), today=TODAY)
    with pytest.raises(PartappError) as caught:
        fill_demo(session, today=TODAY)
    assert str(caught.value) == ("This data file already has records. Sample data can only go "
                                 "into an empty file.")
