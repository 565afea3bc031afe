"""Swap offers only swaps it will accept (issue 13): on cohorts full of hard rules (management
lines, languages, HR's exclusions, waitlisted mentees), every offered swap is accepted by `swap`
and every proposal left out is one `swap` refuses, on real files."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from mentordesk.errors import ValidationError
from mentordesk.models import Person, PortraitEntry, Program
from mentordesk.services import matching, people, programs

TODAY = dt.date(2026, 6, 1)


def _cohort(db, seed: int) -> str:
    """Five mentors, eight mentees; random languages, managers and exclusions, one mentee waitlisted."""
    rng = random.Random(seed)
    ids: list[str] = []
    for i in range(5):
        ids.append(people.add_person(db, Person(
            employee_id=f"M{i}", name=f"Mentor {i}", email=f"m{i}@example.com", department="Ops",
            branch="Leiden", hire_date=dt.date(2010 + i, 1, 1), mentor_capacity=rng.choice((1, 2, 2)),
            languages=tuple(rng.sample(("en", "nl", "es"), rng.choice((1, 2)))), role="mentor",
            portrait=(PortraitEntry("Planning", rng.randint(3, 5), 5),))))
    for i in range(8):
        manager = f"M{rng.randrange(5)}" if rng.random() < 0.4 else None
        ids.append(people.add_person(db, Person(
            employee_id=f"E{i}", name=f"Mentee {i}", email=f"e{i}@example.com", department="Ops",
            branch=rng.choice(("Leiden", "Gouda")), hire_date=dt.date(2024, 1, 1), manager_employee_id=manager,
            languages=tuple(rng.sample(("en", "nl", "es"), rng.choice((1, 2)))), role="mentee",
            portrait=(PortraitEntry("Planning", 1, rng.randint(3, 5)),))))
    pid = programs.create_program(db, Program(name=f"Cohort {seed}", relationship_months=6, cadence="monthly"))
    for mentor in ids[:5]:
        programs.enrol(db, pid, mentor, "mentor", status="accepted")
    for mentee in ids[5:]:
        programs.enrol(db, pid, mentee, "mentee", status="accepted")
    held = ids[5 + rng.randrange(8)]
    part = next(p for p in programs.participants(db, pid, "mentee") if p.person_id == held)
    programs.set_status(db, part.id, "waitlisted", "Back after the summer")
    for _ in range(3):
        matching.exclude_pair(db, pid, rng.choice(ids[5:]), rng.choice(ids[:5]))
    return pid


def _locks(db, pid: str) -> set[tuple[str, str]]:
    return {(r.mentee_id, r.mentor_id) for r in matching.pair_rules(db, pid) if r.rule == "locked"}


@pytest.mark.parametrize("seed", range(6))
def test_every_offered_swap_is_accepted_and_every_other_refused(db, seed):
    pid = _cohort(db, seed)
    run = matching.run_match(db, pid, today=TODAY)
    assert len(run.proposals) >= 2
    offered_any = refused_any = 0
    for p in run.proposals:
        offered = {q.mentee_id for q in matching.swap_options(db, pid, p.mentee_id, run)}
        assert p.mentee_id not in offered
        for q in run.proposals:
            if q.mentee_id == p.mentee_id:
                continue
            if q.mentee_id in offered:
                matching.swap(db, pid, p.mentee_id, q.mentee_id, run=run)
                assert _locks(db, pid) == {(p.mentee_id, q.mentor_id), (q.mentee_id, p.mentor_id)}
                matching.unlock(db, pid, p.mentee_id)
                matching.unlock(db, pid, q.mentee_id)
                offered_any += 1
            else:
                with pytest.raises(ValidationError):
                    matching.swap(db, pid, p.mentee_id, q.mentee_id, run=run)
                assert _locks(db, pid) == set()
                refused_any += 1
    assert offered_any + refused_any == len(run.proposals) * (len(run.proposals) - 1)


def test_a_swap_across_a_management_line_is_not_offered(db):
    ids = {}
    for emp, name, manager, cap in (("LEAD", "Lars Lead", None, 1), ("MIA", "Mia Mentor", None, 1),
                                    ("ANA", "Ana Report", "LEAD", None), ("BEN", "Ben New", None, None),
                                    ("CLO", "Chloé New", None, None)):
        ids[emp] = people.add_person(db, Person(
            employee_id=emp, name=name, email=f"{emp.lower()}@example.com", manager_employee_id=manager,
            mentor_capacity=cap, role="mentor" if cap else "mentee", languages=("en",)))
    omar = people.add_person(db, Person(employee_id="OMAR", name="Omar Mentor", email="omar@example.com",
                                        mentor_capacity=1, role="mentor", languages=("en",)))
    pid = programs.create_program(db, Program(name="Leaders", relationship_months=6, cadence="monthly"))
    for m in (ids["LEAD"], ids["MIA"], omar):
        programs.enrol(db, pid, m, "mentor", status="accepted")
    for e in ("ANA", "BEN", "CLO"):
        programs.enrol(db, pid, ids[e], "mentee", status="accepted")
    run = matching.run_match(db, pid, today=TODAY)
    lead_mentee = next(p for p in run.proposals if p.mentor_id == ids["LEAD"])
    ana = run.proposal_for(ids["ANA"])
    assert ana is not None and ana.mentor_id != ids["LEAD"]
    offered = {q.mentee_id for q in matching.swap_options(db, pid, ids["ANA"], run)}
    assert lead_mentee.mentee_id not in offered
    assert offered == {p.mentee_id for p in run.proposals} - {ids["ANA"], lead_mentee.mentee_id}
    with pytest.raises(ValidationError, match="Lars Lead is Ana Report's manager"):
        matching.swap(db, pid, ids["ANA"], lead_mentee.mentee_id, run=run)
