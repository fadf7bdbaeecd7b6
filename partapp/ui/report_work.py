"""The Reports page's work that needs no widgets: the quick periods to choose from, making the
report on the worker thread (its own session; only plain data comes back) and saving its figures.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..reports.annual import render
from ..reports.you_said_we_did import write_summary
from ..reports.you_said_we_did_poster import write_poster
from ..services.figures.report_csv import figure_rows, write_figure_rows, write_lists_csv
from ..services.figures.report_data import ReportData, build_report_data
from ..services.figures.you_said_we_did import build_summary
from ..services.store.database import Database
from .formatting import format_date
from .tasks import Progress

FIGURES_FILE = "figures.csv"
STEPS = 10


def tr(text: str) -> str:
    return QCoreApplication.translate("", text)  # lupdate puts module-level tr() in ""


# Periods -----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PeriodChoice:
    key: str
    label: str
    start: date
    end: date


def period_choices(today: date, year_start_month: int) -> list[PeriodChoice]:
    """The quick choices, each with its dates. The organisation's own reporting year comes
    first when it is neither the financial (April) nor the calendar year."""
    fy_end_year = today.year if today.month >= 4 else today.year - 1
    financial = (date(fy_end_year - 1, 4, 1), date(fy_end_year, 3, 31))
    calendar = (date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    year_starts = date(today.year if today.month >= year_start_month else today.year - 1,
                       year_start_month, 1)
    ours = (date(year_starts.year - 1, year_start_month, 1), year_starts - timedelta(days=1))
    choices = []
    if ours not in (financial, calendar):
        choices.append(("our_year", tr("Our last full year"), ours))
    choices += [("financial", tr("Last financial year"), financial),
                ("calendar", tr("Last calendar year"), calendar),
                ("so_far", tr("This year so far"), (year_starts, today))]
    return [PeriodChoice(key, tr("{name} ({start} to {end})").format(
        name=name, start=format_date(start), end=format_date(end)), start, end)
        for key, name, (start, end) in choices]


# The work done in the background -----------------------------------------------------------
@dataclass(frozen=True)
class MadeReport:
    data: ReportData
    path: Path
    pages: int


def make_report(db: Database, start: date, end: date, out: Path, *, made_on: date,
                progress: Progress) -> MadeReport:
    """Count and lay out the report in its own session (runs on the worker thread)."""
    def counted(step: int, _total: int, message: str) -> None:
        progress.report(step, STEPS, QCoreApplication.translate("labels", message))
        progress.check()

    with db.session_scope() as session:
        data = build_report_data(session, start, end, made_on=made_on, progress=counted)
    progress.report(9, STEPS, tr("Laying out the pages"))
    try:
        pages = render(data, out)
        progress.check()
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return MadeReport(data=data, path=out, pages=pages)


def save_figures(db: Database, data: ReportData, folder: Path, progress: Progress) -> list[Path]:
    """The report's figures and the lists behind them, as CSV files in ``folder``."""
    progress.report(0, 2, tr("Saving the figures"))
    figures = folder / FIGURES_FILE
    write_figure_rows(figure_rows(data), figures)
    progress.report(1, 2, tr("Saving the lists behind the figures"))
    with db.session_scope() as session:
        lists = write_lists_csv(session, data.start, data.end, folder)
    return [figures, *lists]


def save_for_service_users(db: Database, start: date, end: date, out: Path, *, poster: bool,
                           language: str, progress: Progress) -> int:
    """The 'You said, we did' summary (or, with ``poster``, the poster) for ``start``..``end``
    at ``out``, in its own session (runs on the worker thread); returns its pages."""
    progress.report(0, 2, tr("Choosing what changed"))
    with db.session_scope() as session:
        summary = build_summary(session, start, end)
    progress.check()
    progress.report(1, 2, tr("Laying out the pages"))
    write = write_poster if poster else write_summary
    return write(summary, out, language=language)
