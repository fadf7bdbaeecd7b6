"""The desktop's side of offices (issue #18, section 1): Settings, Offices adds and changes
them (the first office named when the second is added), through the real widgets, and what is
stored is read back from the data file."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from partapp.services.changed import Changed
from partapp.services.records.offices import has_offices, list_offices

from .conftest import click, type_into


def _offices_tab(window):
    page = window.pages["settings"]
    window.show_page("settings")
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.offices.parentWidget().parentWidget()))
    page.offices.refresh()
    return page.offices


def _stored(db):
    with db.session_scope() as session:
        return list_offices(session), has_offices(session)


def test_adding_the_second_office_asks_the_first_ones_name_and_stores_both(qtbot, window,
                                                                          context):
    tab = _offices_tab(window)
    assert tab.list.count() == 1 and tab.list.item(0).text() == "Your first office (no name yet)"
    assert not window.office_chooser.bar.isVisibleTo(window)
    click(qtbot, tab.add_button)
    dialog = tab.dialog
    assert dialog.isVisible() and dialog.first_name.isVisibleTo(dialog)
    type_into(qtbot, dialog.name, "Riverside")
    click(qtbot, dialog.save_button)  # the first office's name is missing
    assert dialog.isVisible()
    assert "give it a name before you add another" in dialog.errors.message("first_name")
    assert _stored(context.db)[1] is False  # nothing saved
    type_into(qtbot, dialog.first_name, "Main office")
    type_into(qtbot, dialog.phone, "01234 567890")
    dialog.address.setPlainText("2 River Lane\nCardiff")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    offices, shown = _stored(context.db)
    assert shown is True
    assert [(o.name, o.phone, o.address) for o in offices] == [
        ("Main office", "", ""), ("Riverside", "01234 567890", "2 River Lane\nCardiff")]
    assert [tab.list.item(i).text() for i in range(tab.list.count())] == [
        "Main office", "Riverside"]
    # The window's office chooser appears at once, with both offices.
    chooser = window.office_chooser
    assert chooser.bar.isVisibleTo(window)
    assert [chooser.box.itemText(i) for i in range(chooser.box.count())] == [
        "All offices", "Main office", "Riverside"]
    # The next office asks for no first name: the first one has one now.
    click(qtbot, tab.add_button)
    assert not tab.dialog.first_name.isVisibleTo(tab.dialog)
    tab.dialog.dirty.reset()
    tab.dialog.reject()


def test_changing_an_office_stores_its_welsh_and_contact_details_and_closing_it(
        qtbot, window, context):
    from partapp.services.records.offices import OfficeDetails, add_office

    with context.db.session_scope() as session:
        add_office(session, OfficeDetails(name="Riverside"), first_name="Main office")
    tab = _offices_tab(window)
    tab.list.setCurrentRow(1)
    click(qtbot, tab.change_button)
    dialog = tab.dialog
    assert dialog.name.text() == "Riverside" and dialog.in_use.isVisibleTo(dialog)
    dialog.name_cy.setText("Glan yr Afon")
    dialog.address_cy.setPlainText("2 Lôn yr Afon\nCaerdydd")
    type_into(qtbot, dialog.email, "riverside@example.org")
    click(qtbot, dialog.in_use)
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    riverside = _stored(context.db)[0][1]
    assert (riverside.name_cy, riverside.address_cy, riverside.email, riverside.active) == (
        "Glan yr Afon", "2 Lôn yr Afon\nCaerdydd", "riverside@example.org", False)
    assert tab.list.item(1).text() == "Riverside (Glan yr Afon): no longer in use"
    # The first office cannot be closed: the form says why and stays open.
    tab.list.setCurrentRow(0)
    click(qtbot, tab.change_button)
    click(qtbot, tab.dialog.in_use)
    click(qtbot, tab.dialog.save_button)
    assert tab.dialog.isVisible()
    assert "There must always be one office in use." in tab.dialog.errors.general.text()
    assert _stored(context.db)[0][0].active is True
    tab.dialog.dirty.reset()
    tab.dialog.reject()
    QApplication.processEvents()


def _two_offices(db) -> tuple[int, int]:
    """Main office (Ann) and Riverside (Bob and Cai)."""
    from partapp.services.records.offices import OfficeDetails, add_office, move_to_office

    from .conftest import add_person

    ids = [add_person(db, name) for name in ("Ann", "Bob", "Cai")]
    with db.session_scope() as session:
        riverside = add_office(session, OfficeDetails(name="Riverside", name_cy="Glan yr Afon"),
                               first_name="Main office").id
        move_to_office(session, "person", ids[1:], riverside)
    return 1, riverside


def _people_shown(window) -> list[str]:
    page = window.pages["people"]
    model = page.model
    return sorted(model.data(model.index(row, 1)) for row in range(model.rowCount()))


def test_one_office_shows_no_office_chooser(window):
    assert not window.office_chooser.bar.isVisibleTo(window)


def test_the_office_chooser_shows_one_office_or_all_and_every_page_follows(qtbot, window,
                                                                          context):
    main, riverside = _two_offices(context.db)
    context.changed(Changed.ALL)  # as after the office was added in Settings
    chooser = window.office_chooser
    assert chooser.bar.isVisibleTo(window) and chooser.box.isVisibleTo(window)
    assert chooser.box.accessibleName() == "Which office's work is shown"
    assert "Ctrl+Shift+O" in chooser.box.toolTip()
    assert [chooser.box.itemText(i) for i in range(chooser.box.count())] == [
        "All offices", "Main office", "Riverside"]
    assert chooser.shown() == "All offices"
    window.show_page("people")
    assert len(_people_shown(window)) == 3
    chooser.choose(chooser.box.findText("Riverside"))
    assert context.db.offices == frozenset({riverside})
    assert len(_people_shown(window)) == 2  # the People page refreshed by itself
    chooser.choose(chooser.box.findText("Main office"))
    assert context.db.offices == frozenset({main}) and len(_people_shown(window)) == 1
    chooser.choose(chooser.box.findText("All offices"))
    assert context.db.offices is None and len(_people_shown(window)) == 3
    # The keyboard shortcut opens the list.
    qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert chooser.box.view().isVisible()
    chooser.box.hidePopup()


def test_a_user_of_one_office_sees_only_theirs_and_cannot_choose_all(qtbot, window, context):
    from partapp.services.access.auth import SignedInUser, add_user
    from partapp.services.records.offices import set_staff_offices

    _main, riverside = _two_offices(context.db)
    with context.db.session_scope() as session:
        admin = add_user(session, username="ada", display_name="Ada Admin",
                         role="administrator", password="a long password 1")
    context.db.set_user(SignedInUser(admin.id, "ada", "Ada Admin", "administrator"))
    with context.db.session_scope() as session:
        cole = add_user(session, username="cole", display_name="Cole", role="coordinator",
                        password="a long password 2")
        set_staff_offices(session, cole.id, [riverside])
    context.db.set_user(SignedInUser(cole.id, "cole", "Cole", "coordinator"))
    context.database_changed.emit()  # as after signing in
    chooser = window.office_chooser
    assert [chooser.box.itemText(i) for i in range(chooser.box.count())] == ["Riverside"]
    assert chooser.shown() == "Riverside" and context.db.offices == frozenset({riverside})
    window.show_page("people")
    context.changed(Changed.ALL)
    assert len(_people_shown(window)) == 2


def _office_of(db, first_name: str) -> int:
    from sqlalchemy import select

    from partapp.models import Person

    with db.session_scope() as session:
        return session.scalar(select(Person.office_id).where(Person.first_name == first_name))


def test_the_person_form_has_an_office_field_only_with_offices(qtbot, window, context):
    from partapp.ui.dialogs.person_dialog import PersonDialog

    dialog = PersonDialog(context, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.office is None  # one office: nothing about offices
    dialog.close()
    _main, riverside = _two_offices(context.db)
    context.db.offices = frozenset({riverside})  # "Showing: Riverside"
    dialog = PersonDialog(context, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.office.isVisibleTo(dialog) and dialog.office.currentText() == "Riverside"
    assert dialog.office.accessibleName() == "Office"
    type_into(qtbot, dialog.first_name, "Dee")
    click(qtbot, dialog.save_button)
    assert _office_of(context.db, "Dee") == riverside


def test_moving_a_person_to_another_office_on_their_form(qtbot, window, context):
    from partapp.ui.dialogs.person_dialog import PersonDialog

    main, riverside = _two_offices(context.db)
    ann = _office_of(context.db, "Ann")
    assert ann == main
    from sqlalchemy import select

    from partapp.models import Person

    with context.db.session_scope() as session:
        ann_id = session.scalar(select(Person.id).where(Person.first_name == "Ann"))
    dialog = PersonDialog(context, ann_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.office.currentText() == "Main office"
    dialog.office.setCurrentIndex(dialog.office.findText("Riverside"))
    assert dialog.dirty.dirty
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and _office_of(context.db, "Ann") == riverside
    # Edit, Undo puts her back in her office.
    window.undo.undo()
    assert _office_of(context.db, "Ann") == main


def test_a_person_added_in_the_middle_of_a_form_joins_the_office_shown(qtbot, window, context):
    from partapp.ui.dialogs.new_person_dialog import NewPersonDialog

    _main, riverside = _two_offices(context.db)
    context.db.offices = frozenset({riverside})
    dialog = NewPersonDialog(context, "Eve Evans", parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.save_button)
    assert _office_of(context.db, "Eve") == riverside


def test_settings_users_says_which_offices_a_user_works_in(qtbot, window, context):
    from partapp.services.access.auth import SignedInUser, add_user
    from partapp.services.records.offices import staff_offices

    _main, riverside = _two_offices(context.db)
    with context.db.session_scope() as session:
        admin = add_user(session, username="ada", display_name="Ada Admin",
                         role="administrator", password="a long password 1")
    context.db.set_user(SignedInUser(admin.id, "ada", "Ada Admin", "administrator"))
    with context.db.session_scope() as session:
        cole = add_user(session, username="cole", display_name="Cole", role="coordinator",
                        password="a long password 2")
    window.show_page("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentIndex(page.tabs.indexOf(page.users.parentWidget().parentWidget()))
    tab = page.users
    tab.refresh()
    box = tab.offices
    assert box.isVisibleTo(window) and not box.save_button.isEnabled()  # nobody chosen yet
    row = next(i for i, user in enumerate(tab.users) if user.username == "cole")
    tab.view.selectRow(row)
    assert box.title() == "Offices Cole works in"
    assert [tick.text() for tick in box.ticks.values()] == ["Main office", "Riverside"]
    assert not any(tick.isChecked() for tick in box.ticks.values())
    click(qtbot, box.ticks[riverside])
    click(qtbot, box.save_button)
    with context.db.session_scope() as session:
        assert staff_offices(session, cole.id) == [riverside]
    assert box.result.text() == "Saved."
    tab.view.selectRow(next(i for i, u in enumerate(tab.users) if u.username == "ada"))
    assert not box.ticks[riverside].isChecked()  # Ada's own offices: none
    tab.view.selectRow(row)
    assert box.ticks[riverside].isChecked()
    click(qtbot, box.ticks[riverside])
    click(qtbot, box.save_button)
    with context.db.session_scope() as session:
        assert staff_offices(session, cole.id) == []
    assert box.result.text() == "Saved. Cole works in every office."


def test_one_office_shows_no_offices_in_the_users_tab(window):
    page = window.pages["settings"]
    page.users.refresh()
    assert page.users.offices.isHidden()  # not only because there are no users


def test_an_activity_and_what_was_said_at_it_belong_to_its_office(qtbot, window, context):
    from sqlalchemy import select

    from partapp.models import Activity, Suggestion
    from partapp.ui.dialogs.activity_dialog import ActivityDialog

    main, riverside = _two_offices(context.db)
    context.db.offices = frozenset({riverside})
    dialog = ActivityDialog(context, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.office.currentText() == "Riverside"  # the office on show
    type_into(qtbot, dialog.title, "River forum")
    type_into(qtbot, dialog.suggestions.entries[0].text, "More benches")
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    with context.db.session_scope() as session:
        activity = session.scalars(select(Activity)).one()
        said = session.scalars(select(Suggestion)).one()
        assert (activity.office_id, said.office_id) == (riverside, riverside)
        activity_id = activity.id
    # Moved on its form to the main office.
    context.db.offices = None
    dialog = ActivityDialog(context, activity_id, parent=window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.office.currentText() == "Riverside"
    dialog.office.setCurrentIndex(dialog.office.findText("Main office"))
    click(qtbot, dialog.save_button)
    with context.db.session_scope() as session:
        assert session.get(Activity, activity_id).office_id == main


def test_the_forms_and_pages_with_offices_use_each_shortcut_letter_once(qtbot, window, context,
                                                                       db):
    from .test_mnemonics import form_problems, page_problems

    _two_offices(db)
    context.changed(Changed.ALL)
    assert form_problems(qtbot, context, db) == {}
    assert page_problems(window) == {}
    tab = _offices_tab(window)
    click(qtbot, tab.add_button)
    from .test_mnemonics import problems

    assert problems(tab.dialog) == []
    tab.dialog.dirty.reset()
    tab.dialog.reject()


def test_offices_in_welsh_use_welsh_names_and_each_shortcut_letter_once(qtbot, context, db,
                                                                         qapp):
    from partapp.ui import translations
    from partapp.ui.main_window import MainWindow

    from .test_mnemonics import form_problems, page_problems, problems

    _two_offices(db)
    translations.install("cy", qapp)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        chooser = window.office_chooser
        assert chooser.label.text() == "Yn dangos:"
        assert [chooser.box.itemText(i) for i in range(chooser.box.count())] == [
            "Pob swyddfa", "Main office", "Glan yr Afon"]
        assert form_problems(qtbot, context, db) == {}
        assert page_problems(window) == {}
        tab = _offices_tab(window)
        click(qtbot, tab.add_button)
        assert tab.dialog.windowTitle() == "Ychwanegu swyddfa"
        assert problems(tab.dialog) == []
        tab.dialog.dirty.reset()
        tab.dialog.reject()
        window.pages["settings"].dirty.reset()
        window.pages["settings"].levels.dirty.reset()
    finally:
        translations.install("en", qapp)


def test_a_user_of_two_offices_sees_both_and_is_told_plainly_when_one_is_taken_away(
        qtbot, window, context, boxes):
    from partapp.services.access.auth import SignedInUser, add_user
    from partapp.services.records.offices import set_staff_offices

    main, riverside = _two_offices(context.db)
    with context.db.session_scope() as session:
        admin = add_user(session, username="ada", display_name="Ada Admin",
                         role="administrator", password="a long password 1")
    ada = SignedInUser(admin.id, "ada", "Ada Admin", "administrator")
    context.db.set_user(ada)
    with context.db.session_scope() as session:
        cole = add_user(session, username="cole", display_name="Cole", role="coordinator",
                        password="a long password 2")
        set_staff_offices(session, cole.id, [main, riverside])
    context.db.set_user(SignedInUser(cole.id, "cole", "Cole", "coordinator"))
    context.database_changed.emit()
    chooser = window.office_chooser
    assert [chooser.box.itemText(i) for i in range(chooser.box.count())] == [
        "All my offices (Main office, Riverside)", "Main office", "Riverside"]
    assert chooser.shown() == "All my offices (Main office, Riverside)"
    assert context.db.offices == frozenset({main, riverside})
    # An administrator takes the main office away meanwhile; choosing it is refused, plainly.
    with context.db.session_scope() as session:
        session.info["user"] = ada
        set_staff_offices(session, cole.id, [riverside])
    chooser.choose(chooser.box.findText("Main office"))
    assert boxes.shown[-1][1] == ("You can only see the offices you work in. Please ask an "
                                  "administrator if you need another one.")
    assert chooser.shown() == "All my offices (Main office, Riverside)"
    assert context.db.offices == frozenset({main, riverside})  # nothing else changed
