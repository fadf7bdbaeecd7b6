"""Mutation check for the rules behind the figures and the feedback owed.

    .venv/bin/python tools/mutants.py            # every mutant, against the rules' tests
    .venv/bin/python tools/mutants.py --list     # what each mutant changes
    .venv/bin/python tools/mutants.py --all      # against the whole of tests/unit (slower)

Each mutant is one small change to a rule (a comparison moved by one day, a tie-break flipped,
an outcome left out). The script copies the working tree to a temporary folder, makes one
change there, and runs the tests on the copy: the tree you work in is never changed. A mutant
the tests do not notice ("survived") is a rule no test pins down. It ends with status 1 when any
mutant survives, or when a mutant no longer matches the code (the code moved: update the list).
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RULE_TESTS = (
    "tests/unit/test_boundaries.py", "tests/unit/test_figures.py",
    "tests/unit/test_feedback_owed.py", "tests/unit/test_report_csv.py",
    "tests/unit/test_report_period.py", "tests/unit/test_browse_home_history.py",
    "tests/unit/test_home_counts_shared.py",
)
SKIP = shutil.ignore_patterns(".venv", ".git", "dist", "build", "__pycache__", "*.pyc",
                              ".pytest_cache", ".ruff_cache", ".hypothesis", "*.db", "*.egg-info")


@dataclass(frozen=True)
class Mutant:
    name: str
    path: str
    old: str
    new: str


F, FB = "partapp/services/figures/period.py", "partapp/services/feedback/owed.py"
RQ, BS = "partapp/services/figures/report_queries.py", "partapp/services/browse/browse_suggestions.py"
MUTANTS = (
    Mutant("on time: <= promise becomes < promise", F,
           "(first - raised_on).days <= promise", "(first - raised_on).days < promise"),
    Mutant("waiting over the promise: < becomes <=", F,
           "Suggestion.raised_on < end - timedelta(days=promise), ~decided_by_end",
           "Suggestion.raised_on <= end - timedelta(days=promise), ~decided_by_end"),
    Mutant("figures: same-day decisions' tie-break flipped", F,
           "order_by=(Decision.decided_on.desc(),\n                                                      Decision.id.desc())",
           "order_by=(Decision.decided_on.desc(),\n                                                      Decision.id.asc())"),
    Mutant("report: same-day decisions' tie-break flipped", RQ,
           ".order_by(Decision.decided_on.desc(), Decision.id.desc()).limit(1)",
           ".order_by(Decision.decided_on.desc(), Decision.id.asc()).limit(1)"),
    Mutant("decided leaves out Passed on", F,
           "decided=sum(outcomes.values())",
           "decided=sum(n for code, n in outcomes.items() if code != 'passed_on')"),
    Mutant("outcome: decisions on the last day left out", F,
           ".where(Decision.decided_on <= end, Suggestion.raised_on >= start,",
           ".where(Decision.decided_on < end, Suggestion.raised_on >= start,"),
    Mutant("activities counted to the end + 1 day", F,
           ".where(Activity.held_on.between(start, end))) or 0",
           ".where(Activity.held_on.between(start, end + timedelta(days=1)))) or 0"),
    Mutant("people: attendance from the day after the start", F,
           ".where(Activity.held_on.between(start, end)))\n    raised",
           ".where(Activity.held_on.between(start + timedelta(days=1), end)))\n    raised"),
    Mutant("suggestions: the last day left out", F,
           ".where(Suggestion.raised_on.between(start, end))) or 0",
           ".where(Suggestion.raised_on.between(start, end - timedelta(days=1)))) or 0"),
    Mutant("changes done: the first day left out", F,
           "Change.done_on.between(start, end))) or 0",
           "Change.done_on.between(start + timedelta(days=1), end))) or 0"),
    Mutant("owed: a change done on the day of the last letter (> becomes >=)", FB,
           "p.c.done > p.c.last", "p.c.done >= p.c.last"),
    Mutant("owed: a decision on the day of the last letter (> becomes >=)", FB,
           "p.c.decided > p.c.last", "p.c.decided >= p.c.last"),
    Mutant("owed: the promise day itself counts as passed (< becomes <=)", FB,
           "raised_on < today - timedelta(days=promise)",
           "raised_on <= today - timedelta(days=promise)"),
    Mutant("owed: suggestions raised after today no longer left out", FB,
           ".where(Suggestion.raised_on > today))))",
           ".where(Suggestion.raised_on > today + timedelta(days=3650)))))"),
    Mutant("owed: decisions made today ignored", FB,
           "Decision.decided_on <= today))", "Decision.decided_on < today))"),
    Mutant("owed: changes done today ignored", FB,
           'Change.status == "done", Change.done_on <= today))',
           'Change.status == "done", Change.done_on < today))'),
    Mutant("owed: letters sent today ignored", FB,
           "Feedback.sent_on <= today))", "Feedback.sent_on < today))"),
    Mutant("list filter: over the promise on the promise day", BS,
           "Suggestion.raised_on < _promise_cutoff(today, promise))",
           "Suggestion.raised_on <= _promise_cutoff(today, promise))"),
    Mutant("waiting bands: the edge day goes to the older band", RQ,
           "(Suggestion.raised_on >= end - timedelta(days=edge), i)",
           "(Suggestion.raised_on > end - timedelta(days=edge), i)"),
    Mutant("waiting bands: a decision on the last day ignored", RQ,
           "Decision.decided_on <= end).exists()\n    counts",
           "Decision.decided_on < end).exists()\n    counts"),
)


def _run_tests(tree: Path, tests: list[str]) -> tuple[bool, float]:
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "pytest", "-x", "-q", "-p", "no:cacheprovider",
                           *tests], cwd=tree, env=env, capture_output=True, text=True)
    return done.returncode == 0, time.perf_counter() - started


def _imports_from(tree: Path) -> Path:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    out = subprocess.run([sys.executable, "-c", "import partapp; print(partapp.__file__)"],
                         cwd=tree, env=env, capture_output=True, text=True, check=True)
    return Path(out.stdout.strip()).resolve()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--list", action="store_true", help="print the mutants and stop")
    parser.add_argument("--all", action="store_true", help="run the whole of tests/unit")
    parser.add_argument("names", nargs="*", help="run only mutants whose name contains this")
    args = parser.parse_args(argv)
    chosen = [m for m in MUTANTS if not args.names or any(n in m.name for n in args.names)]
    if args.list:
        for m in chosen:
            print(f"{m.name}\n    {m.path}: {m.old!r} -> {m.new!r}")
        return 0
    tests = ["tests/unit"] if args.all else list(RULE_TESTS)
    with tempfile.TemporaryDirectory(prefix="partapp-mutants-") as tmp:
        tree = Path(tmp) / "tree"
        shutil.copytree(ROOT, tree, ignore=SKIP)
        if not _imports_from(tree).is_relative_to(tree.resolve()):
            print("The copy's tests would not import the copy's partapp. Stopped.")
            return 1
        ok, seconds = _run_tests(tree, tests)
        if not ok:
            print("The tests fail before any change: fix them first.")
            return 1
        print(f"Unchanged code: the tests pass ({seconds:.0f} s). {len(chosen)} mutants:")
        survived, stale = [], []
        for m in chosen:
            target = tree / m.path
            original = target.read_text(encoding="utf-8")
            if original.count(m.old) != 1:
                stale.append(m)
                print(f"  NOT FOUND  {m.name}")
                continue
            target.write_text(original.replace(m.old, m.new), encoding="utf-8")
            try:
                passed, seconds = _run_tests(tree, tests)
            finally:
                target.write_text(original, encoding="utf-8")
            print(f"  {'SURVIVED' if passed else 'killed  '}   {m.name} ({seconds:.0f} s)")
            if passed:
                survived.append(m)
    print(f"{len(chosen) - len(survived) - len(stale)} killed, {len(survived)} survived, "
          f"{len(stale)} no longer match the code.")
    return 1 if survived or stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
