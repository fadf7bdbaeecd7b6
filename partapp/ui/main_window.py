"""The main window: navigation on the left, one page at a time on the right, menus, status bar.

Pages are built the first time they are shown (or asked for), not all at start: the window
paints sooner, and what only one page uses (reportlab for the letters, say) is not loaded
before someone goes there. ``PAGES`` lists them, in the order of the sections list and of
Ctrl+1..Ctrl+8; ``window.pages`` builds a page when it is first looked up.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from .. import APP_NAME
from ..services.access import permissions
from ..services.changed import Changed
from ..services.collector import keep_start_up_objects
from ..services.feedback.plain_english import warm_up_in_background
from . import contrast, messages, text_size
from .context import AppContext
from .dialogs.privacy_menu import PrivacyActions
from .file_actions import FileActions
from .pages.base import Page
from .qt_types import application
from .undo_menu import UndoActions
from .widgets.forms import set_name
from .widgets.office_chooser import add_office_chooser

if TYPE_CHECKING:
    from .pages.activities import ActivitiesPage
    from .pages.home import HomePage
    from .pages.people import PeoplePage
    from .pages.suggestions import SuggestionsPage


@dataclass(frozen=True)
class PageSpec:
    """A page, known before it is built: its key, its class (in partapp.ui.pages.MODULE, whose
    name is also the title's translation context) and its title, as the class has them
    (tests/ui/test_lazy_pages.py checks they agree)."""

    key: str
    module: str
    class_name: str
    title: str

    def title_text(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def page_class(self) -> type[Page]:
        module = importlib.import_module(f"{__package__}.pages.{self.module}")
        return cast(type[Page], getattr(module, self.class_name))


PAGES: tuple[PageSpec, ...] = (
    PageSpec("home", "home", "HomePage", "Home"),
    PageSpec("people", "people", "PeoplePage", "People"),
    PageSpec("activities", "activities", "ActivitiesPage", "Activities"),
    PageSpec("suggestions", "suggestions", "SuggestionsPage", "Suggestions"),
    PageSpec("changes", "changes", "ChangesPage", "Changes"),
    PageSpec("letters", "letters", "LettersPage", "Letters"),
    PageSpec("reports", "reports", "ReportsPage", "Reports"),
    PageSpec("settings", "settings", "SettingsPage", "Settings"),
)


class Pages(Mapping[str, Page]):
    """The window's pages by key, each built the first time it is looked up (``build`` makes
    it and puts it in the window). ``in``, ``len`` and the keys build nothing; ``values()``
    builds them all."""

    def __init__(self, build: Callable[[PageSpec], Page]) -> None:
        self._specs = {spec.key: spec for spec in PAGES}
        self._built: dict[str, Page] = {}
        self._build = build

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._built[key] = self._build(self._specs[key])
        return page

    def __iter__(self) -> Iterator[str]:
        return iter(self._specs)

    def __len__(self) -> int:
        return len(self._specs)

    def built(self) -> list[Page]:
        """The pages built so far, in the sections' order."""
        return [self._built[key] for key in self._specs if key in self._built]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(APP_NAME)
        self.setAccessibleName(APP_NAME)
        context.tasks.set_parent_widget(self)
        self.pages = Pages(self._build_page)
        self.nav = QListWidget()
        set_name(self.nav, self.tr("Sections"),
                 self.tr("Use the arrow keys to choose a section."))
        self.stack = QStackedWidget()  # only the pages built so far
        for number, spec in enumerate(PAGES, start=1):
            item = QListWidgetItem(spec.title_text())
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setToolTip(self.tr("Ctrl+{n}").format(n=number))
            self.nav.addItem(item)
        width = max(self.nav.fontMetrics().horizontalAdvance(spec.title_text())
                    for spec in PAGES)
        self.nav.setFixedWidth(width + 6 * self.nav.fontMetrics().averageCharWidth())
        self.nav.currentRowChanged.connect(self._nav_changed)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.db_label = QLabel()
        self.db_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.db_label, 1)
        self.files = FileActions(context, self)
        self.privacy = PrivacyActions(context, self)
        self.undo = UndoActions(context, self)
        # Set by Startup: work to do before the window closes (the automatic backup); it gets a
        # function to call when finished.
        self.before_close: Callable[[Callable[[], None]], None] | None = None
        self._build_menus()
        self.office_chooser = add_office_chooser(self, context)  # shown with 2+ offices
        context.database_changed.connect(self._show_database)
        context.tasks.busy_changed.connect(self._busy)
        self._show_database()
        self._restore()
        keep_start_up_objects()
        # The plain English check's word lists load on a thread of their own once the window
        # is up, so the first check while typing does not wait about a second for them.
        QTimer.singleShot(2000, warm_up_in_background)

    # Pages -------------------------------------------------------------------------------
    def page(self, key: str) -> Page:
        return self.pages[key]

    def _build_page(self, spec: PageSpec) -> Page:
        """Make a page the first time it is needed and put it in the window."""
        page = spec.page_class()(self.context)
        self.stack.addWidget(page)
        if spec.key == "home":
            home = cast("HomePage", page)
            home.open_requested.connect(lambda key, filters: self.show_page(key, **filters))
            home.action_requested.connect(self.run_action)
        return page

    @property
    def current_page(self) -> Page:
        return self.stack.currentWidget()  # type: ignore[return-value]

    def _row_shown(self) -> int:
        """The sections list's row of the page on show."""
        return list(self.pages).index(self.current_page.key)

    def show_page(self, key: str, **filters) -> bool:
        """Go to a page (asking first if the page being left has unsaved edits)."""
        keys = list(self.pages)
        if key not in self.pages:
            return False
        if self.nav.currentRow() != keys.index(key):
            self.nav.setCurrentRow(keys.index(key))
            if self.current_page.key != key:  # the user chose to stay
                return False
        if filters:
            self.pages[key].open_with(**filters)
        return True

    def _nav_changed(self, row: int) -> None:
        leaving = self.current_page
        if leaving is not None and row != self._row_shown() and not self._may_leave(leaving):
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(self._row_shown())
            self.nav.blockSignals(False)
            return
        self.stack.setCurrentWidget(self.pages[PAGES[row].key])
        self.statusBar().showMessage(self.current_page.title_text(), 2000)

    def _may_leave(self, page: Page) -> bool:
        if not page.has_unsaved_changes():
            return True
        answer = messages.ask_unsaved(self, self.tr("You changed things on the {page} page and "
                                                    "have not saved them. Save them now?")
                                      .format(page=page.title_text()))
        if answer is messages.Unsaved.SAVE:
            return page.save_changes()
        if answer is messages.Unsaved.DISCARD:
            page.discard_changes()
            return True
        return False

    def run_action(self, action: str) -> None:
        """Open a "record" form from anywhere (menus, Home page, shortcuts)."""
        wanted = {"record_activity": "activities", "record_suggestion": "suggestions",
                  "add_person": "people"}.get(action)
        if wanted is None or not self.show_page(wanted):
            return
        page = self.pages[wanted]
        if wanted == "people":
            cast("PeoplePage", page).add_new()
        else:
            cast("ActivitiesPage | SuggestionsPage", page).record_new()

    def show_guide(self) -> None:
        """F1: the guide, at the topic for the page you are on."""
        from .help import PAGE_TOPICS, show_help

        show_help(self, PAGE_TOPICS.get(self.current_page.key, "start"))

    def add_on_page(self) -> None:
        """Ctrl+N: a new record of the kind the page lists."""
        if not self.current_page.add_on_page():
            self.statusBar().showMessage(self.tr(
                "There is nothing to add on this page. Use the Record menu."), 8000)

    def print_page(self) -> None:
        """Ctrl+P: print the letters or the report shown."""
        if not self.current_page.print_page():
            self.statusBar().showMessage(self.tr(
                "There is nothing to print here. Choose letters, or make the report, first."),
                8000)

    def close_forms_before_switch(self) -> bool:
        """Before another data file is opened: unsaved edits are saved or let go, by choice."""
        return self._may_leave(self.current_page)

    def after_welcome(self, dialog) -> None:
        if dialog.result() == dialog.DialogCode.Accepted and dialog.wants_sample:
            from .sample_data import fill_sample_data

            fill_sample_data(self.context, self)
        self.context.changed(Changed.ALL)

    # Menus -------------------------------------------------------------------------------
    def _action(self, menu, text: str, slot,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        files, bar = self.files, self.menuBar()
        menu = bar.addMenu(self.tr("&File"))
        self._action(menu, self.tr("&New data file\u2026"), files.new_file,
                     "Ctrl+Shift+N", self.tr("Start a new, empty data file"))
        self._action(menu, self.tr("&Open data file\u2026"), files.open_file,
                     QKeySequence.StandardKey.Open, self.tr("Open another data file"))
        menu.addSeparator()
        self.backup_action = self._action(menu, self.tr("&Back up now\u2026"), files.backup,
                                          "Ctrl+Shift+B", self.tr("Save a copy of everything"))
        self.restore_action = self._action(menu, self.tr("&Restore from a backup\u2026"),
                                           files.restore)
        menu.addSeparator()
        self._action(menu, self.tr("&Import from a spreadsheet\u2026"), files.import_files,
                     "Ctrl+I", self.tr("Add people and suggestions from CSV or Excel files"))
        self._action(menu, self.tr("&Export empty import templates\u2026"),
                     files.export_templates)
        menu.addSeparator()
        self._action(menu, self.tr("&Print\u2026"), self.print_page, QKeySequence.StandardKey.Print,
                     self.tr("Print the letters or the report on this page"))
        menu.addSeparator()
        self._action(menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.undo.add_menu(bar)

        record = bar.addMenu(self.tr("&Record"))
        self._action(record, self.tr("&New on this page\u2026"), self.add_on_page,
                     QKeySequence.StandardKey.New,
                     self.tr("Add a person, an activity, a suggestion or a change, as the page "
                             "you are on lists"))
        record.addSeparator()
        self._action(record, self.tr("Record an &activity\u2026"),
                     lambda: self.run_action("record_activity"), "Ctrl+Shift+A")
        self._action(record, self.tr("Record a &suggestion\u2026"),
                     lambda: self.run_action("record_suggestion"), "Ctrl+Shift+S")
        self._action(record, self.tr("Add a &person\u2026"),
                     lambda: self.run_action("add_person"), "Ctrl+Shift+P")

        go = bar.addMenu(self.tr("&Go"))
        for number, spec in enumerate(PAGES, start=1):
            self._action(go, spec.title_text(),
                         lambda _=False, k=spec.key: self.show_page(k), f"Ctrl+{number}")
        go.addSeparator()
        self._action(go, self.tr("&Search this page"), lambda: self.current_page.focus_search(),
                     QKeySequence.StandardKey.Find)
        self._action(go, self.tr("&Refresh"), lambda: self.context.changed(Changed.ALL),
                     QKeySequence.StandardKey.Refresh)

        view = bar.addMenu(self.tr("&View"))
        self._action(view, self.tr("&Bigger text"), lambda: self.change_text_size(1),
                     QKeySequence.StandardKey.ZoomIn, self.tr("Make all the text bigger"))
        self._action(view, self.tr("&Smaller text"), lambda: self.change_text_size(-1),
                     QKeySequence.StandardKey.ZoomOut, self.tr("Make all the text smaller"))
        self._action(view, self.tr("&Normal text size"), lambda: self.change_text_size(0),
                     "Ctrl+0", self.tr("Text the size the computer is set to"))
        view.addSeparator()
        self.high_contrast_action = self._action(
            view, self.tr("&High contrast"), self.set_high_contrast,
            tip=self.tr("Black and white, with strong colours for what is chosen"))
        self.high_contrast_action.setCheckable(True)
        self.high_contrast_action.setChecked(contrast.is_on(application()))
        view.aboutToShow.connect(  # the computer's own setting may have changed it
            lambda: self.high_contrast_action.setChecked(contrast.is_on(application())))

        self.privacy.add_menu(bar)

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&Guide"), self.show_guide,
                     QKeySequence.StandardKey.HelpContents,
                     self.tr("How to use the app, in short topics"))
        self._action(help_menu, self.tr("&Where is my data?"), files.where_is_my_data)
        self._action(help_menu, self.tr("&About Participation Tracker"), files.about)

    def change_text_size(self, by: int) -> None:
        """``by`` steps bigger or smaller; 0 goes back to the computer's own size."""
        settings = self.context.settings
        wanted = text_size.DEFAULT if by == 0 else text_size.step(settings.text_percent, by)
        settings.text_percent = text_size.apply(application(), wanted)
        self.statusBar().showMessage(self.tr("Text size: {percent}%").format(
            percent=settings.text_percent), 5000)

    def set_high_contrast(self, on: bool) -> None:
        """Turn high contrast on or off for the whole app, and remember the choice."""
        self.context.settings.high_contrast = contrast.ON if on else contrast.OFF
        contrast.apply(application(), on)
        self.high_contrast_action.setChecked(on)
        self.statusBar().showMessage(self.tr("High contrast is on.") if on
                                     else self.tr("High contrast is off."), 5000)

    # Window state ------------------------------------------------------------------------
    def _show_database(self) -> None:
        name = self.context.db.display_name
        text = self.tr("Data file: {name}").format(name=name)
        user = getattr(self.context.db, "user", None)
        if user is not None:
            text += self.tr(" \u2014 signed in as {who}").format(who=user.display_name)
        self.db_label.setText(text)
        self.db_label.setAccessibleName(self.db_label.text())
        path = self.context.db.path  # the title bar has little room: the file's name only
        self.setWindowTitle(f"{path.name if path is not None else name} \u2014 {APP_NAME}")
        is_file = self.context.db.path is not None
        self.backup_action.setEnabled(is_file and permissions.allows(user, "backup"))
        self.restore_action.setEnabled(is_file and permissions.allows(user, "restore"))

    def _busy(self, busy: bool) -> None:
        central = self.centralWidget()
        if central is not None:
            central.setEnabled(not busy)
        self.menuBar().setEnabled(not busy)

    def _restore(self) -> None:
        settings = self.context.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray(settings.window_geometry))
        else:
            font = self.fontMetrics()
            size = QSize(font.averageCharWidth() * 170, font.height() * 48)
            screen = self.screen()
            if screen is not None:
                size = size.boundedTo(screen.availableGeometry().size() * 0.92)
            self.resize(size)
        keys = list(self.pages)
        last = settings.last_page
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._may_leave(self.current_page):
            event.ignore()
            return
        if self.before_close is not None:
            hook, self.before_close = self.before_close, None
            state = {"running": True, "finished": False}

            def finished() -> None:
                state["finished"] = True
                if not state["running"]:  # it finished later, in the background
                    self.close()

            hook(finished)
            state["running"] = False
            if not state["finished"]:
                event.ignore()
                return
        settings = self.context.settings
        settings.window_geometry = bytes(self.saveGeometry().data())
        settings.last_page = self.current_page.key
        settings.sync()
        super().closeEvent(event)
