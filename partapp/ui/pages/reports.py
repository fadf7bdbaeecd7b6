"""Reports: the change report for trustees, for any period. It is made in the background into a
temporary PDF, shown page by page, and can then be saved, printed, or its figures saved as CSV.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from ...services.changed import Changed
from ...services.errors import PartappError, ValidationError
from ...services.figures.period import check_period
from ...services.figures.report_data import suggested_period
from ...services.files.output_files import copy_file
from ...services.records.organisation import get_details
from ...services.validation import parse_date
from .. import messages
from ..errors import report_error
from ..formatting import format_date
from ..qt_types import QT_TRANSLATE_NOOP
from ..report_work import (
    FIGURES_FILE,
    MadeReport,
    PeriodChoice,
    make_report,
    period_choices,
    save_figures,
)
from ..settings import Setting
from ..tasks import TaskCancelled
from ..widgets.choices import combo, fill, select, value
from ..widgets.date_field import DateField
from ..widgets.forms import ErrorLabel, FormErrors, set_name
from ..widgets.pdf_preview import PdfPreview
from ..widgets.text import paragraph, set_paragraph
from .base import Page
from .reports_users import ServiceUserFiles

REPORTS_FOLDER: Setting[str] = Setting("reports/folder", "", str)  # where reports were saved
CUSTOM = "custom"


# The page ----------------------------------------------------------------------------------
class ReportsPage(ServiceUserFiles, Page):
    key = "reports"
    title = QT_TRANSLATE_NOOP("ReportsPage", "Reports")

    def __init__(self, context, parent=None) -> None:
        super().__init__(context, parent)
        self.report: MadeReport | None = None
        self._temp: tempfile.TemporaryDirectory | None = None
        self._made = 0
        self._filling = False
        self.choices: dict[str, PeriodChoice] = {}
        self.add_header(self.tr("Make the change report for your trustees: what people told "
                                "you, what you did about it, and whether they heard back."))
        self._build_period()
        self._build_actions()
        self.preview = PdfPreview(self.tr("Report pages"))
        self.preview.set_placeholder(self.tr("Choose the dates, then press \u201cMake the "
                                             "report\u201d. Its pages will show here."))
        self.layout_.addWidget(self.preview, 1)
        self.preview.printed.connect(self._printed)
        context.data_changed.connect(self._records_changed)
        context.database_changed.connect(self._database_changed)
        self._show_report_state()

    def _build_period(self) -> None:
        self.period = combo([], name=self.tr("Period"))
        self.period.setMinimumContentsLength(40)
        # never narrower than its longest period (in Welsh they are longer than 40 letters)
        self.period.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.period.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.start = DateField()
        self.end = DateField()
        set_name(self.start, self.tr("From"), self.tr("The first day of the report"))
        set_name(self.end, self.tr("To"), self.tr("The last day of the report"))
        self.errors = FormErrors(ErrorLabel())
        self.field_errors: dict[str, ErrorLabel] = {}
        grid = QGridLayout()
        period_label = QLabel(self.tr("&Period:"))
        period_label.setBuddy(self.period)
        grid.addWidget(period_label, 0, 0)
        grid.addWidget(self.period, 0, 1, 1, 3)
        problems = QVBoxLayout()  # a problem with a date shows beside the fields
        problems.setSpacing(0)
        for column, (text, field, key) in enumerate(((self.tr("Fro&m:"), self.start, "from"),
                                                     (self.tr("&To:"), self.end, "to"))):
            label = QLabel(text)
            label.setBuddy(field)
            error = ErrorLabel(text.replace("&", "").rstrip(":"))
            self.errors.add(key, field, error)
            self.field_errors[key] = error
            problems.addWidget(error)
            label.setMinimumHeight(field.sizeHint().height())  # level with the field's text
            grid.addWidget(label, 1, column * 2, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(field, 1, column * 2 + 1, Qt.AlignmentFlag.AlignTop)
        grid.addLayout(problems, 1, 4, Qt.AlignmentFlag.AlignTop)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        grid.setColumnStretch(4, 2)
        self.layout_.addLayout(grid)
        self.period_note = paragraph("")
        self.period_note.hide()
        self.layout_.addWidget(self.period_note)
        self.layout_.addWidget(self.errors.general)
        self.period.currentIndexChanged.connect(self._period_chosen)
        for field in (self.start, self.end):
            field.changed.connect(self._dates_typed)
            field.edit.returnPressed.connect(self.make)  # Enter in a date makes the report

    def _build_actions(self) -> None:
        self.make_button = QPushButton(self.tr("Ma&ke the report"))
        set_name(self.make_button, self.tr("Make the report"),
                 self.tr("Counts everything for the dates above and shows the pages."))
        self.make_button.setDefault(True)
        self.status = paragraph("")
        row = QHBoxLayout()
        row.addWidget(self.make_button)
        row.addWidget(self.status, 1)
        self.layout_.addLayout(row)
        self.save_button = QPushButton(self.tr("&Save PDF\u2026"))
        self.csv_button = QPushButton(self.tr("Save figures as &CSV\u2026"))
        self.print_button = QPushButton(self.tr("Pr&int\u2026"))
        self.print_preview_button = QPushButton(self.tr("Print previe&w\u2026"))
        set_name(self.save_button, self.tr("Save the report as a PDF file"))
        set_name(self.csv_button, self.tr("Save the figures as CSV files"),
                 self.tr("Every figure in the report, and the lists of records behind them, "
                         "for a spreadsheet."))
        set_name(self.print_button, self.tr("Print the report"))
        set_name(self.print_preview_button, self.tr("See how the report will print"))
        buttons = QHBoxLayout()
        for button in (self.save_button, self.csv_button, self.print_button,
                       self.print_preview_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.layout_.addLayout(buttons)
        self._build_service_users()
        self.note = paragraph("", selectable=True)
        self.note.hide()
        self.layout_.addWidget(self.note)
        self.make_button.clicked.connect(self.make)
        self.save_button.clicked.connect(self.save_pdf)
        self.csv_button.clicked.connect(self.save_csv)
        self.print_button.clicked.connect(self.print_report)
        self.print_preview_button.clicked.connect(self.print_preview)

    # Period --------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Fill the quick choices for today (the default: the last full reporting year)."""
        today = self.context.today()
        with self.context.db.session_scope() as session:
            year_start = get_details(session).year_start_month
            suggested = suggested_period(session, today)
        default = (suggested.start, suggested.end)
        self.choices = {c.key: c for c in period_choices(today, year_start)}
        wanted = value(self.period) if self.period.count() else None
        if wanted is None:
            wanted = next((k for k, c in self.choices.items()
                           if (c.start, c.end) == default), CUSTOM)
        self._filling = True
        fill(self.period, [(k, c.label) for k, c in self.choices.items()]
             + [(CUSTOM, self.tr("Other dates (type them below)"))])
        select(self.period, wanted)
        self._filling = False
        if value(self.period) != CUSTOM:
            self._period_chosen()
        elif not self.start.text() and not self.end.text():
            self._set_dates(*default)
        shown = (self.start.text(), self.end.text())
        moved = suggested.moved and shown == (default[0].isoformat(), default[1].isoformat())
        set_paragraph(self.period_note, self.tr(
            "Nothing was recorded from {start} to {end}, so the dates are the most recent "
            "time with records. Choose other dates if you want to.").format(
            start=format_date(suggested.usual_start), end=format_date(suggested.usual_end))
            if moved else "")
        self.period_note.setVisible(moved)

    def _period_chosen(self, *_args) -> None:
        choice = self.choices.get(value(self.period)) if not self._filling else None
        if choice is not None:
            self._set_dates(choice.start, choice.end)

    def _set_dates(self, start: date, end: date) -> None:
        self._filling = True
        self.start.set_date(start)
        self.end.set_date(end)
        self._filling = False
        self.errors.clear()

    def _dates_typed(self) -> None:
        """Typed dates: show which quick choice they are (if any); say so if they are reversed."""
        if self._filling:
            return
        self.errors.clear()
        match = CUSTOM
        try:
            period = self.chosen_period()
        except ValidationError as error:
            if error.field == "to" and self.start.text() and self.end.text():
                self.field_errors["to"].show_message(error.message)  # the focus stays put
        else:
            match = next((k for k, c in self.choices.items() if (c.start, c.end) == period),
                         CUSTOM)
        self._filling = True
        select(self.period, match)
        self._filling = False

    def chosen_period(self) -> tuple[date, date]:
        """The dates typed, checked (ValidationError names the field that needs fixing)."""
        start = parse_date(self.start.text(), "from", "the start date")
        end = parse_date(self.end.text(), "to", "the end date")
        check_period(start, end)
        return start, end

    # Making the report ---------------------------------------------------------------------
    def checked_period(self) -> tuple[date, date] | None:
        """The dates chosen, or None with the problem shown beside the field."""
        try:
            period = self.chosen_period()
        except ValidationError as error:
            self.errors.show(error)
            return None
        self.errors.clear()
        return period

    def make(self) -> None:
        period = self.checked_period()
        if period is None:
            return
        start, end = period
        if self._temp is None:
            self._temp = tempfile.TemporaryDirectory(prefix="partapp-report-",
                                                     ignore_cleanup_errors=True)
        self._made += 1
        out = Path(self._temp.name) / f"report-{self._made}.pdf"
        db, made_on = self.context.db, self.context.today()
        set_paragraph(self.status, self.tr("Making the report\u2026"))
        self.context.tasks.run(
            lambda progress: make_report(db, start, end, out, made_on=made_on,
                                         progress=progress),
            title=self.tr("Making the report\u2026"), on_done=self._report_made,
            on_error=self._report_failed)

    def _report_made(self, made: MadeReport) -> None:
        old = self.report
        self.report = made
        self.preview.load_file(made.path)
        if old is not None and old.path != made.path:
            old.path.unlink(missing_ok=True)
        self._show_report_state()
        self._say("")
        self.preview.view.setFocus()

    def _report_failed(self, error: BaseException) -> None:
        self._show_report_state()
        if isinstance(error, TaskCancelled):
            set_paragraph(self.status, self.tr("Stopped. No new report was made."))
        elif isinstance(error, ValidationError) and error.field in self.field_errors:
            self.errors.show(error)
        else:
            report_error(error, self.window())

    def _show_report_state(self) -> None:
        made = self.report
        for button in (self.save_button, self.csv_button, self.print_button,
                       self.print_preview_button):
            button.setEnabled(made is not None)
        if made is None:
            set_paragraph(self.status, self.tr("No report made yet."))
            return
        pages = self.tr("%n pages", "", made.pages)
        set_paragraph(self.status, self.tr("The report for {start} to {end} is ready: {pages}.")
                      .format(start=format_date(made.data.start), end=format_date(made.data.end),
                              pages=pages))

    def _say(self, text: str) -> None:
        """The line under the buttons: what just happened (hidden when there is nothing)."""
        set_paragraph(self.note, text)
        self.note.setVisible(bool(text))

    def _records_changed(self, _what: frozenset[Changed]) -> None:
        if self.report is not None:
            self._say(self.tr("Some records changed after this report was made. "
                              "Make it again to include the changes."))

    def _database_changed(self) -> None:
        """Another data file: its report is not this one."""
        self.report = None
        self.preview.clear()
        self.period.clear()
        self._say("")
        self._show_report_state()

    # Saving and printing -------------------------------------------------------------------
    def _start_folder(self) -> str:
        for folder in (self.context.settings.read(REPORTS_FOLDER),
                       QStandardPaths.writableLocation(
                           QStandardPaths.StandardLocation.DocumentsLocation)):
            if folder and Path(folder).is_dir():
                return folder
        return str(Path.home())

    def _remember_folder(self, folder: Path) -> None:
        self.context.settings.write(REPORTS_FOLDER, str(folder))

    def _file_stem(self) -> str:
        assert self.report is not None  # the save buttons show once a report is made
        data = self.report.data
        return self.tr("Change report {start} to {end}").format(start=data.start.isoformat(),
                                                               end=data.end.isoformat())

    def save_pdf(self) -> None:
        if self.report is None:
            return
        suggested = Path(self._start_folder()) / f"{self._file_stem()}.pdf"
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as a PDF"),
                                              str(suggested), self.tr("PDF files (*.pdf)"))
        if not name:
            return
        path = Path(name)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            copy_file(self.report.path, path, what=self.tr("the report"))
        except PartappError as error:  # the data file, a backup, or the disk said no
            messages.warn(self, self.tr("The report was not saved"), str(error))
            return
        self._remember_folder(path.parent)
        self._say(self.tr("Saved the report as {path}").format(path=path))

    def save_csv(self) -> None:
        if self.report is None:
            return
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Choose a folder for the figures and the lists behind them"),
            self._start_folder())
        if not name:
            return
        folder = Path(name)
        if (folder / FIGURES_FILE).exists() and not messages.confirm(
                self, self.tr("Replace the figures?"),
                self.tr("This folder already has report figures in it. Saving here replaces "
                        "them, and the lists that go with them."),
                yes=self.tr("Replace them"), no=self.tr("Cancel")):
            return
        db, data = self.context.db, self.report.data
        self.context.tasks.run(lambda progress: save_figures(db, data, folder, progress),
                               title=self.tr("Saving the figures\u2026"),
                               on_done=lambda files: self._figures_saved(folder, files),
                               on_error=lambda error: self._figures_failed(folder, error))

    def _figures_saved(self, folder: Path, files: list[Path]) -> None:
        self._remember_folder(folder)
        self._say(self.tr("Saved the figures ({figures}) and {lists} in {folder}")
                  .format(figures=FIGURES_FILE, folder=folder,
                          lists=self.tr("%n lists", "", len(files) - 1)))

    def _figures_failed(self, folder: Path, error: BaseException) -> None:
        if isinstance(error, OSError):
            messages.warn(self, self.tr("The figures were not saved"),
                          self.tr("They could not be saved in {folder}. A file there may be "
                                  "open in another program, or the folder may not let you save "
                                  "there. Close the files, or choose another folder.")
                          .format(folder=folder))
        elif not isinstance(error, TaskCancelled):
            report_error(error, self.window())

    def print_page(self) -> bool:
        """Ctrl+P prints the report shown, as the Print button does."""
        if self.report is None:
            return False
        self.print_report()
        return True

    def print_report(self) -> None:
        if self.report is not None:
            self.preview.print_with_dialog(self.context.tasks, title=self._file_stem())

    def print_preview(self) -> None:
        if self.report is not None:
            self.preview.show_print_preview()

    def _printed(self, pages: int) -> None:
        self._say(self.tr("Sent %n pages to the printer.", "", pages)
                  if pages else self.tr("Printing stopped."))
