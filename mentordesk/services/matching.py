"""Matching use cases: run the cohort match, HR's pair decisions, approval.

The pure core (`mentordesk.matching`) decides *who with whom*; this module
feeds it from the file and turns its answer into something HR can read and
act on: names instead of ids, reasons as sentences, and one transaction per
decision (lock, reject, swap, approve), so a refused action leaves nothing
half-written.

A run is a snapshot. HR may look at it for minutes while a colleague pairs
someone by hand on another laptop, so `approve` re-checks every pair inside
its own write transaction and skips, with a reason, any pair the file no
longer allows instead of over-filling a mentor.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import clock
from ..errors import NotFoundError, ValidationError
from ..i18n import gettext as _
from ..matching import Cancelled, MatchSettings, Reason
from ..matching.scoring import BRANCH_PREFERENCES, DEFAULT_WEIGHTS
from ..models import Program
from ..storage import matching_repo as repo
from ..storage import people_repo, programs_repo
from ..storage.database import Database
from ..wording import count as count_words
from . import kind_matching
from . import programs as programs_service
from . import relationships as relationships_service
from .matching_inputs import candidate as _candidate  # noqa: F401 - mentor_replacement reads it from here
from .matching_inputs import load as _load
from .matching_inputs import settings_for
from .matching_swaps import check_pair as _check_pair
from .matching_swaps import swap_options, swap_problems
from .matching_waiting import WaitingView, held_views, role_conflicts, waiting_list, wish_notes

__all__ = [
    "Cancelled",
    "Alternative",
    "ProposalView",
    "WaitingView",
    "MatchRun",
    "PairRule",
    "SkippedPair",
    "Approval",
    "ApprovalCancelled",
    "run_match",
    "settings_for",
    "validate_match_settings",
    "lock_pair",
    "exclude_pair",
    "unlock",
    "clear_rule",
    "pair_rules",
    "swap",
    "swap_options",
    "waiting_list",
    "role_conflicts",
    "approve",
    "top_reasons",
    "WEIGHT_LABELS",
]

#: Plain names for the weights, in the order HR reads them.
WEIGHT_LABELS: dict[str, str] = {
    "gaps": "Skill gaps covered",
    "mutual": "Stated wishes",
    "seniority": "Seniority",
    "branch": "Branch",
    "department": "Department",
    "language": "Shared language",
}

TOP_REASONS = 3


# -- what a run returns ------------------------------------------------------------------

@dataclass(frozen=True)
class Alternative:
    """Another mentor the mentee could have, for a manual swap."""

    mentor_id: str
    mentor: str
    score: float


@dataclass(frozen=True)
class ProposalView:
    """One proposed pair, with names and the evidence HR defends it with."""

    mentee_id: str
    mentee: str
    mentor_id: str
    mentor: str
    score: float
    reasons: tuple[Reason, ...]
    alternatives: tuple[Alternative, ...] = ()
    locked: bool = False
    #: Set when HR locked a pair a hard rule now forbids; approval will refuse it.
    blocked: str | None = None
    #: Why the mentors the mentee asked for were not proposed, one sentence each.
    wishes: tuple[str, ...] = ()

    @property
    def top_reasons(self) -> list[str]:
        return top_reasons(self.reasons)


@dataclass
class MatchRun:
    """A snapshot of one match; `approve` re-checks it against the file."""

    program_id: str
    program: str
    kind: str
    settings: MatchSettings
    ran_on: dt.date
    proposals: list[ProposalView] = field(default_factory=list)
    waiting: list[WaitingView] = field(default_factory=list)
    #: HR rules the run could not honour (a locked person left the program ...).
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def proposal_for(self, mentee_id: str) -> ProposalView | None:
        for p in self.proposals:
            if p.mentee_id == mentee_id:
                return p
        return None


@dataclass(frozen=True)
class PairRule:
    id: str
    mentee_id: str
    mentee: str
    mentor_id: str
    mentor: str
    rule: str
    note: str


@dataclass(frozen=True)
class SkippedPair:
    mentee_id: str
    mentee: str
    mentor_id: str
    mentor: str
    reason: str


class Approval(list):
    """The ids of the relationships created (it *is* that list), plus what was
    skipped and who was put on the waiting list, so the caller can tell HR."""

    def __init__(self, created: Iterable[str] = ()) -> None:
        super().__init__(created)
        self.skipped: list[SkippedPair] = []
        self.waitlisted: list[str] = []
        #: (relationship id, the proposal it came from), in approval order.
        self.started: list[tuple[str, ProposalView]] = []


def top_reasons(reasons: Iterable[Reason], n: int = TOP_REASONS) -> list[str]:
    """The strongest positive reasons as short text ("Same branch (+10)"), for a table cell."""
    best = sorted((r for r in reasons if r.points > 0.05), key=lambda r: -r.points)[:n]
    return [f"{r.label} (+{r.points:.0f})" for r in best]


# -- settings ------------------------------------------------------------------------

def validate_match_settings(settings: dict[str, Any]) -> list[str]:
    """Problems with settings HR typed, as sentences (empty when fine)."""
    problems: list[str] = []
    if settings.get("branch_preference", "same") not in BRANCH_PREFERENCES:
        problems.append("Branch preference must be same, none or different.")
    weights = settings.get("weights", {})
    if not isinstance(weights, dict):
        return problems + ["Weights must be a list of numbers."]
    for key, value in weights.items():
        label = WEIGHT_LABELS.get(key, key)
        if key not in DEFAULT_WEIGHTS:
            problems.append(f"'{key}' is not a weight MentorDesk knows.")
        elif not isinstance(value, (int, float)) or isinstance(value, bool) or value != value or value < 0:
            problems.append(f"The weight for {label} must be a number of 0 or more.")
    merged = {**DEFAULT_WEIGHTS, **{k: v for k, v in weights.items() if isinstance(v, (int, float))}}
    if not problems and sum(merged.values()) <= 0:
        problems.append("At least one weight must be above 0, or every pair would score the same.")
    return problems


# -- running ------------------------------------------------------------------------------

def run_match(
    db: Database,
    program_id: str,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: dt.date | None = None,
) -> MatchRun:
    """Propose the best pairing for everybody still waiting in the program.

    Reads only: nothing is written until HR approves. Raises `Cancelled`
    when `cancelled()` turns true, so a worker thread can stop cleanly.
    """
    import time

    started = time.perf_counter()
    today = today or clock.today()
    inp = _load(db, program_id)
    plan = kind_matching.plan(inp, progress=progress, cancelled=cancelled, today=today)  # groups, peer pairs
    names = inp.names
    run = MatchRun(program_id=program_id, program=inp.program.name, kind=inp.settings.kind,
                   settings=inp.settings, ran_on=today, notes=list(inp.notes))
    wishes = wish_notes(db, inp, {**{p.mentee_id: p.mentor_id for p in plan.proposals},
                                  **{w.mentee_id: None for w in plan.waiting}})
    for p in plan.proposals:
        run.proposals.append(ProposalView(
            mentee_id=p.mentee_id, mentee=names[p.mentee_id], mentor_id=p.mentor_id, mentor=names[p.mentor_id],
            score=p.score.total, reasons=tuple(p.score.reasons),
            alternatives=tuple(Alternative(mid, names[mid], ps.total) for mid, ps in p.alternatives),
            locked=p.locked, blocked=p.score.blocked, wishes=wishes.get(p.mentee_id, ()),
        ))
    run.waiting.extend(held_views(inp))
    for w in plan.waiting:
        run.waiting.append(WaitingView(mentee_id=w.mentee_id, mentee=names[w.mentee_id],
                                       reason=w.reason, since=w.since, wishes=wishes.get(w.mentee_id, ())))
    run.notes.extend(role_conflicts(db, program_id, inp.program.kind))
    run.seconds = time.perf_counter() - started
    return run


# -- HR's pair rules ----------------------------------------------------------------------

def pair_rules(db: Database, program_id: str) -> list[PairRule]:
    return [PairRule(r["id"], r["mentee_id"], r["mentee_name"] or "", r["mentor_id"], r["mentor_name"] or "",
                     r["rule"], r["note"] or "") for r in repo.pair_rules(db, program_id)]


def lock_pair(db: Database, program_id: str, mentee_id: str, mentor_id: str, note: str = "") -> str:
    """Keep this pair in every run until approved or unlocked.

    A lock overrides HR's own earlier exclusion of the same pair (HR changed
    their mind) but never a management-chain or language rule: those exist
    so that nobody is paired with their own manager by a slip of the mouse.
    """
    inp = _load(db, program_id)
    score = _check_pair(inp, mentee_id, mentor_id, ignore_exclusion=True)
    if not score.allowed:
        raise ValidationError(f"Cannot lock this pair: {score.blocked}")
    others = sum(1 for e, m in inp.locked.items() if m == mentor_id and e != mentee_id)
    free = inp.capacities.get(mentor_id, 0)
    if others >= free:
        raise ValidationError(
            f"{inp.names[mentor_id]} has {count_words(free, 'free place', 'free places')}, and locked pairs "
            f"already take {others}. "
            "Unlock one of them or raise the mentor's capacity first.")
    with db.transaction() as conn:
        for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, rule="locked"):
            repo.remove_rule(conn, rule["id"])  # one lock per mentee
        for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, mentor_id=mentor_id,
                                     rule="excluded"):
            repo.remove_rule(conn, rule["id"])
        return repo.insert_rule(conn, program_id, mentee_id, mentor_id, "locked", note)


def exclude_pair(db: Database, program_id: str, mentee_id: str, mentor_id: str, note: str = "") -> str:
    """HR rejects a pair: no later run proposes it again (a lock on it is dropped)."""
    programs_service.get_program(db, program_id)
    if mentee_id == mentor_id:
        raise ValidationError("A person cannot be paired with themself anyway.")
    with db.transaction() as conn:
        existing = None
        for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, mentor_id=mentor_id):
            if rule["rule"] == "locked":
                repo.remove_rule(conn, rule["id"])
            elif existing is None:
                existing = rule["id"]
        return existing or repo.insert_rule(conn, program_id, mentee_id, mentor_id, "excluded", note)


def unlock(db: Database, program_id: str, mentee_id: str) -> int:
    """Let the matcher choose this mentee's mentor again; returns locks removed."""
    with db.transaction() as conn:
        found = repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, rule="locked")
        for rule in found:
            repo.remove_rule(conn, rule["id"])
    return len(found)


