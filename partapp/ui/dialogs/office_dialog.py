"""Adding an office, or changing one: its name (and Welsh name), the address, phone and email
its people's letters carry (empty: the organisation's), and whether it is still in use.

The first office of a file has no name until a second is added, so adding the second asks for
the first one's name too (services/records/offices.py: add_office).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget

from ...services.records.offices import OfficeDetails, add_office, get_office, save_office
from ..context import AppContext
from ..widgets.forms import add_field, new_form, set_name
from ..widgets.text import paragraph
from ..widgets.welsh_fields import add_welsh, welsh_box, welsh_line
from .base import FormDialog


def _address_box() -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * 4 + 14)
    return box


class OfficeDialog(FormDialog):
    """``office`` None adds one; ``ask_first_name`` asks the first office's name as well."""

    saved = Signal(object)  # the OfficeDetails stored

    def __init__(self, context: AppContext, office: OfficeDetails | None = None, *,
                 ask_first_name: bool = False, parent: QWidget | None = None) -> None:
        adding = office is None
        super().__init__(context, self.tr("Add an office") if adding else
                         self.tr("Change the office"), "office", parent,
                         save_text=self.tr("Add the office") if adding else
                         self.tr("Save the office"), size=(110, 42))
        self.office = office
        self.version = office.version if office is not None else None
        self.ask_first_name = adding and ask_first_name
        body = QWidget()
        layout = QVBoxLayout(body)
        form = new_form()
        e = self.errors
        self.first_name = QLineEdit()
        self.first_name.setMaxLength(120)
        if self.ask_first_name:
            layout.addWidget(paragraph(self.tr(
                "Everything recorded so far belongs to your first office, so please give it a "
                "name too.")))
            first_form = new_form()
            add_field(first_form, self.tr("Name of your &first office"), self.first_name,
                      errors=e, field="first_name",
                      help_text=self.tr("For example, Main office."))
            layout.addLayout(first_form)
        self.name, self.name_cy = QLineEdit(), welsh_line()
        self.phone, self.email = QLineEdit(), QLineEdit()
        for field in (self.name, self.name_cy):
            field.setMaxLength(120)
        self.address, self.address_cy = _address_box(), welsh_box(4)
        add_field(form, self.tr("Office &name") if not self.ask_first_name else
                  self.tr("&Name of the new office"), self.name, errors=e, field="name")
        add_welsh(form, self.tr("Name in &Welsh (optional)"), self.name_cy, errors=e,
                  field="name_cy")
        add_field(form, self.tr("&Address"), self.address, errors=e, field="address")
        add_welsh(form, self.tr("Address in W&elsh (optional)"), self.address_cy, errors=e,
                  field="address_cy")
        add_field(form, self.tr("&Phone"), self.phone, errors=e, field="phone")
        add_field(form, self.tr("E&mail"), self.email, errors=e, field="email")
        layout.addLayout(form)
        layout.addWidget(paragraph(self.tr(
            "An office's address, phone and email go at the top of its people's letters. Any "
            "left empty use your organisation's.")))
        self.in_use = QCheckBox(self.tr("No &longer in use"))
        set_name(self.in_use, self.tr("This office is no longer in use"))
        self.in_use.setToolTip(self.tr("Its records are kept, but it is not offered for new "
                                       "ones."))
        e.add("active", self.in_use, e.general)
        if not adding:
            layout.addWidget(self.in_use)
        layout.addStretch(1)
        self.set_body(body)
        if office is not None:
            self._fill(office)
        self.dirty.watch(self.first_name, self.name, self.name_cy, self.address,
                         self.address_cy, self.phone, self.email, self.in_use)
        (self.first_name if self.ask_first_name else self.name).setFocus()

    def _fill(self, office: OfficeDetails) -> None:
        self.dirty.pause(True)
        self.office, self.version = office, office.version
        self.name.setText(office.name)
        self.name_cy.setText(office.name_cy)
        self.address.setPlainText(office.address)
        self.address_cy.setPlainText(office.address_cy)
        self.phone.setText(office.phone)
        self.email.setText(office.email)
        self.in_use.setChecked(not office.active)
        self.dirty.pause(False)
        self.dirty.reset()

    @property
    def record_id(self) -> int | None:
        return self.office.id if self.office is not None else None

    def reload(self) -> None:
        """Someone else saved this office meanwhile: show it as it is now."""
        if self.office is None or self.office.id is None:
            super().reload()
            return
        with self.context.db.session_scope() as session:
            self._fill(get_office(session, self.office.id))

    def details(self) -> OfficeDetails:
        typed = OfficeDetails(
            name=self.name.text(), name_cy=self.name_cy.text(),
            address=self.address.toPlainText(), address_cy=self.address_cy.toPlainText(),
            phone=self.phone.text(), email=self.email.text(),
            active=not self.in_use.isChecked())
        if self.office is None:
            return typed
        return replace(typed, id=self.office.id, version=self.version, keep_mine=self.keep_mine)

    def save(self) -> None:
        if self.office is None:
            stored = self.context.apply(add_office, self.details(),
                                        first_name=self.first_name.text())
        else:
            stored = self.context.apply(save_office, self.details())
        self.saved.emit(stored)
