"""Help, "Where is my data?": the data file, its folder, backups and the log, in plain words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from ...services.files.logs import log_path
from ...services.store.backup_rotation import backup_settings
from ..context import AppContext
from ..widgets.forms import set_name
from ..widgets.text import heading, paragraph
from .base import fitting_size


class WhereIsMyDataDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Where is my data?"))
        self.setAccessibleName(self.windowTitle())
        db = context.db
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.windowTitle(), 2))
        if db.path is not None:
            self.folder: Path | None = db.path.parent
            with db.session_scope() as session:
                backups = backup_settings(session, db.path).folder
            lines = [
                self.tr("Everything you record is kept in one data file:\n{path}")
                .format(path=db.path),
                self.tr("Backups are saved in:\n{path}").format(path=backups),
                self.tr("To move to a new computer, copy the data file (or a backup) across, "
                        "then choose File, Open data file."),
            ]
        else:
            self.folder = None
            lines = [self.tr("Your data is kept on a database server:\n{name}")
                     .format(name=db.display_name),
                     self.tr("Ask the person who looks after the server about backups.")]
        lines.append(self.tr("If something goes wrong, details for your support person are "
                             "written here (never any names or personal details):\n{path}")
                     .format(path=log_path()))
        for text in lines:
            layout.addWidget(paragraph(text, selectable=True))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        set_name(close, self.tr("Close"))
        if self.folder is not None:
            open_folder = QPushButton(self.tr("&Open the folder"))
            set_name(open_folder, self.tr("Open the folder with the data file"))
            open_folder.clicked.connect(self._open_folder)
            buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(fitting_size(self, 90, 24))

    def _open_folder(self) -> None:
        if self.folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
