"""The few columns that tell people apart, for everyone active (one light query, no competencies)."""

from __future__ import annotations

from typing import Any

from .database import Database


def active_identities(db: Database) -> list[dict[str, Any]]:
    """id, name, employee_id and department of every active (not archived, not removed) person."""
    return db.query("SELECT id, name, employee_id, department FROM people "
                    "WHERE deleted_at IS NULL AND archived = 0")
