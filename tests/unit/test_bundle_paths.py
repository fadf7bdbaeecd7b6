"""Where the app looks for its files, frozen (a PyInstaller bundle) and not, on every system."""

from __future__ import annotations

import sys
from pathlib import Path

from partapp.services import paths

ROOT = Path(__file__).resolve().parents[2]


def test_source_tree_uses_the_resources_beside_the_package(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert paths.bundle_dir() is None
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.resources_dir() / "fonts" / "DejaVuSans.ttf").is_file()


def test_a_bundle_uses_its_own_unpacked_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert paths.resources_dir() == tmp_path / "_internal" / "resources"


def test_a_bundle_without_meipass_uses_the_program_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(sys, "executable", str(tmp_path / "partapp.exe"))
    assert paths.resources_dir() == tmp_path.resolve() / "resources"


def test_the_data_file_is_in_the_user_data_folder_not_the_install_folder(monkeypatch, tmp_path):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    db = Path(paths.resolve_db_target())
    assert db.name == "participation.db"
    assert db.parent.name == "ParticipationTracker"
    assert tmp_path not in db.parents
