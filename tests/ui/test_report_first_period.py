"""The Reports page starts with dates that have records, and says why when they are not the
last full year."""

from __future__ import annotations

from datetime import date

from partapp.services.records.suggestions import SuggestionData, save_suggestion

TODAY = date(2026, 3, 1)


def _page(window, context):
    context.today = lambda: TODAY
    window.show_page("reports")
    page = window.pages["reports"]
    page.refresh()
    return page


def test_a_new_user_sees_this_year_so_far_and_why(window, context, db):
    with db.session_scope() as session:
        save_suggestion(session, SuggestionData(text="A ramp", raised_on=date(2025, 9, 1)))
    page = _page(window, context)
    assert page.period.currentData() == "so_far"
    assert (page.start.text(), page.end.text()) == ("2025-04-01", "2026-03-01")
    assert not page.period_note.isHidden()
    assert page.period_note.text() == (
        "Nothing was recorded from 1 Apr 2024 to 31 Mar 2025, so the dates are the most recent "
        "time with records. Choose other dates if you want to.")


def test_the_usual_year_needs_no_note(window, context, db):
    with db.session_scope() as session:
        save_suggestion(session, SuggestionData(text="A ramp", raised_on=date(2025, 3, 31)))
    page = _page(window, context)
    assert page.period.currentData() == "financial"
    assert page.period_note.isHidden()
