"""The Check-ins tab of a relationship: each side's answers, newest first, and Delete check-in….

Texts keep the translation context "RecordDeletions" they were first written
under (the Delete button and the note came with the deletions).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.relationship_models import Checkin

from ... import theme
from ...models.relationships_model import CheckinsModel
from .tables import pane_table, selected_record


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class CheckinsTab(QWidget):
    """The check-ins table with its note and Delete button underneath, like the meetings tab."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = CheckinsModel(self)
        self.table = pane_table(self, self.model, "checkinsTable")
        for column in range(self.model.columnCount()):
            self.table.setColumnWidth(column, 85 if column < 3 else 95)
        self.delete_button = QPushButton(translate("RecordDeletions", "Delete check-in…"), self)
        self.delete_button.setObjectName("deleteCheckin")
        note = QLabel(translate("RecordDeletions", "Hover over a score to read the question and any comment."),
                      self)
        note.setWordWrap(True)
        theme.mark(note, "hint")

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(note, 1)
        row.addWidget(self.delete_button, 0, Qt.AlignTop)
        layout.addLayout(row)

    def selected(self) -> Checkin | None:
        return selected_record(self.table)

    def show_checkins(self, checkins: tuple[Checkin, ...]) -> None:
        self.model.set_rows(sorted(checkins, key=lambda c: (c.date, c.role), reverse=True))
