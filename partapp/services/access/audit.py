"""The audit trail: who did what to which record. Never write personal data into ``details``."""

from __future__ import annotations

import getpass

from sqlalchemy.orm import Session

from ...models import AuditEntry

_actor: str | None = None


def set_actor(name: str | None) -> None:
    """Who is using the app (the signed-in user); defaults to the computer's user name."""
    global _actor
    _actor = name


def current_actor() -> str:
    if _actor:
        return _actor
    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name on some systems
        return "unknown"


def record(session: Session, action: str, entity: str = "", entity_id: int | None = None,
           details: str = "") -> None:
    session.add(AuditEntry(actor=current_actor(), action=action, entity=entity,
                           entity_id=entity_id, details=details))
