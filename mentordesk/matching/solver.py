"""Optimal capacitated assignment of mentees to mentors.

The HR manager must be able to trust that "nobody else could have been
placed" and that "no better overall pairing exists", so the solver returns
the true optimum rather than a heuristic: first the largest possible number
of placed mentees, then, among those, the highest total score.

We reduce the capacitated problem to a plain rectangular assignment problem
by repeating every mentor once per free place ("slots") and hand it to
``scipy.optimize.linear_sum_assignment`` (a shortest-augmenting-path
Jonker-Volgenant variant, exact and fast for a few thousand rows).

Cardinality comes first through a lexicographic weight: every allowed pair
gets ``M + (score - min_score)`` and every forbidden pair gets 0, with
``M > n_mentees * (max_score - min_score) + 1``. One extra placed mentee is
then always worth more than any achievable score difference, so the
maximum-weight assignment is a maximum-cardinality one with the best total
score. Forbidden pairs may still be picked as zero-weight filler (the
rectangular solver always fills ``min(rows, cols)`` pairs); we drop them
afterwards, which is sound because they contribute nothing to the weight.

We deliberately do *not* add an "unassigned" column per mentee: that
doubles the matrix and was measured to be roughly ten times slower.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
from numpy.typing import ArrayLike, NDArray

from .forbidden import Forbidden, forbidden_mask

__all__ = ["Forbidden", "greedy", "solve", "solve_with_locks", "total_score"]

Assignment = list[int | None]


def _validate(
    scores: ArrayLike, capacities: Sequence[int], forbidden: Forbidden
) -> tuple[NDArray[np.float64], NDArray[np.int64], NDArray[np.bool_]]:
    """Normalise inputs once so every entry point fails the same way on bad data.

    Bad data here is a programming error upstream (the UI must never show a
    plan computed from NaN scores), so we raise instead of guessing. The
    scores are not copied when they already are a float64 array: at 10,000 x
    3,000 every full-size copy costs a quarter of a gigabyte.
    """
    caps = np.asarray(list(capacities), dtype=np.int64).reshape(-1)
    m = caps.shape[0]
    arr = np.asarray(scores, dtype=np.float64)
    if arr.size == 0:
        # Accept [], [[]], np.empty((n, 0)) ...: the number of mentees is the
        # number of rows when it is known, else zero.
        n = arr.shape[0] if arr.ndim == 2 else 0
        arr = np.zeros((n, m), dtype=np.float64) if m == 0 or n == 0 else arr
    if arr.ndim != 2:
        raise ValueError(f"scores must be a 2-D mentees x mentors matrix, got shape {arr.shape}")
    n = arr.shape[0]
    if arr.shape[1] != m and n > 0:
        raise ValueError(f"scores has {arr.shape[1]} mentor columns but {m} capacities were given")
    if n == 0:
        arr = np.zeros((0, m), dtype=np.float64)
    if not np.isfinite(arr).all():
        if np.isnan(arr).any():
            raise ValueError("scores contain NaN")
        raise ValueError("scores contain an infinite value")
    if (caps < 0).any():
        raise ValueError("capacities must be >= 0")
    allowed = forbidden_mask(forbidden, n, m)
    np.logical_not(allowed, out=allowed)
    return arr, caps, allowed


#: Mentors per tile when the cost matrix is built transposed (see `_cost_matrix`).
TILE_MENTORS = 32
#: Pairs per tile when it is built row by row.
TILE_CELLS = 1 << 15


def _cost_matrix(
    arr: NDArray[np.float64],
    allowed: NDArray[np.bool_],
    slot_mentor: NDArray[np.int64],
    lo: float,
    big_m: float,
    transpose: bool,
) -> NDArray[np.float64]:
    """The slot-expanded cost matrix, negated, in the orientation LSA keeps.

    ``linear_sum_assignment`` copies its input once when asked to maximise
    or when the matrix is taller than wide (it negates and transposes into a
    scratch buffer). Handing it the already negated matrix in the wide
    orientation skips that copy, which at 10,000 x 9,000 places is 0.7 GB,
    while the numbers it works on stay bit for bit the ones it would have
    made itself, so the assignment (ties included) is unchanged.

    It is built a cache-sized tile at a time (a few mentors' columns, or a few
    mentees' rows), each weight computed once and copied to its mentor's slots:
    no full-size intermediate (a quarter of a gigabyte each at 10,000 x 3,000),
    and half the time of whole-matrix passes and a strided transpose.
    """
    n, m = arr.shape
    if not transpose:
        cost = np.empty((n, slot_mentor.size))
        step = max(1, TILE_CELLS // max(m, 1))
        for r0 in range(0, n, step):
            tile = _negated_weights(arr[r0:r0 + step], allowed[r0:r0 + step], lo, big_m)
            np.take(tile, slot_mentor, axis=1, out=cost[r0:r0 + step])
        return cost
    cost = np.empty((slot_mentor.size, n))
    first_slot = np.searchsorted(slot_mentor, np.arange(m + 1))  # slots are grouped by mentor
    for j0 in range(0, m, TILE_MENTORS):
        j1 = min(m, j0 + TILE_MENTORS)
        tile = _negated_weights(arr[:, j0:j1].T, allowed[:, j0:j1].T, lo, big_m)
        slots = slice(first_slot[j0], first_slot[j1])
        np.take(tile, slot_mentor[slots] - j0, axis=0, out=cost[slots])
    return cost


def _negated_weights(scores: NDArray[np.float64], allowed: NDArray[np.bool_], lo: float,
                     big_m: float) -> NDArray[np.float64]:
    """``-(score - lo + big_m)`` for allowed pairs and ``-0.0`` for the rest, as a new
    C-ordered array: the operations (and so the bits) LSA's own negation would give."""
    weights = np.subtract(scores, lo, order="C")
    weights += big_m
    np.copyto(weights, 0.0, where=~allowed)
    return np.negative(weights, out=weights)


def _solve_arrays(
    arr: NDArray[np.float64],
    caps: NDArray[np.int64],
    allowed: NDArray[np.bool_],
    rows: NDArray[np.int64] | None = None,
) -> Assignment:
    """Core of :func:`solve` on validated arrays, shared with the lock variant.

    ``rows`` limits the problem to those mentees (the unlocked ones) without
    the caller copying the score matrix; the result is indexed like ``rows``.
    ``allowed`` is narrowed in place.
    """
    # scipy.optimize takes half a second to import: only when really solving.
    from scipy.optimize import linear_sum_assignment

    if rows is not None:
        arr, allowed = arr[rows], allowed[rows]
    n, m = arr.shape
    result: Assignment = [None] * n
    if n == 0 or m == 0:
        return result
    # A mentor can never take more than n mentees; capping keeps the slot
    # matrix small when HR types a large capacity.
    caps = np.minimum(caps, n)
    allowed &= (caps > 0)[np.newaxis, :]
    if not allowed.any():
        return result
    lo = float(np.min(arr, where=allowed, initial=np.inf))
    hi = float(np.max(arr, where=allowed, initial=-np.inf))
    big_m = n * (hi - lo) + 2.0
    # Only mentors with free places become columns; np.repeat builds the
    # slot expansion without a Python loop.
    slot_mentor = np.repeat(np.arange(m), caps)
    transpose = n > slot_mentor.size
    cost = _cost_matrix(arr, allowed, slot_mentor, lo, big_m, transpose)
    first, second = linear_sum_assignment(cost)
    del cost
    mentees, slots = (second, first) if transpose else (first, second)
    mentors = slot_mentor[slots]
    keep = allowed[mentees, mentors]
    for i, j in zip(mentees[keep].tolist(), mentors[keep].tolist(), strict=True):
        result[i] = j
    return result


def solve(scores: ArrayLike, capacities: Sequence[int], forbidden: Forbidden) -> Assignment:
    """Place as many mentees as possible, then maximise the total score.

    Returns, per mentee, the mentor index or ``None``. Scores may be
    negative; NaN or infinite scores raise ``ValueError``. ``forbidden`` is
    either a numpy bool array shaped like ``scores`` (True = forbidden) or a
    collection of ``(mentee, mentor)`` index pairs; both give the same
    assignment, and anything else (a mask of another shape or dtype, a pair
    out of range) raises ``ValueError`` rather than being misread.
    """
    arr, caps, allowed = _validate(scores, capacities, forbidden)
    return _solve_arrays(arr, caps, allowed)


def solve_with_locks(
    scores: ArrayLike,
    capacities: Sequence[int],
    forbidden: Forbidden,
    locked: Mapping[int, int],
) -> Assignment:
    """Keep HR's locked pairs and optimise everybody else around them.

    A lock is an explicit human decision, so it is honoured even when the
    pair is forbidden or the mentor is over capacity; it simply consumes one
    place of that mentor (never below zero). Locked mentees are removed from
    the optimisation so the rest still get a maximum-cardinality,
    maximum-score assignment of the remaining places.
    """
    arr, caps, allowed = _validate(scores, capacities, forbidden)
    n, m = arr.shape
    caps = caps.copy()
    for i, j in locked.items():
        if not (0 <= i < n):
            raise ValueError(f"locked mentee index {i} out of range")
        if not (0 <= j < m):
            raise ValueError(f"locked mentor index {j} out of range")
        caps[j] -= 1
    caps = np.maximum(caps, 0)
    if not locked:
        return _solve_arrays(arr, caps, allowed)
    free = np.array([i for i in range(n) if i not in locked], dtype=np.int64)
    result: Assignment = [None] * n
    for i, j in locked.items():
        result[i] = j
    if free.size:
        sub = _solve_arrays(arr, caps, allowed, rows=free)
        for k, j in enumerate(sub):
            result[int(free[k])] = j
    return result


def greedy(scores: ArrayLike, capacities: Sequence[int], forbidden: Forbidden) -> Assignment:
    """Highest-score-first baseline, kept only to show what the optimum buys.

    This is what a person would do by hand; the benchmark compares it with
    :func:`solve` on both placed count and total score.
    """
    arr, caps, allowed = _validate(scores, capacities, forbidden)
    n, m = arr.shape
    result: Assignment = [None] * n
    if n == 0 or m == 0:
        return result
    allowed = allowed & (caps > 0)[np.newaxis, :]
    flat = np.flatnonzero(allowed.ravel())
    order = flat[np.argsort(-arr.ravel()[flat], kind="stable")]
    left = caps.tolist()
    free_places = int(np.minimum(caps, n).sum())
    placed = 0
    limit = min(n, free_places)
    for pos in order.tolist():
        i, j = divmod(pos, m)
        if result[i] is None and left[j] > 0:
            result[i] = j
            left[j] -= 1
            placed += 1
            if placed >= limit:
                break
    return result


def total_score(scores: ArrayLike, assignment: Sequence[int | None]) -> float:
    """Sum of scores of placed pairs, so callers compare plans on one number."""
    arr = np.asarray(scores, dtype=np.float64)
    return float(sum(arr[i, j] for i, j in enumerate(assignment) if j is not None))
