"""SQL for replacing a mentor: who could take over, carrying goals over, and the chain of links.

Kept apart from `relationships_repo` because these reads cross relationships (a
replacement and the one it continues) while that module reads one at a time.
"""

from __future__ import annotations

import sqlite3

from . import rows
from .capacity_sql import MENTOR_CAPACITY_SQL, active_mentees_sql
from .database import Database
from .records import CohortPerson, RelationshipLink, cohort_person_of, link_of

_PERSON_COLS = """p.id AS person_id, p.name, p.branch, p.department, p.title, p.hire_date,
       p.languages, p.employee_id"""


def cohort_person(db: Database, person_id: str) -> CohortPerson | None:
    """One person as the matcher reads them (see `matching_repo`), outside any program."""
    row = db.query_one(f"SELECT {_PERSON_COLS}, p.archived FROM people p "
                       "WHERE p.id = ? AND p.deleted_at IS NULL", (person_id,))
    return cohort_person_of(row) if row is not None else None


def willing_mentors(db: Database) -> list[CohortPerson]:
    """Everyone who can mentor, for a relationship outside any program: a mentor role, not archived,
    not marked unwilling; capacity and active count as `matching_repo.mentors` gives them."""
    return [cohort_person_of(r) for r in db.query(
        f"""SELECT {_PERSON_COLS}, '[]' AS preferred,
               {MENTOR_CAPACITY_SQL} AS capacity,
               {active_mentees_sql("p.id")} AS active
           FROM people p
           LEFT JOIN mentor_profiles mp ON mp.person_id = p.id AND mp.deleted_at IS NULL
           WHERE p.deleted_at IS NULL AND p.archived = 0 AND p.role IN ('mentor', 'both')
             AND COALESCE(mp.willing, 1) = 1
           ORDER BY p.name COLLATE NOCASE, p.employee_id""")]


def copy_goals(conn: sqlite3.Connection, from_rel: str, to_rel: str, note: str) -> int:
    """Copy the live goals of `from_rel`, each with its dated history, into `to_rel`.

    Copies rather than moves so the old relationship's record (and its report)
    still shows what was worked on with the old mentor. History rows keep the
    date they were recorded; one more row per goal says where it came from.
    """
    goal_cols = ("title", "description", "success_measure", "due_date", "status", "progress",
                 "competency_id")
    goals = conn.execute(
        f"SELECT id, {', '.join(goal_cols)} FROM goals WHERE relationship_id = ? AND deleted_at IS NULL "
        "ORDER BY created_at", (from_rel,)).fetchall()
    for goal in goals:
        values = dict(zip(goal_cols, goal[1:], strict=True))
        new_goal = rows.insert(conn, "goals", {"relationship_id": to_rel, **values})
        history = conn.execute(
            "SELECT status, progress, note, created_at FROM goal_history WHERE goal_id = ? "
            "AND deleted_at IS NULL ORDER BY created_at", (goal[0],)).fetchall()
        for status, progress, old_note, recorded_at in history:
            hid = rows.insert(conn, "goal_history", {"goal_id": new_goal, "status": status,
                                                     "progress": progress, "note": old_note})
            conn.execute("UPDATE goal_history SET created_at = ? WHERE id = ?", (recorded_at, hid))
        rows.insert(conn, "goal_history", {"goal_id": new_goal, "status": values["status"],
                                           "progress": values["progress"], "note": note})
    return len(goals)


def link(db: Database, rel_id: str) -> RelationshipLink | None:
    """What a report needs to name a linked relationship: its mentor and its dates."""
    row = db.query_one(
        """SELECT r.id, r.replaces_id, r.start_date, r.closed_on, m.name AS mentor_name
           FROM relationships r JOIN people m ON m.id = r.mentor_id
           WHERE r.id = ? AND r.deleted_at IS NULL""", (rel_id,))
    return link_of(row) if row is not None else None


def replacement_of(db: Database, rel_id: str) -> str | None:
    """The relationship that continues `rel_id`, if any (the newest, should a merge bring two)."""
    return db.scalar("SELECT id FROM relationships WHERE replaces_id = ? AND deleted_at IS NULL "
                     "ORDER BY created_at DESC LIMIT 1", (rel_id,))


def link_chain(db: Database, rel_id: str) -> tuple[tuple[RelationshipLink, ...], RelationshipLink | None]:
    """The relationships `rel_id` continues (oldest first) and the one continuing it, if any.

    Follows `replaces_id` back with a guard against a loop a hand-edited or merged
    file could hold, so the report's story always ends.
    """
    earlier: list[RelationshipLink] = []
    seen = {rel_id}
    found = link(db, rel_id)
    while found is not None and found.replaces_id and found.replaces_id not in seen:
        seen.add(found.replaces_id)
        found = link(db, found.replaces_id)
        if found is not None:
            earlier.append(found)
    after_id = replacement_of(db, rel_id)
    after = link(db, after_id) if after_id and after_id not in seen else None
    return tuple(reversed(earlier)), after
