"""A date typed as text (2025-04-01 or 01/04/2025) with a calendar to pick from.

The services read and check the text, so a wrong date gets their plain message under the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)


class DateField(QWidget):
    changed = Signal()

    def __init__(self, value: date | None = None, *, optional: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("for example 2025-04-01") if not optional
                                     else self.tr("none (or a date like 2025-04-01)"))
        self.edit.setMaxLength(20)
        metrics = self.edit.fontMetrics()  # a whole date always shows, in a narrow column too
        self.edit.setMinimumWidth(metrics.horizontalAdvance("00/00/0000")
                                  + 3 * metrics.averageCharWidth())
        self.edit.textChanged.connect(self.changed)
        self.button = QToolButton()
        self.button.setText(self.tr("Calendar\u2026"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.activated.connect(self._picked)
        self.calendar.clicked.connect(self._picked)
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.button.setMenu(menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.edit)
        self.set_date(value)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)
        self.button.setAccessibleName(self.tr("Pick {name} from a calendar").format(name=name))
        self.calendar.setAccessibleName(self.tr("Calendar for {name}").format(name=name))

    def setAccessibleDescription(self, text: str) -> None:
        super().setAccessibleDescription(text)
        self.edit.setAccessibleDescription(text)

    def text(self) -> str:
        return self.edit.text().strip()

    def setText(self, text: str) -> None:
        self.edit.setText(text)

    def set_date(self, value: date | None) -> None:
        self.edit.setText(value.isoformat() if value else "")

    def _sync_calendar(self) -> None:
        try:
            current = date.fromisoformat(self.text())
            self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        except ValueError:
            self.calendar.setSelectedDate(QDate.currentDate())
        self.calendar.setFocus()

    def _picked(self, value: QDate) -> None:
        self.edit.setText(value.toString("yyyy-MM-dd"))
        self.button.menu().hide()
        self.edit.setFocus()
