"""Sign in (only when the organisation has turned sign-in on by adding staff users)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout, QWidget

from ...services.access.auth import SignedInUser, sign_in
from ...services.store.database import Database
from ..widgets.forms import ErrorLabel, FormErrors, add_field, new_form, set_name
from ..widgets.text import heading, paragraph


class SignInDialog(QDialog):
    """After ``accept()``, ``user`` is the person signed in (already set on the database)."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.user: SignedInUser | None = None
        self.setWindowTitle(self.tr("Sign in"))
        self.setAccessibleName(self.windowTitle())
        self.errors = FormErrors(ErrorLabel(self.tr("signing in")))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Please sign in"), 2))
        layout.addWidget(paragraph(self.tr("Data file: {name}").format(name=db.display_name)))
        form = new_form()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        add_field(form, self.tr("&User name"), self.username, errors=self.errors,
                  field="username")
        add_field(form, self.tr("&Password"), self.password, errors=self.errors,
                  field="password")
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.sign_in_button.setText(self.tr("&Sign in"))
        set_name(self.sign_in_button, self.tr("Sign in"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        set_name(cancel, cancel.text())
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.username.setFocus()

    def accept(self) -> None:
        self.errors.clear()
        with self.db.session_scope() as session:  # committed, so wrong tries are counted
            result = sign_in(session, username=self.username.text(),
                             password=self.password.text())
        if not result.ok:
            self.password.clear()
            self.errors.general.show_message(result.message)
            self.password.setFocus()
            return
        self.user = result.user
        self.db.set_user(result.user)
        super().accept()
