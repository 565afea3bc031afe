"""Attendance per person, mentoring hours, and finding a program by name."""

from __future__ import annotations

from typing import Any

from .. import relationships as rules
from ..errors import NotFoundError
from ..i18n import gettext as _
from ..relationship_models import (
    HoursTotal,
    PersonAttendance,
)
from ..storage import programs_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database


def person_attendance(db: Database, person_id: str) -> PersonAttendance:
    """Each miss counts only against whoever missed it, across every relationship the person is in."""
    name = repo.person_name(db, person_id)
    if name is None:
        raise NotFoundError(_("That person is not in the people list."))
    rows_ = repo.meetings_of_person(db, person_id)
    own = partner = held = counted = 0
    minutes = 0
    for m in rows_:
        outcome = m.outcome
        if outcome in rules.COUNTED_OUTCOMES:
            counted += 1
        if outcome == "held":
            held += 1
            minutes += m.minutes
        elif outcome in ("missed_by_mentor", "missed_by_mentee"):
            if outcome == f"missed_by_{m.role}":
                own += 1
            else:
                partner += 1
    return PersonAttendance(
        person_id=person_id, name=name, relationships=len(repo.relationship_ids_of_person(db, person_id)),
        held=held, counted=counted, missed_by_person=own, missed_by_partner=partner,
        attendance_rate=held / counted if counted else None,
        own_miss_rate=own / counted if counted else None, hours=minutes / 60,
    )


def hours_by_relationship(db: Database, program_id: str | None = None) -> list[HoursTotal]:
    return [HoursTotal(key=r.id, name=f"{r.mentor_name} & {r.mentee_name}", hours=r.minutes / 60)
            for r in repo.held_minutes(db, program_id)]


def hours_by_mentor(db: Database, program_id: str | None = None) -> list[HoursTotal]:
    totals: dict[str, list[Any]] = {}
    for r in repo.held_minutes(db, program_id):
        entry = totals.setdefault(r.mentor_id, [r.mentor_name, 0])
        entry[1] += r.minutes
    return sorted((HoursTotal(key=k, name=v[0], hours=v[1] / 60) for k, v in totals.items()),
                  key=lambda h: (-h.hours, h.name.lower()))


def hours_by_program(db: Database) -> list[HoursTotal]:
    totals: dict[str | None, list[Any]] = {}
    for r in repo.held_minutes(db):
        entry = totals.setdefault(r.program_id, [r.program_name or "No program", 0])
        entry[1] += r.minutes
    return sorted((HoursTotal(key=k, name=v[0], hours=v[1] / 60) for k, v in totals.items()),
                  key=lambda h: h.name.lower())


def program_id_by_name(db: Database, name: str) -> str:
    found = programs_repo.find_program(db, name)
    if found is None:
        raise NotFoundError(_("There is no program called %(name)s.") % {"name": repr(name)})
    return found.id
