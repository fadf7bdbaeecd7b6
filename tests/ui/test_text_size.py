"""View, Bigger text and Smaller text: all the text grows, headings and table rows with it,
the size is remembered, and it stops at the smallest and biggest sizes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from partapp.ui import text_size


@pytest.fixture
def app_font():
    app = QApplication.instance()
    before = app.font()
    yield app
    text_size.apply(app, 100)
    app.setFont(before)
    app.setProperty("partapp_system_font", None)


def test_bigger_text_grows_everything_and_is_remembered(qtbot, window, context, app_font):
    base = app_font.font().pointSizeF()
    heading = window.pages["home"].greeting
    view = window.pages["people"].view
    heading_ratio = heading.font().pointSizeF() / base
    row = view.verticalHeader().defaultSectionSize()
    for _ in range(3):
        window.change_text_size(1)  # 100 -> 110 -> 125 -> 150
    QApplication.processEvents()  # Qt tells the widgets their font changed
    assert context.settings.text_percent == 150
    assert app_font.font().pointSizeF() == pytest.approx(base * 1.5)
    assert heading.font().pointSizeF() == pytest.approx(base * 1.5 * heading_ratio)
    assert heading.font().bold()
    assert view.verticalHeader().defaultSectionSize() > row
    assert view.verticalHeader().defaultSectionSize() >= view.fontMetrics().height() + 10
    assert window.statusBar().currentMessage() == "Text size: 150%"

    window.change_text_size(0)
    assert context.settings.text_percent == 100
    assert app_font.font().pointSizeF() == pytest.approx(base)
    assert heading.font().pointSizeF() == pytest.approx(base * heading_ratio)


def test_the_sizes_stop_at_the_ends():
    assert text_size.step(100, -1) == 90 and text_size.step(90, -1) == 90
    assert text_size.step(175, 1) == 200 and text_size.step(200, 1) == 200
    assert text_size.step(137, 1) == 150  # a size typed into the settings file: the nearest
    assert text_size.nearest(0) == 90 and text_size.nearest(1000) == 200
