"""What a saved change touched, named once, so each screen knows whether to refresh.

The desktop announces every saved change as one of these (``AppContext.changed``) and each
page lists the ones it shows (``Page.watches``). A ``StrEnum``: the values are the words the
services also use for kinds of record (``"person"``, ``"suggestion"``...), and a misspelt kind
is an error, never a list that silently stays out of date.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import ParamSpec, Protocol, TypeVar, cast


class Changed(StrEnum):
    PERSON = "person"
    ACTIVITY = "activity"
    SUGGESTION = "suggestion"
    DECISION = "decision"
    CHANGE = "change"
    FEEDBACK = "feedback"  # letters, phone calls, follow-up answers
    SETTINGS = "settings"  # the organisation, its lists, wording, users, backups
    ALL = "all"  # a new data file, sample data, an erasure: everything refreshes


# What each operation changes -------------------------------------------------------------
# A service function that saves something says, where it is written, what it touches:
# ``@operation(Changed.PERSON)``. The desktop applies it through ``AppContext.apply`` (or
# announces a background task's result with ``changes_of``), so no screen guesses what a save
# touched. A result that knows better (a meeting saved with no suggestions touches no
# suggestion) carries its own ``changed`` set, which wins.

P = ParamSpec("P")
R = TypeVar("R", covariant=True)


class Operation(Protocol[P, R]):
    """A service function marked with what it changes."""

    changes: frozenset[Changed]
    __name__: str

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R: ...


def operation(*changes: Changed) -> Callable[[Callable[P, R]], Operation[P, R]]:
    """Mark a service function with what it changes (at least one kind)."""
    if not changes or not all(isinstance(each, Changed) for each in changes):
        raise TypeError("operation() needs one or more Changed kinds")

    def mark(function: Callable[P, R]) -> Operation[P, R]:
        function.changes = frozenset(changes)  # type: ignore[attr-defined]
        return cast("Operation[P, R]", function)

    return mark


def changes_of(op: Callable[..., object], result: object = None) -> frozenset[Changed]:
    """What ``op`` changed: its result's own ``changed`` set if it has one, else what the
    operation is marked with. A function that is not an operation is a mistake, not silence."""
    own = getattr(result, "changed", None)
    if isinstance(own, frozenset):
        return own
    marked = getattr(op, "changes", None)
    if not isinstance(marked, frozenset):
        raise TypeError(f"{getattr(op, '__name__', op)!r} is not marked with @operation")
    return marked
