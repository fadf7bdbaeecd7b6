"""The report's "Office by office" section: each office's main figures beside the total.

Only in a report for the whole organisation when it has more than one office. Each office's
figures are counted the same way as the total (services/figures/report_offices.py); a share
of fewer than SMALL_BASE is shown as numbers, as everywhere in the report.
"""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..services.figures.period import Figures
from ..services.figures.report_data import ReportData
from .annual_sections import noun, p, section
from .report_styles import Styles, number, share, table


def _row(name: str, f: Figures) -> list[object]:
    return [name, number(f.suggestions), number(f.agreed + f.agreed_in_part),
            number(f.changes_done), share(f.feedback_on_time, f.feedback_pairs)]


def by_office(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    if not data.by_office:
        return []
    word = noun(data)
    out: list[Flowable] = section("Office by office", st, "offices")
    out.append(p(f"The main figures of the {word} for each office, and for the whole "
                 "organisation. Every figure for each office is in the figures file (CSV).",
                 st.body))
    rows: list[list[object]] = [["Office", "Suggestions", "Agreed in full or in part",
                                 "Changes made", f"Heard back within {data.promise_days} days"]]
    rows += [_row(office.name, office.figures) for office in data.by_office]
    rows.append(_row("Whole organisation", data.figures))
    first = width * 0.28
    rest = (width - first) / 4
    out.append(table(rows, [first, *([rest] * 4)], st, right=(1, 2, 3, 4)))
    return out
