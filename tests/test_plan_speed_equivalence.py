"""Issue 15's faster plan must stay the same plan: optimal, rule-abiding, bit-identical scores.

Each fast piece is checked against a plain reference written independently here:
the whole plan against an LP (scipy's HiGHS, not the assignment code the plan uses) on
seeded cohorts, the cohort scorer against ``score_pair`` pair by pair with exact float
equality, the solver's tiled cost matrix against the plain whole-matrix formula, and the
partial-sort alternatives against a stable sort of every row (ties included).
"""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from scipy.optimize import LinearConstraint, milp

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_matching import realistic_cohort  # noqa: E402

from mentordesk.matching import MatchSettings, fast, plan_matches, score_pair, solver  # noqa: E402
from mentordesk.matching.next_best import next_best  # noqa: E402

TODAY = date(2025, 6, 1)


def _lp_optimum(scores: np.ndarray, allowed: np.ndarray, caps: list[int]) -> tuple[int, float]:
    """Most mentees placed, then the best total, by an integer program over the allowed pairs."""
    rows, cols = np.nonzero(allowed)
    if rows.size == 0:
        return 0, 0.0
    n, m = scores.shape
    values = scores[rows, cols]
    big = n * (values.max() - values.min() + 1.0) + 1.0
    per_mentee = np.zeros((n, rows.size))
    per_mentee[rows, np.arange(rows.size)] = 1.0
    per_mentor = np.zeros((m, rows.size))
    per_mentor[cols, np.arange(rows.size)] = 1.0
    res = milp(-(big + values - values.min()), integrality=np.ones(rows.size), bounds=(0, 1),
               constraints=[LinearConstraint(per_mentee, 0, 1), LinearConstraint(per_mentor, 0, caps)])
    assert res.success, res.message
    chosen = res.x > 0.5
    return int(chosen.sum()), float(values[chosen].sum())


def _settings(rng: np.random.Generator) -> MatchSettings:
    kind = str(rng.choice(["one_to_one", "group", "reverse", "peer"]))
    weights = {key: float(rng.choice([0.0, 3.0, 10.0, 25.0])) for key in
               ("gaps", "mutual", "seniority", "branch", "department", "language")}
    weights["gaps"] = weights["gaps"] or 7.0  # at least one part in play
    return MatchSettings(kind=kind, branch_preference=str(rng.choice(["same", "different", "none"])),
                         prefer_cross_department=bool(rng.random() < 0.5), weights=weights)


