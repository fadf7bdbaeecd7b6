"""Braille and audio are formats a person can have: migration 0002 lets an older file hold them."""

from __future__ import annotations

import pytest
from alembic import command
from sqlalchemy import text

from partapp.services.records import people
from partapp.services.records.people import PersonData
from partapp.services.store.database import make_engine
from partapp.services.store.revisions import alembic_config

_PERSON = ("INSERT INTO person (ref, first_name, last_name, preferred_name, address_1, "
           "address_2, town, postcode, email, phone, feedback_format, language, bilingual, "
           "interpreter, supporter_name, supporter_address, send_via_supporter, other_needs, "
           "notes, created_at, updated_at) VALUES ('P1', 'Ann', '', '', '', '', '', '', '', "
           "'', 'email', 'en', 0, '', '', '', 0, '', '', '2025-01-01', '2025-01-01')")


def _to(conn, revision: str, *, down: bool = False) -> None:
    # As the app upgrades (services/store/database.upgrade_schema): foreign keys off meanwhile.
    conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    (command.downgrade if down else command.upgrade)(cfg, revision)


def test_an_older_file_takes_braille_and_audio_after_the_upgrade(tmp_path):
    engine = make_engine(str(tmp_path / "old.db"))
    with engine.begin() as conn:
        _to(conn, "0001")
        conn.execute(text(_PERSON))
    with engine.begin() as conn, pytest.raises(Exception, match="CHECK"):
        conn.execute(text("UPDATE person SET feedback_format = 'braille'"))
    with engine.begin() as conn:
        _to(conn, "head")
        conn.execute(text("UPDATE person SET feedback_format = 'audio'"))
        assert conn.execute(text("SELECT feedback_format FROM person")).scalar() == "audio"
    with engine.begin() as conn, pytest.raises(Exception, match="CHECK"):
        conn.execute(text("UPDATE person SET feedback_format = 'carrier pigeon'"))
    with engine.begin() as conn:  # going back keeps the person, in standard print
        _to(conn, "0001", down=True)
        assert conn.execute(text("SELECT feedback_format FROM person")).scalar() == "standard"
    engine.dispose()


@pytest.mark.parametrize("fmt", ["braille", "audio", "email"])
def test_a_person_can_ask_for_braille_audio_or_email(session, fmt):
    saved = people.save_person(session, PersonData(first_name="Siân", last_name="Roberts",
                                                   feedback_format=fmt))
    session.flush()
    assert people.get_person(session, saved.id).feedback_format == fmt
