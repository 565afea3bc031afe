"""Long work off the UI thread: one helper with a progress dialog, cancel, and callbacks.

Modelled on Anki's `aqt.operations`: the worker never touches a widget; it
reports progress through a thread-safe `TaskContext`, and its result or error
comes back to the UI thread through a queued signal, where `on_success` or
`on_failure` runs. A worker that reads or writes the file opens its own
connection (`ctx.db`), so the window's connection is never shared across threads.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from mentordesk.errors import Cancelled, MentorDeskError


class TaskCancelled(Exception):
    """Raised inside a task by `ctx.check_cancelled()`; not shown as an error."""


class TaskContext:
    """What a background function gets: progress, cancel flag, its own database connection."""

    def __init__(self, db_path: Path | None) -> None:
        self._db_path = db_path
        self._db = None
        self._cancel = threading.Event()
        self._lock = threading.Lock()
        self._progress: tuple[int, int, str] = (0, 0, "")

    # called from the worker
    def progress(self, done: int, total: int, text: str = "") -> None:
        with self._lock:
            self._progress = (done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise TaskCancelled()

    @property
    def db(self):
        if self._db is None:
            from mentordesk.storage.database import Database

            if self._db_path is None:
                raise RuntimeError("this task has no database")
            self._db = Database.open(self._db_path, create=False, migrate=False)
        return self._db

    # called from the UI thread
    def cancel(self) -> None:
        self._cancel.set()

    def snapshot(self) -> tuple[int, int, str]:
        with self._lock:
            return self._progress

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class _Worker(QObject):
    finished = Signal(object, object)  # result, error (exception or None)

    def __init__(self, fn: Callable[[TaskContext], Any], ctx: TaskContext) -> None:
        super().__init__()
        self._fn = fn
        self._ctx = ctx

    def run(self) -> None:
        try:
            result = self._fn(self._ctx)
            error = None
        except BaseException as exc:  # noqa: BLE001 - reported on the UI thread
            result, error = None, exc
            if not isinstance(exc, (MentorDeskError, TaskCancelled)):
                traceback.print_exc()
        finally:
            self._ctx.close()
        self.finished.emit(result, error)


class Task(QObject):
    """A running background operation. Keep a reference until `done` fires (the helper does)."""

    done = Signal()

    def __init__(self, parent: QWidget, fn: Callable[[TaskContext], Any], *, label: str,
                 db_path: Path | None, on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None,
                 on_cancel: Callable[[], None] | None, cancellable: bool, show_progress: bool) -> None:
        super().__init__(parent)
        self.ctx = TaskContext(db_path)
        self._parent = parent
        self._on_success = on_success
        self._on_failure = on_failure
        self._on_cancel = on_cancel
        self.result: Any = None
        self.error: BaseException | None = None
        self.label = label
        self.thread = QThread()
        self.worker = _Worker(fn, self.ctx)
        self.worker.moveToThread(self.thread)
        self.thread.started.connect(self.worker.run)
        self.worker.finished.connect(self._finished, Qt.QueuedConnection)
        self.dialog: QProgressDialog | None = None
        if show_progress:
            self.dialog = QProgressDialog(label, self.tr("Cancel") if cancellable else "", 0, 0, parent)
            self.dialog.setWindowTitle(self.tr("MentorDesk"))
            self.dialog.setWindowModality(Qt.WindowModal)
            self.dialog.setMinimumDuration(300)
            self.dialog.setAutoClose(False)
            self.dialog.setAutoReset(False)
            if cancellable:
                self.dialog.canceled.connect(self.cancel)
            else:
                self.dialog.setCancelButton(None)
        self._timer = QTimer(self)
        self._timer.setInterval(50)
        self._timer.timeout.connect(self._poll)

    def start(self) -> Task:
        self.thread.start()
        self._timer.start()
        return self

    def cancel(self) -> None:
        self.ctx.cancel()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Cancelling…"))

    def _poll(self) -> None:
        if self.dialog is None:
            return
        done, total, text = self.ctx.snapshot()
        if total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))  # a modal dialog processes events here:
            if self.dialog is None:  # the task may have finished and dropped it meanwhile
                return
        if text and not self.ctx.cancelled():
            self.dialog.setLabelText(text)

    def _finished(self, result: Any, error: BaseException | None) -> None:
        self._timer.stop()
        self.thread.quit()
        self.thread.wait()
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self.result, self.error = result, error
        try:
            if _quiet:
                pass  # the application is ending: no window is left to report to
            elif error is None:
                if self._on_success is not None:
                    self._on_success(result)
            elif isinstance(error, TaskCancelled) or _is_cancel(error):
                if self._on_cancel is not None:
                    self._on_cancel()
            elif self._on_failure is not None:
                self._on_failure(error)
            else:
                show_error(self._parent, error)
        finally:
            _running.discard(self)
            self.done.emit()
            if not _running:
                _call_idle_callbacks()


def _is_cancel(error: BaseException) -> bool:
    """Every service signals a user's cancel with a subclass of `mentordesk.errors.Cancelled`."""
    return isinstance(error, Cancelled)


