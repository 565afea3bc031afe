"""SQL for matching: who can be paired in a program, HR's pair rules, and the
re-checks approval makes inside its transaction.

Reads for a run are a handful of bulk queries (not one per person) because a
run over a few thousand people must spend its time scoring, not waiting on
SQLite. The `conn`-taking readers exist for `approve`: it must look at the file
as it is *inside* its own write transaction, not as it was when HR pressed
"Run match" minutes earlier.
"""

from __future__ import annotations

import sqlite3
from typing import Any, NamedTuple

from ..models import DEFAULT_CAPACITY
from . import by_ids, rows
from .database import Database
from .programs_repo import MENTOR_CAPACITY_SQL, active_mentees_sql
from .records import CohortPerson, Enrolment, PairRule, cohort_person_of, enrolment_of, pair_rule_of

#: Mentee statuses that still want a mentor.
OPEN_MENTEE_STATUSES = ("accepted", "applied", "waitlisted")

_PERSON_COLS = """p.id AS person_id, p.name, p.branch, p.department, p.title, p.hire_date,
       p.languages, p.employee_id"""


def mentors(db: Database, program_id: str) -> list[CohortPerson]:
    """Accepted, non-archived mentors with their capacity and active mentee count.

    Active relationships count across all programs: a mentor's time is one
    budget whatever program a mentee came from.
    """
    return [cohort_person_of(r) for r in db.query(
        f"""SELECT {_PERSON_COLS}, pa.preferred,
               {MENTOR_CAPACITY_SQL} AS capacity,
               {active_mentees_sql("p.id")} AS active
           FROM participants pa
           JOIN people p ON p.id = pa.person_id AND p.deleted_at IS NULL AND p.archived = 0
           LEFT JOIN mentor_profiles mp ON mp.person_id = p.id AND mp.deleted_at IS NULL
           WHERE pa.program_id = ? AND pa.role = 'mentor' AND pa.status = 'accepted'
             AND pa.deleted_at IS NULL
           ORDER BY p.name COLLATE NOCASE, p.employee_id""",
        (program_id,),
    )]


def open_mentees(db: Database, program_id: str) -> list[CohortPerson]:
    """Mentees still wanting a mentor in this program: not declined or withdrawn,
    and without an active relationship in it."""
    marks = ", ".join("?" for _ in OPEN_MENTEE_STATUSES)
    return [cohort_person_of(r) for r in db.query(
        f"""SELECT {_PERSON_COLS}, pa.id AS participant_id, pa.status, pa.reason, pa.preferred,
               pa.waitlisted_since, pa.applied_at
           FROM participants pa
           JOIN people p ON p.id = pa.person_id AND p.deleted_at IS NULL AND p.archived = 0
           WHERE pa.program_id = ? AND pa.role = 'mentee' AND pa.deleted_at IS NULL
             AND pa.status IN ({marks})
             AND NOT EXISTS (SELECT 1 FROM relationships r WHERE r.mentee_id = p.id
                   AND r.program_id = pa.program_id AND r.status = 'active' AND r.deleted_at IS NULL)
           ORDER BY p.name COLLATE NOCASE, p.employee_id""",
        (program_id, *OPEN_MENTEE_STATUSES),
    )]



class PersonState(NamedTuple):
    name: str
    archived: bool


def people_states(db: Database, person_ids: list[str]) -> dict[str, PersonState]:
    """person id -> name and archived flag for the mentors mentees asked for (deleted people left out):
    explaining "asked for Ana Ruiz, who is archived" needs people the run itself never loads."""
    found = by_ids.select_in(
        db, "SELECT id, name, archived FROM people WHERE deleted_at IS NULL AND id IN ({ids})", person_ids)
    return {r["id"]: PersonState(r["name"], bool(r["archived"])) for r in found}


def names_in_both_roles(db: Database, program_id: str) -> list[str]:
    """People enrolled as mentor AND mentee in one program (neither enrolment declined or withdrawn)."""
    return [r["name"] for r in db.query(
        """SELECT p.id AS person_id, p.name, p.employee_id
           FROM people p
           JOIN participants a ON a.person_id = p.id AND a.program_id = ? AND a.role = 'mentor'
                AND a.deleted_at IS NULL AND a.status NOT IN ('declined', 'withdrawn')
           JOIN participants b ON b.person_id = p.id AND b.program_id = a.program_id AND b.role = 'mentee'
                AND b.deleted_at IS NULL AND b.status NOT IN ('declined', 'withdrawn')
           WHERE p.deleted_at IS NULL AND p.archived = 0
           ORDER BY p.name COLLATE NOCASE, p.employee_id""",
        (program_id,),
    )]

