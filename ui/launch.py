"""Starting the window: command-line options, the window's language, which file opens first.

Kept apart from `ui/app.py` (the main window) so the window class is not buried
under start-up decisions; `ui.app` re-exports `main`, `parse_args`,
`use_window_language` and `_create_demo`, so `python -m ui.app`, the packaged
entry point and older imports keep working.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLocale, QTimer

from .resources import chosen_locale, install_translations
from .startup import install_desktop_entry, report_start, start_qt


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    from mentordesk.about import VersionAction

    parser = argparse.ArgumentParser(prog="mentordesk-gui", description="MentorDesk")
    parser.add_argument("--version", action=VersionAction)
    parser.add_argument("--db", metavar="FILE", help="the MentorDesk file to open")
    parser.add_argument("--demo", action="store_true", help="open a demo company in a new file")
    parser.add_argument("--check-startup", action="store_true",
                        help="open the file, show and paint the first screen, print the seconds since "
                             "the process started, and quit (a start-up smoke test)")
    parser.add_argument("--check-start", action="store_true",
                        help="open the window and the file, report whether that worked, and quit "
                             "(for checking an installation)")
    parser.add_argument("--install-desktop-entry", action="store_true",
                        help="Linux: add MentorDesk with its icon to your applications menu, and quit")
    parser.add_argument("file", nargs="?", help="a MentorDesk file to open (as from a double-click)")
    known, _ = parser.parse_known_args(list(argv))
    if known.file and not Path(known.file).is_file():
        known.file = None  # only an existing file: a stray Qt option value must never create one
    return known


def use_window_language(locale: QLocale, found: bool) -> str:
    """The services' sentences (errors, merge summaries, undo labels) in the window's language:
    the language chosen in Preferences or the system's, English when the window has no
    translation for it, so one window never mixes two languages.  Returns the language code."""
    from mentordesk.i18n import use_language

    return use_language(locale.name() if found else "en").language


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    args = parse_args(argv[1:])
    if args.install_desktop_entry:
        return install_desktop_entry()
    app = start_qt(argv)
    if app is None:
        return 1
    from .dialogs.preferences_dialog import stored_language
    from .settings import settings
    locale = chosen_locale(stored_language(settings()))
    use_window_language(locale, install_translations(app, locale))  # before the check: its sentences
    target = _first_file(args, settings().value("files/last") or None)
    pending = _start_check(target)  # SQLite's quick check runs while the window is imported and built
    from mentordesk.services.session import default_database_path

    from .app import MainWindow  # imported here: ui.app re-exports this module's names
    window = MainWindow()
    from .unexpected import install

    install(window)
    demo = default_database_path().with_name("demo.db")
    if target == demo and not demo.exists():  # made once the window can show what went wrong
        demo.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        _create_demo(demo)
    if args.check_startup:
        from .startup_check import answer_dialogs
        answer_dialogs(app)
    window.show()
    opened = window.open_file(target, pending)  # the demo's banner comes with the file (MainWindow._demo_note)
    if args.check_startup:
        from .startup_check import check_startup
        return check_startup(app, window, opened)
    if args.check_start:
        QTimer.singleShot(0, lambda: app.exit(report_start(window, opened)))
    code = app.exec()
    from .tasks import shutdown
    shutdown()  # however the loop ended, no thread may outlive it (Qt would abort the process)
    return code


def _first_file(args: argparse.Namespace, last: str | None) -> Path:
    """The file the window opens at start: the one asked for, else the last one, else the
    company file, else the demo (created on the first run: something to look at)."""
    from mentordesk.services.session import default_database_path

    demo = default_database_path().with_name("demo.db")
    if args.demo:
        target = demo
    elif args.db or args.file:
        target = Path(args.db or args.file)
    elif last and Path(last).exists():
        target = Path(last)
    elif default_database_path().exists():
        target = default_database_path()
    else:
        target = demo  # File > New starts the real file
    return target


def _start_check(target: Path):
    """The file's check, started now on a thread of its own (`open_check.PendingCheck`)."""
    if not target.expanduser().is_file():
        return None
    from mentordesk.services.open_check import PendingCheck

    return PendingCheck(target)


def _create_demo(path: Path) -> None:
    """The first run shows a demo company so the app is not an empty screen."""
    from mentordesk.demo import fill_demo
    from mentordesk.services.session import open_database

    db = open_database(path)
    try:
        fill_demo(db)
    finally:
        db.close()
