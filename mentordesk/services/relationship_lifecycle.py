"""Starting, stages, extensions and closing a relationship; each action is one transaction."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from .. import clock
from .. import relationships as rules
from ..errors import NotFoundError, ValidationError
from ..i18n import N_, ngettext
from ..i18n import gettext as _
from ..matching.scoring import management_chain
from ..models import Program
from ..relationship_models import (
    ClosureCounts,
)
from ..storage import people_repo, programs_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database
from .kind_matching import group_full, peer_already_paired
from .programs import archived_sentence
from .relationship_base import (
    DEFAULT_CADENCE,
    DEFAULT_CAPACITY,
    DEFAULT_MONTHS,
    _fmt,
    _load_rel,
    _require_date,
)


def pairing_problems(db: Database, mentor_id: str, mentee_id: str, *,
                     managers: Mapping[str, str | None] | None = None, program: Program | None = None) -> list[str]:
    """Hard rules for a hand-made pair; the same rules the matcher uses, stated for HR.

    `managers` (person id -> manager's person id, as `people_repo.managers`
    returns) lets a caller checking many pairs in one transaction read the
    whole management chain once instead of once per pair; without it the
    chain is read from the file, which is what a single hand-made pair wants.
    """
    mentor_name = repo.person_name(db, mentor_id)
    mentee_name = repo.person_name(db, mentee_id)
    problems = []
    if mentor_name is None:
        problems.append(_("The chosen mentor is not in the people list."))
    if mentee_name is None:
        problems.append(_("The chosen mentee is not in the people list."))
    if problems:
        return problems
    if mentor_id == mentee_id:
        return [_("%(name)s cannot mentor themself.") % {"name": mentor_name}]
    for person_id, name, role in ((mentor_id, mentor_name, "mentor"), (mentee_id, mentee_name, "mentee")):
        person = people_repo.get_person(db, person_id)
        if person is not None and person.archived:
            # Here rather than in each front end: the window, the CLI and approving a match all pair through this.
            problems.append((_("%(name)s is archived, so cannot be paired as the mentor. Restore them in People "
                               "first if they are back.") if role == "mentor" else
                             _("%(name)s is archived, so cannot be paired as the mentee. Restore them in People "
                               "first if they are back.")) % {"name": name})
    if managers is None:
        managers = people_repo.managers(db)
    names = {"mentor": mentor_name, "mentee": mentee_name}
    mentee_chain = management_chain(mentee_id, managers)
    mentor_chain = management_chain(mentor_id, managers)
    if mentor_id in mentee_chain:
        if mentee_chain[0] == mentor_id:
            problems.append(_("%(mentor)s is %(mentee)s's manager, so cannot be their mentor.") % names)
        else:
            problems.append(_("%(mentor)s is above %(mentee)s in the management chain, so cannot be their mentor.")
                            % names)
    if mentee_id in mentor_chain:
        problems.append(_("%(mentee)s is above %(mentor)s in the management chain; a mentor cannot be mentoring "
                          "someone they report to.") % names)
    if repo.active_between(db, mentor_id, mentee_id):
        problems.append(_("%(mentor)s and %(mentee)s already have an active relationship.") % names)
    if program is not None and program.kind == "group":  # a group program: its group size limits the mentor
        full = group_full(db.conn, program, mentor_id, mentor_name)
        return problems + ([full] if full else [])
    problems += peer_already_paired(db, program, {mentor_id: mentor_name, mentee_id: mentee_name})
    profile = people_repo.mentor_profile(db, mentor_id)
    capacity = profile.capacity if profile is not None else DEFAULT_CAPACITY
    active = repo.active_count_for_mentor(db, mentor_id)
    if active >= capacity:
        problems.append(ngettext("%(name)s already mentors %(count)s person, their full capacity of %(capacity)s.",
                                 "%(name)s already mentors %(count)s people, their full capacity of %(capacity)s.",
                                 active) % {"name": mentor_name, "count": active, "capacity": capacity})
    return problems


def start_relationship(
    db: Database,
    mentor_id: str,
    mentee_id: str,
    program_id: str | None = None,
    start: dt.date | None = None,
    months: int | None = None,
    cadence: str | None = None,
    mode: str = "in_person",
    group_key: str | None = None,
    *,
    managers: Mapping[str, str | None] | None = None,
) -> str:
    """Pair two people by hand, refusing anything the matcher would also refuse.

    `managers` is passed on to `pairing_problems`: approving a whole match
    starts hundreds of relationships in one transaction, and re-reading the
    company's management chain for each of them was most of that time.
    """
    start = _require_date(start, N_("The start date")) if start is not None else clock.today()
    with db.transaction() as conn:
        program = None
        problems: list[str] = []
        if program_id is not None:
            program = programs_repo.get_program(db, program_id)
            if program is None:
                raise NotFoundError(_("That program no longer exists."))
            if program.archived:
                problems.append(archived_sentence(program))
        if months is None:
            months = program.relationship_months if program else DEFAULT_MONTHS
        if not isinstance(months, int) or not 1 <= months <= rules.MAX_LENGTH_MONTHS:
            problems.append(_("A relationship lasts 1 to %(max)s months, not %(value)s.")
                            % {"max": rules.MAX_LENGTH_MONTHS, "value": repr(months)})
        if cadence is None:
            cadence = program.cadence if program else DEFAULT_CADENCE
        if cadence not in rules.CADENCES:
            problems.append(_("Meeting frequency must be one of %(values)s.") % {"values": ", ".join(rules.CADENCES)})
        if mode not in rules.MODES:
            problems.append(_("Meeting mode must be one of %(values)s.") % {"values": ", ".join(rules.MODES)})
        problems += pairing_problems(db, mentor_id, mentee_id, managers=managers, program=program)
        if problems:
            raise ValidationError(problems)
        planned_end = rules.add_months(start, months)
        rel_id = repo.insert_relationship(conn, {
            "program_id": program_id, "mentor_id": mentor_id, "mentee_id": mentee_id,
            "group_key": group_key, "start_date": start.isoformat(), "planned_end": planned_end.isoformat(),
            "cadence": cadence, "mode": mode, "stage": rules.FIRST_STAGE, "status": "active",
        })
        repo.insert_stage(conn, rel_id, rules.FIRST_STAGE, start.isoformat())
    return rel_id


def advance_stage(db: Database, rel_id: str, stage: int, began_on: dt.date, *,
                  hr_correction: bool = False) -> bool:
    """Move to `stage`; backwards only as an HR correction, which drops the later stages' dates.

    Returns whether anything changed (re-saving the current stage changes nothing).
    """
    began_on = _require_date(began_on, N_("The stage start date"))
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        stage_rows = repo.stages(db, rel_id)
        dates: dict[int, dt.date] = {}
        for r in stage_rows:
            dates.setdefault(r.stage, r.began_on)
        dates.setdefault(rules.FIRST_STAGE, rel.start)
        current = rel.stage
        proposed = {n: d for n, d in dates.items() if n <= max(stage, current) and n != stage}
        if stage > current:
            proposed[stage] = began_on
        elif stage in dates:
            proposed[stage] = dates[stage]
        try:
            rules.validate_stage_change(current, stage, proposed, status=rel.status,
                                        hr_correction=hr_correction)
        except rules.StageChangeError as exc:
            raise ValidationError(exc.problems) from exc
        if stage == current:
            return False
        if stage > current:
            repo.insert_stage(conn, rel_id, stage, began_on.isoformat())
        else:
            for r in stage_rows:
                if r.stage > stage:
                    repo.tombstone_stage(conn, r.id)
        repo.update_relationship(conn, rel_id, {"stage": stage})
    return True


def extend(db: Database, rel_id: str, new_end: dt.date, reason: str) -> None:
    """Push the planned end out, keeping the previous end and the reason for HR's records."""
    new_end = _require_date(new_end, N_("The new end date"))
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        if rel.status != "active":
            raise ValidationError(_("Only an active relationship can be extended."))
        old_end = rel.planned_end
        try:
            ext = rules.extend(old_end, new_end, reason, start=rel.start)
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        repo.insert_extension(conn, rel_id, old_end.isoformat(), ext.new_end.isoformat(), ext.reason)
        repo.update_relationship(conn, rel_id, {"planned_end": ext.new_end.isoformat()})


