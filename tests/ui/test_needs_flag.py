"""A person's communication needs show as one short flag where staff see the person: their
record, the meeting form's list of who came, and the Letters page."""

from __future__ import annotations

from PySide6.QtCore import Qt

from .conftest import add_person, type_into


def test_the_record_shows_the_flag_and_hides_it_when_there_is_nothing_to_flag(window, db):
    gwen = add_person(db, "Gwen", "Price", feedback_format="large_print", language="cy",
                      bilingual=True, send_via_supporter=True, supporter_name="Alun Price")
    tom = add_person(db, "Tom", "Baker")
    window.show_page("people")
    panel = window.pages["people"].panel
    panel.show_person(gwen)
    assert panel.needs.isVisible()
    assert panel.needs.text() == ("Needs: Large print \u00b7 Welsh and English \u00b7 "
                                  "Through their supporter: Alun Price")
    assert panel.needs.accessibleName() == "Communication needs"
    panel.show_person(tom)
    assert not panel.needs.isVisible() and panel.needs.text() == ""
    panel.show_person(None)
    assert not panel.needs.isVisible()


def test_the_meeting_form_flags_each_person_who_came(qtbot, window, db):
    add_person(db, "Ann", "Smith", interpreter="BSL", feedback_format="easy_read")
    add_person(db, "Bob", "Jones")
    window.run_action("record_activity")
    dialog = window.pages["activities"].dialog
    for name in ("ann", "bob"):
        type_into(qtbot, dialog.attendees.picker.search, name)
        qtbot.keyClick(dialog.attendees.picker.search, Qt.Key.Key_Return)
    chosen = dialog.attendees.chosen
    shown = [chosen.item(i).text() for i in range(chosen.count())]
    assert shown[0].startswith("Ann Smith (")
    assert shown[0].endswith(") \u2014 Easy read \u00b7 Interpreter: BSL")
    assert shown[1].startswith("Bob Jones (") and "\u2014" not in shown[1]
    # Who said each suggestion is chosen from plain names, without the flag
    assert [label for _pid, label in dialog.attendees.people()] == [
        shown[0].split(" \u2014 ")[0], shown[1]]
    raisers = dialog.suggestions.entries[0].raisers
    assert [raisers.item(i).text() for i in range(raisers.count())] == [
        shown[0].split(" \u2014 ")[0], shown[1]]
