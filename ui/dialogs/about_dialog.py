"""Help > About: the version, the file format, where the open file is, and the
licences of what MentorDesk ships, with their full texts one click away."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk import __version__
from mentordesk.about import LICENCES, file_format_version
from mentordesk.errors import MentorDeskError

from ..resources import app_icon


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About MentorDesk"))
        self.resize(640, 560)
        layout = QVBoxLayout(self)

        head = QHBoxLayout()
        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        head.addWidget(logo, 0, Qt.AlignTop)
        self.summary = QLabel(self)
        self.summary.setObjectName("aboutSummary")
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.summary.setWordWrap(True)
        self.summary.setText(self.summary_text(db_path))
        head.addWidget(self.summary, 1)
        layout.addLayout(head)

        layout.addWidget(QLabel(self.tr("MentorDesk includes these parts made by others:"), self))
        self.licences = QListWidget(self)
        self.licences.setObjectName("licences")
        for item in LICENCES:
            self.licences.addItem(self.tr("{0} — {1}, for {2}").format(item.component, item.licence, item.used_for))
        self.licences.setMaximumHeight(80)
        layout.addWidget(self.licences)
        self.licence_text = QPlainTextEdit(self)
        self.licence_text.setObjectName("licenceText")
        self.licence_text.setReadOnly(True)
        layout.addWidget(self.licence_text, 1)
        self.licences.currentRowChanged.connect(self.show_licence)
        self.licences.setCurrentRow(0)

        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def summary_text(self, db_path: Path | None) -> str:
        where = str(db_path) if db_path else self.tr("no file is open")
        return "\n".join([
            self.tr("MentorDesk {0}").format(__version__),
            self.tr("File format version {0}").format(file_format_version()),
            self.tr("Open file: {0}").format(where),
            self.tr("Runs a mentoring program from this computer; no data leaves it."),
        ])

    def show_licence(self, row: int) -> None:
        """Show the full text, or say plainly that it is missing (a damaged installation)."""
        if not 0 <= row < len(LICENCES):
            return
        item = LICENCES[row]
        try:
            text = item.text()
        except (OSError, MentorDeskError):
            text = self.tr("The licence text is missing from this installation; reinstall MentorDesk. "
                           "{0} is distributed under the {1}.").format(item.component, item.licence)
        self.licence_text.setPlainText(text)
