"""The year in themes (services.figures.report_themes): counts by service and by kind, this period and
the one before, the wording said most often (never one that may name someone), and the changes
still to come, soonest due first."""

from __future__ import annotations

import re
from datetime import date

from pypdf import PdfReader

from partapp.reports.annual import write_report
from partapp.services.figures.report_themes import may_name_someone, next_changes, year_themes
from partapp.services.records import changes, lists, people, suggestions
from partapp.services.records.changes import ChangeData
from partapp.services.records.people import PersonData
from partapp.services.records.suggestions import DecisionData, SuggestionData

TODAY = date(2026, 3, 1)
START, END = date(2025, 1, 1), date(2025, 12, 31)
PREV_START, PREV_END = date(2024, 1, 1), date(2024, 12, 31)


def _sample(session) -> dict[str, int]:
    meals = lists.save_service(session, "Meals").id
    transport = lists.save_service(session, "Transport").id
    sian = people.save_person(session, PersonData(first_name="Siân", last_name="Pryce")).id

    def said(text, when, service, kind="idea", by=()):
        return suggestions.save_suggestion(session, SuggestionData(
            text=text, raised_on=date.fromisoformat(when), kind=kind, channel="phone",
            service_id=service, raiser_ids=by), today=TODAY).id

    ids = {"fish1": said("Fish on a Friday, please.", "2025-02-01", meals),
           "fish2": said("fish on a friday please", "2025-03-01", meals),
           "fish3": said("Fish on a Friday please!", "2025-04-01", meals, by=(sian,)),
           "hot": said("The dinners arrive cold.", "2025-05-01", meals, "complaint"),
           # Said twice, but names someone: never quoted.
           "sian1": said("Ask Siân about the menu.", "2025-06-01", meals, "concern"),
           "sian2": said("Ask Siân about the menu.", "2025-06-02", meals, "concern"),
           "bev": said("Bev is a star.", "2025-06-03", transport, "compliment"),
           "bus": said("The bus was late.", "2025-07-01", transport, "complaint"),
           "old": said("Old meals idea.", "2024-05-01", meals),
           "old2": said("Old bus idea.", "2024-06-01", transport)}
    suggestions.record_decision(session, ids["fish1"], DecisionData(
        outcome="agreed", decided_on=date(2025, 2, 10)), today=TODAY)
    for description, status, due, done in (
            ("Fish on Fridays", "done", None, "2025-05-01"),
            ("Warmer boxes", "planned", "2026-05-01", None),
            ("New bus rota", "in_progress", "2025-11-01", None),
            ("Someday idea", "planned", None, None),
            ("Dropped idea", "stopped", "2025-12-01", None)):
        changes.save_change(session, ChangeData(
            description=description, status=status, due_on=due, done_on=done,
            service_id=meals if "bus" not in description else transport,
            suggestion_ids=(ids["fish1"], ids["fish2"]) if description == "Fish on Fridays"
            else ()), today=TODAY)
    session.flush()
    return ids


def test_themes_by_service_and_kind_with_counts_and_the_wording_said_most(session):
    from partapp.services.figures.report_queries import changes_done
    _sample(session)
    themes = year_themes(session, START, END, PREV_START, PREV_END,
                         tuple(changes_done(session, START, END)))
    meals, transport = themes.by_service
    assert (meals.title, meals.suggestions, meals.previous, meals.changes) == ("Meals", 6, 1, 1)
    assert (transport.title, transport.suggestions, transport.previous, transport.changes) == (
        "Transport", 2, 1, 0)
    # The fish wording three times (near-duplicates), then the cold dinners; never "Siân".
    assert [(s.text, s.times) for s in meals.said] == [("Fish on a Friday, please.", 3),
                                                       ("The dinners arrive cold.", 1)]
    assert [(s.text, s.times) for s in transport.said] == [("The bus was late.", 1)]
    kinds = {t.title: t for t in themes.by_kind}
    assert list(kinds) == ["Idea", "Concern", "Complaint", "Compliment"]
    assert (kinds["Idea"].suggestions, kinds["Idea"].previous, kinds["Idea"].changes) == (3, 2, 1)
    assert kinds["Concern"].said == () and kinds["Compliment"].said == ()
    assert kinds["Complaint"].suggestions == 2


def test_a_quote_that_may_name_someone_is_never_chosen():
    assert may_name_someone("Bev is a star. Mum looks forward to every visit.")
    assert may_name_someone("My carer Sandra is lovely")
    assert may_name_someone("Thank you to Dr Patel")
    assert may_name_someone("ask sian about it", names=frozenset({"sian"}))
    assert not may_name_someone("The carers treat my husband with real respect. Thank you.")
    assert not may_name_someone("Can we go on Friday? I like it in Welsh.")
    assert not may_name_someone("Could the Day Centre open later?",
                                allowed=frozenset({"day", "centre"}))
    # A sentence may start with a noun that people also wrote in lower case; not with a name.
    assert may_name_someone("Fish on a Friday, please.")
    assert not may_name_someone("Fish on a Friday, please.", common=frozenset({"fish"}))
    assert not may_name_someone("Drivers are kind.", common=frozenset({"driver"}))
    assert may_name_someone("Dave the driver is brilliant.", common=frozenset({"driver"}))


def test_next_changes_are_planned_or_in_progress_soonest_first(session):
    _sample(session)
    planned = next_changes(session)
    assert [(c.description, c.status, c.due_on) for c in planned] == [
        ("New bus rota", "In progress", date(2025, 11, 1)),
        ("Warmer boxes", "Planned", date(2026, 5, 1)),
        ("Someday idea", "Planned", None)]
    assert planned[0].service_name == "Transport"


def test_the_themes_and_next_pages_read_plainly(session, tmp_path):
    _sample(session)
    out = tmp_path / "r.pdf"
    write_report(session, START, END, out, made_on=TODAY)
    pages = [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(out).pages]
    themes = pages[1]
    assert themes.startswith("This year in themes People told us 8 things this year (last "
                             "year: 2). We made 1 change because of what people said.")
    assert "Meals 6 (1) 1 \u201cFish on a Friday, please.\u201d (3 suggestions)" in themes
    assert "Siân" not in " ".join(pages) and "Bev" not in themes
    assert "Concern 2 (0) 0 No quote chosen." in themes
    after = pages[2]
    assert after.startswith("What needs your attention")
    assert ("On 1 March 2026, 3 changes were planned or under way. 1 is past the date it was "
            "due.") in after
    assert "New bus rota Transport In progress Late: was due 1 November 2025" in after
    assert "Warmer boxes Meals Planned 1 May 2026" in after
    assert "Someday idea Meals Planned No date set" in after
    assert "Dropped idea" not in after
