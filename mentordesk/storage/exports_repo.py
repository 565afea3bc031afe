"""Read-only SQL the table exports need and the other repositories do not offer."""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from .by_ids import select_in
from .database import Database


class PersonLabel(NamedTuple):
    """The columns an export names a person by; empty for someone no longer in the file."""

    name: str = ""
    employee_id: str = ""
    department: str = ""


def people_labels(db: Database, person_ids: Iterable[str]) -> dict[str, PersonLabel]:
    """id -> name, employee ID and department (deleted people too: an export of a past
    relationship must still say who took part, and two people may share a name)."""
    return {r["id"]: PersonLabel(r["name"], r["employee_id"] or "", r["department"] or "")
            for r in select_in(db, "SELECT id, name, employee_id, department FROM people WHERE id IN ({ids})",
                               person_ids)}
