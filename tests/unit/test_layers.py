"""Layers call downwards only, and the core runs without a screen.

Every import is resolved to the module it names: relative imports (``from ..ui import x``,
``from .. import ui``), absolute ones, and imports inside functions alike. Then:

    models     -> models
    migrations -> migrations, models
    services   -> services, models, migrations
    reports    -> reports, services, models
    cli        -> cli, reports, services, models (and partapp.ui.app, to open the desktop)
    ui         -> anything but cli

and nothing but ui imports Qt. Inside services/, the rooms (store/, records/, feedback/, ...)
use each other without a cycle, and the shared modules beside them (errors, validation, ...)
use no room. No module anywhere imports one that imports it back.
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


def imported(relative: str, source: str, modules: set[str] | None = None) -> set[str]:
    """Every module an import in ``source`` may load, written out in full.

    With ``modules`` (every module there is), only what runs: imports under
    ``if TYPE_CHECKING:`` are left out, and ``from pkg import mod`` names the module ``mod``,
    not the package as well.
    """
    name = module_name(relative)
    package = name.split(".") if relative.endswith("__init__.py") else name.split(".")[:-1]
    tree = ast.parse(source)
    typing_only = {id(inner) for node in ast.walk(tree)
                   if modules is not None and isinstance(node, ast.If)
                   and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING"
                   for part in node.body for inner in ast.walk(part)}
    found: set[str] = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1]
                stem = ".".join([*base, *([node.module] if node.module else [])])
            else:
                stem = node.module or ""
            named = {f"{stem}.{alias.name}" for alias in node.names}  # may be submodules
            if modules is None:
                found |= {stem, *named}
            else:
                submodules = named & modules
                found |= submodules if len(submodules) == len(named) else {stem, *submodules}
    return found if modules is None else (found & modules) - {name}


def layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "partapp" or len(parts) == 1:
        return None
    if parts[1] in ("cli", "__main__") or parts[1].startswith("cli_"):
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
        "from .ui.pages import people": "partapp/cli_people.py",  # every cli_*.py is the cli
    }
    for source, path in planted.items():
        assert violations({path: source}), f"not caught: {source!r} in {path}"


def test_imports_that_point_downwards_pass():
    allowed = {
        "partapp/services/ok.py": "from ..models import Person\nfrom . import audit\n",
        "partapp/reports/ok.py": "from ..services.feedback.owed import owed_people\n",
        "partapp/cli.py": "def run():\n    from .ui.app import run_app\n",
        "partapp/ui/ok.py": "from PySide6.QtCore import Qt\nfrom ..services import people\n",
    }
    assert violations(allowed) == []


def test_importing_the_core_loads_no_qt():
    code = ("import sys, partapp.cli, partapp.services.store.database, partapp.services.figures.period, "
            "partapp.services.feedback.owed, partapp.models;"
            "print(any(m.startswith('PySide6') for m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


ROOMS = ("files", "access", "store", "records", "feedback", "browse", "figures", "importing",
         "privacy", "sample")


def room(module: str) -> str | None:
    """``partapp.services.records.people`` -> ``records``; a shared module of services -> ``""``."""
    parts = module.split(".")
    if parts[:2] != ["partapp", "services"]:
        return None
    return parts[2] if len(parts) > 2 and parts[2] in ROOMS else ""


def room_arrows(files: dict[str, str]) -> dict[str, set[str]]:
    """Which rooms of services/ each room imports from (imports inside functions included)."""
    arrows: dict[str, set[str]] = {}
    for relative, source in files.items():
        here = room(module_name(relative))
        if here is None:
            continue
        for target in imported(relative, source):
            there = room(target)
            if there is not None and there != here:
                arrows.setdefault(here, set()).add(there)
    return arrows


def cycles_from(start: str, trail: list[str], arrows: dict[str, set[str]]) -> list[str]:
    """Every cycle back to ``start`` along ``trail``, each found once from its first room."""
    found = []
    for nxt in sorted(arrows.get(trail[-1], ())):
        if nxt == start:
            found.append("cycle: " + " -> ".join([*trail, start]))
        elif nxt not in trail and nxt > start:
            found += cycles_from(start, [*trail, nxt], arrows)
    return found


def room_problems(files: dict[str, str]) -> list[str]:
    """A shared module using a room, or a cycle between rooms, each written out."""
    arrows = room_arrows(files)
    found = [f"services/ shared modules may not use the {there} room"
             for there in sorted(arrows.get("", set()) - {""})]
    for start in sorted(arrows):
        found += cycles_from(start, [start], arrows)
    return found


def test_the_rooms_of_services_have_no_cycles():
    assert room_problems(_tree()) == []


def test_a_cycle_between_rooms_is_caught_even_inside_a_function():
    planted = {
        "partapp/services/store/a.py": "from ..access import audit\n",
        "partapp/services/access/b.py": "def later():\n    from ..store.database import Database\n",
    }
    assert room_problems(planted) == ["cycle: access -> store -> access"]
    shared = {"partapp/services/errors.py": "from .records.people import save_person\n"}
    assert room_problems(shared) == ["services/ shared modules may not use the records room"]


def test_each_room_uses_only_the_rooms_before_it():
    """The order of ROOMS is the order docs/design.md gives, bottom up."""
    order = ["", *ROOMS]
    wrong = [f"{here or 'shared'} -> {there}"
             for here, theirs in room_arrows(_tree()).items() for there in theirs
             if order.index(there) >= order.index(here)]
    assert wrong == []


def module_cycles(files: dict[str, str]) -> list[list[str]]:
    """Every group of modules that import each other, round and round (Tarjan's algorithm)."""
    modules = {module_name(relative) for relative in files}
    arrows = {module_name(r): imported(r, s, modules) for r, s in files.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(arrows[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = [stack.pop()]
            while group[-1] != node:
                group.append(stack.pop())
            if len(group) > 1:
                cycles.append(sorted(group))

    for node in sorted(arrows):
        if node not in index:
            visit(node)
    return cycles


def test_no_module_imports_one_that_imports_it_back():
    assert module_cycles(_tree()) == []


def test_a_cycle_between_modules_is_caught_even_inside_a_function():
    planted = {
        "partapp/services/store/a.py": "from . import b\n",
        "partapp/services/store/b.py": "def later():\n    from .a import thing\n",
        "partapp/services/store/c.py": "from typing import TYPE_CHECKING\n"
                                       "if TYPE_CHECKING:\n    from .a import thing\n",
    }
    assert module_cycles(planted) == [["partapp.services.store.a", "partapp.services.store.b"]]
