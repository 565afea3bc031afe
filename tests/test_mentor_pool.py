"""The mentor pool and mentee needs services, without widgets."""

from __future__ import annotations

from datetime import date

import pytest

from mentordesk.models import MentorProfile, Person, PortraitEntry, Program
from mentordesk.services import mentor_pool, people, programs
from mentordesk.storage import rows

TODAY = date(2026, 6, 1)


def _person(db, n: int, name: str, **kw) -> str:
    return people.add_person(db, Person(employee_id=f"E{n:03d}", name=name, email=f"p{n}@example.com", **kw))


def add_relationship(db, mentor_id: str, mentee_id: str, program_id: str | None = None,
                     status: str = "active", outcomes: tuple[str, ...] = ()) -> str:
    """A relationship row with meetings of the given outcomes (test data, straight into the tables)."""
    with db.transaction() as conn:
        rid = rows.insert(conn, "relationships", {
            "program_id": program_id, "mentor_id": mentor_id, "mentee_id": mentee_id,
            "start_date": "2025-01-01", "planned_end": "2025-10-01", "status": status,
        })
        for i, outcome in enumerate(outcomes):
            rows.insert(conn, "meetings", {"relationship_id": rid, "date": f"2025-02-{i + 1:02d}",
                                           "outcome": outcome, "minutes": 60})
    return rid


@pytest.fixture
def setup(db):
    pid = programs.create_program(db, Program(name="Pilot"))
    anna = _person(db, 1, "Anna Mentor", department="Sales", branch="Madrid", title="Head of Sales",
                   hire_date=date(2016, 6, 1), role="mentor",
                   portrait=(PortraitEntry("Negotiation", 5, None), PortraitEntry("Excel", 2, 3),
                             PortraitEntry("Coaching", 4, 5)))
    people.save_mentor_profile(db, MentorProfile(person_id=anna, willing=True, motivation="Pay it forward.",
                                                 capacity=3, recognition="Training budget"))
    bob = _person(db, 2, "Bob Mentor", role="mentor")  # no profile edits beyond the default, no hire date
    cleo = _person(db, 3, "Cleo Mentee", department="IT", branch="Kraków",
                   portrait=(PortraitEntry("Negotiation", 1, 4), PortraitEntry("SQL", 3, 3),
                             PortraitEntry("Excel", 2, 3)))
    dan = _person(db, 4, "Dan Mentee")
    other = _person(db, 5, "Eve Outsider")
    for person, role in ((anna, "mentor"), (bob, "mentor"), (cleo, "mentee"), (dan, "mentee")):
        programs.enrol(db, pid, person, role)
    return {"program": pid, "anna": anna, "bob": bob, "cleo": cleo, "dan": dan, "other": other}


def test_mentor_evidence_from_profile_and_portrait(db, setup):
    pool = {m.name: m for m in mentor_pool.mentor_pool(db, setup["program"], today=TODAY)}
    assert list(pool) == ["Anna Mentor", "Bob Mentor"]
    anna = pool["Anna Mentor"]
    assert anna.department == "Sales" and anna.branch == "Madrid" and anna.title == "Head of Sales"
    assert anna.willing is True and anna.motivation == "Pay it forward." and anna.recognition == "Training budget"
    assert anna.seniority_years == pytest.approx(10.0, abs=0.01)
    assert anna.expertise == ("Coaching", "Negotiation")  # levels 4-5 only, alphabetical
    assert (anna.capacity, anna.active_mentees, anna.free_capacity) == (3, 0, 3)
    assert anna.attendance_rate is None
    assert anna.status == "applied" and anna.reason == ""
    bob = pool["Bob Mentor"]
    assert bob.seniority_years is None and bob.expertise == () and bob.capacity == 2


def test_free_capacity_counts_active_relationships_only(db, setup):
    add_relationship(db, setup["anna"], setup["cleo"], setup["program"])
    add_relationship(db, setup["anna"], setup["dan"], None)  # another program still takes her time
    add_relationship(db, setup["anna"], setup["other"], None, status="closed")
    anna = next(m for m in mentor_pool.mentor_pool(db, setup["program"]) if m.person_id == setup["anna"])
    assert (anna.active_mentees, anna.free_capacity) == (2, 1)


def test_attendance_counts_only_the_mentors_own_misses(db, setup):
    add_relationship(db, setup["anna"], setup["cleo"], outcomes=("held", "held", "missed_by_mentor"))
    add_relationship(db, setup["anna"], setup["dan"], status="closed",
                     outcomes=("held", "missed_by_mentee", "rescheduled_by_mentor", "cancelled"))
    # Bob was a mentee once: his attendance as a mentee is not his record as a mentor.
    add_relationship(db, setup["anna"], setup["bob"], outcomes=("held",))
    pool = {m.name: m for m in mentor_pool.mentor_pool(db, setup["program"])}
    anna = pool["Anna Mentor"]
    assert (anna.meetings_held, anna.meetings_missed) == (4, 1)
    assert anna.attendance_rate == pytest.approx(0.8)
    assert pool["Bob Mentor"].attendance_rate is None


def test_deleted_meetings_and_relationships_do_not_count(db, setup):
    rid = add_relationship(db, setup["anna"], setup["cleo"], outcomes=("missed_by_mentor",))
    with db.transaction() as conn:
        rows.tombstone(conn, "relationships", rid)
    anna = next(m for m in mentor_pool.mentor_pool(db, setup["program"]) if m.person_id == setup["anna"])
    assert anna.attendance_rate is None and anna.active_mentees == 0


def test_status_and_reason_follow_decisions(db, setup):
    pool = mentor_pool.mentor_pool(db, setup["program"])
    programs.set_status(db, pool[1].participant_id, "declined", "No capacity this year.")
    bob = mentor_pool.mentor_pool(db, setup["program"])[1]
    assert (bob.status, bob.reason) == ("declined", "No capacity this year.")


def test_mentee_gaps_and_preferences(db, setup):
    needs = {m.name: m for m in mentor_pool.mentee_needs(db, setup["program"])}
    assert list(needs) == ["Cleo Mentee", "Dan Mentee"]
    cleo = needs["Cleo Mentee"]
    assert [(g.competency, g.current, g.target) for g in cleo.gaps] == [("Negotiation", 1, 4), ("Excel", 2, 3)]
    assert cleo.department == "IT" and cleo.branch == "Kraków"
    assert needs["Dan Mentee"].gaps == ()
    programs.set_preferences(db, cleo.participant_id, [setup["bob"], setup["anna"]])
    cleo = mentor_pool.mentee_needs(db, setup["program"])[0]
    assert cleo.preferred_ids == (setup["bob"], setup["anna"])
    assert cleo.preferred_names == ("Bob Mentor", "Anna Mentor")


def test_latest_assessment_wins(db, setup):
    person = people.get_person(db, setup["cleo"])
    from dataclasses import replace
    people.update_person(db, setup["cleo"], replace(person, portrait=(PortraitEntry("Negotiation", 4, 4),)))
    cleo = mentor_pool.mentee_needs(db, setup["program"])[0]
    assert [g.competency for g in cleo.gaps] == ["Excel"]


def test_waitlist_date_and_other_programs(db, setup):
    mentee = mentor_pool.mentee_needs(db, setup["program"])[1]
    programs.set_status(db, mentee.participant_id, "waitlisted", "Full.")
    assert mentor_pool.mentee_needs(db, setup["program"])[1].waitlisted_since
    other = programs.create_program(db, Program(name="Other"))
    assert mentor_pool.mentor_pool(db, other) == [] and mentor_pool.mentee_needs(db, other) == []
