"""The desktop's side of tests/unit/test_file_problems.py: a data file on a drive that is not
connected, or that cannot be changed where it is, gets the same plain message as on the command
line, no welcome offering to make a new file, and nothing is written."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from partapp.services.files.file_kinds import missing_message, read_only_file_message
from partapp.services.store.database import open_database

from ..unit.file_problems import make_read_only
from .test_first_run import _startup


def test_a_known_file_on_a_drive_that_is_not_connected(qtbot, tmp_path, settings, boxes):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "charity.db"
    open_database(str(path)).dispose()  # made here,
    open_database(str(path)).dispose()  # and opened again: this computer knows it
    folder.rename(tmp_path / "unplugged")

    startup, ended = _startup(path, settings)
    assert ended == [1]
    assert boxes.shown == [("Cannot open the data file", missing_message(path))]
    assert startup.welcome is None  # no offer to make a new, empty file there
    assert not folder.exists()
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_a_read_only_data_file_is_not_opened_to_be_changed(qtbot, tmp_path, settings, boxes,
                                                          request):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "charity.db"
    open_database(str(path)).dispose()
    before = path.read_bytes()
    make_read_only(path, request)

    _unused, ended = _startup(path, settings)
    assert ended == [1]
    assert boxes.shown == [("Cannot open the data file", read_only_file_message(path))]
    assert path.read_bytes() == before
    assert sorted(p.name for p in folder.iterdir()) == ["charity.db"]
