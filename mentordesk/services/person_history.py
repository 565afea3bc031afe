"""A person's history in the mentoring program: programs, relationships, past mentors and mentees.

HR asks "has she been mentored before, by whom, and how did it end?" before
enrolling someone again or choosing a mentor. One call (`person_history`)
answers it from two reads, for the People screen's History tab and the
`mentordesk person-history` command alike; the records carry codes (role,
status, outcome) and dates, and each front end puts them in its own words.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from ..errors import NotFoundError
from ..i18n import gettext as _
from ..storage import people_repo, person_history_repo
from ..storage.database import Database
from ..storage.records import HistoryRelationship


@dataclass(frozen=True)
class Enrolment:
    """One application to a program, with HR's decision."""

    program_id: str
    program_name: str
    role: str
    status: str
    reason: str
    applied_on: date | None


@dataclass(frozen=True)
class PastRelationship:
    """One pairing seen from this person: their role in it and who the other side was."""

    id: str
    program_name: str
    #: This person's role in it: "mentor" or "mentee".
    role: str
    partner_id: str
    partner_name: str
    start_date: date | None
    #: Closed: the day it closed; running: the planned end.
    end_date: date | None
    stage: int
    status: str
    closure_outcome: str | None

    @property
    def active(self) -> bool:
        return self.status == "active"


@dataclass(frozen=True)
class Partner:
    """Someone this person was paired with, over all their pairings together."""

    person_id: str
    name: str
    since: date | None
    until: date | None
    #: Still paired now (a running relationship), as opposed to a past mentor or mentee.
    current: bool


@dataclass(frozen=True)
class PersonHistory:
    person_id: str
    name: str
    enrolments: tuple[Enrolment, ...]
    relationships: tuple[PastRelationship, ...]

    def partners(self, role: str) -> list[Partner]:
        """The person's mentors (`role="mentor"`) or mentees, each once, first pairing first."""
        mine = "mentee" if role == "mentor" else "mentor"
        found: dict[str, Partner] = {}
        for rel in self.relationships:
            if rel.role != mine:
                continue
            seen = found.get(rel.partner_id)
            found[rel.partner_id] = Partner(
                rel.partner_id, rel.partner_name,
                seen.since if seen else rel.start_date,
                _later(seen.until if seen else None, rel.end_date),
                (seen.current if seen else False) or rel.active)
        return list(found.values())

    @property
    def mentors(self) -> list[Partner]:
        return self.partners("mentor")

    @property
    def mentees(self) -> list[Partner]:
        return self.partners("mentee")

    @property
    def is_empty(self) -> bool:
        return not self.enrolments and not self.relationships


def person_history(db: Database, person_id: str) -> PersonHistory:
    """Everything the person took part in, oldest first; refuses a person who no longer exists."""
    person = people_repo.get_person(db, person_id)
    if person is None:
        raise NotFoundError(_("This person no longer exists (they may have been removed elsewhere)."))
    enrolments = tuple(Enrolment(e.program_id, e.program_name or _("(a removed program)"), e.role, e.status,
                                 e.reason, e.applied_on) for e in person_history_repo.enrolments_of(db, person_id))
    relationships = tuple(_relationship(r, person_id) for r in person_history_repo.relationships_of(db, person_id))
    return PersonHistory(person_id, person.name, enrolments, relationships)


def _relationship(r: HistoryRelationship, person_id: str) -> PastRelationship:
    as_mentor = r.mentor_id == person_id
    partner_id = r.mentee_id if as_mentor else r.mentor_id
    partner_name = (r.mentee_name if as_mentor else r.mentor_name) or _("(a removed person)")
    closed = r.status != "active"
    return PastRelationship(
        id=r.id, program_name=r.program_name or "", role="mentor" if as_mentor else "mentee",
        partner_id=partner_id, partner_name=partner_name, start_date=r.start,
        end_date=r.closed_on if closed and r.closed_on else r.planned_end,
        stage=r.stage, status=r.status, closure_outcome=r.closure_outcome)


def _later(a: date | None, b: date | None) -> date | None:
    if a is None or b is None:
        return a or b
    return max(a, b)
