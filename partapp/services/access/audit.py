"""The audit trail: who did what to which record. Never write personal data into ``details``."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from ...models import AuditEntry


def machine_user() -> str:
    """The computer's own user name: who is working when nobody signs in to the app."""
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        return "unknown"


def actor(session: Session) -> str:
    """Who is doing what ``session`` does, in one place: the signed-in staff user
    (``session.info["user"]``, put there by ``Database``), else who the data file was opened
    for (``Database.actor``), else the computer's user name."""
    signed_in = getattr(session.info.get("user"), "username", None)
    if signed_in:
        return str(signed_in)
    opened_for = session.info.get("actor")
    return str(opened_for) if opened_for else machine_user()


def record(session: Session, action: str, entity: str = "", entity_id: int | None = None,
           details: str = "") -> None:
    session.add(AuditEntry(actor=actor(session), action=action, entity=entity,
                           entity_id=entity_id, details=details))
