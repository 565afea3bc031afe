"""What a report shows, as plain immutable records.

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

The small records a report holds many of (`Person`, `Goal`, `CheckIn`) are
`NamedTuple`s: the one-report command is timed (issue 15), and a frozen dataclass
costs several times more to create at import. Change one with `._replace(...)`.
The others stay frozen dataclasses, changed with `dataclasses.replace`
(`CompetencyGrowth` too: Hypothesis' `builds` would also draw its defaulted
`scale_max` were it a named tuple).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

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


class Person(NamedTuple):
    name: str
    department: str = ""
    branch: str = ""
    #: Tells namesakes apart in batch file names; never printed in the report itself.
    employee_id: str = ""


class Goal(NamedTuple):
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


class CheckIn(NamedTuple):
    held_on: date
    respondent: Respondent | str
    scores: Mapping[str, int] = {}  # question -> 1..5; the default is shared, so never changed in place
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


# --------------------------------------------------------------------------
# Sample data: the settings dialog's "preview report", the tests and the
# benchmark all need a realistic relationship without a database.

if TYPE_CHECKING:  # the samples import `random` only when called: the report command never does
    from random import Random

    from .program_data import AttentionItem as AttentionItem  # noqa: F401  (re-exported on use)
    from .program_data import BreakdownRow as BreakdownRow  # noqa: F401
    from .program_data import ProgramReportData as ProgramReportData  # noqa: F401
    from .program_data import sample_program as sample_program  # noqa: F401

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


#: The program summary's records live in `program_data`: one relationship's report never
#: creates their classes (issue 15).  Importing them from here still works.
_PROGRAM_NAMES = frozenset({"AttentionItem", "BreakdownRow", "ProgramReportData", "sample_program"})


def __getattr__(name: str) -> object:
    if name in _PROGRAM_NAMES:
        from . import program_data

        return getattr(program_data, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
