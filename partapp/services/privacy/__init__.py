"""A person's rights over their data: a copy of everything held on them,
erasure that keeps the figures true, and the review of records kept too long.
"""

from .privacy_export import find_person, person_record
from .rights import anonymise_people, erase_and_clean, erase_person, retention_candidates

__all__ = ['anonymise_people', 'erase_and_clean', 'erase_person', 'find_person', 'person_record', 'retention_candidates']
