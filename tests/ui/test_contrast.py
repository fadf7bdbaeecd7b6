"""View, High contrast: every pair of colours people read is at least 7:1 (WCAG AAA), measured
here from the palette's own roles; the View menu turns it on and off for the whole window and the
choice is remembered; by default it follows the computer."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from partapp.ui import contrast
from partapp.ui.settings import AppSettings

R, G = QPalette.ColorRole, QPalette.ColorGroup

TEXT_ON = [(R.WindowText, R.Window), (R.Text, R.Base), (R.Text, R.AlternateBase),
           (R.ButtonText, R.Button), (R.HighlightedText, R.Highlight),
           (R.ToolTipText, R.ToolTipBase), (R.Link, R.Base), (R.LinkVisited, R.Base),
           (R.PlaceholderText, R.Base), (R.Link, R.Window)]
DISABLED_TEXT_ON = [(R.WindowText, R.Window), (R.Text, R.Base), (R.ButtonText, R.Button)]


def wcag_ratio(a: QColor, b: QColor) -> float:
    """WCAG 2.x: (L1 + 0.05) / (L2 + 0.05) from the relative luminance of sRGB colours."""
    def luminance(c: QColor) -> float:
        def lin(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4
        return 0.2126 * lin(c.red()) + 0.7152 * lin(c.green()) + 0.0722 * lin(c.blue())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def too_low(palette: QPalette, minimum: float = 7.0) -> list[str]:
    found = []
    pairs = [(g, p) for g in (G.Active, G.Inactive) for p in TEXT_ON] + \
        [(G.Disabled, p) for p in DISABLED_TEXT_ON]
    for group, (fore, back) in pairs:
        ratio = wcag_ratio(palette.color(group, fore), palette.color(group, back))
        if ratio < minimum:
            found.append(f"{group.name} {fore.name} on {back.name}: {ratio:.1f}:1")
    return found


@pytest.fixture
def restore_palette(qapp):
    before = QPalette(qapp.palette())
    yield qapp
    contrast.apply(qapp, False)
    qapp.setPalette(before)


@pytest.mark.parametrize("dark", [False, True], ids=["black on white", "white on black"])
def test_every_colour_pair_is_at_least_7_to_1(dark):
    palette = contrast.high_contrast_palette(dark)
    assert too_low(palette) == []
    ink, paper = palette.color(R.WindowText), palette.color(R.Window)
    assert wcag_ratio(ink, paper) == pytest.approx(21)  # pure black and white
    # what is chosen stands out from what is not (3:1, as WCAG asks of non-text parts)
    assert wcag_ratio(palette.color(R.Highlight), palette.color(R.Base)) >= 3
    # the edges of boxes are as strong as the text
    assert wcag_ratio(palette.color(R.Dark), paper) >= 7


def test_the_usual_colours_would_fail_the_same_measure(qapp):
    """The measure can fail: the computer's own style greys out disabled text far below 7:1."""
    assert any("Disabled" in problem for problem in too_low(qapp.style().standardPalette()))


def test_view_high_contrast_switches_the_window_and_back_and_is_remembered(
        qtbot, window, context, restore_palette):
    app = restore_palette
    before = QColor(app.palette().color(R.Window))
    action = window.high_contrast_action
    assert action.isCheckable() and not action.isChecked()  # the computer does not ask for it
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()

    action.trigger()
    QApplication.processEvents()
    assert action.isChecked()
    page = window.pages["people"]
    for widget in (window, window.nav, page):
        assert widget.palette().color(R.Window) == QColor(255, 255, 255), widget
        assert widget.palette().color(R.WindowText) == QColor(0, 0, 0), widget
    # A table's paper is its Base; its Window colour is the ink, for its grid lines.
    assert page.view.palette().color(R.Base) == QColor(255, 255, 255)
    assert page.view.palette().color(R.Text) == QColor(0, 0, 0)
    picture = window.grab().toImage()  # what the user sees: the window is drawn white
    margin = window.centralWidget().geometry().topLeft()  # the layout's margin, left of the list
    assert QColor(picture.pixel(margin.x() + 2, margin.y() + 2)) == QColor(255, 255, 255)
    assert window.statusBar().currentMessage() == "High contrast is on."
    context.settings.sync()
    assert AppSettings.for_file(context.settings.file_name).high_contrast == contrast.ON
    assert contrast.wanted(AppSettings.for_file(context.settings.file_name).high_contrast)

    action.trigger()
    QApplication.processEvents()
    assert not action.isChecked()
    assert app.palette().color(R.Window) == before
    assert window.nav.palette().color(R.Window) == before
    assert window.statusBar().currentMessage() == "High contrast is off."
    context.settings.sync()
    assert AppSettings.for_file(context.settings.file_name).high_contrast == contrast.OFF


