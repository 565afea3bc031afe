"""The few columns that tell people apart, for everyone active (one light query, no competencies)."""

from __future__ import annotations

from typing import NamedTuple

from .database import Database


class Identity(NamedTuple):
    """What tells one person from another of the same name."""

    id: str
    name: str
    employee_id: str
    department: str


def active_identities(db: Database) -> list[Identity]:
    """id, name, employee_id and department of every active (not archived, not removed) person."""
    return [Identity(r["id"], r["name"], r["employee_id"] or "", r["department"] or "")
            for r in db.query("SELECT id, name, employee_id, department FROM people "
                              "WHERE deleted_at IS NULL AND archived = 0")]
