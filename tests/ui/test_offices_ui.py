"""The desktop's side of offices (issue #18, section 1): Settings, Offices adds and changes
them (the first office named when the second is added), through the real widgets, and what is
stored is read back from the data file."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

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
