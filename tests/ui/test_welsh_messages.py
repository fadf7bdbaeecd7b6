"""The services' own messages on a Welsh screen: a real service refuses something through a
form, and the Welsh is shown, with the value the user typed in it (services/words.py,
translations.message())."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from partapp.models import Suggestion
from partapp.services import errors
from partapp.services.importing.importer import ImportSummary
from partapp.services.records import lists
from partapp.services.store.lock import LockInfo, locked_message
from partapp.services.words import said
from partapp.ui import errors as ui_errors
from partapp.ui import translations
from partapp.ui.pages.settings_lists import group_editor

from .conftest import add_person, add_suggestion, click, type_into


@pytest.fixture
def welsh(qapp):
    translations.install("cy", qapp)
    yield
    translations.install("en", qapp)


def test_a_group_name_used_twice_is_refused_in_welsh(qtbot, context, db, welsh):
    with db.session_scope() as session:
        lists.save_group(session, "Gofalwyr Powys")
    editor = group_editor(context)
    qtbot.addWidget(editor)
    editor.show()
    editor.refresh()
    type_into(qtbot, editor.name, "gofalwyr powys")
    click(qtbot, editor.add_button)
    assert editor.error.message == "Mae grŵp o'r enw “gofalwyr powys” yn bod yn barod."
    with db.session_scope() as session:
        assert [g.name for g in lists.groups(session)].count("Gofalwyr Powys") == 1


def test_an_empty_title_in_welsh(qtbot, window, welsh):
    window.run_action("record_activity")
    dialog = window.pages["activities"].dialog
    click(qtbot, dialog.save_button)
    # the label is a term the service put into the message: it is Welsh too
    assert dialog.errors.message("title") == "Llenwch y blwch: mae angen teitl y gweithgaredd."
    dialog.dirty.reset()
    dialog.close()


def test_a_suggestion_dated_in_the_future_in_welsh(qtbot, window, context, db, welsh):
    window.run_action("record_suggestion")
    dialog = window.pages["suggestions"].dialog
    type_into(qtbot, dialog.text, "Mainc wrth yr arhosfan bws")
    click(qtbot, dialog.anonymous)
    future = context.today() + timedelta(days=3)
    dialog.raised_on.setText(future.isoformat())
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.errors.message("raised_on") == (
        "Y dyddiad y cafodd ei godi: all hwn ddim bod yn y dyfodol. Defnyddiwch heddiw "
        f"({context.today().isoformat()}) neu ddyddiad cynharach.")
    with db.session_scope() as session:
        assert session.scalar(select(func.count()).select_from(Suggestion)) == 0
    dialog.dirty.reset()
    dialog.close()


def test_a_decision_with_no_reason_in_welsh_names_the_outcome_in_welsh(qtbot, window, db, welsh):
    sid = add_suggestion(db, "Pwll nofio yn yr ardd", raisers=[add_person(db, "Ann")])
    window.show_page("suggestions")
    page = window.pages["suggestions"]
    assert page.select_suggestion(sid)
    click(qtbot, page.detail.decide_button)
    dialog = page.detail.dialog
    click(qtbot, dialog.outcomes["not_possible"])
    type_into(qtbot, dialog.decided_by, "Cyfarfod y rheolwyr")
    click(qtbot, dialog.save_button)
    assert dialog.errors.message("reason") == (
        "Dywedwch pam mai “Ddim yn bosibl” yw'r ateb. Mae angen rheswm clir ar bobl pan na "
        "allwn ni wneud popeth a ofynnwyd.")
    dialog.dirty.reset()
    dialog.close()


def test_a_refusal_in_a_message_box_is_welsh(qapp, boxes, welsh):
    ui_errors.report_error(errors.ValidationError(
        "port", said("The mail server {name} is not taking connections on port {port}. "
                     "Please check the Port (often 587 or 465), or try again later.",
                     name="post.example.org", port=2525)))
    _title, text = boxes.shown[-1]
    assert text == ("Dydy'r gweinydd post post.example.org ddim yn derbyn cysylltiadau ar borth "
                    "2525. Gwiriwch y Porth (587 neu 465 yn aml), neu rhowch gynnig arall arni "
                    "nes ymlaen.")


def test_in_english_the_same_refusal_is_the_english(qtbot, context, db):
    with db.session_scope() as session:
        lists.save_group(session, "Young people's forum")
    editor = group_editor(context)
    qtbot.addWidget(editor)
    type_into(qtbot, editor.name, "Young people's forum")
    click(qtbot, editor.add_button)
    assert editor.error.message == "There is already a group called “Young people's forum”."


def test_the_import_summary_and_who_has_the_file_open_in_welsh(qapp, welsh):
    text = ImportSummary(people_added=2, people_updated=1, suggestions_added=1,
                         decisions_added=1, changes_added=2).describe()
    assert text == "Added 2 people, updated 1.\nAdded 1 suggestion.\nAdded 1 decision and 2 changes."
    assert translations.message(text) == ("Ychwanegwyd 2 o bobl, diweddarwyd 1.\n"
                                          "Ychwanegwyd 1 awgrym.\n"
                                          "Ychwanegwyd 1 penderfyniad a 2 newid.")
    started = datetime(2026, 3, 3, 9, 5)
    info = LockInfo(machine="SWYDDFA-2", user="Siân", pid=1, started=started, refreshed=started)
    shown = translations.message(locked_message(info, now=datetime(2026, 3, 10, 12, 0)))
    assert shown.startswith("Mae'r ffeil hon ar agor gan Siân ar SWYDDFA-2 (ers 03 Mawrth 2026 "
                            "am 09:05).")