def clear_rule(db: Database, rule_id: str) -> None:
    """Undo one lock or exclusion."""
    if repo.rule_row(db, rule_id) is None:
        raise NotFoundError("This rule no longer exists (it may have been removed elsewhere).")
    with db.transaction() as conn:
        repo.remove_rule(conn, rule_id)


def swap(db: Database, program_id: str, mentee_a: str, mentee_b: str, run: MatchRun | None = None) -> None:
    """Give each mentee the other's proposed mentor, as two locks.

    Refused, with the rule's own sentence, if either new pair is forbidden
    (`matching_swaps.swap_problems`, the check `swap_options` offers by);
    the mentors come from `run` (what HR is looking at) or, without one,
    from a fresh run.
    """
    run = run or run_match(db, program_id)
    pa, pb = run.proposal_for(mentee_a), run.proposal_for(mentee_b)
    if pa is None or pb is None:
        raise ValidationError(_("Both mentees need a proposed mentor to swap them; re-run the match."))
    problems = swap_problems(_load(db, program_id), pa, pb)
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        for mentee, mentor in ((pa, pb), (pb, pa)):
            for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee.mentee_id, rule="locked"):
                repo.remove_rule(conn, rule["id"])
            repo.insert_rule(conn, program_id, mentee.mentee_id, mentor.mentor_id, "locked",
                             f"Swapped with {mentor.mentee}")


