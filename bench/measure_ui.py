"""Timings of the desktop app, each in its own process (see bench/run.py).

``window_ready`` prints as soon as the main window has painted for the first time; the parent
times it from process start. The list timings wait for the start-up work in the background to finish, as
it has by the time a person clicks, then switch page (or type into the Suggestions search box)
and wait until the table has painted its rows.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_CONFIG_HOME", tempfile.mkdtemp(prefix="partapp-bench-config-"))


def _window(db_path: str):
    from PySide6.QtWidgets import QApplication

    from partapp.services.store.database import open_database
    from partapp.ui.app import make_application
    from partapp.ui.context import AppContext
    from partapp.ui.main_window import MainWindow
    from partapp.ui.settings import AppSettings
    from partapp.ui.tasks import TaskRunner

    app = make_application()
    db = open_database(db_path, lock=False)
    tasks = TaskRunner()
    context = AppContext(db, AppSettings(), tasks)
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    QApplication.processEvents()
    window.repaint()
    window.tasks = tasks
    return app, window


def _settled(app, window) -> None:
    """Let the start-up work in the background (Home's counts) finish, as it has by the time
    a person has moved the mouse and clicked."""
    window.tasks.wait()
    app.processEvents()


def _painted(app, view) -> None:
    app.processEvents()
    view.viewport().repaint()


def window_ready(db_path: str) -> dict:
    _window(db_path)
    return {"seconds": None}


def _first_paint(db_path: str, key: str) -> dict:
    app, window = _window(db_path)
    window.show_page("home")
    _settled(app, window)
    t0 = time.perf_counter()
    window.show_page(key)
    page = window.page(key)
    _painted(app, page.view)
    rows = page.view.model().rowCount()
    return {"seconds": time.perf_counter() - t0, "rows": rows}


def people_first_paint(db_path: str) -> dict:
    return _first_paint(db_path, "people")


def suggestions_first_paint(db_path: str) -> dict:
    return _first_paint(db_path, "suggestions")


def filter_keystroke(db_path: str) -> dict:
    app, window = _window(db_path)
    window.show_page("suggestions")
    page = window.page("suggestions")
    _painted(app, page.view)
    _settled(app, window)
    page.filters.search.blockSignals(True)
    page.filters.search.setText("bus")
    page.filters.search.blockSignals(False)
    t0 = time.perf_counter()
    page.apply_filter()  # what the search box's short typing pause ends in
    _painted(app, page.view)
    return {"seconds": time.perf_counter() - t0, "rows": page.view.model().rowCount()}


def typing_stall(db_path: str) -> dict:
    """The longest time the window stops answering while someone types a decision's reason,
    soon after the app opened (the plain English check's first use included). A 10 ms timer
    ticks throughout; the longest gap between two ticks, less 10 ms, is the stall."""
    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest

    from partapp.services.records.suggestions import get_suggestion
    from partapp.ui.dialogs.decision_dialog import DecisionDialog

    app, window = _window(db_path)
    _settled(app, window)
    with window.context.db.session_scope() as session:
        suggestion = get_suggestion(session, 1)
    dialog = DecisionDialog(window.context, suggestion, parent=window)
    dialog.show()
    app.processEvents()
    clock, gaps = QElapsedTimer(), []
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(10)
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.timeout.connect(tick)
    timer.start()
    for char in "We will put a ramp at the front door by the end of May.":
        QTest.keyClicks(dialog.reason, char)
        QTest.qWait(40)  # a quick typist
    QTest.qWait(1500)  # the check runs a moment after typing stops
    timer.stop()
    return {"seconds": max(gaps, default=0) / 1000 - 0.010, "ticks": len(gaps),
            "hint": dialog.reason_hint.text()[:40]}


MEASURES = {f.__name__: f for f in (window_ready, people_first_paint, suggestions_first_paint,
                                    filter_keystroke, typing_stall)}

if __name__ == "__main__":
    from bench.measure import peak_mb

    result = MEASURES[sys.argv[1]](sys.argv[2])
    result["peak_mb"] = peak_mb()
    print(json.dumps(result), flush=True)
    os._exit(0)  # skip Qt teardown: it is not part of any timing