_running: set[Task] = set()
#: Set while the application ends: finished tasks then skip their callbacks (see `shutdown`).
_quiet = False
_idle_callbacks: list[Callable[[], None]] = []


# -- the running tasks, as a whole (in the spirit of Picard's `picard/util/thread.py`) ----------
# Quitting must never destroy a QThread that still runs (Qt aborts the process, exit 134):
# the window asks and then waits or cancels through these.

def running_tasks() -> list[Task]:
    """The tasks started and not yet finished, oldest first."""
    return sorted(_running, key=id)


def running_count() -> int:
    return len(_running)


def cancel_all() -> None:
    """Ask every running task to stop; each ends at its next check and undoes its unfinished transaction."""
    for task in list(_running):
        task.cancel()


def when_idle(callback: Callable[[], None]) -> None:
    """Call `callback` on the UI thread once no task runs (at once if none does)."""
    if not _running:
        callback()
    else:
        _idle_callbacks.append(callback)


def _call_idle_callbacks() -> None:
    waiting = list(_idle_callbacks)
    _idle_callbacks.clear()
    for callback in waiting:
        QTimer.singleShot(0, callback)


def wait_for_all(timeout_ms: int | None = None) -> bool:
    """Run the event loop until every task has finished (or `timeout_ms` passed); True if none runs.

    A task's end arrives as a queued signal, so this must spin an event loop
    rather than block on the threads.
    """
    if not _running:
        return True
    loop = QEventLoop()
    when_idle(loop.quit)
    if timeout_ms is not None:
        QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    return not _running


def shutdown() -> None:
    """The application is ending: cancel what still runs and wait for every thread to end.

    Called after the event loop returned (`app.exec()`), whatever ended it, so the
    process never exits with a running QThread. Callbacks are skipped: their
    window may be gone.
    """
    global _quiet
    _quiet = True
    try:
        cancel_all()
        wait_for_all()
    finally:
        _quiet = False


def run_in_background(
    parent: QWidget,
    fn: Callable[[TaskContext], Any],
    *,
    label: str,
    db_path: Path | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    cancellable: bool = True,
    show_progress: bool = True,
) -> Task:
    """Run `fn(ctx)` on a worker thread; callbacks run on the UI thread."""
    task = Task(parent, fn, label=label, db_path=db_path, on_success=on_success, on_failure=on_failure,
                on_cancel=on_cancel, cancellable=cancellable, show_progress=show_progress)
    _running.add(task)
    return task.start()


def show_error(parent: QWidget | None, error: BaseException, title: str | None = None) -> None:
    """Errors for the user are sentences; anything else is a bug, shown without a traceback."""
    from PySide6.QtCore import QCoreApplication

    if isinstance(error, MentorDeskError):
        text = str(error)
    else:
        text = QCoreApplication.translate(
            "tasks", "Something went wrong and the action was not completed: {0}").format(error)
    if parent is not None and any(box.isVisible() and box.text() == text
                                  for box in parent.window().findChildren(QMessageBox, "errorBox")):
        return  # two screens reading the same damaged row say it once, not in stacked boxes
    box = QMessageBox(QMessageBox.Warning, title or QCoreApplication.translate("tasks", "MentorDesk"),
                      text, QMessageBox.Ok, parent)
    problems = getattr(error, "problems", None)
    if problems and len(problems) > 1:
        box.setText(Task.tr("%Ln problems were found. Nothing was saved.", "", len(problems)))
        box.setDetailedText("\n".join(problems))
        box.setInformativeText("\n".join(problems[:15]) + ("\n…" if len(problems) > 15 else ""))
    box.setObjectName("errorBox")
    box.open()
