"""The relationships CLI end to end: real file, real argument parsing, captured output."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mentordesk.cli import main
from mentordesk.models import Person
from mentordesk.services import relationships as svc
from mentordesk.storage import people_repo, rows
from mentordesk.storage.database import Database

D = dt.date


@pytest.fixture
def setup(db_path):
    """Two relationships in 'Leaders 2026' (one at stage 3) and one closed one without program."""
    db = Database.open(db_path)
    ids = {}
    with db.transaction() as conn:
        for emp, name in [("A", "Ada Mentor"), ("B", "Bo Mentee"), ("C", "Cy Mentor"), ("E", "Eve Mentee"),
                          ("F", "Fay Mentee")]:
            ids[emp] = people_repo.insert_person(conn, Person(employee_id=emp, name=name, email=f"{emp}@x.com"))
        ids["program"] = rows.insert(conn, "programs", {"name": "Leaders 2026", "relationship_months": 6,
                                                        "cadence": "fortnightly"})
        rows.insert(conn, "programs", {"name": "Empty program"})
    ids["r1"] = svc.start_relationship(db, ids["A"], ids["B"], program_id=ids["program"], start=D(2026, 1, 5))
    ids["r2"] = svc.start_relationship(db, ids["C"], ids["E"], program_id=ids["program"], start=D(2026, 2, 2))
    ids["r3"] = svc.start_relationship(db, ids["A"], ids["F"], start=D(2025, 3, 1))
    svc.advance_stage(db, ids["r1"], 2, D(2026, 2, 1))
    svc.advance_stage(db, ids["r1"], 3, D(2026, 3, 1))
    svc.log_meeting(db, ids["r1"], D(2026, 1, 5), 60, "held")
    svc.log_meeting(db, ids["r1"], D(2026, 1, 19), 0, "missed_by_mentor")
    svc.log_meeting(db, ids["r1"], D(2026, 2, 2), 90, "held")
    svc.log_meeting(db, ids["r1"], D(2026, 2, 16), 0, "rescheduled_by_mentee")
    svc.close(db, ids["r3"], "completed", closed_on=D(2025, 12, 1))
    db.close()
    return ids


def run(db_path, capsys, *argv: str) -> tuple[int, str, str]:
    code = main(["--db", str(db_path), *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def meetings_count(db_path) -> int:
    db = Database.open(db_path)
    try:
        return svc.count_meetings(db)
    finally:
        db.close()


def test_relationships_json_fields(db_path, capsys, setup):
    code, out, err = run(db_path, capsys, "relationships", "--json", "--today", "2026-03-10")
    assert code == 0 and err == ""
    data = {r["id"]: r for r in json.loads(out)}
    assert set(data) == {setup["r1"], setup["r2"], setup["r3"]}
    r1 = data[setup["r1"]]
    assert r1["program"] == "Leaders 2026"
    assert r1["mentor"] == "Ada Mentor" and r1["mentee"] == "Bo Mentee"
    assert r1["stage"] == "Learning and application" and r1["stage_number"] == 3
    assert r1["start"] == "2026-01-05" and r1["planned_end"] == "2026-07-05"
    assert r1["meetings_held"] == 2 and r1["meetings_missed"] == 1
    assert r1["attendance_rate"] == pytest.approx(2 / 3)
    assert r1["hours"] == pytest.approx(2.5)
    assert r1["status"] == "active"
    assert r1["health"] in {"on_track", "needs_checkin", "at_risk"}
    r2 = data[setup["r2"]]
    assert r2["attendance_rate"] is None and r2["meetings_held"] == 0
    assert r2["stage"] == "Getting to know each other"
    r3 = data[setup["r3"]]
    assert r3["program"] is None and r3["status"] == "closed" and r3["closure_outcome"] == "completed"


def test_relationships_filters(db_path, capsys, setup):
    code, out, _ = run(db_path, capsys, "relationships", "--json", "--program", "leaders 2026")
    assert code == 0
    assert {r["id"] for r in json.loads(out)} == {setup["r1"], setup["r2"]}
    code, out, _ = run(db_path, capsys, "relationships", "--json", "--status", "closed")
    assert [r["id"] for r in json.loads(out)] == [setup["r3"]]
    code, out, _ = run(db_path, capsys, "relationships", "--json", "--program", "Empty program")
    assert json.loads(out) == []


@pytest.mark.parametrize("argv,fragment", [
    (["--program", "Nope"], "no program called 'Nope'"),
    (["--status", "paused"], "--status must be active or closed"),
])
def test_relationships_bad_filters(db_path, capsys, setup, argv, fragment):
    code, out, err = run(db_path, capsys, "relationships", *argv)
    assert code != 0 and out == ""
    assert fragment in err


def test_relationships_table_is_aligned(db_path, capsys, setup):
    code, out, _ = run(db_path, capsys, "relationships", "--status", "active")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("Mentor") and set(lines[1].replace(" ", "")) == {"-"}
    assert len(lines) == 4
    assert "Learning and application" in out and "67%" in out and "Ada Mentor" in out
    start_col = lines[0].index("Start")
    assert all(line[start_col:start_col + 10] in {"2026-01-05", "2026-02-02"} for line in lines[2:])


def test_relationships_table_empty(db_path, capsys, setup):
    code, out, _ = run(db_path, capsys, "relationships", "--program", "Empty program")
    assert code == 0 and out.strip() == "No relationships."


def test_log_meeting_writes_with_dashes_translated(db_path, capsys, setup):
    before = meetings_count(db_path)
    code, out, err = run(db_path, capsys, "log-meeting", "--relationship", setup["r2"], "--date", "2026-02-16",
                         "--outcome", "missed-by-mentee", "--minutes", "0", "--notes", "Ill", "--topics", "none")
    assert code == 0 and err == ""
    assert "missed by mentee" in out
    assert meetings_count(db_path) == before + 1
    db = Database.open(db_path)
    m = svc.get_relationship(db, setup["r2"]).meetings[0]
    db.close()
    assert (m.outcome, m.minutes, m.notes, m.topics, m.date) == ("missed_by_mentee", 0, "Ill", "none",
                                                                D(2026, 2, 16))


def test_log_meeting_held(db_path, capsys, setup):
    code, _, _ = run(db_path, capsys, "log-meeting", "--relationship", setup["r2"], "--date", "2026-02-02",
                     "--outcome", "held", "--minutes", "75")
    assert code == 0
    code, out, _ = run(db_path, capsys, "relationships", "--json")
    r2 = next(r for r in json.loads(out) if r["id"] == setup["r2"])
    assert r2["meetings_held"] == 1 and r2["hours"] == pytest.approx(1.25)


@pytest.mark.parametrize("overrides,fragment", [
    ({"--relationship": "no-such-id"}, "no relationship"),
    ({"--outcome": "skipped"}, "Unknown outcome 'skipped'"),
    ({"--outcome": "missed_by_nobody"}, "Unknown outcome"),
    ({"--date": "2026-02-30"}, "'2026-02-30' is not a real date"),
    ({"--date": "yesterday"}, "not a real date"),
    ({"--date": "2025-12-31"}, "before the relationship started"),
    ({"--date": "2099-01-01"}, "more than a year ahead"),
    ({"--minutes": "-5"}, "1 to 600"),
    ({"--minutes": "ninety"}, "not a whole number"),
    ({"--minutes": "45.5"}, "not a whole number"),
    ({"--minutes": "601"}, "1 to 600"),
    ({"--minutes": "0"}, "1 to 600"),
])
def test_log_meeting_bad_input_writes_nothing(db_path, capsys, setup, overrides, fragment):
    args = {"--relationship": setup["r1"], "--date": "2026-03-02", "--outcome": "held", "--minutes": "60"}
    args.update(overrides)
    before = meetings_count(db_path)
    argv = [x for kv in args.items() for x in kv]
    code, out, err = run(db_path, capsys, "log-meeting", *argv)
    assert code != 0
    assert out == ""
    assert fragment in err and err.startswith("mentordesk: ")
    assert "Traceback" not in err
    assert meetings_count(db_path) == before


def test_log_meeting_reports_every_problem_at_once(db_path, capsys, setup):
    code, _, err = run(db_path, capsys, "log-meeting", "--relationship", setup["r1"], "--date", "2026-02-30",
                       "--outcome", "held", "--minutes", "lots")
    assert code != 0
    assert "not a real date" in err and "not a whole number" in err


def test_attention_json_and_text(db_path, capsys, setup):
    code, out, err = run(db_path, capsys, "attention", "--json", "--today", "2026-06-20")
    assert code == 0 and err == ""
    items = json.loads(out)
    kinds = {(i["kind"], i["relationship_id"]) for i in items}
    assert ("no_meeting", setup["r2"]) in kinds
    assert ("ending_soon", setup["r1"]) in kinds
    assert all(i["relationship_id"] != setup["r3"] for i in items)  # closed: nothing to chase
    assert items[0]["severity"] == "high"
    assert all({"key", "title", "detail", "due", "severity"} <= set(i) for i in items)

    code, out, _ = run(db_path, capsys, "attention", "--today", "2026-06-20")
    assert code == 0
    assert "[HIGH" in out and "No recent meeting: Cy Mentor & Eve Mentee" in out


def test_attention_bad_today(db_path, capsys, setup):
    code, out, err = run(db_path, capsys, "attention", "--today", "2026-13-01")
    assert code != 0 and "not a real date" in err and out == ""


# -- changing a pair's course ---------------------------------------------------------

def _open(db_path) -> Database:
    return Database.open(db_path)


def relationship_ids(db_path) -> set[str]:
    db = _open(db_path)
    try:
        return {r.id for r in svc.list_relationships(db)}
    finally:
        db.close()


def detail(db_path, rel_id):
    db = _open(db_path)
    try:
        return svc.get_relationship(db, rel_id)
    finally:
        db.close()


def test_start_relationship_prints_the_new_id(db_path, capsys, setup):
    before = relationship_ids(db_path)
    code, out, err = run(db_path, capsys, "start-relationship", "--mentor", "c", "--mentee", "F",
                         "--program", "leaders 2026", "--start", "2026-03-01", "--months", "4",
                         "--cadence", "monthly")
    assert code == 0 and err == ""
    new_id = out.strip()
    assert relationship_ids(db_path) == before | {new_id}
    s = detail(db_path, new_id).summary
    assert (s.mentor_name, s.mentee_name, s.program_id) == ("Cy Mentor", "Fay Mentee", setup["program"])
    assert (s.start, s.planned_end, s.cadence, s.stage, s.status) == (D(2026, 3, 1), D(2026, 7, 1), "monthly",
                                                                      1, "active")


def test_start_relationship_defaults(db_path, capsys, setup):
    code, out, _ = run(db_path, capsys, "start-relationship", "--mentor", "A", "--mentee", "F")
    assert code == 0
    s = detail(db_path, out.strip()).summary
    assert s.program_id is None and s.cadence == "fortnightly"
    assert s.planned_end == svc.rules.add_months(s.start, svc.DEFAULT_MONTHS)


@pytest.mark.parametrize("argv,fragments", [
    (["--mentor", "A", "--mentee", "B"], ["Ada Mentor and Bo Mentee already have an active relationship."]),
    (["--mentor", "A", "--mentee", "A"], ["Ada Mentor cannot mentor themself."]),
    (["--mentor", "ZZ", "--mentee", "B"], ["There is no one with the employee id 'ZZ' (the mentor)."]),
    (["--mentor", "C", "--mentee", "B", "--program", "Nope"], ["There is no program called 'Nope'."]),
    (["--mentor", "C", "--mentee", "B", "--months", "30"], ["A relationship lasts 1 to 24 months, not 30."]),
    (["--mentor", "C", "--mentee", "B", "--months", "six"], ["'six' is not a whole number of months"]),
    (["--mentor", "C", "--mentee", "B", "--cadence", "daily"], ["Meeting frequency must be one of"]),
    (["--mentor", "C", "--mentee", "B", "--start", "2026-02-30"], ["'2026-02-30' is not a real date"]),
    (["--mentor", "QQ", "--mentee", "B", "--months", "0", "--start", "soon"],
     ["'QQ'", "not a real date"]),  # every problem at once
])
def test_start_relationship_refusals_write_nothing(db_path, capsys, setup, argv, fragments):
    before = relationship_ids(db_path)
    code, out, err = run(db_path, capsys, "start-relationship", *argv)
    assert code == 1 and out == ""
    assert err.startswith("mentordesk: ") and "Traceback" not in err
    assert all(f in err for f in fragments), err
    assert relationship_ids(db_path) == before


def test_start_relationship_refuses_full_capacity_and_archived_people(db_path, capsys, setup):
    from mentordesk.models import MentorProfile
    from mentordesk.services import people as people_svc

    db = _open(db_path)
    people_svc.save_mentor_profile(db, MentorProfile(person_id=setup["A"], capacity=1))
    people_svc.set_archived(db, setup["E"], True)
    db.close()
    before = relationship_ids(db_path)
    code, out, err = run(db_path, capsys, "start-relationship", "--mentor", "A", "--mentee", "F")
    assert code == 1 and out == "" and "Ada Mentor already mentors 1 person, their full capacity of 1." in err
    code, out, err = run(db_path, capsys, "start-relationship", "--mentor", "A", "--mentee", "E")
    assert code == 1 and "Eve Mentee (E) is archived" in err
    assert relationship_ids(db_path) == before


def test_new_commands_do_not_create_a_missing_file(tmp_path, capsys):
    missing = tmp_path / "typo.db"
    code, out, err = run(missing, capsys, "start-relationship", "--mentor", "A", "--mentee", "B")
    assert code == 1 and "There is no MentorDesk file" in err
    assert not missing.exists()


def test_close_relationship(db_path, capsys, setup):
    code, out, err = run(db_path, capsys, "close-relationship", "--relationship", setup["r1"],
                         "--outcome", "Mentor-Withdrew", "--reason", "Moved abroad", "--reflection", "Good start",
                         "--date", "2026-03-10")
    assert code == 0 and err == ""
    assert out.strip() == ("Closed the relationship of Ada Mentor and Bo Mentee on 2026-03-10: "
                           "mentor withdrew.")
    d = detail(db_path, setup["r1"])
    assert (d.summary.status, d.summary.closure_outcome, d.closure_reason, d.reflection, d.closed_on) == (
        "closed", "mentor_withdrew", "Moved abroad", "Good start", D(2026, 3, 10))


def test_close_relationship_completed_needs_no_reason(db_path, capsys, setup):
    code, out, _ = run(db_path, capsys, "close-relationship", "--relationship", setup["r2"],
                       "--outcome", "completed")
    assert code == 0 and "completed" in out
    assert detail(db_path, setup["r2"]).summary.status == "closed"


@pytest.mark.parametrize("rel,argv,fragment", [
    ("r1", ["--outcome", "ended-early-by-agreement"], "Give a reason when a relationship ends early."),
    ("r1", ["--outcome", "finished"], "Unknown outcome 'finished'; use one of: completed, "
                                      "ended-early-by-agreement, mentor-withdrew, mentee-withdrew."),
    ("r1", ["--outcome", "completed", "--date", "2025-12-31"], "is before the start"),
    ("r1", ["--outcome", "completed", "--date", "31/12/2026"], "not a real date"),
    ("r3", ["--outcome", "completed"], "This relationship is already closed."),
    ("nope", ["--outcome", "completed"], "There is no relationship with the id 'nope'."),
])
def test_close_relationship_refusals_write_nothing(db_path, capsys, setup, rel, argv, fragment):
    rel_id = setup.get(rel, rel)
    before = detail(db_path, rel_id) if rel in setup else None
    code, out, err = run(db_path, capsys, "close-relationship", "--relationship", rel_id, *argv)
    assert code == 1 and out == "" and fragment in err, err
    if before is not None:
        assert detail(db_path, rel_id) == before


def test_extend_relationship(db_path, capsys, setup):
    code, out, err = run(db_path, capsys, "extend-relationship", "--relationship", setup["r1"],
                         "--until", "2026-10-05", "--reason", "Project delayed")
    assert code == 0 and err == ""
    assert out.strip() == ("Extended the relationship of Ada Mentor and Bo Mentee to 2026-10-05 "
                           "(planned end was 2026-07-05).")
    d = detail(db_path, setup["r1"])
    assert d.summary.planned_end == D(2026, 10, 5)
    assert [(e.previous_end, e.new_end, e.reason) for e in d.extensions] == [
        (D(2026, 7, 5), D(2026, 10, 5), "Project delayed")]


@pytest.mark.parametrize("rel,argv,fragment", [
    ("r1", ["--until", "2026-06-01", "--reason", "x"], "must be after the current planned end"),
    ("r1", ["--until", "2028-06-01", "--reason", "x"], "at most 24 months"),
    ("r1", ["--until", "2026-10-05", "--reason", "  "], "Give a reason for the extension."),
    ("r1", ["--until", "next year", "--reason", "x"], "'next year' is not a real date"),
    ("r3", ["--until", "2026-10-05", "--reason", "x"], "Only an active relationship can be extended."),
    ("nope", ["--until", "2026-10-05", "--reason", "x"], "There is no relationship with the id 'nope'."),
])
def test_extend_relationship_refusals_write_nothing(db_path, capsys, setup, rel, argv, fragment):
    rel_id = setup.get(rel, rel)
    before = detail(db_path, rel_id) if rel in setup else None
    code, out, err = run(db_path, capsys, "extend-relationship", "--relationship", rel_id, *argv)
    assert code == 1 and out == "" and fragment in err, err
    if before is not None:
        assert detail(db_path, rel_id) == before


def test_checkin(db_path, capsys, setup):
    code, out, err = run(db_path, capsys, "checkin", "--relationship", setup["r1"], "--role", "mentee",
                         "--date", "2026-03-01", "--score", "value_received=4", "goals_on_track=3",
                         "--score", "trust_respect=5", "--comment", "trust_respect=We get on well",
                         "--today", "2026-03-02")
    assert code == 0 and err == ""
    assert out.startswith("Recorded the mentee's check-in of 2026-03-01 (average 4.0; ")
    [c] = detail(db_path, setup["r1"]).checkins
    assert (c.role, c.date, c.scores, c.comments) == (
        "mentee", D(2026, 3, 1), {"value_received": 4, "goals_on_track": 3, "trust_respect": 5},
        {"trust_respect": "We get on well"})


def test_checkin_with_comments_only(db_path, capsys, setup):
    code, out, _ = run(db_path, capsys, "checkin", "--relationship", setup["r1"], "--role", "mentor",
                       "--date", "2026-03-01", "--comment", "value_given=Hard to say yet")
    assert code == 0 and "comments only" in out
    assert detail(db_path, setup["r1"]).checkins[0].comments == {"value_given": "Hard to say yet"}


@pytest.mark.parametrize("argv,fragment", [
    (["--score", "happiness=4"], "'happiness' is not a check-in question."),
    (["--score", "value_received=7"], "must be 1 to 5, not 7."),
    (["--score", "value_received=lots"], "The score for 'value_received' must be a whole number"),
    (["--score", "value_received"], "Write each score as KEY=VALUE"),
    (["--score", "value_received=4", "value_received=5"], "The score for 'value_received' is given twice."),
    (["--comment", "mood=fine", "--score", "trust_respect=4"], "which is not a check-in question"),
    ([], "The check-in has no answers."),
    (["--score", "value_received=4", "--role", "boss"], "The role must be mentor or mentee, not 'boss'."),
    (["--score", "value_received=4", "--date", "2026-03-05"], "is in the future"),
    (["--score", "value_received=4", "--date", "2025-12-01"], "before the relationship started"),
    (["--score", "value_received=4", "--date", "2026-02-31"], "not a real date"),
    (["--score", "value_received=4", "--relationship", "nope"], "There is no relationship with the id 'nope'."),
])
def test_checkin_refusals_write_nothing(db_path, capsys, setup, argv, fragment):
    args = ["--relationship", setup["r1"], "--role", "mentee", "--date", "2026-03-01", "--today", "2026-03-02"]
    code, out, err = run(db_path, capsys, "checkin", *args, *argv)
    assert code == 1 and out == "" and fragment in err, err
    assert detail(db_path, setup["r1"]).checkins == ()


def _attention_keys(db_path, capsys, today: str) -> set[str]:
    code, out, _ = run(db_path, capsys, "attention", "--json", "--today", today)
    assert code == 0
    return {i["key"] for i in json.loads(out)}


def test_snooze_hides_the_item_until_the_date(db_path, capsys, setup):
    key = next(k for k in _attention_keys(db_path, capsys, "2026-06-20") if k.startswith("no_meeting:")
               and setup["r2"] in k)
    code, out, err = run(db_path, capsys, "snooze", "--item", key, "--until", "2026-06-27",
                         "--note", "Eve on leave", "--today", "2026-06-20")
    assert code == 0 and err == ""
    assert out.strip() == "Snoozed \u201cNo recent meeting: Cy Mentor & Eve Mentee\u201d until 2026-06-27."
    assert key not in _attention_keys(db_path, capsys, "2026-06-20")
    assert key not in _attention_keys(db_path, capsys, "2026-06-26")
    assert key in _attention_keys(db_path, capsys, "2026-06-27")


@pytest.mark.parametrize("overrides,fragment", [
    ({"--item": "no_meeting:nope"}, "No item on the attention list has the key 'no_meeting:nope'"),
    ({"--until": "2026-06-20"}, "Snooze until a day after today"),
    ({"--until": "2026-06-31"}, "not a real date"),
    ({"--note": "   "}, "Say in the note why the item can wait."),
])
def test_snooze_refusals_write_nothing(db_path, capsys, setup, overrides, fragment):
    keys = _attention_keys(db_path, capsys, "2026-06-20")
    key = next(k for k in keys if k.startswith("no_meeting:"))
    args = {"--item": key, "--until": "2026-06-27", "--note": "Later", "--today": "2026-06-20"}
    args.update(overrides)
    code, out, err = run(db_path, capsys, "snooze", *[x for kv in args.items() for x in kv])
    assert code == 1 and out == "" and fragment in err, err
    assert _attention_keys(db_path, capsys, "2026-06-20") == keys
