"""Starting the window: Qt's application object with the icon, the platform check,
and the two one-shot modes (`--check-start`, `--install-desktop-entry`)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from mentordesk.errors import MentorDeskError

from .resources import app_icon


def start_qt(argv: list[str]) -> QApplication | None:
    """The QApplication, or None after telling the user in plain words what to install
    when Qt could not open a window here (instead of Qt's paragraph and an abort)."""
    existing = QApplication.instance()
    if existing is not None:
        return existing
    from .platform_check import FatalPlatformGuard, platform_problem

    problem = platform_problem()
    if problem:
        print(problem, file=sys.stderr)
        return None
    with FatalPlatformGuard():
        app = QApplication(argv)
    QCoreApplication.setApplicationName("MentorDesk")
    QCoreApplication.setOrganizationName("MentorDesk")
    app.setDesktopFileName("mentordesk")  # the Linux desktop entry, for the taskbar icon
    app.setWindowIcon(app_icon())
    return app


def install_desktop_entry() -> int:
    from mentordesk.desktop_entry import install

    try:
        entry = install()
    except (OSError, MentorDeskError) as exc:
        print(f"mentordesk: could not add MentorDesk to the applications menu: {exc}", file=sys.stderr)
        return 1
    print(f"MentorDesk is in your applications menu now ({entry}).")
    return 0


def report_start(window: QMainWindow, opened: bool) -> int:
    """For `--check-start`: say on stdout whether the window and the file opened."""
    from mentordesk import __version__

    ok = window.isVisible() and opened and window.db is not None
    where = window.db.path if window.db is not None else "no file"
    print(f"MentorDesk {__version__}: window {'shown' if window.isVisible() else 'NOT shown'}, "
          f"{len(window.views)} screens, file {'open' if opened else 'NOT open'}: {where}", flush=True)
    window.close()
    return 0 if ok else 1
