"""Help > User Guide (F1) and Help > Keyboard Shortcuts.

The guide is `docs/user-guide.md`, shipped inside the package (see
`mentordesk.assets.document`), shown rendered so HR reads it without a browser
or an internet connection.  The shortcuts list is made from the window's own
actions (and buttons that carry a shortcut) each time it opens, so it cannot
drift from what the keys really do.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mentordesk.assets import document
from mentordesk.errors import MentorDeskError

from ..tasks import show_error

GUIDE = "user-guide.md"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows ("help_dialogs")."""
    return QCoreApplication.translate(context, text)


def _plain(text: str) -> str:
    """A menu text as read aloud: no accelerator ampersand (a doubled "&&" is a real one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


class UserGuideDialog(QDialog):
    """The user guide, rendered; links inside it jump, links out open the browser."""

    def __init__(self, parent: QWidget | None, markdown: str) -> None:
        super().__init__(parent)
        self.setObjectName("userGuide")
        self.setWindowTitle(translate("help_dialogs", "MentorDesk User Guide"))
        self.resize(780, 620)  # fits 1280x720 with the window frame
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setMarkdown(markdown)
        layout.addWidget(self.browser, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_user_guide(window: QWidget) -> UserGuideDialog | None:
    """F1: one guide window per main window, raised if already open; returned (not blocking) for tests."""
    existing = getattr(window, "guide_dialog", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return existing
    try:
        markdown = document(GUIDE).read_text(encoding="utf-8")
    except (MentorDeskError, OSError) as exc:
        error = exc if isinstance(exc, MentorDeskError) else MentorDeskError(translate(
            "help_dialogs", "The user guide could not be read. Your data is not affected; reinstall "
            "MentorDesk to repair its files."))
        show_error(window, error)
        return None
    dialog = UserGuideDialog(window, markdown)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    dialog.destroyed.connect(lambda *_: setattr(window, "guide_dialog", None))
    window.guide_dialog = dialog
    dialog.show()
    return dialog


# -- shortcuts ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Shortcut:
    keys: str  # as the platform writes it, e.g. "Ctrl+F"
    command: str
    where: str  # the menu, or the screen the button is on


def _menu_of(window: QMainWindow) -> dict[QAction, str]:
    """Every action in the menu bar with the menu path it sits in ("File", "File > Export")."""
    found: dict[QAction, str] = {}

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} > {_plain(action.menu().title())}")
            else:
                found.setdefault(action, path)

    for top in window.menuBar().actions():
        if top.menu() is not None:
            walk(top.menu(), _plain(top.menu().title()))
    return found


def collect_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The window's actions and buttons that have a shortcut, in menu order, then the buttons."""
    menus = _menu_of(window)
    rows: list[Shortcut] = []
    seen: set[int] = set()
    for action in [*menus, *window.findChildren(QAction)]:
        if id(action) in seen or action.shortcut().isEmpty():
            continue
        seen.add(id(action))
        for seq in action.shortcuts():
            rows.append(Shortcut(seq.toString(QKeySequence.NativeText), _plain(action.text()),
                                 menus.get(action, translate("help_dialogs", "Window"))))
    for button in window.findChildren(QAbstractButton):
        if not button.shortcut().isEmpty():
            rows.append(Shortcut(button.shortcut().toString(QKeySequence.NativeText), _plain(button.text()),
                                 _screen_of(window, button)))
    return rows


def _screen_of(window: QMainWindow, widget: QWidget) -> str:
    """The navigation title of the screen a button is on."""
    stack = getattr(window, "stack", None)
    nav = getattr(window, "nav", None)
    if stack is not None and nav is not None:
        for row in range(stack.count()):
            page = stack.widget(row)
            if page is widget or page.isAncestorOf(widget):
                return nav.item(row).text() if nav.item(row) else ""
    return translate("help_dialogs", "Window")


class ShortcutsDialog(QDialog):
    """Help > Keyboard Shortcuts: key, what it does, and where it lives."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(translate("help_dialogs", "Keyboard Shortcuts"))
        self.resize(620, 600)
        self.shortcuts = collect_shortcuts(window)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(len(self.shortcuts), 3, self)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([translate("help_dialogs", "Keys"), translate("help_dialogs", "Command"),
                                              translate("help_dialogs", "Where")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)  # a list, not a form
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        for row, item in enumerate(self.shortcuts):
            for column, text in enumerate((item.keys, item.command, item.where)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_shortcuts(window: QMainWindow) -> ShortcutsDialog:
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WA_DeleteOnClose)
    window.shortcuts_dialog = dialog
    dialog.show()
    return dialog
