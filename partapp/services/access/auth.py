"""Sign-in for staff, and the role checks the services make.

Sign-in is optional: it is off while there are no staff users (a one-person charity never sees
it), and on as soon as the first user (an administrator) is added. Roles, lowest first:
volunteer (record), coordinator (also decide, letters, reports), administrator (also settings,
users, privacy tools). Passwords are hashed with argon2; five wrong passwords in a row lock the
account for 15 minutes.

The acting user travels with the session: ``session.info["user"]`` (``Database.set_user`` puts
it there for every session). Services call ``require(session, role)`` first thing, so the
headless commands obey the same rules as the desktop app.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ...models import AuditEntry, StaffUser, utcnow
from ...models.enums import STAFF_ROLES
from ..changed import Changed, operation
from ..errors import NotFoundError, PermissionDeniedError, ValidationError
from ..validation import required_text
from ..words import said, term

ROLE_ORDER = ("volunteer", "coordinator", "administrator")
MAX_ATTEMPTS = 5
LOCK_FOR = timedelta(minutes=15)
MIN_PASSWORD = 8

_hasher = PasswordHasher()


@cache
def _dummy_hash() -> str:
    """A hash to check against when there is no real one, so a wrong name takes as long as a
    wrong password. Made on first use: hashing takes a moment the app's start need not wait."""
    return _hasher.hash("not a real password, used to even out timing")


_USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{0,59}$")

_WHO_CAN = {
    "volunteer": term("someone who is signed in"),
    "coordinator": term("a coordinator or an administrator"),
    "administrator": term("an administrator"),
}


@dataclass(frozen=True)
class SignedInUser:
    id: int
    username: str
    display_name: str
    role: str

    def can(self, role: str) -> bool:
        return ROLE_ORDER.index(self.role) >= ROLE_ORDER.index(role)


@dataclass(frozen=True)
class UserView:
    id: int
    username: str
    display_name: str
    role: str
    role_label: str
    active: bool
    locked_until: datetime | None


@dataclass(frozen=True)
class SignInResult:
    """``user`` is None when sign-in failed; ``message`` then says why, plainly."""

    user: SignedInUser | None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.user is not None


def sign_in_required(session: Session) -> bool:
    """True once any active staff user exists (sign-in is off until then)."""
    count = session.scalar(select(func.count()).select_from(StaffUser).where(
        StaffUser.active.is_(True), StaffUser.password_hash.is_not(None)))
    return bool(count)


def current_user(session: Session) -> SignedInUser | None:
    user = session.info.get("user")
    return user if isinstance(user, SignedInUser) else None


def can(session: Session, role: str) -> bool:
    try:
        require(session, role)
    except PermissionDeniedError:
        return False
    return True


def require(session: Session, role: str) -> None:
    """Raise ``PermissionDeniedError`` unless the acting user has ``role`` (or higher).

    Every check passes while sign-in is off. The user's role and status are read afresh, so a
    change an administrator makes applies at once.
    """
    if role not in ROLE_ORDER:
        raise ValueError(f"unknown role {role!r}")
    if not sign_in_required(session):
        return
    acting = current_user(session)
    if acting is None:
        raise PermissionDeniedError(said("Please sign in first."))
    row = session.get(StaffUser, acting.id)
    if row is None or not row.active:
        raise PermissionDeniedError(said("Your account has been turned off. Please ask an "
                                         "administrator."))
    if ROLE_ORDER.index(row.role) < ROLE_ORDER.index(role):
        raise PermissionDeniedError(said("Only {who_can} can do this. Please ask one of them, "
                                         "or sign in as one.", who_can=_WHO_CAN[role]))


def _audit(session: Session, action: str, entity_id: int | None, actor: str,
           details: str = "") -> None:
    session.add(AuditEntry(actor=actor, action=action, entity="staff_user", entity_id=entity_id,
                           details=details))


def _actor(session: Session) -> str:
    acting = current_user(session)
    if acting is not None:
        return acting.username
    from .audit import actor

    return actor(session)


