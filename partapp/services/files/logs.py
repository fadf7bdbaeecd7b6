"""The app's log file, in the data folder. Never log personal data: ids and counts only."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path

from .paths import data_dir

LOG_NAME = "partapp.log"
_configured = False


def log_path() -> Path:
    return data_dir() / "logs" / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send the app's log to a small rotating file. Returns its path (None if it cannot be made)."""
    global _configured
    path = log_path()
    if _configured:
        return path
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("partapp")
    root.setLevel(level)
    root.addHandler(handler)
    _configured = True
    return path


def log_unexpected(exc: BaseException, where: str) -> Path | None:
    """Write an unexpected error's traceback to the log (tracebacks hold code, not record values)."""
    path = setup_logging()
    logging.getLogger("partapp").error(
        "Unexpected error in %s: %s\n%s", where, type(exc).__name__,
        "".join(traceback.format_tb(exc.__traceback__)))
    return path
