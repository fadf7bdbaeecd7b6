"""Everything in resources/ ships in a wheel (pyproject's data-files cover every file)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_resource_file_is_packaged():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = [p for globs in config["tool"]["setuptools"]["data-files"].values() for p in globs]
    files = [f.relative_to(ROOT).as_posix() for f in (ROOT / "resources").rglob("*") if f.is_file()]
    assert files, "resources/ should not be empty"
    unpackaged = [f for f in files
                  if not any(fnmatch.fnmatch(f, p) and f.count("/") == p.count("/")
                             for p in patterns)]
    assert unpackaged == [], "add these folders to [tool.setuptools.data-files]"


def test_fonts_ship_with_their_licence():
    fonts = ROOT / "resources" / "fonts"
    assert list(fonts.glob("*.ttf"))
    assert list(fonts.glob("*LICENSE*")) or list(fonts.glob("*LICENCE*"))


def test_no_build_scripts_ship_with_the_resources():
    # resources/ is installed with the app; tools that make its files live in tools/.
    root = Path(__file__).resolve().parents[2] / "resources"
    assert sorted(str(p.relative_to(root)) for p in root.rglob("*.py")) == []
