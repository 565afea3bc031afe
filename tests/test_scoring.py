"""Tests for explainable pair scoring and the hard rules."""

from __future__ import annotations

import itertools
import sys
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mentordesk.matching.scoring import (  # noqa: E402
    Candidate,
    MatchSettings,
    is_above,
    management_chain,
    score_pair,
)

TODAY = date(2025, 6, 1)
EN = frozenset({"English"})


def person(
    pid: str,
    *,
    branch: str = "Lyon",
    department: str = "Sales",
    languages: frozenset[str] = EN,
    hired: date | None = date(2015, 1, 1),
    levels: dict[str, int] | None = None,
    targets: dict[str, int] | None = None,
    manager: str | None = None,
) -> Candidate:
    return Candidate(
        person_id=pid,
        name=pid.capitalize(),
        branch=branch,
        department=department,
        title="",
        languages=languages,
        hire_date=hired,
        levels=levels or {},
        targets=targets or {},
        manager_id=manager,
    )


# CEO -> director -> manager -> employee, plus a sibling employee and a
# second branch of the tree (director2 -> manager2).
MANAGERS: dict[str, str | None] = {
    "ceo": None,
    "director": "ceo",
    "manager": "director",
    "employee": "manager",
    "sibling": "manager",
    "director2": "ceo",
    "manager2": "director2",
}
CHAIN = ["ceo", "director", "manager", "employee"]


def test_management_chain_upward_order() -> None:
    assert management_chain("employee", MANAGERS) == ["manager", "director", "ceo"]
    assert management_chain("ceo", MANAGERS) == []
    assert management_chain("stranger", MANAGERS) == []


def test_management_chain_cycle_safe() -> None:
    cyclic = {"a": "b", "b": "c", "c": "a"}
    assert management_chain("a", cyclic) == ["b", "c"]
    assert management_chain("x", {"x": "x"}) == []


def test_is_above() -> None:
    assert is_above("ceo", "employee", MANAGERS)
    assert is_above("manager", "employee", MANAGERS)
    assert not is_above("employee", "manager", MANAGERS)
    assert not is_above("sibling", "employee", MANAGERS)
    assert not is_above("director2", "employee", MANAGERS)


@pytest.mark.parametrize("a,b", list(itertools.permutations(CHAIN, 2)))
def test_no_pairing_along_the_chain_either_direction(a: str, b: str) -> None:
    ps = score_pair(person(a), person(b), MatchSettings(), MANAGERS, today=TODAY)
    assert not ps.allowed
    assert ps.total == 0
    assert ps.blocked and "manag" in ps.blocked
    assert ps.rule in {"mentor_above", "mentee_above"}


def test_direct_manager_message_names_the_manager() -> None:
    ps = score_pair(person("employee"), person("manager"), MatchSettings(), MANAGERS, today=TODAY)
    assert ps.blocked == "Manager is Employee's manager."
    ps = score_pair(person("manager"), person("employee"), MatchSettings(), MANAGERS, today=TODAY)
    assert ps.blocked == "Manager is Employee's manager."
    assert ps.rule == "mentee_above"


@pytest.mark.parametrize(
    "a,b",
    [("employee", "sibling"), ("sibling", "employee"), ("employee", "manager2"),
     ("manager", "director2"), ("manager2", "employee")],
)
def test_siblings_and_other_branches_allowed(a: str, b: str) -> None:
    ps = score_pair(person(a), person(b), MatchSettings(), MANAGERS, today=TODAY)
    assert ps.allowed, ps.blocked
    assert ps.blocked is None


def test_manager_id_fallback_when_map_is_empty() -> None:
    emp = person("employee", manager="boss")
    boss = person("boss")
    ps = score_pair(emp, boss, MatchSettings(), {}, today=TODAY)
    assert not ps.allowed


def test_same_person_blocked() -> None:
    p = person("employee")
    ps = score_pair(p, p, MatchSettings(), MANAGERS, today=TODAY)
    assert not ps.allowed
    assert ps.rule == "same_person"


def test_no_shared_language_blocked() -> None:
    ps = score_pair(
        person("a", languages=frozenset({"German"})),
        person("b", languages=frozenset({"French", "Spanish"})),
        MatchSettings(), {}, today=TODAY,
    )
    assert not ps.allowed
    assert ps.rule == "language"
    assert "share no language" in (ps.blocked or "")


