"""Settings: the organisation's details (they go on every letter and report), its logo and
promise, and the editable lists."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...services.changed import Changed
from ...services.errors import EditConflictError, PartappError, ValidationError
from ...services.records.organisation import (
    details_version,
    get_details,
    get_logo,
    save_details,
    set_logo,
)
from .. import messages, translations
from ..formatting import MONTH_NAMES
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.choices import combo, select, value
from ..widgets.easy_read_fields import add_easy_read, easy_box
from ..widgets.forms import (
    DirtyTracker,
    ErrorLabel,
    FormErrors,
    add_field,
    new_form,
    scrolled,
    set_name,
)
from ..widgets.text import heading
from ..widgets.welsh_fields import add_welsh, welsh_box, welsh_line
from .base import Page
from .settings_language import LanguageTab
from .settings_lists import LevelsEditor, group_editor, service_editor
from .settings_mail import MailTab
from .settings_offices import OfficesTab
from .settings_safety import SafetyTab
from .settings_server import ServerTab
from .settings_users import UsersTab
from .settings_wording import WordingEditor


def _text_box(lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().height() * lines + 14)
    return box


class SettingsPage(Page):
    details_version: int | None = None  # of the organisation's details last read
    filled_version: int | None = None  # of those the form shows
    key = "settings"
    title = QT_TRANSLATE_NOOP("SettingsPage", "Settings")
    watches = (Changed.SETTINGS,)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.add_header()
        self.errors = FormErrors(ErrorLabel(self.tr("the organisation's details")))
        self.dirty = DirtyTracker(self)
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("Parts of the settings"))
        self.tabs.addTab(self._organisation_tab(), self.tr("Your &organisation"))
        lists_tab = QWidget()
        lists_layout = QVBoxLayout(lists_tab)
        row = QHBoxLayout()
        self.groups = group_editor(context)
        self.services = service_editor(context)
        row.addWidget(self.groups)
        row.addWidget(self.services)
        lists_layout.addLayout(row, 1)
        self.levels = LevelsEditor(context)
        lists_layout.addWidget(self.levels)
        self.tabs.addTab(scrolled(lists_tab), self.tr("&Lists"))
        self.wording = WordingEditor(context)
        self.tabs.addTab(self.wording, self.tr("Letter &wording"))
        self.safety = SafetyTab(context, retention_field=self.retention)
        self.tabs.addTab(scrolled(self.safety), self.tr("Backups and safe&ty"))
        self.users = UsersTab(context)
        self.tabs.addTab(scrolled(self.users), self.tr("Sign-&in and users"))
        self.offices = OfficesTab(context)
        self.tabs.addTab(scrolled(self.offices), self.tr("Offices"))
        self.mail = MailTab(context)
        self.tabs.addTab(scrolled(self.mail), self.tr("Mail server"))
        self.server = ServerTab(context)
        self.tabs.addTab(scrolled(self.server), self.tr("Database server"))
        self.language = LanguageTab(context)
        self.tabs.addTab(scrolled(self.language), self.tr("Language"))
        self.layout_.addWidget(self.tabs, 1)

    def _organisation_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        form = new_form()
        self.name, self.phone, self.email = QLineEdit(), QLineEdit(), QLineEdit()
        self.website, self.charity_number = QLineEdit(), QLineEdit()
        self.address = _text_box(4)
        self.signatory_name, self.signatory_role = QLineEdit(), QLineEdit()
        self.complaints = _text_box(3)
        self.address_cy, self.complaints_cy = welsh_box(4), welsh_box(3)
        self.signatory_role_cy = welsh_line()
        self.complaints_easy = easy_box(3)
        self.promise = QSpinBox()
        self.promise.setRange(1, 365)
        self.promise.setSuffix(self.tr(" days"))
        self.feedback_aim = QSpinBox()
        self.feedback_aim.setRange(1, 100)
        self.feedback_aim.setSuffix(self.tr("%"))
        self.follow_up_weeks = QSpinBox()
        self.follow_up_weeks.setRange(1, 52)
        self.follow_up_weeks.setSuffix(self.tr(" weeks"))
        self.threshold = combo({5: self.tr("Hide counts under 5"),
                                10: self.tr("Hide counts under 10")})
        self.year_start = combo({m: translations.label(name)
                                 for m, name in enumerate(MONTH_NAMES, start=1)})
        self.retention = QSpinBox()
        self.retention.setRange(1, 50)
        self.retention.setSuffix(self.tr(" years"))
        e = self.errors
        add_field(form, self.tr("Organisation &name"), self.name, errors=e, field="name")
        add_field(form, self.tr("&Address"), self.address, errors=e, field="address")
        add_welsh(form, self.tr("Address in Welsh (optional)"), self.address_cy, errors=e,
                  field="address_cy")
        add_field(form, self.tr("&Phone"), self.phone, errors=e, field="phone")
        add_field(form, self.tr("&Email"), self.email, errors=e, field="email")
        add_field(form, self.tr("Website"), self.website, errors=e, field="website")
        add_field(form, self.tr("&Charity number"), self.charity_number, errors=e,
                  field="charity_number")
        add_field(form, self.tr("Letters signed &by"), self.signatory_name, errors=e,
                  field="signatory_name")
        add_field(form, self.tr("Their &job title"), self.signatory_role, errors=e,
                  field="signatory_role")
        add_welsh(form, self.tr("Job title in Welsh (optional)"), self.signatory_role_cy,
                  errors=e, field="signatory_role_cy")
        add_field(form, self.tr("If someone is not happy, they can contact"), self.complaints,
                  errors=e, field="complaints_contact",
                  help_text=self.tr("Letters already ask people to tell you. Add who else they "
                                    "can talk to, and how."))
        add_welsh(form, self.tr("Who they can contact, in Welsh (optional)"), self.complaints_cy,
                  errors=e, field="complaints_contact_cy")
        add_easy_read(form, self.tr("Who they can contact: easy read version (optional)"),
                      self.complaints_easy, errors=e, field="complaints_contact_easy")
        add_field(form, self.tr("Fee&dback promise"), self.promise, errors=e,
                  field="promise_days",
                  help_text=self.tr("People hear back within this many days."))
        add_field(form, self.tr("Aim for feedback on time"), self.feedback_aim, errors=e,
                  field="feedback_aim_pct",
                  help_text=self.tr("The report warns when fewer people hear back in time."))
        add_field(form, self.tr("Ask if a change helped after"), self.follow_up_weeks,
                  errors=e, field="follow_up_weeks",
                  help_text=self.tr("After a change is done, the people who asked for it are "
                                    "asked if it made a difference, in their next letter."))
        add_field(form, self.tr("S&mall numbers in reports"), self.threshold, errors=e,
                  field="small_number_threshold",
                  help_text=self.tr("Small counts are hidden so nobody can be recognised."))
        add_field(form, self.tr("Our year starts in"), self.year_start, errors=e,
                  field="year_start_month")
        add_field(form, self.tr("&Keep records for"), self.retention, errors=e,
                  field="retention_years")
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save the details"))
        self.undo_button = QPushButton(self.tr("&Undo my changes"))
        set_name(self.save_button, self.tr("Save the organisation's details"))
        set_name(self.undo_button, self.tr("Undo my changes to the details"))
        self.save_button.clicked.connect(self.save_changes)
        self.undo_button.clicked.connect(self.discard_changes)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Logo for letters and reports"), 3))
        logo_row = QHBoxLayout()
        self.logo = QLabel()
        self.logo.setFrameShape(QFrame.Shape.StyledPanel)
        size = self.logo.fontMetrics().height() * 5
        self.logo.setFixedSize(size * 2, size)
        self.logo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_logo = QPushButton(self.tr("Choose a logo\u2026"))
        self.remove_logo = QPushButton(self.tr("Remove the logo"))
        set_name(self.choose_logo, self.tr("Choose a logo picture"))
        set_name(self.remove_logo, self.tr("Remove the logo"))
        self.choose_logo.clicked.connect(self._choose_logo)
        self.remove_logo.clicked.connect(lambda: self._store_logo(None, ""))
        self.logo_error = ErrorLabel(self.tr("the logo"))
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(self.choose_logo)
        logo_buttons.addWidget(self.remove_logo)
        logo_buttons.addWidget(self.logo_error)
        logo_buttons.addStretch(1)
        logo_row.addWidget(self.logo)
        logo_row.addLayout(logo_buttons, 1)
        layout.addLayout(logo_row)
        layout.addStretch(1)
        self.dirty.watch(self.name, self.address, self.phone, self.email, self.website,
                         self.charity_number, self.signatory_name, self.signatory_role,
                         self.complaints, self.address_cy, self.signatory_role_cy,
                         self.complaints_cy, self.complaints_easy, self.promise, self.feedback_aim, self.threshold,
                         self.year_start, self.follow_up_weeks,
                         self.retention)
        self.dirty.changed.connect(self._dirty_changed)
        return scrolled(page)

    # Loading and saving ------------------------------------------------------------------
    def refresh(self) -> None:
        with self.context.db.session_scope() as session:
            self.details = get_details(session)
            self.details_version = details_version(session)
            logo = get_logo(session)
        if not self.dirty.dirty:
            self._fill()
        self._show_logo(logo)
        self.groups.refresh()
        self.services.refresh()
        if not self.levels.dirty.dirty:
            self.levels.refresh()
        self.safety.refresh()
        self.users.refresh()
        self.offices.refresh()
        self.mail.refresh()
        self.server.refresh()

    def _fill(self) -> None:
        d = self.details
        self.filled_version = self.details_version  # handed back on saving (records/versions.py)
        self.dirty.pause(True)
        for widget, text in ((self.name, d.name), (self.phone, d.phone), (self.email, d.email),
                             (self.website, d.website), (self.charity_number, d.charity_number),
                             (self.signatory_name, d.signatory_name),
                             (self.signatory_role, d.signatory_role),
                             (self.signatory_role_cy, d.signatory_role_cy)):
            widget.setText(text)
        self.address.setPlainText(d.address)
        self.complaints.setPlainText(d.complaints_contact)
        self.address_cy.setPlainText(d.address_cy)
        self.complaints_cy.setPlainText(d.complaints_contact_cy)
        self.complaints_easy.setPlainText(d.complaints_contact_easy)
        self.promise.setValue(d.promise_days)
        self.feedback_aim.setValue(d.feedback_aim_pct)
        self.follow_up_weeks.setValue(d.follow_up_weeks)
        select(self.threshold, d.small_number_threshold)
        select(self.year_start, d.year_start_month)
        self.retention.setValue(d.retention_years)
        self.dirty.pause(False)
        self.dirty.reset()
        self.errors.clear()

    def _dirty_changed(self, dirty: bool) -> None:
        self.undo_button.setEnabled(dirty)

    def has_unsaved_changes(self) -> bool:
        return self.dirty.dirty or self.levels.dirty.dirty or self.wording.has_unsaved_changes()

    def save_changes(self, *, keep_mine: bool = False) -> bool:
        self.errors.clear()
        if self.wording.has_unsaved_changes() and not self.wording.save_changes():
            self.tabs.setCurrentWidget(self.wording)
            return False
        if self.levels.dirty.dirty and not self.levels.save():
            return False
        if not self.dirty.dirty:
            return True
        details = replace(
            self.details, name=self.name.text(), address=self.address.toPlainText(),
            phone=self.phone.text(), email=self.email.text(), website=self.website.text(),
            charity_number=self.charity_number.text(), signatory_name=self.signatory_name.text(),
            signatory_role=self.signatory_role.text(),
            complaints_contact=self.complaints.toPlainText(), promise_days=self.promise.value(),
            address_cy=self.address_cy.toPlainText(),
            signatory_role_cy=self.signatory_role_cy.text(),
            complaints_contact_cy=self.complaints_cy.toPlainText(),
            complaints_contact_easy=self.complaints_easy.toPlainText(),
            feedback_aim_pct=self.feedback_aim.value(),
            follow_up_weeks=self.follow_up_weeks.value(),
            small_number_threshold=value(self.threshold),
            year_start_month=value(self.year_start), retention_years=self.retention.value(),
            version=self.filled_version, keep_mine=keep_mine)
        try:
            self.details = self.context.apply(save_details, details)
        except ValidationError as error:
            self.tabs.setCurrentIndex(0)
            self.errors.show(error)
            return False
        except EditConflictError as error:  # someone else saved them after they were shown
            return self._conflict(error)
        self.dirty.reset()
        return True

    def _conflict(self, error: EditConflictError) -> bool:
        answer = messages.ask_conflict(self, str(error))
        if answer is messages.Conflict.RELOAD:
            self.dirty.reset()
            self.refresh()
            return True
        if answer is messages.Conflict.KEEP_MINE:
            with self.context.db.session_scope() as session:
                self.filled_version = details_version(session)
            return self.save_changes(keep_mine=True)
        return False

    def discard_changes(self) -> None:
        self._fill()
        self.levels.refresh()
        self.wording.discard_changes()

    # The logo ----------------------------------------------------------------------------
    def _show_logo(self, data: bytes | None) -> None:
        self.remove_logo.setEnabled(data is not None)
        if data is None:
            self.logo.setPixmap(QPixmap())
            self.logo.setText(self.tr("No logo"))
            self.logo.setAccessibleName(self.tr("No logo yet"))
            return
        pixmap = QPixmap()
        pixmap.loadFromData(data)
        self.logo.setPixmap(pixmap.scaled(self.logo.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
        self.logo.setAccessibleName(self.tr("The current logo"))

    def _choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a logo"),
                                              self.context.settings.last_folder,
                                              self.tr("Pictures (*.png *.jpg *.jpeg)"))
        if not name:
            return
        try:
            data = Path(name).read_bytes()
        except OSError:
            self.logo_error.show_message(self.tr("That file could not be read. Please choose "
                                                 "another."))
            return
        self._store_logo(data, Path(name).name)

    def _store_logo(self, data: bytes | None, filename: str) -> None:
        self.logo_error.clear_message()
        try:
            with self.context.db.session_scope() as session:
                before = details_version(session)
            after = self.context.apply(set_logo, data, filename)
            if self.filled_version == before:  # our own save: not someone else's change
                self.filled_version = after
        except PartappError as error:
            self.logo_error.show_message(str(error))
            return
        self._show_logo(data)
