"""One measurement, run in its own process so its peak memory is its own.

``python -m bench.measure NAME DB`` prints one JSON line: {"seconds": ...} (plus extras).
The parent (bench/run.py) times window start-up itself, from process start to first paint.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

MEASURES: dict[str, callable] = {}


def measure(name: str):
    def register(func):
        MEASURES[name] = func
        return func
    return register


def _db(path: str):
    from partapp.services.store.database import open_database

    return open_database(path)


@measure("home_counts")
def home_counts(db_path: str) -> dict:
    from sqlalchemy.orm import configure_mappers

    from partapp.services.browse.home import home_counts as counts

    db = _db(db_path)
    # The app has set up its model mappings while building the window, before Home's counts
    # run (about 0.02 s, once per process); time the counts alone.
    configure_mappers()
    with db.session_scope() as s:
        t0 = time.perf_counter()
        result = counts(s)
        seconds = time.perf_counter() - t0
    return {"seconds": seconds, "people_owed": getattr(result, "people_owed", None)}


@measure("report_year")
def report_year(db_path: str) -> dict:
    from partapp.reports.annual import render
    from partapp.services.figures.report_data import build_report_data

    db = _db(db_path)
    today = date.today()
    out = Path(tempfile.mkdtemp()) / "report.pdf"
    t0 = time.perf_counter()
    with db.session_scope() as s:
        data = build_report_data(s, date(today.year - 1, 1, 1), date(today.year - 1, 12, 31))
    pages = render(data, out)
    return {"seconds": time.perf_counter() - t0, "pages": pages}


@measure("report_csv_work")
def report_csv_work(db_path: str) -> dict:
    """What ``partapp report --csv`` does once the file is open, in-process: count the figures
    and write them (bench/run.py times the whole command as report_csv, and the SQL floor)."""
    from partapp.services.figures.report_csv import figure_rows, write_figure_rows
    from partapp.services.figures.report_data import build_report_figures

    db = _db(db_path)
    today = date.today()
    out = Path(tempfile.mkdtemp()) / "report.csv"
    t0 = time.perf_counter()
    with db.session_scope() as s:
        rows = figure_rows(build_report_figures(s, date(today.year - 1, 1, 1),
                                                date(today.year - 1, 12, 31)))
    write_figure_rows(rows, out)
    return {"seconds": time.perf_counter() - t0, "rows": len(rows)}


def owed_letter_people(session, count: int) -> list[int]:
    """The people the letters timings write to: the first ``count`` owed feedback."""
    from partapp.services.feedback.owed import owed_people

    return [p.person_id for p in owed_people(session)[:count]]


@measure("letters_1000")
def letters_1000(db_path: str) -> dict:
    from partapp.reports.letter_pdf import render_letters
    from partapp.services.feedback.letters import letters_due
    from partapp.services.records import organisation

    db = _db(db_path)
    with db.session_scope() as s:
        ids = owed_letter_people(s, 1000)
        org = organisation.get_details(s)
        logo = organisation.get_logo(s)
        t0 = time.perf_counter()
        letters = letters_due(s, person_ids=ids)
        built = time.perf_counter() - t0
    out = Path(tempfile.mkdtemp()) / "letters.pdf"
    t1 = time.perf_counter()
    pages = render_letters(letters, out, organisation=org, logo=logo)
    return {"seconds": built + time.perf_counter() - t1, "letters": len(letters),
            "pages": pages, "assemble_s": built}


@measure("one_letter")
def one_letter(db_path: str) -> dict:
    """Click to preview for one letter: assemble it and render its PDF."""
    import io

    from partapp.reports.letter_pdf import render_letters
    from partapp.services.feedback.letters import letters_due
    from partapp.services.records import organisation

    db = _db(db_path)
    with db.session_scope() as s:
        first = owed_letter_people(s, 1)[0]
        org = organisation.get_details(s)
        logo = organisation.get_logo(s)
        t0 = time.perf_counter()
        letters = letters_due(s, person_ids=[first])
        render_letters(letters, io.BytesIO(), organisation=org, logo=logo)
        return {"seconds": time.perf_counter() - t0}


@measure("import_100k")
def import_100k(db_path: str) -> dict:
    """Import people.csv + suggestions.csv written by bench.run beside the database."""
    from partapp.services.importing.importer import import_files
    from partapp.services.store.database import open_database

    folder = Path(db_path).parent
    target = Path(tempfile.mkdtemp()) / "import.db"
    db = open_database(str(target))
    t0, cpu0 = time.perf_counter(), time.process_time()
    with db.session_scope() as s:
        summary = import_files(s, [folder / "bench-people.csv", folder / "bench-suggestions.csv"])
    # Wall time against this process's CPU time (all its threads): far more wall than CPU
    # means the import waits on something (the disk, a lock) rather than working.
    return {"seconds": time.perf_counter() - t0, "cpu_seconds": time.process_time() - cpu0,
            "suggestions": summary.suggestions_added}


def peak_mb() -> float | None:
    """This process's own peak memory (Linux VmHWM; a forked parent's size is not counted)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def main() -> None:
    name, db_path = sys.argv[1], sys.argv[2]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    result = MEASURES[name](db_path)
    result["peak_mb"] = peak_mb()
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
