"""Tests for the exact capacitated solver: feasibility, cardinality, optimality."""

from __future__ import annotations

import itertools
import math
import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.matching.solver import greedy, solve, solve_with_locks, total_score  # noqa: E402


def brute_force(
    scores: list[list[float]], caps: list[int], forbidden: set[tuple[int, int]]
) -> tuple[int, float]:
    """Best (count, total) over every feasible assignment, by enumeration."""
    n = len(scores)
    m = len(caps)
    best = (0, 0.0)
    for choice in itertools.product([None, *range(m)], repeat=n):
        used = [0] * m
        ok = True
        for i, j in enumerate(choice):
            if j is None:
                continue
            if (i, j) in forbidden:
                ok = False
                break
            used[j] += 1
            if used[j] > caps[j]:
                ok = False
                break
        if not ok:
            continue
        count = sum(j is not None for j in choice)
        total = sum(scores[i][j] for i, j in enumerate(choice) if j is not None)
        if count > best[0] or (count == best[0] and total > best[1] + 1e-9):
            best = (count, total)
    return best


def check_feasible(
    result: list[int | None], caps: list[int], forbidden: set[tuple[int, int]], n: int
) -> None:
    assert len(result) == n
    used = [0] * len(caps)
    for i, j in enumerate(result):
        if j is None:
            continue
        assert (i, j) not in forbidden
        used[j] += 1
    for j, c in enumerate(caps):
        assert used[j] <= c, f"mentor {j} over capacity"


@st.composite
def instances(draw: st.DrawFn, max_n: int = 5, max_m: int = 3):
    n = draw(st.integers(0, max_n))
    m = draw(st.integers(0, max_m))
    scores = [
        [draw(st.floats(-50, 100, allow_nan=False, allow_infinity=False)) for _ in range(m)]
        for _ in range(n)
    ]
    caps = [draw(st.integers(0, 3)) for _ in range(m)]
    pairs = [(i, j) for i in range(n) for j in range(m)]
    forbidden = set(draw(st.lists(st.sampled_from(pairs), unique=True))) if pairs else set()
    return scores, caps, forbidden


@settings(max_examples=300, deadline=None)
@given(instances())
def test_solve_matches_brute_force(inst) -> None:
    scores, caps, forbidden = inst
    n = len(scores)
    result = solve(np.asarray(scores, dtype=float).reshape(n, len(caps)), caps, forbidden)
    check_feasible(result, caps, forbidden, n)
    count = sum(j is not None for j in result)
    total = sum(scores[i][j] for i, j in enumerate(result) if j is not None)
    best_count, best_total = brute_force(scores, caps, forbidden)
    assert count == best_count
    assert total == pytest.approx(best_total, abs=1e-6)


@settings(max_examples=100, deadline=None)
@given(instances(max_n=8, max_m=4))
def test_greedy_is_feasible_and_never_beats_solve(inst) -> None:
    scores, caps, forbidden = inst
    n = len(scores)
    arr = np.asarray(scores, dtype=float).reshape(n, len(caps))
    g = greedy(arr, caps, forbidden)
    s = solve(arr, caps, forbidden)
    check_feasible(g, caps, forbidden, n)
    gc, sc = sum(j is not None for j in g), sum(j is not None for j in s)
    assert gc <= sc
    if gc == sc:
        assert total_score(arr, g) <= total_score(arr, s) + 1e-6


def test_cardinality_beats_score() -> None:
    # Mentee 0 loves mentor 0 (score 100) but mentee 1 can only use mentor 0.
    # The optimum must place both, even though 0->0 alone scores more.
    scores = [[100.0, 1.0], [50.0, 0.0]]
    result = solve(scores, [1, 1], {(1, 1)})
    assert result == [1, 0]


def test_negative_scores_still_assigned() -> None:
    scores = [[-10.0, -1.0], [-5.0, -20.0]]
    assert solve(scores, [1, 1], set()) == [1, 0]


def test_zero_capacity_and_all_forbidden() -> None:
    assert solve([[5.0, 3.0]], [0, 0], set()) == [None]
    assert solve([[5.0, 3.0], [1.0, 1.0]], [2, 2], {(0, 0), (0, 1), (1, 0), (1, 1)}) == [None, None]
    assert solve([[5.0, 3.0]], [0, 1], set()) == [1]


