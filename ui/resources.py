"""Qt-side loading of the shipped resources: the program icon and translations.

The files are found through `mentordesk.assets` (importlib.resources), so the
window looks the same from a checkout, a pip-installed wheel and the bundled app.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from mentordesk.assets import ResourcesMissing, resource

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    """The program icon in every rendered size (crisp in the title bar and the dock),
    or an empty icon if the installation lost it: a missing icon must not stop the app."""
    icon = QIcon()
    try:
        folder = resource("icons")
    except ResourcesMissing:
        return icon
    for size in ICON_SIZES:
        path = folder / f"mentordesk-{size}.png"
        if path.exists():
            icon.addFile(str(path), QSize(size, size))
    return icon


def install_translations(app: QApplication, locale: QLocale | None = None) -> bool:
    """Load `mentordesk_<language>.qm` when one ships for the user's language."""
    from PySide6.QtCore import QTranslator

    try:
        folder = resource("translations")
    except ResourcesMissing:
        return False
    translator = QTranslator(app)
    if translator.load(locale or QLocale(), "mentordesk", "_", str(folder)):
        app.installTranslator(translator)
        return True
    return False
