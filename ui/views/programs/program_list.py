"""The left of the Programs screen: the programs, with New…, Edit…, Run again…, E-mail texts… and
Archive under them, and "Show archived" (archived programs are hidden until it is ticked).

Texts keep the translation context "ProgramsView", where the catalogs hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ... import theme
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
        self.duplicate_button = QPushButton(translate("ProgramsView", "Run again…"), self)
        self.duplicate_button.setObjectName("duplicate_program")
        self.duplicate_button.setToolTip(translate("ProgramsView", "A new program with this one's settings, "
                                                                   "texts and weights, without its people."))
        self.archive_button = QPushButton(translate("ProgramsView", "Archive…"), self)
        self.archive_button.setObjectName("archive_program")
        self.show_archived = QCheckBox(translate("ProgramsView", "Show archived"), self)
        self.show_archived.setObjectName("show_archived")
        buttons = QHBoxLayout()
        for button in (self.new_button, self.edit_button, self.duplicate_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        for widget in (self.texts_button, self.archive_button, self.show_archived):
            more.addWidget(widget)
        more.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 0, 8)
        heading = QLabel(translate("ProgramsView", "Programs"), self)
        theme.mark(heading, "title")
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addLayout(more)

    def set_archive_label(self, archived: bool) -> None:
        """Archive… for a current program, Unarchive for an archived one."""
        self.archive_button.setText(translate("ProgramsView", "Unarchive") if archived
                                    else translate("ProgramsView", "Archive…"))
