"""Fit a laptop screen: windows never open taller or wider than the screen, and remember their size per screen.

A form taller than the screen (the person dialog with five competencies is
820 px; a 1280×720 laptop has less than that) gets its fields put in a scroll
area while its OK/Cancel row stays outside it, always visible. Sizes are
remembered per dialog *and* per screen geometry (QSettings key
`sizes/<name>/<width>x<height>+<x>+<y>`), so a size chosen on a 1920×1080
monitor never comes back on the laptop's own screen, and the other way round.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

#: Room for a title bar and borders before the window system has told us the real frame.
GUESSED_FRAME = QSize(16, 40)
#: The main window's size on a first start, if the screen has room for it.
MAIN_DEFAULT = QSize(1200, 780)


def _settings():
    from ui.settings import settings  # the app's own settings file (tests redirect it)

    return settings()


def available(widget: QWidget) -> QRect:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def screen_key(widget: QWidget) -> str:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    g = screen.geometry()
    return f"{g.width()}x{g.height()}+{g.x()}+{g.y()}"


def frame_extra(widget: QWidget) -> QSize:
    """How much the window frame adds around the widget (a guess until it is shown)."""
    extra = widget.frameGeometry().size() - widget.geometry().size()
    if widget.isVisible() and (extra.width() > 0 or extra.height() > 0):
        return extra
    return GUESSED_FRAME


def room(widget: QWidget) -> QSize:
    """The largest size the widget may take so that its frame fits the available screen."""
    return available(widget).size() - frame_extra(widget)


def _holds_buttons(item: QLayoutItem) -> bool:
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        return True
    layout = item.layout()
    return layout is not None and any(_holds_buttons(layout.itemAt(i)) for i in range(layout.count()))


def wrap_in_scroll_area(dialog: QDialog) -> bool:
    """Move the dialog's fields into a scroll area, leaving the row with OK/Cancel below it."""
    outer = dialog.layout()
    if outer is None or dialog.findChild(QScrollArea, "fitScrollArea") is not None:
        return False
    kept: list[QWidget | QLayout] = []
    for i in reversed(range(outer.count())):
        item = outer.itemAt(i)
        if _holds_buttons(item):
            outer.takeAt(i)
            part = item.widget() or item.layout()
            if isinstance(part, QLayout):
                part.setParent(None)
            kept.insert(0, part)
    margins = outer.contentsMargins()
    inner = QWidget()
    inner.setObjectName("fitContents")
    inner.setLayout(outer)  # Qt moves the layout, and the widgets in it, off the dialog
    outer.setContentsMargins(0, 0, 0, 0)
    scroll = QScrollArea(dialog)
    scroll.setObjectName("fitScrollArea")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.NoFrame)
    scroll.setWidget(inner)
    layout = QVBoxLayout(dialog)
    layout.setContentsMargins(margins)
    layout.addWidget(scroll, 1)
    for part in kept:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part)
    return True


def fit_dialog(dialog: QDialog, name: str) -> None:
    """Before a dialog is first shown: its remembered size on this screen, and never larger than the screen."""
    limit = room(dialog)
    want = dialog.sizeHint().expandedTo(dialog.minimumSizeHint())
    if dialog.layout() is not None and (dialog.layout().minimumSize().height() > limit.height()
                                        or dialog.layout().minimumSize().width() > limit.width()):
        wrap_in_scroll_area(dialog)
        dialog.setMinimumSize(dialog.minimumSize().boundedTo(limit))
    remembered = _settings().value(f"sizes/{name}/{screen_key(dialog)}")
    if isinstance(remembered, QSize) and remembered.isValid():
        want = remembered
    dialog.resize(want.expandedTo(dialog.minimumSizeHint()).boundedTo(limit))


def refit(dialog: QDialog) -> None:
    """A shown dialog whose contents grew (competency rows added, an error list shown) stays on
    the screen: once its fields need more than the screen, they move into a scroll area."""
    layout = dialog.layout()
    if layout is None:
        return
    limit = room(dialog)
    need = layout.minimumSize()
    if (need.height() > limit.height() or need.width() > limit.width()) and wrap_in_scroll_area(dialog):
        dialog.setMinimumSize(dialog.minimumSize().boundedTo(limit))
    if dialog.height() > limit.height() or dialog.width() > limit.width():
        dialog.resize(dialog.size().boundedTo(limit))
    keep_on_screen(dialog)


def keep_on_screen(widget: QWidget) -> None:
    """Move a shown window so that its whole frame is on the available screen."""
    area = available(widget)
    frame = widget.frameGeometry()
    if frame.width() > area.width() or frame.height() > area.height():
        extra = frame.size() - widget.geometry().size()
        widget.resize(widget.size().boundedTo(area.size() - extra))
        frame = widget.frameGeometry()
    x = min(max(frame.x(), area.left()), area.right() + 1 - frame.width())
    y = min(max(frame.y(), area.top()), area.bottom() + 1 - frame.height())
    if (x, y) != (frame.x(), frame.y()):
        widget.move(x, y)


def remember_size(widget: QWidget, name: str) -> None:
    s = _settings()
    s.setValue(f"sizes/{name}/{screen_key(widget)}", widget.size())
    s.sync()


def restore_main_window(window: QWidget) -> None:
    """The main window's geometry as last left on this screen; on a first start the default, if it fits."""
    geometry = _settings().value(f"window/geometry/{screen_key(window)}")
    if isinstance(geometry, QByteArray) and window.restoreGeometry(geometry):
        return
    window.resize(MAIN_DEFAULT.boundedTo(room(window)).expandedTo(window.minimumSize()))


def remember_main_window(window: QWidget) -> None:
    s = _settings()
    s.setValue(f"window/geometry/{screen_key(window)}", window.saveGeometry())
    s.sync()
