"""What the program summary report shows, as plain frozen dataclasses (see `data`).

Apart from `data` so a one-relationship report, the command run most, never creates
these classes (issue 15); `data` and `mentordesk.reports` still hand them out by name.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date


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
