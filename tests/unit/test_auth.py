"""Sign-in: argon2 hashes, lock-out, and role checks made inside the services themselves."""

from __future__ import annotations

import shutil
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from partapp.cli import run
from partapp.models import StaffUser
from partapp.reports.person_export import export_person
from partapp.services.access import auth
from partapp.services.access.audit_log import AuditFilter, count_entries, export_csv, list_entries
from partapp.services.errors import PermissionDeniedError, ValidationError
from partapp.services.privacy.rights import erase_person, retention_candidates
from partapp.services.records.changes import ChangeData, save_change
from partapp.services.records.organisation import OrganisationDetails, save_details
from partapp.services.records.people import PersonData, save_person
from partapp.services.records.suggestions import (
    DecisionData,
    SuggestionData,
    record_decision,
    save_suggestion,
)
from partapp.services.store.database import open_database

PASSWORDS = {"ada": "admin pass words", "cole": "coordinator words", "val": "volunteer words"}


@pytest.fixture(scope="module")
def staff_template(tmp_path_factory) -> Path:
    """Sign-in on: one user of each role, made once (argon2 is slow on purpose)."""
    path = tmp_path_factory.mktemp("staff") / "staff.db"
    db = open_database(str(path))
    with db.session_scope() as session:
        admin = auth.add_user(session, username="Ada", display_name="Ada Admin",
                              role="administrator", password=PASSWORDS["ada"])
    with db.session_scope() as session:
        session.info["user"] = auth.SignedInUser(admin.id, "ada", "Ada Admin", "administrator")
        for name, role in (("cole", "coordinator"), ("val", "volunteer")):
            auth.add_user(session, username=name, display_name=name.title(), role=role,
                          password=PASSWORDS[name])
    with db.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.dispose()
    return path


@pytest.fixture
def staff(staff_template, db_path, db):
    """The staff template copied over this test's data file; the signed-in users, by role."""
    db.dispose()
    shutil.copyfile(staff_template, db_path)
    with db.session() as session:
        return {u.role: auth.SignedInUser(u.id, u.username, u.display_name, u.role)
                for u in session.scalars(select(StaffUser))}


def _as(db, user):
    session = db.session()
    session.info["user"] = user
    return session


def test_sign_in_is_off_until_the_first_user_who_must_be_an_administrator(db):
    with db.session_scope() as session:
        assert not auth.sign_in_required(session)
        auth.require(session, "administrator")  # passes: nobody to check
        with pytest.raises(ValidationError, match="first user must be an administrator"):
            auth.add_user(session, username="jo", display_name="Jo", role="volunteer",
                          password="long enough")
        auth.add_user(session, username="jo", display_name="Jo", role="Administrator",
                      password="long enough")
        assert auth.sign_in_required(session)
        with pytest.raises(PermissionDeniedError, match="Please sign in first"):
            auth.require(session, "volunteer")


def test_passwords_are_stored_as_argon2_hashes(db, staff):
    with db.session() as session:
        hashes = session.scalars(select(StaffUser.password_hash)).all()
    assert all(h.startswith("$argon2id$") for h in hashes)
    assert not any(p in h for h in hashes for p in PASSWORDS.values())


def test_five_wrong_passwords_lock_the_account_for_fifteen_minutes(db, staff):
    now = datetime(2025, 5, 1, 10, 0)
    for _attempt in range(1, 6):
        with db.session_scope() as session:  # each try is its own action, as in the app
            result = auth.sign_in(session, username="val", password="guess", now=now)
        assert not result.ok
    assert "locked for 15 minutes" in result.message
    with db.session_scope() as session:
        right_but_locked = auth.sign_in(session, username="val", password=PASSWORDS["val"],
                                        now=now + timedelta(minutes=14))
    assert not right_but_locked.ok and "locked for 1 more minutes" in right_but_locked.message
    with db.session_scope() as session:
        later = auth.sign_in(session, username="VAL", password=PASSWORDS["val"],
                             now=now + timedelta(minutes=15, seconds=1))
    assert later.ok and later.user.role == "volunteer"


def test_signing_in_gives_the_user_and_their_role(db, staff):
    with db.session_scope() as session:
        result = auth.sign_in(session, username=" Cole ", password=PASSWORDS["cole"])
    assert result.ok and result.user == staff["coordinator"]


def test_unknown_users_get_the_same_plain_message(db, staff):
    with db.session_scope() as session:
        unknown = auth.sign_in(session, username="nobody", password="whatever")
        wrong = auth.sign_in(session, username="ada", password="whatever")
    assert unknown.message == wrong.message == \
        "The user name or password is not right. Please try again."


