"""The report header's company name and logo as the window edits them: the open FILE's (issue 13).

Preferences and the Reports screen show the same two fields (`HeaderFields`), read
from and written to the company's file through `mentordesk.services.report_branding`,
so every laptop prints the same header.  With no file open, or a file open
read-only, the fields say why they cannot be changed.

`adopt_laptop_header` moves what older versions kept in this laptop's settings
into the first writable file opened that has no header yet, then forgets the
laptop's copy, so it happens once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from mentordesk.errors import MentorDeskError
from mentordesk.services import report_branding
from mentordesk.storage.database import Database

from .file_dialogs import open_file_name

#: Where older versions kept the header on the laptop (`mentordesk.services.reports` keys).
OLD_COMPANY = "reports/company_name"
OLD_LOGO = "reports/logo_path"


def adopt_laptop_header(db: Database | None, store: QSettings) -> bool:
    """Hand the laptop's old header to `db` if it has none; True when the file took it."""
    if db is None or db.readonly:
        return False
    company = str(store.value(OLD_COMPANY, "") or "")
    logo = str(store.value(OLD_LOGO, "") or "")
    if not (company.strip() or logo.strip()):
        return False
    try:
        taken = report_branding.adopt_laptop_values(db, company, logo)
    except MentorDeskError:
        return False  # busy or gone: try again the next time
    store.remove(OLD_COMPANY)
    store.remove(OLD_LOGO)
    store.sync()
    return taken


class HeaderFields(QWidget):
    """Company name and logo of the open file's reports; `changed` when either was edited."""

    changed = Signal()

    def __init__(self, db: Database | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.logo_data: bytes | None = None
        self.company = QLineEdit(self)
        self.company.setObjectName("companyName")
        self.company.setPlaceholderText(self.tr("Shown in the page header of every report"))
        self.company.editingFinished.connect(self._company_edited)
        self.logo_state = QLabel(self)
        self.logo_state.setObjectName("logoState")
        self.choose_button = QToolButton(self)
        self.choose_button.setObjectName("chooseLogo")
        self.choose_button.setText(self.tr("Choose…"))
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button = QToolButton(self)
        self.remove_button.setObjectName("removeLogo")
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_logo)
        self.note = QLabel(self)
        self.note.setObjectName("headerNote")
        self.note.setWordWrap(True)
        logo_row = QHBoxLayout()
        logo_row.setContentsMargins(0, 0, 0, 0)
        logo_row.addWidget(self.logo_state, 1)
        logo_row.addWidget(self.choose_button)
        logo_row.addWidget(self.remove_button)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Company name:"), self.company)
        logo_label = QLabel(self.tr("Logo:"), self)
        form.addRow(logo_label, logo_row)
        form.addRow(self.note)
        self._shown_company = ""
        self.load(db)

    def load(self, db: Database | None) -> None:
        """Show what `db` prints now (and whether it can be changed)."""
        self.db = db
        branding = report_branding.get_branding(db) if db is not None else report_branding.Branding()
        self.company.setText(branding.company_name)
        self._shown_company = branding.company_name
        self.logo_data = branding.logo
        editable = db is not None and not db.readonly
        for widget in (self.company, self.choose_button):
            widget.setEnabled(editable)
        if db is None:
            self.note.setText(self.tr("Open a company file to set its report header."))
        elif db.readonly:
            self.note.setText(self.tr("This file is open read-only, so its report header cannot be changed now."))
        else:
            self.note.setText(self.tr("Kept in {0}: every computer that opens it prints the same header.")
                              .format(db.path.name))
        self._show_logo()

    def _show_logo(self) -> None:
        self.logo_state.setText(self.tr("The file's logo") if self.logo_data else self.tr("No logo"))
        self.remove_button.setEnabled(bool(self.logo_data) and self.company.isEnabled())

    def _company_edited(self) -> None:
        if self.company.text().strip() != self._shown_company:
            self._shown_company = self.company.text().strip()
            self.changed.emit()

    def choose_logo(self) -> None:
        """Read a PNG or JPEG into the header (a sentence, and nothing changed, when it is none)."""
        path = open_file_name(self, self.tr("Choose a logo"), self.tr("Images (*.png *.jpg *.jpeg)"))
        if path:
            self.take_logo(Path(path))

    def take_logo(self, path: Path) -> bool:
        try:
            self.logo_data = report_branding.read_logo(path)
        except MentorDeskError as exc:
            from .tasks import show_error

            show_error(self, exc)
            return False
        self._show_logo()
        self.changed.emit()
        return True

    def remove_logo(self) -> None:
        self.logo_data = None
        self._show_logo()
        self.changed.emit()

    def save(self) -> bool:
        """Write the header into the file; False (with the reason shown) when the file would not take it."""
        if self.db is None or self.db.readonly:
            return True
        try:
            report_branding.set_branding(self.db, self.company.text(), self.logo_data)
        except MentorDeskError as exc:
            from .tasks import show_error

            show_error(self.window(), exc)
            return False
        return True
