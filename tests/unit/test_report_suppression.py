"""Secondary suppression across the whole report: no hidden count can be worked out.

A reader of the report and its CSV knows: how many people took part, how many answered at
least one equality question, how many chose "prefer not to say" for any question, and every
table. These tests play that reader: they try every way of filling the hidden cells that fits
all of those published figures, and check that every hidden cell could still be two or more
things.
"""

from __future__ import annotations

import csv
from itertools import product

from hypothesis import example, given, settings
from hypothesis import strategies as st

from partapp.models.enums import PREFER_NOT_TO_SAY
from partapp.services.figures.report_equality import (
    HIDDEN,
    NOT_ANSWERED,
    equality_tables,
    fewer_than,
    suppress,
    suppress_one,
)

PNTS = PREFER_NOT_TO_SAY
QUESTIONS = {"trans": ("yes", "no"), "sex": ("female", "male", "other")}


def _publish(answers, threshold):
    """answers: one dict per person taking part ({} for nobody's answers), as the report."""
    people = len(answers)
    profiles = sum(1 for a in answers if a)
    prefer = sum(1 for a in answers if PNTS in a.values())
    prefer_cell = suppress_one(PNTS, "any", prefer, threshold, profiles)
    tables = []
    for question, options in QUESTIONS.items():
        cells = [(code, code, sum(1 for a in answers if a.get(question) == code))
                 for code in (*options, PNTS)]
        cells.append((NOT_ANSWERED, "na", sum(1 for a in answers if question not in a)))
        tables.append((question, question, cells))
    prefer_cell, published = equality_tables(tables, people, profiles, prefer_cell, threshold)
    return people, profiles, prefer_cell, published


def _possible(breakdown, people, profiles, prefer_cell, threshold):
    """Every filling of the hidden cells consistent with what this table and the figures say."""
    texts = [c.text for c in breakdown.cells]
    codes = [c.code for c in breakdown.cells]
    hidden = [i for i, c in enumerate(breakdown.cells) if c.shown is None]
    rest = people - sum(c.shown for c in breakdown.cells if c.shown is not None)
    fillings = []
    for values in product(range(rest + 1), repeat=len(hidden)):
        if sum(values) != rest:
            continue
        trial = dict(zip(hidden, values))
        ok = True
        for i, v in trial.items():
            if not breakdown.all_hidden:
                if texts[i] == fewer_than(threshold) and not 1 <= v < threshold:
                    ok = False
                if texts[i] == HIDDEN and v < threshold:
                    ok = False
            if codes[i] == NOT_ANSWERED and v < people - profiles:
                ok = False
            if codes[i] == PNTS and prefer_cell.shown is not None and v > prefer_cell.shown:
                ok = False
            if codes[i] == PNTS and prefer_cell.text == fewer_than(threshold) and v >= threshold:
                ok = False
        if ok:
            fillings.append({codes[i]: v for i, v in trial.items()})
    return fillings


answer_sets = st.lists(
    st.one_of(st.just({}), st.fixed_dictionaries({}, optional={
        q: st.sampled_from((*opts, PNTS)) for q, opts in QUESTIONS.items()})),
    min_size=0, max_size=16)


