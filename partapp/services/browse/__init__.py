"""Read-only pages behind the app's long lists, the Home page's counts
and a person's history: ids first, sorted and filtered in SQL, rows for the screen.
"""

from .browse_feedback import owed_ids, owed_rows, sent_ids, sent_rows
from .browse_suggestions import count_suggestions, suggestion_ids, suggestion_rows
from .history import person_history
from .home import home_counts
from .pages import activity_ids, activity_rows, change_ids, change_rows, people_ids, people_rows

__all__ = ['activity_ids', 'activity_rows', 'change_ids', 'change_rows', 'count_suggestions', 'home_counts', 'owed_ids', 'owed_rows', 'people_ids', 'people_rows', 'person_history', 'sent_ids', 'sent_rows', 'suggestion_ids', 'suggestion_rows']