def test_empty_inputs() -> None:
    assert solve([], [], set()) == []
    assert solve([], [2, 3], set()) == []
    assert solve([[], []], [], set()) == [None, None]
    assert solve(np.zeros((3, 0)), [], set()) == [None, None, None]


def test_nan_rejected() -> None:
    with pytest.raises(ValueError, match="NaN"):
        solve([[1.0, math.nan]], [1, 1], set())


def test_bad_shape_and_negative_capacity_rejected() -> None:
    with pytest.raises(ValueError):
        solve([[1.0, 2.0]], [1], set())
    with pytest.raises(ValueError):
        solve([[1.0]], [-1], set())


def test_capacity_respected_when_everyone_prefers_one_mentor() -> None:
    scores = [[10.0, 1.0, 0.0] for _ in range(6)]
    result = solve(scores, [2, 3, 0], set())
    assert result.count(0) == 2
    assert result.count(1) == 3
    assert result.count(None) == 1
    assert 2 not in result


def test_large_capacity_capped_to_mentee_count() -> None:
    result = solve([[1.0], [2.0]], [10_000_000], set())
    assert result == [0, 0]


def test_locks_are_kept_and_consume_capacity() -> None:
    scores = [[10.0, 0.0], [9.0, 0.0], [8.0, 0.0]]
    # Without locks, mentee 0 gets mentor 0 (cap 1). Locking mentee 2 there
    # must push mentee 0 to mentor 1.
    assert solve(scores, [1, 1], set())[0] == 0
    result = solve_with_locks(scores, [1, 1], set(), {2: 0})
    assert result[2] == 0
    assert result.count(0) == 1
    assert result[0] == 1 or result[1] == 1
    assert result.count(None) == 1


def test_lock_on_forbidden_pair_is_honoured() -> None:
    result = solve_with_locks([[1.0, 2.0], [3.0, 4.0]], [1, 1], {(0, 1)}, {0: 1})
    assert result == [1, 0]


def test_lock_out_of_range_rejected() -> None:
    with pytest.raises(ValueError):
        solve_with_locks([[1.0]], [1], set(), {3: 0})
    with pytest.raises(ValueError):
        solve_with_locks([[1.0]], [1], set(), {0: 5})


@settings(max_examples=150, deadline=None)
@given(instances(), st.data())
def test_solve_with_locks_optimal_on_rest(inst, data) -> None:
    scores, caps, forbidden = inst
    n, m = len(scores), len(caps)
    if n == 0 or m == 0:
        return
    lock_count = data.draw(st.integers(0, n))
    mentees = data.draw(st.permutations(range(n)))[:lock_count]
    locked = {i: data.draw(st.integers(0, m - 1)) for i in mentees}
    result = solve_with_locks(scores, caps, forbidden, locked)
    for i, j in locked.items():
        assert result[i] == j
    # The rest must be the brute-force optimum of the reduced problem.
    rest = [i for i in range(n) if i not in locked]
    left = list(caps)
    for j in locked.values():
        left[j] = max(0, left[j] - 1)
    sub_scores = [scores[i] for i in rest]
    sub_forbidden = {(k, j) for k, i in enumerate(rest) for j in range(m) if (i, j) in forbidden}
    best_count, best_total = brute_force(sub_scores, left, sub_forbidden)
    got = [(i, result[i]) for i in rest if result[i] is not None]
    assert len(got) == best_count
    assert sum(scores[i][j] for i, j in got) == pytest.approx(best_total, abs=1e-6)
    for i, j in got:
        assert (i, j) not in forbidden


def test_medium_random_instance_feasible_and_full() -> None:
    rng = np.random.default_rng(7)
    n, m = 300, 90
    scores = rng.normal(size=(n, m)) * 30
    forb = {(int(i), int(j)) for i, j in zip(*np.nonzero(rng.random((n, m)) < 0.05), strict=True)}
    caps = rng.integers(0, 5, size=m).tolist()
    result = solve(scores, caps, forb)
    check_feasible(result, caps, forb, n)
    # With 95 % of pairs allowed, every place should be usable.
    assert sum(j is not None for j in result) == min(n, sum(caps))
    g = greedy(scores, caps, forb)
    assert total_score(scores, result) >= total_score(scores, g) - 1e-6
