"""The first sections of the annual change report: at a glance, you said we did, and what we
could not do. Each function returns flowables; all text from the database is escaped."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from itertools import groupby
from typing import Any, TypeVar

from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer

from ..models.enums import NO_OUTCOMES, OUTCOMES
from ..services.figures.report_data import SMALL_BASE, ReportData, pct, period_noun
from ..services.figures.report_grouping import Group, group_similar
from ..services.figures.report_queries import ChangeDone, NoAnswer
from ..services.figures.you_said_we_did import suggestions_behind
from .annual_tags import Paragraph
from .charts import hbar_chart, vbar_chart
from .report_styles import (
    Heading,
    Styles,
    change_words,
    day,
    esc,
    money,
    month,
    number,
    percent,
    plural,
    share,
    share_change,
    short,
    table,
)

MAX_QUOTES = 5  # suggestion quotes under one change
MAX_LISTED = 60  # changes, and "no" answers, listed in full; the rest are in the CSV lists
T = TypeVar("T")


def noun(data: ReportData) -> str:
    """ "year" when the report covers a whole year, otherwise "period"."""
    return period_noun(data.start, data.end)


def section(title: str, st: Styles, key: str) -> list[Flowable]:
    """A section's heading, on a new page when too little room is left for a good start."""
    return [CondPageBreak(220), Heading(title, st.h1, level=0, key=key)]


def sub(title: str, st: Styles, key: str) -> list[Flowable]:
    """A sub-heading that may be followed by a long table (which can then split)."""
    return [CondPageBreak(110), Heading(title, st.h2_free, level=1, key=key)]


def p(text: str, style: Any) -> Paragraph:
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
        (f"Heard back within {promise} days (each named person, for each suggestion)",
         (f.feedback_on_time, f.feedback_pairs), (g.feedback_on_time, g.feedback_pairs),
         "share", "feedback_on_time_pct"),
        ("Hours people gave", inv.hours, prev_inv.hours, "number", "hours"),
        ("Expenses paid to people who took part", inv.expenses_paid, prev_inv.expenses_paid,
         "money", "expenses_paid"),
    ]


def _show(value: object, kind: str) -> str:
    if kind == "share":
        return share(*value)  # type: ignore[misc]
    if kind == "money":
        return money(value)  # type: ignore[arg-type]
    return number(value)  # type: ignore[arg-type]


