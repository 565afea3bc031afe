"""Whole-cohort matching plan: score every pair, solve, explain the result.

Every pair is scored as numbers only (``fast.py``, vectorised); sentences
are written only for the pairs HR is shown, which is what keeps a
thousands-of-people cohort to about a second.

This is the one call the UI makes when HR presses "Propose matches". It
stays pure (no database, no Qt) so it can run in a worker thread and be
tested exhaustively; the caller passes ``progress`` and ``cancelled``
callbacks to drive a progress bar and a Cancel button.

Beyond the assignment itself, HR needs to know *why*: every proposal
carries its score reasons and the next best alternatives (for a manual
swap), and every mentee left waiting gets a specific reason so HR knows
whether to recruit mentors, raise capacities, or revisit an exclusion.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import partial

import numpy as np
from numpy.typing import NDArray

from ..waiting_reasons import (
    WAIT_ALL_FULL,
    WAIT_ALL_FULL_GIVEN,
    WAIT_CHAIN_OR_EXCLUDED,
    WAIT_GROUPS_FULL,
    WAIT_GROUPS_FULL_GIVEN,
    WAIT_NO_LANGUAGE,
    WAIT_NO_MENTORS,
    WAIT_NOT_ALLOWED,
)
from . import fast
from .alternatives import Alternatives
from .cancel import Cancelled, stop_if_cancelled
from .next_best import next_best
from .scoring import (
    Candidate,
    MatchSettings,
    PairScore,
    _score_checked,
)
from .solver import solve_with_locks

__all__ = [
    "WAIT_ALL_FULL",
    "WAIT_CHAIN_OR_EXCLUDED",
    "WAIT_NO_LANGUAGE",
    "WAIT_NO_MENTORS",
    "Cancelled",
    "MatchPlan",
    "Proposal",
    "Waiting",
    "plan_matches",
]

ALTERNATIVES = 3


_CHAIN_CODES = np.array(
    [fast.MENTOR_ABOVE, fast.MENTEE_ABOVE, fast.EXCLUDED, fast.SAME_PERSON], dtype=np.int8
)
#: Progress updates per run, i.e. blocks of mentee rows scored at once.
PROGRESS_STEPS = 100
#: Upper bound on pairs scored in one progress block (fast.py works through it in smaller chunks).
MAX_BLOCK_CELLS = 1 << 18
#: Pairs looked at per block when finding alternatives: small enough to stay in cache.
ALTERNATIVE_BLOCK_CELLS = 1 << 14


@dataclass(frozen=True)
class Proposal:
    """One proposed (or locked) pair with the evidence HR needs to accept it.

    A locked pair is kept even if a hard rule now blocks it (HR decided it
    explicitly); its ``score.allowed`` is then False and ``score.blocked``
    says why, so the UI can flag it instead of silently dropping it.
    """

    mentee_id: str
    mentor_id: str
    score: PairScore
    locked: bool = False
    #: Best first; a plan's are `Alternatives`, explained only when read (totals never are).
    alternatives: Sequence[tuple[str, PairScore]] = field(default_factory=list)

    def alternative_totals(self) -> list[tuple[str, float]]:
        """Each alternative's mentor and total: all HR is shown, so no sentence is written."""
        if isinstance(self.alternatives, Alternatives):
            return self.alternatives.totals()
        return [(mentor_id, score.total) for mentor_id, score in self.alternatives]


@dataclass(frozen=True)
class Waiting:
    """A mentee the plan could not place, and what would unblock them."""

    mentee_id: str
    reason: str
    since: str | None = None


@dataclass
class MatchPlan:
    """Result of :func:`plan_matches`; proposals follow the mentees' order."""

    kind: str
    proposals: list[Proposal] = field(default_factory=list)
    waiting: list[Waiting] = field(default_factory=list)

    @property
    def total_score(self) -> float:
        """One number to compare two plans (e.g. before/after a lock)."""
        return sum(p.score.total for p in self.proposals)

    def groups(self) -> dict[str, list[str]]:
        """Mentees per mentor; for ``group`` programs each entry is a group."""
        out: dict[str, list[str]] = {}
        for p in self.proposals:
            out.setdefault(p.mentor_id, []).append(p.mentee_id)
        return out


