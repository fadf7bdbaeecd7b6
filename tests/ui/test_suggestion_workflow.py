"""A single anonymous suggestion, then a "Not possible" decision that needs its reason."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from partapp.models import Decision, Suggestion
from partapp.services.records.suggestions import get_suggestion

from .conftest import add_person, add_suggestion, click, table_texts, type_into


def test_record_a_single_anonymous_suggestion(qtbot, window, db):
    window.run_action("record_suggestion")
    page = window.pages["suggestions"]
    dialog = page.dialog
    type_into(qtbot, dialog.text, "Please put a bench by the bus stop")
    dialog.channel.setCurrentIndex(dialog.channel.findText("Suggestion box"))
    dialog.kind.setCurrentIndex(dialog.kind.findText("Idea"))
    # Neither a name nor "anonymous" ticked: the form asks which it was.
    click(qtbot, dialog.save_button)
    assert "Nobody gave their name" in dialog.errors.message("raiser_ids")
    click(qtbot, dialog.anonymous)
    assert not dialog.raisers.isEnabled()
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        saved = session.scalars(select(Suggestion)).one()
        assert (saved.text, saved.channel, saved.kind, saved.raisers, saved.raised_on) == (
            "Please put a bench by the bus stop", "suggestion_box", "idea", [], date.today())
    assert table_texts(page.view, 3) == ["Anonymous"]
    assert table_texts(page.view, 2) == ["Waiting for a decision"]
    assert page.detail.suggestion.id == saved.id  # the new one is chosen and shown


def test_a_suggestion_from_several_people(qtbot, window, db):
    ann, bob = add_person(db, "Ann", "Smith"), add_person(db, "Bob", "Smith")
    window.run_action("record_suggestion")
    dialog = window.pages["suggestions"].dialog
    type_into(qtbot, dialog.text, "Later buses")
    dialog.channel.setCurrentIndex(dialog.channel.findText("Phone"))
    for name in ("ann", "bob"):
        type_into(qtbot, dialog.raisers.picker.search, name)
        dialog.raisers.picker.choose_first()
    click(qtbot, dialog.save_button)
    with db.session_scope() as session:
        saved = session.scalars(select(Suggestion)).one()
        assert sorted(p.id for p in saved.raisers) == [ann, bob]


def test_deciding_not_possible_needs_a_reason_shown_next_to_the_field(qtbot, window, db):
    ann = add_person(db, "Ann", "Smith")
    sid = add_suggestion(db, "A swimming pool in the garden", raisers=[ann])
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    assert page.select_suggestion(sid)
    assert page.detail.suggestion.id == sid
    click(qtbot, page.detail.decide_button)
    dialog = page.detail.dialog
    click(qtbot, dialog.outcomes["not_possible"])
    type_into(qtbot, dialog.decided_by, "Managers meeting")
    click(qtbot, dialog.save_button)
    # THEN the service's plain message appears under the reason box, and nothing is saved
    assert dialog.isVisible()
    assert dialog.errors.message("reason").startswith(
        "Please say why the answer is \u201cNot possible\u201d")
    assert not dialog.reason_error.isHidden()
    assert dialog.focusWidget() is dialog.reason
    with db.session_scope() as session:
        assert session.scalars(select(Decision)).all() == []
    type_into(qtbot, dialog.reason, "We do not have the space or the money.")
    # the plain English check updates under the box a moment after typing stops
    qtbot.waitUntil(lambda: "score" in dialog.reason_hint.text())
    assert dialog.reason_hint.text().startswith(("\u2714", "\u26a0"))
    type_into(qtbot, dialog.instead, "We can book the leisure centre pool once a month.")
    click(qtbot, dialog.users_took_part)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        view = get_suggestion(session, sid)
    decision = view.latest_decision
    assert (decision.outcome, decision.reason, decision.instead, decision.decided_by,
            decision.users_took_part) == (
        "not_possible", "We do not have the space or the money.",
        "We can book the leisure centre pool once a month.", "Managers meeting", True)
    assert view.status == "not_possible"
    # The detail view shows the decision history and the list shows the new status.
    assert table_texts(page.detail.decision_view, 1) == ["Not possible"]
    assert "We can book the leisure centre pool" in page.detail.latest.text()
    assert table_texts(page.view, 2) == ["Not possible"]


def test_agreed_needs_no_reason(qtbot, window, db):
    sid = add_suggestion(db, "Name badges for staff")
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    page.select_suggestion(sid)
    click(qtbot, page.detail.decide_button)
    dialog = page.detail.dialog
    click(qtbot, dialog.outcomes["agreed"])
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert table_texts(page.view, 2) == ["Agreed, no change yet"]


def test_filters_narrow_the_list(qtbot, window, db):
    add_suggestion(db, "More buses", kind="idea")
    add_suggestion(db, "Rude driver", kind="complaint", days_ago=40)
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    assert len(table_texts(page.view, 1)) == 2
    filters = page.filters
    filters.kind.setCurrentIndex(filters.kind.findText("Complaint"))
    assert table_texts(page.view, 1) == ["Rude driver"]
    filters.kind.setCurrentIndex(0)
    type_into(qtbot, filters.search, "buses")
    filters.changed.emit()
    assert table_texts(page.view, 1) == ["More buses"]
    filters.search.clear()
    click(qtbot, filters.over_promise)
    assert table_texts(page.view, 1) == ["Rude driver"]
    assert page.count_label.text() == "1 suggestion"