def test_a_volunteer_records_but_cannot_decide_change_settings_or_use_privacy_tools(db, staff,
                                                                                     tmp_path):
    session = _as(db, staff["volunteer"])
    person = save_person(session, PersonData(first_name="Mair", ref="P1"))
    suggestion = save_suggestion(session, SuggestionData(text="More buses", raised_on="2025-01-02",
                                                         raiser_ids=(person.id,)))
    with pytest.raises(PermissionDeniedError, match="coordinator or an administrator"):
        record_decision(session, suggestion.id, DecisionData(outcome="agreed",
                                                             decided_on="2025-01-03"))
    with pytest.raises(PermissionDeniedError, match="coordinator or an administrator"):
        save_change(session, ChangeData(description="Extra bus"))
    with pytest.raises(PermissionDeniedError, match="Only an administrator"):
        save_details(session, OrganisationDetails(name="Our charity"))
    with pytest.raises(PermissionDeniedError, match="Only an administrator"):
        erase_person(session, "P1")
    with pytest.raises(PermissionDeniedError, match="Only an administrator"):
        export_person(session, "P1", tmp_path)
    with pytest.raises(PermissionDeniedError):
        list_entries(session)
    session.rollback()
    session.close()


def test_a_coordinator_decides_but_cannot_change_settings_users_or_erase(db, staff):
    session = _as(db, staff["coordinator"])
    suggestion = save_suggestion(session, SuggestionData(text="Open later", raised_on="2025-01-02"))
    record_decision(session, suggestion.id, DecisionData(outcome="agreed",
                                                         decided_on="2025-01-03"))
    save_change(session, ChangeData(description="Open until 8pm", suggestion_ids=(suggestion.id,)))
    for forbidden in (lambda: save_details(session, OrganisationDetails(name="X")),
                      lambda: auth.add_user(session, username="eve", display_name="Eve",
                                            role="administrator", password="long enough"),
                      lambda: retention_candidates(session, date(2025, 1, 1))):
        with pytest.raises(PermissionDeniedError, match="Only an administrator"):
            forbidden()
    session.rollback()
    session.close()


def test_an_administrator_can_do_everything_and_read_the_audit_log(db, staff, tmp_path):
    session = _as(db, staff["administrator"])
    save_details(session, OrganisationDetails(name="Our charity"))
    save_person(session, PersonData(first_name="=cmd|' /C calc'!A0", ref="P9"))
    session.commit()
    entries = list_entries(session, AuditFilter(actor="ada"))
    assert entries and all(e.actor == "ada" for e in entries)
    assert {e.action for e in list_entries(session, AuditFilter(action="sign_in_failed"))} <= \
        {"sign_in_failed"}
    assert count_entries(session, AuditFilter(entity="person")) == 1
    written = export_csv(session, tmp_path / "audit.csv")
    assert written == count_entries(session) - 1  # the export itself is now in the log
    assert "Mair" not in (tmp_path / "audit.csv").read_text(encoding="utf-8-sig")
    session.close()


def test_the_last_administrator_cannot_be_demoted(db, staff):
    session = _as(db, staff["administrator"])
    with pytest.raises(ValidationError, match="only administrator"):
        auth.set_role(session, user_id=staff["administrator"].id, role="volunteer")
    session.close()


def test_a_deactivated_user_loses_access_at_once(db, staff):
    with _as(db, staff["administrator"]) as session:
        auth.set_active(session, user_id=staff["volunteer"].id, active=False)
        session.commit()
    session = _as(db, staff["volunteer"])
    with pytest.raises(PermissionDeniedError, match="turned off"):
        save_person(session, PersonData(first_name="Too late"))
    session.close()


def test_headless_commands_obey_sign_in_and_roles(db, db_path, staff, tmp_path, monkeypatch,
                                                  capsys):
    with _as(db, staff["volunteer"]) as session:
        save_person(session, PersonData(first_name="Mair", ref="P1"))
        session.commit()
    db.dispose()
    out = tmp_path / "sar"
    assert run(["--db", str(db_path), "export-person", "P1", "--out", str(out)]) == 1
    assert "Sign-in is on" in capsys.readouterr().err
    monkeypatch.setenv("PARTAPP_PASSWORD", PASSWORDS["val"])
    assert run(["--db", str(db_path), "--user", "val", "export-person", "P1",
                "--out", str(out)]) == 1
    assert "Only an administrator" in capsys.readouterr().err
    monkeypatch.setenv("PARTAPP_PASSWORD", "wrong password")
    assert run(["--db", str(db_path), "--user", "ada", "export-person", "P1",
                "--out", str(out)]) == 1
    assert "not right" in capsys.readouterr().err
    monkeypatch.setenv("PARTAPP_PASSWORD", PASSWORDS["ada"])
    assert run(["--db", str(db_path), "--user", "ada", "export-person", "P1",
                "--out", str(out)]) == 0
    assert (out / "P1-information-we-hold.pdf").exists()
    assert run(["--db", str(db_path), "--user", "ada", "users", "list"]) == 0
    assert "cole\tCole\tCoordinator" in capsys.readouterr().out
