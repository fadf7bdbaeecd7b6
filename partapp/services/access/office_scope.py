"""Which offices a user may choose to see, and what they see when they sign in.

Everyone sees every office while sign-in is off; an administrator may always choose "All
offices"; a user given no offices works across all of them; other users choose among their
own offices. What a session then reads is services/office_filter.py.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ...models import StaffUser, staff_office
from ..errors import PermissionDeniedError
from ..office_filter import Offices
from ..words import said


def own_offices(session: Session, user_id: int) -> frozenset[int]:
    """The offices a staff user works in (empty: none given, so every office)."""
    return frozenset(session.scalars(
        select(staff_office.c.office_id).where(staff_office.c.staff_user_id == user_id)))


def allowed_offices(session: Session, user: Any) -> Offices:
    """The offices ``user`` (a signed-in user, or None) may see: None for every office."""
    user_id = getattr(user, "id", None)
    if user_id is None:
        return None
    row = session.get(StaffUser, user_id)
    if row is None or row.role == "administrator":
        return None
    return own_offices(session, user_id) or None


def starting_offices(session: Session, user: Any) -> Offices:
    """What a user sees when they sign in: their own offices (an administrator too, when
    they have been given some), else every office."""
    user_id = getattr(user, "id", None)
    if user_id is None:
        return None
    return own_offices(session, user_id) or None


def choose_offices(session: Session, user: Any, wanted: Iterable[int] | None) -> Offices:
    """The offices to show when ``user`` asks for ``wanted`` (None: "All offices"). Refused,
    plainly, for an office they do not work in."""
    allowed = allowed_offices(session, user)
    if wanted is None:
        if allowed is not None:
            raise PermissionDeniedError(said(
                "You can only see the offices you work in. Please ask an administrator "
                "if you need to see all of them."))
        return None
    chosen = frozenset(wanted)
    if not chosen:
        raise PermissionDeniedError(said("Please choose at least one office."))
    if allowed is not None and not chosen <= allowed:
        raise PermissionDeniedError(said(
            "You can only see the offices you work in. Please ask an administrator "
            "if you need another one."))
    return chosen
