"""View, High contrast: the whole app in black on white (or white on black, when the computer
is set to dark), with strong highlight and link colours and disabled text still easy to read.

This is the ONE module in partapp/ui that names colours (tests/ui/test_accessibility.py allows
it and no other): everywhere else the app takes the computer's own colours. A high-contrast
palette cannot be made from the computer's colours, because they are what is not clear enough.
Every pair of colours here is at least 7:1 (WCAG AAA for normal text); tests/ui/test_contrast.py
measures them.

By default the app follows the computer's own high-contrast setting where Qt can tell
(QStyleHints.accessibility().contrastPreference(), Qt 6.10 and later). Once the user turns it
on or off in the View menu, their choice is remembered and wins.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QWidget

FOLLOW_COMPUTER, ON, OFF = "system", "on", "off"
"""The values of AppSettings.high_contrast."""

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (text, background) for a light and a dark high-contrast look.
_LIGHT = {
    "ink": QColor(0, 0, 0), "paper": QColor(255, 255, 255),
    "highlight": QColor(0, 0, 160), "highlighted_text": QColor(255, 255, 255),
    "link": QColor(0, 0, 170), "visited": QColor(85, 0, 130),
    "disabled": QColor(64, 64, 64), "tip": QColor(255, 255, 210),
    "placeholder": QColor(64, 64, 64), "accent": QColor(0, 0, 160),
}
_DARK = {
    "ink": QColor(255, 255, 255), "paper": QColor(0, 0, 0),
    "highlight": QColor(255, 255, 0), "highlighted_text": QColor(0, 0, 0),
    "link": QColor(120, 200, 255), "visited": QColor(230, 170, 255),
    "disabled": QColor(200, 200, 200), "tip": QColor(20, 20, 20),
    "placeholder": QColor(200, 200, 200), "accent": QColor(255, 255, 0),
}

_ORIGINAL = "partapp_original_palette"


def high_contrast_palette(dark: bool = False) -> QPalette:
    """Black on white (``dark``: white on black) for every role, in every state."""
    c = _DARK if dark else _LIGHT
    palette = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        disabled = group is Group.Disabled
        text = c["disabled"] if disabled else c["ink"]
        for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText,
                     Role.BrightText):
            palette.setColor(group, role, text)
        for role in (Role.Window, Role.Base, Role.AlternateBase, Role.Button):
            palette.setColor(group, role, c["paper"])
        palette.setColor(group, Role.ToolTipBase, c["tip"])
        palette.setColor(group, Role.Highlight, c["disabled"] if disabled else c["highlight"])
        palette.setColor(group, Role.HighlightedText, c["paper"] if disabled
                         else c["highlighted_text"])
        palette.setColor(group, Role.Link, c["link"])
        palette.setColor(group, Role.LinkVisited, c["visited"])
        palette.setColor(group, Role.PlaceholderText, c["placeholder"])
        palette.setColor(group, Role.Accent, c["accent"])
        # Bevels and frames: as strong as the text, so every box has a clear edge.
        for role in (Role.Light, Role.Midlight, Role.Mid, Role.Dark, Role.Shadow):
            palette.setColor(group, role, text)
    return palette


_KEPT: list[object] = []


def _accessibility_hints():
    """QStyleHints.accessibility() (Qt 6.10 and later), or None. PySide6 invalidates the hints
    when the Python wrapper of the style hints they came from is freed, so both are kept."""
    if _KEPT:
        return _KEPT[1]
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None or getattr(Qt, "ContrastPreference", None) is None:
        return None
    _KEPT[:] = [hints, accessibility()]
    return _KEPT[1]


def computer_wants_high_contrast() -> bool:
    """True when the computer says it is set to high contrast (False when Qt cannot tell)."""
    hints = _accessibility_hints()
    return hints is not None and \
        hints.contrastPreference() == Qt.ContrastPreference.HighContrast


def computer_is_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def wanted(setting: str) -> bool:
    """Whether high contrast should be on for the remembered ``setting``."""
    if setting == ON:
        return True
    if setting == OFF:
        return False
    return computer_wants_high_contrast()


def is_on(app: QGuiApplication) -> bool:
    return isinstance(app.property(_ORIGINAL), QPalette)


def apply(app: QGuiApplication, on: bool) -> bool:
    """Switch the whole app to high contrast, or back to the computer's own colours."""
    original = app.property(_ORIGINAL)
    if on:
        if not isinstance(original, QPalette):
            app.setProperty(_ORIGINAL, QPalette(app.palette()))
        app.setPalette(high_contrast_palette(computer_is_dark()))
    elif isinstance(original, QPalette):
        app.setPalette(original)
        app.setProperty(_ORIGINAL, None)
    return on


def grid_lines(view: QWidget) -> None:
    """A table's grid lines as clear as its frames in high contrast (the computer's pale ones
    otherwise). The style draws them a shade darker than the table's window colour (Fusion:
    ``window().darker(120)``), so in high contrast the table's window colour is the ink; only
    that one colour is set on the table, so every other colour still follows the app's."""
    app = QGuiApplication.instance()
    own = QPalette()
    if isinstance(app, QGuiApplication) and is_on(app):
        own.setColor(Role.Window, high_contrast_palette(computer_is_dark()).color(Role.Text))
    view.setPalette(own)


def follow_the_computer(app: QGuiApplication, read: Callable[[], str]) -> None:
    """While the user has not chosen (``read()`` gives FOLLOW_COMPUTER), switch when the
    computer's own contrast setting changes."""
    hints = _accessibility_hints()
    if hints is None:
        return

    def changed(*_args) -> None:
        if read() == FOLLOW_COMPUTER:
            apply(app, computer_wants_high_contrast())

    hints.contrastPreferenceChanged.connect(changed)
