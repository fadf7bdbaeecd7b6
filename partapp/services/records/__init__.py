"""The records staff keep: people, activities, suggestions and decisions, changes,
the organisation's details and its lists (groups, services). Each save is audited.

The names below are loaded when first asked for, so importing one module of this room (such
as ``people`` for the import, or ``undo`` for the window) does not load every other one with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .activities import delete_activity, get_activity, save_activity
    from .changes import delete_change, get_change, link_suggestion, save_change, unlink_suggestion
    from .lists import delete_group, delete_service, save_group, save_service
    from .merge_people import merge_people, remove_person
    from .organisation import feedback_aim, get_details, promise_days, save_details
    from .people import (
        find_by_ref,
        get_person,
        look_alikes,
        save_equality,
        save_person,
        search_people,
    )
    from .recording import record_activity
    from .status import suggestion_status
    from .suggestions import delete_suggestion, get_suggestion, record_decision, save_suggestion

_WHERE = {"delete_activity": "activities", "get_activity": "activities",
          "save_activity": "activities", "delete_change": "changes", "get_change": "changes",
          "link_suggestion": "changes", "save_change": "changes", "unlink_suggestion": "changes",
          "delete_group": "lists", "delete_service": "lists", "save_group": "lists",
          "save_service": "lists", "merge_people": "merge_people",
          "remove_person": "merge_people", "feedback_aim": "organisation",
          "get_details": "organisation", "promise_days": "organisation",
          "save_details": "organisation", "find_by_ref": "people", "get_person": "people",
          "look_alikes": "people", "save_equality": "people", "save_person": "people",
          "search_people": "people", "record_activity": "recording",
          "suggestion_status": "status", "delete_suggestion": "suggestions",
          "get_suggestion": "suggestions", "record_decision": "suggestions",
          "save_suggestion": "suggestions"}

__all__ = ['delete_activity', 'delete_change', 'delete_group', 'delete_service', 'delete_suggestion', 'feedback_aim', 'find_by_ref', 'get_activity', 'get_change', 'get_details', 'get_person', 'get_suggestion', 'link_suggestion', 'look_alikes', 'merge_people', 'promise_days', 'record_activity', 'record_decision', 'remove_person', 'save_activity', 'save_change', 'save_details', 'save_equality', 'save_group', 'save_person', 'save_service', 'save_suggestion', 'search_people', 'suggestion_status', 'unlink_suggestion']


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
