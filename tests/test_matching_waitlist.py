"""The waiting list (issue 13), through the service on real files: a waitlisted mentee is never
matched, the list is shown before any run, double roles are warned about, and every wish for a
mentor that was not granted is explained."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.models import Person, PortraitEntry, Program
from mentordesk.services import matching, people, programs

TODAY = dt.date(2026, 6, 1)


def person(emp: str, name: str, *, manager: str | None = None, capacity: int | None = None,
           languages: tuple[str, ...] = ("en",)) -> Person:
    return Person(employee_id=emp, name=name, email=f"{emp.lower()}@example.com", department="Sales",
                  branch="Rotterdam", manager_employee_id=manager, hire_date=dt.date(2015 if capacity else 2024, 1, 1),
                  languages=languages, mentor_capacity=capacity,
                  portrait=(PortraitEntry("Negotiation", 5 if capacity else 1, 5),),
                  role="mentor" if capacity else "mentee")


@pytest.fixture
def cohort(db):
    """Mentors ANA (manager of BEN, 1 place), MIA (1), OMAR (2); mentees BEN, CLO, DAN, EVA, FAY."""
    ids: dict[str, str] = {}
    for p in [person("ANA", "Ana Ruiz", capacity=1), person("MIA", "Mia Mentor", capacity=1),
              person("OMAR", "Omar Mentor", capacity=2), person("BEN", "Ben New", manager="ANA"),
              person("CLO", "Chloé New"), person("DAN", "Dan New"), person("EVA", "Eva New"),
              person("FAY", "Fay New")]:
        ids[p.employee_id] = people.add_person(db, p)
    pid = programs.create_program(db, Program(name="Leaders", relationship_months=6, cadence="monthly"))
    for emp in ("ANA", "MIA", "OMAR"):
        programs.enrol(db, pid, ids[emp], "mentor", status="accepted")
    for emp in ("BEN", "CLO", "DAN", "EVA", "FAY"):
        programs.enrol(db, pid, ids[emp], "mentee", status="accepted")
    ids["program"] = pid
    return ids


def _participant(db, pid: str, person_id: str, role: str = "mentee"):
    return next(p for p in programs.participants(db, pid, role) if p.person_id == person_id)


def _waitlist(db, pid: str, person_id: str, reason: str) -> None:
    programs.set_status(db, _participant(db, pid, person_id).id, "waitlisted", reason)


@pytest.mark.parametrize("how", ["set_status", "enrol", "program_full"])
def test_a_waitlisted_mentee_is_never_proposed_even_with_free_places(db, cohort, how):
    pid = cohort["program"]
    if how == "set_status":
        _waitlist(db, pid, cohort["EVA"], "Starts after parental leave")
    elif how == "enrol":
        programs.enrol(db, pid, cohort["EVA"], "mentee", status="waitlisted", reason="Back in autumn")
    else:  # the program's limit put her on the waiting list
        programs.remove(db, _participant(db, pid, cohort["EVA"]).id)
        program = programs.get_program(db, pid)
        from dataclasses import replace
        programs.update_program(db, pid, replace(program, max_mentees=4))
        assert programs.enrol(db, pid, cohort["EVA"], "mentee", status="accepted")
        assert _participant(db, pid, cohort["EVA"]).status == "waitlisted"
    reason_before = _participant(db, pid, cohort["EVA"]).reason
    assert reason_before
    run = matching.run_match(db, pid, today=TODAY)
    proposed = {p.mentee_id for p in run.proposals}
    assert cohort["EVA"] not in proposed
    assert len(proposed) == 4  # four places, four open mentees: the free places go to the others
    held = [w for w in run.waiting if w.mentee_id == cohort["EVA"]]
    assert len(held) == 1 and held[0].held and held[0].reason.startswith("On the waiting list")
    created = matching.approve(db, pid, run, today=TODAY)
    assert len(created) == 4
    eva = _participant(db, pid, cohort["EVA"])
    assert eva.status == "waitlisted" and eva.reason == reason_before
    assert matching.run_match(db, pid, today=TODAY).proposals == []


def test_approval_keeps_hr_reason_and_refuses_a_mentee_waitlisted_after_the_run(db, cohort):
    pid = cohort["program"]
    _waitlist(db, pid, cohort["FAY"], "On a project abroad")
    run = matching.run_match(db, pid, today=TODAY)
    late = run.proposals[0]
    _waitlist(db, pid, late.mentee_id, "Changes team next month")
    created = matching.approve(db, pid, run, today=TODAY)
    assert late.mentee_id in {s.mentee_id for s in created.skipped}
    assert "waiting list" in next(s.reason for s in created.skipped if s.mentee_id == late.mentee_id)
    assert _participant(db, pid, cohort["FAY"]).reason == "On a project abroad"
    assert _participant(db, pid, late.mentee_id).reason == "Changes team next month"


def test_a_lock_on_a_waitlisted_mentee_is_not_used_and_says_so(db, cohort):
    pid = cohort["program"]
    matching.lock_pair(db, pid, cohort["DAN"], cohort["MIA"])
    _waitlist(db, pid, cohort["DAN"], "Busy with the audit")
    run = matching.run_match(db, pid, today=TODAY)
    assert cohort["DAN"] not in {p.mentee_id for p in run.proposals}
    assert any("Dan New" in n and "waiting list" in n for n in run.notes)


def test_the_waiting_list_before_a_run_says_who_waits_and_why(db, cohort):
    pid = cohort["program"]
    _waitlist(db, pid, cohort["EVA"], "Starts after parental leave")
    waiting = matching.waiting_list(db, pid)
    assert [w.mentee_id for w in waiting][0] == cohort["EVA"]
    assert waiting[0].held and "Starts after parental leave" in waiting[0].reason
    others = {w.mentee_id for w in waiting[1:]}
    assert others == {cohort[e] for e in ("BEN", "CLO", "DAN", "FAY")}
    assert all(not w.held and "Not matched yet" in w.reason for w in waiting[1:])
    matching.approve(db, pid, matching.run_match(db, pid, today=TODAY), today=TODAY)
    assert [w.mentee_id for w in matching.waiting_list(db, pid)] == [cohort["EVA"]]


@pytest.mark.parametrize("kind, mentee_status, warned", [
    ("one_to_one", "applied", True), ("one_to_one", "waitlisted", True), ("peer", "applied", False)])
def test_one_person_as_mentor_and_mentee_in_one_cohort_is_warned_about(db, cohort, kind, mentee_status, warned):
    pid = programs.create_program(db, Program(name=f"Both {kind}", kind=kind, relationship_months=6,
                                              cadence="monthly"))
    programs.enrol(db, pid, cohort["OMAR"], "mentor", status="accepted")
    programs.enrol(db, pid, cohort["MIA"], "mentor", status="accepted")
    programs.enrol(db, pid, cohort["OMAR"], "mentee", status=mentee_status, reason="Wants a mentor too")
    programs.enrol(db, pid, cohort["CLO"], "mentee", status="accepted")
    run = matching.run_match(db, pid, today=TODAY)
    found = [n for n in run.notes if "both a mentor and a mentee" in n]
    assert found == (["Omar Mentor is both a mentor and a mentee in this program: decline one of the two "
                      "enrolments in Programs unless this is intended."] if warned else [])
    assert matching.role_conflicts(db, pid, kind) == found
    assert all(p.mentee_id != p.mentor_id for p in run.proposals)
    # Declining one of the two enrolments ends the warning.
    programs.set_status(db, _participant(db, pid, cohort["OMAR"]).id, "declined", "Mentors only")
    assert matching.role_conflicts(db, pid, kind) == []


def _wish(db, pid: str, mentee: str, *mentors: str) -> None:
    programs.set_preferences(db, _participant(db, pid, mentee).id, list(mentors))


def _wishes(run: matching.MatchRun, mentee_id: str) -> tuple[str, ...]:
    for item in (*run.proposals, *run.waiting):
        if item.mentee_id == mentee_id:
            return item.wishes
    raise AssertionError("mentee not in the run")


def test_a_wish_for_ones_own_manager_is_explained(db, cohort):
    pid = cohort["program"]
    _wish(db, pid, cohort["BEN"], cohort["ANA"])
    run = matching.run_match(db, pid, today=TODAY)
    assert _wishes(run, cohort["BEN"]) == ("Asked for Ana Ruiz, who is their own manager.",)


def test_wishes_for_an_archived_a_full_an_excluded_and_a_non_mentor_are_explained(db, cohort):
    pid = cohort["program"]
    gone = people.add_person(db, person("GUS", "Gus Gone", capacity=1))
    programs.enrol(db, pid, gone, "mentor", status="accepted")
    people.set_archived(db, gone, True)
    _wish(db, pid, cohort["CLO"], gone, cohort["DAN"], cohort["OMAR"])
    matching.exclude_pair(db, pid, cohort["CLO"], cohort["OMAR"])
    run = matching.run_match(db, pid, today=TODAY)
    assert _wishes(run, cohort["CLO"]) == (
        "Asked for Gus Gone, who is archived.",
        "Asked for Dan New, who is not an accepted mentor in this program.",
        "Asked for Omar Mentor, but HR excluded this pair.")
    # Mia's one place is locked to Eva: Fay's wish for Mia meets a full mentor.
    matching.lock_pair(db, pid, cohort["EVA"], cohort["MIA"])
    _wish(db, pid, cohort["FAY"], cohort["MIA"])
    run = matching.run_match(db, pid, today=TODAY)
    assert _wishes(run, cohort["FAY"]) == ("Asked for Mia Mentor, who is full.",)
    assert _wishes(run, cohort["EVA"]) == ()


@pytest.mark.parametrize("also_wished", [(), ("MIA",)])
def test_a_granted_wish_needs_no_explanation(db, cohort, also_wished):
    pid = cohort["program"]
    _wish(db, pid, cohort["DAN"], *(cohort[e] for e in also_wished), cohort["OMAR"])
    matching.lock_pair(db, pid, cohort["DAN"], cohort["OMAR"])
    run = matching.run_match(db, pid, today=TODAY)
    dan = run.proposal_for(cohort["DAN"])
    assert dan is not None and dan.mentor_id == cohort["OMAR"] and dan.wishes == ()
    # Ben asked for his own manager and for Omar; he is given neither: both are explained.
    _wish(db, pid, cohort["BEN"], cohort["ANA"], cohort["OMAR"])
    matching.lock_pair(db, pid, cohort["CLO"], cohort["OMAR"])
    run = matching.run_match(db, pid, today=TODAY)
    ben = next(x for x in (*run.proposals, *run.waiting) if x.mentee_id == cohort["BEN"])
    assert ben.wishes == ("Asked for Ana Ruiz, who is their own manager.", "Asked for Omar Mentor, who is full.")


def test_the_cli_match_names_held_mentees_and_unused_wishes(db, cohort, tmp_path):
    """`mentordesk match` in a real process: the JSON and the text carry the same explanations."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    pid = cohort["program"]
    _waitlist(db, pid, cohort["EVA"], "Starts after parental leave")
    _wish(db, pid, cohort["BEN"], cohort["ANA"])
    env = dict(os.environ, MENTORDESK_CONFIG_DIR=str(tmp_path / "config"), MENTORDESK_DATA_DIR=str(tmp_path / "d"),
               MENTORDESK_LANG="en", PYTHONPATH=str(Path(__file__).resolve().parents[1]))

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(db.path), "match", "--program",
                               "Leaders", *args], capture_output=True, text=True, timeout=120, env=env,
                              check=False, cwd=str(tmp_path))

    doc = cli("--json")
    assert doc.returncode == 0, doc.stderr
    data = json.loads(doc.stdout)
    ben = next(p for p in data["proposals"] if p["mentee_id"] == cohort["BEN"])
    assert ben["wishes"] == ["Asked for Ana Ruiz, who is their own manager."]
    eva = next(w for w in data["waiting"] if w["mentee_id"] == cohort["EVA"])
    assert eva["held"] is True and "Starts after parental leave" in eva["reason"]
    assert cohort["EVA"] not in {p["mentee_id"] for p in data["proposals"]}
    text = cli()
    assert text.returncode == 0, text.stderr
    assert "Asked for Ana Ruiz, who is their own manager." in text.stdout
    assert "Eva New: On the waiting list: Starts after parental leave" in text.stdout
