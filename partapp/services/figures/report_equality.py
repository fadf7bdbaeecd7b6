"""Who took part: people by group and equality monitoring, in aggregate, small numbers hidden.

Equality answers leave the app only through this module, only as counts, and only after
:func:`suppress` has hidden anything that could point to a person. The true count of a hidden
cell never leaves :func:`suppress`: the frozen results carry ``shown=None`` instead.

The rule (the method note in the report says the same in plain words), for one breakdown:

1. A breakdown is a list of cells (an answer and how many people gave it) and their total.
   Totals are always shown. A count of 0 is shown as 0.
2. If the total is from 1 to ``threshold - 1``, no cell of the breakdown is shown at all.
3. Primary suppression: a cell with a count from 1 to ``threshold - 1`` shows as
   "fewer than 5" (or 10).
4. Secondary suppression: when any cell is "fewer than", the smallest count of ``threshold``
   or more (the first in the list when two are equal) shows as "hidden" too, so a small number
   can never be found by taking the shown numbers from the total.
5. A reader knows the total, every shown count, and this rule: each "fewer than" cell is
   between 1 and ``threshold - 1``; the "hidden" cell is at least ``threshold``, below every
   shown count of ``threshold`` or more that comes before it in the list and no bigger than any
   that comes after it. If from that any "fewer than" cell could still be worked out exactly,
   the whole breakdown is hidden. This check uses only what is published, so hiding everything
   gives nothing away either. (With no count of ``threshold`` or more to hide in step 4,
   several "fewer than" cells may still stand together, when their sum could be made many ways.)

tests/unit/test_report_equality.py tries, by brute force over small tables, every way of
filling the hidden cells that would publish the same table, and checks that no "fewer than"
cell is ever pinned down.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import select, union
from sqlalchemy.orm import Session

from ...models import (
    Activity,
    EqualityProfile,
    Group,
    Suggestion,
    attendance,
    person_group,
    suggestion_raiser,
)
from ...models.enums import EQUALITY_QUESTIONS, PREFER_NOT_TO_SAY, equality_options

HIDDEN = "hidden"
NOT_ANSWERED = "not_answered"
NO_GROUP = "no_group"


@dataclass(frozen=True)
class Cell:
    code: str
    label: str
    shown: int | None  # None when the count is hidden
    text: str  # what the report and the CSV show: "12", "fewer than 5" or "hidden"
    share_pct: float | None  # share of the breakdown's total, when the count is shown


@dataclass(frozen=True)
class Breakdown:
    key: str
    title: str
    total: int
    cells: tuple[Cell, ...]
    all_hidden: bool  # True when the whole breakdown is withheld (rules 2 and 5)

    def cell(self, code: str) -> Cell:
        return next(c for c in self.cells if c.code == code)


@dataclass(frozen=True)
class TakingPart:
    people: int
    threshold: int
    groups: Breakdown
    profiles: int  # people in the period who filled in any equality answer
    prefer_not_any: Cell  # people who chose "prefer not to say" for at least one question
    equality: tuple[Breakdown, ...]


def fewer_than(threshold: int) -> str:
    return f"fewer than {threshold}"


def _pct(part: int, whole: int) -> float | None:
    if whole <= 0:
        return None
    return float((Decimal(part * 100) / Decimal(whole)).quantize(Decimal("0.1"),
                                                                  rounding=ROUND_HALF_UP))


def _ranges(counts: Sequence[int], primary: set[int], secondary: set[int], threshold: int,
            floors: dict[int, int], caps: dict[int, int]) -> dict[int, tuple[int, int]]:
    """What a reader can work out of each hidden cell: the lowest and highest possible count.

    The reader knows the sum of the cells, every shown count, that a "fewer than" cell is
    1 to ``threshold - 1``, that a "hidden" cell is ``threshold`` or more and (hidden cells
    being taken smallest first) no bigger than any shown count of ``threshold`` or more that
    follows it in size order, plus any bound published elsewhere in the same report
    (``floors``/``caps``, by cell position). One sum over integer ranges: every whole number
    between the two ends below is possible, so the ends are exact.
    """
    hidden = primary | secondary
    rest = sum(counts) - sum(c for i, c in enumerate(counts) if i not in hidden)
    big_shown = [(c, i) for i, c in enumerate(counts) if i not in hidden and c >= threshold]
    bounds: dict[int, tuple[int, int]] = {i: (1, threshold - 1) for i in primary}
    for j in secondary:
        cap = min((c if j < i else c - 1 for c, i in big_shown), default=rest)
        bounds[j] = (threshold, max(threshold, cap))
    for i in hidden:
        lo, hi = bounds[i]
        bounds[i] = (max(lo, floors.get(i, lo)), min(hi, caps.get(i, hi)))
    out = {}
    for i, (lo, hi) in bounds.items():
        low_others = sum(b[0] for j, b in bounds.items() if j != i)
        high_others = sum(b[1] for j, b in bounds.items() if j != i)
        out[i] = (max(lo, rest - high_others), min(hi, rest - low_others))
    return out


def _pinned(counts: Sequence[int], primary: set[int], secondary: set[int], threshold: int,
            floors: dict[int, int], caps: dict[int, int]) -> bool:
    """True when a reader could work out any hidden cell exactly."""
    ranges = _ranges(counts, primary, secondary, threshold, floors, caps)
    return any(hi - lo < 1 for lo, hi in ranges.values())


def suppress(cells: Sequence[tuple[str, str, int]], threshold: int, *, key: str = "",
             title: str = "", total: int | None = None, floors: dict[str, int] | None = None,
             caps: dict[str, int] | None = None) -> Breakdown:
    """Apply the small-number rule (module docstring) to ``(code, label, count)`` cells.

    ``floors`` and ``caps`` (by cell code) are what other figures of the same report tell a
    reader about a cell: "not answered" is at least the people who answered nothing, and
    "prefer not to say" is at most the people who chose it for any question.
    """
    counts = [count for _code, _label, count in cells]
    codes = [code for code, _label, _count in cells]
    floor_at = {codes.index(c): v for c, v in (floors or {}).items() if c in codes}
    cap_at = {codes.index(c): v for c, v in (caps or {}).items() if c in codes}
    total = sum(counts) if total is None else total
    primary = {i for i, c in enumerate(counts) if 1 <= c < threshold}
    secondary: set[int] = set()
    all_hidden = 1 <= total < threshold
    if primary and not all_hidden:
        # Hide the smallest count of threshold or more. If a hidden cell can still be worked
        # out, hide the whole breakdown. The check looks only at what this table publishes,
        # so a reader learns nothing from the outcome. (Hiding a second, third... cell until
        # the check passes would tell: that the table with fewer cells hidden failed it, which
        # can pin a small number, as 4, 6, 7, 5 did: "fewer than 5", hidden, 7, hidden.)
        candidates = sorted((c, i) for i, c in enumerate(counts) if c >= threshold)
        if candidates:
            secondary.add(candidates[0][1])
        all_hidden = _pinned(counts, primary, secondary, threshold, floor_at, cap_at)
    out = []
    for i, (code, label, count) in enumerate(cells):
        if all_hidden:
            out.append(Cell(code, label, None, HIDDEN, None))
        elif i in primary:
            out.append(Cell(code, label, None, fewer_than(threshold), None))
        elif i in secondary:
            out.append(Cell(code, label, None, HIDDEN, None))
        else:
            out.append(Cell(code, label, count, f"{count:,}", _pct(count, total)))
    return Breakdown(key=key, title=title, total=total, cells=tuple(out), all_hidden=all_hidden)


def suppress_one(code: str, label: str, count: int, threshold: int, total: int) -> Cell:
    """A single count shown on its own (no total to subtract it from): rule 3 only."""
    if 1 <= count < threshold:
        return Cell(code, label, None, fewer_than(threshold), None)
    return Cell(code, label, count, f"{count:,}", _pct(count, total))


def people_in_period(start: date, end: date) -> Any:
    """Subquery (column ``pid``): people who attended an activity or raised a suggestion."""
    attended = (select(attendance.c.person_id.label("pid"))
                .join(Activity, Activity.id == attendance.c.activity_id)
                .where(Activity.held_on.between(start, end)))
    raised = (select(suggestion_raiser.c.person_id.label("pid"))
              .join(Suggestion, Suggestion.id == suggestion_raiser.c.suggestion_id)
              .where(Suggestion.raised_on.between(start, end)))
    return union(attended, raised).subquery()


def taking_part(session: Session, start: date, end: date, *, threshold: int) -> TakingPart:
    """Who took part in the period, by group and by each equality question.

    Two queries, each finding the period's people once: one row per person with their
    answers (None for all without a profile), and one row per person and group (group None
    for a person in no group). The counting is done here, over those rows.
    """
    everyone = people_in_period(start, end)
    questions = list(EQUALITY_QUESTIONS)
    answers = session.execute(
        select(everyone.c.pid, EqualityProfile.person_id,
               *(getattr(EqualityProfile, q) for q in questions))
        .select_from(everyone)
        .outerjoin(EqualityProfile, EqualityProfile.person_id == everyone.c.pid)).all()
    people = len(answers)  # the union gives each person once, and a person has one profile
    with_profile = [row[2:] for row in answers if row[1] is not None]
    in_group: Counter[int] = Counter()
    no_group = 0
    for _pid, group_id in session.execute(
            select(everyone.c.pid, person_group.c.group_id).select_from(everyone)
            .outerjoin(person_group, person_group.c.person_id == everyone.c.pid)):
        if group_id is None:
            no_group += 1
        else:
            in_group[group_id] += 1  # (person, group) is the table's key: one row a person
    group_cells = [(str(g.id), g.name, in_group.get(g.id, 0))
                   for g in session.scalars(select(Group).order_by(Group.position, Group.name))
                   if g.active or in_group.get(g.id)]
    group_cells.append((NO_GROUP, "No group recorded", no_group))
    groups = suppress(group_cells, threshold, key="groups", title="Groups", total=people)

    profiles = len(with_profile)
    prefer_not = sum(1 for row in with_profile if PREFER_NOT_TO_SAY in row)
    prefer_cell = suppress_one(PREFER_NOT_TO_SAY, "Prefer not to say to any question",
                               prefer_not, threshold, profiles)
    if 1 <= people < threshold:  # rule 2: nothing about so few people's answers
        prefer_cell = Cell(PREFER_NOT_TO_SAY, prefer_cell.label, None, HIDDEN, None)

    tables = []
    for n, (question, (title, _options)) in enumerate(EQUALITY_QUESTIONS.items()):
        counts = Counter(row[2 + n] for row in answers)  # None: not answered, or no profile
        cells = [(code, label, counts.get(code, 0))
                 for code, label in equality_options(question).items()]
        cells.append((NOT_ANSWERED, "Not answered", counts.get(None, 0)))
        tables.append((question, title, cells))
    prefer_cell, equality = equality_tables(tables, people, profiles, prefer_cell, threshold)
    return TakingPart(people=people, threshold=threshold, groups=groups, profiles=profiles,
                      prefer_not_any=prefer_cell, equality=equality)


def published_bounds(tables: Sequence[tuple[str, str, Sequence[tuple[str, str, int]]]], n: int,
                     people: int, profiles: int, prefer: Cell,
                     threshold: int) -> dict[str, dict[str, int]]:
    """What the report's other figures tell a reader about table ``n``'s cells.

    Everyone who answered no question is "not answered" in every table, so that cell is at
    least ``people - profiles``. "Prefer not to say" in one question is at most the people who
    chose it for any question; and at least that figure less the other questions' "prefer not
    to say" counts. For the last bound the other tables' true counts are used, which is more
    than a reader can know: it can only hide more, never less.
    """
    floors = {NOT_ANSWERED: people - profiles}
    caps: dict[str, int] = {}
    if prefer.shown is not None:
        caps[PREFER_NOT_TO_SAY] = prefer.shown
        others = sum(count for m, (_q, _t, cells) in enumerate(tables) if m != n
                     for code, _label, count in cells if code == PREFER_NOT_TO_SAY)
        floors[PREFER_NOT_TO_SAY] = prefer.shown - others
    elif prefer.text == fewer_than(threshold):
        caps[PREFER_NOT_TO_SAY] = threshold - 1
    return {"floors": floors, "caps": caps}


Table = tuple[str, str, Sequence[tuple[str, str, int]]]


def equality_tables(tables: Sequence[Table], people: int, profiles: int, prefer: Cell,
                    threshold: int) -> tuple[Cell, tuple[Breakdown, ...]]:
    """Suppress every equality table, each knowing what the other figures of the report say.

    When a table has to be hidden whole and the "prefer not to say to any question" figure
    would still pin one of its cells (say 5 chose it for any question, and every other table
    shows 0 for it), that figure is hidden too and the tables are worked out again without it.
    """
    def run(prefer_cell: Cell) -> tuple[Breakdown, ...]:
        return tuple(suppress(cells, threshold, key=question, title=title, total=people,
                              **published_bounds(tables, n, people, profiles, prefer_cell,
                                                 threshold))
                     for n, (question, title, cells) in enumerate(tables))

    equality = run(prefer)
    if prefer.shown is not None and any(
            b.all_hidden and _pinned_when_hidden(
                [count for _c, _l, count in tables[n][2]], [c.code for c in b.cells], people,
                **published_bounds(tables, n, people, profiles, prefer, threshold))
            for n, b in enumerate(equality)):
        prefer = Cell(prefer.code, prefer.label, None, HIDDEN, None)
        equality = run(prefer)
    return prefer, equality


def _pinned_when_hidden(counts: Sequence[int], codes: Sequence[str], people: int,
                        floors: dict[str, int], caps: dict[str, int]) -> bool:
    """True when, with every cell of a table hidden, the report's other figures still fix an
    answer somebody could have given (a cell from 1 up) to one number."""
    hidden = set(range(len(counts)))
    floor_at = {codes.index(c): v for c, v in floors.items() if c in codes}
    cap_at = {codes.index(c): v for c, v in caps.items() if c in codes}
    bounds = {i: (floor_at.get(i, 0), min(people, cap_at.get(i, people))) for i in hidden}
    for i, (lo, hi) in bounds.items():
        low_others = sum(b[0] for j, b in bounds.items() if j != i)
        high_others = sum(b[1] for j, b in bounds.items() if j != i)
        lo, hi = max(lo, people - high_others), min(hi, people - low_others)
        if lo == hi and hi > 0 and codes[i] != NOT_ANSWERED:
            return True
    return False
