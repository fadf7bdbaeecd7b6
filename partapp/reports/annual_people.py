"""The later sections of the annual change report: how people were involved, who took part,
hearing back, what is still waiting, and how we counted."""

from __future__ import annotations

from reportlab.platypus import Flowable, KeepTogether

from ..services.figures.report_attention import LITTLE_CO_PRODUCTION
from ..services.figures.report_data import SMALL_BASE, ReportData, pct
from ..services.figures.report_equality import Breakdown
from .annual_sections import noun, p, section, sub
from .annual_tags import Paragraph
from .charts import hbar_chart
from .report_styles import (
    Heading,
    Styles,
    change_words,
    day,
    esc,
    money,
    number,
    percent,
    plural,
    share,
    share_change,
    table,
)


def involvement(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    word = noun(data)
    now, before = data.current.involvement, data.previous.involvement
    out: list[Flowable] = section("How people were involved", st, "involved")
    if now.activities == 0:
        out.append(p("No activities were recorded in this period.", st.lead))
    else:
        came = now.named_attendances + now.anonymous_attendees
        unnamed = (f" ({number(now.anonymous_attendees)} of them without giving a name)"
                   if now.anonymous_attendees else "")
        if came == 1 and now.anonymous_attendees:
            unnamed = " (without giving a name)"
        who = (f"People came {plural(came, 'time')} in all{unnamed}." if came else
               "Nobody's attendance was recorded.")
        out.append(p(f"We held {plural(now.activities, 'activity', 'activities')} in this "
                     f"{word}. {who}", st.lead))
    out.append(p("Each activity records how much power people had, from being told about a "
                 "decision to sharing it with us. The levels, from least to most:", st.body))
    for level in now.levels:
        note = f": {esc(level.note)}" if level.note else ""
        out.append(Paragraph(f"<b>{esc(level.label)}</b>{note}", st.bullet, bulletText="\u2022"))
    if now.activities or before.activities:
        out.append(KeepTogether([
            Heading("Activities by level of involvement", st.h2, level=1, key="levels"),
            hbar_chart([(lv.label, lv.count) for lv in now.levels], width=width,
                       font=st.regular, bold=st.bold,
                       previous=[lv.count for lv in before.levels],
                       series=(f"This {word}", f"Last {word}"),
                       title="Activities by level of involvement")]))
    f, g = data.figures, data.previous.figures
    rows: list[list[object]] = [["", f"This {word}", f"Last {word}", "Change"]]
    for label, a, b, is_money in (
            ("Hours people gave", now.hours, before.hours, False),
            ("Expenses paid to people who took part", now.expenses_paid, before.expenses_paid,
             True),
            ("Activities where we gave access support", now.activities_with_support,
             before.activities_with_support, False),
            ("Decisions where service users took part in deciding", data.current.decided_with_users,
             data.previous.decided_with_users, False)):
        show = money if is_money else number
        rows.append([label, show(a), show(b), change_words(a, b, money_value=is_money)])
    out.extend(sub("Time, money and support", st, "time-money"))
    out.append(table(rows, [width * 0.46, width * 0.15, width * 0.15, width * 0.24], st,
                     right=(1, 2)))
    if f.decided:
        with_users = data.current.decided_with_users
        if f.decided < SMALL_BASE:
            how_many = f"{number(with_users)} of the {plural(f.decided, 'decision')}"
        else:
            how_many = (f"{percent(pct(with_users, f.decided))} of the "
                        f"{plural(f.decided, 'decision')}")
        if with_users == 0:
            how_many = f"none of the {plural(f.decided, 'decision')}"
        last = (f" (last {word}: {share(data.previous.decided_with_users, g.decided)})"
                if g.decided else "")
        out.append(p(f"Service users took part in {how_many} on suggestions raised this "
                     f"{word}{last}.", st.body))
    support = [(now_item, prev_item) for now_item, prev_item in zip(now.support, before.support)
               if now_item.count or prev_item.count]
    if support:
        rows = [["Access support given", f"This {word}", f"Last {word}"]]
        rows += [[a.label, number(a.count), number(b.count)] for a, b in support]
        out.append(KeepTogether([
            p("The number of activities where each kind of support was given:", st.body),
            table(rows, [width * 0.5, width * 0.17, width * 0.17], st, right=(1, 2),
                  keep=False)]))
    return out


def who_took_part(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    people = data.taking_part
    t = people.threshold
    word = noun(data)
    out: list[Flowable] = section("Who took part", st, "who")
    if people.people == 0:
        out.append(p("Nobody took part by name in this period.", st.lead))
        return out
    out.append(p(f"{plural(people.people, 'person', 'people')} took part in this {word}: they "
                 "came to an activity or raised a suggestion by name. Each person is counted "
                 "once.", st.lead))
    if people.people < t:
        out.append(p(f"Fewer than {t} people took part, so we do not show groups or equality "
                     "monitoring. This protects their privacy.", st.body))
        return out
    out.append(p(f"To protect privacy, a number from 1 to {t - 1} shows as \u201cfewer than "
                 f"{t}\u201d. Then other numbers are \u201chidden\u201d too, so no small number "
                 "can be worked out from the totals or the other figures.", st.small))
    heading = sub("People by group", st, "groups")
    # The heading and its note stay with the table (they were left alone at a page's foot).
    out.extend([heading[0], KeepTogether([
        *heading[1:],
        p("Some people belong to more than one group, so these can add up to more than the "
          "number of people.", st.body),
        *_breakdown(people.groups, "Group", st, width)])])
    out.extend(sub("Equality monitoring", st, "equality"))
    prefer = people.prefer_not_any
    share = f" ({percent(prefer.share_pct)} of them)" if prefer.share_pct is not None else ""
    who = "person" if prefer.shown == 1 else "people"
    chose = "Nobody" if prefer.shown == 0 else f"{prefer.text[:1].upper()}{prefer.text[1:]} {who}"
    if people.profiles == 0:
        out.append(p("Answering the equality questions is a choice. Nobody who took part "
                     "answered them.", st.body))
        return out
    out.append(p(f"Answering the equality questions is a choice. "
                 f"{plural(people.profiles, 'person', 'people')} who took part answered at "
                 f"least one question. {chose} chose \u201cprefer not to say\u201d for at least "
                 f"one question{share}. We only ever report these answers as totals.", st.body))
    for breakdown in people.equality:
        out.extend(_breakdown(breakdown, "Answer", st, width, heading=breakdown.title))
    return out


def _breakdown(breakdown: Breakdown, first: str, st: Styles, width: float, *,
               heading: str = "") -> list[Flowable]:
    parts: list[Flowable] = []
    if heading:
        parts.append(Paragraph(esc(heading), st.h3))
    if breakdown.all_hidden:
        parts.append(p("These numbers are too small to show without a risk of someone being "
                       "identified, so we do not show them.", st.body))
        return [KeepTogether(parts)]
    rows: list[list[object]] = [[first, "People", "Share"]]
    rows += [[c.label, c.text, percent(c.share_pct) if c.share_pct is not None else ""]
             for c in breakdown.cells]
    parts.append(table(rows, [width * 0.56, width * 0.2, width * 0.14], st, right=(1, 2),
                       keep=False))
    return [KeepTogether(parts)]


def hearing_back(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    word = noun(data)
    promise = data.promise_days
    f, now, before = data.figures, data.current.hearing, data.previous.hearing
    out: list[Flowable] = section("Hearing back", st, "hearing")
    out.append(p(f"We promise that everyone who tells us something by name hears back within "
                 f"{promise} days.", st.lead))
    if f.feedback_pairs == 0:
        out.append(p("Nobody raised a suggestion by name in this period, so nobody was waiting "
                     "to hear back about one.", st.body))
    else:
        out.append(p(f"Named people raised suggestions {plural(f.feedback_pairs, 'time')} in "
                     f"this {word} (if two people raise one suggestion, that counts twice). "
                     f"<b>{on_time_words(f.feedback_on_time, f.feedback_pairs, promise)}</b> "
                     f"{later_words(now.told - f.feedback_on_time, now.pairs - now.told)}",
                     st.body))
        if now.median_days is not None:
            out.append(p(f"The middle (median) wait for a first reply was "
                         f"{plural_days(now.median_days)}.", st.body))
    if now.people_owed:
        between = ("They were owed news of" if now.people_owed == 1 else
                   "Between them, they were owed news of")
        out.append(p(f"On {day(data.end)}, {plural(now.people_owed, 'person was', 'people were')}"
                     f" waiting to hear from us. {between} "
                     f"{plural(now.items_owed, 'suggestion')}.", st.body))
    else:
        out.append(p(f"On {day(data.end)}, nobody was waiting to hear from us.", st.body))
    g = data.previous.figures
    rows: list[list[object]] = [["", f"This {word}", f"Last {word}", "Change"]]
    rows.append([f"Heard back within {promise} days (each named person, for each suggestion)",
                 share(f.feedback_on_time, f.feedback_pairs),
                 share(g.feedback_on_time, g.feedback_pairs),
                 share_change((f.feedback_on_time, f.feedback_pairs),
                              (g.feedback_on_time, g.feedback_pairs))])
    rows.append(["Median days to a first reply", _days(now.median_days),
                 _days(before.median_days), change_words(now.median_days, before.median_days)])
    rows.append([f"People owed feedback on the last day of the {word}", number(now.people_owed),
                 number(before.people_owed), change_words(now.people_owed, before.people_owed)])
    out.append(table(rows, [width * 0.46, width * 0.15, width * 0.15, width * 0.24], st,
                     right=(1, 2)))
    return out


def on_time_words(on_time: int, pairs: int, promise: int) -> str:
    """How many of the ``pairs`` heard back in time, as a share only on a base of SMALL_BASE."""
    within = f"within {promise} days"
    if pairs == 1:
        return (f"They heard back {within}." if on_time else
                f"They did not hear back {within}.")
    if on_time == 0:
        return f"None of these heard back {within}."
    if on_time == pairs:
        return (f"Both heard back {within}." if pairs == 2 else
                f"All {number(pairs)} of these heard back {within}.")
    amount = f" ({percent(pct(on_time, pairs))})" if pairs >= SMALL_BASE else ""
    return f"{number(on_time)} of these{amount} heard back {within}."


def later_words(late: int, not_yet: int) -> str:
    parts = []
    if late:
        parts.append(f"{number(late)} heard back later than that")
    if not_yet:
        parts.append(f"{number(not_yet)} {'has' if not_yet == 1 else 'have'} not heard back yet")
    if not parts:
        return ""
    return " and ".join(parts)[:1].upper() + " and ".join(parts)[1:] + "."


def plural_days(value: float) -> str:
    return "1 day" if value == 1 else f"{number(value)} days"


def _days(value: float | None) -> str:
    return "not known" if value is None else number(value)


def still_waiting(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = section("Still waiting", st, "waiting")
    total = data.waiting_total
    if total == 0:
        out.append(p(f"Every suggestion had a decision by {day(data.end)}.", st.lead))
        return out
    over = data.figures.waiting_over_promise
    promise = f"our {data.promise_days}-day promise"
    if total == 1:
        longer = (f"It had waited longer than {promise}." if over else
                  f"It had not yet waited longer than {promise}.")
    elif over == 0:
        longer = f"None of them had waited longer than {promise}."
    elif over == total:
        longer = f"All of them had waited longer than {promise}."
    else:
        longer = f"{number(over)} of them had waited longer than {promise}."
    out.append(p(f"On {day(data.end)}, {plural(total, 'suggestion was', 'suggestions were')} "
                 f"still waiting for a decision. {longer} This counts suggestions raised before "
                 "this period too.", st.lead))
    rows: list[list[object]] = [["How long it has waited", "Suggestions"]]
    rows += [[band.label, number(band.count)] for band in data.waiting
             if band.high_days is None or band.high_days >= band.low_days]
    out.append(table(rows, [width * 0.55, width * 0.2], st, right=(1,)))
    return out


def follow_up_note(data: ReportData) -> str:
    weeks = data.follow_ups.weeks if data.follow_ups is not None else 8
    return (f"{plural(weeks, 'week')} after a change is done, each person whose suggestion led "
            "to it is asked, once, in their next letter or by phone or at a meeting. An answer "
            "counts in the period of the day it was given. Answers are shown with the small "
            "numbers rule below.")


def method_note(data: ReportData, st: Styles, width: float) -> list[Flowable]:
    promise, t = data.promise_days, data.threshold
    word = noun(data)
    notes = [
        (f"<b>This {word}</b> is {day(data.start)} to {day(data.end)}. <b>The last {word}</b> is "
         f"the same length of time just before it: {day(data.previous.start)} to "
         f"{day(data.previous.end)}."),
        ("<b>Suggestions</b> count in the period in which they were raised. Their answer is the "
         "latest decision made by the last day of the period. A later decision can change it."),
        ("<b>People who took part</b> are everyone named at an activity, or named as raising a "
         "suggestion, in the period. Each person counts once. People who did not give a name "
         "are counted only as times people came."),
        "<b>Changes made</b> are changes marked Done with a done date in the period.",
        (f"<b>Heard back within {promise} days</b>: for each person and each suggestion they "
         f"raised, did their first letter, email or call about it go out within {promise} days?"),
        ("<b>Median wait</b>: put every wait for a first reply in order; the median is the one "
         "in the middle."),
        ("<b>People owed feedback</b>: people waiting on the last day of the period for news of "
         f"a decision or a change, or who had heard nothing for more than {promise} days."),
        ("<b>Still waiting</b>: suggestions with no decision by the last day, however old. "
         "3 months means 91 days, 6 months 182 days, a year 365 days."),
        ("<b>Gave a reason</b>: a \u201cno\u201d answer (not now, not possible or passed on) "
         "with its reason written down."),
        ("<b>Themes</b>: suggestions raised in the period, by the service they are about and by "
         "their kind (idea, concern, complaint, compliment or question). \u201cSaid most "
         "often\u201d groups the same or nearly the same words (ignoring capitals, spaces and "
         "punctuation). A quote that might name someone is never used."),
        (f"<b>What needs your attention</b>: hearing back within {promise} days under our aim "
         f"of {data.feedback_aim}% (set in Settings); more suggestions waiting over "
         f"{promise} days at the end of the {word} than at the end of the last one; a group "
         f"with people taking part last {word} and nobody this {word}; co-production in fewer "
         f"than {LITTLE_CO_PRODUCTION}% of activities."),
        (f"<b>Fewer than {SMALL_BASE}</b>: a share of fewer than {SMALL_BASE} people or "
         "suggestions is shown as numbers (\u201c2 of 7\u201d), with no percentage change: on "
         "so few, one person moves it by more than ten points."),
        ("<b>What happens next</b>: changes marked Planned or In progress on the day the report "
         "was made, with the date each is due."),
        ("<b>Did it make a difference?</b>: " + follow_up_note(data)),
        (f"<b>Small numbers</b>: a count from 1 to {t - 1} shows as \u201cfewer than {t}\u201d. "
         f"Then the next smallest number of {t} or more is \u201chidden\u201d too, so nobody can "
         "work out the small number by taking the others from the total. If a small number "
         "could still be worked out, we hide the whole table. If fewer than "
         f"{t} people took part, we show no groups or equality answers at all."),
        ("<b>Where the numbers come from</b>: every figure here is in the CSV file made with this "
         "report, with lists of the records behind it."),
    ]
    out: list[Flowable] = section("How we counted", st, "method")
    out += [Paragraph(note, st.bullet, bulletText="\u2022") for note in notes]
    out.append(p(f"Made with Participation Tracker on {day(data.made_on)}.", st.small))
    return out
