"""SQL for relationships, stages, extensions, goals, meetings, check-ins and snoozes.

Reads of relationships, stages, extensions, goals, meetings and check-ins return
records (`storage/records.py` maps each row), so no service indexes a row; bulk
reads take the same filters as the relationship list so a screen of a few
hundred relationships costs a handful of queries, not one per relationship.
Writes go through `rows` so the merge bookkeeping is always right. Only
`accepted_participants` still returns plain rows: the demo builder reads it, no
service does. The bulk meeting read returns the light `MeetingFacts` (thousands
of rows), one relationship's meetings the full `Meeting`.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from . import rows
from .by_ids import select_in
from .database import Database
from .records import (
    GoalFacts,
    HeldMinutes,
    MeetingFacts,
    PersonMeeting,
    RelationshipRecord,
    StageRecord,
    StoredCheckin,
    WaitingMentee,
    checkin_of,
    day,
    goal_facts_of,
    meeting_facts_of,
    relationship_of,
    stage_of,
)
from .stored_dates import required_date

if TYPE_CHECKING:
    from ..relationship_models import ExtensionEntry, Goal, GoalHistoryEntry, Meeting

# The screens' records (`relationship_models`, mapped in `relationship_rows`) load with the first
# read that returns one: a report reads the light `GoalFacts`/`MeetingFacts` and never builds them.

# -- participants (read only: their writes belong to the programs area; a program is
#    read as a `Program` record through programs_repo.get_program / find_program) --


def accepted_participants(db: Database, program_id: str) -> list[dict[str, Any]]:
    """Accepted mentors and mentees with a name, in a stable order (the demo relies on it)."""
    return db.query(
        """SELECT pa.person_id, pa.role, p.name FROM participants pa
           JOIN people p ON p.id = pa.person_id AND p.deleted_at IS NULL
           WHERE pa.program_id = ? AND pa.status = 'accepted' AND pa.deleted_at IS NULL
           ORDER BY pa.role, p.name COLLATE NOCASE, p.employee_id""",
        (program_id,),
    )


def waitlisted_mentees(db: Database) -> list[WaitingMentee]:
    """Longest waiting first: since they were waitlisted, else since they applied."""
    return [WaitingMentee(r["id"], r["person_id"], r["name"], r["program_id"], r["program_name"], r["reason"],
                          day(r["waiting_since"])) for r in db.query(
        """SELECT pa.id, pa.person_id, p.name, pr.name AS program_name, pa.program_id, pa.reason,
                  coalesce(pa.waitlisted_since, pa.applied_at) AS waiting_since
           FROM participants pa
           JOIN people p ON p.id = pa.person_id AND p.deleted_at IS NULL
           LEFT JOIN programs pr ON pr.id = pa.program_id
           WHERE pa.status = 'waitlisted' AND pa.role = 'mentee' AND pa.deleted_at IS NULL
           ORDER BY waiting_since, p.name COLLATE NOCASE"""
    )]


def person_name(db: Database, person_id: str) -> str | None:
    return db.scalar("SELECT name FROM people WHERE id = ? AND deleted_at IS NULL", (person_id,))


def competency_exists(db: Database, competency_id: str) -> bool:
    return bool(db.scalar(
        "SELECT 1 FROM competencies WHERE id = ? AND deleted_at IS NULL", (competency_id,)))


# -- relationships -----------------------------------------------------------------

_REL_SQL = """
SELECT r.*, pr.name AS program_name, m.name AS mentor_name, e.name AS mentee_name,
       m.archived AS mentor_archived, e.archived AS mentee_archived
