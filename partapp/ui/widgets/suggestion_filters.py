"""The filters above the suggestions list: status, service, group, kind, period and words."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QLineEdit, QWidget

from ...models.enums import SUGGESTION_KINDS
from ...services.browse.browse_suggestions import SuggestionFilter
from ...services.records.status import STATUSES
from .. import translations
from ..periods import period_items, period_range
from .choices import combo, fill, select, value
from .forms import set_name


class SuggestionFilters(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Words in what they said"))
        self.search.setClearButtonEnabled(True)
        set_name(self.search, self.tr("Search suggestions"))
        self.status = combo(translations.labels(STATUSES), first=self.tr("Any status"),
                            name=self.tr("Status"))
        self.service = combo({}, first=self.tr("Any service"), name=self.tr("Service"))
        self.group = combo({}, first=self.tr("Any group"), name=self.tr("Group"))
        self.kind = combo(translations.labels(SUGGESTION_KINDS), first=self.tr("Any kind"),
                          name=self.tr("Kind"))
        self.period = combo(period_items(), name=self.tr("Raised when"))
        self.over_promise = QCheckBox(self.tr("Only those &waiting longer than our promise"))
        set_name(self.over_promise, self.over_promise.text())
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        cells = ((self.tr("&Search:"), self.search), (self.tr("S&tatus:"), self.status),
                 (self.tr("Servic&e:"), self.service), (self.tr("Gr&oup:"), self.group),
                 (self.tr("&Kind:"), self.kind), (self.tr("Raised whe&n:"), self.period))
        for index, (text, widget) in enumerate(cells):
            label = QLabel(text)
            label.setBuddy(widget)
            row, col = divmod(index, 3)
            grid.addWidget(label, row, col * 2)
            grid.addWidget(widget, row, col * 2 + 1)
        grid.addWidget(self.over_promise, 2, 0, 1, 6)
        for col in (1, 3, 5):
            grid.setColumnStretch(col, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(self._timer.start)
        for box in (self.status, self.service, self.group, self.kind, self.period):
            box.currentIndexChanged.connect(self.changed)
        self.over_promise.toggled.connect(self.changed)

    def set_lists(self, services: list[tuple[int, str]], groups: list[tuple[int, str]]) -> None:
        for box, items, first in ((self.service, services, self.tr("Any service")),
                                  (self.group, groups, self.tr("Any group"))):
            fill(box, items, first=first)

    def current(self, today) -> SuggestionFilter:
        self._timer.stop()
        start, end = period_range(value(self.period), today)
        return SuggestionFilter(text=self.search.text(), status=value(self.status),
                                service_id=value(self.service), group_id=value(self.group),
                                kind=value(self.kind), start=start, end=end,
                                over_promise=self.over_promise.isChecked())

    def apply(self, filters: dict[str, Any]) -> None:
        """Set the controls (for the Home page's links); then one ``changed``."""
        self.blockSignals(True)
        for box in (self.status, self.service, self.group, self.kind, self.period):
            box.setCurrentIndex(0)
        self.search.clear()
        select(self.status, filters.get("status"))
        self.over_promise.setChecked(bool(filters.get("over_promise")))
        if "text" in filters:
            self.search.setText(filters["text"])
        self.blockSignals(False)
        self.changed.emit()
