"""Read-only SQL the reports need and the other repositories do not offer.

Reports read a whole program at once (up to a few hundred pairs in a batch),
so these reads take many ids and answer in one query each instead of one
query per person. They answer in records (issue 16): a renamed column breaks
here, in the one mapping, not in the report services. The records are
`NamedTuple`s: the one-report command is timed (issue 15) and they cost no more
at import, or per row, than a tuple.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import NamedTuple

from .by_ids import select_in
from .database import Database


class PersonPlace(NamedTuple):
    """Where a person sits in the company, as a report names them ("" when not recorded)."""

    name: str
    department: str
    branch: str
    employee_id: str


class Assessment(NamedTuple):
    """One dated assessment of a person's competency (levels 0..5 as stored; no target given: None)."""

    competency: str
    current_level: int
    target_level: int | None
    assessed_at: str


def people_places(db: Database, person_ids: Iterable[str]) -> dict[str, PersonPlace]:
    """id -> where they sit, for the given people (deleted people too: a report about a past
    relationship must still name who took part)."""
    return {r["id"]: PersonPlace(r["name"], r["department"] or "", r["branch"] or "", r["employee_id"] or "")
            for r in select_in(db, "SELECT id, name, department, branch, employee_id FROM people WHERE id IN ({ids})",
                               person_ids)}


def competency_assessments(db: Database, person_ids: Iterable[str]) -> dict[tuple[str, str], list[Assessment]]:
    """(person id, competency id) -> every dated assessment, oldest first.

    The same order as `people_repo.competency_history`, so start and current
    levels agree with the person's growth chart in the app.
    """
    out: dict[tuple[str, str], list[Assessment]] = {}
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
        out.setdefault((r["person_id"], r["competency_id"]), []).append(
            Assessment(r["competency"], r["current_level"], r["target_level"], r["assessed_at"]))
    return out
