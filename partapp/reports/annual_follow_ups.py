"""The annual report's "Did it make a difference?": what people said, some weeks after a change
was done, when we asked them. Counts come from services.figures.report_follow_ups, with the
small-number rule already applied; their words are quoted without names."""

from __future__ import annotations

from reportlab.platypus import Flowable

from ..models.enums import FOLLOW_UP_ANSWERS
from ..services.figures.report_data import ReportData
from ..services.figures.report_equality import Breakdown
from ..services.figures.report_follow_ups import FollowUpReport
from .annual_sections import noun, p, section, sub
from .annual_tags import Paragraph
from .report_styles import Styles, esc, number, percent, plural, short, table

MAX_CHANGES = 40  # changes listed one by one; the rest are counted in their theme
MAX_QUOTES = 8  # their words, in all


def _cells(b: Breakdown) -> list[str]:
    """Yes, A bit, No, Not sure as the report shows them, then the total."""
    if b.all_hidden:
        return ["hidden"] * len(b.cells) + [number(b.total)]
    return [c.text for c in b.cells] + [number(b.total)]


def _header(first: str) -> list[str]:
    return [first, *FOLLOW_UP_ANSWERS.values(), "Answers"]


def _widths(width: float) -> list[float]:
    return [width * 0.34, *[width * 0.12] * 3, width * 0.14, width * 0.16]


def made_a_difference(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = section("Did it make a difference?", st, "difference")
    report: FollowUpReport | None = data.follow_ups
    word = noun(data)
    if report is None:
        return []
    wait = plural(report.weeks, "week")
    out.append(p(f"When a change is done, we wait {wait}. Then we ask the people whose "
                 "suggestions led to it: did it make a difference? They can say yes, a bit, no "
                 "or not sure, and tell us more in their own words.", st.lead))
    if not report.asked and not report.answered:
        out.append(p(f"We did not ask anyone in this {word}, and no answers came back.",
                     st.body))
        return out
    asked = (f"we asked {plural(report.asked, 'time')} (once for each person and each change)"
             if report.asked else "we did not ask anyone")
    answers = (f"{plural(report.answered, 'answer')} came back" if report.answered else
               "no answers came back yet")
    out.append(p(f"In this {word} {asked}, and {answers}.", st.body))
    if not report.answered:
        return out
    overall = report.overall
    rows: list[list[object]] = [["Did it make a difference?", "Answers", "Share"]]
    for cell in overall.cells:
        rows.append([cell.label, "hidden" if overall.all_hidden else cell.text,
                     percent(cell.share_pct) if cell.share_pct is not None else ""])
    rows.append(["All answers", number(overall.total), ""])
    out.append(table(rows, [width * 0.5, width * 0.2, width * 0.2], st, right=(1, 2)))
    yes = overall.cell("yes")
    some = overall.cell("a_bit")
    if yes.shown is not None and some.shown is not None and overall.total:
        helped = yes.shown + some.shown
        out.append(p(f"<b>{plural(helped, 'answer')} of {number(overall.total)} said the "
                     "change made at least a bit of difference.</b>", st.body))
    out.extend(sub("By change", st, "difference-changes"))
    t = report.threshold
    counted = [c for c in report.by_change if c.answers.total >= t][:MAX_CHANGES]
    few = [c for c in report.by_change if c.answers.total < t]
    if counted:
        rows = [[*_header("The change")]]
        rows += [[short(c.description, 20, 140), *_cells(c.answers)] for c in counted]
        out.append(table(rows, _widths(width), st, right=(1, 2, 3, 4, 5), keep=False))
        more = len(report.by_change) - len(counted) - len(few)
        if more > 0:
            out.append(p(f"{plural(more, 'other change')} with {t} or more answers each "
                         "are counted in the themes below.", st.small))
    if few:
        given = sum(c.answers.total for c in few)
        each = "it" if len(few) == 1 else "each"
        out.append(p(f"{plural(len(few), 'change')} had fewer than {t} answers {each} "
                     f"({plural(given, 'answer')} in all). So that nobody can be recognised, "
                     "how people answered is shown only in the themes and the total.",
                     st.body))
        rows = [["The change", "Answers"]]
        rows += [[short(c.description, 20, 140), number(c.answers.total)]
                 for c in few[:MAX_CHANGES]]
        out.append(table(rows, [width * 0.7, width * 0.16], st, right=(1,), keep=False))
        if len(few) > MAX_CHANGES:
            out.append(p(f"and {plural(len(few) - MAX_CHANGES, 'more change')}.", st.small))
    out.extend(sub("By theme", st, "difference-themes"))
    rows = [[*_header("Service area")]]
    rows += [[t.title, *_cells(t.answers)] for t in report.by_theme]
    out.append(table(rows, _widths(width), st, right=(1, 2, 3, 4, 5), keep=False))
    out.append(p(f"A number from 1 to {t - 1} shows as \u201cfewer than {t}\u201d, and the next "
                 "smallest is hidden too, so nobody can work it out. Where fewer than "
                 f"{t} people answered, only the number of answers is shown.", st.small))
    quoted = [(c, said) for c in report.by_change for said in c.words][:MAX_QUOTES]
    if quoted:
        out.extend(sub("In their own words", st, "difference-words"))
        out.append(p("What people told us, without their names. A quote that might name "
                     "someone is left out.", st.body))
        for change, said in quoted:
            times = f" ({plural(said.times, 'time')})" if said.times > 1 else ""
            out.append(Paragraph(f"\u201c{esc(short(said.text))}\u201d{times}<br/>"
                                 f"<font size=\"9\">About: {esc(short(change.description, 12, 90))}"
                                 "</font>", st.bullet, bulletText="\u2022"))
    return out
