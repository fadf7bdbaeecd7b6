"""The desktop app's entry point (``partapp`` with no command, or ``python main.py``)."""

from __future__ import annotations

import os
import sys
from typing import cast

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..services.files.logs import setup_logging
from ..services.files.paths import ENV_DB, resolve_db_target
from . import contrast, errors, focus_style, text_size, translations
from .qt_types import application
from .settings import ORGANISATION, AppSettings
from .startup import Startup
from .tasks import TaskRunner

SMOKE_ENV = "PARTAPP_SMOKE_EXIT"
"""Seconds: the desktop prints the windows it shows, then quits (bundle/smoke.py uses it)."""


def make_application(argv: list[str] | None = None) -> QApplication:
    app = cast(QApplication, QApplication.instance()) or QApplication(
        argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    settings = AppSettings()
    text_size.apply(app, settings.text_percent)  # View, Bigger text: remembered
    desktop = application()
    focus_style.install(desktop)  # a thick outline on the control the keyboard is on
    contrast.apply(desktop, contrast.wanted(settings.high_contrast))  # View, High contrast
    contrast.follow_the_computer(desktop, lambda: settings.high_contrast)
    code = translations.choose(settings.language)
    if translations.install(code, app) == "en":
        translator = QTranslator(app)
        if translator.load(QLocale.system(), "qtbase", "_",
                           QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(translator)
    return app


def run_app(db_target: str | None = None) -> int:
    """Open the desktop app on ``db_target`` (None: $PARTAPP_DB, then the default file)."""
    app = make_application()
    setup_logging()
    errors.install()
    tasks = TaskRunner()
    tasks.error_handler = errors.report_error
    settings = AppSettings()
    server = settings.read(AppSettings.server_address)  # Settings, Database server
    if server and not db_target and not os.environ.get(ENV_DB, "").strip():
        db_target = server
    startup = Startup(resolve_db_target(db_target), settings, tasks)
    exit_code = {"code": 0}

    def ended(code: int) -> None:
        exit_code["code"] = code
        app.exit(code)

    startup.ended.connect(ended)
    # Closing the welcome must not end the app before the main window opens.
    app.setQuitOnLastWindowClosed(False)
    startup.window_shown.connect(lambda: app.setQuitOnLastWindowClosed(True))
    startup.begin()
    if startup.window is None and startup.welcome is None:
        return exit_code["code"]
    _smoke_exit(app)
    result = app.exec()
    tasks.wait()
    if startup.context is not None:
        startup.context.db.dispose()
    return result or exit_code["code"]


def _smoke_exit(app: QApplication) -> None:
    """With $PARTAPP_SMOKE_EXIT set (to seconds), list the windows showing on stdout then quit:
    the built bundle's smoke test checks the welcome or the main window appeared."""
    import os

    seconds = os.environ.get(SMOKE_ENV, "").strip()
    if not seconds:
        return
    from PySide6.QtCore import QTimer

    def report() -> None:
        for widget in app.topLevelWidgets():
            if widget.isVisible() and sys.stdout is not None:
                print(f"shown: {type(widget).__name__}: {widget.windowTitle()}", flush=True)
        app.exit(0)

    QTimer.singleShot(int(float(seconds) * 1000), report)
