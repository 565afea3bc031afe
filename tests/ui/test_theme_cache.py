"""ui/theme.colour() remembers whether the palette is dark, and forgets it when the palette changes.

Models call `theme.colour()` for every visible cell on every repaint, so the theme reads the
application palette once per palette instead of once per call. These tests switch the real
application palette in several ways and check the colours (and a real model's cells) follow
at once, and count how often the palette is read.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QStyleFactory

from ui import theme

ROLES = ("hint", "warning", "at_risk_bg", "accent")


def _palette(window: str, text: str) -> QPalette:
    p = QPalette(QStyleFactory.create("Fusion").standardPalette())
    for role, value in ((QPalette.Window, window), (QPalette.WindowText, text), (QPalette.Base, window),
                        (QPalette.Text, text)):
        p.setColor(role, QColor(value))
    return p


def light() -> QPalette:
    return _palette("#f0f0f0", "#111111")


def dark() -> QPalette:
    return _palette("#2b2b2b", "#e8e8e8")


def expected(role: str, is_dark: bool) -> str:
    return theme.COLOURS[role][1 if is_dark else 0]


@pytest.fixture
def app(qapp):
    """The application, on a light palette; its own palette and style sheet back after the test."""
    before, sheet = qapp.palette(), qapp.styleSheet()
    qapp.setPalette(light())
    yield qapp
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


def test_switching_the_palette_changes_the_colour_at_once(app) -> None:
    for role in ROLES:  # asked first, so the light answer is remembered
        assert theme.colour(role).name() == expected(role, False)
    for is_dark, palette in ((True, dark()), (False, light()), (True, dark()), (True, dark())):
        app.setPalette(palette)
        assert theme.is_dark() is is_dark
        for role in ROLES:
            assert theme.colour(role).name() == expected(role, is_dark), (role, is_dark)
        assert f"color: {expected('hint', is_dark)}" in theme.style_sheet()
        assert theme.css("warning") == expected("warning", is_dark)


def test_a_palette_changed_in_place_is_noticed(app) -> None:
    """Only the window colour of the application palette changes (a theme tweaking one role)."""
    assert not theme.is_dark()
    palette = app.palette()
    palette.setColor(QPalette.Window, QColor("#101010"))
    app.setPalette(palette)
    assert theme.colour("hint").name() == expected("hint", True)
    palette.setColor(QPalette.Window, QColor("#fafafa"))
    app.setPalette(palette)
    assert theme.colour("hint").name() == expected("hint", False)


def test_a_models_cells_follow_the_palette(app) -> None:
    """The real Relationships model: the health cell's background is a themed colour."""
    from ui.models.relationships_model import health_background

    assert health_background("at_risk").name() == expected("at_risk_bg", False)
    app.setPalette(dark())
    assert health_background("at_risk").name() == expected("at_risk_bg", True)
    assert health_background("unknown").name() == expected("too_early_bg", True)


def test_the_palette_is_read_once_per_palette(app, monkeypatch: pytest.MonkeyPatch) -> None:
    reads = []
    real = QGuiApplication.palette

    class Counting:
        """QGuiApplication as the theme sees it, counting reads of the application palette."""

        @staticmethod
        def instance():
            return QGuiApplication.instance()

        @staticmethod
        def palette():
            reads.append(1)
            return real()

    theme.colour("hint")
    monkeypatch.setattr(theme, "QGuiApplication", Counting)
    for _ in range(500):
        theme.colour("hint")
        theme.colour("at_risk_bg")
    assert len(reads) == 0
    app.setPalette(dark())
    for _ in range(500):
        assert theme.colour("hint").name() == expected("hint", True)
    assert len(reads) == 1


def test_a_given_palette_wins_over_the_remembered_one(app) -> None:
    assert theme.colour("hint").name() == expected("hint", False)
    assert theme.colour("hint", dark()).name() == expected("hint", True)
    assert theme.is_dark(dark()) and not theme.is_dark()
    assert theme.colour("hint").name() == expected("hint", False)


def test_a_returned_colour_is_the_callers_own(app) -> None:
    first = theme.colour("accent")
    first.setAlpha(10)
    first.setRgb(1, 2, 3)
    again = theme.colour("accent")
    assert again.name() == expected("accent", False) and again.alpha() == 255



@pytest.mark.parametrize("use_signal", [True, False], ids=["paletteChanged signal", "event filter"])
def test_both_ways_of_hearing_of_a_new_palette(app, use_signal: bool) -> None:
    """A Qt without the `paletteChanged` signal is watched through `ApplicationPaletteChange`."""
    watch = theme._PaletteWatch(app, use_signal=use_signal)
    try:
        assert watch.is_dark() is False
        app.setPalette(dark())
        assert watch.is_dark() is True
        app.setPalette(light())
        assert watch.is_dark() is False
    finally:
        app.removeEventFilter(watch)
        watch.setParent(None)
        watch.deleteLater()


def test_a_colour_scheme_change_restyles_what_apply_styled(app) -> None:
    """The desktop turning dark: the style sheet `apply()` installed is written again in dark colours."""
    from PySide6.QtCore import Qt

    theme.apply(app)
    assert f"color: {expected('hint', False)}" in app.styleSheet()
    app.setPalette(dark())  # the palette alone: colours follow, the installed sheet is not rewritten
    assert theme.colour("hint").name() == expected("hint", True)
    assert f"color: {expected('hint', False)}" in app.styleSheet()
    app.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert f"color: {expected('hint', True)}" in app.styleSheet()
    assert theme.colour("hint").name() == expected("hint", True)