def test_by_default_it_follows_the_computer(settings):
    assert settings.high_contrast == contrast.FOLLOW_COMPUTER
    assert contrast.wanted(contrast.FOLLOW_COMPUTER) == contrast.computer_wants_high_contrast()
    style_hints = QApplication.styleHints()
    hints = style_hints.accessibility()  # offscreen: no preference
    assert hints.contrastPreference().name == "NoPreference"
    assert contrast.wanted(contrast.FOLLOW_COMPUTER) is False
    assert contrast.wanted(contrast.ON) is True and contrast.wanted(contrast.OFF) is False


def test_the_choice_is_used_at_the_next_start(qapp, tmp_path, restore_palette):
    """The real start-up path (make_application) reads the remembered choice."""
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QStyleFactory

    from partapp.ui import focus_style
    from partapp.ui.app import make_application
    from partapp.ui.settings import ORGANISATION

    ini, scope = QSettings.Format.IniFormat, QSettings.Scope.UserScope
    usual = Path(QSettings(ini, scope, ORGANISATION, "partapp").fileName()).parents[1]
    from .test_focus_outline import plain_style_name

    name, was_wrapped = plain_style_name(qapp), isinstance(qapp.style(), focus_style.FocusStyle)
    QSettings.setPath(ini, scope, str(tmp_path))
    try:
        AppSettings().high_contrast = contrast.ON
        make_application()
        assert contrast.is_on(qapp)
        assert qapp.palette().color(R.Window) == QColor(255, 255, 255)
        assert isinstance(qapp.style(), focus_style.FocusStyle)  # and the focus outline
    finally:
        QSettings.setPath(ini, scope, str(usual))
        if not was_wrapped:
            qapp.setStyle(QStyleFactory.create(name))


def _grid_colour(view) -> QColor:
    from PySide6.QtWidgets import QStyle, QStyleOptionViewItem

    option = QStyleOptionViewItem()
    option.initFrom(view)
    hint = view.style().styleHint(QStyle.StyleHint.SH_Table_GridLineColor, option, view)
    return QColor.fromRgba(hint & 0xFFFFFFFF)


def test_a_tables_grid_lines_are_clear_in_high_contrast_and_as_usual_without(
        qtbot, window, restore_palette):
    from partapp.ui.widgets.table import TableView

    tables = [t for page in window.pages.values() for t in page.findChildren(TableView)]
    assert tables
    usual = {_grid_colour(t).name() for t in tables}
    contrast.apply(QApplication.instance(), True)
    seen = 0
    for page in window.pages.values():  # each page as the user goes to it: its tables on show
        window.show_page(page.key)
        for table in page.findChildren(TableView):
            if table.isVisible():
                seen += 1
                paper = table.palette().color(QPalette.ColorRole.Base)
                assert wcag_ratio(_grid_colour(table), paper) >= 3.0, table.accessibleName()
    assert seen >= 5
    contrast.apply(QApplication.instance(), False)
    for page in window.pages.values():
        window.show_page(page.key)
        for table in page.findChildren(TableView):
            if table.isVisible():
                assert _grid_colour(table).name() in usual, table.accessibleName()
