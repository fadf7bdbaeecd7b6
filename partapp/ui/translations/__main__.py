"""Refresh the translation files: ``python -m partapp.ui.translations refresh``.

refresh      write labels.py, run pyside6-lupdate over partapp/ui into every partapp_*.ts,
             then pyside6-lrelease each .ts into the .qm the app loads
add CODE     start a new language (e.g. pl, ur, bn): partapp_CODE.ts, ready for Qt Linguist
check        say which .ts files have strings missing or unfinished (exit 1 if any)
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from . import HERE, PREFIX

UI = HERE.parent
CORE = UI.parent
LABELS = HERE / "labels.py"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: beside this Python first, then on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} was not found. Install PySide6-Essentials in this Python.")
    return found


def core_labels() -> list[str]:
    """Every fixed label the core hands to the screens: enum labels, audit labels, progress."""
    from ...models import enums
    from ...services.access import audit_log
    from ...services.feedback import communication_needs, template_text
    from ...services.records import status
    from ...services.sample import demo
    from ...services.store import backup, encryption
    from ..formatting import MONTH_NAMES

    found: list[str] = []

    def walk(value: object) -> None:
        if isinstance(value, str):
            if not re.fullmatch(r"[a-z0-9_]+", value):  # a label, not a stored code
                found.append(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, (tuple, list)):
            for item in value:
                walk(item)

    for name, value in vars(enums).items():
        if name.isupper() and isinstance(value, (dict, tuple)):
            walk(value)
    walk(enums.equality_options(next(iter(enums.EQUALITY_QUESTIONS))))
    found += list(audit_log.ACTION_LABELS.values()) + list(audit_log.ENTITY_LABELS.values())
    found += list(MONTH_NAMES) + list(template_text.ALL_FIELDS.values())
    found += [part.label for part in template_text.PARTS]
    found += list(communication_needs.LABELS) + list(status.STATUSES.values())
    found += list(demo.DEMO_STEPS)
    found += list(backup.KIND_LABELS.values()) + [encryption.LOST_PASSPHRASE_WARNING]
    for path in (CORE / "services" / "figures" / "report_data.py", CORE / "reports" / "annual.py"):
        found += re.findall(r'(?:step\(\d+|progress\(\d+, steps), "([^"]+)"\)', path.read_text())
    return sorted(set(found))


class NotALiteral(ValueError):
    """A said() whose template is not a string literal: the refresh cannot list it."""


LABELLED = {"required_text": 2, "optional_text": 2, "parse_date": 2, "not_in_future": 2,
            "choice": 3, "non_negative_decimal": 2, "non_negative_int": 2}
"""validation.py's helpers: where their ``label`` goes ("the date it was decided")."""


def _name(call: ast.Call) -> str:
    """``said`` for ``said(...)`` and ``words.said(...)``; a method called said is not one."""
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr if isinstance(func.value, ast.Name) and func.value.id == "words" \
            else ""
    return func.id if isinstance(func, ast.Name) else ""


