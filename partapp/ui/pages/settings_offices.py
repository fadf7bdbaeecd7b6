"""Settings, Offices: the sites or teams of a larger organisation (administrators only).

A file has one office until a second is added; only then do offices show anywhere else. Each
button opens the office form (dialogs/office_dialog.py), which saves through the services.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import PermissionDeniedError
from ...services.records.offices import OfficeDetails, list_offices
from ..context import AppContext
from ..dialogs.office_dialog import OfficeDialog
from ..widgets.forms import set_name
from ..widgets.text import heading, paragraph
from .settings_users import may_administer

ID_ROLE = Qt.ItemDataRole.UserRole


class OfficesTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.offices: list[OfficeDetails] = []
        self.dialog: OfficeDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Offices"), 2))
        layout.addWidget(paragraph(self.tr(
            "If your organisation has more than one office or team, add them here. Each "
            "person, activity, suggestion and change then belongs to one office, and each "
            "office sees its own work. With one office, the app says nothing about offices.")))
        layout.addWidget(paragraph(self.tr(
            "An office's address, phone and email go at the top of its people's letters. Any "
            "left empty use your organisation's.")))
        self.not_admin = paragraph(self.tr(
            "Only an administrator can add or change offices. Please ask one of them."))
        layout.addWidget(self.not_admin)
        self.admin_part = QWidget()
        admin = QVBoxLayout(self.admin_part)
        admin.setContentsMargins(0, 0, 0, 0)
        self.list = QListWidget()
        set_name(self.list, self.tr("Offices"))
        self.list.setMinimumHeight(self.list.fontMetrics().height() * 6)
        admin.addWidget(self.list, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add an office\u2026"))
        self.change_button = QPushButton(self.tr("&Change the chosen office\u2026"))
        set_name(self.add_button, self.tr("Add an office"))
        set_name(self.change_button, self.tr("Change the chosen office"))
        row.addWidget(self.add_button)
        row.addWidget(self.change_button)
        row.addStretch(1)
        admin.addLayout(row)
        layout.addWidget(self.admin_part)
        layout.addStretch(1)
        self.add_button.clicked.connect(self.add)
        self.change_button.clicked.connect(self.change)
        self.list.itemActivated.connect(lambda _item: self.change())
        self.list.currentItemChanged.connect(self._chosen_changed)
        self._chosen_changed()

    def refresh(self) -> None:
        admin = may_administer(self.context.db)
        chosen = self._chosen()
        with self.context.db.session_scope() as session:
            try:
                self.offices = list_offices(session)
            except PermissionDeniedError:
                admin, self.offices = False, []
        self.not_admin.setVisible(not admin)
        self.admin_part.setVisible(admin)
        self.list.clear()
        for office in self.offices:
            item = QListWidgetItem(self.label(office))
            item.setData(ID_ROLE, office.id)
            self.list.addItem(item)
            if chosen is not None and chosen.id == office.id:
                self.list.setCurrentItem(item)
        self._chosen_changed()

    def label(self, office: OfficeDetails) -> str:
        name = office.name or self.tr("Your first office (no name yet)")
        if office.name and office.name_cy:
            name = self.tr("{name} ({welsh})").format(name=name, welsh=office.name_cy)
        if not office.active:
            name = self.tr("{name}: no longer in use").format(name=name)
        return name

    def _chosen(self) -> OfficeDetails | None:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((office for office in self.offices if office.id == wanted), None)

    def _chosen_changed(self, *_args) -> None:
        self.change_button.setEnabled(self._chosen() is not None)

    def _open(self, dialog: OfficeDialog) -> None:
        dialog.saved.connect(lambda _office: self.refresh())
        self.dialog = dialog
        dialog.open()

    def add(self) -> None:
        unnamed = any(not office.name.strip() for office in self.offices)
        self._open(OfficeDialog(self.context, ask_first_name=unnamed, parent=self.window()))

    def change(self) -> None:
        office = self._chosen()
        if office is not None:
            self._open(OfficeDialog(self.context, office, parent=self.window()))
