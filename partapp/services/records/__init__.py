"""The records staff keep: people, activities, suggestions and decisions, changes,
the organisation's details and its lists (groups, services). Each save is audited.
"""

from .activities import delete_activity, get_activity, save_activity
from .changes import delete_change, get_change, link_suggestion, save_change, unlink_suggestion
from .lists import delete_group, delete_service, save_group, save_service
from .merge_people import merge_people, remove_person
from .organisation import feedback_aim, get_details, promise_days, save_details
from .people import find_by_ref, get_person, look_alikes, save_equality, save_person, search_people
from .recording import record_activity
from .status import suggestion_status
from .suggestions import delete_suggestion, get_suggestion, record_decision, save_suggestion

__all__ = ['delete_activity', 'delete_change', 'delete_group', 'delete_service', 'delete_suggestion', 'feedback_aim', 'find_by_ref', 'get_activity', 'get_change', 'get_details', 'get_person', 'get_suggestion', 'link_suggestion', 'look_alikes', 'merge_people', 'promise_days', 'record_activity', 'record_decision', 'remove_person', 'save_activity', 'save_change', 'save_details', 'save_equality', 'save_group', 'save_person', 'save_service', 'save_suggestion', 'search_people', 'suggestion_status', 'unlink_suggestion']
