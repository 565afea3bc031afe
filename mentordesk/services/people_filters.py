"""What the People screen's filters offer besides the list itself: programs and who is enrolled in each.

Departments, branches and roles come from the people already read for the
list; enrolment needs the participants, read here once per reload as one
`program id -> people` map (one query for the whole file), so choosing a
program filters in Python without touching the file again.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..storage import people_bulk_repo, programs_repo
from ..storage.database import Database


@dataclass(frozen=True)
class ProgramChoice:
    id: str
    name: str
    archived: bool


def program_choices(db: Database) -> list[ProgramChoice]:
    """Every program, archived ones too (a past cohort is worth filtering by), by name."""
    found = programs_repo.list_programs(db)  # archived ones included
    return sorted((ProgramChoice(p.id, p.name, bool(p.archived)) for p in found), key=lambda c: c.name.casefold())


def program_members(db: Database) -> dict[str, frozenset[str]]:
    """program id -> the people enrolled in it, in any role and with any decision."""
    return {pid: frozenset(people) for pid, people in people_bulk_repo.program_members(db).items()}
