"""The Meetings tab of a relationship: logged meetings and the planned ones that passed unlogged.

The screen connects the Delete button and the double-click (correcting a
meeting opens `MeetingDialog`). Texts keep the translation context
"RelationshipsView", where the catalogs hold them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mentordesk.relationship_models import Meeting

from ... import theme
from ...models import relationships_model as rm
from ...models.relationships_model import MeetingsModel, meeting_rows
from .tables import pane_table, reselect, selected_record


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context."""
    return QCoreApplication.translate(context, text)


class MeetingsTab(QWidget):
    """Newest first; a planned meeting without a log is a row with no `meeting`."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.model = MeetingsModel(self)
        self.table = pane_table(self, self.model, "meetingsTable")
        for column, width in ((rm.MEETING_DATE, 85), (rm.MEETING_TIME, 55), (rm.MEETING_MINUTES, 70),
                              (rm.MEETING_MODE, 80), (rm.MEETING_OUTCOME, 175), (rm.MEETING_TOPICS, 200)):
            self.table.setColumnWidth(column, width)
        self.delete_button = QPushButton(translate("RelationshipsView", "Delete meeting…"), self)
        self.delete_button.setObjectName("deleteMeeting")
        self.note = QLabel(translate("RelationshipsView", "Newest first. Planned meetings that passed with "
                                     "nothing logged are shown in italics as “Planned, not logged "
                                     "(overdue)”. Notes are confidential. Double-click a meeting to "
                                     "correct it."), self)
        self.note.setWordWrap(True)
        theme.mark(self.note, "hint")

        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.delete_button, 0, Qt.AlignTop)
        layout.addLayout(row)

    def selected(self) -> Meeting | None:
        """The logged meeting selected; None for a planned-but-not-logged row."""
        row = selected_record(self.table)
        return row.meeting if row is not None else None

    def show_meetings(self, meetings: tuple[Meeting, ...], overdue: tuple[dt.date, ...]) -> None:
        """The automatic reload must not drop the meeting HR is about to act on."""
        keep = self.selected()
        self.model.set_rows(meeting_rows(meetings, overdue))
        if keep is not None:
            reselect(self.table, self.model.find_row(lambda r: r.meeting is not None and r.meeting.id == keep.id))
