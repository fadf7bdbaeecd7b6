"""Process start to first paint, through the real entry point (issue #17, target 4).

    python -m bench.first_paint app DB    # partapp --db DB, as a user starts it
    python -m bench.first_paint bare      # bare PySide6: an empty QMainWindow, for comparison

The app runs exactly as ``partapp --db DB`` does (partapp.cli.main: opening and checking the
file, the welcome check, the main window, the backup after opening); the only thing added is
an event filter on the application that prints one JSON line, naming the window, when the
first window paints, and then ends the process. The parent (bench/run.py) times from starting
this process to reading that line. For a new file, the first window is the welcome.
"""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _watch(app) -> None:
    from PySide6.QtCore import QEvent, QObject

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and watched.isWidgetType() \
                    and watched.isWindow():
                print(json.dumps({"seconds": None, "window": type(watched).__name__}),
                      flush=True)
                os._exit(0)  # first paint reached: nothing after it is timed
            return False

    app._first_paint = FirstPaint(app)  # kept alive with the application
    app.installEventFilter(app._first_paint)


def app(db_path: str) -> int:
    from partapp import cli
    from partapp.ui import app as desktop

    made = desktop.make_application

    def watched(argv=None):
        application = made(argv)
        _watch(application)
        return application

    desktop.make_application = watched
    return cli.main(["--db", db_path])


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    application = QApplication(sys.argv[:1])
    _watch(application)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    return application.exec()


if __name__ == "__main__":
    sys.exit(app(sys.argv[2]) if sys.argv[1] == "app" else bare())
