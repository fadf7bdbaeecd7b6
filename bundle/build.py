"""``python -m bundle``: build dist/ParticipationTracker/ with PyInstaller, then say its size."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import time
from pathlib import Path

from . import contents

SPEC = Path(__file__).resolve().parent / "partapp.spec"


def dist_dir(root: Path = contents.ROOT) -> Path:
    return root / "dist" / contents.NAME


def program_path(folder: Path | None = None) -> Path:
    """The built program: dist/ParticipationTracker/partapp (partapp.exe; in the .app on macOS)."""
    folder = folder or dist_dir()
    name = contents.PROGRAM + (".exe" if sys.platform == "win32" else "")
    return folder / name


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def ensure_pyinstaller() -> None:
    """Install the ``bundle`` extra (PyInstaller) into this environment if it is missing."""
    if importlib.util.find_spec("PyInstaller") is not None:
        return
    print('PyInstaller is not installed: installing the "bundle" extra ...', flush=True)
    subprocess.run([sys.executable, "-m", "pip", "install", "-e", f"{contents.ROOT}[bundle]"],
                   check=True)


def build(*, clean: bool = True) -> Path:
    ensure_pyinstaller()
    import PyInstaller.__main__

    started = time.monotonic()
    args = [str(SPEC), "--noconfirm", "--distpath", str(contents.ROOT / "dist"),
            "--workpath", str(contents.ROOT / "build" / "pyinstaller"), "--log-level", "WARN"]
    if clean:
        args.append("--clean")
    PyInstaller.__main__.run(args)
    folder = dist_dir()
    seconds = time.monotonic() - started
    size = folder_size(folder)
    print(f"Built {program_path(folder)} (version {contents.version()}) in {seconds:.0f} s; "
          f"the folder holds {size / 1_000_000:.0f} MB.")
    return folder
