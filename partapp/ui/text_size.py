"""View, Bigger text and Smaller text: the whole app's text, as a share of the computer's own
size, remembered between runs. Fonts are relative everywhere (widgets/text.py), so headings,
bold labels and table rows grow with it."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .widgets.text import SCALE_PROPERTY, scaled_font

STEPS = (90, 100, 110, 125, 150, 175, 200)
"""Text sizes offered, in % of the computer's own size."""
DEFAULT = 100
_BASE = "partapp_system_font"


def nearest(percent: int) -> int:
    return min(STEPS, key=lambda step: (abs(step - percent), step))


def step(percent: int, by: int) -> int:
    """The size ``by`` steps bigger (or smaller, when negative), within STEPS."""
    index = STEPS.index(nearest(percent)) + by
    return STEPS[max(0, min(len(STEPS) - 1, index))]


def apply(app: QApplication, percent: int) -> int:
    """Set the app's text to ``percent`` of the computer's size; returns the size used."""
    percent = nearest(percent)
    base = app.property(_BASE)
    if not isinstance(base, QFont):
        base = QFont(app.font())
        app.setProperty(_BASE, base)
    app.setFont(scaled_font(base, percent / 100, bold=base.bold()))
    for widget in app.allWidgets():  # bigger or bold text: the same share of the new size
        spec = widget.property(SCALE_PROPERTY)
        if spec:
            factor, bold = spec
            widget.setFont(scaled_font(app.font(), float(factor), bold=bool(bold)))
    return percent
