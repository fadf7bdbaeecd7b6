"""The control the keyboard is on is always easy to see: a picture of each kind of control with
and without focus differs, by 3:1 or more, in at least as many pixels as a ring 2 pixels thick
round what changed (WCAG 2.4.13, focus appearance), in the usual colours and in high contrast."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QCommandLinkButton,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStyleFactory,
    QTabBar,
    QTableWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from partapp.ui import contrast, focus_style

from .test_contrast import wcag_ratio


def _controls() -> list[QWidget]:
    combo, listing = QComboBox(), QListWidget()
    combo.addItems(["Day centre", "Transport"])
    listing.addItems(["Ann Jones", "Bo Evans"])
    tool, tabs = QToolButton(), QTabBar()
    tool.setText("Pick a date")
    tabs.addTab("Activities")
    tabs.addTab("Letters")
    return [QLineEdit("Siân"), QPushButton("Save"), QCheckBox("Needs large print"), combo,
            QSpinBox(), listing, QTableWidget(2, 2), QPlainTextEdit("What was said"),
            QRadioButton("By phone"), QCommandLinkButton("2 people are waiting"), tool, tabs]


def changed_ring(before: QImage, after: QImage) -> tuple[int, int]:
    """(pixels that changed by 3:1 or more, perimeter of the box round them)."""
    count, xs, ys = 0, [], []
    for y in range(before.height()):
        for x in range(before.width()):
            if wcag_ratio(QColor(before.pixel(x, y)), QColor(after.pixel(x, y))) >= 3:
                count += 1
                xs.append(x)
                ys.append(y)
    if not count:
        return 0, 0
    return count, 2 * (max(xs) - min(xs) + 1) + 2 * (max(ys) - min(ys) + 1)


def plain_style_name(app: QApplication) -> str:
    """The computer's own style's name (a proxy style's own name is empty)."""
    style = app.style()
    return style.baseStyle().name() if isinstance(style, focus_style.FocusStyle) else style.name()


@pytest.fixture
def focus_app(qapp):
    name = plain_style_name(qapp)
    was_wrapped = isinstance(qapp.style(), focus_style.FocusStyle)
    before = QPalette(qapp.palette())
    focus_style.install(qapp)
    yield qapp
    contrast.apply(qapp, False)
    if not was_wrapped:  # as it was (make_application, in test_language, wraps it for good)
        qapp.setStyle(QStyleFactory.create(name))
    qapp.setPalette(before)


def rings(qtbot) -> dict[str, tuple[int, int]]:
    form = QWidget()
    qtbot.addWidget(form)
    layout = QVBoxLayout(form)
    controls = _controls()
    start = QPushButton("Start")
    layout.addWidget(start)
    for control in controls:
        layout.addWidget(control)
        control.setMaximumHeight(control.fontMetrics().height() * 4)
    form.resize(form.fontMetrics().averageCharWidth() * 28, form.sizeHint().height())
    form.show()
    qtbot.waitExposed(form)
    found = {}
    for control in controls:
        start.setFocus()
        QApplication.processEvents()
        before = control.grab().toImage()
        control.setFocus()
        QApplication.processEvents()
        assert control.hasFocus()
        found[type(control).__name__] = changed_ring(before, control.grab().toImage())
    return found


def thin(found: dict[str, tuple[int, int]]) -> dict[str, tuple[int, int]]:
    """Controls whose focus changes less than a ring 2 pixels thick all the way round."""
    return {name: ring for name, ring in found.items()
            if ring[1] == 0 or ring[0] < 2 * ring[1]}


@pytest.mark.parametrize("high", [False, True], ids=["usual colours", "high contrast"])
def test_the_focused_control_has_a_thick_outline(qtbot, focus_app, high):
    contrast.apply(focus_app, high)
    assert thin(rings(qtbot)) == {}


def test_the_computers_own_style_alone_would_fail(qtbot, qapp):
    """The measure can fail: without the outline, most controls change by a thin line only."""
    was_wrapped = isinstance(qapp.style(), focus_style.FocusStyle)
    qapp.setStyle(QStyleFactory.create(plain_style_name(qapp)))
    try:
        assert not isinstance(qapp.style(), focus_style.FocusStyle)
        assert len(thin(rings(qtbot))) >= 5
    finally:
        if was_wrapped:
            focus_style.install(qapp)


def test_the_outline_stands_out_in_both_looks():
    for palette in (QPalette(QApplication.palette()), contrast.high_contrast_palette(False),
                    contrast.high_contrast_palette(True)):
        outline = focus_style.outline_colour(palette)
        assert wcag_ratio(outline, palette.color(QPalette.ColorRole.Window)) >= 3


COVERED = (QLineEdit, QAbstractButton, QComboBox, QAbstractSpinBox, QAbstractScrollArea, QTabBar)
"""The kinds of control above (or kinds built on them: a QTextEdit is a scroll area, a date
field a spin box). A tab widget or calendar hands its focus on to its tabs or table."""


def test_every_control_in_the_window_and_forms_is_a_kind_measured_above(qtbot, window, db):
    from .test_accessibility import _is_inner_part, _open_every_dialog

    tops = [window, *_open_every_dialog(window, db)]
    others = set()
    for top in tops:
        for widget in top.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not _is_inner_part(widget) \
                    and widget.focusProxy() is None and not isinstance(widget, COVERED):
                others.add(type(widget).__name__)
    for dialog in tops[1:]:
        dialog.dirty.reset() if hasattr(dialog, "dirty") else None
        dialog.close()
    assert others == set()
