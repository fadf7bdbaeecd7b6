"""First-time contents of a new database: the lists every organisation starts with."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import FIRST_OFFICE, Group, InvolvementLevel, Office, Organisation
from ...models.enums import DEFAULT_GROUPS, INVOLVEMENT_LEVELS


def seed_defaults(session: Session) -> None:
    """Add the organisation row, the first office, default groups and the involvement ladder when missing."""
    if session.scalar(select(func.count()).select_from(Organisation)) == 0:
        session.add(Organisation(id=1, name=""))
    if session.get(Office, FIRST_OFFICE) is None:  # every record's office unless another is chosen
        session.add(Office(id=FIRST_OFFICE, name=""))
        session.flush()
    if session.scalar(select(func.count()).select_from(InvolvementLevel)) == 0:
        for rank, (code, (label, description)) in enumerate(INVOLVEMENT_LEVELS.items(), start=1):
            session.add(InvolvementLevel(code=code, rank=rank, label=label, description=description))
    if session.scalar(select(func.count()).select_from(Group)) == 0:
        for position, name in enumerate(DEFAULT_GROUPS, start=1):
            session.add(Group(name=name, position=position))
