"""Settings, Database server: where this computer's shared PostgreSQL server is (its name,
port, database, user and TLS), for a larger organisation whose offices work on one server.

The address (with no password) is kept in this computer's own settings and opened the next
time the app starts, unless --db or PARTAPP_DB says otherwise; the password goes in this
computer's keyring (services/store/server_login.py), never in a file. "Check and save" tries
the server once in the background, so a server that does not answer never freezes the window.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
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
from ...services.files import keyring_store
from ...services.store import server_login
from ...services.store.connection import try_connection
from ..context import AppContext
from ..errors import report_error
from ..settings import AppSettings
from ..tasks import Progress, TaskCancelled
from ..translations import message
from ..widgets.forms import ErrorLabel, FormErrors, add_field, new_form, set_name
from ..widgets.text import heading, paragraph, set_paragraph
from .settings_users import password_field


class ServerTab(QWidget):
    """Where the database server is, and its password (kept in the keyring)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("A database server for several offices"), 2))
        layout.addWidget(paragraph(self.tr(
            "Most organisations keep their data in one file on this computer and need nothing "
            "here. If your IT support has set up a PostgreSQL server for all your offices, "
            "type what they gave you. The app opens the server the next time it starts.")))
        self.errors = FormErrors(ErrorLabel(self.tr("the database server")))
        box = QGroupBox(self.tr("Database server"))
        form = new_form()
        self.host = QLineEdit()
        self.host.setPlaceholderText("db.example.org")
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server_login.DEFAULT_PORT)
        self.database = QLineEdit()
        self.database.setPlaceholderText("participation")
        self.user = QLineEdit()
        self.tls = QComboBox()
        for code, text in (("require", self.tr("Always (the server must use TLS)")),
                           ("verify-full", self.tr("Always, and check the server's certificate")),
                           ("prefer", self.tr("When the server offers it")),
                           ("disable", self.tr("Never (only inside your own network)"))):
            self.tls.addItem(text, code)
        self.password = password_field()
        for text, widget, field, help_text in (
                (self.tr("Server &name:"), self.host, "host",
                 self.tr("Your IT support gives this, for example db.example.org.")),
                (self.tr("&Port:"), self.port, "port", self.tr("Most servers use 5432.")),
                (self.tr("&Database:"), self.database, "database", ""),
                (self.tr("&User name:"), self.user, "user",
                 self.tr("The user the app signs in to the server with.")),
                (self.tr("TLS (a safe &connection):"), self.tls, "tls", ""),
                (self.tr("Pa&ssword:"), self.password, "password", "")):
            add_field(form, text, widget, errors=self.errors, field=field, help_text=help_text)
        box_layout = QVBoxLayout(box)
        box_layout.addLayout(form)
        self.keyring_note = paragraph("")
        box_layout.addWidget(self.keyring_note)
        box_layout.addWidget(self.errors.general)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Chec&k and save"))
        set_name(self.save_button, self.tr("Check and save the database server"),
                 self.tr("Connects to the server once, then keeps these settings."))
        self.file_button = QPushButton(self.tr("Use a data file on this computer inst&ead"))
        set_name(self.file_button, self.tr("Use a data file on this computer instead"),
                 self.tr("The app opens the data file on this computer the next time it "
                         "starts."))
        row.addWidget(self.save_button)
        row.addWidget(self.file_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.result = paragraph("", selectable=True)
        layout.addWidget(self.result)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.file_button.clicked.connect(self.use_file)

    @property
    def _settings(self) -> AppSettings:
        return self.context.settings

    # Showing -------------------------------------------------------------------------------
    def refresh(self) -> None:
        address = self._settings.read(AppSettings.server_address)
        saved = server_login.ServerSettings()
        if address:
            try:
                saved = server_login.ServerSettings.from_url(address)
            except ValidationError:
                saved = server_login.ServerSettings()
        self.host.setText(saved.host)
        self.port.setValue(saved.port)
        self.database.setText(saved.database)
        self.user.setText(saved.user)
        self.tls.setCurrentIndex(max(0, self.tls.findData(saved.tls)))
        self.password.clear()
        self.password.setPlaceholderText(self.tr("Leave empty to keep the password kept on "
                                                 "this computer") if address else "")
        self.file_button.setEnabled(bool(address))
        if keyring_store.available():
            set_paragraph(self.keyring_note, self.tr(
                "The password is kept in this computer's own password store (its keyring), "
                "never in a file. Each computer needs it typed in once."))
        else:
            set_paragraph(self.keyring_note, self.tr(
                "This computer has no safe place to keep passwords (a keyring), so the app "
                "will ask for the server's password each time it starts."))

    def _typed(self) -> server_login.ServerSettings:
        return server_login.ServerSettings(
            host=self.host.text(), port=self.port.value(), database=self.database.text(),
            user=self.user.text(), tls=self.tls.currentData())

    # Saving --------------------------------------------------------------------------------
    def save(self) -> None:
        self.errors.clear()
        try:
            clean = server_login.check_server_settings(self._typed())
        except ValidationError as error:
            self.errors.show(error)
            return
        address, password = clean.url(), self.password.text()
        checking = self.tr("Connecting to the server once to check\u2026")

        def work(progress: Progress) -> str:  # on the worker thread: it may wait for the server
            progress.report(0, 0, checking)
            try_connection(address, password)
            return address

        set_paragraph(self.result, checking)
        self.save_button.setEnabled(False)
        self.context.tasks.run(work, title=checking, on_done=self._checked,
                               on_error=self._not_reached)

    def _checked(self, address: str) -> None:
        self.save_button.setEnabled(True)
        said = self.tr("The server answered. Saved: the app opens it the next time it starts.")
        if self.password.text():
            if server_login.keep_password(address, self.password.text()):
                said += " " + self.tr("The password is kept in this computer's keyring.")
            else:
                said += " " + self.tr("This computer has no keyring: the password is kept "
                                      "only until you close the app.")
        self._settings.write(AppSettings.server_address, address)
        self.refresh()
        set_paragraph(self.result, said)

    def _not_reached(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        if isinstance(error, TaskCancelled):
            set_paragraph(self.result, self.tr("Stopped. Nothing was saved."))
            return
        if isinstance(error, PartappError):
            set_paragraph(self.result, self.tr("Nothing was saved.") + " " + message(error))
            return
        report_error(error, self.window())

    def use_file(self) -> None:
        self._settings.write(AppSettings.server_address, "")
        self.refresh()
        set_paragraph(self.result, self.tr(
            "The app opens the data file on this computer the next time it starts."))