def test_excluded_pair_blocked_only_in_that_direction() -> None:
    a, b = person("a"), person("b")
    ps = score_pair(a, b, MatchSettings(), {}, excluded={("a", "b")}, today=TODAY)
    assert not ps.allowed
    assert ps.rule == "excluded"
    assert score_pair(b, a, MatchSettings(), {}, excluded={("a", "b")}, today=TODAY).allowed


def _points(ps, key: str) -> float:
    return next(r.points for r in ps.reasons if r.key == key)


def test_gap_coverage_full_partial_none() -> None:
    mentee = person("e", levels={"Negotiation": 1, "Excel": 1}, targets={"Negotiation": 4, "Excel": 3})
    strong = person("s", hired=date(2015, 1, 1), levels={"Negotiation": 5, "Excel": 3})
    partial = person("p", hired=date(2015, 1, 1), levels={"Negotiation": 3, "Excel": 1})
    weak = person("w", hired=date(2015, 1, 1), levels={"Negotiation": 1})
    s = MatchSettings()
    ps_strong = score_pair(mentee, strong, s, {}, today=TODAY)
    ps_partial = score_pair(mentee, partial, s, {}, today=TODAY)
    ps_weak = score_pair(mentee, weak, s, {}, today=TODAY)
    assert _points(ps_strong, "gaps") > _points(ps_partial, "gaps") > _points(ps_weak, "gaps") == 0
    gap_reason = next(r for r in ps_strong.reasons if r.key == "gaps")
    assert gap_reason.label == "Covers 2 of 2 gaps"
    assert "Negotiation (mentor 5, needs 4)" in gap_reason.detail
    assert "partly covers Negotiation" in next(r for r in ps_partial.reasons if r.key == "gaps").detail


def test_mutual_preference_strongest() -> None:
    e, m = person("e"), person("m")
    s = MatchSettings()
    both = score_pair(e, m, s, {}, mentee_prefers={"m"}, mentor_prefers={"e"}, today=TODAY)
    mentee_only = score_pair(e, m, s, {}, mentee_prefers={"m"}, today=TODAY)
    mentor_only = score_pair(e, m, s, {}, mentor_prefers={"e"}, today=TODAY)
    none = score_pair(e, m, s, {}, today=TODAY)
    assert both.total > mentee_only.total > mentor_only.total > none.total
    assert _points(none, "mutual") == 0


def test_branch_preference_same_none_different() -> None:
    e = person("e", branch="Lyon")
    here, there = person("h", branch="Lyon"), person("t", branch="Nantes")
    same = MatchSettings(branch_preference="same")
    diff = MatchSettings(branch_preference="different")
    none = MatchSettings(branch_preference="none")
    assert score_pair(e, here, same, {}, today=TODAY).total > score_pair(e, there, same, {}, today=TODAY).total
    assert score_pair(e, there, diff, {}, today=TODAY).total > score_pair(e, here, diff, {}, today=TODAY).total
    assert score_pair(e, here, none, {}, today=TODAY).total == pytest.approx(
        score_pair(e, there, none, {}, today=TODAY).total
    )


def test_cross_department_preference() -> None:
    e = person("e", department="Sales")
    same_d, other_d = person("s", department="Sales"), person("o", department="IT")
    cross = MatchSettings(prefer_cross_department=True)
    plain = MatchSettings()
    assert _points(score_pair(e, other_d, cross, {}, today=TODAY), "department") > 0
    assert _points(score_pair(e, same_d, cross, {}, today=TODAY), "department") == 0
    assert _points(score_pair(e, same_d, plain, {}, today=TODAY), "department") > 0
    assert _points(score_pair(e, other_d, plain, {}, today=TODAY), "department") == 0


