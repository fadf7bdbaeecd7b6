"""File, Open: the file being left is backed up before it closes, the other one after it opens,
just as at start-up and shut-down."""

from __future__ import annotations

import shutil
from dataclasses import replace

from PySide6.QtWidgets import QFileDialog

from partapp.services.records.organisation import get_details, save_details


def test_switching_files_backs_up_both(qtbot, window, context, db_path, template_db, tmp_path,
                                       monkeypatch):
    other_path = tmp_path / "other" / "riverside.db"
    other_path.parent.mkdir()
    shutil.copyfile(template_db, other_path)
    from partapp.services.store.database import open_database

    other = open_database(str(other_path))
    with other.session_scope() as session:
        save_details(session, replace(get_details(session), name="Riverside Care"))
    other.dispose()
    first = context.db
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(other_path), ""))

    window.files.open_file()

    assert context.db.path == other_path
    assert first.path == db_path
    # The file left behind: backed up before it closed. The one opened: backed up after.
    assert len(list((db_path.parent / "backups").glob("test-auto-*.db"))) == 1
    assert len(list((other_path.parent / "backups").glob("riverside-auto-*.db"))) == 1
    assert "riverside.db" in window.db_label.text()