@settings(max_examples=200, deadline=None)
@given(answer_sets, st.sampled_from([5, 10]))
@example([{}, *[{"trans": PNTS}] * 5], 5)  # 5 chose it for any question, "sex" shows 0 for it
def test_no_hidden_cell_has_only_one_possible_value(answers, threshold):
    people, profiles, prefer_cell, published = _publish(answers, threshold)
    possible = [_possible(b, people, profiles, prefer_cell, threshold) for b in published]
    # Across tables: the "prefer not to say" cells add up to at least the "any question" figure.
    for n, breakdown in enumerate(published):
        fillings = possible[n]
        if prefer_cell.shown is not None:
            others_max = 0
            for m, other in enumerate(published):
                if m == n:
                    continue
                shown = other.cell(PNTS).shown
                others_max += shown if shown is not None else max(
                    (f.get(PNTS, 0) for f in possible[m]), default=0)
            fillings = [f for f in fillings
                        if f.get(PNTS, breakdown.cell(PNTS).shown or 0) + others_max
                        >= prefer_cell.shown]
        true = {c: n for c, _l, n in _cells(answers, breakdown.key)}
        assert any(all(true[c] == v for c, v in f.items()) for f in fillings)
        for cell in breakdown.cells:
            # A hidden answer somebody gave must stay open. "Not answered", and answers nobody
            # gave when nobody answered at all, follow from the published people figures.
            if cell.shown is None and cell.code != NOT_ANSWERED and true[cell.code] > 0:
                values = {f[cell.code] for f in fillings}
                assert len(values) >= 2, (answers, threshold, breakdown)


def _cells(answers, question):
    options = QUESTIONS[question]
    rows = [(code, code, sum(1 for a in answers if a.get(question) == code))
            for code in (*options, PNTS)]
    rows.append((NOT_ANSWERED, "na", sum(1 for a in answers if question not in a)))
    return rows


def test_the_not_answered_floor_is_used():
    # 28 people, 17 answered something: "not answered" is at least 11. Yes 16, No 0, prefer
    # not to say 1, not answered 11 used to show as 16, 0, "fewer than 5", "hidden": 11 and 1.
    cells = [("yes", "Yes", 16), ("no", "No", 0), (PNTS, "Prefer", 1), (NOT_ANSWERED, "NA", 11)]
    old = suppress(cells, 5, total=28)
    assert [c.text for c in old.cells] == ["16", "0", "fewer than 5", "hidden"]
    new = suppress(cells, 5, total=28, floors={NOT_ANSWERED: 11})
    assert new.cell("yes").shown is None and new.cell(PNTS).shown is None
    assert new.cell(NOT_ANSWERED).shown is None


def _demo_rows(db, db_path, tmp_path):
    """The sample data as it was made on 2 December 2026 (it always ends on the day it is made)."""
    import subprocess
    import sys
    from datetime import date

    from partapp.services.sample.demo import fill_demo
    with db.session_scope() as session:
        fill_demo(session, today=date(2026, 12, 2))
    db.dispose()
    out = tmp_path / "ma.csv"
    subprocess.run([sys.executable, "-m", "partapp", "--db", str(db_path), "report", "--from",
                    "2025-03-01", "--to", "2025-04-30", "--csv", str(out)], check=True,
                   capture_output=True)
    with out.open(encoding="utf-8", newline="") as handle:
        return dict(csv.reader(handle))


def test_march_april_2025_on_the_sample_data_gives_nothing_away(db, db_path, tmp_path):
    rows = _demo_rows(db, db_path, tmp_path)
    people, profiles = int(rows["people_involved"]), int(rows["equality_profiles"])
    assert (people, profiles) == (28, 17)
    trans = {c: rows[f"equality_trans_{c}"] for c in ("yes", "no", PNTS, NOT_ANSWERED)}
    # Before: yes 16, no 0, prefer "fewer than 5", not answered "hidden" (so exactly 11 and 1).
    assert trans["yes"] != "16"
    fillings = []
    shown = {c: int(v) for c, v in trans.items() if v.isdigit()}
    hidden = [c for c in trans if c not in shown]
    rest = people - sum(shown.values())
    for values in product(range(rest + 1), repeat=len(hidden)):
        f = dict(zip(hidden, values))
        if sum(values) != rest or f.get(NOT_ANSWERED, people) < people - profiles:
            continue
        if all((1 <= f[c] <= 4) if trans[c] == "fewer than 5" else f[c] >= 5 for c in hidden):
            fillings.append(f)
    for c in hidden:
        assert len({f[c] for f in fillings}) >= 2, (c, trans)
