"""The first sections of the annual change report: at a glance, you said we did, and what we
could not do. Each function returns flowables; all text from the database is escaped."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby

from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from ..models.enums import NO_OUTCOMES, OUTCOMES
from ..services.report_data import ReportData
from ..services.report_queries import ChangeDone, NoAnswer
from .charts import hbar_chart, vbar_chart
from .report_styles import (Heading, Styles, change_words, day, esc, money, month, number,
                            percent, plural, short, table)

MAX_QUOTES = 5


def noun(data: ReportData) -> str:
    """ "year" when the report covers a whole year, otherwise "period"."""
    return "year" if 365 <= (data.end - data.start).days + 1 <= 366 else "period"


def section(title: str, st: Styles, key: str) -> Heading:
    return Heading(title, st.h1, level=0, key=key)


def p(text: str, style) -> Paragraph:
    """A paragraph of our own wording (which may hold simple markup); user text goes via esc."""
    return Paragraph(text, style)


def glance_rows(data: ReportData) -> list[tuple[str, object, object, str, str]]:
    """(label, this period, last period, kind, CSV name) for the at-a-glance table."""
    f, g = data.figures, data.previous.figures
    inv, prev_inv = data.current.involvement, data.previous.involvement
    promise = data.promise_days
    return [
        ("Activities (meetings and other ways to take part)", f.activities, g.activities,
         "count", "activities"),
        ("People who took part", f.people_involved, g.people_involved, "count",
         "people_involved"),
        ("Suggestions and other things people told us", f.suggestions, g.suggestions, "count",
         "suggestions"),
        ("Of these, decided by the end of the period", f.decided, g.decided, "count", "decided"),
        ("Agreed in full or in part", f.agreed + f.agreed_in_part, g.agreed + g.agreed_in_part,
         "count", ""),
        ("Not now, not possible, or passed on", f.not_now + f.not_possible + f.passed_on,
         g.not_now + g.not_possible + g.passed_on, "count", ""),
        ("Changes made", f.changes_done, g.changes_done, "count", "changes_done"),
        (f"Waiting more than {promise} days for a decision", f.waiting_over_promise,
         g.waiting_over_promise, "count", "waiting_over_promise"),
        (f"Heard back within {promise} days", f.feedback_on_time_pct, g.feedback_on_time_pct,
         "pct", "feedback_on_time_pct"),
        ("Hours people gave", inv.hours, prev_inv.hours, "number", "hours"),
        ("Expenses paid to people who took part", inv.expenses_paid, prev_inv.expenses_paid,
         "money", "expenses_paid"),
    ]


def _show(value: object, kind: str) -> str:
    if kind == "pct":
        return percent(value)  # type: ignore[arg-type]
    if kind == "money":
        return money(value)  # type: ignore[arg-type]
    return number(value)  # type: ignore[arg-type]


def at_a_glance(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    f = data.figures
    word = noun(data)
    out: list[Flowable] = [section(f"The {word} at a glance", st, "glance")]
    out.append(p(f"Between {day(data.start)} and {day(data.end)}, people told us "
                 f"{plural(f.suggestions, 'thing')}. We made {plural(f.changes_done, 'change')}"
                 f" in this {word}.", st.lead))
    rows: list[list[object]] = [["What we counted", f"This {word}", f"Last {word}", "Change"]]
    for label, now, before, kind, _name in glance_rows(data):
        rows.append([label, _show(now, kind), _show(before, kind),
                     change_words(now, before, points=kind == "pct",
                                  money_value=kind == "money")])
    out.append(table(rows, [width * 0.46, width * 0.15, width * 0.15, width * 0.24], st,
                     right=(1, 2)))
    out.append(p(f"The last {word} is {day(data.previous.start)} to {day(data.previous.end)}. "
                 "\u201cUp\u201d or \u201cdown\u201d only says how a number moved, not whether "
                 "that is good.", st.small))
    if f.suggestions == 0:
        out.append(p("Nobody raised a suggestion in this period, so there are no charts of "
                     "suggestions.", st.body))
        return out
    outcome_rows = [(OUTCOMES[code], getattr(f, code)) for code in OUTCOMES]
    outcome_rows.append(("No decision yet", f.suggestions - f.decided))
    out.append(KeepTogether([
        Heading("What happened to the suggestions", st.h2, level=1, key="glance-outcomes"),
        p(f"Each of the {plural(f.suggestions, 'suggestion')} raised in this {word}, by the "
          "latest answer given by its last day.", st.body),
        hbar_chart(outcome_rows, width=width, font=st.regular, bold=st.bold)]))
    columns = _month_columns(data)
    out.append(KeepTogether([
        Heading("Suggestions by month", st.h2, level=1, key="glance-months"),
        p("How many suggestions were raised in each month.", st.body),
        vbar_chart(columns, width=width, font=st.regular, bold=st.bold)]))
    return out


def _month_columns(data: ReportData) -> list[tuple[str, str, int]]:
    months = list(data.by_month)
    if len(months) > 24:  # a long period: one bar a year instead
        years: dict[int, int] = {}
        for first, count in months:
            years[first.year] = years.get(first.year, 0) + count
        return [(str(y), "", n) for y, n in years.items()]
    return [(f"{first:%b}", str(first.year) if i == 0 or first.month == 1 else "", count)
            for i, (first, count) in enumerate(months)]


def you_said_we_did(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [section("You said, we did", st, "changes")]
    changes = data.changes
    if not changes:
        out.append(p("No changes were completed in this period.", st.lead))
        return out
    services = len({c.service_name for c in changes})
    out.append(p(f"We finished {plural(len(changes), 'change')} in this {noun(data)} because "
                 f"of what people told us, in {plural(services, 'service area')}. Under each "
                 "change are the words of the suggestions behind it.", st.lead))
    for i, (service, group) in enumerate(groupby(changes, key=lambda c: c.service_name)):
        title = service or "Not about one service"
        out.append(Heading(title, st.h2, level=1, key=f"service-{i}"))
        for change in group:
            out.append(KeepTogether(_change_block(change, st)))
    return out


def _change_block(change: ChangeDone, st: Styles) -> list[Flowable]:
    block: list[Flowable] = [
        p(f"<b>We did:</b> {esc(change.description)}", st.body),
        p(f"Done on {day(change.done_on)}.", st.small)]
    quotes = change.suggestions
    if not quotes:
        block.append(p("This change was not linked to a particular suggestion.", st.small))
    else:
        block.append(p("<b>You said:</b>", st.body))
        for quote in quotes[:MAX_QUOTES]:
            block.append(Paragraph(f"\u201c{esc(short(quote.text))}\u201d "
                                   f"(raised {month(quote.raised_on)})", st.bullet,
                                   bulletText="\u2022"))
        if len(quotes) > MAX_QUOTES:
            more = len(quotes) - MAX_QUOTES
            block.append(p(f"and {plural(more, 'more suggestion')} like these.", st.quote))
    block.append(Spacer(1, 6))
    return block


def could_not_do(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [section("What we could not do, and why", st, "could-not")]
    f, reasons = data.figures, data.reasons
    word = noun(data)
    if f.decided == 0:
        out.append(p("No decisions were made on suggestions raised in this period.", st.lead))
        return out
    if reasons.total == 0:
        out.append(p(f"We said yes, in full or in part, to every one of the "
                     f"{plural(f.decided, 'suggestion')} decided. There were no \u201cno\u201d "
                     "answers.", st.lead))
        return out
    parts = [f"{number(getattr(f, code))} {OUTCOMES[code].lower()}"
             for code in NO_OUTCOMES if getattr(f, code)]
    out.append(p(f"Of the {plural(f.decided, 'suggestion')} raised this {word} that had a "
                 f"decision, {number(reasons.total)} were not a yes for now "
                 f"({_and(parts)}). We always try to say why, and what we can do instead.",
                 st.lead))
    out.append(p(f"<b>{number(reasons.with_reason)} of these {number(reasons.total)} answers "
                 f"({percent(reasons.with_reason_pct)}) gave a reason.</b> In "
                 f"{number(reasons.with_instead)} we offered something else instead.", st.body))
    kinds = [c for c in reasons.categories if c.count]
    if kinds:
        rows: list[list[object]] = [["Kind of reason", "Answers"]]
        rows += [[c.label, number(c.count)] for c in kinds]
        out.append(table(rows, [width * 0.6, width * 0.2], st, right=(1,)))
    for code, group in groupby(reasons.answers, key=lambda a: a.outcome):
        items = list(group)
        out.append(Heading(f"{OUTCOMES[code]} ({len(items)})", st.h2, level=1,
                           key=f"no-{code}"))
        rows = [["What people said", "Our answer and why"]]
        rows += [[_said(a), _answer(a, st)] for a in items]
        out.append(table(rows, [width * 0.45, width * 0.55], st))
    return out


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _said(answer: NoAnswer) -> str:
    where = f" {answer.service_name}." if answer.service_name else ""
    return f"\u201c{short(answer.text)}\u201d Raised {month(answer.raised_on)}.{where}"


def _answer(answer: NoAnswer, st: Styles) -> Paragraph:
    parts = [esc(answer.reason) if answer.reason.strip() else "No reason was recorded."]
    if answer.passed_to:
        parts.append(f"<b>Passed on to:</b> {esc(answer.passed_to)}.")
    if answer.instead.strip():
        parts.append(f"<b>Instead:</b> {esc(answer.instead)}")
    parts.append(f"Decided on {day(answer.decided_on)}.")
    return Paragraph("<br/>".join(parts), st.cell)