def _literal(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


COMMAND_LINE = tuple(sorted(CORE.glob("cli*.py")))
"""The command line's modules: their printed summaries are said() and counted() too."""


def said_templates(roots: tuple[Path, ...] = (CORE / "services", CORE / "reports",
                                              *COMMAND_LINE)) -> list[str]:
    """Every ``said(...)`` template under ``roots`` (folders, or single files, found by AST), every ``term("...")``,
    ``counted()`` form, ``what="..."`` and label given to validation.py's helpers, sorted. A said() with a template that is not
    a string literal raises NotALiteral."""
    found: set[str] = set()
    wrong: list[str] = []
    for root in roots:
        for path in [root] if root.is_file() else sorted(root.rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                # what a file is, for the output files' messages: what="the report"
                found |= {str(_literal(k.value)) for k in node.keywords
                          if k.arg == "what" and _literal(k.value)}
                name = _name(node)
                first = node.args[0] if node.args else None
                if name == "said":
                    if _literal(first) is None:
                        shown = path.relative_to(CORE.parent) if path.is_relative_to(CORE) else path
                        wrong.append(f"{shown}:{node.lineno}")
                    else:
                        found.add(str(_literal(first)))
                elif name == "term" and _literal(first) is not None:
                    found.add(str(_literal(first)))
                elif name == "counted":  # counted(n, "{n} person", "{n} people")
                    found |= {str(_literal(a)) for a in node.args[1:3] if _literal(a)}
                elif name in LABELLED:
                    given = [k.value for k in node.keywords if k.arg == "label"]
                    label = given[0] if given else (node.args[LABELLED[name]]
                                                    if len(node.args) > LABELLED[name] else None)
                    if _literal(label) is not None:
                        found.add(str(_literal(label)))
    if wrong:
        raise NotALiteral("said() needs a string literal as its template: " + ", ".join(wrong))
    return sorted(found)


def write_labels(path: Path = LABELS) -> None:
    lines = ['"""Made by `python -m partapp.ui.translations refresh`: do not edit.',
             "",
             "The fixed labels the core (no Qt) hands to the screens, listed for pyside6-lupdate.",
             'The screens translate them with partapp.ui.translations.label()."""',
             "",
             "from __future__ import annotations",
             "",
             "from ..qt_types import QT_TRANSLATE_NOOP",
             "",
             "LABELS = ("]
    # json's quoting is a valid Python string in double quotes (apostrophes stay as they are)
    lines += [f'    QT_TRANSLATE_NOOP("labels", {json.dumps(text, ensure_ascii=False)}),'
              for text in core_labels()]
    # Qt asks this to set the window's direction: "LTR", or "RTL" for Urdu, Arabic...
    lines += ['    QT_TRANSLATE_NOOP("QGuiApplication", "QT_LAYOUT_DIRECTION"),']
    lines += [")", "", "# The services' messages (services/words.py), shown by translations.message()",
              "SERVICES = ("]
    lines += [f'    QT_TRANSLATE_NOOP("services", {json.dumps(text, ensure_ascii=False)}),'
              for text in said_templates()]
    lines += [")", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py"))


def language_of(ts: Path) -> str:
    return ts.stem.removeprefix(f"{PREFIX}_")


def extract(ts: Path, code: str, files: list[str] | None = None) -> None:
    """pyside6-lupdate the screens' strings (or ``files``') into ``ts`` (English: plurals only)."""
    args = [tool("pyside6-lupdate"), *(files or sources()), "-tr-function-alias", "tr+=_tr",
            "-no-obsolete", "-locations", "none", "-source-language", "en_GB",
            "-target-language", code, "-ts", str(ts)]
    if code == "en":
        args.insert(-2, "-pluralonly")
    subprocess.run(args, check=True, capture_output=True, text=True)


WORDS = CORE / "services" / "words_cy.py"


def write_words(ts: Path = HERE / f"{PREFIX}_cy.ts", path: Path = WORDS) -> None:
    """The services' Welsh from ``ts`` as a table the command line reads without Qt."""
    table: dict[str, str] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") not in ("services", "labels"):  # labels: outcomes put in
            continue
        for item in context.iter("message"):
            translation = item.find("translation")
            if translation is not None and translation.text and not translation.get("type"):
                table[item.findtext("source") or ""] = translation.text
    lines = ['"""Made by `python -m partapp.ui.translations refresh` from partapp_cy.ts: do not edit.',
             "",
             "The services' messages in Welsh for the command line (services/words.py).\"\"\"",
             "",
             "from __future__ import annotations",
             "",
             "WELSH: dict[str, str] = {"]
    lines += [f"    {json.dumps(k, ensure_ascii=False)}: {json.dumps(v, ensure_ascii=False)},"
              for k, v in sorted(table.items())]
    lines += ["}", ""]
    path.write_text("\n".join(lines), encoding="utf-8")


def compile_all() -> None:
    for ts in sorted(HERE.glob("*.ts")):
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm",
                        str(ts.with_suffix(".qm"))], check=True)


def unfinished(ts: Path) -> list[str]:
    """Sources with no finished translation (every plural form filled in) in ``ts``."""
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [] if translation is None else (
            [f.text for f in translation.findall("numerusform")] or [translation.text])
        if translation is None or translation.get("type") in ("unfinished", "vanished",
                                                              "obsolete") \
                or not forms or not all(forms):
            missing.append(message.findtext("source") or "")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m partapp.ui.translations")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("refresh", help="update every .ts from the code and compile the .qm files")
    add = sub.add_parser("add", help="start a new language")
    add.add_argument("code", help="the language code, e.g. pl, ur, bn")
    sub.add_parser("check", help="list strings that are missing or unfinished")
    args = parser.parse_args(argv)
    if args.command == "add":
        ts = HERE / f"{PREFIX}_{args.code}.ts"
        if ts.exists():
            print(f"{ts.name} is there already: run refresh.")
            return 1
        write_labels()
        extract(ts, args.code)
        print(f"Made {ts}. Translate it with pyside6-linguist, then run refresh.")
        return 0
    if args.command == "refresh":
        write_labels()
        for ts in HERE.glob(f"{PREFIX}_*.ts"):
            extract(ts, language_of(ts))
        compile_all()
        write_words()
    status = 0
    for ts in sorted(HERE.glob(f"{PREFIX}_*.ts")):
        left = unfinished(ts)
        print(f"{ts.name}: {len(left)} unfinished")
        status = status or (1 if left and args.command == "check" else 0)
    return status


if __name__ == "__main__":
    raise SystemExit(main())
