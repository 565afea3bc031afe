"""Qt-side loading of the shipped resources: the program icon and translations.

The files are found through `mentordesk.assets` (importlib.resources), so the
window looks the same from a checkout, a pip-installed wheel and the bundled app.
"""

from __future__ import annotations

from pathlib import Path

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


def install_translations(app: QApplication, locale: QLocale | None = None, folder: Path | None = None) -> bool:
    """Load MentorDesk's texts in the user's language, and Qt's own (OK, Cancel, the
    file dialogs) in the same language, so one window never mixes two languages.

    `locale` is the language chosen in Preferences, else the system's.  Without a
    MentorDesk translation for it (French, or the C locale) the English catalog is
    loaded: it only holds the plural forms ("1 person", "2 people").  `folder` holds
    the compiled catalogs (default: the shipped ones); True when the user's language
    was found."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    locale = locale or QLocale()
    try:
        where = str(folder or resource("translations"))
    except ResourcesMissing:
        return False
    if folder is None:
        refresh_checkout_catalogs(Path(where))
    own = QTranslator(app)
    found = own.load(locale, "mentordesk", "_", where)
    if not found and not own.load("mentordesk_en", where):
        return False
    app.installTranslator(own)
    if found:
        language = QLocale(own.language() or locale.name())
        qt = QTranslator(app)
        if qt.load(language, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.TranslationsPath)):
            app.installTranslator(qt)
    return found


def refresh_checkout_catalogs(folder: Path) -> list[Path]:
    """In a source checkout, recompile a `.qm` older than its `.ts` (after a pull or an edit),
    so a developer never looks at yesterday's translations.  A wheel or the app ships only
    `.qm` files, so there this does nothing; without pyside6-lrelease the old `.qm` is kept."""
    import subprocess
    import sys

    made = []
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted(folder.glob("mentordesk_*.ts")):
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        if not lrelease.exists():
            break
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], capture_output=True, check=False)
        if done.returncode == 0:
            made.append(qm)
    return made


def chosen_locale(language: str) -> QLocale:
    """The locale for a language chosen in Preferences ("" = the system's).  A chosen
    language becomes the default locale too, so dates and numbers read the same way
    as the words around them."""
    locale = QLocale(language) if language else QLocale()
    if not language or locale.language() == QLocale().language():
        return QLocale()  # the system's own variant (de_AT stays de_AT)
    QLocale.setDefault(locale)
    return locale
