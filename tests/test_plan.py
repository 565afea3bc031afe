"""Tests for the whole-cohort plan: proposals, alternatives, waiting list, cancel."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.matching import (  # noqa: E402
    WAIT_ALL_FULL,
    WAIT_CHAIN_OR_EXCLUDED,
    WAIT_NO_LANGUAGE,
    WAIT_NO_MENTORS,
    Cancelled,
    Candidate,
    MatchSettings,
    plan_matches,
    score_pair,
)

TODAY = date(2025, 6, 1)
EN = frozenset({"English"})


def person(
    pid: str,
    *,
    languages: frozenset[str] = EN,
    hired: date = date(2015, 1, 1),
    levels: dict[str, int] | None = None,
    targets: dict[str, int] | None = None,
    department: str = "Sales",
) -> Candidate:
    return Candidate(
        person_id=pid, name=pid.capitalize(), branch="Lyon", department=department, title="",
        languages=languages, hire_date=hired, levels=levels or {}, targets=targets or {},
        manager_id=None,
    )


def run(mentees, mentors, capacities, **kw):
    args = dict(
        settings=MatchSettings(), managers={}, excluded=set(), preferences={},
        mentor_preferences={}, locked={}, today=TODAY,
    )
    args.update(kw)
    return plan_matches(mentees, mentors, capacities, **args)


def test_best_pairs_proposed_with_alternatives() -> None:
    mentees = [person("e1", hired=date(2024, 1, 1), targets={"Excel": 4}),
               person("e2", hired=date(2024, 1, 1), targets={"Python": 4})]
    mentors = [person("excel", levels={"Excel": 5}), person("py", levels={"Python": 5}),
               person("m3"), person("m4"), person("m5")]
    plan = run(mentees, mentors, {m.person_id: 1 for m in mentors})
    got = {p.mentee_id: p.mentor_id for p in plan.proposals}
    assert got == {"e1": "excel", "e2": "py"}
    assert plan.waiting == []
    for p in plan.proposals:
        assert len(p.alternatives) == 3
        assert all(alt_id != p.mentor_id for alt_id, _ in p.alternatives)
        totals = [ps.total for _, ps in p.alternatives]
        assert totals == sorted(totals, reverse=True)
        assert p.score.total >= totals[0]
        assert p.score.reasons and p.score.total == pytest.approx(sum(r.points for r in p.score.reasons))
        assert not p.locked
    assert plan.total_score == pytest.approx(sum(p.score.total for p in plan.proposals))


def test_plan_scores_match_score_pair() -> None:
    e = person("e", hired=date(2024, 1, 1), targets={"Excel": 4})
    m = person("m", levels={"Excel": 3})
    plan = run([e], [m], {"m": 1}, preferences={"e": ["m"]}, mentor_preferences={"m": {"e"}})
    direct = score_pair(e, m, MatchSettings(), {}, mentee_prefers={"m"}, mentor_prefers={"e"}, today=TODAY)
    assert plan.proposals[0].score.total == pytest.approx(direct.total)
    assert any(r.label == "Mutual wish" for r in plan.proposals[0].score.reasons)


def test_capacity_and_waiting_all_full_sorted_longest_first() -> None:
    mentees = [person(f"e{i}") for i in range(4)]
    plan = run(
        mentees, [person("m")], {"m": 2},
        waiting_since={"e0": "2025-03-01", "e1": "2024-01-15", "e2": "2024-11-30", "e3": "2025-05-01"},
    )
    assert len(plan.proposals) == 2
    assert [p.mentor_id for p in plan.proposals] == ["m", "m"]
    assert len(plan.waiting) == 2
    assert all(w.reason.startswith(WAIT_ALL_FULL) for w in plan.waiting)
    sinces = [w.since for w in plan.waiting]
    assert sinces == sorted(sinces)


def test_waiting_zero_capacity_is_plain_full() -> None:
    plan = run([person("e")], [person("m")], {"m": 0}, waiting_since={"e": "2025-01-01"})
    assert plan.proposals == []
    assert plan.waiting[0].reason == WAIT_ALL_FULL
    assert plan.waiting[0].since == "2025-01-01"


def test_waiting_no_language() -> None:
    e = person("e", languages=frozenset({"Japanese"}))
    plan = run([e], [person("m1"), person("m2")], {"m1": 3, "m2": 3})
    assert plan.waiting[0].reason == WAIT_NO_LANGUAGE


def test_waiting_chain_or_excluded() -> None:
    managers = {"e": "boss", "boss": "ceo", "ceo": None}
    mentors = [person("boss"), person("ceo"), person("x")]
    plan = run([person("e")], mentors, {"boss": 1, "ceo": 1, "x": 1},
               managers=managers, excluded={("e", "x")})
    assert plan.waiting[0].reason == WAIT_CHAIN_OR_EXCLUDED


def test_waiting_mixed_rules_and_no_mentors() -> None:
    managers = {"e": "boss"}
    mentors = [person("boss"), person("de", languages=frozenset({"German"}))]
    plan = run([person("e")], mentors, {"boss": 1, "de": 1}, managers=managers)
    reason = plan.waiting[0].reason
    assert "1 share no language" in reason and "1 are in their management chain" in reason
    plan = run([person("e")], [], {})
    assert plan.waiting[0].reason == WAIT_NO_MENTORS


def test_three_level_chain_only_siblings_pair() -> None:
    managers = {"director": "ceo", "manager": "director", "employee": "manager", "sibling": "manager"}
    everyone = [person(p) for p in ("ceo", "director", "manager", "employee", "sibling")]
    plan = run(everyone, everyone, {p.person_id: 5 for p in everyone}, managers=managers,
               settings=MatchSettings(kind="peer"))
    chain = ["ceo", "director", "manager", "employee"]
    for p in plan.proposals:
        assert p.mentee_id != p.mentor_id
        if p.mentee_id in chain and p.mentor_id in chain:
            pytest.fail(f"{p.mentee_id} paired with {p.mentor_id} in their chain")
    got = {p.mentee_id: p.mentor_id for p in plan.proposals}
    assert got.get("employee") == "sibling"
    assert got.get("sibling") == "employee"
    # ceo, director and manager are all above 'sibling' and each other.
    assert {w.mentee_id for w in plan.waiting} == {"ceo", "director", "manager"}
    assert all(w.reason == WAIT_CHAIN_OR_EXCLUDED for w in plan.waiting)


def test_locked_pair_kept_even_if_worse() -> None:
    e1 = person("e1", hired=date(2024, 1, 1), targets={"Excel": 4})
    e2 = person("e2", hired=date(2024, 1, 1))
    good = person("good", levels={"Excel": 5})
    meh = person("meh")
    plan = run([e1, e2], [good, meh], {"good": 1, "meh": 1}, locked={"e2": "good"})
    got = {p.mentee_id: (p.mentor_id, p.locked) for p in plan.proposals}
    assert got["e2"] == ("good", True)
    assert got["e1"] == ("meh", False)


def test_lock_filling_mentor_gives_plain_full_reason() -> None:
    plan = run([person("e1"), person("e2")], [person("m")], {"m": 1}, locked={"e1": "m"})
    assert plan.waiting[0].mentee_id == "e2"
    assert plan.waiting[0].reason == WAIT_ALL_FULL


def test_unknown_lock_rejected() -> None:
    with pytest.raises(ValueError):
        run([person("e")], [person("m")], {"m": 1}, locked={"ghost": "m"})
    with pytest.raises(ValueError):
        run([person("e")], [person("m")], {"m": 1}, locked={"e": "ghost"})


def test_group_kind_fills_groups_up_to_size() -> None:
    mentees = [person(f"e{i}") for i in range(7)]
    mentors = [person("lead1"), person("lead2")]
    plan = run(mentees, mentors, {"lead1": 3, "lead2": 3}, settings=MatchSettings(kind="group"))
    groups = plan.groups()
    assert sorted(len(g) for g in groups.values()) == [3, 3]
    assert len(plan.waiting) == 1
    assert plan.waiting[0].reason.startswith("Every suitable group is full")


def test_progress_reported_per_row() -> None:
    calls: list[tuple[int, int]] = []
    run([person(f"e{i}") for i in range(4)], [person("m")], {"m": 4},
        progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_cancel_raises_midway() -> None:
    calls: list[int] = []

    def cancelled() -> bool:
        return len(calls) >= 2

    with pytest.raises(Cancelled):
        run([person(f"e{i}") for i in range(10)], [person("m")], {"m": 10},
            progress=lambda done, total: calls.append(done), cancelled=cancelled)
    assert calls == [1, 2]


def test_cancel_before_start() -> None:
    with pytest.raises(Cancelled):
        run([person("e")], [person("m")], {"m": 1}, cancelled=lambda: True)


def test_locked_pair_on_blocked_pair_is_kept_and_flagged() -> None:
    plan = run([person("e")], [person("boss"), person("x")], {"boss": 1, "x": 1},
               managers={"e": "boss"}, locked={"e": "boss"})
    (p,) = plan.proposals
    assert (p.mentor_id, p.locked) == ("boss", True)
    assert not p.score.allowed
    assert p.score.blocked == "Boss is E's manager."
    assert [alt for alt, _ in p.alternatives] == ["x"]
