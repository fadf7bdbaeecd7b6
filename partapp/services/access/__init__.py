"""Who may do what: sign-in, roles and permissions,
and the audit trail that records every change and who made it.
"""

from .audit import record
from .audit_log import count_entries, export_csv, list_entries
from .auth import (
    add_user,
    change_own_password,
    current_user,
    list_users,
    set_active,
    set_password,
    set_role,
    sign_in,
    unlock_user,
)
from .permissions import check

__all__ = ['add_user', 'change_own_password', 'check', 'count_entries', 'current_user', 'export_csv', 'list_entries', 'list_users', 'record', 'set_active', 'set_password', 'set_role', 'sign_in', 'unlock_user']
