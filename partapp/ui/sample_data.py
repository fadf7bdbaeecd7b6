"""Filling a new, empty data file with the sample organisation, in the background (from the
welcome screen's "Try it with sample data", and File, then Add sample data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow

from .context import AppContext
from .tasks import Progress
from .translations import message


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


def fill_sample_data(context: AppContext, window: QMainWindow) -> None:
    """Fill the (empty) open data file with the demo, in the background."""
    db = context.db

    def work(progress: Progress):
        from ..services.sample.demo import fill_demo

        def step(done: int, total: int, message: str) -> None:
            progress.report(done, total, QCoreApplication.translate("labels", message))
            progress.check()  # Cancel pressed: stop, and roll everything back

        with db.session_scope() as session:
            summary = fill_demo(session, seed=7, progress=step)
            progress.check()
        return summary

    def done(summary) -> None:
        from ..services.sample.demo import fill_demo

        context.announce(fill_demo, summary)
        window.statusBar().showMessage(message(summary.describe()), 15000)

    context.tasks.run(work, title=tr("Adding sample data\u2026"), on_done=done)
