"""The main window builds each page the first time it is shown (issue #17: the window paints
sooner), and what only making files needs (reportlab, pikepdf, liblouis) is not loaded at start."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from partapp.ui.main_window import PAGES

from .test_main_window import _actions

ROOT = Path(__file__).resolve().parents[2]


def test_only_the_page_on_show_is_built_and_the_others_come_when_chosen(qtbot, window):
    assert [page.key for page in window.pages.built()] == ["home"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        spec.title for spec in PAGES]  # every section is listed before its page is built
    _actions(window)["Letters"].trigger()  # Ctrl+6
    assert window.current_page.key == "letters"
    assert window.current_page.isVisible()
    assert window.nav.currentItem().text() == "Letters"
    window.nav.setCurrentRow(1)  # the arrow keys in the sections list
    assert window.current_page.key == "people"
    assert [page.key for page in window.pages.built()] == ["home", "people", "letters"]
    assert window.pages["letters"] is window.pages["letters"]  # built once


def test_the_home_page_links_work_when_home_was_built_later(qtbot, context):
    from partapp.ui.main_window import MainWindow

    context.settings.last_page = "changes"
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    assert [page.key for page in window.pages.built()] == ["changes"]
    home = window.pages["home"]
    home.open_requested.emit("people", {})
    assert window.current_page.key == "people"
    home.action_requested.emit("add_person")
    assert window.pages["people"].dialog is not None  # the form opened
    window.pages["people"].dialog.dirty.reset()
    window.pages["people"].dialog.close()


def test_each_section_names_its_page_class_key_and_title():
    for spec in PAGES:
        cls = spec.page_class()
        assert (cls.__name__, cls.key, cls.title) == (spec.class_name, spec.key, spec.title)


START = textwrap.dedent("""
    import json, sys
    from PySide6.QtWidgets import QApplication
    from partapp.services.store.database import open_database
    from partapp.ui.context import AppContext
    from partapp.ui.main_window import MainWindow
    from partapp.ui.settings import AppSettings
    from partapp.ui.tasks import TaskRunner

    app = QApplication([])
    window = MainWindow(AppContext(open_database(sys.argv[1]), AppSettings(), TaskRunner()))
    window.show()
    app.processEvents()
    loaded = {"start": sorted(m for m in ("reportlab", "pikepdf", "louis") if m in sys.modules)}
    window.show_page("letters")
    app.processEvents()
    loaded["letters"] = sorted(m for m in ("reportlab", "pikepdf", "louis") if m in sys.modules)
    print(json.dumps(loaded))
""")


def test_the_window_opens_without_the_pdf_and_braille_libraries(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "c"),
               XDG_DATA_HOME=str(tmp_path / "d"), XDG_STATE_HOME=str(tmp_path / "s"))
    run = subprocess.run([sys.executable, "-c", START, str(tmp_path / "new.db")], cwd=ROOT,
                         env=env, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr[-2000:]
    loaded = json.loads(run.stdout.strip().splitlines()[-1])
    # Not at start, and not for the Letters page either until a letter is made.
    assert loaded == {"start": [], "letters": []}