def _check_password(password: str, confirm: str | None) -> str:
    if password is None or len(password) < MIN_PASSWORD:
        raise ValidationError("password", said("Please use a password of at least "
                                               "{min_password} characters. A few words "
                                               "together are easy to remember and hard to "
                                               "guess.", min_password=MIN_PASSWORD))
    if len(password) > 200:
        raise ValidationError("password", said("Please use a password of 200 characters or "
                                               "fewer."))
    if confirm is not None and confirm != password:
        raise ValidationError("confirm", said("The two passwords are not the same. Please "
                                              "type them again."))
    return password


def _role(value: str) -> str:
    text = (value or "").strip().lower()
    for code, label in STAFF_ROLES.items():
        if text in (code, label.lower()):
            return code
    raise ValidationError("role", said("Please choose a role: Volunteer, Coordinator or "
                                       "Administrator."))


def _view(user: StaffUser) -> UserView:
    return UserView(id=user.id, username=user.username, display_name=user.display_name,
                    role=user.role, role_label=STAFF_ROLES[user.role], active=user.active,
                    locked_until=user.locked_until)


def _get(session: Session, user_id: int) -> StaffUser:
    user = session.get(StaffUser, user_id)
    if user is None:
        raise NotFoundError(said("That user is no longer in the list."))
    return user


@operation(Changed.SETTINGS)
def add_user(session: Session, *, username: str, display_name: str, role: str, password: str,
             confirm: str | None = None) -> UserView:
    """Add a staff user. The first user turns sign-in on and must be an administrator."""
    first = not sign_in_required(session)
    if not first:
        require(session, "administrator")
    name = required_text(username, "username", "the user name", max_length=60).lower()
    if not _USERNAME.match(name):
        raise ValidationError("username", said("Please use only letters, numbers, dots, "
                                               "dashes and underscores in the user name, like "
                                               "jo.bloggs."))
    if session.scalar(select(StaffUser.id).where(func.lower(StaffUser.username) == name)):
        raise ValidationError("username", said("The user name {name} is already taken. Please "
                                               "choose another.", name=name))
    shown = required_text(display_name, "display_name", "the person's name", max_length=120)
    role_code = _role(role)
    if first and role_code != "administrator":
        raise ValidationError("role", said("The first user must be an administrator, so that "
                                           "someone can look after the other users."))
    user = StaffUser(username=name, display_name=shown, role=role_code,
                     password_hash=_hasher.hash(_check_password(password, confirm)))
    session.add(user)
    session.flush()
    _audit(session, "create", user.id, _actor(session))
    return _view(user)


@dataclass(frozen=True)
class AddedUser:
    user: UserView
    signed_in: SignInResult | None  # the first user: signed in at once, as sign-in starts now


@operation(Changed.SETTINGS)
def add_staff_user(session: Session, *, username: str, display_name: str, role: str,
                   password: str, confirm: str | None = None) -> AddedUser:
    """Add a user from Settings. The first one turns sign-in on, so they are signed in at once
    and whoever is at the keyboard is not locked out of their own file."""
    first = not sign_in_required(session)
    user = add_user(session, username=username, display_name=display_name, role=role,
                    password=password, confirm=confirm)
    signed_in = sign_in(session, username=username, password=password) if first else None
    return AddedUser(user, signed_in)


def list_users(session: Session) -> list[UserView]:
    require(session, "administrator")
    return [_view(u) for u in session.scalars(select(StaffUser).order_by(
        func.lower(StaffUser.display_name), StaffUser.id))]


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(StaffUser).where(
        StaffUser.active.is_(True), StaffUser.role == "administrator")) or 0


def _active_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(StaffUser).where(
        StaffUser.active.is_(True))) or 0


@operation(Changed.SETTINGS)
def set_role(session: Session, *, user_id: int, role: str) -> UserView:
    require(session, "administrator")
    user = _get(session, user_id)
    role_code = _role(role)
    if user.role == "administrator" and role_code != "administrator" and user.active \
            and _active_admins(session) == 1:
        raise ValidationError("role", said("This is the only administrator. Please make "
                                           "someone else an administrator first."))
    user.role = role_code
    _audit(session, "update", user.id, _actor(session), f"role={role_code}")
    return _view(user)


