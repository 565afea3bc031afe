"""What a report shows, as plain frozen dataclasses.

The report modules never touch the database or Qt: whoever builds a report
fills these from storage first.  That keeps rendering testable with literal
values, lets the batch builder ship them to worker processes (they pickle),
and means a report can only show what was deliberately handed to it --
important because the data is personal.

Conventions, so the figures are never ambiguous:
* rates (attendance, match rate) are fractions 0.0-1.0, ``None`` when unknown
  (e.g. nothing planned yet) -- the report prints "n/a" rather than 0 %;
* check-in scores are integers 1-5;
* text fields are raw user text: the renderer escapes it, callers must not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Literal

STAGE_NAMES: Mapping[int, str] = {
    1: "Getting to know each other",
    2: "Defining expectations",
    3: "Learning and application",
    4: "Becoming independent",
    5: "Transition",
}


class RelationshipStatus(StrEnum):
    """Kept apart on purpose: 'completed' and 'ended early' must never be merged."""

    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"


class GoalStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    ACHIEVED = "achieved"
    DROPPED = "dropped"


class MeetingOutcome(StrEnum):
    """Who missed or moved a meeting matters to HR, so it is part of the outcome."""

    HELD = "held"
    MISSED_BY_MENTOR = "missed_by_mentor"
    MISSED_BY_MENTEE = "missed_by_mentee"
    RESCHEDULED_BY_MENTOR = "rescheduled_by_mentor"
    RESCHEDULED_BY_MENTEE = "rescheduled_by_mentee"
    CANCELLED = "cancelled"


class Respondent(StrEnum):
    MENTOR = "mentor"
    MENTEE = "mentee"


@dataclass(frozen=True)
class ReportOptions:
    """How to render, separate from what to render so one data set can give
    both the HR copy and the privacy-reduced manager copy."""

    company_name: str
    generated_on: date
    page_size: Literal["A4", "Letter"] = "A4"
    logo_path: Path | str | None = None
    include_notes: bool = False
    include_checkin_comments: bool = True

    def manager_variant(self) -> ReportOptions:
        """Line managers see progress, never what was said in confidence."""
        return replace(self, include_notes=False, include_checkin_comments=False)


@dataclass(frozen=True)
class Person:
    name: str
    department: str = ""
    branch: str = ""


@dataclass(frozen=True)
class Goal:
    title: str
    status: GoalStatus | str = GoalStatus.OPEN
    progress: int = 0  # percent, 0-100
    due_date: date | None = None


@dataclass(frozen=True)
class Meeting:
    held_on: date
    minutes: int
    outcome: MeetingOutcome | str = MeetingOutcome.HELD
    topics: str = ""
    notes: str = ""  # private: only printed with ReportOptions.include_notes


@dataclass(frozen=True)
class CompetencyGrowth:
    competency: str
    start_level: float
    current_level: float
    target_level: float
    scale_max: float = 5.0


@dataclass(frozen=True)
class CheckIn:
    held_on: date
    respondent: Respondent | str
    scores: Mapping[str, int] = field(default_factory=dict)  # question -> 1..5
    comments: str = ""  # left out of the manager variant


@dataclass(frozen=True)
class RelationshipReportData:
    program_name: str
    mentor: Person
    mentee: Person
    start_date: date
    planned_end_date: date
    current_stage: int  # 1..5, see STAGE_NAMES
    stage_started: Mapping[int, date]  # stage -> date it began (reached stages only)
    status: RelationshipStatus | str
    planned_meetings_to_date: int
    attendance_rate: float | None  # 0..1, held / planned to date
    mentoring_hours: float
    goals: Sequence[Goal] = ()
    meetings: Sequence[Meeting] = ()  # any order; the report sorts by date
    competencies: Sequence[CompetencyGrowth] = ()
    checkins: Sequence[CheckIn] = ()
    hr_summary: str = ""
    next_steps: str = ""
    end_date: date | None = None  # actual end, for completed / ended early


@dataclass(frozen=True)
class BreakdownRow:
    """One branch or department: the same figures as the programme totals."""

    label: str
    mentors: int
    mentees: int
    match_rate: float | None
    active: int
    completed: int
    ended_early: int
    attendance_rate: float | None
    mentoring_hours: float
    goals_achieved: int
    goals_total: int
    checkin_average: float | None = None  # mean over all questions, 1..5


@dataclass(frozen=True)
class AttentionItem:
    mentor_name: str
    mentee_name: str
    reason: str


@dataclass(frozen=True)
class ProgramReportData:
    name: str
    purpose: str
    business_goal: str
    kind: str
    start_date: date
    end_date: date | None
    mentors: int
    mentees: int
    waiting_list: int
    match_rate: float | None  # matched mentees / mentees wanting a mentor
    active: int
    completed: int
    ended_early: int
    attendance_rate: float | None
    mentoring_hours: float
    goals_achieved: int
    goals_total: int
    checkin_averages: Mapping[str, float] = field(default_factory=dict)  # question -> 1..5
    by_branch: Sequence[BreakdownRow] = ()
    by_department: Sequence[BreakdownRow] = ()
    needs_attention: Sequence[AttentionItem] = ()
