"""The benchmark: build a large database, then time what users wait for.

    python -m bench.run                 # full size (20,000 people, 100,000 suggestions)
    python -m bench.run --small         # a quick check that everything runs
    python -m bench.run --shape medium  # 4,000 people two years in, few letters sent yet

Each timing runs in a fresh process, is repeated (--repeat, default 5) and the median printed,
with the peak memory of that process.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .generate import SHAPES, Size, generate, scaled, write_import_csv

# name: (target seconds, what it is)
TARGETS = {
    "window_ready": (1.5, "main window built directly: start to paint"),
    "qt_bare_paint": (0.5, "bare PySide6, empty window: start to first paint"),
    "app_first_paint": (1.5, "partapp --db FILE: start to first paint"),
    "app_first_paint_new": (1.5, "partapp on a new file: start to the welcome"),
    "people_first_paint": (0.3, "People list first paint"),
    "suggestions_first_paint": (0.3, "Suggestions list first paint"),
    "filter_keystroke": (0.1, "one filter keystroke on Suggestions"),
    "typing_stall": (0.1, "longest stall while typing a reason, just after start"),
    "home_counts": (0.2, "Home counts"),
    "report_year": (5.0, "one-year report PDF"),
    "report_csv": (5.0, "one-year report CSV, whole process"),
    "report_floor": (5.0, "its figures by hand SQL (sqlite3), whole process"),
    "report_csv_work": (5.0, "report CSV in-process: count and write"),
    "report_floor_sql": (5.0, "its figures by hand SQL, in-process"),
    "cli_help": (0.5, "partapp --help, whole process"),
    "cli_letters_empty": (0.5, "letters --due, nobody owed, whole process"),
    "letters_1000": (1.2, "1,000 owed letters as one PDF"),
    "letters_all": (600.0, "letters --due, everyone owed, whole process"),
    "one_letter": (0.3, "one letter: click to preview"),
    "import_100k": (60.0, "import 100,000 suggestion rows from CSV"),
}
PEAK_MB = 300
# Put before every timed child's command line: ["taskset", "-c", "0"] with --one-core, so each
# step runs as on an old PC with one core (issue #17 target 8).
PIN: list[str] = []


def run_child(args: list[str], *, env: dict | None = None) -> tuple[dict, float, float]:
    """Run a child; returns (its JSON result, wall seconds, peak memory in MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([*PIN, sys.executable, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    out = proc.stdout.readline()
    wall = time.perf_counter() - t0
    rest_out = proc.stdout.read()
    err = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{err[-2000:]}")
    result = json.loads(out or rest_out)
    # The child's own figure where it has one: ru_maxrss also counts the parent it forked from.
    peak = result.get("peak_mb") or usage.ru_maxrss / 1024
    return result, wall, peak


def whole_python(args: list[str], env: dict) -> tuple[dict, float, float]:
    """Time a whole Python process (``python ARGS``) from start to exit, as a user waits for
    it. Returns ({"out": its output}, wall seconds, peak memory in MB)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen([*PIN, sys.executable, *args], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    out, err = proc.stdout.read(), proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"{' '.join(args)} failed:\n{err[-2000:]}")
    return {"out": out}, wall, usage.ru_maxrss / 1024


def whole_process(args: list[str], env: dict) -> tuple[dict, float, float]:
    """Time a whole ``partapp`` command, start-up and imports included, as a user waits for it.
    Returns ({"out": its output}, wall seconds, peak memory in MB)."""
    return whole_python(["-m", "partapp", *args], env)


def empty_letters(env: dict) -> tuple[dict, float, float]:
    """``partapp letters --due`` on a new data file where nobody is owed: the command's
    start-up (imports, opening the file, the owed check) with no letters to write."""
    folder = Path(tempfile.mkdtemp(prefix="partapp-bench-empty-"))
    try:
        db = str(folder / "empty.db")
        subprocess.run([sys.executable, "-m", "partapp", "--db", db, "init"], env=env,
                       check=True, capture_output=True)
        return whole_process(["--db", db, "letters", "--due", "--out",
                              str(folder / "letters.pdf")], env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def all_letters(db: Path, env: dict) -> tuple[dict, float, float]:
    """``partapp letters --due`` for everyone owed, as a whole process, on a copy of ``db``
    (it records the printing). Adds the number of letters and the milliseconds per letter."""
    folder = Path(tempfile.mkdtemp(prefix="partapp-bench-letters-"))
    try:
        copy = folder / db.name
        shutil.copyfile(db, copy)
        result, wall, peak = whole_process(["--db", str(copy), "letters", "--due", "--out",
                                            str(folder / "letters.pdf")], env)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    found = re.search(r"Wrote ([\d,]+) letters?", result["out"])
    letters = int(found.group(1).replace(",", "")) if found else 0
    return {"letters": letters, "ms_per_letter": 1000 * wall / max(letters, 1)}, wall, peak


def first_paint(name: str, db: Path, env: dict) -> tuple[dict, float, float]:
    """Process start to first paint (bench/first_paint.py): bare PySide6, or the real entry
    point on a copy of ``db`` or on a new file, with its own settings and data folders."""
    folder = Path(tempfile.mkdtemp(prefix="partapp-bench-paint-"))
    try:
        child = dict(env, **{f"XDG_{kind}_HOME": str(folder / kind.lower())
                             for kind in ("CONFIG", "DATA", "STATE", "CACHE")})
        args = ["-m", "bench.first_paint", "bare"]
        if name == "app_first_paint":
            shutil.copyfile(db, folder / db.name)
            args = ["-m", "bench.first_paint", "app", str(folder / db.name)]
        elif name == "app_first_paint_new":
            args = ["-m", "bench.first_paint", "app", str(folder / "new.db")]
        return run_child(args, env=child)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def last_year() -> tuple[str, str]:
    year = time.localtime().tm_year - 1
    return f"{year}-01-01", f"{year}-12-31"


def measure(name: str, db: Path, repeat: int) -> tuple[float, float, dict]:
    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    times, peaks, last = [], [], {}
    for _ in range(repeat):
        if name in ("window_ready", "people_first_paint", "suggestions_first_paint",
                    "filter_keystroke", "typing_stall"):
            result, wall, peak = run_child(["-m", "bench.measure_ui", name, str(db)], env=env)
            seconds = wall if name == "window_ready" else result["seconds"]
        elif name == "letters_all":
            result, seconds, peak = all_letters(db, env)
        elif name in ("qt_bare_paint", "app_first_paint", "app_first_paint_new"):
            result, seconds, peak = first_paint(name, db, env)
        elif name == "cli_help":
            result, seconds, peak = whole_process(["--help"], env)
        elif name == "cli_letters_empty":
            result, seconds, peak = empty_letters(env)
        elif name in ("report_floor", "report_floor_sql"):
            # The same kind of measure as report_csv: a whole process of its own (report_floor),
            # and the SQL alone inside it (report_floor_sql, against report_csv_work).
            result, wall, peak = whole_python(["-m", "bench.sql_floor", str(db), *last_year()],
                                              env)
            result = json.loads(result["out"])
            seconds = wall if name == "report_floor" else result["seconds"]
            peak = result["peak_mb"] or peak  # its own, not counting the parent it forked from
        elif name == "report_csv":
            start, end = last_year()
            out = Path(tempfile.mkdtemp(prefix="partapp-bench-")) / "report.csv"
            result, seconds, peak = whole_process(["--db", str(db), "report", "--csv", str(out),
                                                   "--from", start, "--to", end], env)
            shutil.rmtree(out.parent, ignore_errors=True)
        else:
            result, wall, peak = run_child(["-m", "bench.measure", name, str(db)], env=env)
            seconds = result["seconds"]
        times.append(seconds)
        peaks.append(peak)
        last = result
    return statistics.median(times), max(peaks), last


def merged_letters(db: Path, count: int) -> list:
    """The letters the letters timing writes, as a mail merge would lay them out."""
    from partapp.services.feedback.letters import letters_due
    from partapp.services.records import organisation
    from partapp.services.store.database import open_database

    from .libreoffice import from_letter
    from .measure import owed_letter_people

    database = open_database(str(db), lock=False)
    try:
        with database.session_scope() as session:
            org = organisation.get_details(session)
            letters = letters_due(session, person_ids=owed_letter_people(session, count))
            return [from_letter(letter, org) for letter in letters]
    finally:
        database.dispose()


def libreoffice_ratio(letters_seconds: float, pages: int, db: Path, count: int) -> str | None:
    """Time LibreOffice converting one merged document of the same ``count`` letters, if it is
    installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        return None
    from .libreoffice import time_merged_letters

    letters = merged_letters(db, count)
    lo_seconds, lo_pages = time_merged_letters(soffice, letters)
    return (f"LibreOffice: the same {len(letters):,} letters merged in one Writer document, to "
            f"PDF in {lo_seconds:.2f} s ({lo_pages:,} pages); Participation Tracker "
            f"{letters_seconds:.2f} s ({pages:,} pages): {lo_seconds / letters_seconds:.1f}x "
            "faster")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--small", action="store_true", help="a small database, quick check")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--db", type=Path, help="reuse (or create) the database at this path")
    parser.add_argument("--shape", choices=sorted(SHAPES), default="default",
                        help="the shape of data to build (bench/generate.py SHAPES)")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="build the shape with people and suggestions times this")
    parser.add_argument("--only", nargs="*", help="run only these measurements")
    parser.add_argument("--no-libreoffice", action="store_true",
                        help="skip the LibreOffice comparison even when it is installed")
    parser.add_argument("--one-core", action="store_true",
                        help="run every timed step on one core (taskset -c 0), as an old PC")
    args = parser.parse_args(argv)
    PIN[:] = []
    if args.one_core:
        if shutil.which("taskset") is None:
            parser.error("--one-core needs taskset (util-linux)")
        PIN[:] = ["taskset", "-c", "0"]
        print("Every timed step runs on one core (taskset -c 0).")

    size, shape = SHAPES[args.shape]
    if args.small:
        size = Size(people=400, activities=100, suggestions=2_000, years=3)
    size = scaled(size, args.scale)
    folder = Path(tempfile.mkdtemp(prefix="partapp-bench-"))
    db = args.db or folder / "bench.db"
    if not db.exists():
        t0 = time.perf_counter()
        counts = generate(db, size, shape=shape)
        print(f"Built {db} in {time.perf_counter() - t0:.1f} s: {counts}")
    import_rows = 2_000 if args.small else 100_000
    write_import_csv(db.parent, people=200 if args.small else 3_000, suggestions=import_rows)

    names = args.only or list(TARGETS)
    print(f"\n{'measurement':<48}{'median':>10}{'target':>10}{'peak MB':>10}")
    results, extras = {}, {}
    for name in names:
        target, label = TARGETS[name]
        seconds, peak, extras[name] = measure(name, db,
                                              1 if name in ("import_100k", "letters_all")
                                              else args.repeat)
        results[name] = seconds
        flag = "" if seconds <= target and peak <= PEAK_MB else "  over target"
        print(f"{label:<48}{seconds:>9.3f}s{target:>9.1f}s{peak:>10.0f}{flag}", flush=True)
    if "letters_all" in results:
        extra = extras["letters_all"]
        print(f"All owed letters: {extra['letters']:,} in {results['letters_all']:.1f} s, "
              f"{extra['ms_per_letter']:.1f} ms a letter (compare runs at other --scale: "
              "within 1.2x of a 1,000-letter run is the target)")
    report_pairs = (
        ("report_csv", "report_floor", "whole process against whole process: Python's start "
                                       "and imports in both"),
        ("report_csv_work", "report_floor_sql", "in-process against in-process: the work alone"))
    for report, floor, kind in report_pairs:
        if report in results and floor in results:
            print(f"Report CSV {results[report]:.2f} s against its SQL floor "
                  f"{results[floor]:.2f} s, {kind}: "
                  f"{results[report] / max(results[floor], 1e-6):.1f}x (target 3x or less)")
    if "import_100k" in results:
        extra = extras["import_100k"]
        wall, cpu = results["import_100k"], extra.get("cpu_seconds") or 0.0
        print(f"Import: {extra['suggestions']:,} suggestions in {wall:.1f} s, "
              f"{extra['suggestions'] / max(wall, 1e-6):,.0f} rows a second (target 5,000 or "
              f"more); wall {wall / max(cpu, 1e-6):.2f}x its CPU time {cpu:.1f} s "
              "(target 1.2x or less)")
    for name in ("app_first_paint", "app_first_paint_new"):
        if name in results and "qt_bare_paint" in results:
            print(f"{TARGETS[name][1]}: {results[name]:.2f} s, "
                  f"{results[name] / max(results['qt_bare_paint'], 1e-6):.1f}x bare PySide6's "
                  f"{results['qt_bare_paint']:.2f} s (target 2.5x or less)")
    if "letters_1000" in results and not args.no_libreoffice:
        try:
            ratio = libreoffice_ratio(results["letters_1000"], extras["letters_1000"]["pages"],
                                      db, 1000)
        except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
            ratio = f"LibreOffice could not be timed: {exc}"
        print(ratio or "LibreOffice is not installed: no comparison "
                       "(apt-get install libreoffice-writer-nogui).")
    if args.db is None:
        shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
