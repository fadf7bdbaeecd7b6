"""First run: a short welcome that makes the data file and asks for the organisation's details."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import APP_NAME
from ...services.errors import PartappError, ValidationError
from ...services.records.organisation import OrganisationDetails, get_details, save_details
from ...services.store.database import Database, open_database
from .. import messages
from ..settings import AppSettings
from ..widgets.forms import (
    DirtyTracker,
    ErrorLabel,
    FormErrors,
    add_field,
    new_form,
    scrolled,
    set_name,
)
from ..widgets.text import heading, paragraph
from .base import fitting_size


class WelcomeDialog(QDialog):
    """Makes the data file at ``target`` (or uses ``database``) and saves the details.

    After it is accepted, ``database`` is the open data file and ``wants_sample`` says whether
    to fill it with sample data.
    """

    def __init__(self, target: str, settings: AppSettings, parent: QWidget | None = None, *,
                 database: Database | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.settings = settings
        self.database = database
        self.wants_sample = False
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.setAccessibleName(self.windowTitle())
        self.errors = FormErrors(ErrorLabel(self.tr("this form")))
        self.dirty = DirtyTracker(self)
        self.offer_sample = offer_sample = database is None or self._empty(database)

        outer = QVBoxLayout(self)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading(self.windowTitle(), 1))
        layout.addWidget(paragraph(self.tr(
            "This app keeps track of what the people you support tell you, what you decided, "
            "and what changed. First, a few details for your letters. You can change them "
            "later in Settings.")))
        form = new_form()
        self.name = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().height() * 4 + 12)
        self.phone = QLineEdit()
        self.email = QLineEdit()
        self.signatory = QLineEdit()
        self.role = QLineEdit()
        self.promise = QSpinBox()
        self.promise.setRange(1, 365)
        self.promise.setValue(28)
        self.promise.setSuffix(self.tr(" days"))
        add_field(form, self.tr("Your organisation's &name"), self.name, errors=self.errors,
                  field="name")
        add_field(form, self.tr("&Address"), self.address, errors=self.errors, field="address")
        add_field(form, self.tr("P&hone number (if you have one)"), self.phone,
                  errors=self.errors, field="phone",
                  help_text=self.tr("Letters tell people to ring this number with questions."))
        add_field(form, self.tr("Email add&ress (if you have one)"), self.email,
                  errors=self.errors, field="email",
                  help_text=self.tr("Letters say people can email you here."))
        add_field(form, self.tr("Letters are &signed by"), self.signatory, errors=self.errors,
                  field="signatory_name", help_text=self.tr("For example: Sam Patel"))
        add_field(form, self.tr("Their &job title"), self.role, errors=self.errors,
                  field="signatory_role", help_text=self.tr("For example: Participation worker"))
        add_field(form, self.tr("Feedback &promise"), self.promise, errors=self.errors,
                  field="promise_days",
                  help_text=self.tr("We promise people an answer within this many days. "
                                    "28 is common."))
        layout.addLayout(form)
        self.start_empty = QRadioButton(self.tr("Start &empty"))
        self.start_sample = QRadioButton(self.tr("Start with sa&mple data"))
        self.start_empty.setChecked(True)
        group = QButtonGroup(self)
        for button in (self.start_empty, self.start_sample):
            set_name(button, button.text())
            group.addButton(button)
        if offer_sample:
            layout.addWidget(heading(self.tr("How do you want to start?"), 3))
            layout.addWidget(self.start_empty)
            layout.addWidget(self.start_sample)
            self.sample_help = paragraph(self.tr(
                "Sample data is made-up people, meetings and suggestions, to try things out. "
                "To start for real later, choose File, then New data file."))
            layout.addWidget(self.sample_help)
            self.start_sample.setAccessibleDescription(self.sample_help.text())
        else:
            self.start_empty.hide()
            self.start_sample.hide()
        where = paragraph(self.tr("Your data file will be kept here: {target}")
                          .format(target=target), selectable=True)
        layout.addWidget(where)
        layout.addStretch(1)
        outer.addWidget(scrolled(body), 1)
        outer.addWidget(self.errors.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.create_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("&Create my data file") if database is None
                                   else self.tr("&Save and start"))
        set_name(self.create_button, self.create_button.text())
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_name(cancel, cancel.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.resize(fitting_size(self, 100, 40))
        self.dirty.watch(self.name, self.address, self.phone, self.email, self.signatory,
                         self.role, self.promise)
        self.name.setFocus(Qt.FocusReason.OtherFocusReason)

    @staticmethod
    def is_set_up(db: Database) -> bool:
        with db.session_scope() as session:
            return get_details(session).is_set_up

    @staticmethod
    def _empty(db: Database) -> bool:
        from ...services.browse.home import is_empty  # the lists' queries: not needed at start

        with db.session_scope() as session:
            return is_empty(session)

    def details(self, current: OrganisationDetails) -> OrganisationDetails:
        return replace(current, name=self.name.text(), address=self.address.toPlainText(),
                       phone=self.phone.text(), email=self.email.text(),
                       signatory_name=self.signatory.text(), signatory_role=self.role.text(),
                       promise_days=self.promise.value())

    def accept(self) -> None:
        self.errors.clear()
        if not self.name.text().strip():
            self.errors.show(ValidationError("name", self.tr(
                "Please fill in your organisation's name. It goes at the top of every letter.")))
            return
        try:
            if self.database is None:
                self.database = open_database(self.target)
            with self.database.session_scope() as session:
                save_details(session, self.details(get_details(session)))
        except ValidationError as error:
            self.errors.show(error)
            return
        except PartappError as error:
            self.errors.general.show_message(str(error))
            return
        self.wants_sample = self.offer_sample and self.start_sample.isChecked()
        self.dirty.reset()
        super().accept()

    def reject(self) -> None:
        if self.dirty.dirty and not messages.confirm(
                self, self.tr("Leave the welcome?"),
                self.tr("The details you typed will not be kept."),
                yes=self.tr("Leave"), no=self.tr("Go back")):
            return
        super().reject()
