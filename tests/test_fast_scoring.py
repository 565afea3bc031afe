"""The vectorised cohort scorer must agree with ``score_pair`` on every pair.

``plan_matches`` hands the solver the numbers from ``fast.py`` and shows HR
the sentences from ``score_pair``; if the two ever disagreed, a plan could be
justified by scores it was not computed from. Random cohorts exercise every
part of the score (gaps, wishes, seniority per program kind, branch
preference, departments, languages, custom weights) and every hard rule.
"""

from __future__ import annotations

import math
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.matching import (  # noqa: E402
    DEFAULT_WEIGHTS,
    KINDS,
    Cancelled,
    Candidate,
    MatchSettings,
    PairScore,
    plan_matches,
    score_pair,
)
from mentordesk.matching.fast import RULES, score_matrix  # noqa: E402
from mentordesk.matching.scoring import BRANCH_PREFERENCES  # noqa: E402
from mentordesk.matching.solver import solve_with_locks  # noqa: E402

TODAY = date(2025, 6, 1)
LANGUAGES = ("English", "French", "German")
COMPETENCIES = ("Coaching", "Excel", "Negotiation", "Python", "SQL")
TOL = 1e-9


@dataclass
class Cohort:
    mentees: list[Candidate]
    mentors: list[Candidate]
    managers: dict[str, str | None]
    excluded: set[tuple[str, str]]
    preferences: dict[str, list[str]]
    mentor_preferences: dict[str, set[str]]
    settings: MatchSettings
    capacities: dict[str, int]
    locked: dict[str, str]

    def merged_managers(self) -> dict[str, str | None]:
        """The map a plan uses: the company map, completed from every
        candidate's own ``manager_id`` (score_pair alone only looks at the
        two people of the pair)."""
        merged = dict(self.managers)
        for person in (*self.mentees, *self.mentors):
            if person.person_id not in self.managers and person.manager_id:
                merged[person.person_id] = person.manager_id
        return merged


@st.composite
def cohorts(draw: st.DrawFn) -> Cohort:
    n_people = draw(st.integers(1, 12))
    ids = [f"p{k}" for k in range(n_people)]
    # A forest: everybody's manager is an earlier person or somebody outside
    # the cohort ("boss*"), who may have a manager of their own.
    outsiders = ["boss0", "boss1"]
    managers: dict[str, str | None] = {"boss1": draw(st.sampled_from([None, "boss0"]))}
    people: list[Candidate] = []
    for k, pid in enumerate(ids):
        manager = draw(st.sampled_from([None, *outsiders, *ids[:k]]))
        # Some links live in the company map, some only on the candidate.
        in_map = draw(st.booleans())
        if in_map:
            managers[pid] = manager
        levels = draw(st.dictionaries(st.sampled_from(COMPETENCIES), st.integers(0, 5), max_size=4))
        targets = draw(st.dictionaries(st.sampled_from(COMPETENCIES), st.integers(0, 5), max_size=4))
        people.append(
            Candidate(
                person_id=pid,
                name=pid.upper(),
                branch=draw(st.sampled_from(["", "Lyon", "Nantes"])),
                department=draw(st.sampled_from(["", "Sales", "IT"])),
                languages=frozenset(draw(st.sets(st.sampled_from(LANGUAGES), max_size=2))),
                hire_date=draw(st.none() | st.dates(date(1990, 1, 1), TODAY)),
                levels=levels,
                targets=targets,
                manager_id=None if in_map else manager,
            )
        )
    mentees = draw(st.lists(st.sampled_from(people), unique_by=lambda c: c.person_id, max_size=n_people))
    mentors = draw(st.lists(st.sampled_from(people), unique_by=lambda c: c.person_id, max_size=n_people))
    e_ids = [c.person_id for c in mentees]
    o_ids = [c.person_id for c in mentors]
    pair = st.tuples(st.sampled_from(ids), st.sampled_from(ids))
    excluded = draw(st.sets(pair, max_size=6))
    preferences: dict[str, list[str]] = {}
    mentor_preferences: dict[str, set[str]] = {}
    if o_ids:
        preferences = draw(st.dictionaries(st.sampled_from(ids), st.lists(st.sampled_from(ids), max_size=3)))
        mentor_preferences = draw(st.dictionaries(st.sampled_from(ids), st.sets(st.sampled_from(ids), max_size=3)))
    weight = st.integers(0, 50) | st.floats(0, 100, allow_nan=False, allow_infinity=False)
    weights = draw(st.dictionaries(st.sampled_from(sorted(DEFAULT_WEIGHTS)), weight))
    match_settings = MatchSettings(
        kind=draw(st.sampled_from(KINDS)),
        branch_preference=draw(st.sampled_from(BRANCH_PREFERENCES)),
        prefer_cross_department=draw(st.booleans()),
        weights=weights,
    )
    capacities = {oid: draw(st.integers(0, 3)) for oid in o_ids}
    locked: dict[str, str] = {}
    if o_ids:
        for eid in draw(st.lists(st.sampled_from(e_ids), unique=True, max_size=2)) if e_ids else []:
            locked[eid] = draw(st.sampled_from(o_ids))
    return Cohort(mentees, mentors, managers, excluded, preferences, mentor_preferences,
                  match_settings, capacities, locked)


