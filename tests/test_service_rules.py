"""Rules that lived only in a front end, now in the services (issue 11), tested through every path.

- archived people cannot be paired: by hand, by approving a match run made before they
  were archived, by locking a pair, by replacing a mentor;
- a full program puts accepted mentees on the waiting list: accepting, enrolling anew,
  re-enrolling, and two processes taking the last place at once;
- snoozed attention items are keyed by ids: two goals with one title, a renamed goal,
  and snoozes stored under the old title keys.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.errors import ValidationError
from mentordesk.models import Person
from mentordesk.services import matching
from mentordesk.services import people as people_service
from mentordesk.services import programs as programs_service
from mentordesk.services import relationships as svc
from mentordesk.storage import people_repo, rows

D = dt.date
TODAY = D(2026, 6, 1)
ROOT = Path(__file__).resolve().parents[1]


def add_people(db, *employee_ids: str) -> dict[str, str]:
    out = {}
    with db.transaction() as conn:
        for emp in employee_ids:
            out[emp] = people_repo.insert_person(conn, Person(
                employee_id=emp, name=f"Person {emp}", email=f"{emp.lower()}@example.com", role="both"))
    return out


def add_program(db, max_mentees: int | None = None) -> str:
    with db.transaction() as conn:
        return rows.insert(conn, "programs", {"name": "Leaders", "relationship_months": 6,
                                              "cadence": "monthly", "max_mentees": max_mentees})


def count(db, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}"))


# -- archived people cannot be paired --------------------------------------------------------

@pytest.mark.parametrize("archived", ["MENTOR", "MENTEE"])
def test_pairing_by_hand_refuses_an_archived_person(db, archived):
    p = add_people(db, "MENTOR", "MENTEE")
    people_service.set_archived(db, p[archived], True)
    before = count(db, "relationships")
    with pytest.raises(ValidationError, match="archived") as refused:
        svc.start_relationship(db, p["MENTOR"], p["MENTEE"], start=TODAY)
    assert f"Person {archived}" in str(refused.value)
    assert count(db, "relationships") == before
    people_service.set_archived(db, p[archived], False)  # restored: allowed again
    assert svc.start_relationship(db, p["MENTOR"], p["MENTEE"], start=TODAY)


def _cohort(db):
    p = add_people(db, "M1", "M2", "E1", "E2")
    program = add_program(db)
    for emp in ("M1", "M2"):
        programs_service.enrol(db, program, p[emp], "mentor", "accepted")
    for emp in ("E1", "E2"):
        programs_service.enrol(db, program, p[emp], "mentee", "accepted")
    return p, program


@pytest.mark.parametrize("role", ["mentor", "mentee"])
def test_approving_a_run_made_before_someone_was_archived_skips_that_pair(db, role):
    p, program = _cohort(db)
    run = matching.run_match(db, program, today=TODAY)
    assert len(run.proposals) == 2
    gone = run.proposals[0].mentor_id if role == "mentor" else run.proposals[0].mentee_id
    people_service.set_archived(db, gone, True)
    result = matching.approve(db, program, run, today=TODAY)
    with_gone = {x.mentee_id for x in run.proposals if gone in (x.mentor_id, x.mentee_id)}
    assert {x.mentee_id for x in result.skipped} == with_gone
    assert {x.mentee_id for _rid, x in result.started} == {x.mentee_id for x in run.proposals} - with_gone
    assert all("archived" in x.reason for x in result.skipped)
    active = svc.list_relationships(db, status="active", today=TODAY)
    assert all(gone not in (s.mentor_id, s.mentee_id) for s in active)


def test_a_new_run_and_a_lock_leave_archived_people_out(db):
    p, program = _cohort(db)
    people_service.set_archived(db, p["M1"], True)
    people_service.set_archived(db, p["E2"], True)
    run = matching.run_match(db, program, today=TODAY)
    assert {(x.mentor_id, x.mentee_id) for x in run.proposals} == {(p["M2"], p["E1"])}
    with pytest.raises(ValidationError):
        matching.lock_pair(db, program, p["E1"], p["M1"])
    with pytest.raises(ValidationError):
        matching.lock_pair(db, program, p["E2"], p["M2"])


# -- a full program puts new mentees on the waiting list ---------------------------------------

def _participant(db, program, person_id):
    return next(x for x in programs_service.participants(db, program) if x.person_id == person_id)


def test_accepting_beyond_the_limit_waitlists_whoever_asks(db):
    p = add_people(db, "A", "B", "C", "MENTOR")
    program = add_program(db, max_mentees=1)
    ids = {e: programs_service.enrol(db, program, p[e], "mentee") for e in ("A", "B", "C")}
    assert programs_service.set_status(db, ids["A"], "accepted") == "accepted"
    assert programs_service.set_status(db, ids["B"], "accepted") == "waitlisted"
    b = _participant(db, program, p["B"])
    assert (b.status, b.reason) == ("waitlisted", programs_service.PROGRAM_FULL) and b.waitlisted_since
    # accepting the one already accepted again keeps them (they do not count against themself)
    assert programs_service.set_status(db, ids["A"], "accepted") == "accepted"
    # mentors are not limited by the number of mentees
    mentor = programs_service.enrol(db, program, p["MENTOR"], "mentor")
    assert programs_service.set_status(db, mentor, "accepted") == "accepted"
    # once a place frees, the next acceptance gets it
    programs_service.set_status(db, ids["A"], "withdrawn", "Moved abroad")
    assert programs_service.set_status(db, ids["C"], "accepted") == "accepted"
    counts = programs_service.counts(db, program)
    assert counts[("mentee", "accepted")] == 1 and counts[("mentee", "waitlisted")] == 1


def test_a_waiting_mentee_accepted_again_keeps_their_place_in_the_queue(db):
    p = add_people(db, "A", "B")
    program = add_program(db, max_mentees=1)
    programs_service.enrol(db, program, p["A"], "mentee", "accepted")
    b = programs_service.enrol(db, program, p["B"], "mentee", "accepted")
    first = _participant(db, program, p["B"])
    assert first.status == "waitlisted"
    assert programs_service.set_status(db, b, "accepted") == "waitlisted"
    assert _participant(db, program, p["B"]).waitlisted_since == first.waitlisted_since


@pytest.mark.parametrize("first_status", ["applied", "declined", "withdrawn"])
def test_re_enrolling_as_accepted_into_a_full_program_waitlists(db, first_status):
    p = add_people(db, "A", "B")
    program = add_program(db, max_mentees=1)
    programs_service.enrol(db, program, p["A"], "mentee", "accepted")
    programs_service.enrol(db, program, p["B"], "mentee", first_status, reason="-")
    programs_service.enrol(db, program, p["B"], "mentee", "accepted")
    assert _participant(db, program, p["B"]).status == "waitlisted"


def test_without_a_limit_everyone_is_accepted(db):
    p = add_people(db, "A", "B", "C")
    program = add_program(db, max_mentees=None)
    for e in p:
        programs_service.enrol(db, program, p[e], "mentee", "accepted")
    assert programs_service.counts(db, program)[("mentee", "accepted")] == 3


_ACCEPT = """
import sys
from mentordesk.storage.database import Database
from mentordesk.services import programs
db = Database.open(sys.argv[1])
print(programs.set_status(db, sys.argv[2], "accepted"))
db.close()
"""


def test_two_processes_accepting_the_last_place_cannot_both_get_it(db, db_path):
    p = add_people(db, "A", "B")
    program = add_program(db, max_mentees=1)
    a = programs_service.enrol(db, program, p["A"], "mentee")
    b = programs_service.enrol(db, program, p["B"], "mentee")
    db.close()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    procs = [subprocess.Popen([sys.executable, "-c", _ACCEPT, str(db_path), pid], stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=env) for pid in (a, b)]
    outcomes = []
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        outcomes.append(out.strip())
    assert sorted(outcomes) == ["accepted", "waitlisted"]


# -- snoozes keyed by ids ----------------------------------------------------------------------

@pytest.fixture
def two_goals(db):
    p = add_people(db, "MENTOR", "MENTEE")
    rel = svc.start_relationship(db, p["MENTOR"], p["MENTEE"], start=D(2026, 1, 5))
    g1 = svc.add_goal(db, rel, "Public speaking", due_date=D(2026, 3, 1))
    g2 = svc.add_goal(db, rel, "Public speaking", due_date=D(2026, 4, 1))
    return rel, g1, g2


def _goal_items(db):
    return [i for i in svc.attention_list(db, today=TODAY) if i.kind == "goal_past_due"]


def test_two_goals_with_one_title_do_not_share_a_snooze(db, two_goals):
    rel, g1, g2 = two_goals
    items = _goal_items(db)
    assert len(items) == 2 and len({i.key for i in items}) == 2
    assert {i.key for i in items} == {f"goal_past_due:{rel}:{g1}", f"goal_past_due:{rel}:{g2}"}
    svc.snooze(db, f"goal_past_due:{rel}:{g1}", TODAY + dt.timedelta(days=7), today=TODAY)
    assert [i.key for i in _goal_items(db)] == [f"goal_past_due:{rel}:{g2}"]


def test_renaming_a_snoozed_goal_keeps_it_snoozed_until_the_date(db, two_goals):
    rel, g1, g2 = two_goals
    svc.snooze(db, f"goal_past_due:{rel}:{g1}", TODAY + dt.timedelta(days=7), today=TODAY)
    svc.update_goal(db, g1, title="Speak at the all-hands")
    keys = [i.key for i in _goal_items(db)]
    assert keys == [f"goal_past_due:{rel}:{g2}"]
    back = [i for i in svc.attention_list(db, today=TODAY + dt.timedelta(days=7)) if i.kind == "goal_past_due"]
    assert f"goal_past_due:{rel}:{g1}" in {i.key for i in back}
    assert any("Speak at the all-hands" in i.title for i in back)


def test_a_snooze_stored_under_the_old_title_key_keeps_working_until_it_ends(db, two_goals):
    rel, _g1, _g2 = two_goals
    other = svc.add_goal(db, rel, "Budgeting", due_date=D(2026, 2, 1))
    with db.transaction() as conn:  # as a file from before stored it
        rows.insert(conn, "snoozes", {"item_key": f"goal_past_due:{rel}:Budgeting",
                                      "until": (TODAY + dt.timedelta(days=3)).isoformat(), "note": ""})
    assert f"goal_past_due:{rel}:{other}" not in {i.key for i in _goal_items(db)}
    assert len(_goal_items(db)) == 2
    later = [i.key for i in svc.attention_list(db, today=TODAY + dt.timedelta(days=3)) if i.kind == "goal_past_due"]
    assert f"goal_past_due:{rel}:{other}" in later


def test_check_in_and_archived_partner_keys_are_the_ones_stored_before(db):
    """Those were already keyed by role; an upgrade must not bring their snoozed items back."""
    p = add_people(db, "MENTOR", "MENTEE")
    rel = svc.start_relationship(db, p["MENTOR"], p["MENTEE"], start=D(2026, 1, 5))
    people_service.set_archived(db, p["MENTEE"], True)
    keys = {i.key for i in svc.attention_list(db, today=TODAY)}
    assert f"checkin_overdue:{rel}:mentor" in keys and f"checkin_overdue:{rel}:mentee" in keys
    assert f"archived_partner:{rel}:mentee" in keys
    svc.snooze(db, f"checkin_overdue:{rel}:mentor", TODAY + dt.timedelta(days=2), today=TODAY)
    keys = {i.key for i in svc.attention_list(db, today=TODAY)}
    assert f"checkin_overdue:{rel}:mentor" not in keys and f"checkin_overdue:{rel}:mentee" in keys
