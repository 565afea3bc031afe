"""The window's last word on a fault nobody foresaw: a sentence, never a traceback.

PySide6 hands an exception that escapes a slot or an event handler to `sys.excepthook`,
whose default prints a traceback on the terminal (which the HR manager never sees) and
carries on with the screen half updated. Installed at start-up, this hook shows the
standard error box instead (`tasks.show_error`: "Something went wrong and the action was
not completed"), one at a time, so a fault repeated on every repaint cannot stack boxes.
`MENTORDESK_DEBUG=1` also prints the traceback for a developer; nothing goes to a log
(it may quote personal data).
"""

from __future__ import annotations

import os
import sys
from types import TracebackType

from PySide6.QtWidgets import QMessageBox, QWidget


def install(window: QWidget) -> None:
    """Show unforeseen errors as a sentence over `window` from now on."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if os.environ.get("MENTORDESK_DEBUG") == "1":
            previous(kind, error, tb)
        if not isinstance(error, Exception):  # KeyboardInterrupt, SystemExit: not ours to soften
            previous(kind, error, tb)
            return
        if any(box.isVisible() for box in window.findChildren(QMessageBox, "errorBox")):
            return  # one box at a time
        from .tasks import show_error

        show_error(window, error)

    sys.excepthook = hook
