"""Settings, Mail server: sending email letters through the organisation's own mail server.

Off until turned on. The server's name, port, security, user name and sender address are kept
in the data file (services/feedback/mail_server.py); the password goes in this computer's
keyring, never in the data file. "Send a test email" runs in the background and is the only
thing here that uses the network, and only when pressed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import PartappError, ValidationError
from ...services.feedback import mail_server as mail
from ...services.feedback.mail_send import send_test
from ...services.records.organisation import get_details
from ..context import AppContext
from ..errors import report_error
from ..tasks import Progress, TaskCancelled
from ..translations import message
from ..widgets.forms import ErrorLabel, FormErrors, add_field, new_form, set_name
from ..widgets.text import heading, paragraph, set_paragraph
from .settings_users import may_administer, password_field


class MailTab(QWidget):
    """The mail server's settings, its password, and a test email."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.server = mail.MailServer()
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sending letters by email"), 2))
        layout.addWidget(paragraph(self.tr(
            "People who asked for their letters by email can have them sent straight from the "
            "app, through your organisation's own mail server. This is off until you turn it "
            "on. The app only connects to the server when you press Send.")))
        self.not_admin = paragraph(self.tr("Only an administrator can change these settings."))
        layout.addWidget(self.not_admin)
        self.enabled = QCheckBox(self.tr("S&end email letters through our mail server"))
        set_name(self.enabled, self.enabled.text())
        layout.addWidget(self.enabled)
        self.errors = FormErrors(ErrorLabel(self.tr("the mail server")))
        box = QGroupBox(self.tr("Mail server"))
        form = new_form()
        self.host = QLineEdit()
        self.host.setPlaceholderText("smtp.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for code, text in (("starttls", self.tr("STARTTLS (usually port 587)")),
                           ("ssl", self.tr("SSL/TLS (usually port 465)")),
                           ("none", self.tr("No encryption (not safe)"))):
            self.security.addItem(text, code)
        self.username = QLineEdit()
        self.password = password_field()
        self.sender_box = QLineEdit()
        self.sender_box.setPlaceholderText("letters@example.org")
        for text, widget, field, help_text in (
                (self.tr("Server &name:"), self.host, "host",
                 self.tr("Your email provider gives this, for example smtp.office365.com.")),
                (self.tr("&Port:"), self.port, "port", ""),
                (self.tr("Se&curity:"), self.security, "security", ""),
                (self.tr("&User name:"), self.username, "username",
                 self.tr("Often your full email address. Leave it empty if the server needs "
                         "no sign-in.")),
                (self.tr("Pa&ssword:"), self.password, "password", ""),
                (self.tr("Sen&der address:"), self.sender_box, "sender",
                 self.tr("The address letters come from. Replies go here."))):
            add_field(form, text, widget, errors=self.errors, field=field, help_text=help_text)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        self.warning = paragraph(self.tr(
            "\u26a0 Without encryption, the password and the letters cross the network as "
            "plain text that others could read. Choose this only for a server inside your own "
            "building."))
        box_layout.addWidget(self.warning)
        self.keyring_note = paragraph("")
        box_layout.addWidget(self.keyring_note)
        box_layout.addWidget(self.errors.general)
        layout.addWidget(box)
        save_row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the m&ail server settings"))
        set_name(self.save_button, self.tr("Save the mail server settings"))
        save_row.addWidget(self.save_button)
        save_row.addStretch(1)
        layout.addLayout(save_row)
        layout.addWidget(self._test_box())
        layout.addStretch(1)
        self.security.currentIndexChanged.connect(self._security_changed)
        self.enabled.toggled.connect(self._show_enabled)
        self.save_button.clicked.connect(self.save)

    def _test_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Send a test email"))
        form = new_form()
        self.test_to = QLineEdit()
        self.test_to.setPlaceholderText("you@example.org")
        add_field(form, self.tr("Send the test to:"), self.test_to, errors=self.errors,
                  field="test_to")
        layout = QVBoxLayout(box)
        layout.addWidget(paragraph(self.tr(
            "Save the settings first. The test uses the network once, to send a short email "
            "to the address you type.")))
        layout.addLayout(form)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Send a test email to chec&k"))
        set_name(self.test_button, self.tr("Send a test email"),
                 self.tr("Uses the network once, to send a short email to the address typed."))
        row.addWidget(self.test_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.test_result = paragraph("", selectable=True)
        layout.addWidget(self.test_result)
        self.test_button.clicked.connect(self.send_test)
        return box

    # Showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        with self.context.db.session_scope() as session:
            self.server = mail.get_mail_server(session)
        admin = may_administer(self.context.db)
        self.not_admin.setVisible(not admin)
        s = self.server
        self.enabled.setChecked(s.enabled)
        self.host.setText(s.host)
        self.port.setValue(s.port)
        self.security.setCurrentIndex(max(0, self.security.findData(s.security)))
        self.username.setText(s.username)
        self.sender_box.setText(s.sender)
        self.password.clear()
        for widget in (self.enabled, self.host, self.port, self.security, self.username,
                       self.password, self.sender_box, self.save_button):
            widget.setEnabled(admin)
        self._show_password_state()
        self._security_changed()
        self._show_enabled()

    def _show_password_state(self) -> None:
        # The keyring is not asked here (it may ask to be unlocked): only when sending.
        self.password.setPlaceholderText(self.tr("Leave empty to keep the password kept "
                                                 "on this computer") if self.server.host
                                         else "")
        if not mail.keyring_available():
            set_paragraph(self.keyring_note, self.tr(
                "This computer has no safe place to keep passwords (a keyring), so the app "
                "cannot remember the mail server's password. It uses the password you type "
                "until you close the app, and does not save it anywhere else."))
        else:
            set_paragraph(self.keyring_note, self.tr(
                "The password is kept in this computer's own password store (its keyring), "
                "not in the data file. Each computer that sends needs it typed in once."))

    def _security_changed(self) -> None:
        self.warning.setVisible(self.security.currentData() == "none")

    def _show_enabled(self) -> None:
        self.test_button.setEnabled(self.enabled.isChecked())

    def _typed(self) -> mail.MailServer:
        return mail.MailServer(enabled=self.enabled.isChecked(), host=self.host.text(),
                               port=self.port.value(), security=self.security.currentData(),
                               username=self.username.text(), sender=self.sender_box.text())

    # Saving and testing ---------------------------------------------------------------------
    def save(self) -> bool:
        self.errors.clear()
        typed = self._typed()
        try:
            saved = self.context.apply(mail.save_mail_server, typed)
        except ValidationError as error:
            self.errors.show(error)
            return False
        except PartappError as error:
            report_error(error, self.window())
            return False
        if saved.password_key != self.server.password_key and self.server.host:
            mail.forget_password(self.server)  # the old server's or user's
        self.server = saved
        said = self.tr("Saved.")
        if self.password.text():
            in_keyring = mail.set_password(saved, self.password.text())
            self.password.clear()
            said += " " + (self.tr("The password is kept in this computer's keyring.")
                           if in_keyring else
                           self.tr("This computer has no keyring: the password is kept only "
                                   "until you close the app."))
        self._show_password_state()
        set_paragraph(self.test_result, said)
        return True

    def send_test(self) -> None:
        self.errors.clear()
        if (self._typed() != self.server or self.password.text()) and not self.save():
            return
        server, to = self.server, self.test_to.text()
        password = mail.get_password(server)
        with self.context.db.session_scope() as session:
            organisation = get_details(session).name

        sending = self.tr("Sending a test email\u2026")

        def work(progress: Progress) -> str:  # on the worker thread
            progress.report(0, 0, sending)
            send_test(server, password, to, organisation=organisation)
            return to

        set_paragraph(self.test_result, sending)
        self.context.tasks.run(work, title=sending,
                               on_done=self._test_sent, on_error=self._test_failed)

    def _test_sent(self, to: str) -> None:
        set_paragraph(self.test_result, self.tr(
            "The test email went to {address}. If it does not arrive in a few minutes, look "
            "in the junk folder.").format(address=to))

    def _test_failed(self, error: BaseException) -> None:
        if isinstance(error, TaskCancelled):
            set_paragraph(self.test_result, self.tr("Stopped. The test may not have gone."))
            return
        if isinstance(error, ValidationError):
            set_paragraph(self.test_result, self.tr("The test email did not go.") + " "
                          + message(error))
            self.errors.show(error)
            return
        report_error(error, self.window())
