"""The solver's forbidden pairs as a bool mask or as index pairs: same answers, clear refusals."""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.matching.solver import greedy, solve, solve_with_locks


@st.composite
def problems(draw):
    """Scores with many ties (small integers) so any drift between the two
    inputs would show up as a different tie-break, plus a random mask."""
    n = draw(st.integers(0, 9))
    m = draw(st.integers(0, 6))
    scores = np.array(
        draw(st.lists(st.integers(-3, 3), min_size=n * m, max_size=n * m)), dtype=np.float64
    ).reshape(n, m)
    caps = draw(st.lists(st.integers(0, 4), min_size=m, max_size=m))
    mask = np.array(draw(st.lists(st.booleans(), min_size=n * m, max_size=n * m)), dtype=bool).reshape(n, m)
    return scores, caps, mask


def as_pairs(mask: np.ndarray, form: str):
    rows, cols = np.nonzero(mask)
    pairs = list(zip(rows.tolist(), cols.tolist(), strict=True))
    if form == "set":
        return set(pairs)
    if form == "numpy ints":
        return [(np.int64(i), np.int32(j)) for i, j in pairs]
    if form == "lists":
        return [[i, j] for i, j in pairs]
    if form == "generator":
        return ((i, j) for i, j in pairs)
    return pairs


FORMS = st.sampled_from(["list", "set", "numpy ints", "lists", "generator"])


@settings(max_examples=200, deadline=None)
@given(problems(), FORMS)
def test_mask_and_pairs_give_identical_assignments(problem, form) -> None:
    scores, caps, mask = problem
    by_mask = solve(scores, caps, mask)
    assert by_mask == solve(scores, caps, as_pairs(mask, form))
    assert greedy(scores, caps, mask) == greedy(scores, caps, as_pairs(mask, form))
    for i, j in enumerate(by_mask):
        assert j is None or not mask[i, j]


@settings(max_examples=150, deadline=None)
@given(problems(), st.data())
def test_mask_and_pairs_identical_with_locks(problem, data) -> None:
    scores, caps, mask = problem
    n, m = scores.shape
    if n == 0 or m == 0:
        return
    locked_rows = data.draw(st.lists(st.integers(0, n - 1), unique=True, max_size=n))
    locked = {i: data.draw(st.integers(0, m - 1)) for i in locked_rows}
    by_mask = solve_with_locks(scores, caps, mask, locked)
    assert by_mask == solve_with_locks(scores, caps, as_pairs(mask, "list"), locked)
    for i, j in locked.items():
        assert by_mask[i] == j


def test_callers_mask_is_left_untouched() -> None:
    scores = np.array([[5.0, 1.0], [4.0, 2.0]])
    mask = np.array([[False, True], [False, False]])
    before = mask.copy()
    solve(scores, [1, 0], mask)
    solve_with_locks(scores, [1, 0], mask, {1: 0})
    np.testing.assert_array_equal(mask, before)


def test_mask_that_forbids_the_best_pair_changes_the_answer() -> None:
    scores = np.array([[9.0, 1.0], [1.0, 9.0]])
    assert solve(scores, [1, 1], np.zeros((2, 2), dtype=bool)) == [0, 1]
    assert solve(scores, [1, 1], np.array([[True, False], [False, False]])) == [1, 0]
    assert solve(scores, [1, 1], np.ones((2, 2), dtype=bool)) == [None, None]


def test_wide_and_tall_problems_agree_with_pairs() -> None:
    """Both orientations of the slot matrix (more places than mentees and fewer)."""
    rng = np.random.default_rng(5)
    for n, m, cap in ((40, 10, 6), (40, 10, 2), (10, 30, 1)):
        scores = rng.integers(0, 5, size=(n, m)).astype(float)
        mask = rng.random((n, m)) < 0.3
        caps = [cap] * m
        got = solve(scores, caps, mask)
        assert got == solve(scores, caps, as_pairs(mask, "set"))
        placed = [j for j in got if j is not None]
        assert all(placed.count(j) <= cap for j in set(placed))
        assert len(placed) >= 1


BAD = [
    ("a mask of the wrong shape", np.zeros((3, 2), dtype=bool), "shape"),
    ("a mask missing a column", np.zeros((2, 2), dtype=bool), "shape"),
    ("a flat mask", np.zeros(6, dtype=bool), "shape"),
    ("an int 0/1 mask", np.zeros((2, 3), dtype=np.int64), "dtype bool"),
    ("a float mask", np.zeros((2, 3)), "dtype bool"),
    ("an int array of pairs", np.array([[0, 1]]), "dtype bool"),
    ("a mentee out of range", [(2, 0)], "mentee 2"),
    ("a negative mentee", [(-1, 0)], "mentee -1"),
    ("a mentor out of range", {(0, 3)}, "mentor 3"),
    ("a negative mentor", [(0, -1)], "mentor -1"),
    ("a pair of three", [(0, 1, 2)], "(mentee, mentor) pair"),
    ("a bare integer", [5], "(mentee, mentor) pair"),
    ("a float index", [(0.0, 1)], "integer mentee index"),
    ("a text index", [("0", 1)], "integer mentee index"),
    ("a bool index", [(True, 1)], "bool"),
    ("a mask as nested lists", [[False, True, False], [False, False, False]], "(mentee, mentor) pair"),
    ("a string", "01", "not str"),
    ("a number", 3, "not int"),
]


@pytest.mark.parametrize("label,forbidden,words", BAD, ids=[b[0] for b in BAD])
def test_unreadable_forbidden_raises_a_sentence(label, forbidden, words) -> None:
    scores = np.ones((2, 3))
    for call in (lambda f: solve(scores, [1, 1, 1], f), lambda f: greedy(scores, [1, 1, 1], f),
                 lambda f: solve_with_locks(scores, [1, 1, 1], f, {0: 0})):
        with pytest.raises(ValueError, match="forbidden|mask") as caught:
            call(forbidden)
        assert words in str(caught.value)


def test_nested_list_mask_of_two_columns_is_not_read_as_pairs() -> None:
    """With two mentors a row of a list-of-lists mask looks like a pair; its bools give it away."""
    with pytest.raises(ValueError, match="bool"):
        solve(np.ones((2, 2)), [1, 1], [[True, False], [False, False]])


def test_empty_forbidden_forms_are_all_no_rules() -> None:
    scores = np.array([[1.0, 2.0], [3.0, 1.0]])
    expected = solve(scores, [1, 1], set())
    assert expected == [1, 0]
    for empty in ([], (), None, np.zeros((2, 2), dtype=bool), iter(())):
        assert solve(scores, [1, 1], empty) == expected
