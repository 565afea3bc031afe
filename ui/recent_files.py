"""File > Open Recent: the list of files last opened, kept in the window's settings.

Kept out of `ui/app.py` so the main window holds the window, not settings plumbing.
The list is stored under `files/recent` (newest first) and the last file under
`files/last`, which `ui.launch.main` opens at the next start.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu


def recent_files(settings: QSettings) -> list[str]:
    """The remembered paths, newest first (an ini file with one entry gives a plain string)."""
    value = settings.value("files/recent", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if v]


def remember_file(settings: QSettings, path: Path, keep: int) -> None:
    """Put `path` first in the list (once), keep `keep` entries, and make it the one opened next time."""
    recent = [str(path)] + [p for p in recent_files(settings) if p != str(path)]
    settings.setValue("files/recent", recent[:keep])
    settings.setValue("files/last", str(path))
    settings.sync()


def refresh_recent_menu(menu: QMenu, paths: list[str], open_file: Callable[[str], object]) -> None:
    """One action per path, opening it; the menu is greyed out when the list is empty."""
    menu.clear()
    owner = menu.parent()
    for path in paths:
        menu.addAction(QAction(path, owner, triggered=lambda _=False, p=path: open_file(p)))
    menu.setEnabled(bool(paths))