def _waiting_reason(
    allowed: NDArray[np.bool_],
    rules: NDArray[np.int8],
    capacity_left: NDArray[np.int64],
    group: bool,
) -> str:
    """Most actionable explanation for an unplaced mentee, from their row of
    the allowed flags and rule codes (no sentences needed: the reason only
    counts which hard rules got in the way). It is stored in the file in
    English and said in the reader's language by `waiting_reasons.reason_text`.

    With a maximum-cardinality solution, an unplaced mentee with at least
    one allowed mentor can only be unplaced because every such mentor is
    full (otherwise the solver could have added them), so the only real
    question is whether any mentor was allowed at all, and if not, which
    hard rules got in the way.
    """
    if rules.size == 0:
        return WAIT_NO_MENTORS
    if allowed.any():
        if (capacity_left[allowed] <= 0).all():
            return WAIT_GROUPS_FULL if group else WAIT_ALL_FULL
        # Places existed but the optimum gave them to mentees with fewer options.
        return WAIT_GROUPS_FULL_GIVEN if group else WAIT_ALL_FULL_GIVEN
    n_lang = int(np.count_nonzero(rules == fast.NO_LANGUAGE))
    n_chain = int(np.count_nonzero(np.isin(rules, _CHAIN_CODES)))
    if n_lang == rules.size:
        return WAIT_NO_LANGUAGE
    if n_chain == rules.size:
        return WAIT_CHAIN_OR_EXCLUDED
    return WAIT_NOT_ALLOWED % {"language": n_lang, "chain": n_chain}