@operation(Changed.SETTINGS)
def set_active(session: Session, *, user_id: int, active: bool) -> UserView:
    """Turn a user on or off. Turning off the last user of all turns sign-in off."""
    require(session, "administrator")
    user = _get(session, user_id)
    if not active and user.active and user.role == "administrator" \
            and _active_admins(session) == 1 and _active_users(session) > 1:
        raise ValidationError("active", said("This is the only administrator. Please make "
                                             "someone else an administrator first."))
    user.active = bool(active)
    _audit(session, "update", user.id, _actor(session), f"active={bool(active)}")
    return _view(user)


@operation(Changed.SETTINGS)
def set_password(session: Session, *, user_id: int, password: str,
                 confirm: str | None = None) -> None:
    """An administrator sets someone's password (also unlocks the account)."""
    require(session, "administrator")
    user = _get(session, user_id)
    user.password_hash = _hasher.hash(_check_password(password, confirm))
    user.failed_attempts = 0
    user.locked_until = None
    _audit(session, "update", user.id, _actor(session), "password")


@operation(Changed.SETTINGS)
def change_own_password(session: Session, *, old: str, new: str,
                        confirm: str | None = None) -> None:
    acting = current_user(session)
    if acting is None:
        raise PermissionDeniedError(said("Please sign in first."))
    user = _get(session, acting.id)
    if not _verify(user.password_hash, old):
        raise ValidationError("old", said("Your current password is not right. Please try "
                                          "again."))
    user.password_hash = _hasher.hash(_check_password(new, confirm))
    _audit(session, "update", user.id, acting.username, "password")


@operation(Changed.SETTINGS)
def unlock_user(session: Session, *, user_id: int) -> UserView:
    require(session, "administrator")
    user = _get(session, user_id)
    user.failed_attempts = 0
    user.locked_until = None
    _audit(session, "update", user.id, _actor(session), "unlocked")
    return _view(user)


def _verify(password_hash: str | None, password: str) -> bool:
    try:
        return _hasher.verify(password_hash or _dummy_hash(), password or "") and \
            password_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


def sign_in(session: Session, *, username: str, password: str,
            now: datetime | None = None) -> SignInResult:
    """Check a user name and password. Never raises for a wrong password: the result says so.

    The failure count is stored in the database, so the caller's session must be committed
    (``with db.session_scope()``) for the lock-out to count.
    """
    now = now or utcnow()
    name = (username or "").strip().lower()
    user = session.scalar(select(StaffUser).where(func.lower(StaffUser.username) == name)) \
        if name else None
    wrong = "The user name or password is not right. Please try again."
    if user is None or not user.active or user.password_hash is None:
        _verify(None, password)  # takes as long as a real check
        _audit(session, "sign_in_failed", user.id if user else None, "unknown")
        return SignInResult(None, wrong)
    if user.locked_until is not None and now < user.locked_until:
        minutes = max(1, math.ceil((user.locked_until - now).total_seconds() / 60))
        _audit(session, "sign_in_failed", user.id, user.username, "locked")
        return SignInResult(None, f"This account is locked for {minutes} more minutes after "
                                  "too many wrong passwords. Please wait, or ask an "
                                  "administrator to unlock it.")
    if not _verify(user.password_hash, password):
        user.failed_attempts = (user.failed_attempts or 0) + 1
        _audit(session, "sign_in_failed", user.id, user.username)
        if user.failed_attempts >= MAX_ATTEMPTS:
            user.failed_attempts = 0
            user.locked_until = now + LOCK_FOR
            return SignInResult(None, "That was the fifth wrong password, so the account is "
                                      "locked for 15 minutes. Please wait, or ask an "
                                      "administrator to unlock it.")
        return SignInResult(None, wrong)
    user.failed_attempts = 0
    user.locked_until = None
    if _hasher.check_needs_rehash(user.password_hash):
        user.password_hash = _hasher.hash(password)
    _audit(session, "sign_in", user.id, user.username)
    return SignInResult(SignedInUser(user.id, user.username, user.display_name, user.role))
