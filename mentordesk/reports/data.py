"""What a report shows, as plain frozen dataclasses.

The report modules never touch the database or Qt: whoever builds a report
fills these from storage first.  That keeps rendering testable with literal
values, lets the batch builder ship them to worker processes (they pickle),
and means a report can only show what was deliberately handed to it --
important because the data is personal.

Conventions, so the figures are never ambiguous:
* rates (attendance, match rate) are fractions 0.0-1.0, ``None`` when unknown
  (e.g. no meeting held or missed yet) -- the report prints "n/a" rather than 0 %;
* attendance = held / (held + missed by mentor + missed by mentee): a missed
  meeting counts against whoever missed it, rescheduled and cancelled ones
  count against no one (the same rule as ``rules.attendance``);
* check-in scores are integers 1-5;
* text fields are raw user text: the renderer escapes it, callers must not.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from ..vocabulary import STAGE_NAMES as STAGE_NAMES  # noqa: F401  (kept here for the report modules)


class RelationshipStatus(StrEnum):
    """Kept apart on purpose: 'completed' and 'ended early' must never be merged."""

    PLANNED = "planned"
    ACTIVE = "active"
    PAUSED = "paused"
    COMPLETED = "completed"
    ENDED_EARLY = "ended_early"
    #: Closed because the mentee continues with another mentor: neither completed nor ended early.
    REPLACED = "mentor_replaced"


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
    #: The logo image itself (PNG or JPEG), as the company's file keeps it; wins over `logo_path`.
    logo_data: bytes | None = None
    include_notes: bool = False
    include_checkin_comments: bool = True
    #: The report's language ("en", "es", "nl", "de", "pl"), chosen per report: an
    #: executive may read another language than HR.  Unknown codes fall back to
    #: `mentordesk.i18n.default_language()`.
    language: str = "en"

    def manager_variant(self) -> ReportOptions:
        """Line managers see progress, never what was said in confidence."""
        return replace(self, include_notes=False, include_checkin_comments=False)


@dataclass(frozen=True)
class Person:
    name: str
    department: str = ""
    branch: str = ""
    #: Tells namesakes apart in batch file names; never printed in the report itself.
    employee_id: str = ""


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
    attendance_rate: float | None  # 0..1, held / (held + missed); see the module docstring
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
    """One branch or department: the same figures as the program totals."""

    label: str
    mentors: int
    mentees: int
    match_rate: float | None
    active: int
    completed: int
    ended_early: int
    attendance_rate: float | None  # held / (held + missed), as for the program
    mentoring_hours: float
    goals_achieved: int
    goals_total: int
    checkin_average: float | None = None  # mean over all questions, 1..5
    checkin_answers: int = 0  # how many answers that mean rests on

    def is_empty(self) -> bool:
        """Nothing to say: no people, no relationships, no meetings, goals or answers (issue 13:
        a branch with only declined applicants printed a row of zeros)."""
        return not (self.mentors or self.mentees or self.active or self.completed or self.ended_early
                    or self.attendance_rate is not None or self.mentoring_hours or self.goals_total
                    or self.checkin_answers or self.match_rate)


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
    attendance_rate: float | None  # pooled: held / (held + missed) over all the program's meetings
    mentoring_hours: float
    goals_achieved: int
    goals_total: int
    checkin_averages: Mapping[str, float] = field(default_factory=dict)  # question -> 1..5
    #: question -> how many answers its average rests on ("3.8 (5 answers)"): three answers
    #: and three hundred read differently.
    checkin_answers: Mapping[str, int] = field(default_factory=dict)
    by_branch: Sequence[BreakdownRow] = ()
    by_department: Sequence[BreakdownRow] = ()
    needs_attention: Sequence[AttentionItem] = ()
    #: Relationships closed because the mentor was replaced (the mentee's work goes on).
    replaced: int = 0


# --------------------------------------------------------------------------
# Sample data: the settings dialog's "preview report", the tests and the
# benchmark all need a realistic relationship without a database.

if TYPE_CHECKING:  # the samples import `random` only when called: the report command never does
    from random import Random

_SAMPLE_TOPICS = [
    "Career path and next role", "Presenting to the board", "Delegation in a growing team",
    "Feedback conversations", "Budget planning for Q3", "Cross-branch collaboration",
    "Time management and priorities", "Negotiation practice",
]
_SAMPLE_QUESTIONS = ["The meetings are useful to me", "We agree on clear goals", "I feel listened to",
                     "I apply what we discuss"]


def _sample_meetings(rnd: Random, start: date, n_meetings: int) -> list[Meeting]:
    """Mostly held meetings every one to three weeks (every five days past 60), with notes."""
    from datetime import timedelta

    outcomes = list(MeetingOutcome)
    weights = [80, 4, 4, 4, 4, 4]
    topics = _SAMPLE_TOPICS
    meetings = []
    day = start
    for i in range(n_meetings):
        day += timedelta(days=rnd.choice((7, 14, 14, 21)) if n_meetings < 60 else 5)
        meetings.append(Meeting(
            held_on=day,
            minutes=rnd.choice((30, 45, 60, 60, 90)),
            outcome=rnd.choices(outcomes, weights)[0],
            topics=topics[i % len(topics)],
            notes=f"Private note {i + 1}: agreed to follow up on {topics[(i + 3) % len(topics)].lower()}.",
        ))
    return meetings


def _sample_checkins(rnd: Random, start: date) -> list[CheckIn]:
    """Six monthly check-ins from both sides, scores slowly rising, each with a comment."""
    from datetime import timedelta

    checkins = []
    for k in range(6):
        when = start + timedelta(days=30 * (k + 1))
        for who in (Respondent.MENTOR, Respondent.MENTEE):
            checkins.append(CheckIn(
                held_on=when, respondent=who,
                scores={q: max(1, min(5, 2 + (k + j) // 2 + rnd.choice((-1, 0, 0, 1)))) for j,
                        q in enumerate(_SAMPLE_QUESTIONS)},
                comments=f"{who.value.capitalize()} comment after month {k + 1}: good progress, more practice needed.",
            ))
    return checkins


def sample_relationship(
    mentor: str = "María José Núñez",
    mentee: str = "Zoë Ødegaard",
    n_meetings: int = 24,
    seed: int = 1,
) -> RelationshipReportData:
    """A full, realistic relationship (names in several scripts) for previews, screenshots
    and tests: the same seed always gives the same report."""
    import random

    rnd = random.Random(seed)
    start = date(2024, 1, 15)
    meetings = _sample_meetings(rnd, start, n_meetings)
    checkins = _sample_checkins(rnd, start)
    held = sum(1 for m in meetings if m.outcome == MeetingOutcome.HELD)
    missed = sum(1 for m in meetings if m.outcome in (MeetingOutcome.MISSED_BY_MENTOR, MeetingOutcome.MISSED_BY_MENTEE))
    planned = len(meetings)
    return RelationshipReportData(
        program_name="Leadership Mentoring 2024",
        mentor=Person(mentor, "Finance", "Madrid"),
        mentee=Person(mentee, "Customer Service", "Oslo"),
        start_date=start,
        planned_end_date=date(2025, 1, 15),
        current_stage=3,
        stage_started={1: start, 2: date(2024, 3, 1), 3: date(2024, 6, 3)},
        status=RelationshipStatus.ACTIVE,
        planned_meetings_to_date=planned,
        attendance_rate=held / (held + missed) if held + missed else None,
        mentoring_hours=sum(m.minutes for m in meetings if m.outcome == MeetingOutcome.HELD) / 60,
        goals=(
            Goal("Lead the quarterly business review on my own", GoalStatus.ACHIEVED, 100, date(2024, 6, 30)),
            Goal("Build a network across the Madrid and Oslo branches", GoalStatus.IN_PROGRESS, 60, date(2024, 10, 1)),
            Goal("Complete the finance-for-managers course", GoalStatus.IN_PROGRESS, 35, date(2024, 12, 1)),
            Goal("Shadow a hiring panel", GoalStatus.DROPPED, 10, date(2024, 9, 1)),
            Goal("Write a development plan for the next two years", GoalStatus.OPEN, 0, date(2025, 1, 10)),
        ),
        meetings=tuple(meetings),
        competencies=(
            CompetencyGrowth("Strategic thinking", 2, 3.5, 4),
            CompetencyGrowth("Communication", 3, 4, 4.5),
            CompetencyGrowth("Delegation", 1.5, 2.5, 4),
            CompetencyGrowth("Financial acumen", 2, 2, 3.5),
        ),
        checkins=tuple(checkins),
        hr_summary=(
            "The pair meets regularly and the mentee has taken on visibly more responsibility since the spring. "
            "Attendance is good; the two missed meetings were rescheduled within a week."
        ),
        next_steps="Agree the transition plan by December. HR to check in with both in November.",
    )


def sample_program() -> ProgramReportData:
    def row(label: str, k: int) -> BreakdownRow:
        return BreakdownRow(label, 4 + k, 5 + k, 0.8 + k / 50, 3 + k, 1, k % 2, 0.82 + k / 100,
                            40.5 + 7 * k, 6 + k, 10 + 2 * k, 3.6 + k / 10)

    return ProgramReportData(
        name="Leadership Mentoring 2024",
        purpose="Prepare high-potential employees for their first management role.",
        business_goal="Fill 60% of new team-lead positions internally by the end of 2025.",
        kind="One-to-one, 12 months",
        start_date=date(2024, 1, 15),
        end_date=date(2025, 1, 15),
        mentors=18, mentees=22, waiting_list=3, match_rate=0.86,
        active=14, completed=4, ended_early=2,
        attendance_rate=0.84, mentoring_hours=412.5, goals_achieved=41, goals_total=77,
        checkin_averages={"The meetings are useful to me": 4.3, "We agree on clear goals": 3.8,
                          "I feel listened to": 4.6, "I apply what we discuss": 3.5},
        by_branch=(row("Madrid", 0), row("Oslo", 1), row("Kraków", 2)),
        by_department=(row("Finance", 0), row("Customer Service", 1), row("Operations", 2), row("IT", 3)),
        needs_attention=(
            AttentionItem("Dmitrij Petrov", "Αλέξανδρος Παπαδόπουλος", "Three meetings missed by the mentor in a row"),
            AttentionItem("Anna Berg", "Jonas Lind", "No check-in for 10 weeks"),
        ),
    )
