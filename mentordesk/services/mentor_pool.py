"""The evidence HR weighs when admitting mentors and mentees to a program.

HR decides on each applicant mentor from several facts that live in different
tables (profile, portrait, relationships, meetings). This service gathers them
for a whole program in a handful of queries, so the Programs screen shows one
row per applicant without a query per row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..clock import today as _today
from ..models import MAX_PREFERRED as MAX_PREFERRED  # the window's picker reads it from here
from ..storage import by_ids
from ..storage import mentor_pool_repo as repo
from ..storage.database import Database

#: Competency levels that count as expertise a mentor can pass on (levels run 0-5).
EXPERT_LEVEL = 4


@dataclass(frozen=True)
class MentorEvidence:
    """One applicant mentor and what speaks for or against accepting them."""

    participant_id: str
    person_id: str
    name: str
    department: str
    branch: str
    title: str
    willing: bool | None            # None: no mentor profile recorded
    motivation: str
    recognition: str
    availability: str
    seniority_years: float | None   # None: hire date unknown
    expertise: tuple[str, ...]      # competencies at level 4-5
    capacity: int
    active_mentees: int
    meetings_held: int
    meetings_missed: int            # missed by the mentor only: a mentee's miss is not the mentor's record
    status: str
    reason: str
    applied_at: str = ""
    waitlisted_since: str | None = None

    @property
    def free_capacity(self) -> int:
        return max(0, self.capacity - self.active_mentees)

    @property
    def attendance_rate(self) -> float | None:
        """Share of meetings attended of those held or missed by the mentor; None without any."""
        counted = self.meetings_held + self.meetings_missed
        return self.meetings_held / counted if counted else None


@dataclass(frozen=True)
class Gap:
    """A competency the mentee wants to grow: where they are and where they aim."""

    competency: str
    current: int
    target: int


@dataclass(frozen=True)
class MenteeNeeds:
    """One mentee applicant with the gaps they want to close and whom they asked for."""

    participant_id: str
    person_id: str
    name: str
    department: str
    branch: str
    title: str
    gaps: tuple[Gap, ...]
    preferred_ids: tuple[str, ...]
    preferred_names: tuple[str, ...]
    status: str
    reason: str
    applied_at: str = ""
    waitlisted_since: str | None = None


def _seniority(hire_date: str | None, today: date) -> float | None:
    if not hire_date:
        return None
    try:
        hired = date.fromisoformat(hire_date)
    except ValueError:
        return None
    return max(0.0, (today - hired).days / 365.25)


def mentor_pool(db: Database, program_id: str, today: date | None = None) -> list[MentorEvidence]:
    """Every mentor enrolled in the program (any status) with their evidence, by name.

    Attendance covers every relationship the person has mentored, in any
    program: past behaviour is what predicts whether they will show up.
    """
    today = today or _today()
    meetings = repo.mentor_meeting_counts(db, program_id)
    levels = repo.latest_levels(db, program_id, "mentor")
    out = []
    for r in repo.mentors(db, program_id):
        held, missed = meetings.get(r.person_id, (0, 0))
        expertise = tuple(name for name, current, _ in levels.get(r.person_id, []) if current >= EXPERT_LEVEL)
        out.append(MentorEvidence(
            participant_id=r.participant_id, person_id=r.person_id, name=r.name,
            department=r.department, branch=r.branch, title=r.title, willing=r.willing,
            motivation=r.motivation, recognition=r.recognition, availability=r.availability,
            seniority_years=_seniority(r.hire_date, today), expertise=expertise,
            capacity=r.capacity, active_mentees=r.active_mentees,
            meetings_held=held, meetings_missed=missed, status=r.status, reason=r.reason,
            applied_at=r.applied_at, waitlisted_since=r.waitlisted_since,
        ))
    return out


def mentee_needs(db: Database, program_id: str) -> list[MenteeNeeds]:
    """Every mentee enrolled in the program (any status) with their gaps and preferred mentors, by name."""
    levels = repo.latest_levels(db, program_id, "mentee")
    mentees = repo.mentees(db, program_id)
    # preferred mentors are named even if they have since left the program (or the company)
    names = by_ids.people_names(db, (pid for m in mentees for pid in m.preferred))
    out = []
    for r in mentees:
        # Biggest gap first: that is what a mentor should cover.
        gaps = tuple(sorted((Gap(name, current, target) for name, current, target in levels.get(r.person_id, [])
                             if target is not None and target > current),
                            key=lambda g: (g.current - g.target, g.competency.casefold())))
        ids = r.preferred[:MAX_PREFERRED]
        out.append(MenteeNeeds(
            participant_id=r.participant_id, person_id=r.person_id, name=r.name,
            department=r.department, branch=r.branch, title=r.title,
            gaps=gaps, preferred_ids=ids, preferred_names=tuple(names.get(i, "?") for i in ids),
            status=r.status, reason=r.reason, applied_at=r.applied_at, waitlisted_since=r.waitlisted_since,
        ))
    return out
