"""Where the app looks for its files, frozen (a PyInstaller bundle) and not, on every system."""

from __future__ import annotations

import sys
from pathlib import Path

from partapp.services.files import paths

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


ISS = ROOT / "bundle" / "windows" / "partapp.iss"


def _windows_data_dir(monkeypatch, roaming: str, local: str) -> str:
    """paths.data_dir() as Windows works it out (platformdirs' Windows rules, any system)."""
    import platformdirs.windows

    folders = {"CSIDL_APPDATA": roaming, "CSIDL_LOCAL_APPDATA": local}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: folders[name])
    monkeypatch.setattr(paths, "user_data_dir",
                        lambda *a, **k: platformdirs.windows.Windows(*a, **k).user_data_dir)
    return str(paths.data_dir())


def test_on_windows_the_data_folder_is_the_roaming_app_data_folder(monkeypatch):
    roaming = r"C:\Users\Ann\AppData\Roaming"
    folder = _windows_data_dir(monkeypatch, roaming, r"C:\Users\Ann\AppData\Local")
    assert folder.replace("/", "\\") == roaming + r"\ParticipationTracker"


def test_the_installer_puts_the_program_outside_the_data_folder():
    # The uninstaller deletes the program folder; the data folder (Roaming) must not be in it.
    text = ISS.read_text(encoding="utf-8")
    assert r"DefaultDirName={localappdata}\Programs\ParticipationTracker" in text
    assert "PrivilegesRequired=lowest" in text  # per-user: no administrator
    deleting = [line for line in text.splitlines()
                if line.startswith("Type:") and "Name:" in line]
    assert deleting, "the script says what it deletes"
    for line in deleting:
        assert "{app}" in line and "{userappdata}" not in line and "{localappdata}" not in line


def test_the_lock_is_beside_the_data_file_and_the_resources_in_the_program(monkeypatch, tmp_path):
    from partapp.services.store.lock import lock_path

    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "Programs" / "_internal"), raising=False)
    monkeypatch.setattr(paths, "user_data_dir", lambda *a, **k: str(tmp_path / "Roaming" / "PT"))
    monkeypatch.delenv(paths.ENV_DB, raising=False)
    db = Path(paths.resolve_db_target())
    assert lock_path(db) == tmp_path / "Roaming" / "PT" / "participation.db.lock"
    assert paths.resources_dir() == tmp_path / "Programs" / "_internal" / "resources"
