"""File > Export > Relationships…, Meetings…, Goals…, Check-ins…: the same tables as `mentordesk export`.

The file's ending chooses the format (Excel .xlsx or CSV); `services.exports` writes it
(formula-safe, whole or not at all, never over the company file). The export runs in the
background with its own connection, so a large file does not freeze the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from .tasks import run_in_background, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow


def translate(text: str) -> str:
    return QCoreApplication.translate("table_exports", text)


def _titles() -> dict[str, tuple[str, str]]:
    """table -> (menu entry, default file stem)."""
    return {
        "relationships": (translate("&Relationships…"), "relationships"),
        "meetings": (translate("&Meetings…"), "meetings"),
        "goals": (translate("&Goals…"), "goals"),
        "checkins": (translate("&Check-ins…"), "check-ins"),
    }


def add_export_menu(window: MainWindow, menu: QMenu) -> QMenu:
    """The Export submenu; its actions are kept on the window as `export_table_actions[table]`."""
    sub = menu.addMenu(translate("E&xport"))
    window.export_table_actions = {}
    for table, (title, _stem) in _titles().items():
        action = QAction(title, window, triggered=lambda _checked=False, t=table: export_table_dialog(window, t))
        sub.addAction(action)
        window.export_table_actions[table] = action
    window.export_menu = sub
    return sub


def export_table_dialog(window: MainWindow, table: str, path: str | None = None):
    """Ask where to save (unless `path` is given, as tests do), then export in the background."""
    if window.db is None:
        return None
    stem = _titles()[table][1]
    if path is None:
        folder = window.db.path.parent if window.db.path else Path.home()
        path, chosen = QFileDialog.getSaveFileName(
            window, translate("Export"), str(folder / f"{stem}.xlsx"),
            translate("Excel workbook (*.xlsx);;CSV file (*.csv)"))
        if not path:
            return None
        if not Path(path).suffix:  # some dialogs leave the ending off: take it from the chosen filter
            path += ".csv" if "csv" in chosen else ".xlsx"

    def work(ctx):
        from mentordesk.services import exports

        return exports.export_table(ctx.db, table, path)

    def done(n: int) -> None:
        text = translate("Exported 1 row to {1}.") if n == 1 else translate("Exported {0} rows to {1}.")
        window.statusBar().showMessage(text.format(n, Path(path).name), 8000)

    def failed(error: BaseException) -> None:
        show_error(window, error, translate("Nothing was exported"))

    return run_in_background(window, work, label=translate("Exporting…"), db_path=window.db.path,
                             on_success=done, on_failure=failed, cancellable=False)
