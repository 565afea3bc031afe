"""File > Import People… and File > Export People…: the main window's people CSV commands.

Kept out of `ui/app.py` so the main window holds the window; `MainWindow` keeps
one-line methods of the same names (menus and tests call them). The import runs
off the UI thread (`ui/tasks.py`) inside one undoable step, so Edit > Undo puts
the file back. Texts keep the "MainWindow" translation context they had.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from mentordesk.errors import MentorDeskError

from .file_dialogs import open_file_name, save_file_name
from .tasks import Task, run_in_background, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate under the name lupdate knows."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def import_people_dialog(window: MainWindow) -> None:
    """Ask for the CSV file, then hand it to the import flow (encoding, mapping, preview, import)."""
    path = open_file_name(window, translate("MainWindow", "Import people"),
                          translate("MainWindow", "CSV files (*.csv);;All files (*)"))
    if path:
        from .people_import_flow import start_import

        start_import(window, path)  # encoding question, column mapping, preview, then the import


def import_people(window: MainWindow, path: str) -> Task | None:
    """Import off the UI thread; problems are listed by line in a dialog."""
    if window.db is None or window.db.readonly:
        return None
    from mentordesk.services import people

    def work(ctx):
        from mentordesk.services import undo

        with undo.undoable(ctx.db, "import", undo.import_label(Path(path).name)):  # Edit > Undo puts it back
            return people.import_people(ctx.db, path, progress=ctx.progress, cancelled=ctx.cancelled)

    def done(report) -> None:
        from .people_import_flow import show_result

        window.reload_all()
        window.last_import_report = report
        show_result(window, path, report=report)  # counts, warnings and how to undo, in a dialog

    def failed(error: BaseException) -> None:
        window.last_import_error = error
        show_error(window, error, translate("MainWindow", "Nothing was imported"))

    return run_in_background(window, work, label=translate("MainWindow", "Importing people…"),
                             db_path=window.db.path, on_success=done, on_failure=failed)


def export_people_dialog(window: MainWindow) -> int | None:
    """Write every person to a CSV file HR chooses; returns how many (None: nothing written), which
    the window says in its status bar (the plural stays `MainWindow.tr`'s)."""
    if window.db is None:
        return None
    path, _ = save_file_name(window, translate("MainWindow", "Export people"),
                             translate("MainWindow", "CSV files (*.csv)"), name="people.csv")
    if not path:
        return None
    from mentordesk.services import people
    try:
        return people.export_people(window.db, path)
    except MentorDeskError as exc:
        show_error(window, exc)
        return None
