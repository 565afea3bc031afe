"""Edit > Undo (Ctrl+Z): take back the last edit, import, merge or bulk action of the open file.

What can be undone, and how, is `mentordesk.services.undo` and `.edit_undo` (shared
with the `mentordesk undo` command): a single edit (a person, a goal, a meeting, a
program) gets its old values back as a new edit; for a big action the backup taken
before it is restored through the ordinary restore. The window asks first, naming the action, when it
was done and what else would be lost (changes made since), and keeps the file
as it is now as a backup. The menu item reads "Undo import of people.csv" and
is greyed out when there is nothing to undo, for a read-only file too. A text
field's own Ctrl+Z still undoes typing in that field: Qt gives the focused
editor the shortcut first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from mentordesk.errors import MentorDeskError
from mentordesk.services import edit_undo
from mentordesk.services import undo as undo_service

from .tasks import show_error

if TYPE_CHECKING:
    from .app import MainWindow

BOX_NAME = "undoBox"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("undo_menu") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


def add_edit_menu(window: MainWindow) -> QMenu:
    """Put Undo at the top of the Edit menu (made, before Help, if the window has none yet)."""
    menu = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None
                 and a.text().replace("&", "") == translate("undo_menu", "&Edit").replace("&", "")), None)
    if menu is None:
        menu = QMenu(translate("undo_menu", "&Edit"), window)
        help_action = next((a for a in window.menuBar().actions() if a.text().replace("&", "") == "Help"), None)
        if help_action is not None:
            window.menuBar().insertMenu(help_action, menu)
        else:
            window.menuBar().addMenu(menu)
    window.undo_action = QAction(translate("undo_menu", "&Undo"), window, shortcut=QKeySequence.Undo)
    window.undo_action.triggered.connect(lambda: ask_undo(window))
    first = menu.actions()[0] if menu.actions() else None
    menu.insertAction(first, window.undo_action)
    if first is not None:
        menu.insertSeparator(first)
    menu.aboutToShow.connect(lambda: refresh_undo_action(window))
    menu.aboutToHide.connect(lambda: window.undo_action.setEnabled(True))  # Ctrl+Z checks again when pressed
    window.edit_menu = menu
    return menu


def last_undo(window: MainWindow) -> undo_service.UndoPoint | edit_undo.EditPoint | None:
    """The newer of the last edit and the last big action, or None (nothing, or a read-only file)."""
    if window.db is None or window.db.readonly:
        return None
    try:
        return edit_undo.last_action(window.db)
    except Exception:  # noqa: BLE001 - an unreadable record means nothing to undo, never an error box
        return None


def refresh_undo_action(window: MainWindow) -> None:
    point = last_undo(window)
    window.undo_action.setEnabled(point is not None)
    window.undo_action.setText(translate("undo_menu", "&Undo {0}").format(point.label) if point
                               else translate("undo_menu", "&Undo"))


def ask_undo(window: MainWindow) -> QMessageBox | None:
    """Ask before undoing (not blocking); returns the question so tests can answer it."""
    point = last_undo(window)
    if point is None:
        window.statusBar().showMessage(translate(
            "undo_menu", "There is nothing to undo: no edit, import, merge or bulk action yet."), 8000)
        return None
    if isinstance(point, edit_undo.EditPoint):
        return _ask_undo_edit(window, point)
    lost = undo_service.loss_sentence(undo_service.changes_since(window.db, point))
    when = point.done_at.astimezone().strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(QMessageBox.Question, translate("undo_menu", "Undo"),
                      translate("undo_menu", "Undo the {0}?").format(point.label),
                      QMessageBox.Cancel, window)
    box.setObjectName(BOX_NAME)
    box.setAttribute(Qt.WA_DeleteOnClose, True)
    box.setInformativeText(translate("undo_menu",
                                     "The file goes back to how it was just before it ({0}). {1} The file as it is now "
                               "is kept as a backup (File > Restore Backup).").format(when, lost))
    do_it = box.addButton(translate("undo_menu", "Undo {0}").format(point.label), QMessageBox.DestructiveRole)
    box.setDefaultButton(QMessageBox.Cancel)

    def answered(_result: int) -> None:
        if box.clickedButton() is do_it:
            undo_now(window, point)

    box.finished.connect(answered)
    box.open()
    return box


def undo_now(window: MainWindow, point: undo_service.UndoPoint) -> bool:
    """Restore the backup from before the action, holding the file as a restore does, and reopen it."""
    path = window.db.path
    # The restore replaces the file: our connection goes, our lock note stays until it is done.
    window.db.close()
    window.db = None
    try:
        result = undo_service.undo(path, point)
    except MentorDeskError as exc:
        window._close_db()
        show_error(window, exc, translate("undo_menu", "Nothing was undone"))
        window.open_file(path)
        return False
    window._close_db()
    window.open_file(path)
    done = translate("undo_menu", "Undone: {0}.").format(point.label)
    if result.note:  # e.g. erasures made after the backup applied again (issue 14)
        done += " " + result.note
    window.statusBar().showMessage(done, 10000)
    return True


def _ask_undo_edit(window: MainWindow, point: edit_undo.EditPoint) -> QMessageBox:
    """The question for a single edit: only its rows change back, so no backup is involved."""
    when = point.done_at.astimezone().strftime("%Y-%m-%d %H:%M")
    box = QMessageBox(QMessageBox.Question, translate("undo_menu", "Undo"),
                      translate("undo_menu", "Undo the {0}?").format(point.label), QMessageBox.Cancel, window)
    box.setObjectName(BOX_NAME)
    box.setAttribute(Qt.WA_DeleteOnClose, True)
    box.setInformativeText(translate("undo_menu", "The values from before the edit ({0}) come back; nothing "
                                                  "else in the file changes.").format(when))
    do_it = box.addButton(translate("undo_menu", "Undo {0}").format(point.label), QMessageBox.DestructiveRole)
    box.setDefaultButton(QMessageBox.Cancel)
    box.finished.connect(lambda _result: undo_edit_now(window, point) if box.clickedButton() is do_it else None)
    box.open()
    return box


def undo_edit_now(window: MainWindow, point: edit_undo.EditPoint) -> bool:
    """Put the edit's old values back on the open file and show every screen the result."""
    try:
        edit_undo.undo_edit(window.db, point)
    except MentorDeskError as exc:
        show_error(window, exc, translate("undo_menu", "Nothing was undone"))
        return False
    window.reload_all()
    window.statusBar().showMessage(translate("undo_menu", "Undone: {0}.").format(point.label), 10000)
    return True
