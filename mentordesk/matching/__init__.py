"""Pure matching core: scoring, exact solver and cohort plans.

Kept free of Qt and SQLite so it can be unit-tested exhaustively and run in
a worker thread; storage and UI layers adapt their data to these types.
"""

from .plan import (
    WAIT_ALL_FULL,
    WAIT_CHAIN_OR_EXCLUDED,
    WAIT_NO_LANGUAGE,
    WAIT_NO_MENTORS,
    Cancelled,
    MatchPlan,
    Proposal,
    Waiting,
    plan_matches,
)
from .scoring import (
    DEFAULT_WEIGHTS,
    KINDS,
    Candidate,
    MatchSettings,
    PairScore,
    Reason,
    is_above,
    management_chain,
    score_pair,
)
from .solver import greedy, solve, solve_with_locks, total_score

__all__ = [
    "DEFAULT_WEIGHTS",
    "KINDS",
    "WAIT_ALL_FULL",
    "WAIT_CHAIN_OR_EXCLUDED",
    "WAIT_NO_LANGUAGE",
    "WAIT_NO_MENTORS",
    "Cancelled",
    "Candidate",
    "MatchPlan",
    "MatchSettings",
    "PairScore",
    "Proposal",
    "Reason",
    "Waiting",
    "greedy",
    "is_above",
    "management_chain",
    "plan_matches",
    "score_pair",
    "solve",
    "solve_with_locks",
    "total_score",
]
