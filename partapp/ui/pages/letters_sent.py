"""The Letters page's second tab: feedback already sent, newest first. "Show what was sent"
opens the exact words kept (read-only), and they can be printed again from there."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import FEEDBACK_KINDS, FEEDBACK_METHODS
from ...services.browse.browse_feedback import SentFilter
from ...services.errors import PartappError
from ...services.feedback.letter_templates import large_print_size
from ...services.feedback.owed import get_feedback
from .. import translations
from ..context import AppContext
from ..errors import report_error
from ..itemmodels.owed import SentLettersModel
from ..widgets.choices import combo, value
from ..widgets.forms import set_name
from ..widgets.table import current_id, table_view
from ..widgets.text import paragraph

SEARCH_DELAY_MS = 250


class SentLettersPanel(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.dialog: QDialog | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(paragraph(self.tr(
            "Letters and calls already sent, newest first. What was sent is kept exactly and "
            "never changed.")))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, reference or who sent it"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, self.tr("Search sent letters"))
        self.kind = combo(translations.labels(FEEDBACK_KINDS),
                          first=self.tr("Any kind"), name=self.tr("Kind of letter"))
        self.method = combo(translations.labels(FEEDBACK_METHODS),
                            first=self.tr("Any way"), name=self.tr("How it was sent"))
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("Se&arch:"), self.search, 2),
                                      (self.tr("K&ind:"), self.kind, 1),
                                      (self.tr("How se&nt:"), self.method, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        layout.addLayout(filters)
        self.model = SentLettersModel(context, self)
        self.view = table_view(self.model, self.tr("Sent letters"), stretch=0)
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.show_button = QPushButton(self.tr("&Show what was sent\u2026"))
        set_name(self.show_button, self.tr("Show what was sent"),
                 self.tr("Opens the exact words that were sent, to read or print again."))
        buttons.addWidget(self.show_button)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        layout.addLayout(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._timer.start)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.method.currentIndexChanged.connect(self.apply_filter)
        self.show_button.clicked.connect(self.show_sent)
        self.view.activated.connect(self.show_sent)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.model.reloaded.connect(self._reloaded)
        self.show_button.setEnabled(False)

    def apply_filter(self) -> None:
        self._timer.stop()
        self.model.set_filter(SentFilter(text=self.search.text(), kind=value(self.kind),
                                         method=value(self.method)))
        self._chosen()

    refresh = apply_filter

    def _reloaded(self, count: int) -> None:
        self.count_label.setText(self.tr("%n letters and calls", "", count))

    def _chosen(self, *_args) -> None:
        self.show_button.setEnabled(current_id(self.view) is not None)

    def show_sent(self, *_args) -> None:
        from ..dialogs.letter_preview import SentLetterDialog

        feedback_id = current_id(self.view)
        if feedback_id is None:
            return
        position = self.model.row_of(feedback_id)
        row = self.model.row_data(position) if position is not None else None
        try:
            with self.context.db.session_scope() as session:
                feedback = get_feedback(session, feedback_id)
                points = large_print_size(session)
        except PartappError as error:
            report_error(error, self.window())
            return
        dialog = SentLetterDialog(self.context, feedback, row.name if row else "",
                                  large_print_points=points, parent=self.window())
        self.dialog = dialog
        dialog.open()
