"""Settings, sign-in and staff users: which offices the chosen user works in (a tick for each),
shown only once the organisation has two offices or more. A user given none works in all."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from ...services.access.auth import UserView
from ...services.errors import PartappError
from ...services.records.offices import (
    OfficeDetails,
    has_offices,
    list_offices,
    set_staff_offices,
    staff_offices,
)
from ..context import AppContext
from ..widgets.forms import ErrorLabel, set_name
from ..widgets.office_chooser import office_name
from ..widgets.text import paragraph, set_paragraph


class UserOfficesBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Offices they work in"), parent)
        self.context = context
        self.user: UserView | None = None
        self.ticks: dict[int, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "They see the work of the offices ticked. Someone with no office ticked works in "
            "all of them. Administrators can always choose to see all offices.")))
        self.tick_row = QHBoxLayout()
        self.tick_row.addStretch(1)  # the ticks go before it, side by side on the left
        layout.addLayout(self.tick_row)
        self.result = paragraph("")
        layout.addWidget(self.result)
        self.error = ErrorLabel(self.tr("the offices"))
        layout.addWidget(self.error)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save their offices"))
        set_name(self.save_button, self.tr("Save the offices the chosen user works in"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.offices: list[OfficeDetails] = []

    def refresh(self) -> None:
        """The offices again (one added or renamed), and whether to show at all."""
        with self.context.db.session_scope() as session:
            shown = has_offices(session)
            self.offices = list_offices(session) if shown else []
        for tick in self.ticks.values():
            self.tick_row.removeWidget(tick)
            tick.deleteLater()
        self.ticks = {}
        for office in self.offices:
            if office.id is None:
                continue
            text = office_name(office)
            if not office.active:
                text = self.tr("{name} (no longer in use)").format(name=text)
            tick = QCheckBox(text)
            set_name(tick, self.tr("Works in {office}").format(office=text))
            self.tick_row.insertWidget(self.tick_row.count() - 1, tick)
            self.ticks[office.id] = tick
        self.setVisible(shown)
        self.show_user(self.user)

    def show_user(self, user: UserView | None) -> None:
        """Tick the offices of ``user`` (None: nobody chosen, so nothing to change)."""
        self.user = user
        self.error.clear_message()
        set_paragraph(self.result, "")
        mine: list[int] = []
        if user is not None and self.ticks:
            with self.context.db.session_scope() as session:
                mine = staff_offices(session, user.id)
        for office_id, tick in self.ticks.items():
            tick.setChecked(office_id in mine)
            tick.setEnabled(user is not None)
        self.save_button.setEnabled(user is not None)
        self.setTitle(self.tr("Offices {name} works in").format(name=user.display_name)
                      if user is not None else self.tr("Offices they work in"))

    def save(self) -> None:
        if self.user is None:
            return
        self.error.clear_message()
        wanted = [office_id for office_id, tick in self.ticks.items() if tick.isChecked()]
        try:
            self.context.apply(set_staff_offices, self.user.id, wanted)
        except PartappError as error:
            self.error.show_message(str(error))
            return
        set_paragraph(self.result, self.tr("Saved. {name} works in every office.").format(
            name=self.user.display_name) if not wanted else self.tr("Saved."))
