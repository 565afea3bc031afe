"""Opening a file in the window: problems, the lock note, sync folders, conflict copies.

The questions asked along the way are module-level functions so tests (and
scripts) can answer them without a dialog: `ask_when_locked`, `tell_problem`,
`warn_synced_folder`, `offer_conflict_copies`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk.services import session

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow

HEARTBEAT_MS = 5 * 60 * 1000


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("file_open") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


def ask_when_locked(parent: QWidget, result) -> str:
    """Someone else has the file: 'readonly', 'takeover' (stale locks only) or 'cancel'."""
    box = QMessageBox(QMessageBox.Question, translate("file_open", "File in use"), result.message, parent=parent)
    box.setInformativeText(translate("file_open",
                                     "You can open it read-only: you will see everything but cannot change it."))
    readonly = box.addButton(translate("file_open", "Open Read-Only"), QMessageBox.AcceptRole)
    takeover = box.addButton(translate("file_open", "Take Over"),
                             QMessageBox.DestructiveRole) if result.status == "stale" else None
    box.addButton(QMessageBox.Cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is readonly:
        return "readonly"
    if takeover is not None and clicked is takeover:
        return "takeover"
    return "cancel"


def tell_problem(parent: QWidget, problem: session.FileProblem) -> bool:
    """Explain why the file cannot be opened; True if the user wants to restore a backup."""
    box = QMessageBox(QMessageBox.Warning, translate("file_open", "Cannot open file"), str(problem), parent=parent)
    box.setInformativeText(translate("file_open", "Nothing in the file was changed."))
    restore = box.addButton(translate("file_open", "Restore a Backup…"),
                            QMessageBox.AcceptRole) if problem.has_backups else None
    box.addButton(QMessageBox.Close)
    box.exec()
    return restore is not None and box.clickedButton() is restore


def warn_synced_folder(parent: QWidget, service: str, advice: str) -> None:
    QMessageBox.information(parent, translate("file_open", "File in a synced folder"),
                            translate("file_open", "This file is in a {0} folder.").format(service) + "\n\n" + advice)


def tell_notices(parent: QWidget, notices: list[str]) -> None:
    """What happened on open that the user must know: an interrupted save undone, a journal set aside."""
    QMessageBox.information(parent, translate("file_open", "File checked on opening"), "\n\n".join(notices))


def offer_conflict_copies(parent: QWidget, copies: list[Path]) -> bool:
    names = "\n".join(f"• {p.name}" for p in copies[:10])
    answer = QMessageBox.question(
        parent, translate("file_open", "Conflict copies found"),
        translate("file_open", "The sync service left copies of this file that may hold changes made elsewhere:")
        + "\n\n" + names
        + "\n\n" + translate("file_open", "Merge them into this file now? A backup is made first."))
    return answer == QMessageBox.Yes


def open_for_window(window: MainWindow, path: Path, pending=None):
    """Returns (Database, HeldLock | None), or None when the user cancelled or the file is unusable.

    `pending` is the file's check started earlier (`open_check.PendingCheck`, at launch). When
    the People screen is the one showing, its list is read while the check runs, and used if
    the file is unchanged by then.
    """
    from mentordesk.services.open_check import check_reading_ahead
    from mentordesk.storage.lockfile import release, take_over

    path = path.expanduser().absolute()
    try:
        ahead = check_reading_ahead(path, pending, people=type(window.current_view()).__name__ == "PeopleView")
    except session.FileProblem as problem:
        if tell_problem(window, problem):
            restore = getattr(window, "restore_backup_dialog", None)
            if restore is not None:
                restore(path)
        return None

    readonly = False
    lock = None
    asked = False  # a question may wait minutes: then the file is checked again as it opens
    if path.exists() or path.parent.exists():
        result = session.lock_for_editing(path)
        if result.acquired:
            lock = result.lock
        elif result.status in ("held", "stale"):
            choice = ask_when_locked(window, result)
            asked = True
            if choice == "cancel":
                return None
            if choice == "takeover":
                taken = take_over(path)
                if taken.acquired:
                    lock = taken.lock
                else:
                    readonly = True
            else:
                readonly = True
        else:  # read-only folder, network trouble: still usable for reading
            readonly = True

    try:
        db = session.open_database(path, readonly=readonly, checked=not asked,  # checked just above
                                   read_ahead=ahead)
    except Exception:
        if lock is not None:
            release(lock)
        raise
    if db.readonly and lock is not None:
        release(lock)  # e.g. a newer-version file: we will not write, so do not block others
        lock = None
    if readonly and not db.info.reason:
        db.info.reason = translate("file_open",
                                   "Someone else has this file open for editing, so it is open for reading only.")

    if db.info.notices:
        QTimer.singleShot(0, lambda: tell_notices(window, list(db.info.notices)))
    _after_open(window, db.path)
    if lock is not None:
        _start_heartbeat(window)
    return db, lock


def _after_open(window: MainWindow, path: Path) -> None:
    from ui.settings import settings

    advice = session.open_advice(path)
    s = settings()
    key = "warned_sync/" + str(path).replace("/", "|")
    if advice.sync_service and not s.value(key, False, type=bool):
        s.setValue(key, True)
        s.sync()
        QTimer.singleShot(0, lambda: warn_synced_folder(window, advice.sync_service, advice.sync_advice))
    if advice.conflict_copies:
        def offer() -> None:
            if offer_conflict_copies(window, advice.conflict_copies):
                merge = getattr(window, "merge_files", None)
                if merge is not None:
                    merge(advice.conflict_copies)
        QTimer.singleShot(0, offer)


def _start_heartbeat(window: MainWindow) -> None:
    """Keep our lock note fresh so a long session never looks abandoned."""
    from mentordesk.storage.lockfile import refresh

    timer = getattr(window, "_lock_heartbeat", None)
    if timer is None:
        timer = QTimer(window)
        timer.setInterval(HEARTBEAT_MS)
        window._lock_heartbeat = timer

        def beat() -> None:
            if window.lock is not None:
                window.lock = refresh(window.lock) or None
                if window.lock is None:
                    # Our note is gone or someone took over: stop writing at once.
                    window.reopen_read_only(translate("file_open",
                        "Someone else took over this file for editing, so it is now open for reading only. "
                        "Reopen it later to continue editing."))
        timer.timeout.connect(beat)
    timer.start()
