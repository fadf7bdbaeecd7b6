"""Screenshots of every page and the main dialogs in one language, at 100% and 150% text.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/language_screens.py --lang cy --out /tmp/cy

The offscreen screen is made 1366 x 768 (a common laptop; --screen changes it), as dialogs size
themselves to the screen and Qt's offscreen default (800 x 600) squeezes them.

Uses a made-up data file (sample data) in a temporary folder. Besides the PNG files it prints:
- text that looks cut off: a label or button narrower or shorter than its own text needs;
- strings the screens asked for that the language's .ts file has no translation for (as
  "context | source"), which catches tr() calls lupdate cannot see (tr(variable));
- English left on screen: a label, button, list or table cell whose whole text is an English
  source the .ts translates differently (a core label shown without translations.label()).
  The organisation's own lists (groups, services, involvement levels) are its data, kept as
  typed, so they are not counted; nor are the language names on Settings, Language;
- shortcut letters (the & in a label, button or tab) used twice in one window.
Look at the pictures too: the check cannot see everything (e.g. text under another widget).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QTabBar,
    QTabWidget,
    QWidget,
)

ENGLISH: set[str] = set()
"""English sources whose translation differs (filled in by main): seen on screen = untranslated."""


class Recorder(QTranslator):
    """Installed last, so Qt asks it first: notes every lookup and leaves the answer to the rest."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):
        if source:
            self.asked.add((context or "", source))
        return None  # a null string: Qt asks the next translator (an empty one would win)

    def isEmpty(self) -> bool:
        return False


def known(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") != "unfinished":
                found.add((name, message.findtext("source") or ""))
    return found


def translated_sources(ts: Path) -> set[str]:
    found = set()
    for message in ET.parse(ts).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        text = (message.findtext("translation") or "").replace("&", "")
        if source and text and text != source and "{" not in source and "%" not in source:
            found.add(source)
    return found


def shown_texts(widget: QWidget) -> list[str]:
    """The whole texts on screen: labels, buttons, combo box items and table or list cells."""
    texts = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if not child.isVisibleTo(widget) and child is not widget:
            continue
        if type(child.parent()).__name__ == "LanguageTab":  # names in their own language
            continue
        if isinstance(child, (QLabel, QAbstractButton)):
            texts.append(child.text())
        elif isinstance(child, QComboBox):
            texts += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            model = child.model()
            root = child.rootIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # a list model: one column, its count is private in PySide
                columns = 1
            for row in range(min(model.rowCount(root), 40)):
                for column in range(columns):
                    value = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
                    if isinstance(value, str):
                        texts.append(value)
            for column in range(columns):
                value = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(value, str):
                    texts.append(value)
    return [t.replace("&", "").strip() for t in texts if t]


ENGLISH_WORDS = {"the", "and", "you", "your", "please", "is", "are", "not", "with", "this",
                 "to", "of", "was", "were", "has", "have", "will", "can"}


def looks_english(text: str) -> bool:
    """A sentence with three or more common English words (Welsh has almost none of them)."""
    words = re.findall(r"[a-z']+", text.lower())
    return sum(word in ENGLISH_WORDS for word in words) >= 3


def english_left(widget: QWidget) -> list[str]:
    """Known English labels anywhere, and English-looking sentences in labels and buttons (a
    message made by the core, which no .ts lists; tables hold people's own words, so not them)."""
    found = {f"English on screen: {t!r}" for t in shown_texts(widget) if t in ENGLISH}
    if ENGLISH:
        for child in [widget, *widget.findChildren(QWidget)]:
            if (child is widget or child.isVisibleTo(widget)) and isinstance(
                    child, (QLabel, QAbstractButton)) and looks_english(child.text()):
                found.add(f"English sentence on screen: {child.text()[:80]!r}")
    return sorted(found)


def _shortcut(text: str) -> str | None:
    match = re.search(r"&([^&\s])", text.replace("&&", ""))
    return match.group(1).lower() if match else None


def shortcut_clashes(widget: QWidget) -> list[str]:
    """Shortcut letters that more than one visible label, button or tab uses."""
    used: dict[str, list[str]] = {}
    for child in [widget, *widget.findChildren(QWidget)]:
        if child is not widget and not child.isVisibleTo(widget):
            continue
        texts = []
        if isinstance(child, (QLabel, QAbstractButton)) and not (
                isinstance(child, QLabel) and child.buddy() is None):
            texts.append(child.text())
        elif isinstance(child, QTabBar):
            texts += [child.tabText(i) for i in range(child.count())]
        for text in texts:
            letter = _shortcut(text)
            if letter:
                used.setdefault(letter, []).append(text.replace("&", ""))
    return [f"shortcut {letter!r} used by {', '.join(map(repr, names))}"
            for letter, names in sorted(used.items()) if len(names) > 1]


def cut_off(widget: QWidget) -> list[str]:
    """Visible labels and buttons whose text does not fit the room they were given."""
    problems = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget) or child.width() <= 1:
            continue
        text = ""
        if isinstance(child, QLabel) and child.text() and not child.pixmap():
            text = child.text()
            if child.wordWrap():
                need = child.heightForWidth(child.contentsRect().width())
                if need > child.contentsRect().height() + 2:
                    problems.append(f"wrapped label short by {need - child.height()}px: {text!r}")
                continue
            need_w = child.fontMetrics().boundingRect(
                child.contentsRect(), 0, text.replace("&", "")).width()
            if need_w > child.contentsRect().width() + 2 and "<" not in text:
                problems.append(f"label short by {need_w - child.width()}px: {text!r}")
        elif isinstance(child, QAbstractButton) and child.text():
            text = child.text()
            hint = child.sizeHint()
            if hint.width() > child.width() + 2:
                problems.append(f"button short by {hint.width() - child.width()}px: {text!r}")
    return problems


