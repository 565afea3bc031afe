"""SQL behind the Programs screen's evidence tables (mentor pool, mentee needs).

Each function is one query for the whole program, never one per row: a program
with a few hundred applicants must still open instantly on a file share, where
every round trip to SQLite costs milliseconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from .database import Database
from .programs_repo import MENTOR_CAPACITY_SQL, active_mentees_sql
from .records import preferred_ids


class MentorApplicant(NamedTuple):
    """A mentor's enrolment with their profile and current load (records here: only this screen reads them)."""

    participant_id: str
    person_id: str
    name: str
    department: str
    branch: str
    title: str
    hire_date: str | None
    status: str
    reason: str
    applied_at: str
    waitlisted_since: str | None
    #: None: they never said (no mentor profile).
    willing: bool | None
    motivation: str
    recognition: str
    availability: str
    capacity: int
    active_mentees: int


class MenteeApplicant(NamedTuple):
    """A mentee's enrolment with the mentors they asked for (a damaged list counts as none)."""

    participant_id: str
    person_id: str
    name: str
    department: str
    branch: str
    title: str
    status: str
    reason: str
    applied_at: str
    waitlisted_since: str | None
    preferred: tuple[str, ...]


def _common(r: Mapping[str, Any]) -> dict[str, Any]:
    return {"participant_id": r["participant_id"], "person_id": r["person_id"], "name": r["name"],
            "department": r["department"] or "", "branch": r["branch"] or "", "title": r["title"] or "",
            "status": r["status"], "reason": r["reason"] or "", "applied_at": r["applied_at"] or "",
            "waitlisted_since": r["waitlisted_since"]}


def _mentor(r: Mapping[str, Any]) -> MentorApplicant:
    return MentorApplicant(**_common(r), hire_date=r["hire_date"],
                           willing=None if r["willing"] is None else bool(r["willing"]),
                           motivation=r["motivation"] or "", recognition=r["recognition"] or "",
                           availability=r["availability"] or "", capacity=int(r["capacity"]),
                           active_mentees=int(r["active_mentees"] or 0))

_MENTORS_SQL = f"""
SELECT pa.id AS participant_id, pa.person_id, pa.status, pa.reason, pa.applied_at, pa.waitlisted_since,
       p.name, p.department, p.branch, p.title, p.hire_date,
       mp.willing, mp.motivation, mp.recognition, mp.availability,
       {MENTOR_CAPACITY_SQL} AS capacity,
       {active_mentees_sql("pa.person_id")} AS active_mentees
FROM participants pa
JOIN people p ON p.id = pa.person_id
LEFT JOIN mentor_profiles mp ON mp.person_id = pa.person_id AND mp.deleted_at IS NULL
WHERE pa.program_id = ? AND pa.role = 'mentor' AND pa.deleted_at IS NULL
ORDER BY p.name COLLATE NOCASE
"""


def mentors(db: Database, program_id: str) -> list[MentorApplicant]:
    """The program's mentor applicants with their profile and current load."""
    return [_mentor(r) for r in db.query(_MENTORS_SQL, (program_id,))]


_MEETINGS_SQL = """
SELECT r.mentor_id AS person_id,
       sum(CASE WHEN m.outcome = 'held' THEN 1 ELSE 0 END) AS held,
       sum(CASE WHEN m.outcome = 'missed_by_mentor' THEN 1 ELSE 0 END) AS missed_by_mentor
FROM meetings m
JOIN relationships r ON r.id = m.relationship_id AND r.deleted_at IS NULL
WHERE m.deleted_at IS NULL
  AND r.mentor_id IN (SELECT person_id FROM participants
                      WHERE program_id = ? AND role = 'mentor' AND deleted_at IS NULL)
GROUP BY r.mentor_id
"""


def mentor_meeting_counts(db: Database, program_id: str) -> dict[str, tuple[int, int]]:
    """person id -> (meetings held, meetings missed by the mentor), over every relationship they mentored."""
    return {r["person_id"]: (int(r["held"] or 0), int(r["missed_by_mentor"] or 0))
            for r in db.query(_MEETINGS_SQL, (program_id,))}


_LEVELS_SQL = """
SELECT person_id, competency, current_level, target_level FROM (
    SELECT pc.person_id, c.name AS competency, pc.current_level, pc.target_level,
           row_number() OVER (PARTITION BY pc.person_id, pc.competency_id
                              ORDER BY pc.assessed_at DESC, pc.created_at DESC) AS rn
    FROM person_competencies pc
    JOIN competencies c ON c.id = pc.competency_id
    WHERE pc.deleted_at IS NULL
      AND pc.person_id IN (SELECT person_id FROM participants
                           WHERE program_id = ? AND role = ? AND deleted_at IS NULL)
)
WHERE rn = 1
ORDER BY person_id, competency COLLATE NOCASE
"""


def latest_levels(db: Database, program_id: str, role: str) -> dict[str, list[tuple[str, int, int | None]]]:
    """person id -> [(competency, current, target)] from each person's latest assessment."""
    out: dict[str, list[tuple[str, int, int | None]]] = {}
    for r in db.query(_LEVELS_SQL, (program_id, role)):
        out.setdefault(r["person_id"], []).append((r["competency"], r["current_level"], r["target_level"]))
    return out


_MENTEES_SQL = """
SELECT pa.id AS participant_id, pa.person_id, pa.status, pa.reason, pa.applied_at, pa.waitlisted_since,
       pa.preferred, p.name, p.department, p.branch, p.title
FROM participants pa
JOIN people p ON p.id = pa.person_id
WHERE pa.program_id = ? AND pa.role = 'mentee' AND pa.deleted_at IS NULL
ORDER BY p.name COLLATE NOCASE
"""


def mentees(db: Database, program_id: str) -> list[MenteeApplicant]:
    return [MenteeApplicant(**_common(r), preferred=tuple(preferred_ids(r["preferred"])))
            for r in db.query(_MENTEES_SQL, (program_id,))]

