"""Table models for the Relationships screen, plus the words shown for stored codes.

Relationships, goals, meetings and check-ins are all `RecordTableModel`s:
rows come from `services.relationships` as frozen dataclasses, sorting happens
in Python, and a reload resets each model once. Codes (outcomes, modes,
statuses) are stored in English-looking keys; their words come from
`mentordesk.vocabulary` (one copy for the window, the CLI and the reports, issue 16),
said in the process language, which `ui.app.use_window_language` makes the window's.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QModelIndex, QPersistentModelIndex, Qt, QTime
from PySide6.QtGui import QBrush, QColor, QFont

from mentordesk import relationships as rules
from mentordesk import vocabulary
from mentordesk.i18n import current
from mentordesk.relationship_models import Checkin, Goal, Meeting, RelationshipSummary

from .. import theme
from ..dates import short_date
from .table import Column, RecordTableModel

DASH = "—"
T = TypeVar("T")

#: Health comes right after the names: it is what HR scans the list for, and it must stay visible
#: when the detail pane takes half the window.
(MENTOR, MENTEE, HEALTH, PROGRAM, STAGE, START, PLANNED_END, HELD, MISSED, ATTENDANCE, HOURS) = range(11)


def translate(context: str, text: str) -> str:
    """QCoreApplication.translate under the name lupdate knows; each call spells its context
    ("RelationshipsModel") so pyside6-lupdate can extract the text."""
    return QCoreApplication.translate(context, text)


# -- labels ---------------------------------------------------------------------------

def stage_label(stage: int) -> str:
    return vocabulary.stage_label(stage, current())


def outcome_labels() -> dict[str, str]:
    """In the order the meeting dialog lists them (the domain's order)."""
    return vocabulary.all_said(vocabulary.MEETING_OUTCOME_NAMES, current())


def mode_labels() -> dict[str, str]:
    return vocabulary.all_said(vocabulary.MODE_NAMES, current())


def cadence_labels() -> dict[str, str]:
    return vocabulary.all_said(vocabulary.CADENCE_NAMES, current())


def closure_labels() -> dict[str, str]:
    """HR's choices when closing by hand ("Mentor replaced" is written only by Replace mentor…)."""
    return vocabulary.closure_choices(current())


def ended_label(outcome: str | None) -> str:
    """How a closed relationship ended, "Mentor replaced" included; "Closed" when no outcome was kept."""
    return vocabulary.closure_label(outcome, current()) if outcome else health_label("closed")


def status_label(status: str) -> str:
    """A relationship's status as the reports print it (Active, Completed, Ended early, …)."""
    return vocabulary.status_label(status, current())


def goal_status_labels() -> dict[str, str]:
    return vocabulary.all_said(vocabulary.GOAL_STATUS_NAMES, current())


def health_label(health: str) -> str:
    return vocabulary.health_label(health, current())


def role_label(role: str) -> str:
    """Who filled in a check-in, as the PDF's check-in table says it too."""
    return vocabulary.said(vocabulary.ROLE_NAMES, role, current())


def question_labels() -> dict[str, str]:
    """The check-in questions as the form and the reports ask them (`mentordesk.vocabulary`)."""
    return {**vocabulary.all_said(vocabulary.CHECKIN_PROGRESS_QUESTIONS, current()),
            **vocabulary.all_said(vocabulary.CHECKIN_PREREQUISITES, current())}


def question_short_labels() -> dict[str, str]:
    """Column headers: the full questions are far too wide for a table."""
    labels = {
        "value_received": translate("RelationshipsModel", "Value received"),
        "value_given": translate("RelationshipsModel", "Value given"),
        "meeting_as_planned": translate("RelationshipsModel", "Meeting as planned"),
        "goals_on_track": translate("RelationshipsModel", "Goals on track"),
        "trust_respect": translate("RelationshipsModel", "Trust"),
        "open_communication": translate("RelationshipsModel", "Communication"),
        "regular_meetings_clear_goals": translate("RelationshipsModel", "Regular & clear"),
        "responsibilities": translate("RelationshipsModel", "Responsibilities"),
    }
    return {k: labels.get(k, k) for k in rules.CHECKIN_QUESTIONS}


#: Healths with a background colour; the text label is always shown too, so colour is never the only cue.
HEALTH_COLOURS = ("on_track", "needs_checkin", "at_risk", "too_early")


def health_background(health: str) -> QColor:
    """The background of a health label (ui/theme.py: light or dark palette)."""
    return theme.colour(f"{health}_bg") if health in HEALTH_COLOURS else theme.colour("too_early_bg")


# -- formatting -----------------------------------------------------------------------

def qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


def fmt_date(d: date | None, fmt: QLocale.FormatType = QLocale.ShortFormat) -> str:
    if d is None:
        return DASH
    return short_date(d) if fmt == QLocale.ShortFormat else QLocale().toString(qdate(d), fmt)


def fmt_time(value: str) -> str:
    """Stored as 'HH:MM'; shown in the user's clock format (12 or 24 hours)."""
    if not value:
        return DASH
    h, _, m = value.partition(":")
    t = QTime(int(h), int(m or 0))
    return QLocale().toString(t, QLocale.ShortFormat) if t.isValid() else value


def fmt_percent(rate: float | None) -> str:
    if rate is None:
        return DASH
    return translate("RelationshipsModel", "{0}%").format(QLocale().toString(round(rate * 100)))


def fmt_hours(hours: float) -> str:
    return QLocale().toString(float(hours), "f", 1)


def fmt_minutes(minutes: int) -> str:
    return translate("RelationshipsModel", "{0} min").format(QLocale().toString(int(minutes)))


# The base model's sort moves selections with their records (it used to live here).
SortKeepsSelectionModel = RecordTableModel


# -- relationships --------------------------------------------------------------------

class RelationshipsModel(SortKeepsSelectionModel[RelationshipSummary]):
    """One row per relationship; the health cell is tinted and always carries its label."""

    def __init__(self, parent=None) -> None:
        right = Qt.AlignRight
        columns = [
            Column(translate("RelationshipsModel", "Mentor"), lambda r: r.mentor_name, tooltip=lambda r: r.mentor_name),
            Column(translate("RelationshipsModel", "Mentee"), lambda r: r.mentee_name, tooltip=lambda r: r.mentee_name),
            Column(translate("RelationshipsModel", "Health"), lambda r: health_label(r.health),
                   sort_key=self._health_rank,
                   tooltip=lambda r: "\n".join(r.health_reasons) or health_label(r.health)),
            Column(translate("RelationshipsModel", "Program"), lambda r: r.program_name or DASH,
                   sort_key=lambda r: r.program_name),
            Column(translate("RelationshipsModel", "Stage"), lambda r: f"{r.stage} · {stage_label(r.stage)}",
                   sort_key=lambda r: r.stage,
                   tooltip=lambda r: stage_label(r.stage)),
            Column(translate("RelationshipsModel", "Start"), lambda r: fmt_date(r.start), sort_key=lambda r: r.start,
                   align=right),
            Column(translate("RelationshipsModel", "Planned end"), lambda r: fmt_date(r.planned_end),
                   sort_key=lambda r: r.planned_end,
                   align=right),
            Column(translate("RelationshipsModel", "Held"), lambda r: QLocale().toString(r.meetings_held),
                   sort_key=lambda r: r.meetings_held,
                   align=right),
            Column(translate("RelationshipsModel", "Missed"), lambda r: QLocale().toString(r.meetings_missed),
                   sort_key=lambda r: r.meetings_missed, align=right),
            Column(translate("RelationshipsModel", "Attendance"), lambda r: fmt_percent(r.attendance_rate),
                   sort_key=lambda r: r.attendance_rate, align=right),
            Column(translate("RelationshipsModel", "Hours"), lambda r: fmt_hours(r.hours), sort_key=lambda r: r.hours,
                   align=right),
        ]
        super().__init__(columns, parent)

    @staticmethod
    def _health_rank(r: RelationshipSummary) -> int:
        """Sort worst first, so an ascending sort puts the pairs HR should call on top."""
        return ["at_risk", "needs_checkin", "on_track", "too_early", "closed"].index(r.health) \
            if r.health in ("at_risk", "needs_checkin", "on_track", "too_early", "closed") else 9

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount():
            record = self._rows[index.row()]
            if index.column() == HEALTH and record.health in HEALTH_COLOURS:
                if role == Qt.BackgroundRole:
                    return QBrush(health_background(record.health))
                if role == Qt.ForegroundRole:
                    return QBrush(theme.colour("on_state_text"))
            if role == Qt.ForegroundRole and record.status != "active":
                return QBrush(theme.colour("muted"))
        return super().data(index, role)

    def row_of(self, rel_id: str) -> int:
        """The row showing `rel_id`, or -1: used to keep the selection across reloads."""
        return self.find_row(lambda r: r.id == rel_id)


# -- goals ----------------------------------------------------------------------------

GOAL_TITLE, GOAL_STATUS, GOAL_PROGRESS, GOAL_DUE, GOAL_COMPETENCY = range(5)


class GoalsModel(SortKeepsSelectionModel[Goal]):
    """The progress column's display value is the number; `ProgressDelegate` draws the bar."""

    def __init__(self, parent=None) -> None:
        columns = [
            Column(translate("RelationshipsModel", "Goal"), lambda g: g.title,
                   tooltip=lambda g: "\n".join(x for x in (g.title, g.description, g.success_measure) if x)),
            Column(translate("RelationshipsModel", "Status"), lambda g: goal_status_labels().get(g.status, g.status),
                   sort_key=lambda g: list(rules.GOAL_STATUSES).index(g.status)
                   if g.status in rules.GOAL_STATUSES else 9),
            Column(translate("RelationshipsModel", "Progress"), lambda g: g.progress, sort_key=lambda g: g.progress,
                   tooltip=lambda g: translate("RelationshipsModel",
                                               "{0}% done").format(QLocale().toString(g.progress))),
            Column(translate("RelationshipsModel", "Due"), lambda g: fmt_date(g.due_date),
                   sort_key=lambda g: g.due_date, align=Qt.AlignRight),
            Column(translate("RelationshipsModel", "Competency"), lambda g: g.competency_name or DASH,
                   sort_key=lambda g: g.competency_name),
        ]
        super().__init__(columns, parent)

    def row_of(self, goal_id: str) -> int:
        return self.find_row(lambda g: g.id == goal_id)


# -- meetings -------------------------------------------------------------------------

@dataclass(frozen=True)
class MeetingRow:
    """A logged meeting, or a planned date that passed with nothing logged (meeting is None)."""

    date: date
    meeting: Meeting | None = None

    @property
    def overdue(self) -> bool:
        return self.meeting is None


MEETING_DATE, MEETING_TIME, MEETING_MINUTES, MEETING_MODE, MEETING_OUTCOME, MEETING_TOPICS, MEETING_NOTES = range(7)


def meeting_rows(meetings: tuple[Meeting, ...], overdue: tuple[date, ...]) -> list[MeetingRow]:
    """Newest first; an overdue planned date sits among the meetings on its own date."""
    rows = [MeetingRow(m.date, m) for m in meetings] + [MeetingRow(d, None) for d in overdue]
    rows.sort(key=lambda r: (r.date, r.meeting.time if r.meeting else "", r.meeting is not None), reverse=True)
    return rows


class MeetingsModel(SortKeepsSelectionModel[MeetingRow]):
    """Overdue planned meetings are italic and dark red, and say so in words in the outcome column."""


    def __init__(self, parent=None) -> None:
        columns = [
            Column(translate("RelationshipsModel", "Date"), lambda r: fmt_date(r.date), sort_key=lambda r: r.date,
                   align=Qt.AlignRight),
            Column(translate("RelationshipsModel", "Time"), lambda r: fmt_time(r.meeting.time) if r.meeting else DASH,
                   sort_key=lambda r: r.meeting.time if r.meeting else ""),
            Column(translate("RelationshipsModel", "Duration"),
                   lambda r: fmt_minutes(r.meeting.minutes) if r.meeting else DASH,
                   sort_key=lambda r: r.meeting.minutes if r.meeting else None, align=Qt.AlignRight),
            Column(translate("RelationshipsModel", "Mode"),
                   lambda r: mode_labels().get(r.meeting.mode, r.meeting.mode) if r.meeting else DASH),
            Column(translate("RelationshipsModel", "Outcome"), self._outcome,
                   sort_key=lambda r: r.meeting.outcome if r.meeting else "~"),
            Column(translate("RelationshipsModel", "Topics"), lambda r: r.meeting.topics if r.meeting else "",
                   tooltip=lambda r: r.meeting.topics if r.meeting else ""),
            Column(translate("RelationshipsModel", "Notes (confidential)"), self._notes,
                   tooltip=lambda r: (translate("RelationshipsModel",
                                                "Confidential: left out of printed reports unless HR includes them.")
                                      + "\n\n" + r.meeting.notes) if r.meeting and r.meeting.notes else ""),
        ]
        super().__init__(columns, parent)

    @staticmethod
    def _outcome(r: MeetingRow) -> str:
        if r.meeting is None:
            return translate("RelationshipsModel", "Planned, not logged (overdue)")
        label = outcome_labels().get(r.meeting.outcome, r.meeting.outcome)
        if r.meeting.outcome.startswith("rescheduled"):
            label += " " + (translate("RelationshipsModel", "(with notice)") if r.meeting.with_notice
                            else translate("RelationshipsModel", "(no notice)"))
        return label

    @staticmethod
    def _notes(r: MeetingRow) -> str:
        if r.meeting is None or not r.meeting.notes:
            return ""
        first = r.meeting.notes.strip().splitlines()[0] if r.meeting.notes.strip() else ""
        return first

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole) -> Any:
        if index.isValid() and 0 <= index.row() < self.rowCount() and self._rows[index.row()].overdue:
            if role == Qt.ForegroundRole:
                return QBrush(theme.colour("overdue"))
            if role == Qt.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
        if index.isValid() and index.column() == MEETING_NOTES and role == Qt.ForegroundRole:
            return QBrush(theme.colour("hint"))
        return super().data(index, role)


