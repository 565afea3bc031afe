"""Records the relationship use cases hand to the CLI, the GUI and reports.

Kept apart from `mentordesk.relationships` (pure rules) so the rules never
depend on how a screen wants its data shaped, and free of Qt and SQL so every
front end can share them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .i18n import Message
from .relationships import Attendance


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


@dataclass(frozen=True)
class AttentionItem:
    """One thing HR should act on; `key` is stable across days so it can be snoozed."""

    key: str
    kind: str
    kind_label: str
    relationship_id: str | None
    person_id: str | None
    title: str
    detail: str
    severity: str
    due: date | None
    #: The detail as a sentence to translate when shown (mentordesk.i18n.Message), or None.
    message: Message | None = None


@dataclass(frozen=True)
class PersonAttendance:
    """A person's record across all their relationships, each miss attributed to who missed it."""

    person_id: str
    name: str
    relationships: int
    held: int
    counted: int
    missed_by_person: int
    missed_by_partner: int
    attendance_rate: float | None
    own_miss_rate: float | None
    hours: float


@dataclass(frozen=True)
class HoursTotal:
    """Mentoring hours (held meetings only) for one relationship, mentor or program."""

    key: str | None
    name: str
    hours: float


@dataclass(frozen=True)
class ClosureCounts:
    """Completed and ended-early are separate on purpose: reports quote a completion rate."""

    active: int = 0
    completed: int = 0
    ended_early: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    #: Closed because the mentor was replaced: the mentee goes on, so neither completed nor ended early.
    replaced: int = 0
