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
