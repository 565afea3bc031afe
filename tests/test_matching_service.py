"""Matching service against a real file: capacity, hard rules, HR's rules, approval."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.errors import ValidationError
from mentordesk.matching import Cancelled, is_above
from mentordesk.models import MentorProfile, Person, PortraitEntry, Program
from mentordesk.services import matching, people, programs
from mentordesk.services import relationships as rel_service
from mentordesk.storage import people_repo

TODAY = dt.date(2026, 6, 1)


def person(emp: str, name: str, *, manager: str | None = None, capacity: int | None = None,
           hired: int = 2020, dept: str = "Sales", branch: str = "Rotterdam",
           portrait: tuple[PortraitEntry, ...] = (), languages: tuple[str, ...] = ("en",)) -> Person:
    return Person(employee_id=emp, name=name, email=f"{emp.lower()}@example.com", department=dept,
                  branch=branch, manager_employee_id=manager, hire_date=dt.date(hired, 1, 1),
                  languages=languages, mentor_capacity=capacity, portrait=portrait,
                  role="mentor" if capacity else "mentee")


@pytest.fixture
def cohort(db):
    """BOSS > LEAD > ANA. Mentors LEAD (1 place), MIA (1), OMAR (2); five mentees, four places."""
    ids: dict[str, str] = {}
    gap = (PortraitEntry("Negotiation", 1, 4),)
    skilled = (PortraitEntry("Negotiation", 5, 5),)
    for p in [
        person("BOSS", "Bea Boss", hired=2005),
        person("LEAD", "Lars Lead", manager="BOSS", capacity=1, hired=2010, portrait=skilled),
        person("MIA", "Mia Mentor", capacity=1, hired=2011, dept="Finance", portrait=skilled),
        person("OMAR", "Omar Mentor", capacity=2, hired=2012, dept="IT"),
        person("ANA", "Ana Report", manager="LEAD", hired=2023, portrait=gap),
        person("BEN", "Ben New", hired=2024, portrait=gap),
        person("CLO", "Chloé New", hired=2024),
        person("DAN", "Dan New", hired=2025),
        person("EVA", "Eva New", hired=2025),
    ]:
        ids[p.employee_id] = people.add_person(db, p)
    pid = programs.create_program(db, Program(name="Leaders", relationship_months=6, cadence="monthly"))
    for emp in ("LEAD", "MIA", "OMAR"):
        programs.enrol(db, pid, ids[emp], "mentor", status="accepted")
    for emp in ("ANA", "BEN", "CLO", "DAN", "EVA"):
        programs.enrol(db, pid, ids[emp], "mentee", status="applied")
    ids["program"] = pid
    return ids


def pairs(run: matching.MatchRun) -> dict[str, str]:
    return {p.mentee_id: p.mentor_id for p in run.proposals}


def test_proposals_respect_capacity_and_never_follow_a_manager_line(db, cohort):
    run = matching.run_match(db, cohort["program"], today=TODAY)
    assert len(run.proposals) == 4 and len(run.waiting) == 1
    load: dict[str, int] = {}
    for p in run.proposals:
        load[p.mentor_id] = load.get(p.mentor_id, 0) + 1
    assert load[cohort["LEAD"]] <= 1 and load[cohort["MIA"]] <= 1 and load[cohort["OMAR"]] <= 2
    managers = people_repo.managers(db)
    for mentee, mentor in pairs(run).items():
        assert not is_above(mentor, mentee, managers) and not is_above(mentee, mentor, managers)
    assert pairs(run).get(cohort["ANA"]) != cohort["LEAD"]
    # Names, reasons and alternatives are filled in for HR.
    p = run.proposals[0]
    assert p.mentee and p.mentor and p.reasons and 1 <= len(p.top_reasons) <= 3
    assert abs(sum(r.points for r in p.reasons) - p.score) < 1e-6
    assert all(a.mentor and a.mentor_id != p.mentor_id for a in p.alternatives)
    assert run.waiting[0].mentee and run.waiting[0].reason.startswith("Every suitable mentor is full")


def test_free_capacity_subtracts_active_relationships(db, cohort):
    outsider = people.add_person(db, person("OUT", "Otto Outside", hired=2024))
    rel_service.start_relationship(db, cohort["OMAR"], outsider, start=TODAY)
    run = matching.run_match(db, cohort["program"], today=TODAY)
    assert list(pairs(run).values()).count(cohort["OMAR"]) <= 1
    assert len(run.proposals) == 3 and len(run.waiting) == 2


def test_rejected_pair_is_not_proposed_again(db, cohort):
    pid = cohort["program"]
    first = matching.run_match(db, pid, today=TODAY).proposals[0]
    matching.exclude_pair(db, pid, first.mentee_id, first.mentor_id, note="not a fit")
    again = matching.run_match(db, pid, today=TODAY)
    assert pairs(again).get(first.mentee_id) != first.mentor_id
    rules = matching.pair_rules(db, pid)
    assert [(r.rule, r.note, r.mentee) for r in rules] == [("excluded", "not a fit", first.mentee)]
    # Rejecting twice does not pile up rules; clearing lets the pair back in.
    matching.exclude_pair(db, pid, first.mentee_id, first.mentor_id)
    assert len(matching.pair_rules(db, pid)) == 1
    matching.clear_rule(db, rules[0].id)
    assert matching.pair_rules(db, pid) == []


def test_lock_is_kept_on_rerun_and_unlock_frees_it(db, cohort):
    pid = cohort["program"]
    run = matching.run_match(db, pid, today=TODAY)
    ben_now = pairs(run)[cohort["BEN"]]
    other = next(m for m in (cohort["MIA"], cohort["OMAR"], cohort["LEAD"]) if m != ben_now)
    matching.lock_pair(db, pid, cohort["BEN"], other)
    locked = matching.run_match(db, pid, today=TODAY).proposal_for(cohort["BEN"])
    assert locked is not None and locked.mentor_id == other and locked.locked
    assert matching.unlock(db, pid, cohort["BEN"]) == 1
    assert not matching.run_match(db, pid, today=TODAY).proposal_for(cohort["BEN"]).locked


def test_lock_refuses_a_manager_pair_and_overrides_an_exclusion(db, cohort):
    pid = cohort["program"]
    with pytest.raises(ValidationError, match="manager"):
        matching.lock_pair(db, pid, cohort["ANA"], cohort["LEAD"])
    matching.exclude_pair(db, pid, cohort["BEN"], cohort["MIA"])
    matching.lock_pair(db, pid, cohort["BEN"], cohort["MIA"])
    assert [r.rule for r in matching.pair_rules(db, pid)] == ["locked"]


def test_swap_locks_each_mentee_to_the_others_mentor(db, cohort):
    pid = cohort["program"]
    run = matching.run_match(db, pid, today=TODAY)
    a, b = next((x, y) for x in run.proposals for y in run.proposals
                if x.mentor_id != y.mentor_id and cohort["ANA"] not in (x.mentee_id, y.mentee_id))
    matching.swap(db, pid, a.mentee_id, b.mentee_id, run=run)
    after = pairs(matching.run_match(db, pid, today=TODAY))
    assert after[a.mentee_id] == b.mentor_id and after[b.mentee_id] == a.mentor_id


def test_swap_refuses_a_forbidden_pair_and_says_why(db, cohort):
    pid = cohort["program"]
    run = matching.run_match(db, pid, today=TODAY)
    lead_mentee = next(p for p in run.proposals if p.mentor_id == cohort["LEAD"])
    with pytest.raises(ValidationError, match="Lars Lead is Ana Report's manager"):
        matching.swap(db, pid, cohort["ANA"], lead_mentee.mentee_id, run=run)
    assert matching.pair_rules(db, pid) == []


def test_approve_creates_relationships_and_waitlists_the_rest(db, cohort):
    pid = cohort["program"]
    matching.lock_pair(db, pid, cohort["BEN"], cohort["MIA"])
    run = matching.run_match(db, pid, today=TODAY)
    waiting_id = run.waiting[0].mentee_id
    created = matching.approve(db, pid, run, today=TODAY)
    assert len(created) == 4 and created.skipped == [] and created.waitlisted == [waiting_id]
    rels = rel_service.list_relationships(db, program_id=pid)
    assert {(r.mentee_id, r.mentor_id) for r in rels} == set(pairs(run).items())
    r0 = rel_service.get_relationship(db, created[0]).summary
    assert r0.cadence == "monthly" and r0.planned_end == dt.date(2026, 12, 1)
    status = {p.person_id: p for p in programs.participants(db, pid, "mentee")}
    for mentee in pairs(run):
        assert status[mentee].status == "accepted"
    assert status[waiting_id].status == "waitlisted"
    assert status[waiting_id].reason == run.waiting[0].reason
    assert status[waiting_id].waitlisted_since
    assert matching.pair_rules(db, pid) == []  # the lock was used up
    # Nobody is left to match; approving the old run again creates nothing.
    assert matching.run_match(db, pid, today=TODAY).proposals == []
    again = matching.approve(db, pid, run, today=TODAY)
    assert list(again) == [] and len(again.skipped) == 4


def test_approve_keeps_an_earlier_waiting_date(db, cohort):
    pid = cohort["program"]
    programs.enrol(db, pid, cohort["EVA"], "mentee", status="waitlisted")
    programs.enrol(db, pid, cohort["DAN"], "mentee", status="waitlisted")
    before = {p.person_id: p.waitlisted_since for p in programs.participants(db, pid, "mentee")}
    run = matching.run_match(db, pid, today=TODAY)
    matching.approve(db, pid, run, today=TODAY)
    for w in run.waiting:
        part = next(p for p in programs.participants(db, pid, "mentee") if p.person_id == w.mentee_id)
        if before[w.mentee_id]:
            assert part.waitlisted_since == before[w.mentee_id]


def test_approve_selected_only(db, cohort):
    pid = cohort["program"]
    run = matching.run_match(db, pid, today=TODAY)
    chosen = run.proposals[0]
    created = matching.approve(db, pid, run, [chosen.mentee_id], today=TODAY)
    assert len(created) == 1
    rels = rel_service.list_relationships(db, program_id=pid)
    assert [(r.mentee_id, r.mentor_id) for r in rels] == [(chosen.mentee_id, chosen.mentor_id)]
    with pytest.raises(ValidationError):
        matching.approve(db, pid, run, [], today=TODAY)


def test_approve_skips_a_pair_the_file_no_longer_allows(db, cohort):
    pid = cohort["program"]
    run = matching.run_match(db, pid, today=TODAY)
    mia_pair = next(p for p in run.proposals if p.mentor_id == cohort["MIA"])
    # Meanwhile a colleague pairs Mia by hand: she is now full.
    outsider = people.add_person(db, person("OUT", "Otto Outside", hired=2024))
    rel_service.start_relationship(db, cohort["MIA"], outsider, start=TODAY)
    created = matching.approve(db, pid, run, today=TODAY)
    assert len(created) == 3
    assert [(s.mentee_id, s.mentor_id) for s in created.skipped] == [(mia_pair.mentee_id, cohort["MIA"])]
    assert "Mia Mentor is now full" in created.skipped[0].reason
    rels = {(r.mentee_id, r.mentor_id) for r in rel_service.list_relationships(db, program_id=pid)}
    assert (mia_pair.mentee_id, cohort["MIA"]) not in rels
    # The skipped mentee is left for the next run, not waitlisted.
    part = next(p for p in programs.participants(db, pid, "mentee") if p.person_id == mia_pair.mentee_id)
    assert part.status == "applied"


def test_approve_skips_a_mentee_paired_by_hand_meanwhile(db, cohort):
    pid = cohort["program"]
    run = matching.run_match(db, pid, today=TODAY)
    p = run.proposals[0]
    other = next(m for m in (cohort["OMAR"], cohort["MIA"]) if m != p.mentor_id)
    rel_service.start_relationship(db, other, p.mentee_id, program_id=pid, start=TODAY)
    created = matching.approve(db, pid, run, [p.mentee_id], today=TODAY)
    assert list(created) == [] and "already has a relationship" in created.skipped[0].reason


def test_approve_refuses_a_run_of_another_program(db, cohort):
    run = matching.run_match(db, cohort["program"], today=TODAY)
    other = programs.create_program(db, Program(name="Other"))
    with pytest.raises(ValidationError):
        matching.approve(db, other, run)


def test_mentor_wish_counts_and_withdrawn_mentees_are_left_out(db, cohort):
    pid = cohort["program"]
    part = next(p for p in programs.participants(db, pid, "mentee") if p.person_id == cohort["EVA"])
    programs.set_status(db, part.id, "withdrawn", reason="Moved abroad")
    run = matching.run_match(db, pid, today=TODAY)
    assert cohort["EVA"] not in pairs(run) and all(w.mentee_id != cohort["EVA"] for w in run.waiting)
    programs.enrol(db, pid, cohort["OMAR"], "mentor", status="accepted", preferred=[cohort["DAN"]])
    p = matching.run_match(db, pid, today=TODAY).proposal_for(cohort["DAN"])
    if p is not None and p.mentor_id == cohort["OMAR"]:
        assert any(r.label == "Requested by mentor" for r in p.reasons)


def test_run_can_be_cancelled_and_reports_progress(db, cohort):
    seen: list[tuple[int, int]] = []
    matching.run_match(db, cohort["program"], progress=lambda d, t: seen.append((d, t)), today=TODAY)
    assert seen[-1] == (5, 5)
    with pytest.raises(Cancelled):
        matching.run_match(db, cohort["program"], cancelled=lambda: True)


def test_settings_defaults_and_validation(db, cohort):
    program = programs.get_program(db, cohort["program"])
    s = matching.settings_for(program)
    assert s.kind == "one_to_one" and s.branch_preference == "same" and not s.prefer_cross_department
    assert s.weights["gaps"] == 40
    program.match_settings = {"branch_preference": "bogus", "weights": {"gaps": "x", "branch": 0}}
    s = matching.settings_for(program)
    assert s.branch_preference == "same" and s.weights["gaps"] == 40 and s.weights["branch"] == 0
    assert matching.validate_match_settings({"branch_preference": "none", "weights": {"gaps": 10}}) == []
    assert matching.validate_match_settings({"weights": {"gaps": -1}})
    assert matching.validate_match_settings({"weights": {k: 0 for k in matching.WEIGHT_LABELS}})


def test_stale_lock_is_reported_not_fatal(db, cohort):
    pid = cohort["program"]
    matching.lock_pair(db, pid, cohort["BEN"], cohort["MIA"])
    part = next(p for p in programs.participants(db, pid, "mentor") if p.person_id == cohort["MIA"])
    programs.set_status(db, part.id, "withdrawn", reason="No time")
    run = matching.run_match(db, pid, today=TODAY)
    assert any("Mia Mentor is no longer an accepted mentor" in n for n in run.notes)


def test_approve_reports_progress_and_a_cancel_rolls_everything_back(db, cohort):
    pid = cohort["program"]
    matching.lock_pair(db, pid, cohort["BEN"], cohort["MIA"])
    run = matching.run_match(db, pid, today=TODAY)
    total = len(run.proposals) + len(run.waiting)
    seen: list[tuple[int, int]] = []
    # Cancel after three pairs were already written inside the transaction.
    with pytest.raises(matching.ApprovalCancelled):
        matching.approve(db, pid, run, today=TODAY, progress=lambda d, t: seen.append((d, t)),
                         cancelled=lambda: len(seen) >= 3)
    assert seen == [(0, total), (1, total), (2, total)]
    assert isinstance(matching.ApprovalCancelled(), Cancelled)  # the task helper's "cancelled", not an error
    assert rel_service.list_relationships(db, program_id=pid) == []
    assert {p.status for p in programs.participants(db, pid, "mentee")} == {"applied"}
    assert [r.rule for r in matching.pair_rules(db, pid)] == ["locked"]  # the lock was not used up
    seen.clear()
    created = matching.approve(db, pid, run, today=TODAY, progress=lambda d, t: seen.append((d, t)),
                               cancelled=lambda: False)
    assert len(created) == 4 and seen[-1] == (total, total)


def test_approve_reads_the_management_chain_once(db, cohort, monkeypatch):
    run = matching.run_match(db, cohort["program"], today=TODAY)
    calls: list[int] = []
    real = people_repo.managers
    monkeypatch.setattr(people_repo, "managers", lambda d: calls.append(1) or real(d))
    created = matching.approve(db, cohort["program"], run, today=TODAY)
    assert len(created) == 4 and calls == [1]


def test_group_program_approves_each_mentors_group_with_one_group_key(db, cohort):
    """A 'group' program: each mentor leads one group of up to the program's group size (not
    their one-to-one capacity); the relationships of one group share a group_key (the mentor's id)."""
    pid = programs.create_program(db, Program(name="Sales circles", kind="group", relationship_months=6,
                                              cadence="monthly", group_size=2, sessions=6))
    with db.transaction() as conn:
        people_repo.save_mentor_profile(conn, MentorProfile(person_id=cohort["OMAR"], capacity=3))
    for emp in ("MIA", "OMAR"):
        programs.enrol(db, pid, cohort[emp], "mentor", status="accepted")
    for emp in ("BEN", "CLO", "DAN", "EVA", "ANA"):
        programs.enrol(db, pid, cohort[emp], "mentee", status="applied")
    run = matching.run_match(db, pid, today=TODAY)
    assert run.kind == "group"
    groups: dict[str, list[str]] = {}
    for p in run.proposals:
        groups.setdefault(p.mentor_id, []).append(p.mentee_id)
    assert len(groups[cohort["OMAR"]]) == 2 and len(groups[cohort["MIA"]]) == 2  # Omar's capacity 3 is not used
    assert len(run.waiting) == 1 and run.waiting[0].reason.startswith("Every suitable group is full")
    created = matching.approve(db, pid, run, today=TODAY)
    assert len(created) == 4 and created.skipped == []
    keys: dict[str, set[str | None]] = {}
    for rel_id in created:
        d = rel_service.get_relationship(db, rel_id)
        keys.setdefault(d.summary.mentor_id, set()).add(d.group_key)
        assert d.summary.program_id == pid
    assert keys == {cohort["OMAR"]: {cohort["OMAR"]}, cohort["MIA"]: {cohort["MIA"]}}
    # One-to-one programs keep relationships without a group key.
    one = matching.approve(db, cohort["program"], matching.run_match(db, cohort["program"], today=TODAY),
                           today=TODAY)
    assert one and all(rel_service.get_relationship(db, r).group_key is None for r in one)
