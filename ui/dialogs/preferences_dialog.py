"""Edit > Preferences: the window's language and the report settings that had no home.

The language follows the system unless HR picks another here (a Madrid office may
run an English system yet want Spanish screens).  The choice is stored with the
other window settings (`ui.app.settings()`, an ini file in the user's config
folder) and read by `ui.app.main` before the first window is built, so it takes
effect at the next start; the dialog says so.  Paper size is this laptop's too
(the Reports view edits the same key).  The company name and logo of the report
header belong to the open FILE (`ui.report_header`, issue 13): every laptop that
opens the company's file prints the same header, so they are saved into the file.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..report_header import HeaderFields, adopt_laptop_header
from ..widgets.guarded_dialog import GuardedDialog

#: Where the chosen language is kept ("" or absent: follow the system).
SETTING_LANGUAGE = "ui/language"

#: Languages the window ships in, each named in its own language so anyone finds theirs.
LANGUAGES: tuple[tuple[str, str], ...] = (
    ("en", "English"),
    ("es", "Español"),
    ("nl", "Nederlands"),
    ("de", "Deutsch"),
    ("pl", "Polski"),
)


def stored_language(store: QSettings) -> str:
    """The language code chosen in Preferences, or "" to follow the system (also for
    a code this version does not ship, e.g. from a newer version's settings)."""
    code = str(store.value(SETTING_LANGUAGE, "") or "").strip()
    return code if code in dict(LANGUAGES) else ""


#: Territories whose paper is US Letter (CLDR's paperSize data); everyone else uses A4.
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "CL", "CO", "VE", "PH", "PR", "BZ", "CR", "GT", "NI", "PA", "SV"})


def default_paper_size(locale: QLocale | None = None) -> str:
    """The paper of the locale's country until HR chooses one: Letter in the Americas' Letter
    countries (Canada too, though it measures in metres), A4 elsewhere."""
    locale = locale or QLocale()
    territory = QLocale.territoryToCode(locale.territory())
    return "Letter" if territory in LETTER_TERRITORIES else "A4"


class AppPreferencesDialog(GuardedDialog):
    """Language, the file's report header, paper size; OK saves them all at once."""

    def __init__(self, store: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferencesDialog")

        self.language = QComboBox(self)
        self.language.setObjectName("language")
        system_name = QLocale().nativeLanguageName() or QLocale().name()
        self.language.addItem(self.tr("Follow the system ({0})").format(system_name), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(stored_language(store))))
        self._initial_language = self.language.currentData()
        self.restart_note = QLabel(self.tr("The new language is used from the next time you start MentorDesk."),
                                   self)
        self.restart_note.setObjectName("restartNote")
        self.restart_note.setWordWrap(True)
        theme.mark(self.restart_note, "hint")
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()

        db = getattr(parent, "db", None)
        adopt_laptop_header(db, store)  # an older version's laptop header moves into the file, once
        self.header = HeaderFields(db, self)
        self.company = self.header.company
        self.paper = QComboBox(self)
        self.paper.setObjectName("paperSize")
        self.paper.addItem(self.tr("A4"), "A4")
        self.paper.addItem(self.tr("US Letter"), "Letter")
        self._load_report_settings()

        window_box = QGroupBox(self.tr("Window"), self)
        window_form = QFormLayout(window_box)
        window_form.addRow(self.tr("&Language:"), self.language)
        window_form.addRow(self.restart_note)
        reports_box = QGroupBox(self.tr("Reports"), self)
        reports_form = QFormLayout(reports_box)
        reports_form.addRow(self.header)
        reports_form.addRow(self.tr("&Paper size:"), self.paper)

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(window_box)
        layout.addWidget(reports_box)
        from .retention_box import add_retention_box  # issue 14: the open file's retention spans, saved on OK

        add_retention_box(self, layout)
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

    def _load_report_settings(self) -> None:
        """Show what the reports use now, through the service that reads the same keys."""
        # Imported here: the window imports this module at start (stored_language) and the
        # report service brings reportlab, which the first screen does not need.
        from mentordesk.services import reports as report_settings

        values = {key: self.store.value(key) for key in report_settings.SETTING_KEYS}
        if values.get(report_settings.SETTING_PAGE_SIZE) in (None, ""):
            values[report_settings.SETTING_PAGE_SIZE] = default_paper_size()
        options = report_settings.report_options_from_settings(values)
        self.paper.setCurrentIndex(max(0, self.paper.findData(options.page_size)))

    def _language_changed(self) -> None:
        self.restart_note.setVisible(self.language.currentData() != self._initial_language)

    def language_changed(self) -> bool:
        """True when OK will switch the language (the window then says it applies at restart)."""
        return self.language.currentData() != self._initial_language

    def accept(self) -> None:
        if not self.header.save():
            return  # the file would not take the header: said, and the dialog stays open
        self.save()
        super().accept()

    def save(self) -> None:
        """Write every setting; an empty language means "follow the system" again."""
        from mentordesk.services import reports as report_settings

        self.store.setValue(SETTING_LANGUAGE, self.language.currentData() or "")
        self.store.setValue(report_settings.SETTING_PAGE_SIZE, self.paper.currentData())
        self.store.sync()
