"""No traceback ever reaches the user; long work runs off the screen's thread and can stop."""

from __future__ import annotations

import sys
import time

from partapp.services.errors import PartappError
from partapp.services.files.logs import log_path
from partapp.ui import errors
from partapp.ui.tasks import Progress, TaskCancelled, TaskRunner


def test_an_unexpected_error_is_logged_and_shown_calmly(qtbot, boxes):
    name, street = "Siân Llŷr", "High Street"  # personal data in the error's message
    try:
        raise RuntimeError(f"{name} lives at 3 {street}")
    except RuntimeError:
        errors.excepthook(*sys.exc_info())
    title, text = boxes.shown[-1]
    assert title == "Something went wrong"
    assert "Your other work is safe" in text and str(log_path()) in text
    assert "Traceback" not in text and "RuntimeError" not in text
    logged = log_path().read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "test_errors_and_tasks.py" in logged
    assert "Siân" not in logged and "High Street" not in logged


def test_a_problem_the_user_can_fix_is_shown_in_its_own_words(qtbot, boxes):
    errors.report_error(PartappError("That file is open in another program. Close it first."))
    assert boxes.shown[-1] == ("Please check",
                               "That file is open in another program. Close it first.")


def test_installing_the_hook(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.__excepthook__)
    errors.install()
    assert sys.excepthook is errors.excepthook


def test_background_work_returns_its_result_on_the_screens_thread(qtbot):
    runner = TaskRunner()
    busy, results = [], []
    runner.busy_changed.connect(busy.append)
    runner.run(lambda progress: 6 * 7, title="Adding up", on_done=results.append)
    qtbot.waitUntil(lambda: results == [42])
    assert busy == [True, False] and not runner.busy


def test_cancel_stops_the_work_and_reports_it(qtbot):
    runner = TaskRunner()
    failures = []

    def slow(progress: Progress):
        for step in range(1000):
            progress.report(step, 1000, "Working")
            progress.check()
            time.sleep(0.005)
        return "finished"

    runner.run(slow, title="Slow work", on_done=failures.append, on_error=failures.append)
    job, _signals = runner._running[0]
    job.progress.cancel()
    qtbot.waitUntil(lambda: failures != [])
    assert isinstance(failures[0], TaskCancelled)
    assert "Nothing from this step was saved" in str(failures[0])


def test_errors_in_background_work_go_to_the_error_handler(qtbot):
    runner = TaskRunner()
    seen = []
    runner.error_handler = lambda exc, widget: seen.append(exc)
    runner.run(lambda progress: 1 / 0, title="Dividing")
    qtbot.waitUntil(lambda: seen != [])
    assert isinstance(seen[0], ZeroDivisionError)


def test_synchronous_mode_runs_inline():
    runner = TaskRunner(synchronous=True)
    results = []
    runner.run(lambda progress: "done", title="Quick", on_done=results.append)
    assert results == ["done"]