# -- check-ins ------------------------------------------------------------------------

class CheckinsModel(SortKeepsSelectionModel[Checkin]):
    """One row per check-in (date and role), one column per question; comments in the tooltips."""

    def __init__(self, parent=None) -> None:
        short = question_short_labels()
        full = question_labels()
        columns: list[Column[Checkin]] = [
            Column(translate("RelationshipsModel", "Date"), lambda c: fmt_date(c.date), sort_key=lambda c: c.date,
                   align=Qt.AlignRight),
            Column(translate("RelationshipsModel", "Role"), lambda c: role_label(c.role)),
            Column(translate("RelationshipsModel", "Average"),
                   lambda c: QLocale().toString(c.average, "f", 1) if c.average is not None else DASH,
                   sort_key=lambda c: c.average, align=Qt.AlignRight),
        ]
        for key in rules.CHECKIN_QUESTIONS:
            columns.append(Column(
                short[key],
                lambda c, k=key: QLocale().toString(c.scores[k]) if k in c.scores else DASH,
                sort_key=lambda c, k=key: c.scores.get(k),
                align=Qt.AlignCenter,
                tooltip=lambda c, k=key: full[k] + (f"\n\n{c.comments[k]}" if c.comments.get(k) else ""),
            ))
        columns.append(Column(translate("RelationshipsModel", "Comments"),
                              lambda c: " · ".join(v for v in c.comments.values() if v),
                              tooltip=lambda c: "\n".join(f"{full.get(k, k)}: {v}" for k, v in c.comments.items())))
        super().__init__(columns, parent)
