"""SQL for programs and who takes part in them."""

from __future__ import annotations

import json
import sqlite3
from typing import Any

from ..models import Participant, Program
from . import rows
from .capacity_sql import MENTOR_CAPACITY_SQL, active_mentees_sql  # re-exported
from .database import Database
from .records import Enrolment, enrolment_of
from .stored_dates import stored_date


def _to_program(r: dict[str, Any]) -> Program:
    return Program(
        id=r["id"], name=r["name"], purpose=r["purpose"], business_goal=r["business_goal"],
        kind=r["kind"], delivery=r["delivery"],
        start_date=stored_date(r["start_date"], "programs", "start_date"),
        end_date=stored_date(r["end_date"], "programs", "end_date"),
        relationship_months=r["relationship_months"], cadence=r["cadence"],
        max_mentees=r["max_mentees"], archived=bool(r["archived"]),
        match_settings=json.loads(r["match_settings"] or "{}"), updated_at=r["updated_at"],
        group_size=r.get("group_size"), sessions=r.get("sessions"), expertise=r.get("expertise") or "",
        host=r.get("host") or "", visits=r.get("visits"), visit_hours=r.get("visit_hours"),
    )


def program_values(p: Program) -> dict[str, Any]:
    return {
        "name": p.name.strip(), "purpose": p.purpose, "business_goal": p.business_goal,
        "kind": p.kind, "delivery": p.delivery,
        "start_date": p.start_date.isoformat() if p.start_date else None,
        "end_date": p.end_date.isoformat() if p.end_date else None,
        "relationship_months": p.relationship_months, "cadence": p.cadence,
        "max_mentees": p.max_mentees, "archived": int(p.archived),
        "match_settings": p.match_settings or {},
        "group_size": p.group_size, "sessions": p.sessions, "expertise": p.expertise.strip(),
        "host": p.host.strip(), "visits": p.visits, "visit_hours": p.visit_hours,
    }


def list_programs(db: Database, *, include_archived: bool = True) -> list[Program]:
    """Programs by name, archived ones last (or left out)."""
    extra = "" if include_archived else " AND archived = 0"
    return [_to_program(r) for r in db.query(
        f"SELECT * FROM programs WHERE deleted_at IS NULL{extra} ORDER BY archived, name COLLATE NOCASE")]


def program_names(db: Database) -> dict[str, str]:
    """Every program's name by id, deleted ones too: old records (a person's data export) still name theirs."""
    return {r["id"]: r["name"] for r in db.query("SELECT id, name FROM programs")}


def get_program(db: Database, program_id: str) -> Program | None:
    r = db.query_one("SELECT * FROM programs WHERE id = ? AND deleted_at IS NULL", (program_id,))
    return _to_program(r) if r else None


def find_program(db: Database, name: str) -> Program | None:
    r = db.query_one("SELECT * FROM programs WHERE lower(name) = lower(?) AND deleted_at IS NULL", (name.strip(),))
    return _to_program(r) if r else None


def insert_program(conn: sqlite3.Connection, program: Program) -> str:
    return rows.insert(conn, "programs", program_values(program))


def update_program(conn: sqlite3.Connection, program_id: str, program: Program,
                   expected_updated_at: str | None = None) -> bool:
    return rows.update(conn, "programs", program_id, program_values(program),
                       expected_updated_at=expected_updated_at)


_PARTICIPANTS_SQL = f"""
SELECT pa.*, p.name, p.department, p.branch,
       CASE WHEN pa.role = 'mentor' THEN {MENTOR_CAPACITY_SQL} END AS capacity,
       {active_mentees_sql("pa.person_id")} AS active_mentees
FROM participants pa
JOIN people p ON p.id = pa.person_id
LEFT JOIN mentor_profiles mp ON mp.person_id = pa.person_id AND mp.deleted_at IS NULL
WHERE pa.program_id = ? AND pa.deleted_at IS NULL {{extra}}
ORDER BY pa.role, p.name COLLATE NOCASE
"""