FROM relationships r
LEFT JOIN programs pr ON pr.id = r.program_id
JOIN people m ON m.id = r.mentor_id
JOIN people e ON e.id = r.mentee_id
WHERE r.deleted_at IS NULL {extra}
ORDER BY r.status, r.start_date, m.name COLLATE NOCASE, e.name COLLATE NOCASE
"""


def _filters(program_id: str | None, status: str | None, alias: str = "r") -> tuple[str, list[Any]]:
    extra, params = "", []
    if program_id is not None:
        extra += f" AND {alias}.program_id = ?"
        params.append(program_id)
    if status is not None:
        extra += f" AND {alias}.status = ?"
        params.append(status)
    return extra, params


def list_relationships(db: Database, program_id: str | None = None,
                       status: str | None = None) -> list[RelationshipRecord]:
    extra, params = _filters(program_id, status)
    return [relationship_of(r) for r in db.query(_REL_SQL.format(extra=extra), params)]


def get_relationship(db: Database, rel_id: str) -> RelationshipRecord | None:
    row = db.query_one(_REL_SQL.format(extra="AND r.id = ?"), (rel_id,))
    return relationship_of(row) if row is not None else None


def active_count_for_mentor(db: Database, mentor_id: str) -> int:
    return int(db.scalar(
        "SELECT count(*) FROM relationships WHERE mentor_id = ? AND status = 'active' AND deleted_at IS NULL",
        (mentor_id,)))


def active_between(db: Database, a: str, b: str) -> bool:
    """Either direction: A mentoring B and B mentoring A at once would be the same pairing."""
    return bool(db.scalar(
        """SELECT 1 FROM relationships WHERE status = 'active' AND deleted_at IS NULL
           AND ((mentor_id = ? AND mentee_id = ?) OR (mentor_id = ? AND mentee_id = ?))""",
        (a, b, b, a)))


def insert_relationship(conn: sqlite3.Connection, values: Mapping[str, Any]) -> str:
    return rows.insert(conn, "relationships", values)


def update_relationship(conn: sqlite3.Connection, rel_id: str, changes: Mapping[str, Any],
                        expected_updated_at: str | None = None) -> bool:
    return rows.update(conn, "relationships", rel_id, changes, expected_updated_at=expected_updated_at)


# -- stages and extensions -------------------------------------------------------------

def stages(db: Database, rel_id: str) -> list[StageRecord]:
    return [stage_of(r) for r in db.query(
        "SELECT id, stage, began_on FROM relationship_stages WHERE relationship_id = ? AND deleted_at IS NULL "
        "ORDER BY stage, began_on",
        (rel_id,))]


def insert_stage(conn: sqlite3.Connection, rel_id: str, stage: int, began_on: str) -> str:
    return rows.insert(conn, "relationship_stages", {"relationship_id": rel_id, "stage": stage, "began_on": began_on})


def tombstone_stage(conn: sqlite3.Connection, stage_row_id: str) -> bool:
    return rows.tombstone(conn, "relationship_stages", stage_row_id)


def extensions(db: Database, rel_id: str) -> list[ExtensionEntry]:
    from .relationship_rows import extension_of

    return [extension_of(r) for r in db.query(
        "SELECT id, previous_end, new_end, reason, created_at FROM extensions "
        "WHERE relationship_id = ? AND deleted_at IS NULL ORDER BY created_at",
        (rel_id,))]


def insert_extension(conn: sqlite3.Connection, rel_id: str, previous_end: str, new_end: str, reason: str) -> str:
    return rows.insert(conn, "extensions", {
        "relationship_id": rel_id, "previous_end": previous_end, "new_end": new_end, "reason": reason})


# -- goals ---------------------------------------------------------------------------

_GOAL_SQL = """
SELECT g.*, c.name AS competency_name FROM goals g
LEFT JOIN competencies c ON c.id = g.competency_id
WHERE g.deleted_at IS NULL {extra}
ORDER BY g.due_date IS NULL, g.due_date, g.created_at
"""


def goals_for(db: Database, rel_id: str) -> list[Goal]:
    from .relationship_rows import goal_of

    return [goal_of(r) for r in db.query(_GOAL_SQL.format(extra="AND g.relationship_id = ?"), (rel_id,))]


def goal_facts_for(db: Database, rel_id: str) -> list[GoalFacts]:
    """One relationship's goals as `goals_for` reads them (same rows, same order), as the light record
    a report prints from (no history)."""
    return [goal_facts_of(r) for r in db.query(_GOAL_SQL.format(extra="AND g.relationship_id = ?"), (rel_id,))]


def goals_bulk(db: Database, program_id: str | None = None, status: str | None = None) -> list[Goal]:
    from .relationship_rows import goal_of

    extra, params = _filters(program_id, status)
    return [goal_of(r) for r in db.query(_GOAL_SQL.format(
        extra=f"AND g.relationship_id IN (SELECT r.id FROM relationships r WHERE r.deleted_at IS NULL {extra})"),
        params)]


def get_goal(db: Database, goal_id: str) -> Goal | None:
    from .relationship_rows import goal_of

    row = db.query_one(_GOAL_SQL.format(extra="AND g.id = ?"), (goal_id,))
    return goal_of(row) if row is not None else None


def goal_ids_for(db: Database, rel_id: str) -> set[str]:
    return {r["id"] for r in db.query(
        "SELECT id FROM goals WHERE relationship_id = ? AND deleted_at IS NULL", (rel_id,))}


def goal_histories(db: Database, goal_ids: Iterable[str]) -> dict[str, list[GoalHistoryEntry]]:
    """goal id -> its history, oldest first (sorted here: the ids are asked for in chunks)."""
    from .relationship_rows import history_entry_of

    found = select_in(db, "SELECT goal_id, status, progress, note, created_at FROM goal_history "
                          "WHERE goal_id IN ({ids}) AND deleted_at IS NULL ORDER BY created_at", goal_ids)
    out: dict[str, list[GoalHistoryEntry]] = {}
    for r in sorted(found, key=lambda r: r["created_at"]):
        out.setdefault(r["goal_id"], []).append(history_entry_of(r))
    return out


def insert_goal(conn: sqlite3.Connection, values: Mapping[str, Any]) -> str:
    return rows.insert(conn, "goals", values)


def update_goal(conn: sqlite3.Connection, goal_id: str, changes: Mapping[str, Any]) -> bool:
    return rows.update(conn, "goals", goal_id, changes)


def tombstone_goal(conn: sqlite3.Connection, goal_id: str) -> bool:
    return rows.tombstone(conn, "goals", goal_id)


def insert_goal_history(conn: sqlite3.Connection, goal_id: str, status: str, progress: int, note: str) -> str:
    return rows.insert(conn, "goal_history", {
        "goal_id": goal_id, "status": status, "progress": progress, "note": note})


# -- meetings ------------------------------------------------------------------------

_MEETING_COLS = ("id, relationship_id, date, time, minutes, mode, outcome, with_notice, topics, "
                 "goals_discussed, notes, updated_at")


_MEETINGS_OF = (f"SELECT {_MEETING_COLS} FROM meetings WHERE relationship_id = ? AND deleted_at IS NULL "
                "ORDER BY date, time, created_at")


def meetings_for(db: Database, rel_id: str) -> list[Meeting]:
    from .relationship_rows import meeting_of

    return [meeting_of(r) for r in db.query(_MEETINGS_OF, (rel_id,))]


def meeting_facts_for(db: Database, rel_id: str) -> list[MeetingFacts]:
    """One relationship's meetings as `meetings_for` reads them (same rows, same order), as the light
    record a report prints from."""
    return [meeting_facts_of(r) for r in db.query(_MEETINGS_OF, (rel_id,))]


def meetings_bulk(db: Database, program_id: str | None = None, status: str | None = None) -> list[MeetingFacts]:
    """Every meeting of the filtered relationships in one query (as the light record: thousands of rows)."""
    extra, params = _filters(program_id, status)
    return [meeting_facts_of(r) for r in db.query(
        f"SELECT {_MEETING_COLS} FROM meetings WHERE deleted_at IS NULL AND relationship_id IN "
        f"(SELECT r.id FROM relationships r WHERE r.deleted_at IS NULL {extra}) ORDER BY date, time",
        params)]


def meetings_of_person(db: Database, person_id: str) -> list[PersonMeeting]:
    """With the person's role in each meeting's relationship, so misses can be attributed."""
    return [PersonMeeting(r["relationship_id"], r["outcome"], r["minutes"] or 0, r["role"]) for r in db.query(
        """SELECT m.outcome, m.minutes, m.relationship_id,
                  CASE WHEN r.mentor_id = ? THEN 'mentor' ELSE 'mentee' END AS role
           FROM meetings m JOIN relationships r ON r.id = m.relationship_id AND r.deleted_at IS NULL
           WHERE m.deleted_at IS NULL AND (r.mentor_id = ? OR r.mentee_id = ?)""",
        (person_id, person_id, person_id))]


def active_relationships_of_person(db: Database, person_id: str) -> list[RelationshipRecord]:
    """The running relationships a person is in (for the archive warning)."""
    return [relationship_of(r) for r in db.query(
        _REL_SQL.format(extra="AND r.status = 'active' AND (r.mentor_id = ? OR r.mentee_id = ?)"),
        (person_id, person_id))]


def relationship_ids_of_person(db: Database, person_id: str) -> list[str]:
    return [r["id"] for r in db.query(
        "SELECT id FROM relationships WHERE deleted_at IS NULL AND (mentor_id = ? OR mentee_id = ?)",
        (person_id, person_id))]


def get_meeting(db: Database, meeting_id: str) -> Meeting | None:
    from .relationship_rows import meeting_of

    row = db.query_one(f"SELECT {_MEETING_COLS} FROM meetings WHERE id = ? AND deleted_at IS NULL",
                       (meeting_id,))
    return meeting_of(row) if row is not None else None


def count_meetings(db: Database, rel_id: str | None = None) -> int:
    if rel_id is None:
        return int(db.scalar("SELECT count(*) FROM meetings WHERE deleted_at IS NULL"))
    return int(db.scalar("SELECT count(*) FROM meetings WHERE relationship_id = ? AND deleted_at IS NULL",
                         (rel_id,)))


def insert_meeting(conn: sqlite3.Connection, values: Mapping[str, Any]) -> str:
    return rows.insert(conn, "meetings", values)


def update_meeting(conn: sqlite3.Connection, meeting_id: str, changes: Mapping[str, Any],
                   expected_updated_at: str | None = None) -> bool:
    return rows.update(conn, "meetings", meeting_id, changes, expected_updated_at=expected_updated_at)


def tombstone_meeting(conn: sqlite3.Connection, meeting_id: str) -> bool:
    return rows.tombstone(conn, "meetings", meeting_id)


def held_minutes(db: Database, program_id: str | None = None) -> list[HeldMinutes]:
    """Held minutes per relationship with its mentor and program, for the hours totals."""
    extra, params = _filters(program_id, None)
    return [HeldMinutes(r["id"], r["mentor_id"], r["mentor_name"], r["mentee_name"], r["program_id"],
                        r["program_name"], int(r["minutes"])) for r in db.query(
        f"""SELECT r.id, r.mentor_id, m.name AS mentor_name, r.program_id,
                   coalesce(pr.name, '') AS program_name, e.name AS mentee_name,
                   coalesce((SELECT sum(x.minutes) FROM meetings x WHERE x.relationship_id = r.id
                             AND x.deleted_at IS NULL AND x.outcome = 'held'), 0) AS minutes
            FROM relationships r
            JOIN people m ON m.id = r.mentor_id
            JOIN people e ON e.id = r.mentee_id
            LEFT JOIN programs pr ON pr.id = r.program_id
            WHERE r.deleted_at IS NULL {extra}
            ORDER BY m.name COLLATE NOCASE, e.name COLLATE NOCASE""",
        params)]


# -- check-ins -------------------------------------------------------------------------

def checkins_for(db: Database, rel_id: str) -> list[StoredCheckin]:
    return [checkin_of(r) for r in db.query(
        "SELECT id, relationship_id, role, date, scores, comments FROM checkins "
        "WHERE relationship_id = ? AND deleted_at IS NULL ORDER BY date, role",
        (rel_id,))]


def checkins_bulk(db: Database, program_id: str | None = None, status: str | None = None
                  ) -> list[StoredCheckin]:
    extra, params = _filters(program_id, status)
    return [checkin_of(r) for r in db.query(
        f"SELECT id, relationship_id, role, date, scores, comments FROM checkins WHERE deleted_at IS NULL "
        f"AND relationship_id IN (SELECT r.id FROM relationships r WHERE r.deleted_at IS NULL {extra}) "
        "ORDER BY date, role",
        params)]


def insert_checkin(conn: sqlite3.Connection, values: Mapping[str, Any]) -> str:
    return rows.insert(conn, "checkins", values)


def get_checkin(db: Database, checkin_id: str) -> StoredCheckin | None:
    row = db.query_one("SELECT id, relationship_id, role, date, scores, comments FROM checkins "
                       "WHERE id = ? AND deleted_at IS NULL", (checkin_id,))
    return checkin_of(row) if row is not None else None


def tombstone_checkin(conn: sqlite3.Connection, checkin_id: str) -> bool:
    return rows.tombstone(conn, "checkins", checkin_id)


# -- snoozes ---------------------------------------------------------------------------

def snoozes(db: Database) -> dict[str, dt.date]:
    """item key -> the latest day a snooze hides it until (a damaged date: `DamagedDateError`)."""
    out: dict[str, dt.date] = {}
    for r in db.query("SELECT item_key, until FROM snoozes WHERE deleted_at IS NULL"):
        until = required_date(r["until"], "snoozes", "until")
        if r["item_key"] not in out or until > out[r["item_key"]]:
            out[r["item_key"]] = until
    return out


def save_snooze(conn: sqlite3.Connection, item_key: str, until: str, note: str) -> str:
    """One live row per item, updated in place, so snoozing again does not pile up rows."""
    found = conn.execute(
        "SELECT id FROM snoozes WHERE item_key = ? AND deleted_at IS NULL ORDER BY created_at LIMIT 1",
        (item_key,)).fetchone()
    if found:
        rows.update(conn, "snoozes", found[0], {"until": until, "note": note})
        return found[0]
    return rows.insert(conn, "snoozes", {"item_key": item_key, "until": until, "note": note})