@pytest.mark.parametrize("seed", range(8))
def test_plan_is_optimal_against_an_lp(seed: int) -> None:
    """Placed count and total equal an independent optimum; no blocked pair; capacities kept."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(8, 40)), int(rng.integers(2, 14))
    mentees, mentors, managers = realistic_cohort(rng, n, m)
    caps = {o.person_id: int(rng.integers(0, 4)) for o in mentors}
    settings = _settings(rng) if seed % 2 else MatchSettings()
    excluded = {(mentees[int(rng.integers(n))].person_id, mentors[int(rng.integers(m))].person_id)
                for _ in range(5)}
    plan = plan_matches(mentees, mentors, caps, settings, managers, excluded, {}, {}, {}, today=TODAY)
    scores, rules = fast.score_matrix(mentees, mentors, settings, managers, excluded, today=TODAY)
    placed, total = _lp_optimum(scores, rules == fast.ALLOWED, [caps[o.person_id] for o in mentors])
    assert len(plan.proposals) == placed
    assert plan.total_score == pytest.approx(total, abs=1e-6)
    col = {o.person_id: j for j, o in enumerate(mentors)}
    row = {e.person_id: i for i, e in enumerate(mentees)}
    for p in plan.proposals:
        assert rules[row[p.mentee_id], col[p.mentor_id]] == fast.ALLOWED
        assert (p.mentee_id, p.mentor_id) not in excluded
    for mentor_id, group in plan.groups().items():
        assert len(group) <= caps[mentor_id]
    assert {p.mentee_id for p in plan.proposals} | {w.mentee_id for w in plan.waiting} == set(row)


@pytest.mark.parametrize("seed", range(4))
def test_plan_with_locks_is_optimal_for_the_rest(seed: int) -> None:
    """Locked pairs kept and counted against capacity; the others an LP optimum of what is left.
    More mentees than places and the reverse (the solver's two orientations) both occur."""
    rng = np.random.default_rng(50 + seed)
    n, m = (30, 6) if seed % 2 else (12, 10)
    mentees, mentors, managers = realistic_cohort(rng, n, m)
    caps = {o.person_id: int(rng.integers(1, 4)) for o in mentors}
    locked = {mentees[i].person_id: mentors[int(rng.integers(m))].person_id for i in range(0, n, 5)}
    plan = plan_matches(mentees, mentors, caps, MatchSettings(), managers, set(), {}, {}, locked, today=TODAY)
    pairs = {p.mentee_id: p.mentor_id for p in plan.proposals}
    assert {e: pairs.get(e) for e in locked} == locked
    assert {p.mentee_id for p in plan.proposals if p.locked} == set(locked)
    scores, rules = fast.score_matrix(mentees, mentors, MatchSettings(), managers, today=TODAY)
    free = [i for i, e in enumerate(mentees) if e.person_id not in locked]
    left = [max(0, caps[o.person_id] - list(locked.values()).count(o.person_id)) for o in mentors]
    placed, total = _lp_optimum(scores[free], rules[free] == fast.ALLOWED, left)
    unlocked = [p for p in plan.proposals if not p.locked]
    assert len(unlocked) == placed
    assert sum(p.score.total for p in unlocked) == pytest.approx(total, abs=1e-6)
    for o in mentors:
        assert sum(1 for p in unlocked if p.mentor_id == o.person_id) <= left[mentors.index(o)]


@pytest.mark.parametrize("seed", range(4))
def test_cohort_scores_are_bit_identical_to_score_pair(seed: int) -> None:
    """Exact equality, not a tolerance: the solver breaks ties on these very bits."""
    rng = np.random.default_rng(100 + seed)
    mentees, mentors, managers = realistic_cohort(rng, 25, 12)
    settings = _settings(rng)
    scores, rules = fast.score_matrix(mentees, mentors, settings, managers, today=TODAY)
    merged = {**managers, **{p.person_id: p.manager_id for p in (*mentees, *mentors) if p.manager_id}}
    for i, mentee in enumerate(mentees):
        for j, mentor in enumerate(mentors):
            ps = score_pair(mentee, mentor, settings, merged, set(), (), (), TODAY)
            assert (rules[i, j] == fast.ALLOWED) == ps.allowed
            if ps.allowed:
                assert float(scores[i, j]) == ps.total, (i, j)


@pytest.mark.parametrize("chunk", [1, 7, 64, fast.CHUNK_CELLS])
def test_scores_do_not_depend_on_the_chunk_size(monkeypatch, chunk: int) -> None:
    """Chunks smaller than a row, a few rows or whole blocks: the same bits, written in place."""
    rng = np.random.default_rng(7)
    mentees, mentors, managers = realistic_cohort(rng, 60, 23)
    expected = fast.score_matrix(mentees, mentors, MatchSettings(), managers, today=TODAY)
    monkeypatch.setattr(fast, "CHUNK_CELLS", chunk)
    got = fast.score_matrix(mentees, mentors, MatchSettings(), managers, today=TODAY)
    assert got[0].tobytes() == expected[0].tobytes()
    assert np.array_equal(got[1], expected[1])


def _plain_cost(arr: np.ndarray, allowed: np.ndarray, slot_mentor: np.ndarray, lo: float, big_m: float,
                transpose: bool) -> np.ndarray:
    weights = np.where(allowed, arr - lo + big_m, 0.0)[:, slot_mentor]
    return -(weights.T if transpose else weights)


@pytest.mark.parametrize(("n", "m", "tile"), [(50, 7, 3), (7, 50, 3), (40, 40, 64), (1, 1, 1), (300, 90, 32)])
def test_tiled_cost_matrix_equals_the_plain_formula(monkeypatch, n: int, m: int, tile: int) -> None:
    rng = np.random.default_rng(n * m)
    monkeypatch.setattr(solver, "TILE_MENTORS", tile)
    monkeypatch.setattr(solver, "TILE_CELLS", tile * 5)
    arr = rng.normal(size=(n, m)) * 40
    allowed = rng.random((n, m)) < 0.6
    slot_mentor = np.repeat(np.arange(m), rng.integers(0, 4, m))
    for transpose in (False, True):
        got = solver._cost_matrix(arr, allowed, slot_mentor, -3.5, 1e4, transpose)
        assert got.flags.c_contiguous
        assert got.tobytes() == np.ascontiguousarray(_plain_cost(arr, allowed, slot_mentor, -3.5, 1e4,
                                                                 transpose)).tobytes()


def _plain_alternatives(scores, allowed, assignment, count) -> dict[int, list[int]]:
    out = {}
    for i, j in enumerate(assignment):
        if j is not None:
            others = [k for k in range(scores.shape[1]) if allowed[i, k] and k != j]
            out[i] = sorted(others, key=lambda k: (-scores[i, k], k))[:count]
    return out


@pytest.mark.parametrize("seed", range(30))
def test_next_best_equals_a_full_stable_sort(seed: int) -> None:
    """Heavy ties (few distinct scores), rows with fewer allowed mentors than asked, tiny blocks."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 25)), int(rng.integers(1, 12))
    scores = rng.integers(-2, 3, (n, m)) * float(rng.choice([1.0, 0.1, 7.25]))
    allowed = rng.random((n, m)) < rng.random()
    assignment = [int(rng.integers(0, m)) if rng.random() < 0.8 else None for _ in range(n)]
    for count in (1, 3, 20):
        expected = _plain_alternatives(scores, allowed, assignment, count)
        for block in (1, 5, 10**6):
            assert next_best(scores, allowed, assignment, count, block) == expected
