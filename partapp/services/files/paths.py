"""Where things live on disk: the data folder, the default database, resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "ParticipationTracker"
DB_FILENAME = "participation.db"
ENV_DB = "PARTAPP_DB"


def data_dir() -> Path:
    """The user's data folder for this app (created on demand)."""
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False, roaming=True))


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def resolve_db_target(explicit: str | None = None) -> str:
    """The database to open: ``--db`` if given, then $PARTAPP_DB, then the data folder's file."""
    if explicit:
        return explicit
    from_env = os.environ.get(ENV_DB, "").strip()
    if from_env:
        return from_env
    return str(default_db_path())


def bundle_dir() -> Path | None:
    """The unpacked folder of a one-folder bundle (PyInstaller sets ``sys.frozen``), else None."""
    if not getattr(sys, "frozen", False):
        return None
    meipass = getattr(sys, "_MEIPASS", None)
    return Path(meipass) if meipass else Path(sys.executable).resolve().parent


def resources_dir() -> Path:
    """The shipped resources folder (fonts, pictures, templates, word lists).

    In a bundle it is ``resources/`` inside the bundle's folder; from a source tree it is the
    one beside the package; from a wheel, ``<prefix>/share/partapp/resources``.
    """
    frozen = bundle_dir()
    if frozen is not None:
        return frozen / "resources"
    here = Path(__file__).resolve().parents[2]
    source_tree = here.parent / "resources"
    for candidate in (source_tree, Path(sys.prefix) / "share" / "partapp" / "resources"):
        if candidate.is_dir():
            return candidate
    return source_tree


def is_url(target: str) -> bool:
    return "://" in target
