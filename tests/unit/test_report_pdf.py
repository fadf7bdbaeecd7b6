"""The annual change report PDF: what a trustee reads, checked in the extracted text.

The figures come from tests/unit/handworked.py (see test_report_csv.py for the workings).
Edge cases: an empty period, a period with no decisions, and one with a single person must
each give a sensible report, with plain sentences instead of empty tables or charts.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from pathlib import Path

from pypdf import PdfReader

from partapp.reports.annual import write_report
from partapp.services.records import activities, organisation, people, suggestions
from partapp.services.records.activities import ActivityData
from partapp.services.records.people import EqualityAnswers, PersonData
from partapp.services.records.suggestions import SuggestionData

from .handworked import TODAY, build

START, END = date(2025, 1, 1), date(2025, 12, 31)


def _make(session, tmp_path: Path, start=START, end=END, **kwargs) -> tuple[int, PdfReader, str]:
    out = tmp_path / "report.pdf"
    pages = write_report(session, start, end, out, made_on=date(2026, 3, 1), **kwargs)
    reader = PdfReader(out)
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))
    return pages, reader, text


def _name_org(session, name: str) -> None:
    organisation.save_details(session, replace(organisation.get_details(session), name=name))


def test_the_hand_worked_year_reads_right(session, tmp_path):
    build(session)
    _name_org(session, "Smith & Jones <Trust>")
    pages, reader, text = _make(session, tmp_path)
    assert pages == len(reader.pages) >= 4

    # Cover: organisation (escaped, shown as typed), period, date made, contents.
    assert "Smith & Jones <Trust> Annual change report" in text
    assert "For 1 January 2025 to 31 December 2025" in text and "Made on 1 March 2026" in text
    for section in ("The year at a glance", "You said, we did", "What we could not do, and why",
                    "How people were involved", "Who took part", "Hearing back",
                    "Still waiting", "How we counted"):
        assert text.count(section) >= 2, section  # in the contents and as a heading

    # At a glance: this year, last year and the change in words.
    for row in ("Activities (meetings and other ways to take part) 2 1 Up by 1",
                "People who took part 4 1 Up by 3",
                "Suggestions and other things people told us 7 1 Up by 6",
                "Agreed in full or in part 2 0 Up by 2",
                "Changes made 1 1 No change",
                "Waiting more than 28 days for a decision 3 1 Up by 2",
                # 7 and 1 named pairs: too few for a percentage or a change in points
                "Heard back within 28 days (each named person, for each suggestion) 2 of 7 0 of 1 "
                "Too few to compare"):
        assert row in text, row
    assert "people told us 7 things. We made 1 change in this year." in text

    # You said, we did; what we could not do.
    assert "We did: Change ch1 Done on 15 April 2025." in text
    assert "\u201cSuggestion s1\u201d (raised March 2025)" in text
    assert "2 were not a yes for now (1 not now and 1 not possible)" in text
    assert "Both answers gave a reason. In none of them did we offer" in text
    assert "Not now (1)" in text and "Not possible (1)" in text and "Passed on (" not in text
    assert "\u201cSuggestion s2\u201d Raised March 2025" in text

    # Involvement, people, hearing back, waiting.
    assert "We held 2 activities in this year. People came 6 times in all (3 of them" in text
    assert "4 people took part in this year" in text
    assert "Fewer than 5 people took part, so we do not show groups" in text
    assert "Named people raised suggestions 7 times" in text
    assert "2 of these heard back within 28 days." in text  # no percentage of 7
    assert "1 heard back later than that and 4 have not heard back yet." in text
    assert "The middle (median) wait for a first reply was 19 days." in text
    assert ("On 31 December 2025, 4 people were waiting to hear from us. Between them, they "
            "were owed news of 6 suggestions." in text)
    # The cover says what its percentage counts: times a named person raised a suggestion.
    assert "2 of 7 times a named person raised a suggestion, they heard back within 28" in text
    assert "4 suggestions were still waiting for a decision. 3 of them had waited" in text
    assert "More than a year 1" in text

    # Every page after the cover has the footer.
    total = len(reader.pages)
    for n in range(2, total + 1):
        assert f"Page {n} of {total}" in reader.pages[n - 1].extract_text()
    assert "Smith & Jones <Trust> \u00b7 Annual change report" in reader.pages[1].extract_text()
    assert "Page 1 of" not in reader.pages[0].extract_text()


def test_title_author_bookmarks_and_embedded_fonts(session, tmp_path):
    build(session)
    _name_org(session, "Riverside Care")
    _pages, reader, _text = _make(session, tmp_path)
    meta = reader.metadata
    assert meta.title == "Annual change report: 1 January 2025 to 31 December 2025"
    assert meta.author == "Riverside Care"
    top = [item.title for item in reader.outline if not isinstance(item, list)]
    assert top == ["This year in themes", "What needs your attention", "The year at a glance",
                   "Over the years", "You said, we did", "Did it make a difference?",
                   "What we could not do, and why",
                   "How people were involved", "Who took part", "Hearing back", "Still waiting",
                   "How we counted"]
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for ref in fonts.values():
            font = ref.get_object()
            descendant = font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font \
                else font
            assert "/FontFile2" in descendant["/FontDescriptor"], font["/BaseFont"]


def test_an_empty_period_gives_plain_sentences(session, tmp_path):
    pages, reader, text = _make(session, tmp_path)
    assert pages == len(reader.pages)
    assert "Our organisation" in text
    assert "nobody told us anything that was recorded. We made no changes in this year." in text
    assert "Nobody raised a suggestion in this period" in text
    assert "No changes were completed in this period." in text
    assert "No decisions were made on suggestions raised in this period." in text
    assert "No activities were recorded in this period." in text
    assert "Nobody took part by name in this period." in text
    assert "Nobody raised a suggestion by name in this period" in text
    assert "Every suggestion had a decision by 31 December 2025." in text
    assert "On 31 December 2025, nobody was waiting to hear from us." in text
    assert "0 people took part" not in text and "0 people were" not in text
    assert ("Heard back within 28 days (each named person, for each suggestion) not known not "
            "known Cannot compare" in text)
    assert "0 suggestions raised by name, so nobody was waiting to hear back" in text


def test_a_period_with_suggestions_but_no_decisions(session, tmp_path):
    ann = people.save_person(session, PersonData(first_name="Bronwen", last_name="Pryce"))
    for when in ("2025-02-01", "2025-12-20"):
        suggestions.save_suggestion(session, SuggestionData(
            text="More <b>tea</b> & biscuits, please", raised_on=date.fromisoformat(when),
            raiser_ids=(ann.id,)), today=TODAY)
    _pages, _reader, text = _make(session, tmp_path)
    assert "No decisions were made on suggestions raised in this period." in text
    assert "No decision yet 2" in text
    # The one from February has waited 333 days; December's 11 days is within the promise.
    assert "2 suggestions were still waiting for a decision. 1 of them had waited" in text
    assert "None of these heard back within 28 days. 2 have not heard back yet." in text
    assert "1 person was waiting to hear from us. They were owed news of 1 suggestion." in text
    assert "Bronwen" not in text and "Pryce" not in text


def test_one_person_and_user_text_is_shown_as_typed(session, tmp_path):
    _name_org(session, "Tŷ Gwyn Łódź & Co")
    zoe = people.save_person(session, PersonData(first_name="Zoë", last_name="Ng",
                                                 groups=("Carers",)))
    people.save_equality(session, zoe.id, EqualityAnswers(answers={"ethnicity": "asian",
                                                                   "religion": "hindu"}))
    activity = activities.save_activity(session, ActivityData(
        title="Coffee morning", held_on=date(2025, 6, 2), activity_type="forum",
        involvement_code="co_production", attendee_ids=(zoe.id,), hours="2.5",
        expenses_paid="12.40", access_support=("bsl",)))
    suggestions.save_suggestion(session, SuggestionData(
        text="Café needs <a ramp> & a rail", raised_on=date(2025, 6, 2),
        activity_id=activity.id, raiser_ids=(zoe.id,)), today=TODAY)
    _pages, _reader, text = _make(session, tmp_path)
    assert "Tŷ Gwyn Łódź & Co" in text
    assert "1 person took part in this year" in text
    assert "Fewer than 5 people took part, so we do not show groups or equality" in text
    assert "Asian" not in text and "Hindu" not in text and "Carers" not in text
    assert "Zoë" not in text
    assert "Hours people gave 2.5 0 Up by 2.5" in text
    assert "Expenses paid to people who took part £12.40 £0.00 Up by £12.40" in text
    assert "British Sign Language (BSL) 1 0" in text
    assert "We held 1 activity in this year. People came 1 time in all" in text
    assert "Co-production 1" in text


def test_progress_goes_up_to_the_end(session, tmp_path):
    build(session)
    seen: list[tuple[int, int]] = []
    write_report(session, START, END, tmp_path / "r.pdf",
                 progress=lambda step, steps, message: seen.append((step, steps)))
    assert [step for step, _ in seen] == sorted(step for step, _ in seen)
    assert seen[-1] == (10, 10) and {steps for _, steps in seen} == {10}
