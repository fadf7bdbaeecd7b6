"""Keyboard focus always easy to see: the control you are on gets a thick outline, in the
normal colours and in high contrast (ui/contrast.py).

A proxy of the computer's own style: everything is drawn as the computer draws it, then the
focused control gets an outline at least 3 pixels wide (wider with bigger text) in the palette's
highlight colour, or its text colour when the highlight does not stand out from the window
(less than 3:1, the contrast WCAG asks of a focus outline). No colour is named here.

Not overridden: styleHint (for a table's grid line colour). With PySide6 6.12 a Python
styleHint on a proxy style aborts the process on exit ("deallocating None"). Tables get clear
grid lines in high contrast another way instead (``contrast.grid_lines``).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFrame,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QWidget,
)

PE = QStyle.PrimitiveElement
CE = QStyle.ControlElement
CC = QStyle.ComplexControl

_OUTLINED_PANELS = (PE.PE_PanelLineEdit, PE.PE_PanelButtonCommand, PE.PE_PanelButtonBevel,
                    PE.PE_PanelButtonTool)
_OUTLINED_CONTROLS = (CC.CC_ComboBox, CC.CC_SpinBox, CC.CC_Slider, CC.CC_ToolButton)
_OUTLINED_ELEMENTS = (CE.CE_ShapedFrame, CE.CE_PushButton, CE.CE_TabBarTab)
_EDGED = (PE.PE_PanelLineEdit, PE.PE_PanelButtonCommand, PE.PE_PanelButtonBevel,
          PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton)
_EDGED_CONTROLS = (CC.CC_ComboBox, CC.CC_SpinBox)


def _luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4
    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2 contrast ratio, 1 (none) to 21 (black on white)."""
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def outline_colour(palette: QPalette) -> QColor:
    highlight = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Highlight)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    if contrast_ratio(highlight, window) >= 3:
        return highlight
    return palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.WindowText)


def strong_edges(palette: QPalette) -> bool:
    """A high-contrast palette (ui/contrast.py, or the computer's own) gives boxes an edge as
    strong as the text; the computer's style draws them pale (from the window colour)."""
    dark = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Dark)
    window = palette.color(QPalette.ColorGroup.Active, QPalette.ColorRole.Window)
    return contrast_ratio(dark, window) >= 7


def outline_width(option: QStyleOption) -> int:
    return max(4, option.fontMetrics.height() // 5)


class FocusStyle(QProxyStyle):
    """The computer's style, with a thick outline on the focused control."""

    def _outline(self, option: QStyleOption, painter: QPainter, thin: bool = False) -> None:
        width = 2 if thin else outline_width(option)
        area = QRect(option.rect)
        if area.width() <= 2 * width or area.height() <= 2 * width:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        pen = QPen(outline_colour(option.palette), width)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = width // 2
        painter.drawRect(area.adjusted(half, half, -(width - half), -(width - half)))
        painter.restore()

    @staticmethod
    def _edge(element, option: QStyleOption, painter: QPainter) -> None:
        """In high contrast, a 1-pixel edge in the text's colour round each box."""
        if not strong_edges(option.palette):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              element == PE.PE_IndicatorRadioButton)
        group = QPalette.ColorGroup.Active if option.state & QStyle.StateFlag.State_Enabled \
            else QPalette.ColorGroup.Disabled
        painter.setPen(QPen(option.palette.color(group, QPalette.ColorRole.Dark), 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        area = option.rect.adjusted(0, 0, -1, -1)
        if element == PE.PE_IndicatorRadioButton:
            painter.drawEllipse(area)
        else:
            painter.drawRect(area)
        painter.restore()

    @staticmethod
    def _focused(option: QStyleOption) -> bool:
        return bool(option.state & QStyle.StateFlag.State_HasFocus) and \
            bool(option.state & QStyle.StateFlag.State_Enabled)

    def drawPrimitive(self, element, option, painter, widget: QWidget | None = None) -> None:
        if element == PE.PE_FrameFocusRect:
            # The current row of a list or table: thinner, so its text stays whole (the list
            # itself has the thick outline).
            self._outline(option, painter, thin=isinstance(widget, QAbstractItemView))
            return
        super().drawPrimitive(element, option, painter, widget)
        inner = widget is not None and isinstance(widget.parentWidget(),
                                                  (QAbstractSpinBox, QComboBox))
        if element in _EDGED and not inner:  # a spin box's own box has the edge
            self._edge(element, option, painter)
        if element in _OUTLINED_PANELS and self._focused(option):
            self._outline(option, painter)

    def drawComplexControl(self, control, option, painter, widget: QWidget | None = None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _EDGED_CONTROLS:
            self._edge(control, option, painter)
        if control in _OUTLINED_CONTROLS and self._focused(option):
            self._outline(option, painter)

    def drawControl(self, element, option, painter, widget: QWidget | None = None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == CE.CE_ShapedFrame and \
                getattr(option, "frameShape", QFrame.Shape.NoFrame) != QFrame.Shape.NoFrame:
            self._edge(element, option, painter)
        if element in _OUTLINED_ELEMENTS and self._focused(option):
            # lists, tables and text boxes round their edge; buttons (flat ones and the Home
            # page's links too) and the tab you are on
            self._outline(option, painter)

    def pixelMetric(self, metric, option=None, widget: QWidget | None = None) -> int:
        value = super().pixelMetric(metric, option, widget)
        if metric == QStyle.PixelMetric.PM_DefaultFrameWidth and value > 0:
            return max(value, 4)  # room for the outline round lists and tables
        return value


def install(app: QApplication) -> FocusStyle:
    """Wrap the app's style (once) so the focused control always has a clear outline."""
    current = app.style()
    if isinstance(current, FocusStyle):
        return current
    style = FocusStyle(current.name())
    app.setStyle(style)
    return style
