"""The left of the Programs screen: every program, with New…, Edit… and E-mail texts… under them.

Texts keep the translation context "ProgramsView", where the catalogs hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...models.participants_model import ProgramListModel
from .tables import program_table


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ProgramList(QWidget):
    """The programs, one selected at a time; the screen connects the buttons."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = ProgramListModel(parent)
        self.table = program_table(self, self.model, "programs")
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.new_button = QPushButton(translate("ProgramsView", "New…"), self)
        self.new_button.setObjectName("new_program")
        self.edit_button = QPushButton(translate("ProgramsView", "Edit…"), self)
        self.edit_button.setObjectName("edit_program")
        self.texts_button = QPushButton(translate("ProgramsView", "E-mail texts…"), self)
        self.texts_button.setObjectName("message_texts")
        self.texts_button.setToolTip(translate("ProgramsView",
                                               "Edit the introduction and reminder e-mails of this program."))
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.texts_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        heading = QLabel(translate("ProgramsView", "Programs"), self)
        heading.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
