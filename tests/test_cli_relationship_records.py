"""Issue 13 on the command line, as real `python -m mentordesk` processes against a real file:
future held meetings and additions to closed relationships are refused with a sentence (exit 1,
nothing written), goals and check-ins are listed and deleted, archiving a paired person says so,
and export-people / import-people keep the archived state."""

from __future__ import annotations

import csv
import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk import clock
from mentordesk.models import Person
from mentordesk.services import people as people_svc
from mentordesk.services import relationships as svc
from mentordesk.storage import people_repo
from mentordesk.storage.database import Database

D = dt.date


def cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(db_path), *args],
                          check=False, capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture
def company(tmp_path: Path) -> dict[str, str]:
    """A file with two pairs: one running since January, one closed; the file is closed afterwards."""
    path = tmp_path / "company.db"
    db = Database.open(path)
    try:
        with db.transaction() as conn:
            ids = {e: people_repo.insert_person(conn, Person(employee_id=e, name=f"Person {e}",
                                                             email=f"{e.lower()}@example.com"))
                   for e in ("M1", "E1", "M2", "E2")}
        today = clock.today()
        start = today - dt.timedelta(days=60)
        running = svc.start_relationship(db, ids["M1"], ids["E1"], start=start)
        closed = svc.start_relationship(db, ids["M2"], ids["E2"], start=start)
        goal = svc.add_goal(db, running, "Give a talk")
        checkin = svc.record_checkin(db, running, "mentee", today - dt.timedelta(days=5), {"value_received": 4})
        svc.close(db, closed, "completed", closed_on=today - dt.timedelta(days=1))
    finally:
        db.close()
    return {"path": str(path), "running": running, "closed": closed, "goal": goal, "checkin": checkin,
            "today": today.isoformat()}


def count(path: str, table: str) -> int:
    db = Database.open(Path(path))
    try:
        return int(db.scalar(f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL"))
    finally:
        db.close()


@pytest.mark.parametrize("outcome", ["held", "missed-by-mentor", "missed-by-mentee"])
def test_log_meeting_in_the_future_is_refused_with_a_sentence(company, outcome):
    tomorrow = (D.fromisoformat(company["today"]) + dt.timedelta(days=1)).isoformat()
    minutes = "60" if outcome == "held" else "0"
    r = cli(company["path"], "log-meeting", "--relationship", company["running"], "--date", tomorrow,
            "--outcome", outcome, "--minutes", minutes)
    assert r.returncode == 1, r.stderr
    assert r.stderr.startswith("mentordesk: ") and "in the future" in r.stderr and "Traceback" not in r.stderr
    assert count(company["path"], "meetings") == 0
    ok = cli(company["path"], "log-meeting", "--relationship", company["running"], "--date", tomorrow,
             "--outcome", "cancelled", "--minutes", "0")
    assert ok.returncode == 0, ok.stderr
    assert count(company["path"], "meetings") == 1


@pytest.mark.parametrize("args", [
    ("log-meeting", "--date", "{yesterday}", "--outcome", "held", "--minutes", "30"),
    ("checkin", "--role", "mentor", "--date", "{yesterday}", "--score", "value_given=4"),
])
def test_closed_relationship_refuses_new_records(company, args):
    yesterday = (D.fromisoformat(company["today"]) - dt.timedelta(days=2)).isoformat()
    filled = [a.replace("{yesterday}", yesterday) for a in args]
    before = (count(company["path"], "meetings"), count(company["path"], "checkins"))
    r = cli(company["path"], filled[0], "--relationship", company["closed"], *filled[1:])
    assert r.returncode == 1
    assert "This relationship was closed on" in r.stderr and "Nothing was changed" in r.stderr
    assert (count(company["path"], "meetings"), count(company["path"], "checkins")) == before


def test_goals_and_checkins_are_listed_and_deleted(company):
    goals = json.loads(cli(company["path"], "goals", "--relationship", company["running"], "--json").stdout)
    assert [g["id"] for g in goals] == [company["goal"]]
    checkins = json.loads(cli(company["path"], "checkins", "--relationship", company["running"], "--json").stdout)
    assert [c["id"] for c in checkins] == [company["checkin"]]
    r = cli(company["path"], "delete-goal", "--goal", company["goal"])
    assert r.returncode == 0 and "Deleted the goal" in r.stdout
    r = cli(company["path"], "delete-checkin", "--checkin", company["checkin"])
    assert r.returncode == 0 and "Deleted the check-in" in r.stdout
    assert cli(company["path"], "goals", "--relationship", company["running"]).stdout.strip() == "No goals."
    assert cli(company["path"], "checkins", "--relationship", company["running"]).stdout.strip() == "No check-ins."
    again = cli(company["path"], "delete-goal", "--goal", company["goal"])
    assert again.returncode == 1 and "no longer exists" in again.stderr
    unknown = cli(company["path"], "delete-checkin", "--checkin", "nope")
    assert unknown.returncode == 1 and "no longer exists" in unknown.stderr


def test_archive_person_names_the_running_relationship_and_attention_flags_it(company):
    r = cli(company["path"], "archive-person", "E1")
    assert r.returncode == 0, r.stderr
    assert "Archived Person E1 (E1)" in r.stdout
    assert "Still in 1 active relationship" in r.stdout and company["running"] in r.stdout
    items = json.loads(cli(company["path"], "attention", "--json").stdout)
    flagged = [i for i in items if i["kind"] == "archived_partner"]
    assert [i["relationship_id"] for i in flagged] == [company["running"]]
    rels = json.loads(cli(company["path"], "relationships", "--json", "--status", "active").stdout)
    assert rels[0]["health"] == "at_risk"
    # a person only in a closed relationship: nothing to warn about
    quiet = cli(company["path"], "archive-person", "E2")
    assert quiet.returncode == 0 and "Still in" not in quiet.stdout
    restored = cli(company["path"], "archive-person", "E1", "--restore")
    assert restored.returncode == 0 and "Restored" in restored.stdout
    items = json.loads(cli(company["path"], "attention", "--json").stdout)
    assert not [i for i in items if i["kind"] == "archived_partner"]


def test_export_and_import_keep_archived_through_the_cli(company, tmp_path):
    assert cli(company["path"], "archive-person", "M2").returncode == 0
    out = tmp_path / "people.csv"
    assert cli(company["path"], "export-people", str(out)).returncode == 0
    assert cli(company["path"], "archive-person", "M2", "--restore").returncode == 0
    r = cli(company["path"], "import-people", str(out))
    assert r.returncode == 0, r.stderr
    people = {p["employee_id"]: p["archived"] for p in json.loads(cli(company["path"], "people", "--json").stdout)}
    assert people == {"M1": False, "E1": False, "M2": True, "E2": False}
    # archiving a paired person by import is said on stderr
    with out.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["employee_id"]: r["archived"] for r in rows}["E1"] == "no"
    for r in rows:
        r["archived"] = "yes" if r["employee_id"] == "E1" else r["archived"]
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    r = cli(company["path"], "import-people", str(out))
    assert r.returncode == 0 and "warning:" in r.stderr and "Person E1, is archived" in r.stderr


def test_unknown_employee_is_a_sentence(company):
    r = cli(company["path"], "archive-person", "NOPE")
    assert r.returncode == 1 and "no one with the employee id" in r.stderr
    db = Database.open(Path(company["path"]))
    try:
        assert not any(p.archived for p in people_svc.list_people(db))
    finally:
        db.close()
