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
