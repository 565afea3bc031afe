"""Records the relationship use cases hand to the CLI, the GUI and reports.

Kept apart from `mentordesk.relationships` (pure rules) so the rules never
depend on how a screen wants its data shaped, and free of Qt and SQL so every
front end can share them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from .relationships import Attendance

if TYPE_CHECKING:
    from .relationship_figures import AttentionItem as AttentionItem  # noqa: F401  (re-exported on use)
    from .relationship_figures import ClosureCounts as ClosureCounts  # noqa: F401
    from .relationship_figures import HoursTotal as HoursTotal  # noqa: F401
    from .relationship_figures import PersonAttendance as PersonAttendance  # noqa: F401


@dataclass(frozen=True)
class RelationshipSummary:
    """One row of the relationships list: enough to judge a pair at a glance."""

    id: str
    program_id: str | None
    program_name: str
    mentor_id: str
    mentor_name: str
    mentee_id: str
    mentee_name: str
    stage: int
    stage_name: str
    start: date
    planned_end: date
    status: str
    closure_outcome: str | None
    cadence: str
    mode: str
    meetings_held: int
    meetings_missed: int
    attendance_rate: float | None
    hours: float
    health: str
    health_label: str
    health_reasons: tuple[str, ...] = ()
    #: The relationship this one continues after its mentor was replaced.
    replaces_id: str | None = None


@dataclass(frozen=True)
class LinkedRelationship:
    """A relationship before or after a mentor was replaced, as the report names it."""

    id: str
    mentor_name: str
    start: date
    ended: date | None


@dataclass(frozen=True)
class StageEntry:
    stage: int
    name: str
    began_on: date


@dataclass(frozen=True)
class ExtensionEntry:
    id: str
    previous_end: date
    new_end: date
    reason: str
    recorded_at: str


@dataclass(frozen=True)
class GoalHistoryEntry:
    """A goal's status and progress as they were at `recorded_at` (UTC)."""

    status: str
    progress: int
    note: str
    recorded_at: str


@dataclass(frozen=True)
class Goal:
    id: str
    relationship_id: str
    title: str
    description: str
    success_measure: str
    due_date: date | None
    status: str
    progress: int
    competency_id: str | None
    competency_name: str | None
    history: tuple[GoalHistoryEntry, ...] = ()


@dataclass(frozen=True)
class Meeting:
    id: str
    relationship_id: str
    date: date
    time: str
    minutes: int
    mode: str
    outcome: str
    with_notice: bool
    topics: str
    goals_discussed: tuple[str, ...]
    notes: str
    updated_at: str = ""


@dataclass(frozen=True)
class Checkin:
    id: str
    relationship_id: str
    role: str
    date: date
    scores: dict[str, int]
    comments: dict[str, str]
    average: float | None


@dataclass(frozen=True)
class RelationshipDetail:
    """Everything about one relationship, for its page in the GUI and the report."""

    summary: RelationshipSummary
    group_key: str | None
    closure_reason: str
    reflection: str
    closed_on: date | None
    hr_summary: str
    updated_at: str
    attendance: Attendance
    stages: tuple[StageEntry, ...] = ()
    extensions: tuple[ExtensionEntry, ...] = ()
    goals: tuple[Goal, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    checkins: tuple[Checkin, ...] = ()
    planned_dates: tuple[date, ...] = ()
    overdue_dates: tuple[date, ...] = ()
    #: Earlier relationships of the same mentee this one continues (oldest first), and its successor.
    continues: tuple[LinkedRelationship, ...] = ()
    continued_by: LinkedRelationship | None = None


#: The attention list's items and the attendance, hours and closure tallies live in
#: `relationship_figures`: reading one relationship (a report) never creates their classes
#: (issue 15).  Importing them from here still works.
_FIGURES = frozenset({"AttentionItem", "ClosureCounts", "HoursTotal", "PersonAttendance"})


def __getattr__(name: str) -> object:
    if name in _FIGURES:
        from . import relationship_figures

        return getattr(relationship_figures, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
