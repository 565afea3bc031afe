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
from ..i18n import ngettext
from ..matching import Cancelled, MatchSettings, Reason
from ..matching.scoring import BRANCH_PREFERENCES, DEFAULT_WEIGHTS
from ..storage import matching_repo as repo
from ..storage.database import Database
from ..storage.records import PairRule
from ..waiting_reasons import reason_text
from . import kind_matching
from . import programs as programs_service
from .matching_approval import Approval, ApprovalCancelled, SkippedPair, approve
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


def top_reasons(reasons: Iterable[Reason], n: int = TOP_REASONS) -> list[str]:
    """The strongest positive reasons as short text ("Same branch (+10)"), for a table cell."""
    best = sorted((r for r in reasons if r.points > 0.05), key=lambda r: -r.points)[:n]
    return [f"{r.label} (+{r.points:.0f})" for r in best]


# -- settings ------------------------------------------------------------------------

def validate_match_settings(settings: dict[str, Any]) -> list[str]:
    """Problems with settings HR typed, as sentences (empty when fine)."""
    problems: list[str] = []
    if settings.get("branch_preference", "same") not in BRANCH_PREFERENCES:
        problems.append(_("Branch preference must be same, none or different."))
    weights = settings.get("weights", {})
    if not isinstance(weights, dict):
        return problems + [_("Weights must be a list of numbers.")]
    for key, value in weights.items():
        label = WEIGHT_LABELS.get(key, key)
        if key not in DEFAULT_WEIGHTS:
            problems.append(_("'%(key)s' is not a weight MentorDesk knows.") % {"key": key})
        elif not isinstance(value, (int, float)) or isinstance(value, bool) or value != value or value < 0:
            problems.append(_("The weight for %(label)s must be a number of 0 or more.") % {"label": label})
    merged = {**DEFAULT_WEIGHTS, **{k: v for k, v in weights.items() if isinstance(v, (int, float))}}
    if not problems and sum(merged.values()) <= 0:
        problems.append(_("At least one weight must be above 0, or every pair would score the same."))
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
            alternatives=tuple(Alternative(mid, names[mid], total) for mid, total in p.alternative_totals()),
            locked=p.locked, blocked=p.score.blocked, wishes=wishes.get(p.mentee_id, ()),
        ))
    run.waiting.extend(held_views(inp))
    for w in plan.waiting:
        run.waiting.append(WaitingView(mentee_id=w.mentee_id, mentee=names[w.mentee_id],
                                       reason=reason_text(w.reason), since=w.since,
                                       wishes=wishes.get(w.mentee_id, ()), stored=w.reason))
    run.notes.extend(role_conflicts(db, program_id, inp.program.kind))
    run.seconds = time.perf_counter() - started
    return run


# -- HR's pair rules ----------------------------------------------------------------------

def pair_rules(db: Database, program_id: str) -> list[PairRule]:
    return repo.pair_rules(db, program_id)


def lock_pair(db: Database, program_id: str, mentee_id: str, mentor_id: str, note: str = "") -> str:
    """Keep this pair in every run until approved or unlocked.

    A lock overrides HR's own earlier exclusion of the same pair (HR changed
    their mind) but never a management-chain or language rule: those exist
    so that nobody is paired with their own manager by a slip of the mouse.
    """
    inp = _load(db, program_id)
    score = _check_pair(inp, mentee_id, mentor_id, ignore_exclusion=True)
    if not score.allowed:
        raise ValidationError(_("Cannot lock this pair: %(reason)s") % {"reason": score.blocked})
    others = sum(1 for e, m in inp.locked.items() if m == mentor_id and e != mentee_id)
    free = inp.capacities.get(mentor_id, 0)
    if others >= free:
        raise ValidationError(ngettext(
            "%(name)s has %(count)s free place, and locked pairs already take %(taken)s. Unlock one of them or "
            "raise the mentor's capacity first.",
            "%(name)s has %(count)s free places, and locked pairs already take %(taken)s. Unlock one of them or "
            "raise the mentor's capacity first.", free)
            % {"name": inp.names[mentor_id], "count": free, "taken": others})
    with db.transaction() as conn:
        for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, rule="locked"):
            repo.remove_rule(conn, rule.id)  # one lock per mentee
        for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, mentor_id=mentor_id,
                                     rule="excluded"):
            repo.remove_rule(conn, rule.id)
        return repo.insert_rule(conn, program_id, mentee_id, mentor_id, "locked", note)


def exclude_pair(db: Database, program_id: str, mentee_id: str, mentor_id: str, note: str = "") -> str:
    """HR rejects a pair: no later run proposes it again (a lock on it is dropped)."""
    programs_service.get_program(db, program_id)
    if mentee_id == mentor_id:
        raise ValidationError(_("A person cannot be paired with themself anyway."))
    with db.transaction() as conn:
        existing = None
        for rule in repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, mentor_id=mentor_id):
            if rule.rule == "locked":
                repo.remove_rule(conn, rule.id)
            elif existing is None:
                existing = rule.id
        return existing or repo.insert_rule(conn, program_id, mentee_id, mentor_id, "excluded", note)


def unlock(db: Database, program_id: str, mentee_id: str) -> int:
    """Let the matcher choose this mentee's mentor again; returns locks removed."""
    with db.transaction() as conn:
        found = repo.rules_in_tx(conn, program_id, mentee_id=mentee_id, rule="locked")
        for rule in found:
            repo.remove_rule(conn, rule.id)
    return len(found)


def clear_rule(db: Database, rule_id: str) -> None:
    """Undo one lock or exclusion."""
    if not repo.rule_exists(db, rule_id):
        raise NotFoundError(_("This rule no longer exists (it may have been removed elsewhere)."))
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
                repo.remove_rule(conn, rule.id)
            repo.insert_rule(conn, program_id, mentee.mentee_id, mentor.mentor_id, "locked",
                             f"Swapped with {mentor.mentee}")