def reference_table(c: Cohort) -> list[list[PairScore]]:
    """What plan_matches used to do: score_pair for every pair."""
    merged = c.merged_managers()
    return [
        [
            score_pair(e, o, c.settings, merged, c.excluded, c.preferences.get(e.person_id, ()),
                       c.mentor_preferences.get(o.person_id, ()), TODAY)
            for o in c.mentors
        ]
        for e in c.mentees
    ]


def close(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=TOL, abs_tol=TOL)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cohorts())
def test_fast_matrix_equals_score_pair(c: Cohort) -> None:
    totals, rules = score_matrix(c.mentees, c.mentors, c.settings, c.managers, c.excluded,
                                 c.preferences, c.mentor_preferences, TODAY)
    assert totals.shape == rules.shape == (len(c.mentees), len(c.mentors))
    for i, row in enumerate(reference_table(c)):
        for j, ps in enumerate(row):
            assert (rules[i, j] == 0) == ps.allowed, (i, j, ps)
            assert RULES[rules[i, j]] == ps.rule, (i, j, ps)
            assert close(float(totals[i, j]), ps.total), (i, j, float(totals[i, j]), ps.total)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(cohorts())
def test_plan_equals_reference_plan(c: Cohort) -> None:
    plan = plan_matches(c.mentees, c.mentors, c.capacities, c.settings, c.managers, c.excluded,
                        c.preferences, c.mentor_preferences, c.locked, today=TODAY)
    table = reference_table(c)
    n, m = len(c.mentees), len(c.mentors)
    scores = np.zeros((n, m))
    forbidden = set()
    for i, row in enumerate(table):
        for j, ps in enumerate(row):
            if ps.allowed:
                scores[i, j] = ps.total
            else:
                forbidden.add((i, j))
    index = {o.person_id: j for j, o in enumerate(c.mentors)}
    e_index = {e.person_id: i for i, e in enumerate(c.mentees)}
    locks = {e_index[e]: index[o] for e, o in c.locked.items()}
    reference = solve_with_locks(scores, [c.capacities.get(o.person_id, 0) for o in c.mentors],
                                 forbidden, locks)
    ref_total = sum(table[i][j].total for i, j in enumerate(reference) if j is not None)
    assert close(plan.total_score, ref_total)
    assert len(plan.proposals) == sum(j is not None for j in reference)
    assert len(plan.proposals) + len(plan.waiting) == n
    # The totals are bit-identical by construction, so ties break the same
    # way and the plan is the very one the per-pair scoring gave.
    assert {p.mentee_id: p.mentor_id for p in plan.proposals} == {
        c.mentees[i].person_id: c.mentors[j].person_id for i, j in enumerate(reference) if j is not None
    }
    for p in plan.proposals:
        i, j = e_index[p.mentee_id], index[p.mentor_id]
        assert p.score == table[i][j]
        assert p.locked == (p.mentee_id in c.locked)
        others = sorted((k for k in range(m) if k != j and table[i][k].allowed),
                        key=lambda k: (-table[i][k].total, k))[:3]
        assert p.alternatives == [(c.mentors[k].person_id, table[i][k]) for k in others]


def _simple(pid: str) -> Candidate:
    return Candidate(person_id=pid, name=pid, branch="Lyon", department="Sales",
                     languages=frozenset({"English"}), hire_date=date(2015, 1, 1))


def test_progress_per_block_on_a_large_cohort() -> None:
    mentees = [_simple(f"e{i}") for i in range(1000)]
    mentors = [_simple(f"m{j}") for j in range(3)]
    calls: list[tuple[int, int]] = []
    plan_matches(mentees, mentors, {"m0": 1}, MatchSettings(), {}, set(), {}, {}, {},
                 progress=lambda d, t: calls.append((d, t)), today=TODAY)
    assert 50 <= len(calls) <= 100
    assert calls[-1] == (1000, 1000)
    done = [d for d, _ in calls]
    assert done == sorted(done) and len(set(done)) == len(done)


def test_cancel_checked_between_blocks() -> None:
    mentees = [_simple(f"e{i}") for i in range(1000)]
    calls: list[int] = []
    with pytest.raises(Cancelled):
        plan_matches(mentees, [_simple("m")], {"m": 1}, MatchSettings(), {}, set(), {}, {}, {},
                     progress=lambda d, t: calls.append(d), cancelled=lambda: len(calls) >= 3,
                     today=TODAY)
    assert len(calls) == 3 and calls[-1] < 1000
