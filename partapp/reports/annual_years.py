"""The annual report's view over the years: up to five periods, this one last, as small bar
charts (suggestions, changes made, hearing back on time) and a table of the involvement mix.
Only periods from the first one with any data are shown."""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable, KeepTogether, TableStyle

from ..services.figures.report_data import SMALL_BASE, PastPeriod, ReportData, pct
from .annual_sections import noun, p, section
from .annual_tags import Paragraph, layout_table, tagged
from .charts import vbar_chart
from .report_styles import Heading, Styles, number, percent, table

CHART_HEIGHT = 110.0


def period_label(start: date, end: date) -> tuple[str, str]:
    """A short name for a period under its bar: "2025" for a calendar year, "2025-26" for a
    year from another month, otherwise the first month and (second line) its year."""
    whole_year = 365 <= (end - start).days + 1 <= 366 and start.day == 1
    if whole_year and start.month == 1:
        return str(start.year), ""
    if whole_year:
        return f"{start.year}\u2013{end.year % 100:02d}", ""
    return f"{start:%b}", str(start.year)


def _on_time(period: PastPeriod) -> tuple[float | None, str]:
    if period.feedback_pairs == 0:
        return None, "none"
    if period.feedback_pairs < SMALL_BASE:
        return None, f"{period.feedback_on_time} of {period.feedback_pairs}"
    share = pct(period.feedback_on_time, period.feedback_pairs)
    return share, percent(share)


def over_the_years(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    word = noun(data)
    periods = data.history
    title = "Over the years" if word == "year" else "Over time"
    out: list[Flowable] = section(title, st, "years")
    if len(periods) < 2:
        out.append(p(f"There is no data from before this {word} yet, so there is nothing to "
                     "compare it with.", st.lead))
        return out
    out.append(p(f"The last {number(len(periods))} {word}s, this one on the right. Each "
                 f"{word} counts in the same way as this one.", st.lead))
    labels = [period_label(x.start, x.end) for x in periods]
    half = (width - 16) / 2

    def chart(heading: str, values: Any, texts: Any=None, top: Any=None) -> list[Flowable]:
        columns = [(a, b, v) for (a, b), v in zip(labels, values, strict=True)]
        # Under the section's H1, these are the next level of heading (H2) for a reader.
        return [tagged(Paragraph(heading, st.h3), "H2"),
                vbar_chart(columns, width=half, font=st.regular, bold=st.bold,
                           height=CHART_HEIGHT, texts=texts, top=top, title=heading)]

    on_time = [_on_time(x) for x in periods]
    grid = layout_table([[chart("Suggestions raised", [x.suggestions for x in periods]),
                   chart("Changes made", [x.changes_done for x in periods])],
                  [chart(f"Heard back within {data.promise_days} days",
                         [v for v, _t in on_time], [t for _v, t in on_time], top=100), ""]],
                 colWidths=[half + 8, half + 8], hAlign="LEFT")
    grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                              ("FONTNAME", (0, 0), (-1, -1), st.regular)]))
    out.append(grid)
    out.append(p("Heard back: the share of the times a named person raised a suggestion that "
                 f"they heard back in time; a full bar is 100%. A {word} with fewer than "
                 f"{SMALL_BASE} shows the numbers (\u201c2 of 7\u201d) and no bar.", st.small))
    if not any(x.activities for x in periods):
        out.append(p(f"No activities were recorded in these {word}s, so there is no "
                     "involvement mix to show.", st.body))
        return out
    rows: list[list[object]] = [["Activities by level", *(a if not b else f"{a} {b}"
                                                           for a, b in labels)]]
    for i, level in enumerate(periods[-1].levels):
        rows.append([level.label, *(number(x.levels[i].count) if i < len(x.levels) else ""
                                    for x in periods)])
    rows.append(["All activities", *(number(x.activities) for x in periods)])
    rest = width * 0.34
    each = (width - rest) / len(periods)
    out.append(KeepTogether([
        Heading("The involvement mix", st.h2, level=1, key="years-mix"),
        table(rows, [rest, *([each] * len(periods))], st, right=tuple(range(1, len(periods) + 1)),
              keep=False)]))
    return out
