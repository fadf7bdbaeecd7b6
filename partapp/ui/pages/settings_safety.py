"""Settings, backups and safety: where backups go (a USB stick), back up now, the list of
backups with restore, the passphrase that protects the data file, and how long records are kept.

Whole-file work (restore, passphrase) goes through ``FileActions.with_file_closed``: the data
file is closed, the work runs in the background, then the file is opened again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.errors import PartappError, ValidationError
from ...services.records.organisation import get_details
from ...services.store import encryption, passphrase
from ...services.store.backup import BackupInfo, backup_folders, list_backups
from ...services.store.backup_rotation import backup_settings, set_backup_folder
from .. import messages, translations
from ..context import AppContext
from ..file_actions import FileActions
from ..formatting import format_date
from ..itemmodels.lazy_table import Column
from ..itemmodels.rows import RowsModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..widgets.forms import ErrorLabel, FormErrors, add_field, new_form, reveal, set_name
from ..widgets.table import fit_rows, table_view
from ..widgets.text import heading, paragraph, set_paragraph, set_scaled_font
from .settings_users import may_administer, password_field

CTX = "SafetyTab"


def made_at(when: datetime) -> str:
    return f"{format_date(when.date())}, {when.strftime('%H:%M')}"


def file_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB"


T = TypeVar("T")

BACKUP_COLUMNS: tuple[Column[BackupInfo], ...] = (
    Column("", QT_TRANSLATE_NOOP("SafetyTab", "Made"), lambda b: made_at(b.made_at), chars=20),
    Column("", QT_TRANSLATE_NOOP("SafetyTab", "Kind"), lambda b: translations.label(b.kind_label),
           chars=20),
    Column("", QT_TRANSLATE_NOOP("SafetyTab", "Size"), lambda b: file_size(b.size), right=True),
    Column("", QT_TRANSLATE_NOOP("SafetyTab", "Folder"), lambda b: str(b.path.parent),
           tooltip=lambda b: str(b.path)),
)


class SafetyTab(QWidget):
    """``retention_field`` is the "Keep records for" box on the organisation tab."""

    def __init__(self, context: AppContext, retention_field: QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.retention_field = retention_field
        self._files: FileActions | None = None
        self.backups: list[BackupInfo] = []
        layout = QVBoxLayout(self)
        self.not_admin = paragraph(self.tr(
            "Only an administrator can change these settings or restore a backup. You can "
            "still make a backup."))
        layout.addWidget(self.not_admin)
        layout.addWidget(self._backup_box())
        layout.addWidget(self._passphrase_box())
        layout.addWidget(self._records_box())
        layout.addStretch(1)

    # Building -------------------------------------------------------------------------------
    def _backup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Backups"))
        layout = QVBoxLayout(box)
        layout.addWidget(paragraph(self.tr(
            "The app makes a backup each time it opens and each time it closes. It keeps one "
            "a day for the last 7 days and one a week for the last 8 weeks. Backups you make "
            "yourself are never deleted by the app.")))
        self.folder = QLineEdit()
        self.folder.setReadOnly(True)
        form = new_form()
        self.folder_error = add_field(form, self.tr("Bac&kups go to"), self.folder, help_text=self.tr(
            "A USB stick kept away from the office keeps a copy safe from fire or theft. If "
            "the folder cannot be reached, the backup goes beside the data file and the app "
            "tells you."))
        layout.addLayout(form)
        row = QHBoxLayout()
        self.choose_button = QPushButton(self.tr("&Choose a folder or USB stick\u2026"))
        self.usual_button = QPushButton(self.tr("Use the &usual folder"))
        self.backup_button = QPushButton(self.tr("&Back up now"))
        set_name(self.choose_button, self.tr("Choose a folder or USB stick for backups"))
        set_name(self.usual_button, self.tr("Put backups in the usual folder beside the data "
                                            "file"))
        set_name(self.backup_button, self.tr("Back up now into the backup folder"))
        for button in (self.choose_button, self.usual_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.backup_button)
        layout.addLayout(row)
        layout.addWidget(heading(self.tr("Backups you can restore"), 3))
        self.model = RowsModel(BACKUP_COLUMNS, CTX, self)
        self.view = table_view(self.model, self.tr("Backups, newest first"), stretch=3,
                               sortable=False)
        self.view.selectionModel().selectionChanged.connect(self._chosen_changed)
        self.view.activated.connect(self.restore_chosen)
        layout.addWidget(self.view)
        self.empty = paragraph(self.tr("There are no backups yet."))
        layout.addWidget(self.empty)
        restore_row = QHBoxLayout()
        self.restore_button = QPushButton(self.tr("R&estore the chosen backup\u2026"))
        set_name(self.restore_button, self.tr("Restore the chosen backup"))
        restore_row.addWidget(self.restore_button)
        restore_row.addStretch(1)
        layout.addLayout(restore_row)
        self.choose_button.clicked.connect(self.choose_folder)
        self.usual_button.clicked.connect(self.use_usual_folder)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button.clicked.connect(self.restore_chosen)
        return box

    def _passphrase_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Passphrase"))
        layout = QVBoxLayout(box)
        self.box_passphrase = box
        self.enc_status = paragraph("")
        layout.addWidget(self.enc_status)
        self.warning = paragraph(translations.label(encryption.LOST_PASSPHRASE_WARNING))
        set_scaled_font(self.warning, 1.0, bold=True)
        layout.addWidget(self.warning)
        self.enc_errors = FormErrors(ErrorLabel(self.tr("the passphrase")))
        form = new_form()
        self.current, self.new1, self.new2 = password_field(), password_field(), \
            password_field()
        for field in (self.current, self.new1, self.new2):
            field.setMaxLength(500)
        e = self.enc_errors
        current_error = add_field(form, self.tr("Curre&nt passphrase"), self.current, errors=e,
                                  field="current", help_text=self.tr(
                                      "Needed to change or remove the passphrase."))
        self.current_row = current_error.parentWidget()
        add_field(form, self.tr("New &passphrase"), self.new1, errors=e, field="passphrase",
                  help_text=self.tr("At least 10 characters. A short sentence you will "
                                    "remember works well."))
        add_field(form, self.tr("Type the new passphrase &again"), self.new2, errors=e,
                  field="confirm")
        self.enc_form = QWidget()
        self.enc_form.setLayout(form)
        form.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enc_form)
        layout.addWidget(e.general)
        row = QHBoxLayout()
        self.protect_button = QPushButton(self.tr("Protect the &data file\u2026"))
        self.change_button = QPushButton(self.tr("Change the pa&ssphrase"))
        self.remove_button = QPushButton(self.tr("Re&move the passphrase\u2026"))
        for button in (self.protect_button, self.change_button, self.remove_button):
            set_name(button, button.text())
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.protect_button.clicked.connect(self.protect)
        self.change_button.clicked.connect(self.change_passphrase)
        self.remove_button.clicked.connect(self.remove_passphrase)
        return box

    def _records_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Old records"))
        layout = QVBoxLayout(box)
        self.records_text = paragraph("")
        layout.addWidget(self.records_text)
        row = QHBoxLayout()
        self.change_years = QPushButton(self.tr("Change how long\u2026"))
        self.review_button = QPushButton(self.tr("Review old records\u2026"))
        set_name(self.change_years, self.tr("Change how long records are kept"))
        set_name(self.review_button, self.tr("Review old records"))
        self.change_years.clicked.connect(self._show_retention)
        self.review_button.clicked.connect(self.review)
        row.addWidget(self.change_years)
        row.addWidget(self.review_button)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    # Loading ---------------------------------------------------------------------------------
    def refresh(self) -> None:
        db = self.context.db
        admin = may_administer(db)
        path = db.path
        with db.session_scope() as session:
            chosen = backup_settings(session, path) if path is not None else None
            years = get_details(session).retention_years
        self.not_admin.setVisible(not admin)
        if chosen is not None and path is not None:
            self.folder.setText(str(chosen.folder))
            self.folder.setAccessibleDescription(self.tr("The usual folder, beside the data "
                                                         "file") if chosen.folder_is_default
                                                 else "")
            self.backups = list_backups(path, folders=backup_folders(path, chosen.folder))
        else:
            self.folder.setText(self.tr("A database server keeps its own backups."))
            self.backups = []
        self.model.set_rows(self.backups)
        fit_rows(self.view, least=3, most=8)
        self.empty.setVisible(not self.backups and path is not None)
        self.view.setVisible(bool(self.backups))
        for button in (self.choose_button, self.usual_button):
            button.setEnabled(admin and path is not None)
        self.usual_button.setEnabled(admin and chosen is not None
                                     and not chosen.folder_is_default)
        self.backup_button.setEnabled(path is not None)
        self.admin = admin
        self._chosen_changed()
        self._show_passphrase_state(admin)
        set_paragraph(self.records_text, self.tr(
            "Records are kept for {n} years after someone was last in touch (came to an "
            "activity, made a suggestion, or was sent a letter). After that, review them and "
            "remove the details you no longer need.").format(n=years))
        self.review_button.setEnabled(admin)
        self.change_years.setEnabled(admin and self.retention_field is not None)

    def _show_passphrase_state(self, admin: bool) -> None:
        db = self.context.db
        self.box_passphrase.setVisible(db.path is not None)
        usable = encryption.available()
        on = db.encrypted
        if not usable:
            text = self.tr("This copy of the app cannot use a passphrase: the encryption part "
                           "is not installed. Ask whoever installed the app to add it.")
        elif on:
            text = self.tr("The data file is protected with a passphrase. Nobody can read it, "
                           "or its newer backups, without the passphrase.")
        else:
            text = self.tr("The data file is not protected with a passphrase. Anyone who can "
                           "reach the files on this computer can read it. If the computer is "
                           "shared, protect it with a passphrase.")
        set_paragraph(self.enc_status, text)
        self.warning.setVisible(usable)
        self.enc_form.setVisible(usable)
        self.enc_form.setEnabled(admin)
        form = self.enc_form.layout()
        assert isinstance(form, QFormLayout)
        if self.current_row is not None:
            form.setRowVisible(self.current_row, on)
        self.protect_button.setVisible(usable and not on)
        self.change_button.setVisible(usable and on)
        self.remove_button.setVisible(usable and on)
        for button in (self.protect_button, self.change_button, self.remove_button):
            button.setEnabled(admin)

    def _chosen(self) -> BackupInfo | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.row_data(rows[0].row()) if rows else None

    def _chosen_changed(self, *_args) -> None:
        self.restore_button.setEnabled(getattr(self, "admin", False)
                                       and self._chosen() is not None)

    def files(self) -> FileActions:
        """The window's File menu actions (backup and restore live there once)."""
        files = getattr(self.window(), "files", None)
        if isinstance(files, FileActions):
            return files
        if self._files is None:
            self._files = FileActions(self.context, self.window())
        return self._files

    # Backups ---------------------------------------------------------------------------------
    def _store_folder(self, folder: str | None) -> None:
        self.folder_error.clear_message()
        try:
            self.context.apply(set_backup_folder, folder)
        except PartappError as error:
            self.folder_error.show_message(str(error))
            return
        self.refresh()

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder or USB stick for the backups"), self.folder.text())
        if folder:
            self._store_folder(folder)

    def use_usual_folder(self) -> None:
        self._store_folder(None)

    def back_up_now(self) -> None:
        folder = Path(self.folder.text())
        if not folder.is_dir():
            self.folder_error.show_message(self.tr(
                "The folder {folder} cannot be reached. Plug in the USB stick, or choose "
                "another folder.").format(folder=folder))
            return
        self.folder_error.clear_message()
        self.files().backup_to(folder, on_done=lambda _result: self.refresh())

    def restore_chosen(self, *_args) -> None:
        chosen = self._chosen()
        if chosen is not None and self.admin:
            self.files().restore_from(chosen.path, on_done=self.refresh)

    # The passphrase --------------------------------------------------------------------------
    def _data_file(self) -> Path:
        """The open data file (the passphrase buttons only show for one)."""
        path = self.context.db.path
        assert path is not None, "a database server has no passphrase here"
        return path

    def _check(self, work: Callable[[], T]) -> T | None:
        """Run a quick check; show its problem under the right field. None if it failed."""
        self.enc_errors.clear()
        try:
            return work()
        except ValidationError as error:
            self.enc_errors.show(error)
        except encryption.WrongPassphraseError as error:
            self.enc_errors.show(ValidationError("current", str(error)))
        except PartappError as error:
            self.enc_errors.general.show_message(str(error))
        return None

    def _clear_fields(self) -> None:
        for field in (self.current, self.new1, self.new2):
            field.clear()

    def _run_on_file(self, work: Callable[[str | None], Any], title: str,
                     passphrase_after: str | None) -> None:
        """``work(who)`` on the closed file; ``who`` (the signed-in user) goes in its audit line."""
        def done(result: Any) -> None:
            self._clear_fields()
            messages.inform(self, self.tr("Passphrase"), result.describe())

        who = self.context.db.acting_name
        self.files().with_file_closed(lambda _progress: work(who), title=title, on_done=done,
                                      passphrase_after=lambda _result: passphrase_after)

    def protect(self) -> None:
        new = self._check(lambda: encryption.validate_new_passphrase(self.new1.text(),
                                                                     self.new2.text()))
        if new is None or not messages.confirm(
                self, self.tr("Protect the data file?"),
                self.tr("From now on the app will ask for this passphrase each time it opens. "
                        "{warning}").format(
                    warning=translations.label(encryption.LOST_PASSPHRASE_WARNING)),
                yes=self.tr("I have written it down: protect the file"), no=self.tr("Cancel")):
            return
        path = self._data_file()
        self._run_on_file(lambda who: passphrase.encrypt_database(
            path, passphrase=new, confirm=new, actor=who), self.tr("Protecting the data file\u2026"), new)

    def change_passphrase(self) -> None:
        path, old = self._data_file(), self.current.text()

        def check() -> str:
            encryption.verify(path, old)
            return encryption.validate_new_passphrase(self.new1.text(), self.new2.text())

        new = self._check(check)
        if new is None:
            return
        self._run_on_file(lambda who: passphrase.change_passphrase(
            path, old=old, new=new, confirm=new, actor=who), self.tr("Changing the passphrase\u2026"), new)

    def remove_passphrase(self) -> None:
        path, old = self._data_file(), self.current.text()

        def check() -> bool:
            encryption.verify(path, old)
            return True

        if self._check(check) is None:
            return
        if not messages.confirm(
                self, self.tr("Remove the passphrase?"),
                self.tr("Anyone who can reach the data file will be able to read it. Backups "
                        "made from now on will not be protected either."),
                yes=self.tr("Remove the passphrase"), no=self.tr("Keep it")):
            return
        self._run_on_file(lambda who: passphrase.decrypt_database(path, passphrase=old,
                                                                  actor=who),
                          self.tr("Removing the passphrase\u2026"), None)

    # Old records -----------------------------------------------------------------------------
    def _show_retention(self) -> None:
        if self.retention_field is not None:
            reveal(self.retention_field)
            self.retention_field.setFocus(Qt.FocusReason.OtherFocusReason)

    def review(self) -> None:
        from ..dialogs.privacy_dialogs import RetentionDialog

        self.dialog = RetentionDialog(self.context, self.window())
        self.dialog.open()