def test_seniority_normal_reverse_peer() -> None:
    junior = person("j", hired=date(2024, 1, 1))
    senior = person("s", hired=date(2005, 1, 1))
    peer_like = person("p", hired=date(2023, 9, 1))
    normal = MatchSettings(kind="one_to_one")
    reverse = MatchSettings(kind="reverse")
    peer = MatchSettings(kind="peer")
    shadow = MatchSettings(kind="job_shadowing")
    # Normal and job shadowing: the senior mentor wins on seniority.
    for s in (normal, shadow):
        assert _points(score_pair(junior, senior, s, {}, today=TODAY), "seniority") > 0
        assert _points(score_pair(senior, junior, s, {}, today=TODAY), "seniority") == 0
    # Reverse: a junior mentors a senior.
    assert _points(score_pair(senior, junior, reverse, {}, today=TODAY), "seniority") > 0
    assert _points(score_pair(junior, senior, reverse, {}, today=TODAY), "seniority") == 0
    # Peer: similar tenure beats a large gap in both directions.
    close = _points(score_pair(junior, peer_like, peer, {}, today=TODAY), "seniority")
    far = _points(score_pair(junior, senior, peer, {}, today=TODAY), "seniority")
    far_rev = _points(score_pair(senior, junior, peer, {}, today=TODAY), "seniority")
    assert close > far == far_rev == 0


def test_invalid_settings_rejected() -> None:
    with pytest.raises(ValueError):
        MatchSettings(kind="speed_dating")
    with pytest.raises(ValueError):
        MatchSettings(branch_preference="nearby")
    with pytest.raises(ValueError):
        MatchSettings(weights={"gaps": -1.0})


def test_perfect_pair_scores_100() -> None:
    e = person("e", hired=date(2024, 1, 1), levels={"X": 1}, targets={"X": 3})
    m = person("m", hired=date(2005, 1, 1), levels={"X": 5})
    s = MatchSettings(prefer_cross_department=False)
    ps = score_pair(e, m, s, {}, mentee_prefers={"m"}, mentor_prefers={"e"}, today=TODAY)
    # Same department only earns a share of its weight without cross preference.
    assert ps.total < 100
    m2 = person("m", department="IT", hired=date(2005, 1, 1), levels={"X": 5})
    ps2 = score_pair(e, m2, MatchSettings(prefer_cross_department=True), {},
                     mentee_prefers={"m"}, mentor_prefers={"e"}, today=TODAY)
    assert ps2.total == pytest.approx(100.0)


comp_names = st.sampled_from(["Negotiation", "Excel", "Python", "Speaking"])
levels_st = st.dictionaries(comp_names, st.integers(0, 5), max_size=4)
dates_st = st.one_of(st.none(), st.dates(date(1990, 1, 1), date(2025, 1, 1)))
langs_st = st.frozensets(st.sampled_from(["English", "French", "German"]), max_size=2)


@st.composite
def candidates(draw: st.DrawFn, pid: str) -> Candidate:
    return Candidate(
        person_id=pid,
        name=pid,
        branch=draw(st.sampled_from(["Lyon", "Nantes", ""])),
        department=draw(st.sampled_from(["Sales", "IT", ""])),
        title="",
        languages=draw(langs_st),
        hire_date=draw(dates_st),
        levels=draw(levels_st),
        targets=draw(levels_st),
        manager_id=None,
    )


@settings(max_examples=300, deadline=None)
@given(
    candidates("a"),
    candidates("b"),
    st.sampled_from(["one_to_one", "group", "reverse", "peer", "job_shadowing"]),
    st.sampled_from(["same", "none", "different"]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.dictionaries(
        st.sampled_from(["gaps", "branch", "department", "language", "mutual", "seniority"]),
        st.floats(0, 50),
    ),
)
def test_total_is_sum_of_reasons_and_in_range(a, b, kind, branch, cross, pa, pb, weights) -> None:
    s = MatchSettings(kind=kind, branch_preference=branch, prefer_cross_department=cross, weights=weights)
    ps = score_pair(a, b, s, {}, mentee_prefers={"b"} if pa else set(),
                    mentor_prefers={"a"} if pb else set(), today=TODAY)
    if ps.allowed:
        assert ps.blocked is None
        assert ps.total == pytest.approx(sum(r.points for r in ps.reasons))
        assert -1e-9 <= ps.total <= 100 + 1e-9
        assert {r.key for r in ps.reasons} == {"gaps", "branch", "department", "language", "mutual", "seniority"}
        assert all(r.label and r.detail for r in ps.reasons)
        assert all(r.points >= 0 for r in ps.reasons)
    else:
        assert ps.blocked
        assert ps.total == 0 and ps.reasons == []
        assert a.languages and b.languages and not (a.languages & b.languages)