# -- pair rules ----------------------------------------------------------------------

_RULES_SQL = """SELECT pr.id, pr.mentee_id, pr.mentor_id, pr.rule, pr.note,
                  e.name AS mentee_name, m.name AS mentor_name
           FROM pair_rules pr
           LEFT JOIN people e ON e.id = pr.mentee_id
           LEFT JOIN people m ON m.id = pr.mentor_id
           WHERE pr.program_id = ? AND pr.deleted_at IS NULL {extra}
           ORDER BY pr.created_at, pr.id"""


def pair_rules(db: Database, program_id: str) -> list[PairRule]:
    """Live rules, oldest first, with both names for display."""
    return [pair_rule_of(r) for r in db.query(_RULES_SQL.format(extra=""), (program_id,))]


def excluded_pairs(db: Database, program_id: str) -> set[tuple[str, str]]:
    """(mentee id, mentor id) of every pair HR excluded in the program."""
    return {(r.mentee_id, r.mentor_id) for r in pair_rules(db, program_id) if r.rule == "excluded"}


def rules_in_tx(conn: sqlite3.Connection, program_id: str, *, mentee_id: str | None = None,
                mentor_id: str | None = None, rule: str | None = None) -> list[PairRule]:
    """Rules as the open transaction sees them, filtered by any of mentee, mentor, rule."""
    extra = ""
    params: list[Any] = [program_id]
    for column, value in (("mentee_id", mentee_id), ("mentor_id", mentor_id), ("rule", rule)):
        if value is not None:
            extra += f" AND pr.{column} = ?"
            params.append(value)
    cur = conn.execute(_RULES_SQL.format(extra=extra), params)
    names = [d[0] for d in cur.description]
    return [pair_rule_of(dict(zip(names, r, strict=True))) for r in cur.fetchall()]


def insert_rule(conn: sqlite3.Connection, program_id: str, mentee_id: str, mentor_id: str,
                rule: str, note: str = "") -> str:
    return rows.insert(conn, "pair_rules", {
        "program_id": program_id, "mentee_id": mentee_id, "mentor_id": mentor_id,
        "rule": rule, "note": note,
    })


def remove_rule(conn: sqlite3.Connection, rule_id: str) -> bool:
    return rows.tombstone(conn, "pair_rules", rule_id)


def rule_exists(db: Database, rule_id: str) -> bool:
    return bool(db.scalar("SELECT 1 FROM pair_rules WHERE id = ? AND deleted_at IS NULL", (rule_id,)))


# -- re-checks inside approval's transaction -------------------------------------------

def participant_in_tx(conn: sqlite3.Connection, program_id: str, person_id: str, role: str) -> Enrolment | None:
    cur = conn.execute(
        "SELECT id, program_id, person_id, role, status, reason, waitlisted_since FROM participants "
        "WHERE program_id = ? AND person_id = ? AND role = ? AND deleted_at IS NULL",
        (program_id, person_id, role))
    found = cur.fetchone()
    return enrolment_of(dict(zip([d[0] for d in cur.description], found, strict=True))) if found else None


def mentee_has_active_in_program(conn: sqlite3.Connection, program_id: str, mentee_id: str) -> str | None:
    """The mentor's name if the mentee already has an active relationship in the program."""
    found = conn.execute(
        """SELECT m.name FROM relationships r JOIN people m ON m.id = r.mentor_id
           WHERE r.program_id = ? AND r.mentee_id = ? AND r.status = 'active' AND r.deleted_at IS NULL""",
        (program_id, mentee_id)).fetchone()
    return found[0] if found else None


def mentor_load_in_tx(conn: sqlite3.Connection, mentor_id: str) -> tuple[int, int]:
    """(capacity, active relationships) for a mentor, as the transaction sees them."""
    cap = conn.execute(
        "SELECT capacity FROM mentor_profiles WHERE person_id = ? AND deleted_at IS NULL",
        (mentor_id,)).fetchone()
    active = conn.execute(
        "SELECT count(*) FROM relationships WHERE mentor_id = ? AND status = 'active' AND deleted_at IS NULL",
        (mentor_id,)).fetchone()[0]
    return (int(cap[0]) if cap else DEFAULT_CAPACITY), int(active)

