"""File > Export > Relationships…, Meetings…, Goals…, Check-ins…: the same tables as `mentordesk export`.

The file's ending chooses the format (Excel .xlsx or CSV); `services.exports` writes it
(formula-safe, whole or not at all, never over the company file). The export runs in the
background with its own connection, so a large file does not freeze the window.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from .file_dialogs import save_file_name
from .tasks import run_in_background, show_error

if TYPE_CHECKING:  # pragma: no cover
    from ui.app import MainWindow


class TableExports(QObject):
    """Only a translation context for plural texts (lupdate reads `Class.tr(text, "", n)`)."""


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("table_exports") so pyside6-lupdate extracts the text."""
    return QCoreApplication.translate(context, text)


def _titles() -> dict[str, tuple[str, str]]:
    """table -> (menu entry, default file stem)."""
    return {
        "relationships": (translate("table_exports", "&Relationships…"), "relationships"),
        "meetings": (translate("table_exports", "&Meetings…"), "meetings"),
        "goals": (translate("table_exports", "&Goals…"), "goals"),
        "checkins": (translate("table_exports", "&Check-ins…"), "check-ins"),
    }


def add_export_menu(window: MainWindow, menu: QMenu) -> QMenu:
    """The Export submenu; its actions are kept on the window as `export_table_actions[table]`."""
    sub = menu.addMenu(translate("table_exports", "E&xport"))
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
        path, chosen = save_file_name(
            window, translate("table_exports", "Export"),
            translate("table_exports", "Excel workbook (*.xlsx);;CSV file (*.csv)"), name=f"{stem}.xlsx")
        if not path:
            return None
        if not Path(path).suffix:  # some dialogs leave the ending off: take it from the chosen filter
            path += ".csv" if "csv" in chosen else ".xlsx"

    def work(ctx):
        from mentordesk.services import exports

        return exports.export_table(ctx.db, table, path)

    def done(n: int) -> None:
        text = TableExports.tr("Exported %Ln row(s) to {0}.", "", n)
        window.statusBar().showMessage(text.format(Path(path).name), 8000)

    def failed(error: BaseException) -> None:
        show_error(window, error, translate("table_exports", "Nothing was exported"))

    return run_in_background(window, work, label=translate("table_exports", "Exporting…"), db_path=window.db.path,
                             on_success=done, on_failure=failed, cancellable=False)
