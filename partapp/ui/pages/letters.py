"""Letters: who is waiting to hear back (one row per person, the longest waiting first), their
letter as it will print with the plain English check beside it, and for everyone chosen at
once: print, save as PDF, then mark as sent. A second tab lists what was sent already.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...models.enums import FEEDBACK_FORMATS, FEEDBACK_KINDS
from ...services.browse.browse_feedback import OwedFilter
from ...services.changed import Changed
from ...services.errors import ValidationError
from .. import translations
from ..errors import report_error
from ..itemmodels.owed import OwedModel
from ..qt_types import QT_TRANSLATE_NOOP
from ..settings import Setting
from ..tasks import TaskCancelled
from ..widgets.choices import combo, value
from ..widgets.forms import set_name
from ..widgets.pdf_preview import PdfPreview
from ..widgets.plain_english_panel import PlainEnglishPanel
from ..widgets.table import table_view
from ..widgets.text import heading, paragraph, set_paragraph
from .base import Page
from .letters_actions import LetterActions
from .letters_email import LetterEmailing
from .letters_listen import LetterListening
from .letters_sent import SentLettersPanel
from .letters_stale import StaleTextButtons
from .letters_work import LetterBatch, PreviewedLetter, preview_letter_pdf

SEARCH_DELAY_MS = 250
PREVIEW_DELAY_MS = 200
CHOOSE_SOMEONE = QT_TRANSLATE_NOOP("LettersPage", "Choose a person in the list to see their "
                                                  "letter.")
SHOW_LETTER: Setting[bool] = Setting("letters/show_letter", True, bool)
# The kinds of letter someone can be owed (a thank-you letter is written from an activity).
OWED_KINDS = {k: v for k, v in FEEDBACK_KINDS.items() if k != "thank_you"}


class LettersPage(LetterActions, LetterEmailing, LetterListening, Page):
    key = "letters"
    title = QT_TRANSLATE_NOOP("LettersPage", "Letters")
    watches = (Changed.PERSON, Changed.ACTIVITY, Changed.SUGGESTION, Changed.DECISION, Changed.CHANGE, Changed.FEEDBACK,
               Changed.SETTINGS)

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.batch: LetterBatch | None = None
        self.previewed: PreviewedLetter | None = None
        self.dialog: Any = None
        self._temp: tempfile.TemporaryDirectory | None = None
        self._made = 0
        self._preview_wanted: int | None = None
        self._preview_stale = True
        self.add_header(self.tr("Choose people, check their letters, print them, then mark "
                                "them as sent."))
        self.tabs = QTabWidget()
        set_name(self.tabs, self.tr("Letters to send, and letters sent"))
        self.tabs.addTab(self._waiting_tab(), self.tr("&Waiting to hear back"))
        self.sent = SentLettersPanel(context)
        self.tabs.addTab(self.sent, self.tr("Sent &letters"))
        self.layout_.addWidget(self.tabs, 1)
        # Printing uses its own (hidden) copy of the viewer, holding every chosen letter.
        self.batch_pdf = PdfPreview(self.tr("Letters to print"), self)
        self.batch_pdf.hide()
        self.batch_pdf.printed.connect(self._printed)
        context.data_changed.connect(self._records_changed)
        context.database_changed.connect(self._records_changed)

    # Building ------------------------------------------------------------------------------
    def _waiting_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, reference, town or postcode"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, self.tr("Search people waiting"))
        self.kind = combo(translations.labels(OWED_KINDS),
                          first=self.tr("Any kind"), name=self.tr("Kind of letter"))
        self.format = combo(translations.labels(FEEDBACK_FORMATS),
                            first=self.tr("Any format"), name=self.tr("Format"))
        self.show_letter = QCheckBox(self.tr("Show the l&etter"))
        set_name(self.show_letter, self.tr("Show the chosen person's letter with the list"))
        self.show_letter.setChecked(self.context.settings.read(SHOW_LETTER))
        filters = QHBoxLayout()
        for text, widget, stretch in ((self.tr("&Search:"), self.search, 2),
                                      (self.tr("&Kind:"), self.kind, 1),
                                      (self.tr("F&ormat:"), self.format, 1)):
            label = QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget, stretch)
        filters.addWidget(self.show_letter)
        layout.addLayout(filters)

        self.model = OwedModel(self.context, self)
        self.view = table_view(self.model, self.tr("People waiting to hear back"), stretch=0)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        set_name(self.view, self.tr("People waiting to hear back"),
                 self.tr("Use the arrow keys to move. Shift and the arrow keys choose several "
                         "people; Control and A chooses everyone."))
        self.count_label = paragraph("")
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.view, 1)

        self.letter_pane = right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.letter_heading = heading(self.tr("Their letter"), 3)
        self.warnings = paragraph("", selectable=True)
        self.warnings.setAccessibleName(self.tr("Things to check in this letter"))
        self.stale_fix = StaleTextButtons(self.context)  # to change a text out of date
        self.plain = PlainEnglishPanel()
        self.preview = PdfPreview(self.tr("The chosen person's letter"))
        self.preview.set_placeholder(self.tr(CHOOSE_SOMEONE))
        for part in (self.letter_heading, self.warnings, self.stale_fix, self.plain):
            right_layout.addWidget(part)
        right_layout.addWidget(self._listen_button())
        right_layout.addWidget(self.preview, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self._split_set = False
        self.letter_pane.setVisible(self.show_letter.isChecked())
        layout.addWidget(self.splitter, 1)
        layout.addLayout(self._action_buttons())
        self.status = paragraph("", selectable=True)
        layout.addWidget(self.status)
        self._say("")

        self._search_timer = self._timer(SEARCH_DELAY_MS, self.apply_filter)
        self._preview_timer = self._timer(PREVIEW_DELAY_MS, self.preview_now)
        self.search.textChanged.connect(self._search_timer.start)
        self.kind.currentIndexChanged.connect(self.apply_filter)
        self.format.currentIndexChanged.connect(self.apply_filter)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.view.selectionModel().currentRowChanged.connect(self._chosen)
        self.model.reloaded.connect(self._reloaded)
        self.show_letter.toggled.connect(self._show_letter_toggled)
        self._chosen()
        return tab

    def _action_buttons(self) -> QHBoxLayout:
        self.print_button = QPushButton(self.tr("Pri&nt\u2026"))
        self.print_preview_button = QPushButton(self.tr("Print &preview\u2026"))
        self.save_button = QPushButton(self.tr("Save as P&DF\u2026"))
        self.mark_button = QPushButton(self.tr("&Mark these as sent\u2026"))
        self.phone_button = QPushButton(self.tr("Record a phone &call\u2026"))
        set_name(self.print_button, self.tr("Print the chosen letters"))
        set_name(self.print_preview_button, self.tr("See how the chosen letters will print"))
        set_name(self.save_button, self.tr("Save the chosen letters as one PDF file"))
        set_name(self.mark_button, self.tr("Mark the chosen letters as sent"),
                 self.tr("Keeps an exact copy of each letter, and takes these people off "
                         "the list."))
        set_name(self.phone_button, self.tr("Record a phone call with the chosen person"))
        row = QHBoxLayout()
        for button in (self.print_button, self.print_preview_button, self.save_button,
                       self._email_button(), self.mark_button, self.phone_button):
            row.addWidget(button)
        row.addStretch(1)
        self.print_button.clicked.connect(self.print_letters)
        self.print_preview_button.clicked.connect(self.print_preview)
        self.save_button.clicked.connect(self.save_letters)
        self.mark_button.clicked.connect(self.mark_sent)
        self.phone_button.clicked.connect(self.record_call)
        return row

    def _say(self, text: str) -> None:
        """The line under the buttons: what just happened (hidden when there is nothing)."""
        set_paragraph(self.status, text)
        self.status.setAccessibleName(text[:80] or self.tr("What happened last"))
        self.status.setVisible(bool(text))

    def _timer(self, delay: int, slot) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(delay)
        timer.timeout.connect(slot)
        return timer

    def _list_width(self) -> int:
        """Room for every column of the list."""
        return (self.view.horizontalHeader().length() + 2 * self.view.frameWidth()
                + self.view.verticalScrollBar().sizeHint().width())

    def _fit_splitter(self) -> None:
        """The letter beside the list when there is room for both, else under it."""
        width = self.splitter.width()
        if width <= 0:
            return
        wide = width >= self._list_width() + self.letter_pane.minimumSizeHint().width()
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if wanted != self.splitter.orientation():
            self.splitter.setOrientation(wanted)
            self._split_set = False
        if self._split_set:
            return
        self._split_set = True
        if wide:
            left = min(self._list_width(), width // 2)
            self.splitter.setSizes([left, width - left])
        else:
            height = self.splitter.height()
            rows = self.view.verticalHeader().defaultSectionSize()
            top = min(max(height * 2 // 5, rows * 4), height // 2)
            self.splitter.setSizes([top, height - top])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_splitter)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_splitter()

    def _show_letter_toggled(self, shown: bool) -> None:
        self.context.settings.write(SHOW_LETTER, shown)
        self.letter_pane.setVisible(shown)
        self._preview_stale = True
        self._chosen()

    # The list ------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.apply_filter()
        self.sent.refresh()

    def apply_filter(self) -> None:
        self._search_timer.stop()
        chosen = self.selected_ids()
        self.model.set_filter(OwedFilter(text=self.search.text(), kind=value(self.kind),
                                         format=value(self.format)))
        self.select_people(chosen)
        self._chosen()

    def open_with(self, **filters: Any) -> None:
        self.tabs.setCurrentIndex(0)
        if "text" in filters:
            self.search.setText(filters["text"])
        self.apply_filter()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _reloaded(self, count: int) -> None:
        set_paragraph(self.count_label, self.tr("%n people are waiting.", "", count))

    def selected_ids(self) -> list[int]:
        """The chosen people, in the order the list shows them."""
        rows = sorted(index.row() for index in self.view.selectionModel().selectedRows())
        return [pid for pid in (self.model.row_id(row) for row in rows) if pid is not None]

    def select_people(self, person_ids: list[int]) -> None:
        selection = QItemSelection()
        rows = [row for row in (self.model.row_of(pid) for pid in person_ids) if row is not None]
        for row in rows:
            selection.select(self.model.index(row, 0),
                             self.model.index(row, self.model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.view.selectionModel().select(selection, flags)
        if rows:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(rows[0], 0), QItemSelectionModel.SelectionFlag.NoUpdate)

    def _chosen(self, *_args) -> None:
        ids = self.selected_ids()
        for button in (self.print_button, self.print_preview_button, self.save_button,
                       self.mark_button):
            button.setEnabled(bool(ids))
        self.phone_button.setEnabled(len(ids) == 1)
        self._show_email(ids)
        current = self.model.row_id(self.view.currentIndex().row())
        wanted = current if current in ids else (ids[0] if ids else None)
        if not self.show_letter.isChecked():
            return
        if wanted != self._preview_wanted or self._preview_stale:
            self._preview_wanted = wanted
            self._preview_timer.start()

    def _records_changed(self, *_args) -> None:
        """Letters made before a change may no longer be right: make them again next time."""
        self.batch = None
        self._preview_stale = True

    # The preview ---------------------------------------------------------------------------
    def _temp_path(self, stem: str) -> Path:
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="partapp-letters-",
                                                     ignore_cleanup_errors=True)
        self._made += 1
        return Path(self._temp.name) / f"{stem}-{self._made}.pdf"

    def preview_now(self) -> None:
        self._preview_timer.stop()
        self._preview_stale = False
        person_id = self._preview_wanted
        if person_id is None:
            self._show_preview(None)
            return
        row = self.model.row_data(self.model.row_of(person_id) or 0)
        name = row.name if row is not None and row.id == person_id else ""
        set_paragraph(self.letter_heading, self.tr("Getting the letter to {name} ready\u2026")
                      .format(name=name))
        db, today, out = self.context.db, self.context.today(), self._temp_path("preview")
        self.context.tasks.run(
            lambda progress: preview_letter_pdf(db, person_id, out, today=today),
            title=self.tr("Getting the letter ready\u2026"), quiet=True,
            on_done=self._previewed, on_error=self._preview_failed)

    def _previewed(self, result: PreviewedLetter) -> None:
        if result.person_id != self._preview_wanted:  # someone else was chosen meanwhile
            if result.path is not None:
                result.path.unlink(missing_ok=True)
            return
        self._show_preview(result)

    def _show_preview(self, result: PreviewedLetter | None) -> None:
        old, self.previewed = self.previewed, result
        letter = result.letter if result is not None else None
        self._show_listen(letter.format if letter is not None else None)
        self.stale_fix.show_for(letter)
        if result is None or letter is None or result.path is None:
            self.preview.clear()
            self.preview.set_placeholder(self.tr(CHOOSE_SOMEONE))
            set_paragraph(self.letter_heading, self.tr("Their letter"))
            set_paragraph(self.warnings, "")
            self.plain.show_result(None)
        else:
            self.preview.load_file(result.path)
            set_paragraph(self.letter_heading, self.tr("The letter to {name}")
                          .format(name=letter.person_name))
            from ...reports.fonts import unprintable_warning  # reportlab: not needed at start

            notes = [translations.message(note) for note in letter.warnings]
            unprintable = unprintable_warning(letter.as_text())
            if unprintable:
                notes.append(self.tr(unprintable))
            if not result.address_fits:
                notes.append(self.tr("The address is too long for the envelope window at this "
                                     "letter's size. Please shorten it in their record (for "
                                     "example, leave out the county), or use a bigger envelope."))
            if letter.format == "phone":
                notes.insert(0, self.tr("{name} would like a phone call. Use the letter as a "
                                        "guide, then press \u201cRecord a phone call\u201d.")
                             .format(name=letter.person_name))
            set_paragraph(self.warnings, "\n".join(f"\u26a0 {note}" for note in notes))
            self.plain.show_result(result.check)
        self.warnings.setVisible(bool(self.warnings.text()))
        if old is not None and old.path is not None and (result is None or
                                                          old.path != result.path):
            old.path.unlink(missing_ok=True)

    def _preview_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.preview.clear()
            self.preview.set_placeholder(error.message)
            set_paragraph(self.letter_heading, self.tr("Their letter"))
        elif not isinstance(error, TaskCancelled):
            report_error(error, self.window())