def close(db: Database, rel_id: str, outcome: str, reason: str = "", reflection: str = "",
          closed_on: dt.date | None = None) -> None:
    """Close a relationship. Capacity counts active relationships only, so this frees the mentor."""
    closed_on = _require_date(closed_on, N_("The closing date")) if closed_on is not None else clock.today()
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        problems = []
        if rel.status != "active":
            problems.append(_("This relationship is already closed."))
        if outcome not in rules.CLOSURE_OUTCOMES:
            problems.append(_("Choose how the relationship ended: %(outcomes)s.")
                            % {"outcomes": ", ".join(_(v) for v in rules.CLOSURE_OUTCOMES.values())})
        elif outcome != "completed" and not (reason or "").strip():
            problems.append(_("Give a reason when a relationship ends early."))
        start = rel.start
        if closed_on < start:
            problems.append(_("The closing date (%(closed)s) is before the start (%(start)s).")
                            % {"closed": _fmt(closed_on), "start": _fmt(start)})
        if problems:
            raise ValidationError(problems)
        repo.update_relationship(conn, rel_id, {
            "status": "closed", "closure_outcome": outcome, "closure_reason": (reason or "").strip(),
            "reflection": reflection or "", "closed_on": closed_on.isoformat(),
        })


def set_hr_summary(db: Database, rel_id: str, summary: str) -> bool:
    with db.transaction() as conn:
        _load_rel(db, rel_id)
        return repo.update_relationship(conn, rel_id, {"hr_summary": summary or ""})


def closure_counts(db: Database, program_id: str | None = None) -> ClosureCounts:
    """Completed and ended-early are kept apart: an early end must never inflate the completion rate."""
    active = completed = ended_early = replaced = 0
    by_outcome: dict[str, int] = dict.fromkeys(rules.ENDED_OUTCOMES, 0)
    for r in repo.list_relationships(db, program_id=program_id):
        if r.status == "active":
            active += 1
        elif r.closure_outcome:
            by_outcome[r.closure_outcome] += 1
            if rules.is_completed(r.closure_outcome):
                completed += 1
            elif rules.is_replaced(r.closure_outcome):
                replaced += 1
            else:
                ended_early += 1
    return ClosureCounts(active=active, completed=completed, ended_early=ended_early, by_outcome=by_outcome,
                         replaced=replaced)
