"""The menus of a desktop program: File > Save and Print, Edit > Find and Delete, View, Help.

HR expects the habits of every other program: Ctrl+S saves, Ctrl+P prints,
Ctrl+F goes to the search box, Delete deletes the selected record, F1 opens the
guide, Ctrl+1…6 switch screens.  None of these commands does anything of its
own: each is routed to what the current screen already offers (its Save or
Delete button, its search box, the Reports screen's Print button), so the
menu and the button can never disagree, and a screen without such a thing
says so in the status bar instead of doing something else.

`add_menus(window)` is the only hook (called at the end of the window's own
menu building); the help dialogs are in `ui/dialogs/help_dialogs.py`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QPushButton

from . import theme

if TYPE_CHECKING:  # pragma: no cover
    from .app import MainWindow

#: Buttons that save what the current screen holds, by attribute name, first visible one wins.
SAVE_BUTTONS = ("save_summary_button", "save_button")
#: Text size steps (points added to the system's font) that View > Larger/Smaller Text allow.
TEXT_STEPS = range(-2, 9)
TEXT_KEY = "view/text_size_step"
MESSAGE_MS = 6000


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; every call spells "menus"."""
    return QCoreApplication.translate(context, text)


def add_menus(window: MainWindow) -> None:
    """Add the commands of this module to the window's File, Edit and Help menus and a View menu."""
    _add_file_commands(window)
    _add_edit_commands(window)
    _add_view_menu(window)
    _add_help_commands(window)
    apply_text_step(window, _stored_step())


def _action(window: MainWindow, text: str, shortcut, slot, name: str) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setObjectName(name)
    action.triggered.connect(slot)
    return action


def _help_menu(window: MainWindow) -> QMenu:
    about = getattr(window, "about_action", None)
    for action in window.menuBar().actions():
        menu = action.menu()
        if menu is not None and about is not None and about in menu.actions():
            return menu
    return window.menuBar().addMenu(translate("menus", "&Help"))


def _say(window: MainWindow, text: str) -> None:
    window.statusBar().showMessage(text, MESSAGE_MS)


# -- File ------------------------------------------------------------------------------------

def _add_file_commands(window: MainWindow) -> None:
    window.save_action = _action(window, translate("menus", "&Save"), QKeySequence.Save,
                                 lambda: save_current(window), "saveAction")
    window.print_action = _action(window, translate("menus", "&Print Report…"), QKeySequence.Print,
                                  lambda: print_current(window), "printAction")
    before = getattr(window, "preferences_action", None)
    menu = window.file_menu
    if before is not None and before in menu.actions():
        menu.insertActions(before, [window.save_action, window.print_action])
        menu.insertSeparator(before)
    else:
        menu.addActions([window.save_action, window.print_action])


def _visible_button(view, names: tuple[str, ...]) -> QPushButton | None:
    for name in names:
        button = getattr(view, name, None)
        if isinstance(button, QPushButton) and button.isVisible():
            return button
    return None


def save_current(window: MainWindow) -> None:
    """Ctrl+S: the current screen's own Save button, when it shows one."""
    button = _visible_button(window.current_view(), SAVE_BUTTONS)
    if button is None:
        _say(window, translate("menus", "This screen saves every change as you make it; there is nothing to save."))
    elif not button.isEnabled():
        _say(window, translate("menus", "There is nothing new to save here."))
    else:
        button.click()


def print_current(window: MainWindow) -> None:
    """Ctrl+P: print the report previewed on the Reports screen (going there first if needed)."""
    view = window.current_view()
    reports = window.views.build("ReportsView") if view is None or type(view).__name__ != "ReportsView" else view
    if reports is None:
        return
    if reports is not view:
        window.show_view("ReportsView")
        _say(window, translate("menus", "Choose a report, then press Ctrl+P again to print it."))
        return
    button = getattr(reports, "print_button", None)
    if button is not None and button.isEnabled():
        button.click()
    else:
        _say(window, translate("menus", "The report is still being prepared; print it once the preview shows."))


# -- Edit ------------------------------------------------------------------------------------

def _add_edit_commands(window: MainWindow) -> None:
    menu = getattr(window, "edit_menu", None)
    if menu is None:
        menu = QMenu(translate("menus", "&Edit"), window)
        window.menuBar().insertMenu(_help_menu(window).menuAction(), menu)
        window.edit_menu = menu
    window.find_action = _action(window, translate("menus", "&Find"), QKeySequence.Find,
                                 lambda: find_current(window), "findAction")
    window.delete_action = _action(window, translate("menus", "&Delete Selected…"), QKeySequence.Delete,
                                   lambda: delete_current(window), "deleteAction")
    menu.addSeparator()
    menu.addActions([window.find_action, window.delete_action])


def search_box(view) -> QLineEdit | None:
    """The current screen's search box: a visible line edit whose object name says "search"."""
    if view is None:
        return None
    boxes = [w for w in view.findChildren(QLineEdit) if "search" in w.objectName().lower() and w.isVisible()]
    return boxes[0] if boxes else None


def find_current(window: MainWindow) -> None:
    """Ctrl+F: put the cursor in the current screen's search box, its text selected to type over."""
    box = search_box(window.current_view())
    if box is None:
        _say(window, translate("menus", "This screen has no search; People and Relationships have one."))
        return
    box.setFocus(Qt.ShortcutFocusReason)
    box.selectAll()


def delete_buttons(view) -> list[QPushButton]:
    """The Delete buttons the current screen shows (the visible tab's), e.g. "Delete meeting…"."""
    if view is None:
        return []
    return [b for b in view.findChildren(QPushButton) if b.objectName().startswith("delete") and b.isVisible()]


