"""Which office's work the window shows: "Showing: <office>" or "All offices", at the top of
the main window, only once the organisation has two offices or more.

The choices are those the user may see (services/access/office_scope.py); choosing one sets
the offices every session reads (``Database.offices``, services/office_filter.py) and tells
every page to refresh. Ctrl+Shift+O opens the list from anywhere in the window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QMainWindow, QToolBar, QWidget

from ...services.access.office_scope import allowed_offices, choose_offices
from ...services.changed import Changed
from ...services.errors import PartappError
from ...services.office_filter import Offices
from ...services.records.offices import OfficeDetails, has_offices, list_offices
from .. import messages, translations
from ..context import AppContext
from .choices import combo, select
from .forms import set_name

SHORTCUT = "Ctrl+Shift+O"


def office_name(office: OfficeDetails) -> str:
    """The office's name in the language on screen (its Welsh name when it has one)."""
    if translations.current() == "cy" and office.name_cy:
        return office.name_cy
    return office.name


def _key(offices: Offices) -> str:
    """A choice's data: "" for every office, else the ids ("1,3")."""
    return "" if offices is None else ",".join(str(i) for i in sorted(offices))


def _offices(key: str) -> list[int] | None:
    return None if not key else [int(part) for part in key.split(",")]


class OfficeChooser(QWidget):
    """The label and the list of choices (each choice's data is ``_key`` of its offices)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.bar: QWidget | None = None  # what is shown or hidden with the chooser
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        self.label = QLabel(self.tr("Showing:"))
        self.box = QComboBox()
        self.box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.label.setBuddy(self.box)
        set_name(self.box, self.tr("Which office's work is shown"))
        self.box.setToolTip(self.tr("Choose the office whose people, activities, suggestions "
                                    "and letters are shown ({key}).").format(key=SHORTCUT))
        layout.addWidget(self.label)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.box.activated.connect(self._chosen)
        context.data_changed.connect(self._data_changed)
        context.database_changed.connect(self.refresh)
        context.tasks.busy_changed.connect(lambda busy: self.setEnabled(not busy))
        self.in_use = False  # whether the organisation has offices, so the chooser shows
        self.refresh()

    def _data_changed(self, what: frozenset[Changed]) -> None:
        if what & {Changed.ALL, Changed.SETTINGS}:
            self.refresh()

    def refresh(self) -> None:
        """Fill the choices again (offices added, renamed, someone else signed in)."""
        db = self.context.db
        with db.session_scope() as session:
            self.in_use = has_offices(session)
            offices = list_offices(session) if self.in_use else []
            allowed = allowed_offices(session, getattr(db, "user", None)) if self.in_use else None
        names = {office.id: office_name(office) for office in offices}
        self.box.blockSignals(True)
        self.box.clear()
        if allowed is None:
            self.box.addItem(self.tr("All offices"), "")
        mine = [office for office in offices if allowed is None or office.id in allowed]
        if allowed is not None and len(mine) > 1:
            self.box.addItem(self.tr("All my offices ({names})").format(
                names=", ".join(names[office.id] for office in mine)), _key(allowed))
        for office in mine:
            text = names[office.id]
            if not office.active:
                text = self.tr("{name} (no longer in use)").format(name=text)
            self.box.addItem(text, _key(frozenset({office.id or 0})))
        shown = _key(db.offices)
        if self.box.findData(shown) < 0 and db.offices is not None:  # some of them, at sign-in
            self.box.insertItem(1 if allowed is None else 0, self.tr("My offices ({names})").format(
                names=", ".join(names.get(i, "") for i in sorted(db.offices))), shown)
        self.box.setCurrentIndex(max(self.box.findData(shown), 0))
        self.box.blockSignals(False)
        (self.bar or self).setVisible(self.in_use)

    def shown(self) -> str:
        return self.box.currentText()

    def choose(self, index: int) -> None:
        """Show the choice at ``index`` (as picking it in the list does)."""
        self.box.setCurrentIndex(index)
        self._chosen(index)

    def _chosen(self, index: int) -> None:
        db = self.context.db
        wanted = _offices(self.box.itemData(index) or "")
        try:
            with db.session_scope() as session:
                offices = choose_offices(session, getattr(db, "user", None), wanted)
        except PartappError as error:
            messages.warn(self, self.tr("Offices"), translations.message(str(error)))
            self.box.setCurrentIndex(max(self.box.findData(_key(db.offices)), 0))
            return
        if offices == db.offices:
            return
        db.offices = offices
        self.context.changed(Changed.ALL)  # every page reads the offices chosen

    def open_list(self) -> None:
        if self.in_use:
            self.box.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.box.showPopup()


def add_office_chooser(window: QMainWindow, context: AppContext) -> OfficeChooser:
    """Put the chooser in a fixed bar at the top of ``window``, with its shortcut."""
    chooser = OfficeChooser(context)
    bar = QToolBar(QCoreApplication.translate("OfficeChooser", "Offices"), window)
    bar.setObjectName("offices")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.toggleViewAction().setEnabled(False)  # not one to hide by mistake
    chooser.bar = bar  # from now on the bar is shown or hidden, the chooser in it always shown
    bar.addWidget(chooser).setVisible(True)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    bar.setVisible(chooser.in_use)
    shortcut = QShortcut(QKeySequence(SHORTCUT), window)
    shortcut.activated.connect(chooser.open_list)
    return chooser


def office_box(context: AppContext, current: int | None) -> QComboBox | None:
    """The "Office" field of a record's form, or None while the organisation has one office.
    It offers the offices in use that the user may see (and the record's own office). A new
    record (``current`` None) starts in the office on show (the first of them, if several)."""
    db = context.db
    with db.session_scope() as session:
        if not has_offices(session):
            return None
        offices = list_offices(session)
        allowed = allowed_offices(session, getattr(db, "user", None))
    box = combo([(office.id, office_name(office)) for office in offices
                 if office.id == current
                 or (office.active and (allowed is None or office.id in allowed))])
    if current is None and db.offices:  # as services/office_filter.home_office
        current = min(db.offices)
    select(box, current)
    return box
