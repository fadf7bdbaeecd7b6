"""The built-in guide: short topics in plain words, with pictures, shipped in resources/help and
read offline. F1 opens the topic for the page or form you are on."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialog, QHBoxLayout, QListWidget, QTextBrowser, QWidget

from ..services.files.paths import resources_dir
from . import translations
from .qt_types import QT_TRANSLATE_NOOP
from .widgets.forms import set_name

TOPICS = (
    ("start", QT_TRANSLATE_NOOP("HelpWindow", "Getting started")),
    ("people", QT_TRANSLATE_NOOP("HelpWindow", "People")),
    ("meeting", QT_TRANSLATE_NOOP("HelpWindow", "Recording a meeting")),
    ("phone", QT_TRANSLATE_NOOP("HelpWindow", "A phone call or a single suggestion")),
    ("decide", QT_TRANSLATE_NOOP("HelpWindow", "Deciding")),
    ("changes", QT_TRANSLATE_NOOP("HelpWindow", "Changes")),
    ("letters", QT_TRANSLATE_NOOP("HelpWindow", "Letters")),
    ("report", QT_TRANSLATE_NOOP("HelpWindow", "The report")),
    ("backups", QT_TRANSLATE_NOOP("HelpWindow", "Backups and safety")),
    ("privacy", QT_TRANSLATE_NOOP("HelpWindow", "Privacy")),
)
PAGE_TOPICS = {"home": "start", "people": "people", "activities": "meeting",
               "suggestions": "decide", "changes": "changes", "letters": "letters",
               "reports": "report", "settings": "backups"}
"""Which topic F1 opens on each page."""
FORM_TOPICS = {"activity": "meeting", "suggestion": "phone", "decision": "decide",
               "change": "changes", "link_change": "changes", "person": "people",
               "new_person": "people", "merge_people": "people", "mark_sent": "letters",
               "phone_call": "letters", "follow_up": "changes"}
"""Which topic F1 opens in each form (by the form's name for its remembered size)."""


def help_folder(language: str | None = None) -> Path:
    """The guide in ``language`` (the app's), or in English when there is none in it yet."""
    root = resources_dir() / "help"
    wanted = root / (language or translations.current())
    return wanted if (wanted / "start.html").is_file() else root / "en"


class HelpWindow(QDialog):
    """The topics on the left (arrow keys move between them), the topic on the right."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Guide"))
        self.setAccessibleName(self.tr("Guide"))
        self.topics = QListWidget()
        set_name(self.topics, self.tr("Topics"),
                 self.tr("Use the arrow keys to choose a topic. Tab goes to the words."))
        for key, title in TOPICS:
            self.topics.addItem(self.tr(title))
            self.topics.item(self.topics.count() - 1).setData(Qt.ItemDataRole.UserRole, key)
        self.text = QTextBrowser()
        set_name(self.text, self.tr("Topic"))
        self.text.setOpenLinks(True)
        self.text.setOpenExternalLinks(False)  # nothing goes to the network
        self.text.setSearchPaths([str(help_folder())])
        self.text.sourceChanged.connect(self._follow_link)
        longest = max(self.topics.fontMetrics().horizontalAdvance(self.tr(t)) for _k, t in TOPICS)
        self.topics.setMinimumWidth(longest + self.topics.fontMetrics().height() * 2)
        layout = QHBoxLayout(self)
        layout.addWidget(self.topics)
        layout.addWidget(self.text, 1)
        self.topics.currentRowChanged.connect(self._chosen)
        width = self.fontMetrics().averageCharWidth()
        self.resize(width * 110, self.fontMetrics().height() * 36)

    @property
    def topic(self) -> str:
        item = self.topics.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else ""

    def show_topic(self, key: str) -> None:
        keys = [k for k, _title in TOPICS]
        self.topics.setCurrentRow(keys.index(key) if key in keys else 0)
        self._chosen(self.topics.currentRow())

    def _chosen(self, row: int) -> None:
        if 0 <= row < len(TOPICS):
            key = TOPICS[row][0]
            if self.text.source().fileName() != f"{key}.html":
                self.text.setSource(QUrl.fromLocalFile(str(help_folder() / f"{key}.html")))

    def _follow_link(self, url: QUrl) -> None:
        """A link to another topic also moves the list to it."""
        keys = [k for k, _title in TOPICS]
        name = Path(url.fileName()).stem
        if name in keys and keys.index(name) != self.topics.currentRow():
            self.topics.blockSignals(True)
            self.topics.setCurrentRow(keys.index(name))
            self.topics.blockSignals(False)


_window: HelpWindow | None = None


def show_help(parent: QWidget | None, topic: str) -> HelpWindow:
    """Open the guide at ``topic`` (one guide window, brought to the front)."""
    global _window
    if _window is None or not shiboken6.isValid(_window) or _window.parent() is not parent:
        _window = HelpWindow(parent)
    _window.show_topic(topic)
    _window.show()
    _window.raise_()
    _window.activateWindow()
    return _window
