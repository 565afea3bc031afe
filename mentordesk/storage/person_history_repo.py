"""SQL for one person's history: the programs they were enrolled in and every relationship they were in.

Two queries for the whole story, joined with the program and partner names, so the
People screen's History tab costs the same for someone with twenty pairings as for
a newcomer. Programs and partners are LEFT JOINed: a pairing whose partner was
erased or whose program was removed still shows, with what is left of it.
"""

from __future__ import annotations

from .database import Database
from .records import HistoryEnrolment, HistoryRelationship, history_enrolment_of, history_relationship_of

_ENROLMENTS_SQL = """
SELECT pa.id, pa.program_id, pr.name AS program_name, pr.kind AS program_kind, pa.role, pa.status,
       pa.reason, pa.applied_at
FROM participants pa
LEFT JOIN programs pr ON pr.id = pa.program_id
WHERE pa.person_id = ? AND pa.deleted_at IS NULL
ORDER BY pa.applied_at, pr.name
"""

_RELATIONSHIPS_SQL = """
SELECT r.id, r.program_id, pr.name AS program_name, r.mentor_id, r.mentee_id,
       m.name AS mentor_name, e.name AS mentee_name, r.start_date, r.planned_end, r.stage, r.status,
       r.closure_outcome, r.closed_on
FROM relationships r
LEFT JOIN programs pr ON pr.id = r.program_id
LEFT JOIN people m ON m.id = r.mentor_id
LEFT JOIN people e ON e.id = r.mentee_id
WHERE (r.mentor_id = ? OR r.mentee_id = ?) AND r.deleted_at IS NULL
ORDER BY r.start_date, r.id
"""


def enrolments_of(db: Database, person_id: str) -> list[HistoryEnrolment]:
    """Every live enrolment of the person (any role, any decision), oldest application first."""
    return [history_enrolment_of(r) for r in db.query(_ENROLMENTS_SQL, (person_id,))]


def relationships_of(db: Database, person_id: str) -> list[HistoryRelationship]:
    """Every relationship the person is mentor or mentee in, running or closed, oldest first."""
    return [history_relationship_of(r) for r in db.query(_RELATIONSHIPS_SQL, (person_id, person_id))]