def at_a_glance(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    f = data.figures
    word = noun(data)
    out: list[Flowable] = section(f"The {word} at a glance", st, "glance")
    told = (f"people told us {plural(f.suggestions, 'thing')}" if f.suggestions else
            "nobody told us anything that was recorded")
    made = (f"We made {plural(f.changes_done, 'change')}" if f.changes_done else
            "We made no changes")
    out.append(p(f"Between {day(data.start)} and {day(data.end)}, {told}. {made} in this "
                 f"{word}.", st.lead))
    rows: list[list[object]] = [["What we counted", f"This {word}", f"Last {word}", "Change"]]
    for label, now, before, kind, _name in glance_rows(data):
        moved = (share_change(now, before) if kind == "share" else  # type: ignore[arg-type]
                 change_words(now, before, money_value=kind == "money"))  # type: ignore[arg-type]
        rows.append([label, _show(now, kind), _show(before, kind), moved])
    out.append(table(rows, [width * 0.46, width * 0.15, width * 0.15, width * 0.24], st,
                     right=(1, 2)))
    out.append(p(f"The last {word} is {day(data.previous.start)} to {day(data.previous.end)}. "
                 "\u201cUp\u201d or \u201cdown\u201d only says how a number moved, not whether "
                 f"that is good. A share of fewer than {SMALL_BASE} is shown as numbers "
                 "(\u201c2 of 7\u201d), with no change worked out.", st.small))
    if f.suggestions == 0:
        out.append(p("Nobody raised a suggestion in this period, so there are no charts of "
                     "suggestions.", st.body))
        return out
    outcome_rows = [(OUTCOMES[code], getattr(f, code)) for code in OUTCOMES]
    outcome_rows.append(("No decision yet", f.suggestions - f.decided))
    out.append(KeepTogether([
        Heading("What happened to the suggestions", st.h2, level=1, key="glance-outcomes"),
        p(f"The answers, by the last day of the {word}, to the "
          f"{plural(f.suggestions, 'suggestion')} raised in it.", st.body),
        hbar_chart(outcome_rows, width=width, font=st.regular, bold=st.bold,
                   title="What happened to the suggestions")]))
    columns = _month_columns(data)
    out.append(KeepTogether([
        Heading("Suggestions by month", st.h2, level=1, key="glance-months"),
        p("How many suggestions were raised in each month.", st.body),
        vbar_chart(columns, width=width, font=st.regular, bold=st.bold,
                   title="Suggestions by month")]))
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
    out: list[Flowable] = section("You said, we did", st, "changes")
    changes = data.changes
    if not changes:
        out.append(p("No changes were completed in this period.", st.lead))
        return out
    services = len({c.service_name for c in changes})
    groups = group_similar(changes, lambda c: c.description, lambda c: c.service_name)
    out.append(p(f"We finished {plural(len(changes), 'change')} in this {noun(data)} because "
                 f"of what people told us, in {plural(services, 'service area')}. Under each "
                 "change are the words of the suggestions behind it.", st.lead))
    if len(groups) < len(changes):
        out.append(p("Where the same change was recorded more than once, it is shown once, "
                     "with every date it was done.", st.body))
    shown = fair_pick(groups, lambda g: g.first.service_name,
                      lambda g: max(c.done_on for c in g.items))
    if len(shown) < len(groups):
        out.append(p(f"There are too many to list here, so we show {number(len(shown))}: the "
                     "latest in each service area. Every change is in the list that goes with "
                     "this report (changes_done.csv).", st.body))
    for i, (service, same) in enumerate(groupby(shown, key=lambda g: g.first.service_name)):
        title = service or "Not about one service"
        heading = sub(title, st, f"service-{i}")
        for j, group in enumerate(same):
            # The heading goes with its first change, never alone at the foot of a page.
            block = _change_block(group, st)
            out.extend([heading[0], KeepTogether([*heading[1:], *block])] if j == 0 else
                       [KeepTogether(block)])
    return out


def _change_block(group: Group[ChangeDone], st: Styles) -> list[Flowable]:
    change = group.first
    dates = sorted(c.done_on for c in group.items)
    done = f"Done on {day(dates[0])}."
    if group.count > 1:
        done = (f"Done on {_and([day(d) for d in dates])} (recorded as "
                f"{plural(group.count, 'change')}).")
    block: list[Flowable] = [p(f"<b>We did:</b> {esc(change.description)}", st.body),
                             p(done, st.small)]
    behind = suggestions_behind(group.items)
    quotes = group_similar(behind, lambda q: q.text)
    if not quotes:
        block.append(p("This change was not linked to a particular suggestion.", st.small))
    else:
        block.append(p("<b>You said:</b>", st.body))
        for same in quotes[:MAX_QUOTES]:
            quote, times = same.first, same.count
            when = f"raised {month(quote.raised_on)}"
            if times > 1:
                when = f"raised {plural(times, 'time')}, first in {month(quote.raised_on)}"
            block.append(Paragraph(f"\u201c{esc(short(quote.text))}\u201d ({when})",
                                   st.bullet, bulletText="\u2022"))
        if len(quotes) > MAX_QUOTES:
            more = sum(same.count for same in quotes[MAX_QUOTES:])
            block.append(p(f"and {plural(more, 'more suggestion')} like these.", st.quote))
    block.append(Spacer(1, 8))
    return block


def could_not_do(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = section("What we could not do, and why", st, "could-not")
    f, reasons = data.figures, data.reasons
    word = noun(data)
    if f.decided == 0:
        out.append(p("No decisions were made on suggestions raised in this period.", st.lead))
        return out
    if reasons.total == 0:
        every = ("the one suggestion" if f.decided == 1 else
                 f"every one of the {plural(f.decided, 'suggestion')}")
        out.append(p(f"We said yes, in full or in part, to {every} decided. There were no "
                     "\u201cno\u201d answers.", st.lead))
        return out
    parts = [f"{number(getattr(f, code))} {OUTCOMES[code].lower()}"
             for code in NO_OUTCOMES if getattr(f, code)]
    were = "was" if reasons.total == 1 else "were"
    out.append(p(f"Of the {plural(f.decided, 'suggestion')} raised this {word} that had a "
                 f"decision, {number(reasons.total)} {were} not a yes for now "
                 f"({_and(parts)}). We always try to say why, and what we can do instead.",
                 st.lead))
    out.append(p(f"<b>{reason_words(reasons.with_reason, reasons.total)}</b> "
                 f"{instead_words(reasons.with_instead, reasons.total)}", st.body))
    kinds = [c for c in reasons.categories if c.count]
    if kinds:
        rows: list[list[object]] = [["Kind of reason", "Answers"]]
        rows += [[c.label, number(c.count)] for c in kinds]
        out.append(table(rows, [width * 0.6, width * 0.2], st, right=(1,)))
    groups = group_similar(reasons.answers, lambda a: a.text,
                           lambda a: (a.outcome, a.service_name))
    if len(groups) < reasons.total:
        out.append(p("Where people asked for the same thing, it is shown once, with how many "
                     "times it was raised.", st.body))
    shown = fair_pick(groups, lambda g: g.first.outcome,
                      lambda g: max(a.decided_on for a in g.items))
    if len(shown) < len(groups):
        out.append(p(f"There are too many to list here, so we show {number(len(shown))}: the "
                     "latest of each kind. Every answer is in the list that goes with this "
                     "report (suggestions.csv).", st.body))
    for code, same_kind in groupby(shown, key=lambda g: g.first.outcome):
        items = list(same_kind)
        out.extend(sub(f"{OUTCOMES[code]} ({number(getattr(f, code))})", st, f"no-{code}"))
        rows = [["What people said", "Our answer and why"]]
        rows += [[_said(g, st), _answer(g, st)] for g in items]
        # keep=False: the table may split, so its heading never sits alone at a page's foot
        out.append(table(rows, [width * 0.45, width * 0.55], st, keep=False))
    return out


def reason_words(with_reason: int, total: int) -> str:
    """How many of ``total`` "no" answers gave a reason, in words that agree with the numbers."""
    if total == 1:
        return "It gave a reason." if with_reason else "It gave no reason."
    if with_reason == total:
        return "Both answers gave a reason." if total == 2 else \
            f"All {number(total)} answers gave a reason."
    if with_reason == 0:
        return f"None of the {number(total)} answers gave a reason."
    how_many = f"{number(with_reason)} of the {number(total)} answers"
    if total >= SMALL_BASE:
        how_many += f" ({percent(pct(with_reason, total))})"
    return f"{how_many} gave a reason."


def instead_words(with_instead: int, total: int) -> str:
    if total == 1:
        return ("We offered something else instead." if with_instead else
                "We did not offer anything else instead.")
    if with_instead == 0:
        return "In none of them did we offer something else instead."
    return f"In {number(with_instead)} of them we offered something else instead."


def fair_pick(items: Sequence[T], group: Callable[[T], str], when: Callable[[T], date], *,
              limit: int = MAX_LISTED) -> list[T]:
    """At most ``limit`` items, shared out in turn between the groups, the latest of each
    group first; returned in their original order."""
    if len(items) <= limit:
        return list(items)
    queues: dict[str, list[int]] = {}
    for i, item in enumerate(items):
        queues.setdefault(group(item), []).append(i)
    turns = [sorted(q, key=lambda i: when(items[i]), reverse=True) for q in queues.values()]
    chosen: set[int] = set()
    while len(chosen) < limit:
        for queue in turns:
            if queue and len(chosen) < limit:
                chosen.add(queue.pop(0))
    return [items[i] for i in sorted(chosen)]


def _and(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _said(group: Group[NoAnswer], st: Styles) -> Paragraph:
    answer = group.first
    first, last = (min(a.raised_on for a in group.items), max(a.raised_on for a in group.items))
    when = month(first)
    if group.count > 1:
        span = month(first) if month(first) == month(last) else f"{month(first)} to {month(last)}"
        when = f"{plural(group.count, 'time')}, {span}"
    where = f"{esc(answer.service_name)}, raised" if answer.service_name else "Raised"
    return Paragraph(f"\u201c{esc(short(answer.text))}\u201d<br/>"
                     f"<font size=\"9\">{where} {when}</font>", st.cell)


def _distinct(texts: Sequence[str]) -> list[tuple[str, int]]:
    """Each different (non-blank) text once, in order, with how many times it was given."""
    return [(g.first, g.count) for g in group_similar([t for t in texts if t.strip()], str)]


def _times(text: str, times: int) -> str:
    return esc(text) if times == 1 else f"{esc(text)} ({plural(times, 'time')})"


def _answer(group: Group[NoAnswer], st: Styles) -> Paragraph:
    answers = group.items
    reasons = _distinct([a.reason for a in answers])
    parts = [_times(text, n) for text, n in reasons] or ["No reason was recorded."]
    if reasons and sum(n for _text, n in reasons) < len(answers):
        parts.append("No reason was recorded for the others.")
    passed = _distinct([a.passed_to for a in answers])
    if passed:
        parts.append("<b>Passed on to:</b> " + "; ".join(esc(t) for t, _n in passed) + ".")
    for text, n in _distinct([a.instead for a in answers]):
        parts.append(f"<b>Instead:</b> {_times(text, n)}")
    dates = sorted(a.decided_on for a in answers)
    parts.append(f"Decided on {day(dates[0])}." if dates[0] == dates[-1] else
                 f"Decided between {day(dates[0])} and {day(dates[-1])}.")
    return Paragraph("<br/>".join(parts), st.cell)
