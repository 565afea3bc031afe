"""`mentordesk-gui --db FILE --check-startup`: how long until the first screen is on screen.

A smoke test for CI and the packaged app, and the start-up figure of the
benchmarks: the window opens the file, shows and paints its first screen with
the file's data, prints the seconds since the process started (interpreter
start-up and imports included, which is what a user waits for) and exits 0;
1 when the file did not open or nothing was painted.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox

#: Fallback start when the system cannot tell when this process began.
_IMPORTED_AT = time.monotonic()
#: How long to wait for the first paint before calling it a failure.
PAINT_TIMEOUT = 60.0


def seconds_since_process_start() -> float:
    """Wall seconds since the OS started this process (Linux: /proc), else since this module loaded."""
    try:
        with open(f"/proc/{os.getpid()}/stat", "rb") as fh:
            fields = fh.read().rsplit(b")", 1)[1].split()
        started = int(fields[19]) / os.sysconf("SC_CLK_TCK")  # field 22: start time, ticks after boot
        return time.clock_gettime(time.CLOCK_BOOTTIME) - started
    except (OSError, ValueError, IndexError, AttributeError):
        return time.monotonic() - _IMPORTED_AT


def answer_dialogs(app: QApplication) -> QTimer:
    """No one is there to answer a question in a smoke test: any dialog that comes up
    (a file that cannot be opened, a recovery question) is printed to stderr and
    cancelled, so the check ends with its verdict instead of waiting for ever."""

    def dismiss() -> None:
        dialog = app.activeModalWidget() or next(
            (w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
        if isinstance(dialog, QDialog):
            text = dialog.text() if isinstance(dialog, QMessageBox) else dialog.windowTitle()
            print(f"mentordesk-gui: {text}", file=sys.stderr, flush=True)
            dialog.reject()

    timer = QTimer(app)
    timer.setInterval(50)
    timer.timeout.connect(dismiss)
    timer.start()
    return timer


class _PaintWatch(QObject):
    """Notes the first paint event a widget receives."""

    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.painted = True
        return False


def check_startup(app: QApplication, window: QMainWindow, opened: bool) -> int:
    """Wait (bounded) for the current screen's first paint, print the figure, close the window."""
    screen = window.stack.currentWidget() if hasattr(window, "stack") else window
    watch = _PaintWatch()
    target = screen if screen is not None else window
    target.installEventFilter(watch)
    target.update()
    deadline = time.monotonic() + PAINT_TIMEOUT
    while not watch.painted and target.isVisible() and time.monotonic() < deadline:
        app.processEvents()
        if not watch.painted:
            target.repaint()  # paints now if the platform can; the event filter notes it
    seconds = seconds_since_process_start()
    target.removeEventFilter(watch)
    name = type(target).__name__
    ok = opened and watch.painted and window.isVisible() and getattr(window, "db", None) is not None
    print(f"{seconds:.3f} s from process start to the first screen painted ({name}, "
          f"{'file open' if opened else 'file NOT open'}{'' if watch.painted else ', NOT painted'})",
          flush=True)
    window.close()
    sys.stdout.flush()
    return 0 if ok else 1
