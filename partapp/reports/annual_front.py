"""The annual report's two front pages, for a trustee with five minutes: the year in themes
(by service and by kind of suggestion, with counts and the things said most often, never
names), then what needs their attention (services.figures.report_attention) and what happens next
(changes planned or under way, with their due dates)."""

from __future__ import annotations

import math
import re

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, PageBreak

from ..services.figures.report_attention import LITTLE_CO_PRODUCTION
from ..services.figures.report_data import ReportData
from ..services.figures.report_themes import Theme
from .annual_sections import noun, p, section
from .annual_tags import Paragraph
from .report_styles import Heading, Styles, day, esc, number, plural, short, table

MAX_NEXT = 11  # planned changes listed on the front page, with one point needing attention
MAX_SERVICES = 8  # services in the themes table (most suggestions first), so it fits a page
QUOTE_WORDS = 12


def themes_page(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    word = noun(data)
    f, g = data.figures, data.previous.figures
    out: list[Flowable] = section(f"This {word} in themes", st, "themes")
    if f.suggestions == 0 and f.changes_done == 0:
        out.append(p(f"Nobody raised a suggestion and no changes were made in this {word}.",
                     st.lead))
        return out
    told = (f"People told us {plural(f.suggestions, 'thing')} this {word}" if f.suggestions
            else f"Nobody raised a suggestion this {word}")
    made = (f"We made {plural(f.changes_done, 'change')} because of what people said." if
            f.changes_done else "We made no changes because of what people said.")
    out.append(p(f"{told} (last {word}: {number(g.suggestions)}). {made}", st.lead))
    themes = data.themes
    if themes.by_service:
        out.append(Heading("By service", st.h2, level=1, key="themes-service"))
        shown = themes.by_service[:MAX_SERVICES]
        out.append(_theme_table(shown, "Service", "Changes made", word, st, width,
                                quotes=2 if len(shown) <= 4 else 1))
        rest = themes.by_service[MAX_SERVICES:]
        if rest:
            out.append(p(f"And {plural(len(rest), 'more service')}, with "
                         f"{plural(sum(t.suggestions for t in rest), 'suggestion')} between "
                         "them.", st.small))
    if themes.by_kind:
        out.append(KeepTogether([
            Heading("By kind of suggestion", st.h2, level=1, key="themes-kind"),
            _theme_table(themes.by_kind, "Kind", "Agreed in full or in part", word, st, width,
                         quotes=1)]))
    out.append(p("\u201cSaid most often\u201d is the wording raised most often, with how many "
                 "suggestions said the same or nearly the same. We never show names: a quote "
                 "that might name someone is left out.", st.small))
    out.append(PageBreak())
    return out


def _theme_table(themes: tuple[Theme, ...], first: str, third: str, word: str, st: Styles,
                 width: float, *, quotes: int) -> Flowable:
    rows: list[list[object]] = [[first, f"Suggestions this {word} (last {word})", third,
                                 "Said most often"]]
    quote_style = ParagraphStyle("Said", parent=st.cell, fontSize=9, leading=11.5)
    for theme in themes:
        said = [f"\u201c{esc(short(first_sentence(s.text), words=QUOTE_WORDS))}\u201d"
                + (f" ({plural(s.times, 'suggestion')})" if s.times > 1 else "")
                for s in theme.said[:quotes]]
        rows.append([theme.title, f"{number(theme.suggestions)} ({number(theme.previous)})",
                     number(theme.changes),
                     Paragraph("<br/>".join(said) if said else "No quote chosen.", quote_style)])
    return table(rows, [width * 0.19, width * 0.17, width * 0.14, width * 0.5], st,
                 right=(1, 2), keep=False)


def first_sentence(text: str) -> str:
    """The first sentence of ``text`` when it has a few words, otherwise all of it."""
    match = re.match(r"\s*(.+?[.!?])(\s|$)", text, flags=re.S)
    if match and len(match.group(1).split()) >= 4:
        return match.group(1)
    return text


def attention_page(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    word = noun(data)
    out: list[Flowable] = section("What needs your attention", st, "attention")
    if data.attention:
        out.append(p(f"These figures are off our aims, or moved the wrong way, this {word}:",
                     st.lead))
        for point in data.attention:
            out.append(Paragraph(f"<b>{esc(point.title)}.</b> {esc(point.text)}", st.bullet,
                                 bulletText="\u2022"))
    else:
        out.append(p(f"By the checks below, nothing needs your attention this {word}.", st.lead))
    out.append(p(f"What we check: people hearing back within {data.promise_days} days against "
                 f"our aim of {data.feedback_aim}%; suggestions waiting more than "
                 f"{data.promise_days} days for a decision, against last {word}; groups that "
                 f"took part last {word} and not this {word}; and co-production in fewer than "
                 f"{LITTLE_CO_PRODUCTION}% of activities. A share of fewer than 10 is given as "
                 "numbers, not a percentage.", st.small))
    out.extend(_next(data, st, width))
    out.append(PageBreak())
    return out


def _next(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [Heading("What happens next", st.h2, level=1, key="next")]
    planned = data.next_changes
    if not planned:
        out.append(p(f"On {day(data.made_on)}, no changes were planned or under way.", st.body))
        return out
    late = sum(1 for c in planned if c.due_on is not None and c.due_on < data.made_on)
    were = "change was" if len(planned) == 1 else "changes were"
    late_words = ""
    if late:
        late_words = (" 1 is past the date it was due." if late == 1 else
                      f" {number(late)} are past the dates they were due.")
    out.append(p(f"On {day(data.made_on)}, {number(len(planned))} {were} planned or under "
                 f"way.{late_words}", st.body))
    # Each further point needing attention takes about one and a half rows' room: fewer rows,
    # so the page stays one page.
    limit = max(3, MAX_NEXT - math.ceil(1.5 * max(0, len(data.attention) - 1)))
    rows: list[list[object]] = [["Change", "Service", "Now", "Due"]]
    for change in planned[:limit]:
        if change.due_on is None:
            due = "No date set"
        elif change.due_on < data.made_on:
            due = f"Late: was due {day(change.due_on)}"
        else:
            due = day(change.due_on)
        rows.append([short(change.description, words=14), change.service_name or "Not one service",
                     change.status, due])
    out.append(table(rows, [width * 0.41, width * 0.18, width * 0.16, width * 0.25], st,
                     keep=False))
    if len(planned) > limit:
        more = len(planned) - limit
        out.append(p(f"And {plural(more, 'more change')}, due later or with no date set.",
                     st.small))
    return out
