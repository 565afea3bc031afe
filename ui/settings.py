"""The window's own settings file (`mentordesk.ini` in the user's config folder).

Its own module so every screen and helper can read settings without importing the main
window (`ui.app` imports the screens: importing it back from them made an import circle).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from mentordesk.site import config_dir


def settings() -> QSettings:
    """Settings live beside the site id, in the user's config folder (tests redirect it
    with MENTORDESK_CONFIG_DIR)."""
    folder = config_dir()
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return QSettings(str(folder / "mentordesk.ini"), QSettings.IniFormat)