def _to_participant(r: dict[str, Any]) -> Participant:
    return Participant(
        id=r["id"], program_id=r["program_id"], person_id=r["person_id"], name=r["name"],
        role=r["role"], status=r["status"], reason=r["reason"], applied_at=r["applied_at"],
        department=r["department"], branch=r["branch"], capacity=r["capacity"],
        active_mentees=r["active_mentees"] or 0,
        preferred=tuple(json.loads(r.get("preferred") or "[]")),
        waitlisted_since=r.get("waitlisted_since"),
    )


def participants(db: Database, program_id: str, role: str | None = None) -> list[Participant]:
    if role:
        return [_to_participant(r) for r in db.query(_PARTICIPANTS_SQL.format(extra="AND pa.role = ?"),
                                                     (program_id, role))]
    return [_to_participant(r) for r in db.query(_PARTICIPANTS_SQL.format(extra=""), (program_id,))]


def participant_row(conn: sqlite3.Connection, program_id: str, person_id: str, role: str) -> str | None:
    found = conn.execute(
        "SELECT id FROM participants WHERE program_id = ? AND person_id = ? AND role = ? AND deleted_at IS NULL",
        (program_id, person_id, role)).fetchone()
    return found[0] if found else None


def participant_by_id(conn: sqlite3.Connection, participant_id: str) -> Enrolment | None:
    found = rows.fetch(conn, "participants", participant_id)
    return enrolment_of(found) if found and found["deleted_at"] is None else None


def accepted_mentees(conn: sqlite3.Connection, program_id: str, *, besides: str | None = None) -> int:
    """Accepted mentees of a program, inside the caller's transaction; `besides` leaves one enrolment out."""
    return int(conn.execute(
        "SELECT count(*) FROM participants WHERE program_id = ? AND role = 'mentee' AND status = 'accepted' "
        "AND deleted_at IS NULL AND id IS NOT ?", (program_id, besides)).fetchone()[0])


def insert_participant(conn: sqlite3.Connection, values: dict[str, Any]) -> str:
    return rows.insert(conn, "participants", values)


def update_participant(conn: sqlite3.Connection, participant_id: str, values: dict[str, Any]) -> bool:
    return rows.update(conn, "participants", participant_id, values)


def remove_participant(conn: sqlite3.Connection, participant_id: str) -> bool:
    return rows.tombstone(conn, "participants", participant_id)


def count_by_status(db: Database, program_id: str) -> dict[tuple[str, str], int]:
    return {(r["role"], r["status"]): r["n"] for r in db.query(
        "SELECT role, status, count(*) AS n FROM participants WHERE program_id = ? AND deleted_at IS NULL "
        "GROUP BY role, status", (program_id,))}



def mentees_per_mentor(db: Database, program_id: str) -> dict[str, int]:
    """Active relationships of each mentor in this program: the members of a group, or a peer's pair."""
    return {r["mentor_id"]: r["n"] for r in db.query(
        "SELECT mentor_id, count(*) AS n FROM relationships WHERE program_id = ? AND status = 'active' "
        "AND deleted_at IS NULL GROUP BY mentor_id", (program_id,))}


def paired_people(db: Database, program_id: str) -> set[str]:
    """Everyone in an active relationship of this program, on either side (a peer pairs once)."""
    found: set[str] = set()
    for r in db.query("SELECT mentor_id, mentee_id FROM relationships WHERE program_id = ? "
                      "AND status = 'active' AND deleted_at IS NULL", (program_id,)):
        found.update((r["mentor_id"], r["mentee_id"]))
    return found


def group_members(conn: sqlite3.Connection, program_id: str, mentor_id: str) -> int:
    """Mentees in this mentor's group of a program, as the caller's transaction sees them."""
    return int(conn.execute(
        "SELECT count(*) FROM relationships WHERE program_id = ? AND mentor_id = ? AND status = 'active' "
        "AND deleted_at IS NULL", (program_id, mentor_id)).fetchone()[0])
