"""Peer pairs from the one-to-one score matrix: the graph built with numpy, then the blossom step.

In a peer program the same colleagues are mentees (rows) and mentors (columns). A pair
{x, y} may be allowed one way round, the other, or both; it weighs what its better way
round scores, and is put that way round (ties: the way the mentee list meets first, as
the plan always did). The graph is built as arrays over all people at once: a Python
loop per allowed pair cost seconds at 1,000 people and nothing here needs one.

Up to `PEER_EXACT` people every allowed pair is an edge (the exact optimum). Beyond it
each person keeps their best `PEER_EDGES` partners, and whoever that sparse graph leaves
alone is paired again among themselves on all their edges: each person's best partners
are often the same few, so the second round finds the pairs the first could not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

from .peer_solver import Edges, max_matching

__all__ = ["PEER_EDGES", "PEER_EXACT", "PeerGraph", "best_pairs", "peer_graph"]

#: Up to this many people a peer cohort is paired on every allowed pair (the exact optimum);
#: beyond it each person keeps their best `PEER_EDGES` partners (see the module docstring).
PEER_EXACT = 150
PEER_EDGES = 20


@dataclass(frozen=True)
class PeerGraph:
    """Everyone who can be paired, and each pair's weight and way round."""

    people: list[str]
    #: people x people, symmetric; 0 where the pair is not allowed either way round.
    weight: NDArray[np.int64]
    #: [x, y] true when x is the mentee of the pair {x, y} (the better-scoring way round).
    x_mentee: NDArray[np.bool_]

    def pair(self, x: int, y: int) -> tuple[str, str]:
        """(mentee id, mentor id) of the pair {x, y}."""
        return (self.people[x], self.people[y]) if self.x_mentee[x, y] else (self.people[y], self.people[x])


def peer_graph(mentee_ids: list[str], mentor_ids: list[str], scores: NDArray[np.float64],
               allowed: NDArray[np.bool_]) -> PeerGraph:
    """The graph of pairs the hard rules allow, weighted round(score x 1000) + 1 (integers:
    exact comparisons in the solver; + 1 so a pair scoring 0 is still a pair)."""
    index = {p: k for k, p in enumerate(dict.fromkeys([*mentee_ids, *mentor_ids]))}
    rows = np.array([index[p] for p in mentee_ids], dtype=np.int64)
    cols = np.array([index[p] for p in mentor_ids], dtype=np.int64)
    n = len(index)
    score = np.full((n, n), -np.inf)
    order = np.full((n, n), np.iinfo(np.int64).max, dtype=np.int64)  # the mentee's row: ties go to the first
    i, j = allowed.nonzero()
    x, y = rows[i], cols[j]
    score[x, y] = scores[i, j]
    order[x, y] = i
    ok = x != y  # nobody pairs with themselves
    x, y = x[ok], y[ok]
    forward = (score[x, y] > score[y, x]) | ((score[x, y] == score[y, x]) & (order[x, y] < order[y, x]))
    x_mentee = np.zeros((n, n), dtype=bool)
    x_mentee[x, y] = forward
    x_mentee[y, x] = ~forward
    better = np.maximum(score, score.T)
    allowed_either = np.isfinite(better)
    weight = np.zeros((n, n), dtype=np.int64)
    weight[allowed_either] = np.rint(better[allowed_either] * 1000).astype(np.int64) + 1
    np.fill_diagonal(weight, 0)
    paired = weight.any(axis=1)  # only people with at least one allowed pair are in the graph
    keep = np.flatnonzero(paired)
    people = list(index)
    return PeerGraph([people[k] for k in keep], weight[np.ix_(keep, keep)], x_mentee[np.ix_(keep, keep)])


def best_pairs(graph: PeerGraph, cancelled: Callable[[], bool] | None = None,
               step: Callable[[int], None] | None = None) -> list[tuple[int, int]]:
    """The chosen pairs (x, y) of `graph`; `step(k)` is told when round k (1 or 2) has been solved."""
    n = len(graph.people)
    if n <= PEER_EXACT:
        chosen = max_matching(n, _edges(graph.weight, graph.weight > 0), cancelled)
        _tell(step, 2)
        return chosen
    chosen = max_matching(n, _edges(graph.weight, _best_partners(graph.weight, PEER_EDGES)), cancelled)
    _tell(step, 1)
    alone = np.ones(n, dtype=bool)
    for x, y in chosen:
        alone[x] = alone[y] = False
    among = (graph.weight > 0) & alone[:, None] & alone[None, :]
    again = max_matching(n, _edges(graph.weight, among), cancelled)
    _tell(step, 2)
    return sorted(chosen + again)


def _tell(step: Callable[[int], None] | None, k: int) -> None:
    if step is not None:
        step(k)


def _best_partners(weight: NDArray[np.int64], k: int) -> NDArray[np.bool_]:
    """Pairs among either person's `k` best partners (an edge is kept if either side keeps it)."""
    n = weight.shape[0]
    k = min(k, n - 1)
    top = np.argpartition(-weight, k - 1, axis=1)[:, :k]
    keep = np.zeros_like(weight, dtype=bool)
    keep[np.repeat(np.arange(n), k), top.ravel()] = True
    keep &= weight > 0
    return keep | keep.T


def _edges(weight: NDArray[np.int64], keep: NDArray[np.bool_]) -> Edges:
    """The kept pairs once each (x < y) as the solver's three arrays."""
    a, b = np.nonzero(np.triu(keep, 1))
    return a, b, weight[a, b]
