"""The one way the app runs long work (demo data, import, backup) off the screen's thread.

The work function gets a ``Progress`` to report how far it is and to notice Cancel. It must open
its own ``session_scope()`` (a Session never crosses a thread) and return plain data. Results and
errors come back on the screen's thread. A window with progress and Cancel appears only when the
work takes longer than half a second. Tests use ``synchronous=True``: work runs at once, inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ..services.errors import PartappError

SHOW_AFTER_MS = 500


class TaskCancelled(PartappError):
    """The user pressed Cancel; the work stopped and rolled back."""

    def __init__(self) -> None:
        super().__init__("Stopped. Nothing from this step was saved.")


class Progress:
    """Handed to the work function. Safe to use from the worker thread."""

    def __init__(self, emit: Callable[[int, int, str], None] | None = None) -> None:
        self._emit = emit
        self._cancel = threading.Event()

    def report(self, done: int, total: int = 0, text: str = "") -> None:
        if self._emit is not None:
            self._emit(done, total, text)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check(self) -> None:
        """Stop here (raise TaskCancelled) if the user pressed Cancel."""
        if self._cancel.is_set():
            raise TaskCancelled()


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress,
                 signals: _Signals) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.work, self.progress, self.signals = work, progress, signals

    def run(self) -> None:  # runs on the worker thread: no widgets here
        try:
            result = self.work(self.progress)
        except BaseException as exc:  # noqa: BLE001 - handed back to the screen's thread
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class TaskRunner(QObject):
    """Runs work one job at a time on a single worker thread."""

    busy_changed = Signal(bool)

    def __init__(self, *, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._widget: QWidget | None = None
        self._running: list[tuple[_Job, _Signals]] = []
        self.error_handler: Callable[[BaseException, QWidget | None], None] | None = None

    def set_parent_widget(self, widget: QWidget | None) -> None:
        """The window progress appears over."""
        self._widget = widget

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def run(self, work: Callable[[Progress], Any], *, title: str,
            on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None,
            cancellable: bool = True, quiet: bool = False) -> None:
        """Run ``work(progress)``; then ``on_done(result)`` or ``on_error(exc)``.

        ``quiet`` work (refreshing counts) shows no progress window and does not block the app.
        """
        if self.synchronous:
            try:
                result = work(Progress())
            except BaseException as exc:  # noqa: BLE001 - handed back to the screen's thread
                self._failed(exc, on_error)
            else:
                if on_done is not None:
                    on_done(result)
            return
        progress_window = None if quiet else self._progress_window(title, cancellable)
        signals = _Signals()
        progress = Progress(signals.progress.emit)
        job = _Job(work, progress, signals)
        entry = (job, signals)

        def finish() -> None:
            self._running.remove(entry)
            if progress_window is not None:
                progress_window.reset()
                progress_window.hide()
                progress_window.deleteLater()
            if not quiet and not self._running:
                self.busy_changed.emit(False)

        def done(result: Any) -> None:
            finish()
            if on_done is not None:
                on_done(result)

        def failed(exc: BaseException) -> None:
            finish()
            self._failed(exc, on_error)

        signals.finished.connect(done)
        signals.failed.connect(failed)
        if progress_window is not None:
            signals.progress.connect(
                lambda d, t, text: self._show_progress(progress_window, d, t, text))
            progress_window.canceled.connect(progress.cancel)
            progress_window.canceled.connect(
                lambda: progress_window.setLabelText(self.tr("Stopping\u2026")))
            QTimer.singleShot(SHOW_AFTER_MS, lambda: self._reveal(progress_window, entry))
            self.busy_changed.emit(True)
        self._running.append(entry)
        self._pool.start(job)

    def wait(self, timeout_ms: int = 30000) -> bool:
        """Block until running work has finished (used when closing the app)."""
        return self._pool.waitForDone(timeout_ms)

    def _progress_window(self, title: str, cancellable: bool) -> QProgressDialog:
        window = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0,
                                 self._widget)
        window.setWindowTitle(self.tr("Please wait"))
        window.setAccessibleName(title)
        window.setAutoClose(False)
        window.setAutoReset(False)
        window.setMinimumDuration(24 * 3600 * 1000)  # we decide when it appears
        if not cancellable:
            window.setCancelButton(None)
        window.hide()
        return window

    def _reveal(self, window: QProgressDialog, entry: tuple) -> None:
        if entry in self._running:
            window.setWindowModality(Qt.WindowModality.WindowModal)
            window.show()

    @staticmethod
    def _show_progress(window: QProgressDialog, done: int, total: int, text: str) -> None:
        if total > 0:
            window.setMaximum(total)
            window.setValue(min(done, total))
        if text:
            window.setLabelText(text)

    def _failed(self, exc: BaseException, on_error: Callable[[BaseException], None] | None) -> None:
        if on_error is not None:
            on_error(exc)
        elif self.error_handler is not None:
            self.error_handler(exc, self._widget)
        else:
            raise exc