def delete_current(window: MainWindow) -> None:
    """Delete: press the screen's own Delete button (which asks first), when something is selected."""
    buttons = delete_buttons(window.current_view())
    enabled = [b for b in buttons if b.isEnabled()]
    if len(enabled) == 1:
        enabled[0].click()
    elif buttons:
        _say(window, translate("menus", "Select the meeting, goal or check-in to delete first."))
    else:
        _say(window, translate("menus", "Nothing on this screen is deleted with the Delete key."))


# -- View ------------------------------------------------------------------------------------

def _add_view_menu(window: MainWindow) -> None:
    menu = QMenu(translate("menus", "&View"), window)
    window.menuBar().insertMenu(_help_menu(window).menuAction(), menu)
    window.view_menu = menu
    group = QActionGroup(window)
    window.screen_actions = []
    for row in range(window.nav.count()):
        title = window.nav.item(row).text()
        shortcut = QKeySequence(Qt.CTRL | getattr(Qt, f"Key_{row + 1}")) if row < 9 else None
        action = _action(window, title, shortcut, lambda _=False, r=row: window.nav.setCurrentRow(r),
                         f"screen{row + 1}")
        action.setCheckable(True)
        group.addAction(action)
        menu.addAction(action)
        window.screen_actions.append(action)
    window.nav.currentRowChanged.connect(lambda row: _check_screen(window, row))
    _check_screen(window, window.nav.currentRow())
    menu.addSeparator()
    window.show_archived_action = _action(window, translate("menus", "Show &Archived People"), None,
                                          lambda on: show_archived(window, on), "showArchivedAction")
    window.show_archived_action.setCheckable(True)
    menu.addAction(window.show_archived_action)
    menu.aboutToShow.connect(lambda: _sync_archived(window))
    window.people_columns_menu = menu.addMenu(translate("menus", "People &Columns"))
    window.people_columns_menu.setObjectName("peopleColumnsViewMenu")
    window.people_columns_menu.aboutToShow.connect(lambda: _fill_people_columns(window))
    menu.addSeparator()
    window.larger_text_action = _action(window, translate("menus", "&Larger Text"), QKeySequence.ZoomIn,
                                        lambda: step_text(window, +1), "largerTextAction")
    window.smaller_text_action = _action(window, translate("menus", "S&maller Text"), QKeySequence.ZoomOut,
                                         lambda: step_text(window, -1), "smallerTextAction")
    window.normal_text_action = _action(window, translate("menus", "&Normal Text Size"), "Ctrl+0",
                                        lambda: apply_text_step(window, 0, remember=True), "normalTextAction")
    menu.addActions([window.larger_text_action, window.smaller_text_action, window.normal_text_action])


def _check_screen(window: MainWindow, row: int) -> None:
    if 0 <= row < len(window.screen_actions):
        window.screen_actions[row].setChecked(True)


def _sync_archived(window: MainWindow) -> None:
    people = window.views.get("PeopleView")
    box = getattr(people, "show_archived", None)
    if box is not None:
        window.show_archived_action.setChecked(box.isChecked())


def _fill_people_columns(window: MainWindow) -> None:
    """View > People Columns: the People list's column chooser (ui/views/people/columns.py);
    the People screen is built for it if it was not shown yet (ui/lazy_views.py)."""
    chooser = getattr(window.views.build("PeopleView"), "columns", None)
    if chooser is not None:
        chooser.fill_menu(window.people_columns_menu)


def show_archived(window: MainWindow, on: bool) -> None:
    """View > Show Archived People: the People screen's own "Show archived" box, and go there."""
    people = window.show_view("PeopleView")
    box = getattr(people, "show_archived", None)
    if box is not None:
        box.setChecked(on)


# -- text size -------------------------------------------------------------------------------

def _stored_step() -> int:
    from .settings import settings

    try:
        step = int(settings().value(TEXT_KEY, 0))
    except (TypeError, ValueError):
        return 0
    return step if step in TEXT_STEPS else 0


def step_text(window: MainWindow, delta: int) -> None:
    step = getattr(window, "text_step", 0) + delta
    if step in TEXT_STEPS:
        apply_text_step(window, step, remember=True)


def apply_text_step(window: MainWindow, step: int, remember: bool = False) -> None:
    """Every text of the program `step` points larger than the system's (dialogs opened later too)."""
    app = QApplication.instance()
    base = app.property("mentordeskBasePoints")
    if base is None:
        base = app.font().pointSizeF()
        app.setProperty("mentordeskBasePoints", base)
    if step != getattr(window, "text_step", 0) or remember:
        font = app.font()
        font.setPointSizeF(float(base) + step)
        app.setFont(font)
        theme.apply(app)  # an application style sheet holds fonts per widget: re-polish so open ones follow
    window.text_step = step
    window.larger_text_action.setEnabled(step + 1 in TEXT_STEPS)
    window.smaller_text_action.setEnabled(step - 1 in TEXT_STEPS)
    if remember:
        from .settings import settings

        s = settings()
        s.setValue(TEXT_KEY, step)
        s.sync()


# -- Help ------------------------------------------------------------------------------------

def _add_help_commands(window: MainWindow) -> None:
    from .dialogs import help_dialogs

    menu = _help_menu(window)
    window.guide_action = _action(window, translate("menus", "MentorDesk &User Guide"), QKeySequence.HelpContents,
                                  lambda: help_dialogs.show_user_guide(window), "userGuideAction")
    window.shortcuts_action = _action(window, translate("menus", "&Keyboard Shortcuts"), None,
                                      lambda: help_dialogs.show_shortcuts(window), "shortcutsAction")
    first = menu.actions()[0] if menu.actions() else None
    menu.insertActions(first, [window.guide_action, window.shortcuts_action])
    if first is not None:
        menu.insertSeparator(first)
