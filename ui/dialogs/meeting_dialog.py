"""Log (or correct) one meeting of a relationship.

HR logs meetings in bulk after a round of calls, so the dialog is built for the
keyboard: focus starts in the date (today), Tab walks date → time → duration →
mode → outcome → with notice → topics → goals → notes → Save, a first letter
picks an outcome, Enter or Ctrl+Enter saves and Escape cancels. The date and
time fields leave on Tab instead of stepping through their day/month/year
sections (typing fills the sections and moves on by itself). Nothing is checked
here that the service checks: its ValidationError is shown in red and the
dialog stays open, so the rules live in one place.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, QTime, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mentordesk import clock
from mentordesk.errors import MentorDeskError, ValidationError
from mentordesk.relationship_models import Meeting, RelationshipDetail
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database
from ui.widgets.forms import error_label
from ui.widgets.guarded_dialog import GuardedDialog

from .. import theme
from ..models.relationships_model import fmt_date, mode_labels, outcome_labels, pydate, qdate
from ..widgets.date_field import DateField

DEFAULT_MINUTES = 60


class TabLeavingTimeEdit(QTimeEdit):
    """Tab leaves the field instead of moving to the next section (hours → minutes);
    the lowest value (00:00) means "no time given"."""

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802,A002 - Qt names
        return QWidget.focusNextPrevChild(self, next)


class MeetingDialog(GuardedDialog):
    """Emits `saved(meeting_id)` after a successful write; the view then reloads."""

    saved = Signal(str)

    def __init__(self, db: Database, detail: RelationshipDetail, parent: QWidget | None = None,
                 meeting: Meeting | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.detail = detail
        self.meeting = meeting
        self.setWindowTitle(self.tr("Edit meeting") if meeting else self.tr("Log meeting"))
        self.setObjectName("meetingDialog")
        heading, sub = self._build_heading()
        self._build_when(self._last_meeting())
        self._build_what()
        self._build_goals()
        notes_hint = self._build_notes()
        self._build_buttons()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(sub)
        layout.addLayout(self._form(notes_hint))
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self._set_tab_order()
        self.outcome.currentIndexChanged.connect(self._outcome_changed)
        self._outcome_changed()
        self.setMinimumWidth(460)
        self.date.setFocus(Qt.OtherFocusReason)

    # -- layout -------------------------------------------------------------------------
    def _build_heading(self) -> tuple[QLabel, QLabel]:
        """Who met and since when, so a bulk logger sees which pair this dialog is for."""
        summary = self.detail.summary
        heading = QLabel(self.tr("{0} and {1}").format(summary.mentor_name, summary.mentee_name), self)
        theme.mark(heading, "heading")
        sub = QLabel(self.tr("Started {0}").format(fmt_date(summary.start, QLocale.LongFormat)), self)
        theme.mark(sub, "hint")
        return heading, sub

    def _build_when(self, last: Meeting | None) -> None:
        """Date (today), time and duration; a new meeting repeats the last one's time and length."""
        meeting = self.meeting
        self.date = DateField(self)
        self.date.setObjectName("date")
        self.date.setDate(qdate(meeting.date if meeting else clock.today()))
        self.time = TabLeavingTimeEdit(self)
        self.time.setObjectName("time")
        self.time.setDisplayFormat("HH:mm")
        self.time.setMinimumTime(QTime(0, 0))
        self.time.setSpecialValueText(self.tr("No time"))
        source_time = meeting.time if meeting else (last.time if last else "")
        self.time.setTime(self._parse_time(source_time))
        self.minutes = QSpinBox(self)
        self.minutes.setObjectName("minutes")
        self.minutes.setRange(0, rel_service.MAX_MEETING_MINUTES)
        self.minutes.setSingleStep(15)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setGroupSeparatorShown(False)
        if meeting:
            self.minutes.setValue(meeting.minutes)
        else:
            self.minutes.setValue(last.minutes if last and last.minutes else DEFAULT_MINUTES)

    def _build_what(self) -> None:
        """Mode, outcome, notice and topics; a new meeting starts as held, in the pair's mode."""
        meeting = self.meeting
        self.mode = QComboBox(self)
        self.mode.setObjectName("mode")
        for key, label in mode_labels().items():
            self.mode.addItem(label, key)
        self._select(self.mode, meeting.mode if meeting else self.detail.summary.mode)
        self.outcome = QComboBox(self)
        self.outcome.setObjectName("outcome")
        for key, label in outcome_labels().items():
            self.outcome.addItem(label, key)
        self._select(self.outcome, meeting.outcome if meeting else "held")
        self.with_notice = QCheckBox(self.tr("With notice"), self)
        self.with_notice.setObjectName("with_notice")
        self.with_notice.setToolTip(self.tr("Was the meeting moved with enough notice? Only asked for a "
                                            "rescheduled meeting."))
        self.with_notice.setChecked(meeting.with_notice if meeting else True)
        self.topics = QLineEdit(self)
        self.topics.setObjectName("topics")
        self.topics.setPlaceholderText(self.tr("What was discussed, in a few words"))
        if meeting:
            self.topics.setText(meeting.topics)

    def _build_goals(self) -> None:
        """The pair's goals to tick, at most four rows tall so the dialog stays small."""
        goals = self.detail.goals
        self.goals = QListWidget(self)
        self.goals.setObjectName("goals")
        discussed = set(self.meeting.goals_discussed) if self.meeting else set()
        for goal in goals:
            item = QListWidgetItem(goal.title, self.goals)
            item.setData(Qt.UserRole, goal.id)
            item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsUserCheckable | Qt.ItemIsSelectable)
            item.setCheckState(Qt.Checked if goal.id in discussed else Qt.Unchecked)
        rows = max(1, min(4, len(goals)))
        self.goals.setFixedHeight(self.goals.sizeHintForRow(0) * rows + 2 * self.goals.frameWidth() + 4
                                  if goals else 28)
        if not goals:
            self.goals.setEnabled(False)
            self.goals.setToolTip(self.tr("This relationship has no goals yet."))

    def _build_notes(self) -> QLabel:
        """Notes (Tab leaves them) and the hint that they stay out of reports; returns the hint."""
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)
        if self.meeting:
            self.notes.setPlainText(self.meeting.notes)
        notes_hint = QLabel(self.tr("Notes are confidential: they are left out of printed reports "
                                    "unless HR includes them."), self)
        notes_hint.setObjectName("notesHint")
        notes_hint.setWordWrap(True)
        theme.mark(notes_hint, "small_hint")
        notes_hint.setMinimumWidth(320)
        return notes_hint

    def _form(self, notes_hint: QLabel) -> QFormLayout:
        """The labelled rows, each with a mnemonic so Alt+letter jumps to it."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        form.addRow(self.tr("&Date"), self.date)
        form.addRow(self.tr("T&ime"), self.time)
        form.addRow(self.tr("D&uration"), self.minutes)
        form.addRow(self.tr("M&ode"), self.mode)
        form.addRow(self.tr("Out&come"), self.outcome)
        form.addRow("", self.with_notice)
        form.addRow(self.tr("&Topics"), self.topics)
        form.addRow(self.tr("&Goals discussed"), self.goals)
        form.addRow(self.tr("&Notes"), self.notes)
        form.addRow("", notes_hint)
        return form

    def _build_buttons(self) -> None:
        """Errors above Save/Cancel; Enter and Ctrl+Enter save (HR logs many in a row)."""
        self.errors = error_label(self)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.Save)
        self.save_button.setDefault(True)
        self.save_button.setToolTip(self.tr("Save (Enter or Ctrl+Enter)"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        for seq in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, activated=self.accept)

    def _set_tab_order(self) -> None:
        """Tab walks the form top to bottom, then Save and Cancel (see the module docstring)."""
        order = [self.date, self.time, self.minutes, self.mode, self.outcome, self.with_notice, self.topics,
                 self.goals, self.notes, self.save_button, self.buttons.button(QDialogButtonBox.Cancel)]
        for a, b in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(a, b)

    # -- helpers ------------------------------------------------------------------------
    def _last_meeting(self) -> Meeting | None:
        """Durations repeat from meeting to meeting, so the last one's is the best default."""
        meetings = sorted(self.detail.meetings, key=lambda m: (m.date, m.time))
        held = [m for m in meetings if m.outcome == "held" and m.minutes]
        return held[-1] if held else (meetings[-1] if meetings else None)

    @staticmethod
    def _parse_time(value: str) -> QTime:
        t = QTime.fromString(value or "", "HH:mm")
        return t if t.isValid() else QTime(0, 0)

    @staticmethod
    def _select(combo: QComboBox, key: str) -> None:
        i = combo.findData(key)
        if i >= 0:
            combo.setCurrentIndex(i)

    def _outcome_changed(self, *_args) -> None:
        """Notice only matters when a meeting was moved; elsewhere the box is skipped by Tab."""
        self.with_notice.setEnabled(str(self.outcome.currentData()).startswith("rescheduled"))

    # -- values -------------------------------------------------------------------------
    def meeting_date(self) -> date:
        return pydate(self.date.date())

    def time_text(self) -> str:
        t = self.time.time()
        return "" if t == self.time.minimumTime() else t.toString("HH:mm")

    def goals_discussed(self) -> list[str]:
        return [self.goals.item(i).data(Qt.UserRole) for i in range(self.goals.count())
                if self.goals.item(i).checkState() == Qt.Checked]

    def values(self) -> dict:
        outcome = self.outcome.currentData()
        return {
            "date": self.meeting_date(), "minutes": self.minutes.value(), "outcome": outcome,
            "mode": self.mode.currentData(), "time": self.time_text(),
            "with_notice": self.with_notice.isChecked() if outcome.startswith("rescheduled") else True,
            "topics": self.topics.text().strip(), "goals_discussed": self.goals_discussed(),
            "notes": self.notes.toPlainText().strip(),
        }

    def show_problems(self, problems: list[str]) -> None:
        self.errors.setText("\n".join(problems))
        self.errors.setVisible(bool(problems))

    # -- saving -------------------------------------------------------------------------
    def accept(self) -> None:
        """Write through the service; on any refusal stay open with the reasons shown."""
        values = self.values()
        try:
            if self.meeting is None:
                meeting_id = rel_service.log_meeting(self.db, self.detail.summary.id, **values)
            else:
                rel_service.update_meeting(self.db, self.meeting.id, expected_updated_at=self.meeting.updated_at
                                           or None, **values)
                meeting_id = self.meeting.id
        except ValidationError as exc:
            self.show_problems(exc.problems)
            return
        except MentorDeskError as exc:
            self.show_problems([str(exc)])
            return
        self.show_problems([])
        self.saved.emit(meeting_id)
        super().accept()
