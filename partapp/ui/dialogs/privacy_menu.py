"""The Privacy menu: subject access, erasure, the review of old records and the audit log.
Offered to administrators only (or to everyone while sign-in is off); the services check too."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QMenuBar, QWidget

from ...services.access import permissions
from ...services.errors import PermissionDeniedError
from .. import messages
from ..context import AppContext


class PrivacyActions(QObject):
    """The Privacy menu. Offered to administrators only (or to everyone while sign-in is off)."""

    def __init__(self, context: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.context, self.window = context, window
        self.dialog: QDialog | None = None
        self.actions: list[QAction] = []
        context.database_changed.connect(self.apply_role)

    def add_menu(self, bar: QMenuBar) -> None:
        menu = bar.addMenu(self.tr("Privac&y"))
        for text, slot, key in ((self.tr("&Export everything about this person\u2026"),
                                 self.export_person, "export_person"),
                                (self.tr("E&rase this person\u2026"), self.erase_person,
                                 "erase_person"),
                                (self.tr("Review &old records\u2026"), self.review, "retention"),
                                (None, None, None),
                                (self.tr("&Audit log\u2026"), self.audit_log, "audit")):
            if text is None:
                menu.addSeparator()
                continue
            action = QAction(text, self.window)
            action.triggered.connect(slot)
            action.setData(key)
            menu.addAction(action)
            self.actions.append(action)
        self.apply_role()

    def apply_role(self) -> None:
        """Each action as the one table (services/access/permissions.py) says; the services check too."""
        user = getattr(self.context.db, "user", None)
        for action in self.actions:
            allowed = permissions.allows(user, action.data())
            action.setEnabled(allowed)
            action.setStatusTip("" if allowed else self.tr("Only an administrator can use this."))

    def _person_id(self) -> int | None:
        from ..widgets.table import current_id

        people = getattr(self.window, "pages", {}).get("people")
        return current_id(people.view) if people is not None else None

    def _open(self, make) -> None:
        try:
            self.dialog = make()
        except PermissionDeniedError as error:
            messages.inform(self.window, self.tr("For administrators"), str(error))
            return
        self.dialog.open()

    # The dialogs are imported when chosen: the window opens without them.
    def export_person(self) -> None:
        from .privacy_dialogs import ExportPersonDialog

        self._open(lambda: ExportPersonDialog(self.context, self._person_id(), self.window))

    def erase_person(self) -> None:
        from .privacy_dialogs import EraseDialog

        self._open(lambda: EraseDialog(self.context, self._person_id(), self.window))

    def review(self) -> None:
        from .privacy_dialogs import RetentionDialog

        self._open(lambda: RetentionDialog(self.context, self.window))

    def audit_log(self) -> None:
        from .audit_viewer import AuditViewer

        self._open(lambda: AuditViewer(self.context, self.window))
