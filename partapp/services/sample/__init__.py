"""The sample organisation a new user can explore: people, meetings, suggestions,
decisions, changes and letters, with dates that always run forward.
"""

from .demo import fill_demo

__all__ = ['fill_demo']