# -- approval -------------------------------------------------------------------------------

def _recheck(conn, program_id: str, p: ProposalView, program: Program | None = None) -> str | None:
    """Why the file no longer allows this pair, or None. Runs inside approval's transaction."""
    mentor = repo.participant_in_tx(conn, program_id, p.mentor_id, "mentor")
    if mentor is None or mentor["status"] != "accepted":
        return f"{p.mentor} is no longer an accepted mentor of this program."
    mentee = repo.participant_in_tx(conn, program_id, p.mentee_id, "mentee")
    if mentee is None or mentee["status"] not in repo.OPEN_MENTEE_STATUSES:
        return f"{p.mentee} is no longer waiting for a mentor in this program."
    if mentee["status"] == "waitlisted":
        return _("%(mentee)s was put on the waiting list since the match was run.") % {"mentee": p.mentee}
    current = repo.mentee_has_active_in_program(conn, program_id, p.mentee_id)
    if current is not None:
        return f"{p.mentee} already has a relationship with {current} in this program."
    excluded = repo.rules_in_tx(conn, program_id, mentee_id=p.mentee_id, mentor_id=p.mentor_id,
                                rule="excluded")
    if excluded:
        return f"HR has since excluded pairing {p.mentee} with {p.mentor}."
    if program is not None and program.kind == "group":  # the group size limits a group's mentor
        return kind_matching.group_full(conn, program, p.mentor_id, p.mentor)
    capacity, active = repo.mentor_load_in_tx(conn, p.mentor_id)
    if active >= capacity:
        return f"{p.mentor} is now full ({active} of {capacity} places taken)."
    return None


