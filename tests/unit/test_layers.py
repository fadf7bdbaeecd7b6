"""The core runs without a screen: models, services, reports and the CLI never import Qt."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "partapp"
CORE = [ROOT / "models", ROOT / "services", ROOT / "reports", ROOT / "migrations", ROOT / "cli.py"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def _core_files():
    for item in CORE:
        yield from ([item] if item.is_file() else sorted(item.rglob("*.py")))


def test_core_modules_never_import_qt():
    offenders = [str(f.relative_to(ROOT.parent)) for f in _core_files()
                 if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in _imports(f))]
    assert offenders == []


def test_models_do_not_import_services_or_ui():
    offenders = []
    for f in sorted((ROOT / "models").rglob("*.py")):
        for name in _imports(f):
            if "services" in name or "ui" in name.split(".") or "reports" in name:
                offenders.append(f"{f.name}: {name}")
    assert offenders == []


def test_services_do_not_import_the_ui():
    offenders = [str(f) for f in sorted((ROOT / "services").rglob("*.py"))
                 if any(n.startswith(("partapp.ui", "..ui", ".ui")) or n == "ui"
                        for n in _imports(f))]
    assert offenders == []


def test_importing_the_core_loads_no_qt():
    code = ("import sys, partapp.cli, partapp.services.database, partapp.services.figures, "
            "partapp.services.feedback, partapp.models;"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
