"""SQL for acting on many people at once, and for the People screen's filter choices.

Bulk writes go through `rows.update` / `rows.insert` like every other edit, so
each changed person gets its own change stamp and field time (a merge must see
"archived" changed on exactly these people), and a person already in the wanted
state writes nothing. They expect to run inside one `Database.transaction()`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any, NamedTuple

from . import by_ids, rows
from .database import Database


class BulkPerson(NamedTuple):
    """What a bulk action on people checks: who they are, their role, whether archived."""

    id: str
    name: str
    role: str
    archived: bool


def living_people(db: Database, person_ids: Iterable[str]) -> dict[str, BulkPerson]:
    """id -> the given people that still exist (not erased)."""
    found = by_ids.select_in(
        db, "SELECT id, name, role, archived FROM people WHERE deleted_at IS NULL AND id IN ({ids})", person_ids)
    return {r["id"]: BulkPerson(r["id"], r["name"], r["role"], bool(r["archived"])) for r in found}


def set_person_fields(conn: sqlite3.Connection, person_id: str, values: dict[str, Any]) -> bool:
    """Write `values` on one person; False when they already held them (nothing written)."""
    return rows.update(conn, "people", person_id, values)


# -- filter choices -------------------------------------------------------------------

def distinct_values(db: Database, column: str) -> list[str]:
    """The different non-empty departments (or branches) people have, alphabetically."""
    if column not in ("department", "branch"):
        raise ValueError(f"not a filter column: {column}")
    return [r[column] for r in db.query(
        f"SELECT DISTINCT {column} FROM people WHERE deleted_at IS NULL AND {column} <> '' "
        f"ORDER BY {column} COLLATE NOCASE")]


def program_members(db: Database) -> dict[str, set[str]]:
    """program id -> the people enrolled in it (any role, any decision): one query for the whole file."""
    members: dict[str, set[str]] = {}
    for program_id, person_id in db.conn.execute(
            "SELECT program_id, person_id FROM participants WHERE deleted_at IS NULL"):
        members.setdefault(program_id, set()).add(person_id)
    return members


def in_active_relationships(db: Database, person_ids: Iterable[str]) -> list[str]:
    """Those of the given people who are mentor or mentee in a running relationship, in the order given."""
    ids = list(dict.fromkeys(person_ids))
    found: set[str] = set()
    for side in ("mentor_id", "mentee_id"):
        found |= {r["pid"] for r in by_ids.select_in(
            db, f"SELECT DISTINCT {side} AS pid FROM relationships WHERE status = 'active' "
                f"AND deleted_at IS NULL AND {side} IN ({{ids}})", ids)}
    return [pid for pid in ids if pid in found]
