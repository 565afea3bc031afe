"""Read-only SQL the reports need and the other repositories do not offer.

Reports read a whole program at once (up to a few hundred pairs in a batch),
so these reads take many ids and answer in one query each instead of one
query per person.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from .by_ids import select_in
from .database import Database


def people_places(db: Database, person_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """id -> {name, department, branch, employee_id} for the given people (deleted people too:
    a report about a past relationship must still name who took part)."""
    return {r["id"]: {"name": r["name"], "department": r["department"] or "", "branch": r["branch"] or "",
                      "employee_id": r["employee_id"] or ""}
            for r in select_in(db, "SELECT id, name, department, branch, employee_id FROM people WHERE id IN ({ids})",
                               person_ids)}


def competency_assessments(db: Database, person_ids: Iterable[str]) -> dict[tuple[str, str], list[dict[str, Any]]]:
    """(person id, competency id) -> every dated assessment, oldest first.

    The same order as `people_repo.competency_history`, so start and current
    levels agree with the person's growth chart in the app.
    """
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    # A person's rows all come in one chunk, so the ORDER BY holds within each (person, competency).
    for r in select_in(
        db,
        """SELECT pc.person_id, pc.competency_id, c.name AS competency, pc.current_level,
                  pc.target_level, pc.assessed_at
           FROM person_competencies pc JOIN competencies c ON c.id = pc.competency_id
           WHERE pc.person_id IN ({ids}) AND pc.deleted_at IS NULL
           ORDER BY pc.assessed_at, pc.created_at""",
        person_ids,
    ):
        out.setdefault((r["person_id"], r["competency_id"]), []).append(r)
    return out
