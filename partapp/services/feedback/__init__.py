"""Hearing back: who is owed feedback (the one rule), the letters that tell them,
their wording and templates, the plain-English check, and each person's needs.

The names below are loaded when first asked for, so importing one module of this room (such
as ``owed`` for Home's counts) does not load every other one with it.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .communication_needs import people_needs
    from .letter_content import LetterContent, compose
    from .letter_templates import get_template, reset_template, save_template
    from .letters import (
        letter_for_person,
        letters_due,
        mark_sent,
        preview_letter,
        record_phone_call,
        record_printed,
    )
    from .owed import owed_items, owed_people, owed_summary, record_feedback
    from .plain_english import check_text

_WHERE = {"people_needs": "communication_needs", "LetterContent": "letter_content",
          "compose": "letter_content", "get_template": "letter_templates",
          "reset_template": "letter_templates", "save_template": "letter_templates",
          "letter_for_person": "letters", "letters_due": "letters", "mark_sent": "letters",
          "preview_letter": "letters", "record_phone_call": "letters",
          "record_printed": "letters", "owed_items": "owed", "owed_people": "owed",
          "owed_summary": "owed", "record_feedback": "owed", "check_text": "plain_english"}

__all__ = ['LetterContent', 'check_text', 'compose', 'get_template', 'letter_for_person', 'letters_due', 'mark_sent', 'owed_items', 'owed_people', 'owed_summary', 'people_needs', 'preview_letter', 'record_feedback', 'record_phone_call', 'record_printed', 'reset_template', 'save_template']


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f".{module}", __name__), name)
    globals()[name] = value
    return value