class ApprovalCancelled(Cancelled):
    """HR cancelled an approval; its transaction was rolled back, so nothing was started."""


def approve(db: Database, program_id: str, run: MatchRun, mentee_ids: list[str] | None = None,
            today: dt.date | None = None, *,
            progress: Callable[[int, int], None] | None = None,
            cancelled: Callable[[], bool] | None = None) -> Approval:
    """Turn proposals into relationships, in ONE transaction.

    Approved pairs start today with the program's length and cadence and
    their mentees become 'accepted'; the run's waiting list is put on the
    waiting list with the plan's reason (keeping an earlier waiting date,
    so nobody loses their place in the queue); locks used up are removed.
    A pair the file no longer allows is skipped with the reason, not forced;
    its mentee is left as they were for the next run.

    `progress(done, total)` is called per pair (and per waiting mentee) so a
    worker can show a bar. When `cancelled()` turns true before the last
    write, `ApprovalCancelled` is raised inside the transaction, which rolls
    *everything* back: a cancelled approval started nobody, never "the
    first 700 of 1,800". A cancel after the last check is too late and the
    approval stands (the caller gets the normal result).

    The management chain is read once, inside the transaction, and handed
    to every `start_relationship`: nobody can change it while this write
    transaction holds the file, and reading it per pair made approving a
    large cohort take seconds per hundred pairs.
    """
    if run.program_id != program_id:
        raise ValidationError("This match was run for another program; run it again for this one.")
    wanted = None if mentee_ids is None else set(mentee_ids)
    chosen = [p for p in run.proposals if wanted is None or p.mentee_id in wanted]
    if wanted is not None and not chosen:
        raise ValidationError("Select at least one proposal to approve.")
    start = today or clock.today()
    program = programs_service.editable_program(db, program_id)  # an archived program starts nobody
    result = Approval()
    total = len(chosen) + len(run.waiting)
    done = 0

    def step() -> None:
        nonlocal done
        if cancelled is not None and cancelled():
            raise ApprovalCancelled("Approval was cancelled. No relationship was started.")
        if progress is not None:
            progress(done, total)
        done += 1

    with db.transaction() as conn:
        managers = people_repo.managers(db)
        for p in chosen:
            step()
            why = _recheck(conn, program_id, p, program)
            if why is None:
                try:
                    rel_id = relationships_service.start_relationship(
                        db, p.mentor_id, p.mentee_id, program_id=program_id, start=start,
                        months=program.relationship_months, cadence=program.cadence,
                        group_key=p.mentor_id if run.kind == "group" else None, managers=managers)
                except ValidationError as exc:  # nothing was written for this pair
                    why = " ".join(exc.problems)
            if why is not None:
                result.skipped.append(SkippedPair(p.mentee_id, p.mentee, p.mentor_id, p.mentor, why))
                continue
            result.append(rel_id)
            result.started.append((rel_id, p))
            part = repo.participant_in_tx(conn, program_id, p.mentee_id, "mentee")
            if part is not None:
                programs_repo.update_participant(conn, part["id"], {"status": "accepted", "reason": ""})
            for rule in repo.rules_in_tx(conn, program_id, mentee_id=p.mentee_id, rule="locked"):
                repo.remove_rule(conn, rule["id"])
        now = clock.now_iso()
        for w in run.waiting:
            step()
            if w.held:
                continue  # already on the waiting list: keep HR's reason and date
            part = repo.participant_in_tx(conn, program_id, w.mentee_id, "mentee")
            if part is None or part["status"] not in repo.OPEN_MENTEE_STATUSES:
                continue  # withdrew or declined since the run: leave their answer alone
            if repo.mentee_has_active_in_program(conn, program_id, w.mentee_id):
                continue  # paired by hand since the run
            programs_repo.update_participant(conn, part["id"], {
                "status": "waitlisted", "reason": w.reason,
                "waitlisted_since": part["waitlisted_since"] or now,
            })
            result.waitlisted.append(w.mentee_id)
        if cancelled is not None and cancelled():
            raise ApprovalCancelled("Approval was cancelled. No relationship was started.")
        if progress is not None:
            progress(total, total)
    return result
