"""What a saved change touched, named once, so each screen knows whether to refresh.

The desktop announces every saved change as one of these (``AppContext.changed``) and each
page lists the ones it shows (``Page.watches``). A ``StrEnum``: the values are the words the
services also use for kinds of record (``"person"``, ``"suggestion"``...), and a misspelt kind
is an error, never a list that silently stays out of date.
"""

from __future__ import annotations

from enum import StrEnum


class Changed(StrEnum):
    PERSON = "person"
    ACTIVITY = "activity"
    SUGGESTION = "suggestion"
    DECISION = "decision"
    CHANGE = "change"
    FEEDBACK = "feedback"  # letters, phone calls, follow-up answers
    SETTINGS = "settings"  # the organisation, its lists, wording, users, backups
    ALL = "all"  # a new data file, sample data, an erasure: everything refreshes
