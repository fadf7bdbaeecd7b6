"""``python -m bundle --smoke``: run the built program the way a volunteer and a script would.

Each check runs dist/ParticipationTracker/partapp in a new folder (its data folder, settings and
log are pointed there too, so nothing of yours is touched) and stops at the first failure:

1. ``--version`` says the app's version;
2. ``init`` then ``demo`` make a new data file with the sample data;
3. ``letters --due --out`` and ``report --out --csv`` write a PDF (starts ``%PDF``) and figures;
   ``init`` on a file made by the first release backs it up, then upgrades it (the migrations
   run from the bundle);
4. the desktop on a new data file shows the welcome (in English, then in Welsh), and on the
   sample data the main window, with no traceback (``$PARTAPP_SMOKE_EXIT``, see partapp/ui/app.py, makes it quit by itself).

With no display (``$DISPLAY`` unset, not Windows or macOS) Qt draws offscreen; CI on Linux runs
it under ``xvfb-run -a`` so the real X11 plugin is tried.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from . import contents
from .build import dist_dir, folder_size, program_path

DESKTOP_SECONDS = 4  # how long the desktop stays open before it quits by itself
TIMEOUT = 180


class SmokeFailure(Exception):
    pass


def _env(home: Path) -> dict[str, str]:
    env = dict(os.environ)
    for name in ("PARTAPP_DB", "PARTAPP_USER", "PARTAPP_LANG", "PARTAPP_SMOKE_EXIT"):
        env.pop(name, None)
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_CONFIG_HOME=str(home / "config"), XDG_CACHE_HOME=str(home / "cache"),
               APPDATA=str(home / "AppData" / "Roaming"),
               LOCALAPPDATA=str(home / "AppData" / "Local"))
    if sys.platform.startswith("linux") and not env.get("DISPLAY") \
            and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _run(program: Path, args: list[str], env: dict[str, str], cwd: Path,
         ) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(program), *args], env=env, cwd=cwd, capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=TIMEOUT)
    if "Traceback" in result.stderr or "Traceback" in result.stdout:
        raise SmokeFailure(f"partapp {' '.join(args)} printed a traceback:\n{result.stderr}")
    if result.returncode != 0:
        raise SmokeFailure(f"partapp {' '.join(args)} ended with status {result.returncode}:\n"
                           f"{result.stdout}\n{result.stderr}")
    return result


def _is_pdf(path: Path) -> None:
    if not path.is_file() or path.read_bytes()[:5] != b"%PDF-":
        raise SmokeFailure(f"{path.name} is missing or is not a PDF")


def _make_first_release_file(path: Path) -> None:
    """A data file as the first release made it (migration 0001), made with this source tree."""
    from alembic import command

    from partapp.services.store.database import make_engine, open_database
    from partapp.services.store.revisions import alembic_config

    open_database(str(path)).dispose()
    engine = make_engine(str(path))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    engine.dispose()


def _revision(path: Path) -> str | None:
    import sqlite3

    with sqlite3.connect(path) as conn:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    return row[0] if row else None


def checks(program: Path, work: Path) -> list[tuple[str, Callable[[], str]]]:
    """(name, check) pairs, in order; each check returns a short line about what it saw."""
    env = _env(work / "home")
    sample = work / "sample.db"
    version = contents.version()

    def version_check() -> str:
        out = _run(program, ["--version"], env, work).stdout
        if version not in out:
            raise SmokeFailure(f"--version said {out.strip()!r}, not {version}")
        return out.strip()

    def init_and_demo() -> str:
        _run(program, ["--db", str(sample), "init"], env, work)
        _run(program, ["--db", str(sample), "demo"], env, work)
        if not sample.is_file():
            raise SmokeFailure("init did not make the data file")
        return f"{sample.name}: {sample.stat().st_size:,} bytes"

    def letters() -> str:
        pdf = work / "letters.pdf"
        _run(program, ["--db", str(sample), "letters", "--due", "--out", str(pdf)], env, work)
        _is_pdf(pdf)
        return f"{pdf.name}: {pdf.stat().st_size:,} bytes"

    def report() -> str:
        pdf, csv = work / "report.pdf", work / "figures.csv"
        _run(program, ["--db", str(sample), "report", "--out", str(pdf), "--csv", str(csv)],
             env, work)
        _is_pdf(pdf)
        rows = csv.read_text(encoding="utf-8-sig").splitlines() if csv.is_file() else []
        if not rows or not rows[0].startswith("figure,value") or len(rows) < 13:
            raise SmokeFailure(f"figures.csv does not hold the figures: {rows[:3]}")
        return f"{pdf.name}: {pdf.stat().st_size:,} bytes; {csv.name}: {len(rows) - 1} figures"

    def upgrade() -> str:
        old = work / "old.db"
        _make_first_release_file(old)
        _run(program, ["--db", str(old), "init"], env, work)
        backups = list(work.glob("old.before-upgrade-*.db"))
        revision = _revision(old)
        if len(backups) != 1 or revision != _revision(sample):
            raise SmokeFailure(f"opening a first-release file: backups {backups}, "
                               f"version {revision}")
        return f"{backups[0].name} made, the file is now at version {revision}"

    def desktop(db: Path, expected: str, **extra: str) -> Callable[[], str]:
        def check() -> str:
            desk_env = dict(env, PARTAPP_SMOKE_EXIT=str(DESKTOP_SECONDS), **extra)
            out = _run(program, ["--db", str(db)], desk_env, work).stdout
            shown = [line for line in out.splitlines() if line.startswith("shown: ")]
            if not any(line.startswith(f"shown: {expected}") for line in shown):
                raise SmokeFailure(f"the desktop did not show the {expected}: {shown or out}")
            return "; ".join(shown)
        return check

    return [
        ("version", version_check),
        ("init and demo on a new data file", init_and_demo),
        ("letters --due", letters),
        ("report --out --csv", report),
        ("init on a first-release data file", upgrade),
        ("desktop on a new data file", desktop(work / "new.db", "WelcomeDialog")),
        ("desktop on the sample data", desktop(sample, "MainWindow")),
        # the app's own .qm files are in the bundle: the welcome speaks Welsh
        ("desktop in Welsh", desktop(work / "new.db", "WelcomeDialog: Croeso",
                                     PARTAPP_LANG="cy")),
    ]


def run_smoke(folder: Path | None = None) -> int:
    folder = folder or dist_dir()
    program = program_path(folder)
    if not program.is_file():
        print(f"No bundle at {program}: build it first with `python -m bundle`.")
        return 1
    print(f"Smoke test of {program} ({folder_size(folder) / 1_000_000:.0f} MB)")
    with tempfile.TemporaryDirectory(prefix="partapp-smoke-") as tmp:
        work = Path(tmp)
        for name, check in checks(program, work):
            started = time.monotonic()
            try:
                seen = check()
            except (SmokeFailure, subprocess.TimeoutExpired) as failure:
                print(f"FAILED  {name}: {failure}")
                return 1
            print(f"ok      {name} ({time.monotonic() - started:.1f} s): {seen}")
    print("The bundle works.")
    return 0
