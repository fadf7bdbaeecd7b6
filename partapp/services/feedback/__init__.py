"""Hearing back: who is owed feedback (the one rule), the letters that tell them,
their wording and templates, the plain-English check, and each person's needs.
"""

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

__all__ = ['LetterContent', 'check_text', 'compose', 'get_template', 'letter_for_person', 'letters_due', 'mark_sent', 'owed_items', 'owed_people', 'owed_summary', 'people_needs', 'preview_letter', 'record_feedback', 'record_phone_call', 'record_printed', 'reset_template', 'save_template']
