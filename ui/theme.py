"""MentorDesk's one palette: every colour and text style of the window lives here.

Why one module: colours used to be spelled inline in forty places, each written for a
light system theme; on a dark desktop grey hints vanished into the background and the
health colours glared.  Here each colour has a *role* ("hint", "warning", "at_risk"…)
with a light and a dark value, chosen by the application palette (which of the two is
remembered until the palette or the system's colour scheme changes), and labels get
their look from a role property plus one application style sheet (`apply`), so a
palette change restyles every label at once.

Use:
    theme.mark(label, "hint")          # muted explanatory text
    theme.mark(label, "heading")       # a dialog's bold heading
    theme.colour("at_risk_bg")         # a QColor for a model's BackgroundRole
    theme.css("warning")               # "#8a4b00" for rich text (HTML) in a label
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

#: role -> (on a light window, on a dark window).  Foregrounds keep a contrast of at least
#: 4.5:1 against their window colour (tests/ui/test_theme.py measures it).
COLOURS: dict[str, tuple[str, str]] = {
    "hint": ("#555555", "#b4b8be"),
    "muted": ("#666666", "#a8adb4"),
    "warning": ("#8a4b00", "#f0b35a"),
    "error": ("#b00020", "#ff8a95"),
    "refused": ("#a4262c", "#ff8a95"),
    "success": ("#1b6e20", "#7fd089"),
    "overdue": ("#8a1c1c", "#ff9c9c"),
    "archived": ("#7a7f87", "#9aa0a8"),
    # health / state backgrounds, each with the text drawn on it
    "on_track_bg": ("#d8efdc", "#1f4a2a"),
    "needs_checkin_bg": ("#fff0c2", "#5a4a12"),
    "at_risk_bg": ("#f6d0d3", "#5e2126"),
    "too_early_bg": ("#e6e8eb", "#3a3e44"),
    "on_state_text": ("#1f1f1f", "#f2f2f2"),
    "state_border": ("#b8bcc2", "#5c6168"),
    "banner_bg": ("#fff4ce", "#4a3d10"),
    "banner_text": ("#5c4400", "#ffe9a8"),
    "banner_border": ("#e0c060", "#8a7020"),
    "changed_bg": ("#fff4ce", "#4a3d10"),
    "nav_bg": ("#f3f5f8", "#2a2d31"),
    "accent": ("#2f5d8a", "#4f86bd"),
    "accent_dark": ("#1b3f66", "#8fb8e0"),
    "accent_text": ("#ffffff", "#ffffff"),
    "future": ("#8a8f96", "#8a8f96"),
    "line": ("#6b7178", "#8a9098"),
    "strong_text": ("#111111", "#f0f0f0"),
    "soft_text": ("#333333", "#d8d8d8"),
    "gap": ("#9fb8d0", "#51708f"),
    "track": ("#eef1f5", "#33373c"),
    "target": ("#000000", "#ffffff"),
    "grid": ("#d5dbe3", "#4a4f56"),
    "caution": ("#b35c00", "#f0a050"),
    "info": ("#2f6f8a", "#7fbcd8"),
    "card_bg": ("#ffffff", "#33373c"),
    "card_border": ("#d5dbe3", "#4a4f56"),
    "card_text": ("#1f2933", "#eef0f2"),
    "caption": ("#4a5560", "#b8c0c8"),
    "preview_bg": ("#8a939e", "#4a4f56"),
}

#: Text roles for labels: (colour role or None, extra CSS).
TEXT_ROLES: dict[str, tuple[str | None, str]] = {
    "hint": ("hint", ""),
    "small_hint": ("hint", "font-size: 11px;"),
    "heading": (None, "font-weight: 600; font-size: 14px;"),
    "title": (None, "font-weight: 600; font-size: 16px;"),
    "strong": (None, "font-weight: 600;"),
    "warning": ("warning", ""),
    "error": ("error", ""),
    "empty": ("muted", "padding: 24px;"),
    "caption": ("caption", ""),
    "page_title": (None, "font-weight: 600; font-size: 18px;"),
}


def is_dark(palette: QPalette | None = None) -> bool:
    """True when the window background is dark (a dark system theme or palette)."""
    if palette is None:
        return _app_is_dark()
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def colour(role: str, palette: QPalette | None = None) -> QColor:
    """The colour of `role` for the current (or given) palette (a copy: the caller may change it)."""
    light, dark = COLOURS[role]
    if palette is not None:
        return QColor(dark if is_dark(palette) else light)
    return QColor((_DARK if _app_is_dark() else _LIGHT)[role])


_LIGHT = {role: QColor(light) for role, (light, _dark) in COLOURS.items()}
_DARK = {role: QColor(dark) for role, (_light, dark) in COLOURS.items()}


def _read_is_dark() -> bool:
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


class _PaletteWatch(QObject):
    """Remembers whether the application palette is dark, and forgets it when the palette changes.

    Table models ask for a colour for every visible cell on every repaint, and reading
    the application palette cost more than the rest of `colour()`; the answer changes
    only with the palette. Qt announces a new application palette synchronously with the
    `paletteChanged` signal (a window's `ApplicationPaletteChange` event comes later,
    posted, so a repaint in between would use the old colours); where a Qt no longer has
    that signal, an event filter on the application catches `ApplicationPaletteChange`
    instead, at the price of seeing every event. The system switching between light and
    dark (the style hints' colour scheme) also forgets it, and re-applies the style sheet
    once `apply()` installed one.
    """

    def __init__(self, app: QGuiApplication, *, use_signal: bool | None = None) -> None:
        super().__init__(app)
        self.app = app
        self.dark: bool | None = None
        self.restyle = False  # set by apply(): the application style sheet is ours to refresh
        if use_signal is None:
            use_signal = hasattr(app, "paletteChanged")
        if use_signal:
            app.paletteChanged.connect(self.forget)
        else:
            app.installEventFilter(self)
        hints = app.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self.scheme_changed)

    def forget(self, *_args) -> None:
        self.dark = None

    def scheme_changed(self, *_args) -> None:
        self.dark = None
        if self.restyle:
            self.app.setStyleSheet(style_sheet())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.app and event.type() in (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange):
            self.dark = None
        return False

    def is_dark(self) -> bool:
        if self.dark is None:
            self.dark = _read_is_dark()
        return self.dark


_watch: _PaletteWatch | None = None


def _watch_of(app: QGuiApplication) -> _PaletteWatch:
    """The one watch of this application (a new application gets a new one)."""
    global _watch
    if _watch is None or _watch.app is not app:
        _watch = _PaletteWatch(app)
    return _watch


def _app_is_dark() -> bool:
    """Whether the application palette is dark, read once per palette (see `_PaletteWatch`)."""
    app = QGuiApplication.instance()
    if app is None:  # no application yet: nothing would tell us of a change, so read it each time
        return _read_is_dark()
    return _watch_of(app).is_dark()


def css(role: str) -> str:
    """The colour of `role` as `#rrggbb`, for rich text and style sheets."""
    return colour(role).name()


def mark(widget: QWidget, role: str) -> QWidget:
    """Give `widget` a text role; its look comes from the application style sheet."""
    if role not in TEXT_ROLES:
        raise KeyError(f"unknown text role {role!r}")
    widget.setProperty("textRole", role)
    _restyle(widget)
    return widget


def _restyle(widget: QWidget) -> None:
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def style_sheet(palette: QPalette | None = None) -> str:
    """The application style sheet: text roles, the banner and the navigation list."""
    c = {role: colour(role, palette).name() for role in COLOURS}
    rules = []
    for role, (colour_role, extra) in TEXT_ROLES.items():
        body = (f"color: {c[colour_role]}; " if colour_role else "") + extra
        rules.append(f'QLabel[textRole="{role}"] {{ {body.strip()} }}')
    rules += [
        f"QLabel#banner {{ background: {c['banner_bg']}; color: {c['banner_text']}; padding: 8px 12px;"
        f" border-bottom: 1px solid {c['banner_border']}; }}",
        f"QListWidget#navigation {{ font-size: 14px; border: none; background: {c['nav_bg']}; }}",
        "QListWidget#navigation::item { padding: 10px 14px; }",
        f"QListWidget#navigation::item:selected {{ background: {c['accent']}; color: {c['accent_text']}; }}",
    ]
    return "\n".join(rules)


def card_sheet(name: str, accent: str | None) -> str:
    """A summary card's style sheet (the Attention tiles): `accent` is a colour role that
    colours its border and number when it asks for attention, or None for a quiet card."""
    border = css(accent) if accent else css("card_border")
    number = css(accent) if accent else css("card_text")
    return (f"#{name} {{ background: {css('card_bg')}; border: 1px solid {border};"
            f" border-left: 4px solid {border}; border-radius: 4px; }}"
            f"QLabel#tileValue {{ font-size: 24px; font-weight: 600; color: {number}; }}"
            f"QLabel#tileCaption {{ color: {css('caption')}; }}")


def empty_sheet(name: str) -> str:
    """The big "nothing here" card of a list (the Attention page's empty state)."""
    return (f"QLabel#{name} {{ color: {css('caption')}; font-size: 15px; padding: 40px;"
            f" background: {css('card_bg')}; border: 1px solid {css('card_border')}; border-radius: 4px; }}")


def apply(app: QApplication | None = None) -> None:
    """Install the style sheet on the application (once at start, again on a scheme change)."""
    app = app or QApplication.instance()
    if app is None:
        return
    app.setStyleSheet(style_sheet())
    _watch_of(app).restyle = True  # a change of colour scheme sets it again


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two colours (1 … 21)."""
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
