"""Pure matching core: scoring, exact solver and cohort plans.

Kept free of Qt and SQLite so it can be unit-tested exhaustively and run in
a worker thread; storage and UI layers adapt their data to these types.

The plan and the solver need numpy (and scipy when solving), which take a
large share of a second to import; the relationship services only need
``scoring.management_chain``. So the names below are resolved on first use
(PEP 562): importing ``mentordesk.matching.scoring`` no longer drags numpy
into every command and window that never plans a match.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
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
    from .solver import greedy, solve, solve_with_locks, total_score

_LAZY = {
    **dict.fromkeys(
        ("WAIT_ALL_FULL", "WAIT_CHAIN_OR_EXCLUDED", "WAIT_NO_LANGUAGE", "WAIT_NO_MENTORS",
         "Cancelled", "MatchPlan", "Proposal", "Waiting", "plan_matches"), ".plan"),
    **dict.fromkeys(("greedy", "solve", "solve_with_locks", "total_score"), ".solver"),
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value  # later look-ups skip this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})


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
