"""Every file dialog of the window, starting in the folder HR used last.

HR saves reports, exports and backups to the same few folders; making them
click their way back from the home folder each time is the habit of no other
desktop program.  Every `QFileDialog` call of `ui/` goes through these three
functions: they start in the last folder chosen (any dialog, kept in the
settings) and remember the folder of what was chosen.  A caller may still name
its own start (the open file's folder for a merge, a logo's own path).

`offer_open_folder` follows a saved report: a message box whose "Open folder"
button shows the folder in the system's file manager.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from mentordesk.site import config_dir

KEY = "files/last_folder"


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows ("file_dialogs")."""
    return QCoreApplication.translate(context, text)


def _settings() -> QSettings:
    """The window's settings file (as `ui.app.settings`, without importing the window)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(folder / "mentordesk.ini"), QSettings.IniFormat)


def last_folder() -> Path:
    """The folder of the last file or folder chosen in any dialog, else the home folder."""
    value = _settings().value(KEY) or ""
    folder = Path(str(value)) if value else None
    return folder if folder is not None and folder.is_dir() else Path.home()


def remember_folder(chosen: str | Path) -> None:
    """Keep the folder of `chosen` (a file) or `chosen` itself (a folder) for the next dialog."""
    path = Path(chosen)
    folder = path if path.is_dir() else path.parent
    s = _settings()
    s.setValue(KEY, str(folder))
    s.sync()


def _start(name: str = "", start: str | Path | None = None) -> str:
    """Where a dialog opens: the caller's own start if it names one, else the last folder (+ name)."""
    if start:
        return str(start)
    return str(last_folder() / name) if name else str(last_folder())


def open_file_name(parent: QWidget | None, caption: str, file_filter: str = "",
                   start: str | Path | None = None) -> str:
    """A file to read ("" when cancelled)."""
    path, _ = QFileDialog.getOpenFileName(parent, caption, _start(start=start), file_filter)
    if path:
        remember_folder(path)
    return path


def save_file_name(parent: QWidget | None, caption: str, file_filter: str = "", name: str = "",
                   start: str | Path | None = None, selected_filter: str = "") -> tuple[str, str]:
    """A file to write and the filter chosen (("", "") when cancelled); `name` is the suggested file name."""
    args = (parent, caption, _start(name, start), file_filter)
    path, chosen = (QFileDialog.getSaveFileName(*args, selected_filter) if selected_filter
                    else QFileDialog.getSaveFileName(*args))
    if path:
        remember_folder(path)
    return path, chosen


def existing_folder(parent: QWidget | None, caption: str, start: str | Path | None = None) -> str:
    """A folder ("" when cancelled)."""
    path = QFileDialog.getExistingDirectory(parent, caption, _start(start=start))
    if path:
        remember_folder(path)
    return path


def open_folder(path: str | Path) -> bool:
    """Show `path` (a folder, or the folder holding a file) in the system's file manager."""
    target = Path(path)
    folder = target if target.is_dir() else target.parent
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def offer_open_folder(parent: QWidget, saved: str | Path, text: str) -> QMessageBox:
    """Say what was saved, with an "Open folder" button; shown without blocking, returned for tests."""
    box = QMessageBox(QMessageBox.Information, translate("file_dialogs", "Saved"), text, QMessageBox.Close, parent)
    box.setObjectName("savedBox")
    button = box.addButton(translate("file_dialogs", "Open Folder"), QMessageBox.ActionRole)
    button.setObjectName("openFolderButton")
    button.clicked.connect(lambda: open_folder(saved))
    box.setDefaultButton(QMessageBox.Close)
    box.setAttribute(Qt.WA_DeleteOnClose)
    box.open()
    return box
