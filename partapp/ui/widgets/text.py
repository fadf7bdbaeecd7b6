"""Headings and paragraphs that follow the system font size (sizes are relative, never pixels)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QWidget

_SCALE = {1: 1.6, 2: 1.3, 3: 1.1}


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    elif font.pixelSize() > 0:
        font.setPixelSize(round(font.pixelSize() * factor))
    font.setBold(bold)
    return font


SCALE_PROPERTY = "partapp_font_scale"
"""On a widget whose font is bigger or bold: [factor, bold], so a new text size can redo it."""


def set_scaled_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """The widget's font ``factor`` times the app's, kept so when the text size changes."""
    widget.setProperty(SCALE_PROPERTY, [factor, bold])
    widget.setFont(scaled_font(widget.font(), factor, bold=bold))


def heading(text: str, level: int = 1, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    set_scaled_font(label, _SCALE.get(level, 1.0), bold=True)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text)
    return label


def paragraph(text: str = "", parent: QWidget | None = None, *, selectable: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setAccessibleName(text[:80])
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                      | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    return label


def set_paragraph(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setAccessibleName(text[:80])
