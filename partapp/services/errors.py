"""Errors a user can fix. Each carries a plain-English message that is safe to show."""

from __future__ import annotations


class PartappError(Exception):
    """A problem the user can do something about. ``str(error)`` is the message to show."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(PartappError):
    """A value in a form or file is not right. ``field`` names it; the message says how to fix it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(PartappError):
    """The record asked for is not in the database (perhaps someone removed it)."""


class DatabaseError(PartappError):
    """The data file cannot be opened or used as it is."""


class DatabaseTooNewError(DatabaseError):
    """The data file was made by a newer version of the app."""


class PermissionDeniedError(PartappError):
    """The signed-in user's role does not allow this."""
