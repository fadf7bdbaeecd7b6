"""Settings, sign-in and staff users: add users, change their role, turn them off or on, set a
new password, unlock. Sign-in starts when the first user (an administrator) is added."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models import utcnow
from ...models.enums import STAFF_ROLES
from ...services.access import permissions
from ...services.access.audit_log import local_time
from ...services.access.auth import (
    UserView,
    add_staff_user,
    list_users,
    set_active,
    set_password,
    set_role,
    sign_in_required,
    unlock_user,
)
from ...services.changed import Operation
from ...services.errors import PartappError, PermissionDeniedError, ValidationError
from .. import messages, translations
from ..context import AppContext
from ..itemmodels.lazy_table import Column
from ..itemmodels.rows import RowsModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.choices import combo, select, value
from ..widgets.forms import ErrorLabel, FormErrors, add_field, new_form, set_name
from ..widgets.table import fit_rows, table_view
from ..widgets.text import heading, paragraph, set_paragraph
from .settings_user_offices import UserOfficesBox

CTX = "UsersTab"


def may_administer(db) -> bool:
    """Whether admin-only things should be offered: sign-in is off, or an administrator is in.

    The services make the real check; this only hides what would be refused.
    """
    return permissions.allows(getattr(db, "user", None), "settings")


def _locked(user: UserView) -> str:
    if user.locked_until is None or user.locked_until <= utcnow():
        return ""
    return QCoreApplication.translate("UsersTab", "Until {time}").format(
        time=local_time(user.locked_until).strftime("%H:%M"))


USER_COLUMNS: tuple[Column[Any], ...] = (
    Column("", QT_TRANSLATE_NOOP("UsersTab", "Name"), lambda u: u.display_name),
    Column("", QT_TRANSLATE_NOOP("UsersTab", "User name"), lambda u: u.username, chars=14),
    Column("", QT_TRANSLATE_NOOP("UsersTab", "Role"), lambda u: translations.label(u.role_label),
           chars=14),
    Column("", QT_TRANSLATE_NOOP("UsersTab", "Can sign in"),
           lambda u: (QCoreApplication.translate("UsersTab", "Yes") if u.active
                     else QCoreApplication.translate("UsersTab", "No (turned off)"))),
    Column("", QT_TRANSLATE_NOOP("UsersTab", "Locked out"), _locked, chars=12),
)


def password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setMaxLength(200)
    return field


class PasswordDialog(QDialog):
    """An administrator sets a new password for someone (typed twice)."""

    def __init__(self, context: AppContext, user: UserView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context, self.user = context, user
        self.setWindowTitle(self.tr("New password for {name}").format(name=user.display_name))
        self.setAccessibleName(self.windowTitle())
        self.errors = FormErrors(ErrorLabel(self.tr("the new password")))
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Type a new password for {name}, then tell them what it is. A few words together "
            "are easy to remember and hard to guess. This also unlocks their account.")
            .format(name=user.display_name)))
        form = new_form()
        self.password, self.confirm = password_field(), password_field()
        add_field(form, self.tr("&New password"), self.password, errors=self.errors,
                  field="password")
        add_field(form, self.tr("&Type it again"), self.confirm, errors=self.errors,
                  field="confirm")
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Set the password"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        for button in (self.save_button, cancel):
            set_name(button, button.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.errors.clear()
        try:
            self.context.apply(set_password, user_id=self.user.id,
                               password=self.password.text(), confirm=self.confirm.text())
        except ValidationError as error:
            self.errors.show(error)
            return
        except PartappError as error:
            self.errors.general.show_message(str(error))
            return
        super().accept()


class UsersTab(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.users: list[UserView] = []
        self.dialog: PasswordDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sign-in"), 2))
        self.status = paragraph("")
        layout.addWidget(self.status)
        layout.addWidget(paragraph(self.tr(
            "Each staff user has a role. Volunteers record people, activities and suggestions. "
            "Coordinators can also record decisions and changes, and make letters and reports. "
            "Administrators can also change settings, look after users and use the privacy "
            "tools.")))
        self.not_admin = paragraph(self.tr(
            "Only an administrator can look after staff users. Please ask one of them."))
        layout.addWidget(self.not_admin)

        self.admin_part = QWidget()
        admin = QVBoxLayout(self.admin_part)
        admin.setContentsMargins(0, 0, 0, 0)
        self.list_part = QWidget()  # hidden until there are users
        listing = QVBoxLayout(self.list_part)
        listing.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(USER_COLUMNS, CTX, self)
        self.view = table_view(self.model, self.tr("Staff users"), stretch=0, sortable=False)
        self.view.selectionModel().selectionChanged.connect(self._chosen_changed)
        listing.addWidget(self.view)
        chosen = QHBoxLayout()
        self.role = combo(translations.labels(STAFF_ROLES),
                          name=self.tr("Role for the chosen user"))
        role_label = QLabel(self.tr("Role of the chosen user:"))
        role_label.setBuddy(self.role)
        chosen.addWidget(role_label)
        self.role_button = QPushButton(self.tr("&Change role"))
        self.active_button = QPushButton(self.tr("Turn off"))
        self.password_button = QPushButton(self.tr("Set a new pa&ssword\u2026"))
        self.unlock_button = QPushButton(self.tr("Unloc&k"))
        set_name(self.role_button, self.tr("Give the chosen user this role"))
        set_name(self.active_button, self.tr("Turn the chosen user off or on"))
        set_name(self.password_button, self.tr("Set a new password for the chosen user"))
        set_name(self.unlock_button, self.tr("Unlock the chosen user"))
        for widget in (self.role, self.role_button, self.active_button, self.password_button,
                       self.unlock_button):
            chosen.addWidget(widget)
        chosen.addStretch(1)
        listing.addLayout(chosen)
        self.chosen_error = ErrorLabel(self.tr("the chosen user"))
        listing.addWidget(self.chosen_error)
        self.offices = UserOfficesBox(context)  # shown with two offices or more
        listing.addWidget(self.offices)
        admin.addWidget(self.list_part)
        admin.addWidget(self._add_box())
        layout.addWidget(self.admin_part)
        layout.addStretch(1)
        self.role_button.clicked.connect(self.change_role)
        self.active_button.clicked.connect(self.toggle_active)
        self.password_button.clicked.connect(self.new_password)
        self.unlock_button.clicked.connect(self.unlock)
        self._chosen_changed()

    def _add_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Add a staff user"))
        self.add_box = box
        layout = QVBoxLayout(box)
        self.add_errors = FormErrors(ErrorLabel(self.tr("the new user")))
        form = new_form()
        self.display_name, self.username = QLineEdit(), QLineEdit()
        self.display_name.setMaxLength(120)
        self.username.setMaxLength(60)
        self.new_role = combo(translations.labels(STAFF_ROLES))
        self.password, self.confirm = password_field(), password_field()
        e = self.add_errors
        add_field(form, self.tr("Their &name"), self.display_name, errors=e,
                  field="display_name")
        add_field(form, self.tr("&User name to sign in with"), self.username, errors=e,
                  field="username", help_text=self.tr("Letters and numbers, for example "
                                                      "jo.bloggs."))
        add_field(form, self.tr("Rol&e"), self.new_role, errors=e, field="role")
        add_field(form, self.tr("&Password"), self.password, errors=e, field="password",
                  help_text=self.tr("At least 8 characters. A few words together are easy to "
                                    "remember and hard to guess."))
        add_field(form, self.tr("Type it &again"), self.confirm, errors=e,
                  field="confirm")
        layout.addLayout(form)
        layout.addWidget(e.general)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd the user"))
        set_name(self.add_button, self.tr("Add the staff user"))
        self.add_button.clicked.connect(self.add)
        row.addWidget(self.add_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # Loading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        admin = may_administer(self.context.db)
        with self.context.db.session_scope() as session:
            required = sign_in_required(session)
            try:
                self.users = list_users(session) if admin else []
            except PermissionDeniedError:
                admin, self.users = False, []
        if not required:
            set_paragraph(self.status, self.tr(
                "Sign-in is off, so anyone who opens the app can see and change everything. "
                "That suits a charity where one person uses the app. Sign-in starts as soon as "
                "you add the first staff user below, who must be an administrator. From then "
                "on, everyone signs in with their own user name and password."))
        else:
            set_paragraph(self.status, self.tr(
                "Sign-in is on: everyone signs in with their own user name and password. To "
                "turn sign-in off again, turn off every user."))
        self.not_admin.setVisible(not admin)
        self.admin_part.setVisible(admin)
        chosen = self._chosen()
        self.model.set_rows(self.users)
        fit_rows(self.view, least=2, most=8)
        if chosen is not None:
            for row, user in enumerate(self.users):
                if user.id == chosen.id:
                    self.view.selectRow(row)
        self.offices.refresh()
        self.list_part.setVisible(bool(self.users))
        self.add_box.setTitle(self.tr("Add a staff user") if self.users else
                              self.tr("Add the first staff user (an administrator)"))
        if not self.users:
            select(self.new_role, "administrator")
        self._chosen_changed()

    def _chosen(self) -> UserView | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _chosen_changed(self, *_args) -> None:
        user = self._chosen()
        for widget in (self.role, self.role_button, self.active_button, self.password_button):
            widget.setEnabled(user is not None)
        self.unlock_button.setEnabled(user is not None and bool(_locked(user)))
        self.offices.show_user(user)
        if user is not None:
            select(self.role, user.role)
            self.active_button.setText(self.tr("Turn off") if user.active
                                       else self.tr("Turn on"))

    # Actions: each one saved at once -------------------------------------------------------
    def _run(self, op: Operation[..., object], **values: object) -> bool:
        """Save one change to the chosen user at once (``op`` is the service operation)."""
        self.chosen_error.clear_message()
        user = self._chosen()
        if user is None:
            return False
        try:
            self.context.apply(op, user_id=user.id,
                               **{k: v(user) if callable(v) else v for k, v in values.items()})
        except PartappError as error:
            self.chosen_error.show_message(str(error))
            return False
        self.refresh()
        return True

    def change_role(self) -> None:
        self._run(set_role, role=value(self.role))

    def toggle_active(self) -> None:
        self._run(set_active, active=lambda user: not user.active)

    def unlock(self) -> None:
        self._run(unlock_user)

    def new_password(self) -> None:
        user = self._chosen()
        if user is None:
            return
        dialog = PasswordDialog(self.context, user, self.window())
        dialog.accepted.connect(lambda: self._password_set(user.display_name))
        self.dialog = dialog
        dialog.open()

    def _password_set(self, name: str) -> None:
        messages.inform(self, self.tr("Password set"),
                        self.tr("The new password is set. Please tell {name} what it is.")
                        .format(name=name))
        self.refresh()

    def add(self) -> None:
        self.add_errors.clear()
        username, password = self.username.text(), self.password.text()
        db = self.context.db
        try:
            added = self.context.apply(add_staff_user, username=username,
                                       display_name=self.display_name.text(),
                                       role=value(self.new_role), password=password,
                                       confirm=self.confirm.text())
        except ValidationError as error:
            self.add_errors.show(error)
            return
        except PartappError as error:
            self.add_errors.general.show_message(str(error))
            return
        for field in (self.display_name, self.username, self.password, self.confirm):
            field.clear()
        signed_in = added.signed_in
        if signed_in is not None and signed_in.ok and signed_in.user is not None:
            db.set_user(signed_in.user)
            self.context.database_changed.emit()  # the window shows who is signed in
            messages.inform(self, self.tr("Sign-in is now on"), self.tr(
                "You are signed in as {name}. From now on, everyone signs in with their own "
                "user name and password when the app opens.")
                .format(name=signed_in.user.display_name))
        self.refresh()
