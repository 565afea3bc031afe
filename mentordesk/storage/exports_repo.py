"""Read-only SQL the table exports need and the other repositories do not offer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .by_ids import select_in
from .database import Database


def people_labels(db: Database, person_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """id -> {name, employee_id, department} (deleted people too: an export of a past
    relationship must still say who took part, and two people may share a name)."""
    return {r["id"]: {"name": r["name"], "employee_id": r["employee_id"] or "", "department": r["department"] or ""}
            for r in select_in(db, "SELECT id, name, employee_id, department FROM people WHERE id IN ({ids})",
                               person_ids)}
