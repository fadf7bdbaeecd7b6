"""A suggestion's status, derived from its latest decision and the changes answering it.

Never stored: computed from the records each time, so it can never disagree with them.
"""

from __future__ import annotations

from collections.abc import Sequence

STATUSES = {
    "waiting": "Waiting for a decision",
    "agreed": "Agreed, no change yet",
    "planned": "Change planned",
    "in_progress": "Change in progress",
    "done": "Change made",
    "stopped": "Change stopped",
    "not_now": "Not now",
    "not_possible": "Not possible",
    "passed_on": "Passed on",
}


def suggestion_status(latest_outcome: str | None, change_statuses: Sequence[str]) -> str:
    """The status code for a suggestion (see STATUSES for the words users see)."""
    if latest_outcome is None and not change_statuses:
        return "waiting"
    if latest_outcome in ("not_now", "not_possible", "passed_on"):
        return latest_outcome
    if not change_statuses:
        return "agreed"
    live = [s for s in change_statuses if s != "stopped"]
    if not live:
        return "stopped"
    if all(s == "done" for s in live):
        return "done"
    if any(s in ("in_progress", "done") for s in live):
        return "in_progress"
    return "planned"
