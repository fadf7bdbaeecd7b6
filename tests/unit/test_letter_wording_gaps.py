"""A missing detail leaves no words hanging: with no phone number the letters do not say
'ring', and the lines that are left still make sense on their own (English and Welsh)."""

from __future__ import annotations

from partapp.models import Organisation, Person
from partapp.services.feedback import letters

from .letters_data import TODAY, build


def _without_phone(session) -> dict[str, int]:
    ids = build(session)
    for org in session.query(Organisation):
        org.phone = ""
    session.flush()
    return ids


def test_no_phone_means_no_ring_and_no_hanging_also(session):
    ids = _without_phone(session)
    due = {letter.person_id: letter.as_text() for letter in letters.letters_due(session,
                                                                                today=TODAY)}
    sian = due[ids["sian"]]  # standard, English
    assert "please ring" not in sian and "ring us" not in sian
    assert "You can email us at hello@riverside.example.org." in sian
    assert "You can write to us at The Old Mill" in sian
    assert "also email" not in sian and "Or you can" not in sian
    zoe = due[ids["zoe"]]  # easy read
    assert "Any questions?" not in zoe  # it went with the phone line it belonged to
    assert "You can write to us at:\nThe Old Mill" in zoe


def test_with_a_phone_the_closing_is_whole(session):
    ids = build(session)
    zoe = next(letter for letter in letters.letters_due(session, today=TODAY)
               if letter.person_id == ids["zoe"]).as_text()
    assert "Any questions? Please ring" in zoe and "01632 960100" in zoe


def test_welsh_too(session):
    ids = _without_phone(session)
    session.get(Person, ids["sian"]).language = "cy"
    session.flush()
    sian = next(letter for letter in letters.letters_due(session, today=TODAY)
                if letter.person_id == ids["sian"]).as_text()
    assert "ffoniwch" not in sian.lower()
    assert "Gallwch chi anfon e-bost aton ni yn hello@riverside.example.org." in sian