def shoot(widget: QWidget, name: str, out: Path, report: list[str]) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    for problem in cut_off(widget) + english_left(widget) + shortcut_clashes(widget):
        report.append(f"{name}: {problem}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--lang", default="cy")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--scale", type=float, action="append",
                        help="text size (1.0 = 100%%); may repeat; default 1.0 and 1.5")
    parser.add_argument("--screen", default="1366x768", help="the screen's size in pixels")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.screen.lower().split("x"))
    os.environ["PARTAPP_LANG"] = args.lang
    tmp = Path(tempfile.mkdtemp(prefix="partapp-screens-"))
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        screen = tmp / "screen.json"
        screen.write_text(json.dumps({"screens": [{
            "name": "screen", "x": 0, "y": 0, "width": width, "height": height,
            "logicalDpiX": 96, "logicalDpiY": 96, "dpr": 1}]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen}"

    from partapp.services.sample.demo import fill_demo
    from partapp.services.store.database import open_database
    from partapp.ui import translations
    from partapp.ui.app import make_application
    from partapp.ui.settings import AppSettings
    from partapp.ui.widgets.text import scaled_font

    app = make_application([])
    if args.lang != "en":
        ENGLISH.update(translated_sources(translations.HERE / f"partapp_{args.lang}.ts"))
    recorder = Recorder()
    app.installTranslator(recorder)
    db = open_database(str(tmp / "sample.db"))
    with db.session_scope() as session:
        fill_demo(session)
        ENGLISH.difference_update(_own_words(session))
    settings = AppSettings.for_file(str(tmp / "settings.ini"))
    base_font = app.font()
    report: list[str] = []
    for scale in args.scale or [1.0, 1.5]:
        app.setFont(scaled_font(base_font, scale))
        out = args.out / f"{round(scale * 100)}"
        out.mkdir(parents=True, exist_ok=True)
        _all_screens(db, settings, out, report, (width, height))
    found = known(translations.HERE / f"partapp_{args.lang}.ts")
    # PySide's self.tr() asks the object's class, then each base class in turn: a string is
    # missing only if no context it was asked in has it.
    answered = {source for context, source in recorder.asked if (context, source) in found}
    missing = sorted(m for m in recorder.asked if m[1] not in answered)
    own = [m for m in missing if not m[0].startswith("Q")]
    print(f"Screenshots in {args.out}")
    print(f"{len(report)} places where text may be cut off or left in English:")
    print("\n".join("  " + r for r in report))
    print(f"{len(own)} strings asked for with no {args.lang} translation:")
    print("\n".join(f"  {c} | {s!r}" for c, s in own))
    qt = [m for m in missing if m[0].startswith("Q")]
    print(f"({len(qt)} more asked of Qt's own contexts: {sorted({c for c, _ in qt})})")
    db.dispose()
    return 0


def _own_words(session) -> set[str]:
    """The organisation's own lists: data, shown as typed (see docs/translating.md)."""
    from sqlalchemy import select

    from partapp.models.lookups import Group, InvolvementLevel, Service

    words = set(session.scalars(select(Group.name))) | set(session.scalars(select(Service.name)))
    for level in session.scalars(select(InvolvementLevel)):
        words |= {level.label, level.description}
    return words


def _all_screens(db, settings, out: Path, report: list[str], screen: tuple[int, int]) -> None:
    from partapp.services.records.people import search_people
    from partapp.services.records.suggestions import get_suggestion
    from partapp.ui import errors
    from partapp.ui.context import AppContext
    from partapp.ui.dialogs.about_dialog import WhereIsMyDataDialog
    from partapp.ui.dialogs.activity_dialog import ActivityDialog
    from partapp.ui.dialogs.audit_viewer import AuditViewer
    from partapp.ui.dialogs.change_dialog import ChangeDialog
    from partapp.ui.dialogs.decision_dialog import DecisionDialog
    from partapp.ui.dialogs.new_person_dialog import NewPersonDialog
    from partapp.ui.dialogs.person_dialog import PersonDialog
    from partapp.ui.dialogs.privacy_dialogs import EraseDialog, ExportPersonDialog, RetentionDialog
    from partapp.ui.dialogs.suggestion_dialog import SuggestionDialog
    from partapp.ui.dialogs.welcome_dialog import WelcomeDialog
    from partapp.ui.main_window import MainWindow
    from partapp.ui.tasks import TaskRunner

    tasks = TaskRunner(synchronous=True)
    tasks.error_handler = errors.report_error
    context = AppContext(db, settings, tasks)
    window = MainWindow(context)
    window.resize(screen[0], screen[1] - 48)  # less the taskbar
    window.show()
    for key, page in window.pages.items():
        window.show_page(key)
        QApplication.processEvents()
        shoot(window, f"page-{key}", out, report)
        tabs = page.findChild(QTabWidget)
        if tabs is not None:
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                shoot(window, f"page-{key}-tab{index}", out, report)
            tabs.setCurrentIndex(0)
    for menu in window.menuBar().findChildren(type(window.menuBar().actions()[0].menu())):
        menu.adjustSize()
        menu.grab().save(str(out / f"menu-{menu.title().replace('&', '')}.png"))
    with db.session_scope() as session:
        person = search_people(session)[0]
        suggestion = get_suggestion(session, 1)
    dialogs = {
        "activity-new": lambda: ActivityDialog(context, parent=window),
        "suggestion-new": lambda: SuggestionDialog(context, parent=window),
        "decision": lambda: DecisionDialog(context, suggestion, parent=window),
        "change-new": lambda: ChangeDialog(context, parent=window),
        "person": lambda: PersonDialog(context, person.id, parent=window),
        "new-person": lambda: NewPersonDialog(context, "Nia Hughes", parent=window),
        "audit": lambda: AuditViewer(context, parent=window),
        "where-is-my-data": lambda: WhereIsMyDataDialog(context, parent=window),
        "export-person": lambda: ExportPersonDialog(context, person.id, parent=window),
        "erase-person": lambda: EraseDialog(context, person.id, parent=window),
        "retention": lambda: RetentionDialog(context, parent=window),
        "welcome": lambda: WelcomeDialog(str(out / "new.db"), settings, parent=window),
    }
    for name, make in dialogs.items():
        try:
            dialog = make()
        except Exception as error:  # noqa: BLE001 - a tool: say which one and go on
            report.append(f"{name}: could not open ({type(error).__name__}: {error})")
            continue
        shoot(dialog, f"dialog-{name}", out, report)
        for tabs in dialog.findChildren(QTabWidget):  # the person form's other tabs
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                shoot(dialog, f"dialog-{name}-tab{index}", out, report)
        if hasattr(dialog, "dirty"):
            dialog.dirty.reset()
        dialog.close()
        dialog.deleteLater()
    for page in window.pages.values():
        for dirty in (getattr(page, "dirty", None), getattr(getattr(page, "levels", None),
                                                            "dirty", None)):
            if dirty is not None:
                dirty.reset()
    window.close()
    window.deleteLater()
    QCoreApplication.processEvents()


if __name__ == "__main__":
    sys.exit(main())
