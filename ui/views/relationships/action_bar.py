"""The buttons above the Relationships list: pair, introduce, forms; and what to do with the selected pair.

Only the buttons: the screen connects them and decides when each is enabled
(`RelationshipsView._update_buttons`). Texts keep the translation context
"RelationshipsView", where the catalogs hold them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class ActionBar(QWidget):
    """Pair two people…, Prepare introduction…, Check-in forms… left; the selected pair's actions right."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        # Made in this order so Tab walks them as it always did.
        self.pair_button = QPushButton(translate("RelationshipsView", "Pair two people…"), self)
        self.meeting_button = QPushButton(translate("RelationshipsView", "Log meeting…"), self)
        self.meeting_button.setShortcut(QKeySequence(translate("RelationshipsView", "Ctrl+M")))
        self.meeting_button.setToolTip(translate("RelationshipsView", "Log a meeting of the selected pair (Ctrl+M)"))
        self.checkin_button = QPushButton(translate("RelationshipsView", "Check-in…"), self)
        self.stage_button = QPushButton(translate("RelationshipsView", "Next stage…"), self)
        self.extend_button = QPushButton(translate("RelationshipsView", "Extend…"), self)
        self.close_button = QPushButton(translate("RelationshipsView", "Close…"), self)
        self.replace_button = QPushButton(translate("RelationshipsView", "Replace mentor…"), self)
        self.replace_button.setObjectName("replaceMentor")
        self.replace_button.setToolTip(translate(
            "RelationshipsView", "Give the mentee a new mentor; their goals and history go with them."))
        self.forms_button = QPushButton(translate("RelationshipsView", "Check-in forms…"), self)
        self.forms_button.setObjectName("checkinForms")
        self.forms_button.setToolTip(translate(
            "RelationshipsView", "Save fillable PDF check-in forms for the selected pair (or, with none "
                                 "selected, every due check-in of the program shown) in a folder."))
        self.intro_button = QPushButton(translate("RelationshipsView", "Prepare introduction…"), self)
        self.intro_button.setObjectName("prepareIntroduction")
        self.intro_button.setToolTip(translate(
            "RelationshipsView", "Write the introduction e-mail to both, with their meetings as a "
                                 "calendar file, and open it in your mail program."))

        # Two rows: ten buttons in one row are cut at 1280x720 in German ("Zwei Personen zusammenb…").
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        first, second = QHBoxLayout(), QHBoxLayout()
        layout.addLayout(first)
        layout.addLayout(second)
        first.addWidget(self.pair_button)
        first.addWidget(self.intro_button)
        first.addWidget(self.forms_button)
        first.addStretch(1)
        second.addStretch(1)
        for button in (self.meeting_button, self.checkin_button, self.stage_button, self.extend_button,
                       self.close_button, self.replace_button):
            second.addWidget(button)
