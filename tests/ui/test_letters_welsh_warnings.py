"""The Letters page's warnings on a Welsh screen: a text that speaks of a time gone by, and a
Welsh letter printing the organisation's English, are named in Welsh (services/feedback's
said() warnings, shown through translations.message()). Real data file
(tests/unit/letters_data.py), real widgets."""

from __future__ import annotations

import pytest

from partapp.ui import errors, translations
from partapp.ui.context import AppContext
from partapp.ui.main_window import MainWindow
from partapp.ui.tasks import TaskRunner

from ..unit.letters_data import TODAY, build


@pytest.fixture
def page(qtbot, qapp, db, settings, boxes):
    translations.install("cy", qapp)
    with db.session_scope() as session:
        ids = build(session)
    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    window = MainWindow(AppContext(db, settings, tasks, today=lambda: TODAY))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.show_page("letters")
    letters_page = window.pages["letters"]
    letters_page.ids = ids
    yield letters_page
    translations.install("en", qapp)


def _warnings(qtbot, page, key) -> str:
    page.select_people([page.ids[key]])
    qtbot.waitUntil(lambda: page.previewed is not None
                    and page.previewed.person_id == page.ids[key])
    return page.warnings.text()


def test_the_letters_warnings_are_in_welsh(qtbot, page):
    stale = _warnings(qtbot, page, "llyr")
    sid = page.ids["s_markup"]
    assert (f"Y rheswm dros y penderfyniad (\u201cWe do not have the money this year. We "
            f"will\u2026\u201d, penderfyniad ar awgrym {sid}): mae'n dweud \u201cthis year\u201d, "
            "ond cafodd ei ysgrifennu ar 4 Mai 2025.") in stale
    assert "Gallwch ei newid ar y dudalen Awgrymiadau" in stale
    assert "says" not in stale and "written on" not in stale
    welsh = _warnings(qtbot, page, "gwen")
    assert ("Eich cyfeiriad (\u201cThe Old Mill, 12 Bridge Street, Knighton, LD7 1BT\u201d, "
            "manylion y sefydliad): does dim fersiwn Gymraeg, felly mae'r testun yn Saesneg yn "
            "rhan Gymraeg y llythyr. Gallwch ychwanegu'r Gymraeg yn y Gosodiadau.") in welsh
    assert "has no Welsh version" not in welsh
