"""The app's own screens in Welsh or English: what the window shows in each, PARTAPP_LANG at
start-up, and Settings, Language saving the choice and saying when it takes effect."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from partapp import language
from partapp.ui import translations
from partapp.ui.app import make_application
from partapp.ui.formatting import format_date
from partapp.ui.main_window import MainWindow
from partapp.ui.settings import AppSettings

from .conftest import click


@pytest.fixture
def speak(qapp):
    """Install a language for one test; English (as the other UI tests expect) afterwards."""
    def install(code: str) -> str:
        return translations.install(code, qapp)
    yield install
    translations.install("en", qapp)


def _window(qtbot, context) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def _sections(window) -> list[str]:
    return [window.nav.item(row).text() for row in range(window.nav.count())]


def _items(box) -> list[str]:
    return [box.itemText(i) for i in range(box.count())]


def _labels(widget) -> list[str]:
    return [label.text() for label in widget.findChildren(QLabel)]


def test_the_window_in_welsh(qtbot, context, speak, monkeypatch):
    monkeypatch.delenv(language.ENV_VAR, raising=False)
    assert speak("cy") == "cy"
    window = _window(qtbot, context)
    assert _menus(window)[:4] == ["&Ffeil", "Golygu", "&Cofnodi", "&Mynd"]
    sections = _sections(window)
    assert sections[0] == "Hafan"
    assert {"Pobl", "Llythyrau", "Gosodiadau"} <= set(sections)
    home = _labels(window.pages["home"])
    assert "Beth sydd angen sylw" in home
    assert "Cofnodi rhywbeth newydd" in home
    assert any(text.startswith("Croeso i draciwr ") for text in home)
    assert not any(text in home for text in ("What needs attention", "Record something new"))
    assert "Iaith yr ap" in _labels(window.pages["settings"].language)
    assert format_date(date(2026, 3, 3)) == "3 Maw 2026"
    assert format_date(date(2026, 12, 25)) == "25 Rhag 2026"
    assert any(text.startswith(f"Heddiw yw {format_date(date.today())}.") for text in home)
    # the core's labels (kinds, statuses) are translated where they are shown
    kinds = _items(window.pages["suggestions"].filters.kind)
    assert {"Syniad", "Cwyn"} <= set(kinds) and "Idea" not in kinds
    assert "Ar y gweill" in _items(window.pages["changes"].status)


def test_the_window_in_english(qtbot, context, speak, monkeypatch):
    monkeypatch.delenv(language.ENV_VAR, raising=False)
    speak("en")
    window = _window(qtbot, context)
    assert _menus(window)[:4] == ["&File", "Edit", "&Record", "&Go"]
    sections = _sections(window)
    assert sections[0] == "Home"
    assert {"People", "Letters", "Settings"} <= set(sections)
    home = _labels(window.pages["home"])
    assert "What needs attention" in home
    assert "Beth sydd angen sylw" not in home
    assert format_date(date(2026, 3, 3)) == "3 Mar 2026"


@pytest.mark.parametrize(("env", "menu"), [("cy", "&Ffeil"), ("en", "&File")])
def test_partapp_lang_decides_at_start(qapp, speak, monkeypatch, env, menu):
    """The real start-up path: PARTAPP_LANG wins over whatever Settings says."""
    monkeypatch.setenv(language.ENV_VAR, env)
    make_application()
    assert translations.current() == env
    assert QCoreApplication.translate("MainWindow", "&File") == menu


def test_settings_language_saves_and_says_when(qtbot, context, speak, monkeypatch, tmp_path):
    monkeypatch.delenv(language.ENV_VAR, raising=False)
    speak("en")
    context.settings.language = "en"
    window = _window(qtbot, context)
    tab = window.pages["settings"].language
    assert tab.buttons["en"].isChecked()
    assert tab.note.text() == "In use now: English."

    click(qtbot, tab.buttons["cy"])
    assert context.settings.language == "cy"
    path = context.settings._q.fileName()
    assert AppSettings.for_file(path).language == "cy", "saved to the settings file"
    assert tab.note.text() == ("In use now: English. The new language is used the next time "
                               "you start the app.")

    click(qtbot, tab.buttons["en"])
    assert AppSettings.for_file(path).language == "en"
    assert tab.note.text() == "In use now: English."

    monkeypatch.setenv(language.ENV_VAR, "cy")
    click(qtbot, tab.buttons["system"])
    assert AppSettings.for_file(path).language == "system"
    assert tab.note.text().endswith("PARTAPP_LANG is set on this computer, so the app uses "
                                    "Welsh whatever you choose here.")


def test_settings_language_in_welsh(qtbot, context, speak, monkeypatch):
    monkeypatch.setenv(language.ENV_VAR, "cy")
    speak("cy")
    window = _window(qtbot, context)
    tab = window.pages["settings"].language
    assert tab.note.text() == ("Yn cael ei defnyddio nawr: Cymraeg. Mae PARTAPP_LANG wedi'i "
                               "osod ar y cyfrifiadur hwn, felly mae'r ap yn defnyddio Cymraeg "
                               "beth bynnag a ddewiswch chi yma.")


def test_each_welsh_form_uses_each_shortcut_letter_once(qtbot, context, db, speak):
    """The Welsh has its own shortcut letters: the same check as test_mnemonics, in Welsh."""
    from partapp.ui.dialogs.activity_dialog import ActivityDialog

    from .test_mnemonics import form_problems

    speak("cy")
    assert form_problems(qtbot, context, db) == {}
    dialog = ActivityDialog(context)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() not in ("", "Save")  # in Welsh, with no letter
    dialog.close()


def test_each_welsh_page_uses_each_shortcut_letter_once(qtbot, context, speak):
    """Every page and tab in Welsh, with the menus: the same check as test_mnemonics."""
    from .test_mnemonics import page_problems

    speak("cy")
    window = _window(qtbot, context)
    found = page_problems(window)
    for page in window.pages.values():
        for dirty in (getattr(page, "dirty", None),
                      getattr(getattr(page, "levels", None), "dirty", None)):
            if dirty is not None:
                dirty.reset()
    from .test_mnemonics import _letter

    for menu in window.menuBar().actions():  # and each menu's own items
        letters = [_letter(item.text()) for item in menu.menu().actions() if item.text()]
        letters = [letter for letter in letters if letter]
        if len(letters) != len(set(letters)):
            found[menu.text()] = [item.text() for item in menu.menu().actions()]
    assert found == {}, "\n".join(f"{k}: {v}" for k, v in found.items())


def test_the_guide_in_welsh(qtbot, speak):
    """With Welsh, F1's guide is the Welsh one: every topic, its pictures and links."""
    import re

    from partapp.ui.help import TOPICS, HelpWindow, help_folder

    speak("cy")
    folder = help_folder()
    assert folder.name == "cy"
    keys = {key for key, _title in TOPICS}
    assert {p.stem for p in folder.glob("*.html")} == keys
    for key in keys:
        html = (folder / f"{key}.html").read_text(encoding="utf-8")
        for picture in re.findall(r'<img src="([^"]+)"', html):
            assert (folder / picture).is_file(), (key, picture)
        for link in re.findall(r'<a href="([^"]+)"', html):
            assert link.removesuffix(".html") in keys, (key, link)
    guide = HelpWindow()
    qtbot.addWidget(guide)
    guide.show_topic("meeting")
    assert guide.windowTitle() == "Canllaw"
    assert guide.topics.currentItem().text() == "Cofnodi cyfarfod"
    assert "Mae un ffurflen yn cofnodi cyfarfod cyfan." in guide.text.toPlainText()
    speak("en")
    assert help_folder().name == "en"