def _rows_per_block(n: int, m: int) -> int:
    """Rows scored per numpy pass: about PROGRESS_STEPS progress updates in
    all (one per row for small cohorts, which the UI and tests rely on), and
    never so many cells that a block's temporaries grow large."""
    by_steps = -(-n // PROGRESS_STEPS)
    by_memory = MAX_BLOCK_CELLS // max(m, 1)
    return max(1, min(by_steps, by_memory))


@dataclass(frozen=True)
class _Cohort:
    """Everything a pair's score depends on, so scoring and explaining read one source."""

    mentees: list[Candidate]
    mentors: list[Candidate]
    settings: MatchSettings
    chains: Mapping[str, list[str]]
    excluded: Collection[tuple[str, str]]
    preferences: Mapping[str, list[str]]
    mentor_preferences: Mapping[str, Collection[str]]
    today: date

    def scorer(self) -> fast.CohortScorer:
        return fast.CohortScorer(self.mentees, self.mentors, self.settings, self.chains, self.excluded,
                                 self.preferences, self.mentor_preferences, self.today)

    def explain(self, i: int, j: int) -> PairScore:
        """Full sentences, only for pairs HR will see; the totals agree with the matrix
        the solver used (fast.py mirrors the arithmetic)."""
        mentee, mentor = self.mentees[i], self.mentors[j]
        return _score_checked(
            mentee, mentor, self.settings, self.chains[mentee.person_id], self.chains[mentor.person_id],
            self.excluded, frozenset(self.preferences.get(mentee.person_id, ())),
            frozenset(self.mentor_preferences.get(mentor.person_id, frozenset())), self.today,
        )


def _lock_indices(mentees: list[Candidate], mentors: list[Candidate], locked: Mapping[str, str]) -> dict[int, int]:
    """HR's locked pairs as (mentee row -> mentor column); a lock naming someone outside
    the cohort is a caller's mistake, refused before any work."""
    mentor_index = {m.person_id: j for j, m in enumerate(mentors)}
    mentee_index = {e.person_id: i for i, e in enumerate(mentees)}
    lock_idx: dict[int, int] = {}
    for mentee_id, mentor_id in locked.items():
        if mentee_id not in mentee_index:
            raise ValueError(f"locked mentee {mentee_id!r} is not in this cohort")
        if mentor_id not in mentor_index:
            raise ValueError(f"locked mentor {mentor_id!r} is not among the mentors")
        lock_idx[mentee_index[mentee_id]] = mentor_index[mentor_id]
    return lock_idx


def _canceller(cancelled: Callable[[], bool] | None) -> Callable[[], None]:
    """A check to call between phases: raises Cancelled once the caller asks to stop."""
    return partial(stop_if_cancelled, cancelled)


def _score_all(cohort: _Cohort, progress: Callable[[int, int], None] | None,
               check_cancel: Callable[[], None]) -> tuple[NDArray[np.float64], NDArray[np.int8]]:
    """Totals and rule codes of every pair, a block of mentee rows at a time so progress
    moves and Cancel is honoured between blocks.

    The scorer's full-size arrays are dropped on return; the blocked pairs go to the
    solver as the mask they already are (never as millions of Python tuples), so the
    solver's cost matrix is the only large allocation during the solve."""
    scorer = cohort.scorer()
    n, m = len(cohort.mentees), len(cohort.mentors)
    scores = np.zeros((n, m), dtype=np.float64)
    rules = np.zeros((n, m), dtype=np.int8)
    step = _rows_per_block(n, m)
    for start in range(0, n, step):
        check_cancel()
        stop = min(n, start + step)
        scorer.score_rows(start, stop, out=(scores[start:stop], rules[start:stop]))
        if progress is not None:
            progress(stop, n)
    check_cancel()
    return scores, rules


def _free_after_locks(caps: list[int], lock_idx: Mapping[int, int]) -> NDArray[np.int64]:
    """Places left once HR's locks are honoured: a mentor filled by locks is "full",
    not "given to other mentees"."""
    free = np.array(caps, dtype=np.int64)
    for j in lock_idx.values():
        free[j] -= 1
    return free


def _lazy_alternatives(cohort: _Cohort, scores: NDArray[np.float64], i: int, columns: list[int]) -> Alternatives:
    """Mentee `i`'s alternatives with the solver's totals; sentences wait until read."""
    return Alternatives([cohort.mentors[k].person_id for k in columns], [float(scores[i, k]) for k in columns],
                        columns, partial(cohort.explain, i))


def plan_matches(
    mentees: list[Candidate],
    mentors: list[Candidate],
    capacities: Mapping[str, int],
    settings: MatchSettings,
    managers: Mapping[str, str | None],
    excluded: Collection[tuple[str, str]],
    preferences: Mapping[str, list[str]],
    mentor_preferences: Mapping[str, Collection[str]],
    locked: Mapping[str, str],
    waiting_since: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    today: date | None = None,
) -> MatchPlan:
    """Propose the best cohort-wide pairing and explain it.

    ``capacities`` is each mentor's *free* capacity (active mentees already
    subtracted); a missing mentor counts as 0. For ``group`` programs the
    capacity is the group size and each mentor leads one group, which is the
    same optimisation. ``locked`` pairs (HR decisions) are always kept and
    use up a place. ``waiting_since`` holds ISO dates so the longest-waiting
    mentees come first in ``MatchPlan.waiting``.

    For ``peer`` programs the same people may be passed as mentees and as
    mentors; nothing stops A->B and B->A both being proposed, which a peer
    pairing can read as one mutual pair.
    """
    lock_idx = _lock_indices(mentees, mentors, locked)
    check_cancel = _canceller(cancelled)
    check_cancel()
    cohort = _Cohort(mentees, mentors, settings, fast.cohort_chains([*mentees, *mentors], managers),
                     excluded, preferences, mentor_preferences, today or date.today())
    scores, rules = _score_all(cohort, progress, check_cancel)
    caps = [max(0, int(capacities.get(o.person_id, 0))) for o in mentors]
    assignment = solve_with_locks(scores, caps, rules != fast.ALLOWED, lock_idx)
    check_cancel()
    plan = MatchPlan(kind=settings.kind)
    allowed = rules == fast.ALLOWED
    free = _free_after_locks(caps, lock_idx)
    waiting_since = waiting_since or {}
    alternatives = next_best(scores, allowed, assignment, ALTERNATIVES, ALTERNATIVE_BLOCK_CELLS)
    for i, j in enumerate(assignment):
        mentee_id = mentees[i].person_id
        if j is None:
            reason = _waiting_reason(allowed[i], rules[i], free, settings.kind == "group")
            plan.waiting.append(Waiting(mentee_id=mentee_id, reason=reason, since=waiting_since.get(mentee_id)))
            continue
        plan.proposals.append(Proposal(
            mentee_id=mentee_id, mentor_id=mentors[j].person_id, score=cohort.explain(i, j),
            locked=i in lock_idx,
            alternatives=_lazy_alternatives(cohort, scores, i, alternatives[i]),
        ))
    # Longest-waiting first; unknown dates last; ties keep the input order.
    plan.waiting.sort(key=lambda w: (w.since is None, w.since or ""))
    return plan
