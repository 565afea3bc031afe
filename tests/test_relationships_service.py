"""Relationship use cases against a real file: pairing rules, stages, goals, meetings, attention."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.models import MentorProfile, Person
from mentordesk.relationships import CHECKIN_QUESTIONS
from mentordesk.services import relationships as svc
from mentordesk.storage import people_repo, rows

D = dt.date
TODAY = D(2026, 6, 1)


def add_people(db, *specs: tuple[str, str | None]) -> dict[str, str]:
    """specs: (employee_id, manager_employee_id); returns employee_id -> person id."""
    out = {}
    with db.transaction() as conn:
        for emp, mgr in specs:
            out[emp] = people_repo.insert_person(conn, Person(
                employee_id=emp, name=f"Person {emp}", email=f"{emp.lower()}@example.com",
                manager_employee_id=mgr))
    return out


def add_program(db, name: str = "Leaders 2026", months: int = 6, cadence: str = "monthly") -> str:
    with db.transaction() as conn:
        return rows.insert(conn, "programs", {"name": name, "relationship_months": months, "cadence": cadence})


def count(db, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"))


@pytest.fixture
def people(db):
    # A three-level chain: CEO <- VP <- LEAD, plus unrelated people X, Y, Z, W.
    return add_people(db, ("CEO", None), ("VP", "CEO"), ("LEAD", "VP"),
                      ("X", None), ("Y", None), ("Z", None), ("W", None))


@pytest.fixture
def rel(db, people):
    return svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 1, 5), cadence="fortnightly")


# -- starting --------------------------------------------------------------------------

def test_start_uses_program_length_and_cadence_and_records_stage_one(db, people):
    pid = add_program(db, months=6, cadence="monthly")
    rel_id = svc.start_relationship(db, people["X"], people["Y"], program_id=pid, start=D(2026, 1, 31))
    d = svc.get_relationship(db, rel_id, today=D(2026, 2, 1))
    assert d.summary.planned_end == D(2026, 7, 31)
    assert d.summary.cadence == "monthly"
    assert d.summary.program_name == "Leaders 2026"
    assert d.summary.stage == 1 and d.summary.stage_name == "Getting to know each other"
    assert [(s.stage, s.began_on) for s in d.stages] == [(1, D(2026, 1, 31))]


def test_start_defaults_to_nine_months_without_program(db, people):
    rel_id = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 1, 10))
    assert svc.get_relationship(db, rel_id).summary.planned_end == D(2026, 10, 10)


def test_self_pairing_refused(db, people):
    with pytest.raises(ValidationError, match="themself"):
        svc.start_relationship(db, people["X"], people["X"], start=TODAY)
    assert count(db, "relationships") == 0


@pytest.mark.parametrize("mentor,mentee,fragment", [
    ("VP", "LEAD", "manager"),          # direct manager
    ("CEO", "LEAD", "above"),           # two levels up
    ("LEAD", "CEO", "above"),           # mentee above the mentor
    ("LEAD", "VP", "above"),
])
def test_management_chain_refused_on_three_levels(db, people, mentor, mentee, fragment):
    with pytest.raises(ValidationError, match=fragment):
        svc.start_relationship(db, people[mentor], people[mentee], start=TODAY)
    assert count(db, "relationships") == 0
    assert count(db, "relationship_stages") == 0


def test_chain_does_not_block_unrelated_people(db, people):
    assert svc.start_relationship(db, people["CEO"], people["X"], start=TODAY)


def test_precomputed_managers_map_gives_the_same_answers_without_rereading(db, people, monkeypatch):
    managers = people_repo.managers(db)
    expected = svc.pairing_problems(db, people["VP"], people["LEAD"])
    calls: list[int] = []
    real = people_repo.managers
    monkeypatch.setattr(people_repo, "managers", lambda d: calls.append(1) or real(d))
    assert svc.pairing_problems(db, people["VP"], people["LEAD"], managers=managers) == expected
    with pytest.raises(ValidationError, match="manager"):
        svc.start_relationship(db, people["VP"], people["LEAD"], start=TODAY, managers=managers)
    assert svc.start_relationship(db, people["CEO"], people["X"], start=TODAY, managers=managers)
    assert calls == []  # the map was used, the chain never read again
    # Without the map the chain is still read from the file, as before.
    assert svc.pairing_problems(db, people["LEAD"], people["CEO"])
    assert calls == [1]


def test_capacity_default_two_and_profile_capacity(db, people):
    svc.start_relationship(db, people["X"], people["Y"], start=TODAY)
    svc.start_relationship(db, people["X"], people["Z"], start=TODAY)
    with pytest.raises(ValidationError, match="full capacity of 2"):
        svc.start_relationship(db, people["X"], people["W"], start=TODAY)
    with db.transaction() as conn:
        people_repo.save_mentor_profile(conn, MentorProfile(person_id=people["X"], capacity=3))
    assert svc.start_relationship(db, people["X"], people["W"], start=TODAY)


def test_existing_active_pair_refused_either_direction(db, people, rel):
    with pytest.raises(ValidationError, match="already have an active relationship"):
        svc.start_relationship(db, people["X"], people["Y"], start=TODAY)
    with pytest.raises(ValidationError, match="already have an active relationship"):
        svc.start_relationship(db, people["Y"], people["X"], start=TODAY)


def test_unknown_person_refused(db, people):
    with pytest.raises(ValidationError, match="not in the people list"):
        svc.start_relationship(db, people["X"], "nobody", start=TODAY)


# -- stages, extension, closure -------------------------------------------------------------

def test_stage_rules_through_service(db, rel):
    with pytest.raises(ValidationError, match="one at a time"):
        svc.advance_stage(db, rel, 3, D(2026, 2, 1))
    with pytest.raises(ValidationError, match="before stage 1"):
        svc.advance_stage(db, rel, 2, D(2026, 1, 1))
    assert svc.advance_stage(db, rel, 2, D(2026, 2, 1)) is True
    assert svc.advance_stage(db, rel, 3, D(2026, 3, 1)) is True
    assert svc.advance_stage(db, rel, 3, D(2026, 3, 1)) is False  # re-saving changes nothing
    with pytest.raises(ValidationError, match="backwards"):
        svc.advance_stage(db, rel, 2, D(2026, 3, 5))
    d = svc.get_relationship(db, rel)
    assert d.summary.stage == 3 and d.summary.stage_name == "Learning and application"
    assert [(s.stage, s.began_on) for s in d.stages] == [
        (1, D(2026, 1, 5)), (2, D(2026, 2, 1)), (3, D(2026, 3, 1))]
    # HR correction back to 2 drops stage 3's date
    assert svc.advance_stage(db, rel, 2, D(2026, 3, 5), hr_correction=True)
    d = svc.get_relationship(db, rel)
    assert d.summary.stage == 2
    assert [s.stage for s in d.stages] == [1, 2]


def test_stage_change_refused_on_closed_relationship(db, rel):
    svc.close(db, rel, "completed", closed_on=D(2026, 5, 1))
    with pytest.raises(ValidationError, match="active"):
        svc.advance_stage(db, rel, 2, D(2026, 5, 2))


def test_extension_records_previous_end_and_moves_planned_end(db, rel):
    svc.extend(db, rel, D(2026, 12, 5), "Project delayed the last stage")
    d = svc.get_relationship(db, rel)
    assert d.summary.planned_end == D(2026, 12, 5)
    assert [(e.previous_end, e.new_end, e.reason) for e in d.extensions] == [
        (D(2026, 10, 5), D(2026, 12, 5), "Project delayed the last stage")]


@pytest.mark.parametrize("new_end,reason,fragment", [
    (D(2026, 9, 1), "shorter", "must be after"),
    (D(2026, 12, 1), "  ", "reason"),
    (D(2028, 2, 1), "too long", "at most 24 months"),
])
def test_extension_refusals_write_nothing(db, rel, new_end, reason, fragment):
    with pytest.raises(ValidationError, match=fragment):
        svc.extend(db, rel, new_end, reason)
    assert count(db, "extensions") == 0
    assert svc.get_relationship(db, rel).summary.planned_end == D(2026, 10, 5)


def test_closing_frees_capacity(db, people):
    a = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 1, 1))
    svc.start_relationship(db, people["X"], people["Z"], start=D(2026, 1, 1))
    with pytest.raises(ValidationError):
        svc.start_relationship(db, people["X"], people["W"], start=D(2026, 2, 1))
    svc.close(db, a, "mentee_withdrew", "Moved to another company", closed_on=D(2026, 3, 1))
    assert svc.start_relationship(db, people["X"], people["W"], start=D(2026, 3, 2))
    with pytest.raises(ValidationError, match="already closed"):
        svc.close(db, a, "completed", closed_on=D(2026, 3, 5))


def test_close_validation(db, rel):
    with pytest.raises(ValidationError, match="reason"):
        svc.close(db, rel, "ended_early_by_agreement", "", closed_on=D(2026, 3, 1))
    with pytest.raises(ValidationError, match="Choose how"):
        svc.close(db, rel, "finished", "x", closed_on=D(2026, 3, 1))
    with pytest.raises(ValidationError, match="before the start"):
        svc.close(db, rel, "completed", closed_on=D(2025, 3, 1))
    assert svc.get_relationship(db, rel).summary.status == "active"


def test_completed_and_ended_early_counted_separately(db, people):
    a = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 1, 1))
    b = svc.start_relationship(db, people["Z"], people["W"], start=D(2026, 1, 1))
    c = svc.start_relationship(db, people["CEO"], people["X"], start=D(2026, 1, 1))
    svc.start_relationship(db, people["Z"], people["Y"], start=D(2026, 1, 1))
    svc.close(db, a, "completed", reflection="Great", closed_on=D(2026, 10, 1))
    svc.close(db, b, "ended_early_by_agreement", "Role change", closed_on=D(2026, 4, 1))
    svc.close(db, c, "mentor_withdrew", "Sabbatical", closed_on=D(2026, 4, 1))
    counts = svc.closure_counts(db)
    assert (counts.active, counts.completed, counts.ended_early) == (1, 1, 2)
    assert counts.by_outcome["mentor_withdrew"] == 1
    closed = svc.list_relationships(db, status="closed")
    assert {s.closure_outcome for s in closed} == {"completed", "ended_early_by_agreement", "mentor_withdrew"}
    assert all(s.health == "closed" for s in closed)


def test_hr_summary_only_writes_on_change(db, rel):
    assert svc.set_hr_summary(db, rel, "Going well") is True
    assert svc.set_hr_summary(db, rel, "Going well") is False
    assert svc.get_relationship(db, rel).hr_summary == "Going well"


# -- goals and competencies --------------------------------------------------------------

def test_goals_history_on_every_status_or_progress_change(db, people, rel):
    with db.transaction() as conn:
        cid = people_repo.ensure_competency(conn, "Negotiation")
    gid = svc.add_goal(db, rel, "Lead a client negotiation", due_date=D(2026, 5, 1), competency_id=cid)
    assert svc.update_goal(db, gid, status="in_progress", progress=30, note="First attempt")
    assert svc.update_goal(db, gid, progress=30) is False          # no change, no history
    assert svc.update_goal(db, gid, description="with a senior buyer") is True  # not status/progress
    svc.update_goal(db, gid, status="achieved")                    # achieving means 100%
    goal = svc.get_relationship(db, rel).goals[0]
    assert goal.competency_name == "Negotiation"
    assert goal.status == "achieved" and goal.progress == 100
    assert [(h.status, h.progress) for h in goal.history] == [
        ("open", 0), ("in_progress", 30), ("achieved", 100)]
    assert goal.history[1].note == "First attempt"


def test_goal_validation(db, rel):
    with pytest.raises(ValidationError, match="title"):
        svc.add_goal(db, rel, "  ")
    with pytest.raises(ValidationError, match="competency"):
        svc.add_goal(db, rel, "Learn", competency_id="missing")
    gid = svc.add_goal(db, rel, "Learn")
    with pytest.raises(ValidationError, match="0 to 100"):
        svc.update_goal(db, gid, progress=120)
    with pytest.raises(ValidationError, match="status"):
        svc.update_goal(db, gid, status="done")
    assert count(db, "goal_history") == 1
    with pytest.raises(NotFoundError):
        svc.update_goal(db, "nope", progress=5)


def test_reassess_competency_adds_dated_rows(db, people):
    assert svc.reassess_competency(db, people["Y"], "Negotiation", 2, 4, D(2026, 1, 10))
    assert svc.reassess_competency(db, people["Y"], "Negotiation", 3, 4, D(2026, 6, 10))
    assert not svc.reassess_competency(db, people["Y"], "Negotiation", 3, 4, D(2026, 7, 10))
    history = people_repo.competency_history(db, people["Y"], "negotiation")
    assert [(h.current, h.assessed_at) for h in history] == [(2, "2026-01-10"), (3, "2026-06-10")]
    with pytest.raises(ValidationError, match="0 to 5"):
        svc.reassess_competency(db, people["Y"], "Negotiation", 7, 4, D(2026, 7, 10))


# -- meetings ----------------------------------------------------------------------------

@pytest.mark.parametrize("kwargs,fragment", [
    (dict(rel_id="missing"), "no relationship"),
    (dict(outcome="forgotten"), "Unknown meeting outcome"),
    (dict(date=D(2025, 12, 31)), "before the relationship started"),
    (dict(date=TODAY + dt.timedelta(days=366)), "more than a year ahead"),
    (dict(minutes=0), "1 to 600"),
    (dict(minutes=601), "1 to 600"),
    (dict(minutes=-5, outcome="missed_by_mentor"), "0 to 600"),
    (dict(minutes="60"), "whole number"),
    (dict(mode="telepathy"), "mode"),
    (dict(time="25:00"), "time of day"),
    (dict(goals_discussed=("not-a-goal",)), "goals"),
])
def test_log_meeting_validation_writes_nothing(db, rel, kwargs, fragment):
    args = dict(rel_id=rel, date=D(2026, 2, 1), minutes=60, outcome="held")
    args.update(kwargs)
    with pytest.raises(ValidationError, match=fragment):
        svc.log_meeting(db, args.pop("rel_id"), today=TODAY, **args)
    assert svc.count_meetings(db) == 0


def test_log_meeting_zero_minutes_allowed_when_missed_or_cancelled(db, rel):
    svc.log_meeting(db, rel, D(2026, 1, 19), 0, "missed_by_mentee", today=TODAY)
    svc.log_meeting(db, rel, D(2026, 2, 2), 0, "cancelled", with_notice=True, today=TODAY)
    assert svc.count_meetings(db, rel) == 2


def test_meeting_defaults_mode_from_relationship_and_update_delete(db, people):
    rel = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 1, 5), mode="video")
    gid = svc.add_goal(db, rel, "Present to the board")
    mid = svc.log_meeting(db, rel, D(2026, 1, 5), 60, "held", time="09:30", topics="Kick-off",
                          goals_discussed=[gid], today=TODAY)
    m = svc.get_relationship(db, rel, today=TODAY).meetings[0]
    assert (m.mode, m.time, m.topics, m.goals_discussed) == ("video", "09:30", "Kick-off", (gid,))
    with pytest.raises(ValidationError, match="1 to 600"):
        svc.update_meeting(db, mid, minutes=0, today=TODAY)
    assert svc.update_meeting(db, mid, minutes=75, today=TODAY) is True
    assert svc.update_meeting(db, mid, minutes=75, today=TODAY) is False
    assert svc.get_relationship(db, rel, today=TODAY).meetings[0].minutes == 75
    assert svc.delete_meeting(db, mid) is True
    assert svc.count_meetings(db, rel) == 0
    assert db.scalar("SELECT count(*) FROM meetings") == 1  # tombstoned, not deleted


def test_attendance_attribution_and_hours(db, people):
    a = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 1, 5))
    b = svc.start_relationship(db, people["Z"], people["X"], start=D(2026, 1, 5))  # X is mentee here
    for day, minutes, outcome in [(5, 60, "held"), (12, 90, "held"), (19, 0, "missed_by_mentor"),
                                  (26, 0, "missed_by_mentee"), (27, 0, "rescheduled_by_mentor")]:
        svc.log_meeting(db, a, D(2026, 1, day), minutes, outcome, today=TODAY)
    svc.log_meeting(db, b, D(2026, 1, 6), 45, "held", today=TODAY)
    svc.log_meeting(db, b, D(2026, 1, 20), 0, "missed_by_mentee", today=TODAY)

    x = svc.person_attendance(db, people["X"])
    assert (x.relationships, x.held, x.counted) == (2, 3, 6)
    assert x.missed_by_person == 2  # once as mentor in a, once as mentee in b
    assert x.missed_by_partner == 1
    assert x.own_miss_rate == pytest.approx(2 / 6)
    assert x.hours == pytest.approx(195 / 60)
    y = svc.person_attendance(db, people["Y"])
    assert (y.missed_by_person, y.missed_by_partner) == (1, 1)

    s = {r.id: r for r in svc.list_relationships(db, today=TODAY)}
    assert (s[a].meetings_held, s[a].meetings_missed) == (2, 2)
    assert s[a].attendance_rate == pytest.approx(0.5)   # rescheduled is not counted
    assert s[a].hours == pytest.approx(2.5)
    by_rel = {h.key: h.hours for h in svc.hours_by_relationship(db)}
    assert by_rel[a] == pytest.approx(2.5) and by_rel[b] == pytest.approx(0.75)
    by_mentor = {h.key: h.hours for h in svc.hours_by_mentor(db)}
    assert by_mentor == {people["X"]: pytest.approx(2.5), people["Z"]: pytest.approx(0.75)}
    assert [h.hours for h in svc.hours_by_program(db)] == [pytest.approx(3.25)]


def test_hours_by_program_groups_per_program(db, people):
    p1, p2 = add_program(db, "Alpha"), add_program(db, "Beta")
    a = svc.start_relationship(db, people["X"], people["Y"], program_id=p1, start=D(2026, 1, 5))
    b = svc.start_relationship(db, people["Z"], people["W"], program_id=p2, start=D(2026, 1, 5))
    svc.log_meeting(db, a, D(2026, 1, 5), 60, "held", today=TODAY)
    svc.log_meeting(db, b, D(2026, 1, 5), 30, "held", today=TODAY)
    svc.log_meeting(db, b, D(2026, 1, 6), 30, "missed_by_mentor", today=TODAY)
    assert [(h.name, h.hours) for h in svc.hours_by_program(db)] == [("Alpha", 1.0), ("Beta", 0.5)]
    assert [s.id for s in svc.list_relationships(db, program_id=p2, today=TODAY)] == [b]


# -- check-ins and health ---------------------------------------------------------------

def test_record_checkin_and_validation(db, rel):
    keys = list(CHECKIN_QUESTIONS)
    cid = svc.record_checkin(db, rel, "mentee", D(2026, 2, 5), {keys[0]: 4, keys[1]: 2},
                             {keys[0]: "Useful"}, today=TODAY)
    c = svc.get_relationship(db, rel, today=TODAY).checkins[0]
    assert c.id == cid and c.average == pytest.approx(3.0) and c.comments == {keys[0]: "Useful"}
    for role, scores, fragment in [("boss", {keys[0]: 3}, "mentor or the mentee"),
                                   ("mentor", {keys[0]: 6}, "must be 1 to 5"),
                                   ("mentor", {"mood": 3}, "not a check-in question"),
                                   ("mentor", {}, "no answers")]:
        with pytest.raises(ValidationError, match=fragment):
            svc.record_checkin(db, rel, role, D(2026, 2, 5), scores, today=TODAY)
    with pytest.raises(ValidationError, match="future"):
        svc.record_checkin(db, rel, "mentor", D(2026, 7, 5), {keys[0]: 3}, today=TODAY)
    assert count(db, "checkins") == 1


def test_health_labels(db, people):
    keys = list(CHECKIN_QUESTIONS)
    new = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 5, 20))
    good = svc.start_relationship(db, people["Z"], people["W"], start=D(2026, 4, 1), cadence="fortnightly")
    bad = svc.start_relationship(db, people["CEO"], people["X"], start=D(2026, 3, 1), cadence="weekly")
    for d in (D(2026, 4, 1), D(2026, 4, 15), D(2026, 4, 29), D(2026, 5, 13), D(2026, 5, 27)):
        svc.log_meeting(db, good, d, 60, "held", today=TODAY)
    for role in ("mentor", "mentee"):
        svc.record_checkin(db, good, role, D(2026, 5, 10), {k: 4 for k in keys}, today=TODAY)
    svc.log_meeting(db, bad, D(2026, 3, 2), 60, "held", today=TODAY)
    svc.record_checkin(db, bad, "mentee", D(2026, 4, 1), {k: 2 for k in keys}, today=TODAY)

    by_id = {s.id: s for s in svc.list_relationships(db, today=TODAY)}
    assert by_id[new].health == "too_early" and by_id[new].health_label == "Too early to tell"
    assert by_id[good].health == "on_track" and by_id[good].health_reasons == ()
    assert by_id[bad].health == "at_risk"
    assert any("No meeting held" in r for r in by_id[bad].health_reasons)
    assert any("averaged 2.0" in r for r in by_id[bad].health_reasons)


def test_detail_planned_and_overdue_dates(db, rel):
    svc.log_meeting(db, rel, D(2026, 1, 5), 60, "held", today=TODAY)
    svc.log_meeting(db, rel, D(2026, 1, 20), 60, "held", today=TODAY)
    d = svc.get_relationship(db, rel, today=D(2026, 2, 20))
    assert d.planned_dates[:3] == (D(2026, 1, 5), D(2026, 1, 19), D(2026, 2, 2))
    assert d.planned_dates[-1] <= D(2026, 10, 5)
    assert d.overdue_dates == (D(2026, 2, 2), D(2026, 2, 16))


def test_get_unknown_relationship(db):
    with pytest.raises(NotFoundError):
        svc.get_relationship(db, "missing")


# -- attention list ------------------------------------------------------------------------

def _add_waitlisted(db, person_id: str, program_id: str, since: str) -> None:
    with db.transaction() as conn:
        rows.insert(conn, "participants", {"program_id": program_id, "person_id": person_id, "role": "mentee",
                                           "status": "waitlisted", "applied_at": "2026-01-01",
                                           "waitlisted_since": since})


def test_attention_list_with_waiting_list_and_snooze(db, people):
    pid = add_program(db)
    rel = svc.start_relationship(db, people["X"], people["Y"], program_id=pid, start=D(2026, 1, 5),
                                 cadence="fortnightly")
    _add_waitlisted(db, people["W"], pid, "2026-05-20")
    _add_waitlisted(db, people["Z"], pid, "2026-02-01")

    items = svc.attention_list(db, today=TODAY)
    kinds = {(i.kind, i.relationship_id) for i in items}
    assert ("no_meeting", rel) in kinds
    assert ("checkin_overdue", rel) in kinds
    waiting = [i for i in items if i.kind == "waiting_list"]
    assert [i.person_id for i in waiting] == [people["Z"], people["W"]]  # longest wait first
    assert waiting[0].severity == "medium" and waiting[1].severity == "low"
    assert "Leaders 2026" in waiting[0].title
    assert items[0].kind == "no_meeting"  # high severity first

    no_meeting = next(i for i in items if i.kind == "no_meeting")
    svc.snooze(db, no_meeting.key, D(2026, 6, 8), "Called them, meeting booked", today=TODAY)
    after = svc.attention_list(db, today=TODAY)
    assert no_meeting.key not in {i.key for i in after}
    assert len(after) == len(items) - 1
    # it comes back on the day the snooze ends
    assert no_meeting.key in {i.key for i in svc.attention_list(db, today=D(2026, 6, 8))}
    # snoozing again updates the same row
    svc.snooze(db, no_meeting.key, D(2026, 6, 15), "", today=TODAY)
    assert count(db, "snoozes") == 1
    with pytest.raises(ValidationError):
        svc.snooze(db, no_meeting.key, TODAY, "", today=TODAY)


def test_attention_flags_mentor_who_misses(db, people):
    a = svc.start_relationship(db, people["X"], people["Y"], start=D(2026, 5, 1), cadence="weekly")
    for day, outcome in [(1, "held"), (8, "missed_by_mentor"), (15, "held"), (22, "missed_by_mentor"),
                         (29, "held")]:
        svc.log_meeting(db, a, D(2026, 5, day), 0 if outcome != "held" else 60, outcome, today=TODAY)
    items = svc.attention_list(db, today=TODAY)
    flagged = [i for i in items if i.kind == "mentor_miss_rate"]
    assert [i.person_id for i in flagged] == [people["X"]]
    assert flagged[0].key == f"mentor_miss_rate:{people['X']}"
    assert not [i for i in svc.attention_list(db, today=TODAY, miss_threshold=0.5)
                if i.kind == "mentor_miss_rate"]


# -- demo data ------------------------------------------------------------------------------

DEMO_TODAY = D(2026, 11, 20)


def _demo_people(db) -> str:
    """12 mentors, 24 mentees, a management line to respect, and one mentor with room for one."""
    with db.transaction() as conn:
        pid = rows.insert(conn, "programs", {"name": "Demo", "relationship_months": 9, "cadence": "fortnightly"})
        for name in ("Negotiation", "Presenting", "Planning"):
            people_repo.ensure_competency(conn, name)
        ids = {}
        specs = [(f"M{i:02}", "M12" if i == 2 else ("E05" if i == 5 else None)) for i in range(1, 13)]
        specs += [(f"E{i:02}", "M01" if i <= 4 else ("M02" if i <= 8 else None)) for i in range(1, 25)]
        for emp, mgr in specs:
            ids[emp] = people_repo.insert_person(conn, Person(
                employee_id=emp, name=f"Name {emp}", email=f"{emp}@demo.com", manager_employee_id=mgr))
            rows.insert(conn, "participants", {"program_id": pid, "person_id": ids[emp],
                                               "role": "mentor" if emp[0] == "M" else "mentee",
                                               "status": "accepted", "applied_at": "2025-12-01"})
        people_repo.save_mentor_profile(conn, MentorProfile(person_id=ids["M07"], capacity=1))
    return pid


def _demo_fingerprint(db) -> list[tuple]:
    out = []
    for s in svc.list_relationships(db, today=DEMO_TODAY):
        d = svc.get_relationship(db, s.id, today=DEMO_TODAY)
        out.append((s.mentor_name, s.mentee_name, s.start, s.stage, s.status, s.closure_outcome,
                    tuple((m.date, m.outcome, m.minutes) for m in d.meetings),
                    tuple((g.title, g.progress, g.status) for g in d.goals),
                    tuple((c.role, c.date, tuple(sorted(c.scores.items()))) for c in d.checkins)))
    return sorted(out)


def test_demo_relationships_are_believable_and_respect_rules(db):
    import random

    from mentordesk.demo_relationships import add_demo_relationships
    from mentordesk.matching.scoring import management_chain

    pid = _demo_people(db)
    created = add_demo_relationships(db, pid, random.Random(7), DEMO_TODAY)
    assert len(created) == 20
    summaries = svc.list_relationships(db, today=DEMO_TODAY)
    active = [s for s in summaries if s.status == "active"]
    closed = [s for s in summaries if s.status == "closed"]
    assert sorted(s.closure_outcome for s in closed) == ["completed", "completed", "ended_early_by_agreement"]
    assert {s.stage for s in active} == {1, 2, 3, 4, 5}
    assert max(DEMO_TODAY - s.start for s in active).days >= 300
    assert min(DEMO_TODAY - s.start for s in active).days == 14

    managers = people_repo.managers(db)
    per_mentor: dict[str, int] = {}
    for s in summaries:
        assert s.mentor_id != s.mentee_id
        assert s.mentor_id not in management_chain(s.mentee_id, managers)
        assert s.mentee_id not in management_chain(s.mentor_id, managers)
        if s.status == "active":
            per_mentor[s.mentor_id] = per_mentor.get(s.mentor_id, 0) + 1
    assert max(per_mentor.values()) <= 2
    m07 = db.scalar("SELECT id FROM people WHERE employee_id = 'M07'")
    assert per_mentor.get(m07, 0) <= 1

    outcomes = [r["outcome"] for r in db.query("SELECT outcome, minutes FROM meetings")]
    assert outcomes.count("held") / len(outcomes) > 0.6
    for kind in ("missed_by_mentor", "missed_by_mentee"):
        assert kind in outcomes
    assert any(o.startswith("rescheduled") for o in outcomes)
    held_minutes = [r["minutes"] for r in db.query("SELECT minutes FROM meetings WHERE outcome = 'held'")]
    assert all(45 <= m <= 90 for m in held_minutes)

    flagged = [i for i in svc.attention_list(db, today=DEMO_TODAY) if i.kind == "mentor_miss_rate"]
    assert len(flagged) >= 1
    assert set(r["role"] for r in db.query("SELECT DISTINCT role FROM checkins")) == {"mentor", "mentee"}
    assert count(db, "goal_history") > count(db, "goals") > 0
    assert db.scalar("SELECT count(*) FROM goals WHERE competency_id IS NOT NULL") > 0
    assert {s.health for s in active} >= {"on_track", "at_risk"}


def test_demo_relationships_deterministic_and_one_transaction(tmp_path, monkeypatch):
    import random

    from mentordesk import demo_relationships
    from mentordesk.storage.database import Database

    prints = []
    for n in (1, 2):
        db = Database.open(tmp_path / f"demo{n}.db")
        pid = _demo_people(db)
        demo_relationships.add_demo_relationships(db, pid, random.Random(42), DEMO_TODAY)
        prints.append(_demo_fingerprint(db))
        db.close()
    assert prints[0] == prints[1] and len(prints[0]) == 20

    db = Database.open(tmp_path / "broken.db")
    pid = _demo_people(db)
    calls = {"n": 0}
    real = svc.record_checkin

    def failing(*a, **k):
        calls["n"] += 1
        if calls["n"] > 30:
            raise RuntimeError("disk trouble")
        return real(*a, **k)

    monkeypatch.setattr(svc, "record_checkin", failing)
    with pytest.raises(RuntimeError):
        demo_relationships.add_demo_relationships(db, pid, random.Random(42), DEMO_TODAY)
    assert count(db, "relationships") == 0 and count(db, "meetings") == 0 and count(db, "checkins") == 0
    db.close()


def test_demo_with_few_people_keeps_active_relationships(db):
    import random

    from mentordesk.demo_relationships import add_demo_relationships

    with db.transaction() as conn:
        pid = rows.insert(conn, "programs", {"name": "Tiny"})
        for emp, role in [("M1", "mentor"), ("M2", "mentor"), ("E1", "mentee"), ("E2", "mentee"),
                          ("E3", "mentee")]:
            person = people_repo.insert_person(conn, Person(employee_id=emp, name=emp, email=f"{emp}@t.com"))
            rows.insert(conn, "participants", {"program_id": pid, "person_id": person, "role": role,
                                               "status": "accepted", "applied_at": "2026-01-01"})
    created = add_demo_relationships(db, pid, random.Random(1), DEMO_TODAY)
    assert len(created) == 3
    summaries = svc.list_relationships(db, today=DEMO_TODAY)
    assert all(s.status == "active" for s in summaries)
    assert len({s.stage for s in summaries}) == 3  # spread over ages, not three newcomers


def test_list_relationships_query_count_does_not_grow_with_relationships(db):
    """A few hundred relationships must not cost a few hundred queries."""
    specs = [(f"P{i:03}", None) for i in range(60)]
    ids = list(add_people(db, *specs).values())
    for i in range(30):
        rel = svc.start_relationship(db, ids[i], ids[30 + i], start=D(2026, 1, 5))
        svc.log_meeting(db, rel, D(2026, 1, 5), 60, "held", today=TODAY)
        svc.log_meeting(db, rel, D(2026, 1, 19), 0, "missed_by_mentee", today=TODAY)
    statements: list[str] = []
    db.conn.set_trace_callback(statements.append)
    try:
        summaries = svc.list_relationships(db, today=TODAY)
    finally:
        db.conn.set_trace_callback(None)
    assert len(summaries) == 30
    assert all(s.meetings_held == 1 and s.meetings_missed == 1 for s in summaries)
    assert len([s for s in statements if s.lstrip().upper().startswith("SELECT")]) <= 5


def test_meeting_after_closing_refused(db, rel):
    svc.close(db, rel, "completed", closed_on=D(2026, 3, 1))
    with pytest.raises(ValidationError, match="closed on 1 Mar 2026"):
        svc.log_meeting(db, rel, D(2026, 3, 2), 60, "held", today=TODAY)
    # Issue 13: a closed relationship's record is final, so even an earlier meeting is refused.
    with pytest.raises(ValidationError, match="closed on 1 Mar 2026"):
        svc.log_meeting(db, rel, D(2026, 2, 20), 60, "held", today=TODAY)
    assert svc.count_meetings(db, rel) == 0
