"""What needs the trustees' attention: plain rules over the report's figures.

Each rule gives one ``Attention`` (a short title and a sentence or two) or nothing:

- feedback on time under the organisation's aim (``organisation.feedback_aim``);
- more suggestions waiting past the promise for a decision than at the end of the period before;
- a group of people that took part in the period before and not in this one (only when both
  periods had enough people for groups to be shown, and with the small-number rules);
- little co-production: fewer than LITTLE_CO_PRODUCTION percent of activities at the top rung.

A share of fewer than SMALL_BASE cases is given as raw numbers ("2 of 7"), never a percentage.
Comparisons are made in whole numbers, so "at the aim" is exactly at it, not rounded to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from .report_equality import NO_GROUP, TakingPart

# A share of fewer than this many cases is shown as raw numbers ("2 of 7"), with no percentage
# change: on so few, one case moves it by more than ten points. (report_data uses this one.)
SMALL_BASE = 10
LITTLE_CO_PRODUCTION = 10  # percent of activities
TOP_RUNG = "co_production"


@dataclass(frozen=True)
class Attention:
    code: str
    title: str
    text: str


def _pct_text(part: int, whole: int) -> str:
    value = (Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"), ROUND_HALF_UP)
    return f"{value:.1f}%".replace(".0%", "%")


def _n(n: int) -> str:
    return f"{n:,}"


def feedback_under_aim(on_time: int, pairs: int, aim_pct: int, promise_days: int,
                       word: str = "year") -> Attention | None:
    """Named people heard back within the promise less often than the aim (exact compare)."""
    if pairs <= 0 or on_time * 100 >= aim_pct * pairs:
        return None
    if on_time == 0:
        how = (f"None of the {_n(pairs)} times a named person raised a suggestion this {word} "
               f"did they hear back within {promise_days} days.")
    elif pairs < SMALL_BASE:
        how = (f"Only {_n(on_time)} of the {_n(pairs)} times a named person raised a "
               f"suggestion this {word}, they heard back within {promise_days} days.")
    else:
        how = (f"{_pct_text(on_time, pairs)} of the times a named person raised a suggestion "
               f"this {word}, they heard back within {promise_days} days "
               f"({_n(on_time)} of {_n(pairs)}).")
    return Attention("feedback_on_time", "Hearing back is below our aim",
                     f"{how} Our aim is {aim_pct}%.")


def waiting_rising(now: int, before: int, promise_days: int, word: str = "year") -> Attention | None:
    """More suggestions waiting past the promise for a decision than a period ago."""
    if now <= before:
        return None
    was = "none" if before == 0 else _n(before)
    things = "suggestion" if now == 1 else "suggestions"
    return Attention("waiting_rising", "More suggestions are waiting too long",
                     f"At the end of this {word}, {_n(now)} {things} had waited more than "
                     f"{promise_days} days for a decision. At the end of last {word} it was "
                     f"{was}.")


def groups_stopped(now: TakingPart, before: TakingPart, word: str = "year") -> list[Attention]:
    """Groups with people taking part last period and nobody this period.

    Only when both periods had at least the small-number threshold of people (otherwise the
    report shows no groups) and neither table was withheld. Last period's number is the one
    the small-number rules allow ("fewer than 5", or not given when hidden)."""
    if (now.people < now.threshold or before.people < before.threshold
            or now.groups.all_hidden or before.groups.all_hidden):
        return []
    earlier = {cell.code: cell for cell in before.groups.cells}
    out = []
    for cell in now.groups.cells:
        old = earlier.get(cell.code)
        if cell.code == NO_GROUP or cell.shown != 0 or old is None or old.shown == 0:
            continue
        if old.shown is None and old.text != f"fewer than {before.threshold}":
            last = f"Last {word}, some people from this group took part."
        else:
            who = "person" if old.shown == 1 else "people"
            last = f"Last {word}, {old.text} {who} from this group took part."
        out.append(Attention(f"group_stopped:{cell.code}", f"{cell.label}: nobody took part",
                             f"Nobody from the group \u201c{cell.label}\u201d took part this "
                             f"{word}. {last}"))
    return out


def little_co_production(top: int, activities: int, label: str = "co-production",
                         word: str = "year") -> Attention | None:
    """Under LITTLE_CO_PRODUCTION percent of activities were at the top rung (exact compare)."""
    if activities <= 0 or top * 100 >= LITTLE_CO_PRODUCTION * activities:
        return None
    if activities == 1:
        how = f"The one activity this {word} was not {label}."
    elif top == 0:
        how = f"None of the {_n(activities)} activities this {word} was {label}."
    elif activities < SMALL_BASE:
        how = f"Only {_n(top)} of the {_n(activities)} activities this {word} was {label}."
    else:
        how = (f"Only {_n(top)} of the {_n(activities)} activities this {word} "
               f"({_pct_text(top, activities)}) {'was' if top == 1 else 'were'} {label}.")
    return Attention("little_co_production", "Little co-production",
                     f"{how} That is where people share the power with us: planning, deciding "
                     "and doing it together.")
