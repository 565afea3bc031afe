"""Replacing a mentor who skips meetings or withdraws, without losing the mentee's work.

The proposals use the matcher's own scoring and hard rules (`mentordesk.matching`,
`services.matching`): the same explained score HR sees in a match run, capacity,
management line and HR's exclusions. Replacing is one transaction: the new
relationship starts, the goals and their history are copied into it, and the old
one closes with the outcome "mentor replaced", linked from the new one
(`replaces_id`) so either relationship's record tells the whole story.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .. import clock
from .. import relationships as rules
from ..errors import ValidationError
from ..i18n import N_
from ..i18n import gettext as _
from ..matching import Candidate, MatchSettings, Reason, score_pair
from ..storage import matching_repo, people_repo, replacement_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database
from ..storage.records import CohortPerson, RelationshipRecord
from . import programs as programs_service
from .matching import _candidate, settings_for, top_reasons
from .relationship_base import _fmt, _load_rel, _require_date
from .relationship_lifecycle import pairing_problems, start_relationship
from .relationship_reading import linked_relationships  # noqa: F401  (the story, for callers of this module)


@dataclass(frozen=True)
class ReplacementProposal:
    """One possible new mentor: the score and its reasons, or the hard rule that rules them out."""

    mentor_id: str
    mentor: str
    employee_id: str
    score: float
    reasons: tuple[Reason, ...]
    free_places: int
    blocked: str | None = None

    @property
    def allowed(self) -> bool:
        return self.blocked is None

    @property
    def top_reasons(self) -> list[str]:
        return top_reasons(self.reasons)


def _settings_and_mentors(db: Database, program_id: str | None) -> tuple[MatchSettings, list[CohortPerson]]:
    """A program's accepted mentors and settings; outside a program, everyone willing to mentor."""
    if program_id is None:
        return MatchSettings(), replacement_repo.willing_mentors(db)
    program = programs_service.get_program(db, program_id)
    return settings_for(program), matching_repo.mentors(db, program_id)


def _excluded(db: Database, program_id: str | None) -> set[tuple[str, str]]:
    if program_id is None:
        return set()
    return matching_repo.excluded_pairs(db, program_id)


def replacement_proposals(db: Database, rel_id: str, today: dt.date | None = None) -> list[ReplacementProposal]:
    """Every possible new mentor for this relationship's mentee, best first, ruled-out ones last."""
    rel = _load_rel(db, rel_id)
    _require_active(rel)
    settings, mentors = _settings_and_mentors(db, rel.program_id)
    managers = people_repo.managers(db)
    portraits = people_repo.all_portraits(db)
    mentee_person = replacement_repo.cohort_person(db, rel.mentee_id)
    if mentee_person is None:
        raise ValidationError(_("The mentee of this relationship is no longer in the people list."))
    mentee: Candidate = _candidate(mentee_person, portraits, managers)
    excluded = _excluded(db, rel.program_id)
    out = []
    for person in mentors:
        if person.person_id in (rel.mentor_id, rel.mentee_id):
            continue
        mentor = _candidate(person, portraits, managers)
        free = person.free_places
        score = score_pair(mentee, mentor, settings, managers, excluded,
                           mentor_prefers=person.preferred, today=today)
        blocked = score.blocked if not score.allowed else None
        if blocked is None and free == 0:
            blocked = _("%(name)s has no free place (capacity %(capacity)s).") % {"name": person.name,
                                                                                   "capacity": person.capacity}
        out.append(ReplacementProposal(
            mentor_id=person.person_id, mentor=person.name, employee_id=person.employee_id,
            score=score.total if blocked is None else 0.0, reasons=tuple(score.reasons),
            free_places=free, blocked=blocked))
    return sorted(out, key=lambda p: (not p.allowed, -p.score, p.mentor.casefold()))


def _require_active(rel: RelationshipRecord) -> None:
    if rel.status != "active":
        raise ValidationError(_("Only a running relationship can get a new mentor; this one is closed."))


def replace_mentor(db: Database, rel_id: str, mentor_id: str, reason: str = "",
                   on: dt.date | None = None) -> str:
    """Give the mentee a new mentor from `on` (today); returns the new relationship's id.

    Refuses what the matcher would refuse (the proposals' hard rules, re-checked
    inside the transaction so a mentor filled meanwhile is not over-booked). The new
    relationship keeps the program, cadence, mode and planned end; it starts over
    at stage 1 because the new pair has to get to know each other.
    """
    on = _require_date(on, N_("The replacement date")) if on is not None else clock.today()
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        _require_active(rel)
        problems = _replacement_problems(db, rel, mentor_id, on)
        if problems:
            raise ValidationError(problems)
        old_mentor = rel.mentor_name
        new_id = start_relationship(db, mentor_id, rel.mentee_id, rel.program_id, start=on,
                                    cadence=rel.cadence, mode=rel.mode, group_key=rel.group_key)
        planned_end = max(rel.planned_end, on + dt.timedelta(days=1))
        repo.update_relationship(conn, new_id, {"planned_end": planned_end.isoformat(),
                                                "replaces_id": rel_id})
        replacement_repo.copy_goals(conn, rel_id, new_id, _("Carried over from the relationship with %(mentor)s")
                                    % {"mentor": old_mentor})
        new_mentor = repo.person_name(db, mentor_id)
        why = (reason or "").strip() or _("The mentee continues with %(mentor)s.") % {"mentor": new_mentor}
        repo.update_relationship(conn, rel_id, {
            "status": "closed", "closure_outcome": rules.REPLACED_OUTCOME, "closure_reason": why,
            "closed_on": on.isoformat()})
    return new_id


def _replacement_problems(db: Database, rel: RelationshipRecord, mentor_id: str, on: dt.date) -> list[str]:
    """The hard rules for the chosen mentor, in HR's words."""
    if mentor_id == rel.mentor_id:
        return [_("%(name)s is already this relationship's mentor; choose someone else.")
                % {"name": rel.mentor_name}]
    if on < rel.start:
        return [_("The replacement date (%(date)s) is before the relationship started (%(start)s).")
                % {"date": _fmt(on), "start": _fmt(rel.start)}]
    problems = pairing_problems(db, mentor_id, rel.mentee_id)
    if rel.program_id is not None and (rel.mentee_id, mentor_id) in _excluded(db, rel.program_id):
        problems.append(_("HR excluded this pair in the program's matching; clear that exclusion first."))
    return problems
