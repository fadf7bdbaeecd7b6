"""Did it make a difference? Home lists the changes to ask about; an answer is recorded from
Home or from the person's history, by keyboard; the history shows it. Every control has a name
and each window uses each shortcut letter once."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QPlainTextEdit
from sqlalchemy import select

from partapp.models import FollowUp
from partapp.services.records import changes
from partapp.services.records.changes import ChangeData

from .conftest import add_person, add_suggestion, click, table_texts, type_into
from .test_mnemonics import problems, problems_on_every_tab

DONE = date.today() - timedelta(weeks=8)  # the wait ends today


def _change(db, description: str, done_on: date, suggestion_ids) -> int:
    with db.session_scope() as session:
        return changes.save_change(session, ChangeData(
            description=description, status="done", done_on=done_on,
            suggestion_ids=tuple(suggestion_ids))).id


def _people_and_change(db):
    ann = add_person(db, "Ann", "Smith")
    bob = add_person(db, "Bob", "Lee")
    ramp = add_suggestion(db, "A gentler ramp", days_ago=90, raisers=[ann, bob])
    change = _change(db, "We rebuilt the ramp at the front door", DONE, [ramp])
    _change(db, "We painted the hall", DONE + timedelta(days=1), [ramp])  # due tomorrow
    return ann, bob, change


def _choose(box: QComboBox, text: str) -> None:
    index = next(i for i in range(box.count()) if text in box.itemText(i))
    box.setCurrentIndex(index)


def _unnamed(dialog) -> list[str]:
    controls = [w for kind in (QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit)
                for w in dialog.findChildren(kind)]
    return [type(w).__name__ for w in controls
            if w.isVisibleTo(dialog) and w.focusPolicy() != Qt.FocusPolicy.NoFocus
            and not w.accessibleName().strip()]


def test_home_lists_what_is_due_and_records_an_answer_by_keyboard(qtbot, window, db):
    _ann, bob, _change_id = _people_and_change(db)
    window.show_page("home")
    home = window.pages["home"]
    home.refresh()
    assert home.follow_up_card.text() == "1 change is ready to ask about"
    assert table_texts(home.follow_up_view, 1) == ["We rebuilt the ramp at the front door"]
    assert table_texts(home.follow_up_view, 2) == ["2"]
    assert problems(window) == []
    assert not home.answer_button.isEnabled()
    click(qtbot, home.follow_up_card)  # the card leads to the list, the first change chosen
    assert home.follow_up_view.hasFocus() and home.answer_button.isEnabled()
    qtbot.keyClick(home.follow_up_view, Qt.Key.Key_Return)  # Enter opens the form
    dialog = home.dialog
    assert dialog.isVisible()
    assert _unnamed(dialog) == [] and problems_on_every_tab(dialog, dialog) == []
    assert [dialog.who.itemText(i) for i in range(dialog.who.count())] == [
        "Ann Smith (P0001), not asked yet", "Bob Lee (P0002), not asked yet"]
    # Saving without an answer says which field, in plain words, and saves nothing.
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible()
    assert "Please choose their answer" in dialog.errors.message("answer"), (
        dialog.errors.message("*"), [dialog.errors.message(f) for f in ("person_id", "method")])
    _choose(dialog.who, "Bob Lee")
    _choose(dialog.answer, "A bit")
    _choose(dialog.method, "Phone call")
    type_into(qtbot, dialog.words, "Easier with my frame, still steep")
    qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.isVisible()
    with db.session_scope() as session:
        row = session.scalar(select(FollowUp))
        assert (row.person_id, row.answer, row.method, row.words, row.answered_on) == (
            bob, "a_bit", "phone", "Easier with my frame, still steep", date.today())
    QApplication.processEvents()
    home.refresh()
    assert table_texts(home.follow_up_view, 2) == ["1"]  # Ann is still to ask
    window.show_page("people")
    page = window.pages["people"]
    type_into(qtbot, page.search, "lee")
    page.apply_filter()
    page.view.selectRow(0)
    panel = page.panel
    assert panel.tabs.tabText(3) == "Did &it help? (1)"
    assert table_texts(panel.follow_up_view, 2) == ["A bit"]
    assert table_texts(panel.follow_up_view, 3) == ["Easier with my frame, still steep"]
    assert problems_on_every_tab(window, page) == []


def test_an_answer_from_the_persons_history(qtbot, window, db):
    ann, _bob, _change = _people_and_change(db)
    window.show_page("people")
    page = window.pages["people"]
    type_into(qtbot, page.search, "smith")
    page.apply_filter()
    page.view.selectRow(0)
    panel = page.panel
    click(qtbot, panel.answer_button)
    dialog = panel.dialog
    assert dialog.person_id == ann
    assert _unnamed(dialog) == [] and problems_on_every_tab(dialog, dialog) == []
    # Both changes behind her suggestion are offered, newest first.
    assert [dialog.change.itemText(i).split(": ", 1)[1] for i in range(dialog.change.count())] \
        == ["We painted the hall", "We rebuilt the ramp at the front door"]
    _choose(dialog.change, "ramp")
    assert dialog.answer.currentText() == "Choose their answer"  # nothing given yet
    _choose(dialog.answer, "Yes")
    dialog.answered_on.setText((DONE - timedelta(days=1)).isoformat())
    click(qtbot, dialog.save_button)
    assert dialog.isVisible()  # told us before the change was done
    assert "before the change was done" in dialog.errors.message("answered_on")
    dialog.answered_on.setText(date.today().isoformat())
    click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert table_texts(panel.follow_up_view, 2) == ["Yes"]
    assert table_texts(panel.follow_up_view, 0) == ["We rebuilt the ramp at the front door"]
    # Opened again, the form shows what she said about that change, to put it right.
    click(qtbot, panel.answer_button)
    again = panel.dialog
    _choose(again.change, "ramp")
    assert again.answer.currentText() == "Yes" and again.answered_on.text() == \
        date.today().isoformat()
    _choose(again.change, "hall")
    assert again.answer.currentText() == "Choose their answer" and not again.words.toPlainText()
    again.dirty.reset()
    again.close()


def test_an_answer_from_the_changes_page(qtbot, window, db):
    _ann, _bob, change = _people_and_change(db)
    window.show_page("changes")
    page = window.pages["changes"]
    page.refresh()
    assert not page.answer_button.isEnabled()
    row = next(r for r in range(page.model.rowCount()) if page.model.row_data(r).id == change)
    page.view.selectRow(row)
    assert page.answer_button.isEnabled() and problems(window) == []
    click(qtbot, page.answer_button)
    dialog = page.dialog
    assert dialog.change_id == change and dialog.who.count() == 2
    dialog.dirty.reset()
    dialog.close()


def test_settings_has_the_wait(qtbot, window, db):
    window.show_page("settings")
    page = window.pages["settings"]
    assert page.follow_up_weeks.value() == 8
    assert page.follow_up_weeks.accessibleName() == "Ask if a change helped after"


def test_in_welsh_each_shortcut_letter_is_used_once(qtbot, context, db, qapp):
    """Home and People with a follow-up due, and the form from each, in Welsh."""
    from partapp.ui import translations
    from partapp.ui.dialogs.follow_up_dialog import FollowUpDialog
    from partapp.ui.main_window import MainWindow

    ann, _bob, change = _people_and_change(db)
    translations.install("cy", qapp)
    try:
        window = MainWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.show_page("home")
        window.pages["home"].refresh()
        assert window.pages["home"].answer_button.text() == "Cofnodi a&teb\u2026"
        assert problems(window) == []
        window.show_page("people")
        page = window.pages["people"]
        page.view.selectRow(0)
        assert problems_on_every_tab(window, page) == []
        window.show_page("changes")
        changes_page = window.pages["changes"]
        changes_page.refresh()
        changes_page.view.selectRow(0)
        assert changes_page.answer_button.text() == "Cofnodi ate&b\u2026"
        assert problems(window) == []
        for dialog in (FollowUpDialog(context, change_id=change),
                       FollowUpDialog(context, person_id=ann)):
            qtbot.addWidget(dialog)
            dialog.show()
            assert dialog.windowTitle() == "A wnaeth wahaniaeth?"
            assert _unnamed(dialog) == [] and problems(dialog) == []
            assert [dialog.answer.itemText(i) for i in range(dialog.answer.count())][1:] == [
                "Ie", "Ychydig", "Na", "Ddim yn siŵr"]
            dialog.dirty.reset()
            dialog.close()
    finally:
        translations.install("en", qapp)
