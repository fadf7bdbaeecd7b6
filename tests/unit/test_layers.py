"""Layers call downwards only, and the core runs without a screen.

Every import is resolved to the module it names: relative imports (``from ..ui import x``,
``from .. import ui``), absolute ones, and imports inside functions alike. Then:

    models     -> models
    migrations -> migrations, models
    services   -> services, models, migrations
    reports    -> reports, services, models
    cli        -> cli, reports, services, models (and partapp.ui.app, to open the desktop)
    ui         -> anything but cli

and nothing but ui imports Qt.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "partapp"
ALLOWED = {
    "models": {"models"},
    "migrations": {"migrations", "models"},
    "services": {"services", "models", "migrations"},
    "reports": {"reports", "services", "models"},
    "cli": {"cli", "reports", "services", "models"},
    "ui": {"ui", "reports", "services", "models", "migrations"},
}
CLI_MAY_OPEN = {"partapp.ui.app"}  # `partapp` with no command opens the desktop
QT = ("PySide6", "shiboken6")


def module_name(relative: str) -> str:
    """``partapp/services/x.py`` -> ``partapp.services.x``; a package's ``__init__`` is the package."""
    parts = relative.removesuffix(".py").split("/")
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(relative: str, source: str) -> set[str]:
    """Every module an import in ``source`` may load, written out in full."""
    name = module_name(relative)
    package = name.split(".") if relative.endswith("__init__.py") else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                stem = ".".join([*base, *([node.module] if node.module else [])])
            else:
                stem = node.module or ""
            found.add(stem)
            found.update(f"{stem}.{alias.name}" for alias in node.names)  # may be submodules
    return found


def layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "partapp" or len(parts) == 1:
        return None
    if parts[1] in ("cli", "cli_safety", "__main__"):
        return "cli"
    return parts[1] if parts[1] in ALLOWED else None


def violations(files: dict[str, str]) -> list[str]:
    """Each wrong-way or Qt import in ``files`` ({path under the repo: source})."""
    found = []
    for relative, source in sorted(files.items()):
        here = layer(module_name(relative))
        if here is None:
            continue
        for target in sorted(imported(relative, source)):
            if here != "ui" and target.split(".")[0] in QT:
                found.append(f"{relative}: {target} (Qt outside partapp/ui)")
                continue
            there = layer(target)
            if there is None or there in ALLOWED[here]:
                continue
            if here == "cli" and (target in CLI_MAY_OPEN
                                  or target.rpartition(".")[0] in CLI_MAY_OPEN):
                continue
            found.append(f"{relative}: {target} ({here} may not use {there})")
    return found


def _tree() -> dict[str, str]:
    return {str(f.relative_to(ROOT.parent)): f.read_text(encoding="utf-8")
            for f in sorted(ROOT.rglob("*.py"))}


def test_every_import_points_downwards():
    assert violations(_tree()) == []


def test_a_wrong_way_import_of_each_form_is_caught():
    planted = {
        "from ..ui import main_window": "partapp/services/planted.py",
        "from .. import ui": "partapp/services/planted.py",
        "from ..cli import main": "partapp/reports/planted.py",
        "import partapp.ui.app": "partapp/services/planted.py",
        "from partapp.reports import letters": "partapp/services/planted.py",
        "from ..services import people": "partapp/models/planted.py",
        "from ...ui.widgets import text": "partapp/services/sub/planted.py",
        "from .. import reports": "partapp/services/__init__.py",
        "def later():\n    from ..reports.annual import render\n": "partapp/services/planted.py",
        "def later():\n    from PySide6.QtCore import QObject\n": "partapp/reports/planted.py",
        "from ..ui.app import run_app": "partapp/reports/planted.py",
    }
    for source, path in planted.items():
        assert violations({path: source}), f"not caught: {source!r} in {path}"


def test_imports_that_point_downwards_pass():
    allowed = {
        "partapp/services/ok.py": "from ..models import Person\nfrom . import audit\n",
        "partapp/reports/ok.py": "from ..services.feedback import owed_people\n",
        "partapp/cli.py": "def run():\n    from .ui.app import run_app\n",
        "partapp/ui/ok.py": "from PySide6.QtCore import Qt\nfrom ..services import people\n",
    }
    assert violations(allowed) == []


def test_importing_the_core_loads_no_qt():
    code = ("import sys, partapp.cli, partapp.services.database, partapp.services.figures, "
            "partapp.services.feedback, partapp.models;"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
