"""One palette (ui/theme.py): readable on a light and on a dark system theme.

The app used to spell colours inline, each chosen for a light window: on a dark desktop the
grey hints vanished.  These tests measure the real contrast of what Qt paints, switch the
application to a dark palette as a dark system theme does, and keep colours in one module.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QStyleFactory

from ui import theme

UI = Path(__file__).resolve().parents[2] / "ui"
FOREGROUNDS = ("hint", "muted", "warning", "error", "refused", "success", "overdue", "strong_text", "soft_text")


def dark_palette() -> QPalette:
    """A dark palette as a dark desktop theme hands it to Qt."""
    p = QPalette()
    for role, value in ((QPalette.Window, "#2b2b2b"), (QPalette.WindowText, "#e8e8e8"), (QPalette.Base, "#1e1e1e"),
                        (QPalette.Text, "#e8e8e8"), (QPalette.Button, "#353535"), (QPalette.ButtonText, "#e8e8e8"),
                        (QPalette.Highlight, "#3d6ea5"), (QPalette.HighlightedText, "#ffffff")):
        p.setColor(role, QColor(value))
    return p


@pytest.fixture
def palette_switch(qapp):
    """Restores the application's palette and style sheet after a test that changes them."""
    before, sheet = qapp.palette(), qapp.styleSheet()
    yield qapp
    qapp.setPalette(before)
    qapp.setStyleSheet(sheet)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
@pytest.mark.parametrize("role", FOREGROUNDS)
def test_every_text_colour_reads_on_its_window(role: str, dark: bool) -> None:
    palette = dark_palette() if dark else QStyleFactory.create("Fusion").standardPalette()
    window = palette.color(QPalette.Window)
    assert theme.contrast(theme.colour(role, palette), window) >= 4.5, (role, dark)


@pytest.mark.parametrize("health", ["on_track", "needs_checkin", "at_risk", "too_early"])
@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_health_labels_read_on_their_background(health: str, dark: bool) -> None:
    palette = dark_palette() if dark else QStyleFactory.create("Fusion").standardPalette()
    bg = theme.colour(f"{health}_bg", palette)
    assert theme.contrast(theme.colour("on_state_text", palette), bg) >= 7
    # the background follows the theme: dark on a dark window, light on a light one
    assert (bg.lightness() < 128) == dark


def painted_text_colour(label: QLabel) -> QColor:
    """The darkest-or-lightest pixel furthest from the label's background: the text as painted."""
    image: QImage = label.grab().toImage()
    ground = image.pixelColor(0, 0)
    best, distance = ground, -1.0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            d = abs(c.lightnessF() - ground.lightnessF())
            if d > distance:
                best, distance = c, d
    return best


def test_a_hint_switches_with_the_system_theme(qtbot, palette_switch) -> None:
    app: QApplication = palette_switch
    theme.apply(app)
    label = QLabel("Meetings planned in the future count once they are held")
    qtbot.addWidget(label)
    theme.mark(label, "hint")
    label.resize(label.sizeHint())
    light_text = painted_text_colour(label)
    assert light_text.lightness() < 128  # dark grey text on a light window

    app.setPalette(dark_palette())
    theme.apply(app)  # what the colour-scheme watcher does when the desktop turns dark
    label.setPalette(app.palette())
    dark_text = painted_text_colour(label)
    ground = label.grab().toImage().pixelColor(0, 0)
    assert ground.lightness() < 100
    assert dark_text.lightness() > 128, "the hint must turn light on a dark window"
    assert theme.contrast(dark_text, ground) >= 3  # antialiased pixels: the darkest is still clear


def test_unknown_role_is_refused(qtbot) -> None:
    label = QLabel("x")
    qtbot.addWidget(label)
    with pytest.raises(KeyError):
        theme.mark(label, "shouting")


def test_relationship_health_cells_follow_the_palette(palette_switch) -> None:
    from ui.models.relationships_model import health_background

    light = health_background("at_risk")
    palette_switch.setPalette(dark_palette())
    dark = health_background("at_risk")
    assert light.lightness() > 180 and dark.lightness() < 100


def test_colours_live_in_the_theme_only() -> None:
    offenders = []
    for path in sorted(UI.rglob("*.py")):
        rel = path.relative_to(UI).as_posix()
        if rel == "theme.py":
            continue
        text = path.read_text(encoding="utf-8")
        for n, line in enumerate(text.splitlines(), 1):
            if re.search(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b['\";]", line) or "setStyleSheet(" in line \
                    or re.search(r"QColor\(\"", line) or "Qt.white" in line or "Qt.black" in line:
                if "QLabel#health" in line or "theme." in line:
                    continue
                offenders.append(f"{rel}:{n}: {line.strip()}")
    assert not offenders, "colours belong in ui/theme.py:\n" + "\n".join(offenders)


def test_painted_widgets_use_the_palette(qtbot, palette_switch) -> None:
    """The stage timeline draws its open dots in the window's own base colour, so on a dark
    palette no white discs remain."""
    from ui.widgets.stage_timeline import StageTimeline

    palette_switch.setPalette(dark_palette())
    timeline = StageTimeline()
    qtbot.addWidget(timeline)
    timeline.setPalette(dark_palette())
    timeline.set_stages(2, [], closed=False)
    timeline.resize(600, timeline.sizeHint().height())
    image = timeline.grab().toImage()
    whites = sum(1 for y in range(0, image.height(), 2) for x in range(0, image.width(), 2)
                 if image.pixelColor(x, y).lightness() > 245)
    assert whites == 0
