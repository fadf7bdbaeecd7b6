"""Pieces of the wording editor: the drop-down list of a letter's parts (in the order they
appear in a letter, under short headings, each saying in words whether it has your own words,
unsaved changes, a problem, or no words yet) and a text box of a chosen height."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QWidget

from ...services.feedback.letter_templates import TemplatePart
from .. import translations
from ..widgets.forms import set_name
from ..widgets.text import scaled_font

PART_ROLE = Qt.ItemDataRole.UserRole


class TextBox(QPlainTextEdit):
    """A text box that asks for about ``lines`` lines of room (it can still grow)."""

    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 14)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        return QSize(hint.width(), self.fontMetrics().lineSpacing() * self.lines + 14)


class PartsChooser(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        set_name(self, self.tr("Part of the letter"),
                 self.tr("Use the arrow keys to choose the part to change."))
        self.setModel(QStandardItemModel(self))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        self.setMaxVisibleItems(24)
        self._parts: dict[str, TemplatePart] = {}

    def _group(self, part: TemplatePart, seen_item: bool) -> str:
        if part.scope == "item":
            return self.tr("About each suggestion")
        if part.scope == "phrase":
            return self.tr("Short phrases used inside other parts")
        return self.tr("End of the letter") if seen_item else self.tr("Start of the letter")

    def show_parts(self, parts: Sequence[TemplatePart], edits: Mapping[str, str],
                   problems: Mapping[str, str]) -> None:
        current = self.currentData(PART_ROLE)
        model: QStandardItemModel = self.model()  # type: ignore[assignment]
        self.blockSignals(True)
        model.clear()
        self._parts = {p.part: p for p in parts}
        group, seen_item = "", False
        for part in parts:
            seen_item = seen_item or part.scope == "item"
            wanted = self._group(part, seen_item)
            if wanted != group:
                group = wanted
                title = QStandardItem(group)
                title.setFlags(Qt.ItemFlag.NoItemFlags)  # a heading: cannot be chosen
                title.setFont(scaled_font(self.font(), 1.0, bold=True))
                model.appendRow(title)
            item = QStandardItem()
            item.setData(part.part, PART_ROLE)
            model.appendRow(item)
            self.mark(part.part, part.part in edits, problems.get(part.part, ""))
        self.blockSignals(False)
        if current is not None:
            self.choose(current, quiet=True)

    def row_of(self, part: str) -> int:
        return self.findData(part, PART_ROLE)

    def choose(self, part: str, *, quiet: bool = False) -> None:
        row = self.row_of(part)
        if row < 0:
            return
        self.blockSignals(quiet)
        self.setCurrentIndex(row)
        self.blockSignals(False)

    def mark(self, part: str, edited: bool, problem: str) -> None:
        row, info = self.row_of(part), self._parts.get(part)
        if row < 0 or info is None:
            return
        notes = []
        if problem:
            notes.append(self.tr("has a problem"))
        if edited:
            notes.append(self.tr("not saved"))
        elif info.source == "saved":
            notes.append(self.tr("your words"))
        elif info.source == "missing":
            notes.append(self.tr("no words yet"))
        elif info.source == "standard":
            notes.append(self.tr("as standard print"))
        label = translations.label(info.label)
        text = f"\u26a0 {label}" if problem else label
        if notes:
            text += f" ({', '.join(notes)})"
        self.setItemText(row, text)
        self.setItemData(row, problem or text, Qt.ItemDataRole.ToolTipRole)
