"""The sample tells true stories: each suggestion's answer, reason, "what we can do instead"
and change are its own story's, and the Welsh speakers' letters are Welsh through and through."""

from __future__ import annotations

import functools
import itertools
import re
import shutil
import string
from datetime import date

import pytest
from sqlalchemy import select, text

from partapp import models
from partapp.services.feedback import letters
from partapp.services.records import organisation
from partapp.services.sample import demo_stories, demo_text
from partapp.services.sample.demo import fill_demo
from partapp.services.sample.demo_stories import STORIES, Story, Words, parse
from partapp.services.store.database import open_database

TODAY = date(2025, 11, 20)


@pytest.fixture(scope="module")
def filled(template_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("stories") / "demo.db"
    shutil.copyfile(template_db, path)
    database = open_database(str(path))
    with database.session_scope() as s:
        fill_demo(s, today=TODAY)
    with database.session_scope() as s:
        yield s
    database.dispose()


def _slots() -> dict[str, list[tuple[str, str]]]:
    """Each slot's English name and its Welsh one, with every (English, Welsh) value."""
    staff = sorted({name for names in demo_text.STAFF_BY_SERVICE.values() for name in names})
    both = {k: list(zip(demo_text.SLOTS[k], demo_text.SLOTS_CY[k])) for k in demo_text.SLOTS}
    return {("day", "day"): both["day"], ("place", "to_place"): both["place"],
            ("food", "food"): both["food"], ("staff", "staff"): [(n, n) for n in staff]}


_SLOTS = _slots()


@functools.cache
def _all(words: Words) -> frozenset[tuple[str, str]]:
    """Every (English, Welsh) text ``words`` can become once its slots are filled."""
    used = {f for _, f, _, _ in string.Formatter().parse(words.en + words.cy) if f}
    names = [key for key in _SLOTS if key[0] in used or key[1] in used]
    out = set()
    for values in itertools.product(*(_SLOTS[key] for key in names)):
        fill = {key[0]: v[0] for key, v in zip(names, values)}
        fill_cy = {key[1]: v[1] for key, v in zip(names, values)}
        done = words.format(fill, fill_cy)
        out.add((done.en, done.cy))
    return frozenset(out - {("", "")})


@functools.cache
def _by_wording() -> dict[str, list[Story]]:
    found: dict[str, list[Story]] = {}
    for story in STORIES:
        for said in story.said:
            for en, cy in _all(said):
                for wording in {en, cy}:
                    found.setdefault(wording, []).append(story)
    return found


def _general(story: Story) -> set[tuple[str, str]]:
    """Answers that fit any story of its kind: a thank you, a sorry, a yes (and why a "not
    now" became a yes, for its own reason)."""
    fit = {(w.en, w.cy) for w in demo_stories.AGREED_REASONS.get(story.kind, ())}
    if story.kind == "compliment":
        fit |= {(w.en, w.cy) for w in demo_stories.COMPLIMENT_REPLIES}
    later = demo_stories.LATER_AGREED.get(story.category or "")
    if story.outcome == "not_now" and later:
        fit.add((later.en, later.cy))
    return fit


def _story_of(wording: str) -> Story:
    found = set(map(id, _by_wording().get(wording, [])))
    assert len(found) == 1, wording
    return _by_wording()[wording][0]


def test_every_story_is_whole_in_both_languages():
    assert len(STORIES) >= 90
    for story in STORIES:
        texts = [story.why, story.instead, story.did, story.plan, story.to, *story.said]
        assert all(bool(w.en) == bool(w.cy) for w in texts), story.said[0].en
        if story.outcome == "agreed" and story.kind in ("idea", "concern", "complaint"):
            assert story.did.en, story.said[0].en  # a yes is answered by a change
        if story.outcome != "agreed":
            assert story.why.en and story.category, story.said[0].en
        assert bool(story.to.en) == (story.outcome == "passed_on"), story.said[0].en
        assert bool(story.plan.en) == bool(story.did.en), story.said[0].en
        assert not story.plan.en or " will " in story.plan.en, story.plan.en  # still to do
        assert not story.plan.cy or story.plan.cy.startswith("Bydd"), story.plan.cy
        if story.outcome in ("not_possible", "passed_on"):
            assert not story.did.en, story.said[0].en  # nothing is ever done
        if story.kind == "question" and story.outcome == "agreed":
            assert story.why.en, story.said[0].en  # the answer
    outcomes = {s.outcome for s in STORIES}
    assert outcomes == {"agreed", "agreed_in_part", "not_now", "not_possible", "passed_on"}


def test_a_story_missing_its_welsh_is_refused():
    with pytest.raises(ValueError, match="without its Welsh"):
        parse("Meals", "idea agreed\nsaid: More soup.\n= Mwy o gawl.\ndid: We made soup.")
    with pytest.raises(ValueError, match="Each wording"):
        parse("Meals", "idea agreed\nsaid: More soup. ~ Soup please.\n= Mwy o gawl.")


def test_the_issues_examples_now_fit_their_suggestions():
    veg = _story_of("Please can we have a vegetarian choice every day.")
    assert veg.outcome == "agreed" and "vegetarian" in veg.did.en
    sheets = _story_of("It would help to have the help sheets in Welsh.")
    assert sheets.outcome == "agreed" and "safe" not in sheets.why.en and "Welsh" in sheets.did.en
    for story in STORIES:  # "it would not be safe" only where safety is the reason
        unsafe = re.search(r"not (be )?safe", story.why.en) is not None
        assert unsafe == (story.category == "safety"), story.why.en


def test_no_suggestion_that_was_not_possible_is_answered_by_a_change(filled):
    wrong = filled.execute(text(
        "select count(*) from change_suggestion cs join decision d on d.suggestion_id = "
        "cs.suggestion_id where d.outcome in ('not_possible', 'passed_on') and d.id = (select "
        "max(d2.id) from decision d2 where d2.suggestion_id = d.suggestion_id)")).scalar()
    assert wrong == 0


def test_every_reason_instead_and_change_comes_from_the_suggestions_own_story(filled):
    checked, changed = 0, {}
    for change in filled.scalars(select(models.Change)):
        for suggestion in change.suggestions:
            changed.setdefault(suggestion.id, []).append(change)
    for suggestion in filled.scalars(select(models.Suggestion)):
        story = _story_of(suggestion.text)
        assert suggestion.kind == story.kind
        for d in suggestion.decisions:
            assert d.outcome in (story.outcome, "agreed"), suggestion.text
            if d.outcome != story.outcome:  # a "not now" that became a yes later
                assert story.outcome == "not_now" and story.did.en
            own = _all(story.why) | _general(story)
            assert (d.reason, d.reason_cy) in own | {("", "")}, (suggestion.text, d.reason)
            assert (d.instead, d.instead_cy) in _all(story.instead) | {("", "")}
            assert (d.passed_to, d.passed_to_cy) in _all(story.to) | {("", "")}
            assert d.reason_category == (None if d.outcome == "agreed" else story.category)
            checked += 1
        for change in changed.get(suggestion.id, []):  # done, or still to do
            wording = story.did if change.status == "done" else story.plan
            assert (change.description, change.description_cy) in _all(wording), change.status
    assert checked > 250 and len(changed) > 100


def test_about_one_in_eight_speak_welsh_and_live_in_powys_or_gwynedd(filled):
    everyone = list(filled.scalars(select(models.Person)))
    welsh = [p for p in everyone if p.language == "cy"]
    assert 0.1 <= len(welsh) / len(everyone) <= 0.15
    assert 0 < sum(p.bilingual for p in welsh) < len(welsh)
    towns = {town for town, _ in demo_text.WELSH_TOWNS}
    assert all(p.town in towns for p in welsh)
    assert not any(p.town in towns for p in everyone if p.language != "cy")
    own_words = filled.execute(text(
        "select s.text from suggestion s where exists (select 1 from suggestion_raiser r "
        "where r.suggestion_id = s.id) and not exists (select 1 from suggestion_raiser r join "
        "person p on p.id = r.person_id where r.suggestion_id = s.id and p.language <> 'cy')"
    )).scalars().all()
    assert own_words and all(any(t == cy for said in _story_of(t).said for _, cy in _all(said))
                             for t in own_words)  # they said it in Welsh


def test_every_text_a_letter_prints_has_its_welsh(filled):
    details = organisation.get_details(filled)
    assert details.address_cy and details.complaints_contact_cy and details.signatory_role_cy
    for sql in ("select count(*) from decision where reason <> '' and reason_cy = ''",
                "select count(*) from decision where instead <> '' and instead_cy = ''",
                "select count(*) from decision where passed_to <> '' and passed_to_cy = ''",
                "select count(*) from change where description_cy = ''",
                "select count(*) from activity where title_cy = ''"):
        assert filled.execute(text(sql)).scalar() == 0, sql


_ENGLISH = re.compile(r"\b(we|the|you|your|and|is|are|have|our|thank)\b", re.IGNORECASE)


def test_a_welsh_speakers_letters_are_welsh_through_and_through(filled):
    due = letters.letters_due(filled, today=TODAY)
    welsh = [letter for letter in due if letter.languages[0] == "cy"]
    assert len(welsh) >= 2 and any(len(letter.languages) == 2 for letter in welsh)
    assert any(letter.kind in ("decision", "change_made") for letter in welsh)
    people = {p.id: p for p in filled.scalars(select(models.Person))}
    for letter in welsh:
        assert letter.welsh_missing == (), letter.warnings
        assert not any("Welsh" in w for w in letter.warnings), letter.warnings
        for section in letter.sections:
            if section.language != "cy":
                continue
            printed = section.text.replace(people[letter.person_id].first_name, "")
            quoted = re.sub(r"\u201c[^\u201d]*\u201d", "", printed)  # their own words
            assert not _ENGLISH.search(quoted), (section.part, section.text)
    # a Welsh speaker thanked for coming to an activity: its title is in Welsh too
    row = filled.execute(text(
        "select a.person_id, a.activity_id from attendance a join person p on p.id = "
        "a.person_id where p.language = 'cy' and not p.bilingual limit 1")).first()
    thanks = letters.letter_for_person(filled, row[0], kind="thank_you", activity_id=row[1],
                                       today=TODAY)
    title_cy = filled.get(models.Activity, row[1]).title_cy
    assert thanks.welsh_missing == () and thanks.languages == ("cy",)
    assert any(title_cy in s.text for s in thanks.sections)


def test_the_copies_of_welsh_letters_already_sent_are_in_welsh(filled):
    rows = filled.execute(text(
        "select f.snapshot, p.bilingual from feedback f join person p on p.id = f.person_id "
        "where p.language = 'cy'")).all()
    assert rows
    for snapshot, bilingual in rows:
        assert snapshot.startswith("Annwyl ")
        assert ("Dear " in snapshot) == bool(bilingual)
        assert "Participation Coordinator" not in snapshot.split("Dear ")[0]


def test_welsh_speakers_answer_did_it_make_a_difference_in_welsh(filled):
    from partapp.services.sample.demo_answers import WORDS, WORDS_CY
    rows = filled.execute(text(
        "select f.words, p.language from follow_up f join person p on p.id = f.person_id "
        "where f.words <> ''")).all()
    english = {w for ws in WORDS.values() for w in ws}
    welsh = {w for ws in WORDS_CY.values() for w in ws}
    assert rows and any(lang == "cy" for _, lang in rows)
    for words, lang in rows:
        assert words in (welsh if lang == "cy" else english), (words, lang)
