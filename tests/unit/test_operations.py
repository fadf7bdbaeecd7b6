"""What a save changed is said by the service that saved it, not guessed by the screen.

Every service function that writes is marked ``@operation(Changed...)``; the desktop runs it
through ``AppContext.apply`` (or, for a background task, announces its result with
``AppContext.announce``), which tells every screen the operation's own set of changes.
"""

from __future__ import annotations

import ast
import importlib
import importlib.util
import inspect
from pathlib import Path

import pytest

from partapp.services.changed import Changed, changes_of, operation

ROOT = Path(__file__).resolve().parents[2] / "partapp"
UI = ROOT / "ui"

# The only places a screen names the kinds itself: no operation saved anything there.
OWN_ANNOUNCEMENTS = {
    ("ui/context.py", "announce"),
    ("ui/context.py", "set_database"),
    ("ui/main_window.py", "after_welcome"),  # the welcome window chose a file (and sample data)
    ("ui/main_window.py", "_build_menus"),  # Go > Refresh
    ("ui/dialogs/base.py", "reload"),  # someone else saved the record: show theirs
    ("ui/widgets/office_chooser.py", "_chosen"),  # other offices shown: nothing was saved
}


def _module_name(path: Path) -> str:
    return ".".join(("partapp", *path.relative_to(ROOT).with_suffix("").parts))


def _functions(tree: ast.AST):
    """(function name, node) for every function, each node once under its nearest function."""
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            yield node.name, node


def _is_operation(obj: object) -> bool:
    return callable(obj) and isinstance(getattr(obj, "changes", None), frozenset)


def _called_name(call: ast.Call) -> str | None:
    if isinstance(call.func, ast.Name):
        return call.func.id
    if isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name):
        return f"{call.func.value.id}.{call.func.attr}"
    return None


def _resolve(module, dotted: str, local: dict[str, object]):
    """What a called name is: a module attribute, or a name imported inside a function."""
    head, _, rest = dotted.partition(".")
    obj = getattr(module, head, None)
    if obj is None:
        obj = local.get(head)
    for part in rest.split(".") if rest else ():
        obj = getattr(obj, part, None)
    return obj


def _local_imports(module, tree: ast.AST) -> dict[str, object]:
    """Names imported inside functions (``from ..services.x import op``), resolved."""
    found: dict[str, object] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level:
            name = importlib.util.resolve_name("." * node.level + (node.module or ""),
                                               module.__name__.rpartition(".")[0])
            if not name.startswith(("partapp.services", "partapp.reports")):
                continue  # operations live there; importing a ui module could shadow a name
            base = importlib.import_module(name)
            for alias in node.names:
                found[alias.asname or alias.name] = getattr(base, alias.name, None)
    return found


def _announced(tree: ast.AST) -> set[str]:
    """Operations a module announces itself after a background task (``announce(op, ...)``)."""
    return {ast.unparse(node.args[0]) for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr == "announce" and node.args}


# Before the main window exists nothing is on screen to refresh: the welcome window saves the
# organisation's details into the new file, and after_welcome announces everything.
NO_SCREENS_YET = {"ui/dialogs/welcome_dialog.py"}


def _ui_modules():
    for path in sorted(UI.rglob("*.py")):
        # The translations' labels.py is only for lupdate: importing it would put the module in
        # place of the package's labels() function.
        if path.parent.name != "translations":
            yield path, ast.parse(path.read_text(encoding="utf-8"))


def test_screens_do_not_guess_what_changed():
    """``context.changed(...)`` appears only where no operation saved anything."""
    found = []
    for path, tree in _ui_modules():
        rel = str(path.relative_to(ROOT))
        for name, func in _functions(tree):
            for node in ast.walk(func):
                if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
                        and node.func.attr == "changed" and (rel, name) not in OWN_ANNOUNCEMENTS:
                    target = ast.unparse(node.func.value)
                    if target.endswith("context"):
                        found.append(f"{rel}:{node.lineno} in {name}()")
    assert found == [], "announce what the operation changed instead (context.apply / announce)"


def test_operations_are_run_through_apply():
    """No screen calls a marking operation by hand inside its own session: it would then have to
    say itself what changed."""
    found = []
    for path, tree in _ui_modules():
        if str(path.relative_to(ROOT)) in NO_SCREENS_YET:
            continue
        module = importlib.import_module(_module_name(path))
        local, announced = _local_imports(module, tree), _announced(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.With):
                continue
            if not any("session_scope" in ast.unparse(item.context_expr) for item in node.items):
                continue
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call):
                    name = _called_name(inner)
                    if name and name not in announced \
                            and _is_operation(_resolve(module, name, local)):
                        found.append(f"{path.relative_to(ROOT)}:{inner.lineno} {name}()")
    assert found == []


# Functions that write only an audit line about something read (nothing any screen lists).
AUDIT_ONLY = {"access/audit_log.py:export_csv", "feedback/letters.py:record_printed"}


def test_every_service_that_writes_is_an_operation():
    """A public service function that audits a write is marked with what it changes."""
    unmarked = []
    for path in sorted((ROOT / "services").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        if "audit.record(" not in text:
            continue
        module = importlib.import_module(_module_name(path))
        tree = ast.parse(text)
        for node in tree.body:
            if not isinstance(node, ast.FunctionDef) or node.name.startswith("_"):
                continue
            writes = any(isinstance(n, ast.Call) and ast.unparse(n.func) == "audit.record"
                         for n in ast.walk(node))
            key = f"{path.relative_to(ROOT / 'services')}:{node.name}"
            if writes and key not in AUDIT_ONLY and not _is_operation(getattr(module, node.name)):
                unmarked.append(f"{path.relative_to(ROOT)}:{node.lineno} {node.name}")
    assert unmarked == []


def test_marked_kinds_are_real():
    with pytest.raises(TypeError):
        operation()
    with pytest.raises(TypeError):
        operation("person")  # type: ignore[arg-type]


def test_a_result_that_knows_better_wins():
    from partapp.services.records.recording import RecordedActivity, record_activity

    assert changes_of(record_activity) == {Changed.ACTIVITY, Changed.SUGGESTION}
    alone = RecordedActivity(activity=None, suggestion_ids=())  # type: ignore[arg-type]
    assert changes_of(record_activity, alone) == {Changed.ACTIVITY}
    with pytest.raises(TypeError):
        changes_of(inspect.getdoc)
