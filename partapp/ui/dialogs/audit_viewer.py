"""The audit log (administrators only): who did what to which record, and when, filtered by
person, action, kind of record and dates, and saved as a spreadsheet (CSV)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QByteArray, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...services.access.audit_log import (
    ACTION_LABELS,
    ENTITY_LABELS,
    AuditFilter,
    actors,
    export_csv,
)
from ...services.errors import PartappError
from ...services.validation import parse_date
from .. import messages, translations
from ..context import AppContext
from ..itemmodels.audit import AuditModel
from ..widgets.choices import combo, value
from ..widgets.date_field import DateField
from ..widgets.forms import ErrorLabel, set_name
from ..widgets.table import table_view
from ..widgets.text import heading, paragraph, set_paragraph
from .base import fitting_size

GEOMETRY_KEY = "audit_viewer"
DATE_DELAY_MS = 400


class AuditViewer(QDialog):
    """Raises PermissionDeniedError (before any window is made) for anyone but an administrator."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        with context.db.session_scope() as session:
            people = actors(session)  # the role check happens here
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Audit log"))
        self.setAccessibleName(self.windowTitle())
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Audit log"), 2))
        layout.addWidget(paragraph(self.tr(
            "Who did what, to which record, and when. The log never holds the answers to the "
            "equality questions.")))
        grid = QGridLayout()
        self.who = combo([(p, p) for p in people], first=self.tr("Anyone"), name=self.tr("Who"))
        self.what = combo(translations.labels(ACTION_LABELS),
                          first=self.tr("Anything"), name=self.tr("What they did"))
        self.kind = combo(translations.labels(ENTITY_LABELS),
                          first=self.tr("Any kind"), name=self.tr("Kind of record"))
        self.start, self.end = DateField(optional=True), DateField(optional=True)
        self.start.setAccessibleName(self.tr("From"))
        self.end.setAccessibleName(self.tr("To"))
        fields = ((self.tr("W&ho:"), self.who), (self.tr("&What:"), self.what),
                  (self.tr("&Kind of record:"), self.kind), (self.tr("&From:"), self.start),
                  (self.tr("&To:"), self.end))
        for number, (text, widget) in enumerate(fields):
            label = QLabel(text)
            label.setBuddy(widget)
            row, column = 2 * (number // 3), number % 3
            grid.addWidget(label, row, column)
            grid.addWidget(widget, row + 1, column)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout.addLayout(grid)
        self.error = ErrorLabel(self.tr("the filter"))
        layout.addWidget(self.error)
        self.model = AuditModel(context, self)
        self.view = table_view(self.model, self.tr("Audit log entries, newest first"),
                               stretch=5, sortable=False)
        layout.addWidget(self.view, 1)
        self.count = paragraph("")
        layout.addWidget(self.count)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("Close"))
        set_name(close, self.tr("Close"))
        self.export_button = QPushButton(self.tr("&Save as a spreadsheet (CSV)\u2026"))
        set_name(self.export_button, self.tr("Save these entries as a spreadsheet"))
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DATE_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        for box in (self.who, self.what, self.kind):
            box.currentIndexChanged.connect(self.apply_filter)
        self.start.changed.connect(self._timer.start)
        self.end.changed.connect(self._timer.start)
        self.export_button.clicked.connect(self.export)
        self.model.reloaded.connect(self._show_count)
        self._restored = False
        self.apply_filter()

    def _filter(self) -> AuditFilter:
        start = parse_date(self.start.text(), "start", "the first date", required=False)
        end = parse_date(self.end.text(), "end", "the last date", required=False)
        return AuditFilter(actor=value(self.who) or "", action=value(self.what) or "",
                           entity=value(self.kind) or "", start=start, end=end)

    def apply_filter(self) -> bool:
        self._timer.stop()
        self.error.clear_message()
        try:
            self.model.reload(self._filter())
        except PartappError as error:
            self.error.show_message(str(error))
            return False
        return True

    def _show_count(self, count: int) -> None:
        set_paragraph(self.count, self.tr("%n entries", "", count))
        self.export_button.setEnabled(count > 0)

    def export(self) -> None:
        if not self.apply_filter():
            return
        folder = self.context.settings.last_folder or str(Path.home())
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the audit log"),
            str(Path(folder) / f"audit-log-{date.today().isoformat()}.csv"),
            self.tr("Spreadsheet (*.csv)"))
        if not name:
            return
        path = Path(name) if Path(name).suffix else Path(name).with_suffix(".csv")
        self.context.settings.last_folder = str(path.parent)
        db, flt = self.context.db, self.model.filter

        def work(progress):
            with db.session_scope() as session:
                return export_csv(session, path, flt)

        def done(count: int) -> None:
            self.apply_filter()
            messages.inform(self, self.tr("Audit log saved"),
                            self.tr("%n entries were saved in {path}", "", count)
                            .format(path=path))

        def failed(error: BaseException) -> None:
            if isinstance(error, PartappError):
                self.error.show_message(str(error))
            elif isinstance(error, OSError):
                self.error.show_message(self.tr("Could not save {path}. Check the folder exists "
                                                "and you can save files there.").format(path=path))
            else:
                from ..errors import report_error

                report_error(error, self)

        self.context.tasks.run(work, title=self.tr("Saving the audit log\u2026"),
                               cancellable=False, on_done=done, on_error=failed)

    def done(self, result: int) -> None:
        self.context.settings.set_dialog_geometry(GEOMETRY_KEY, bytes(self.saveGeometry().data()))
        super().done(result)

    def showEvent(self, event: QShowEvent) -> None:
        if not self._restored:
            self._restored = True
            saved = self.context.settings.dialog_geometry(GEOMETRY_KEY)
            if not saved or not self.restoreGeometry(QByteArray(saved)):
                self.resize(fitting_size(self, 190, 40))
        super().showEvent(event)
