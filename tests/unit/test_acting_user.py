"""Who did it, worked out in one place (services.access.audit.actor): the signed-in user, else
who the data file was opened for, else the computer's user name; and the file-level work
(restore, a passphrase), done with the file closed, records the name it is given."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from partapp.models import AuditEntry
from partapp.services.access import audit
from partapp.services.access.auth import SignedInUser
from partapp.services.store.backup import backup_database, restore_database
from partapp.services.store.database import open_database

from .safety_support import filled_file


def test_the_signed_in_user_then_the_opener_then_the_computer(db):
    with db.session_scope() as session:
        assert audit.actor(session) == audit.machine_user()
    db.actor = "Sam Jones"
    with db.session_scope() as session:
        assert audit.actor(session) == "Sam Jones"
    db.user = SignedInUser(id=1, username="ada", display_name="Ada", role="administrator")
    with db.session_scope() as session:
        assert audit.actor(session) == "ada"
        audit.record(session, "update", "person", 1)
    with db.session_scope() as session:
        assert session.scalars(select(AuditEntry.actor)).all()[-1] == "ada"
    assert db.acting_name == "ada"


def _restores(path) -> list[str]:
    db = open_database(str(path))
    with db.session_scope() as session:
        found = session.scalars(select(AuditEntry.actor)
                                .where(AuditEntry.action == "restore")).all()
    db.dispose()
    return list(found)


def test_a_restore_records_who_did_it(tmp_path):
    path = filled_file(tmp_path / "data.db", people=3)
    copy = backup_database(path, tmp_path / "copies", when=datetime(2025, 3, 1, 9, 0)).path
    restore_database(path, copy, when=datetime(2025, 3, 2, 9, 0), actor="ada")
    assert _restores(path) == ["ada"]  # the restored copy's own line
    restore_database(path, copy, when=datetime(2025, 3, 3, 9, 0))
    assert _restores(path) == [audit.machine_user()]  # nobody was named: the computer's user
