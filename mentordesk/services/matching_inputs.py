"""Loading one program's cohort for the matcher: candidates, capacities, HR's rules, who is held back.

Split from `services/matching.py` so the run, the swap offers and the waiting
list read the cohort the same way. A mentee on the waiting list (status
`waitlisted`: HR held them back, or the program was full) is loaded but never
handed to the matcher: waitlisting means "not now", and a run that paired them
anyway would undo HR's decision behind their back. They stay in `held`, with
their reason, so the screen can say who waits and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ..i18n import gettext as _
from ..matching import Candidate, MatchSettings
from ..matching.scoring import BRANCH_PREFERENCES, DEFAULT_WEIGHTS
from ..models import Program
from ..storage import matching_repo as repo
from ..storage import people_repo
from ..storage.database import Database
from ..storage.records import CohortPerson
from ..wording import count as count_words
from . import programs as programs_service
from .kind_matching import place_by_kind

__all__ = ["HELD_STATUS", "Inputs", "candidate", "disambiguate", "load", "settings_for"]

#: The participant status that holds a mentee back from every run.
HELD_STATUS = "waitlisted"


def settings_for(program: Program) -> MatchSettings:
    """The program's match settings with defaults filled in.

    A damaged or hand-edited value falls back to the default instead of
    making the matching screen unusable; `validate_match_settings` is what
    refuses bad input at save time.
    """
    ms = program.match_settings if isinstance(program.match_settings, dict) else {}
    pref = ms.get("branch_preference", "same")
    if pref not in BRANCH_PREFERENCES:
        pref = "same"
    weights: dict[str, float] = {}
    raw = ms.get("weights") if isinstance(ms.get("weights"), dict) else {}
    for key, value in raw.items():
        if key in DEFAULT_WEIGHTS and isinstance(value, (int, float)) and not isinstance(value, bool) \
                and value == value and value >= 0:
            weights[key] = float(value)
    return MatchSettings(kind=program.kind, branch_preference=pref,
                         prefer_cross_department=bool(ms.get("prefer_cross_department", False)),
                         weights=weights)


@dataclass
class Inputs:
    """Everything one run (or one swap check) needs, read once from the file."""

    program: Program
    settings: MatchSettings
    mentees: list[Candidate]
    mentors: list[Candidate]
    capacities: dict[str, int]
    managers: dict[str, str | None]
    excluded: set[tuple[str, str]]
    preferences: dict[str, list[str]]
    mentor_preferences: dict[str, list[str]]
    locked: dict[str, str]
    waiting_since: dict[str, str]
    names: dict[str, str]
    notes: list[str]
    #: Waitlisted mentees (their reason and since when they wait): loaded, never matched.
    held: list[CohortPerson]

    def mentee(self, person_id: str) -> Candidate | None:
        return next((c for c in self.mentees if c.person_id == person_id), None)

    def mentor(self, person_id: str) -> Candidate | None:
        return next((c for c in self.mentors if c.person_id == person_id), None)


def candidate(person: CohortPerson, portraits: dict[str, list], managers: dict[str, str | None]) -> Candidate:
    """One person as the matcher sees them; an unreadable hire date counts as unknown seniority."""
    levels: dict[str, int] = {}
    targets: dict[str, int] = {}
    for entry in portraits.get(person.person_id, ()):
        levels[entry.competency] = entry.current
        if entry.target is not None:
            targets[entry.competency] = entry.target
    hire = None
    if person.hire_date:
        try:
            hire = dt.date.fromisoformat(person.hire_date[:10])
        except ValueError:
            hire = None  # unknown seniority counts as neutral, not as an error
    return Candidate(
        person_id=person.person_id, name=person.name, branch=person.branch,
        department=person.department, title=person.title,
        languages=frozenset(x.strip() for x in person.languages.split(";") if x.strip()),
        hire_date=hire, levels=levels, targets=targets, manager_id=managers.get(person.person_id),
    )


def disambiguate(people: list[CohortPerson]) -> None:
    """Add the employee id to names two people in the cohort share, so HR
    never approves "Femke van der Berg" without knowing which one."""
    ids_by_name: dict[str, set[str]] = {}
    for p in people:
        ids_by_name.setdefault(p.name, set()).add(p.person_id)
    for p in people:
        if len(ids_by_name[p.name]) > 1:
            p.name = f"{p.name} ({p.employee_id})"


def load(db: Database, program_id: str) -> Inputs:
    """Read the cohort; waitlisted mentees go to `held`, never to `mentees`."""
    program = programs_service.get_program(db, program_id)
    managers = people_repo.managers(db)
    portraits = people_repo.all_portraits(db)
    mentor_rows = repo.mentors(db, program_id)
    all_mentees = repo.open_mentees(db, program_id)
    disambiguate([*mentor_rows, *all_mentees])
    mentee_rows = [r for r in all_mentees if r.status != HELD_STATUS]
    held = [r for r in all_mentees if r.status == HELD_STATUS]
    mentors = [candidate(r, portraits, managers) for r in mentor_rows]
    mentees = [candidate(r, portraits, managers) for r in mentee_rows]
    names = {c.person_id: c.name for c in (*mentors, *mentees)}
    names.update({h.person_id: h.name for h in held})
    inp = Inputs(
        program=program, settings=settings_for(program), mentees=mentees, mentors=mentors,
        capacities={r.person_id: r.free_places for r in mentor_rows},
        managers=managers, excluded=set(),
        preferences={r.person_id: r.preferred for r in mentee_rows},
        mentor_preferences={r.person_id: r.preferred for r in mentor_rows},
        locked={}, names=names, notes=[], held=held,
        waiting_since={r.person_id: r.waiting_since for r in mentee_rows if r.waiting_since},
    )
    place_by_kind(db, inp)  # a group's size, a peer's one pair (services/kind_matching.py)
    _apply_rules(db, program_id, inp)
    return inp


def _apply_rules(db: Database, program_id: str, inp: Inputs) -> None:
    """HR's exclusions and locks; a lock the cohort cannot honour becomes a note, not an error."""
    mentee_ids = {c.person_id for c in inp.mentees}
    mentor_ids = {c.person_id for c in inp.mentors}
    held_ids = {h.person_id for h in inp.held}
    locks_per_mentor: dict[str, int] = {}
    rules = repo.pair_rules(db, program_id)
    inp.excluded.update((r.mentee_id, r.mentor_id) for r in rules if r.rule == "excluded")
    for rule in rules:
        if rule.rule == "excluded":
            continue
        pair = (rule.mentee_id, rule.mentor_id)
        names = {"mentee": rule.mentee or "?", "mentor": rule.mentor or "?"}
        if rule.mentee_id in held_ids:
            inp.notes.append(_("The lock of %(mentee)s with %(mentor)s was not used: %(mentee)s is on "
                               "the waiting list.") % names)
        elif rule.mentee_id not in mentee_ids:
            inp.notes.append(_("The lock of %(mentee)s with %(mentor)s was not used: %(mentee)s is no "
                               "longer waiting for a mentor in this program.") % names)
        elif rule.mentor_id not in mentor_ids:
            inp.notes.append(_("The lock of %(mentee)s with %(mentor)s was not used: %(mentor)s is no "
                               "longer an accepted mentor in this program.") % names)
        elif pair in inp.excluded:
            inp.notes.append(_("The lock of %(mentee)s with %(mentor)s was not used: HR also excluded it.")
                             % names)
        else:
            if rule.mentee_id in inp.locked:  # a later lock replaces an earlier one
                locks_per_mentor[inp.locked[rule.mentee_id]] -= 1
            inp.locked[rule.mentee_id] = rule.mentor_id
            locks_per_mentor[rule.mentor_id] = locks_per_mentor.get(rule.mentor_id, 0) + 1
    for mentor_id, count in locks_per_mentor.items():
        free = inp.capacities.get(mentor_id, 0)
        if count > free:
            inp.notes.append(_("%(mentor)s is locked to %(locked)s but has only %(free)s; approving all of "
                               "them will fail.") % {
                "mentor": inp.names.get(mentor_id, "?"), "locked": count_words(count, "mentee", "mentees"),
                "free": count_words(free, "free place", "free places")})
