"""Closing the window while background work runs: ask, then wait for it or stop it, then close.

Without this, closing during "Approve all" or an import let the process end
with a QThread still running, and Qt aborts (`QThread: Destroyed while thread is
still running`, exit 134). Now the close is held back and HR chooses:

- **Wait, then quit**: the work finishes (its result is saved and reported), then the window closes;
- **Stop it and quit**: the work is cancelled (each task undoes its unfinished
  transaction, so the file keeps its state from before), then the window closes;
- **Keep working**: nothing happens.

`ui.app.main` also calls `tasks.shutdown()` after the event loop ends, for any
other way the application could end (a logout, `QApplication.quit()`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMessageBox

from . import tasks

if TYPE_CHECKING:
    from .app import MainWindow

BOX_NAME = "quitWhileBusyBox"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("quit_guard") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


def allow_close(window: MainWindow, event: QCloseEvent) -> bool:
    """True when the window may close now; otherwise the event is ignored and HR is asked (not blocking)."""
    if tasks.running_count() == 0:
        return _no_unsaved_summary(window, event)
    event.ignore()
    existing = window.findChild(QMessageBox, BOX_NAME)
    if existing is not None and existing.isVisible():
        existing.raise_()
        return False
    labels = [t.label.rstrip("…. ") for t in tasks.running_tasks() if t.label]
    box = QMessageBox(QMessageBox.Question, translate("quit_guard", "Work is still running"),
                      translate("quit_guard",
                                "MentorDesk is still busy: {0}.").format("; ".join(labels)
                                                                         or translate("quit_guard", "saving")),
                      parent=window)
    box.setObjectName(BOX_NAME)
    box.setInformativeText(translate("quit_guard",
                                     "Wait for it to finish and then quit, or stop it and quit: stopped work is not "
                               "saved and the file stays as it was before it started."))
    wait = box.addButton(translate("quit_guard", "Wait, then Quit"), QMessageBox.AcceptRole)
    stop = box.addButton(translate("quit_guard", "Stop It and Quit"), QMessageBox.DestructiveRole)
    box.addButton(translate("quit_guard", "Keep Working"), QMessageBox.RejectRole)
    box.setDefaultButton(wait)

    def answered(_result: int) -> None:
        clicked = box.clickedButton()
        if clicked is stop:
            tasks.cancel_all()
        if clicked in (wait, stop):
            window.statusBar().showMessage(translate("quit_guard", "MentorDesk closes when the work has ended…"))
            tasks.when_idle(window.close)

    box.finished.connect(answered)
    box.setAttribute(Qt.WA_DeleteOnClose, True)
    box.open()
    return False



def _no_unsaved_summary(window: MainWindow, event: QCloseEvent) -> bool:
    """An HR summary typed and not saved: ask Save / Discard / Cancel before the window closes."""
    view = dict.get(window.views, "RelationshipsView") if isinstance(window.views, dict) else None
    if view is None:  # never shown: nothing typed (and its modules need not load to quit)
        return True
    from .views.relationships.summary_guard import summary_guard
    from .widgets.unsaved import DISCARD, SAVE, ask_save_discard

    guard = summary_guard(view)
    if not guard.dirty():
        return True
    event.ignore()
    if guard.box is not None:
        guard.box.raise_()
        return False
    rel_id = view._summary_for

    def answered(answer: str) -> None:
        guard.box = None
        if answer == SAVE and not guard.save(rel_id):
            return
        if answer in (SAVE, DISCARD):
            view.hr_summary.document().setModified(False)
            window.close()

    name = guard._pair_name()
    guard.box = ask_save_discard(window, answered,
                                 what=translate("quit_guard", "The summary you typed for {0} is not saved yet.")
                                 .format(name) if name
                                 else translate("quit_guard", "The summary you typed is not saved yet."))
    return False
