"""SQLAlchemy models: the database. One module per aggregate; no Qt, no business rules."""

from .activity import Activity, ActivitySupport, attendance
from .base import Base, utcnow
from .change import Change, change_suggestion
from .feedback import Feedback, LetterTemplate, feedback_suggestion
from .follow_up import FollowUp
from .lookups import Group, InvolvementLevel, Service
from .office import FIRST_OFFICE, Office, staff_office
from .organisation import AppSetting, Organisation
from .person import EqualityProfile, Person, person_group
from .staff import AuditEntry, StaffUser
from .suggestion import Decision, Suggestion, suggestion_raiser

__all__ = [
    "FIRST_OFFICE", "Activity", "ActivitySupport", "AppSetting", "AuditEntry", "Base", "Change",
    "Decision", "EqualityProfile", "Feedback", "FollowUp", "Group", "InvolvementLevel",
    "LetterTemplate", "Office", "Organisation", "Person", "Service", "StaffUser", "Suggestion",
    "attendance", "change_suggestion", "feedback_suggestion", "person_group", "staff_office",
    "suggestion_raiser", "utcnow",
]
