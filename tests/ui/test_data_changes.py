"""Every saved change is announced as a Changed kind; each page refreshes on the kinds it
shows, and a misspelt kind is an error rather than a list that silently stays out of date."""

from __future__ import annotations

import pytest

from partapp.services.changed import Changed
from partapp.ui.pages.base import Page


class _Counting(Page):
    key = "counting"
    title = "Counting"
    watches = (Changed.SETTINGS,)

    def __init__(self, context) -> None:
        super().__init__(context)
        self.refreshed = 0

    def refresh(self) -> None:
        self.refreshed += 1


def test_a_page_refreshes_on_what_it_shows_and_on_all_only(qtbot, context):
    page = _Counting(context)
    qtbot.addWidget(page)
    page.show()
    start = page.refreshed
    context.changed(Changed.PERSON)
    assert page.refreshed == start
    context.changed(Changed.SETTINGS)
    assert page.refreshed == start + 1
    context.changed(Changed.ALL)
    assert page.refreshed == start + 2


def test_a_misspelt_kind_is_an_error(context):
    with pytest.raises(ValueError):
        context.changed("peple")  # type: ignore[arg-type]


def test_every_page_watches_known_kinds(window):
    for page in window.pages.values():
        assert page.watches and all(isinstance(kind, Changed) for kind in page.watches), page.key


# What a save changed comes from the service operation, once per save ---------------------------
KIND = {"activity_type": "forum", "involvement_code": "consultation"}


def _announced(context) -> list[frozenset]:
    seen: list[frozenset] = []
    context.data_changed.connect(seen.append)
    return seen


def test_a_meeting_with_no_suggestions_touches_no_suggestion(qtbot, context, db):
    from datetime import date

    from partapp.services.records.activities import ActivityData
    from partapp.services.records.recording import MeetingSuggestion, record_activity

    seen = _announced(context)
    held = date(2026, 11, 2)
    context.apply(record_activity, ActivityData(title="Coffee morning", held_on=held, **KIND), [],
                  today=held)
    context.apply(record_activity, ActivityData(title="Forum", held_on=held, **KIND),
                  [MeetingSuggestion(text="More cake")], today=held)
    assert seen == [{Changed.ACTIVITY}, {Changed.ACTIVITY, Changed.SUGGESTION}]


def test_a_refused_save_announces_nothing_and_saves_nothing(qtbot, context, db):
    from sqlalchemy import func, select

    from partapp.models import Group
    from partapp.services.errors import ValidationError
    from partapp.services.records.lists import save_group

    def groups() -> int:
        with db.session_scope() as session:
            return session.scalar(select(func.count()).select_from(Group))

    seen, before = _announced(context), groups()
    with pytest.raises(ValidationError):
        context.apply(save_group, "   ")
    assert seen == []
    assert groups() == before


def test_adding_a_group_in_settings_refreshes_what_shows_settings_once(qtbot, context, db):
    from partapp.ui.pages.settings_lists import group_editor

    page = _Counting(context)
    qtbot.addWidget(page)
    page.show()
    editor = group_editor(context)
    qtbot.addWidget(editor)
    seen, start = _announced(context), page.refreshed
    editor.name.setText("Tuesday club")
    editor.add()
    assert seen == [{Changed.SETTINGS}]
    assert page.refreshed == start + 1
    assert "Tuesday club" in [editor.items.item(i).text() for i in range(editor.items.count())]


def test_a_service_function_that_is_not_an_operation_is_refused(context):
    from partapp.services.records.people import next_ref

    seen = _announced(context)
    with pytest.raises(TypeError):
        context.apply(next_ref)  # type: ignore[arg-type]
    assert seen == []
