"""The report's own language on the Reports screen (issue 12): an executive may read another
language than HR, so each report can be printed in any shipped language.

The first entry means "as in Preferences" (`mentordesk.i18n.default_language`: the window's
chosen language, else the system's) and names that language, so HR sees what it means.
The choice is for the report at hand, not remembered: the next session starts from Preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from mentordesk.i18n import default_language

from ..dialogs.preferences_dialog import LANGUAGES


def language_combo(parent: QWidget) -> QComboBox:
    """A combo box whose data is "" (Preferences' language) or a language code."""
    combo = QComboBox(parent)
    combo.setObjectName("reportLanguage")
    names = dict(LANGUAGES)
    combo.addItem(QCoreApplication.translate("report_language", "As in Preferences ({0})")
                  .format(names.get(default_language(), default_language())), "")
    for code, name in LANGUAGES:
        combo.addItem(name, code)
    combo.setToolTip(QCoreApplication.translate(
        "report_language", "The language of this report; the window keeps its own."))
    return combo
