"""Errors a user can fix. Each carries a plain-English message that is safe to show."""

from __future__ import annotations

from datetime import datetime

from .words import said, term


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


class EditConflictError(PartappError):
    """Someone else saved the record after this form was opened (services/records/versions.py).
    Nothing was saved. ``current_version`` is the version stored now (None when the two saves
    met at the same moment); ``changed_by`` and ``changed_at`` come from the audit trail."""

    def __init__(self, message: str, *, entity: str = "", entity_id: int | None = None,
                 current_version: int | None = None, changed_by: str = "",
                 changed_at: datetime | None = None) -> None:
        super().__init__(message)
        self.entity = entity
        self.entity_id = entity_id
        self.current_version = current_version
        self.changed_by = changed_by
        self.changed_at = changed_at


def saved_at_the_same_moment(what: str = "", entity: str = "") -> EditConflictError:
    """Two saves of one record met: the database refused the second (who it was is not known
    yet). ``what``: "this suggestion" (a term), or this record."""
    return EditConflictError(said(
        "Someone else saved {what} at the same moment as you. Nothing of yours is saved yet. "
        "Choose Reload to see their version, or Keep mine to save yours over theirs.",
        what=what or term("this record")), entity=entity)
