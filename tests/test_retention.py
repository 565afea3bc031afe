"""Issue 14: retention that runs itself, on real files (old notes, inactive archived people, old backups).

Opening goes through `services.session.open_database`, as the window and every
command do; a busy file is held by a real second process.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.errors import ValidationError
from mentordesk.relationship_rules.schedule import add_months
from mentordesk.services import retention
from mentordesk.services.session import open_database
from mentordesk.storage import rows
from mentordesk.storage.backup import list_backups, make_backup
from mentordesk.storage.database import Database
from tests.privacy_setup import make_demo

TODAY = dt.date.today()


@pytest.fixture
def company(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict:
    """Three relationships: closed 30 months ago, closed 10 months ago, active; each with a note and a comment."""
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    path = tmp_path / "acme.db"
    make_demo(path)
    db = Database.open(path)
    try:
        rels = db.query("SELECT id, program_id FROM relationships WHERE deleted_at IS NULL AND status = 'active' "
                        "ORDER BY id LIMIT 3")
        ids = {"old": rels[0]["id"], "recent": rels[1]["id"], "active": rels[2]["id"], "path": path,
               "program": rels[1]["program_id"], "old_program": rels[0]["program_id"]}
        with db.transaction() as conn:
            for key, months in (("old", 30), ("recent", 10)):
                closed = add_months(TODAY, -months).isoformat()
                rows.update(conn, "relationships", ids[key], {"status": "closed", "closed_on": closed,
                                                              "closure_outcome": "completed"})
            for key in ("old", "recent", "active"):
                rows.insert(conn, "meetings", {"relationship_id": ids[key], "date": "2024-01-10", "minutes": 30,
                                               "outcome": "held", "notes": f"NOTE-{key.upper()}-RX1"})
                rows.insert(conn, "checkins", {"relationship_id": ids[key], "role": "mentee", "date": "2024-01-11",
                                               "scores": "{}",
                                               "comments": f'{{"growth": "COMMENT-{key.upper()}-RX2"}}'})
    finally:
        db.close()
    return ids


def _texts(path: Path) -> bytes:
    return path.read_bytes()


def test_notes_of_relationships_closed_longer_than_the_span_go_on_open_with_a_notice(company: dict):
    path = company["path"]
    assert b"NOTE-OLD-RX1" in _texts(path) and b"COMMENT-OLD-RX2" in _texts(path)
    db = Database.open(path, readonly=True)
    try:  # the demo may hold comments of its own in that relationship: they go too
        notes = db.scalar("SELECT count(*) FROM meetings WHERE relationship_id = ? AND notes <> ''", [company["old"]])
        comments = db.scalar("SELECT count(*) FROM checkins WHERE relationship_id = ? AND comments NOT IN ('', '{}')",
                             [company["old"]])
    finally:
        db.close()
    db = open_database(path)
    try:
        notices = list(db.info.notices)
        kept_meetings = db.scalar("SELECT count(*) FROM meetings WHERE relationship_id = ?", [company["old"]])
    finally:
        db.close()
    assert any("Retention" in n and f"notes of {notes} meeting" in n and f"comments of {comments} check-in" in n
               for n in notices), \
        notices
    data = _texts(path)
    assert b"NOTE-OLD-RX1" not in data and b"COMMENT-OLD-RX2" not in data  # not even in free pages
    for kept in (b"NOTE-RECENT-RX1", b"COMMENT-RECENT-RX2", b"NOTE-ACTIVE-RX1", b"COMMENT-ACTIVE-RX2"):
        assert kept in data
    assert kept_meetings >= 1  # the meeting stays for attendance and hours
    db = open_database(path)  # nothing left to do: no notice the second time
    try:
        assert not any("Retention" in n for n in db.info.notices)
    finally:
        db.close()


def test_a_program_with_a_shorter_span_and_the_policy_refusals(company: dict):
    path = company["path"]
    db = Database.open(path)
    try:
        with pytest.raises(ValidationError):
            retention.set_policy(db, retention.RetentionPolicy(notes_months=0))
        with pytest.raises(ValidationError):
            retention.set_policy(db, retention.RetentionPolicy(programs={company["program"]: 999}))
        assert retention.get_policy(db) == retention.RetentionPolicy()
        retention.set_policy(db, retention.RetentionPolicy(notes_months=120, programs={company["program"]: 6}))
        cleared = retention.clear_old_notes(db)
    finally:
        db.close()
    assert cleared.relationships >= 1
    data = _texts(path)
    assert b"NOTE-RECENT-RX1" not in data and b"NOTE-ACTIVE-RX1" in data
    same_program = company["old_program"] == company["program"]
    assert (b"NOTE-OLD-RX1" in data) != same_program  # 30 months: gone under the program's 6, kept under 120


def test_a_read_only_file_skips_retention(company: dict):
    path = company["path"]
    db = open_database(path, readonly=True)
    try:
        assert db.info.notices == []
    finally:
        db.close()
    assert b"NOTE-OLD-RX1" in _texts(path)


def test_a_busy_file_opens_at_once_and_keeps_its_notes_until_the_next_open(company: dict):
    path = company["path"]
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import sqlite3,sys; c=sqlite3.connect(sys.argv[1], isolation_level=None); "
         "c.execute('BEGIN IMMEDIATE'); print('held', flush=True); sys.stdin.readline()"), str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        started = datetime.now(UTC)
        db = open_database(path)
        took = (datetime.now(UTC) - started).total_seconds()
        db.close()
    finally:
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert took < 10 and b"NOTE-OLD-RX1" in _texts(path)
    db = open_database(path)
    db.close()
    assert b"NOTE-OLD-RX1" not in _texts(path)


def test_archived_people_inactive_for_the_span_are_offered(company: dict):
    path = company["path"]
    db = Database.open(path)
    try:
        people = db.query("SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE "
                          "r.mentor_id = p.id OR r.mentee_id = p.id) ORDER BY id LIMIT 2")
        with db.transaction() as conn:
            for p in people:
                rows.update(conn, "people", p["id"], {"archived": 1})
            old = (datetime.now(UTC) - timedelta(days=40 * 31)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
            conn.execute("UPDATE people SET updated_at = ? WHERE id = ?", (old, people[0]["id"]))
        offered = retention.inactive_archived_people(db)
        shorter = retention.inactive_archived_people(db, policy=retention.RetentionPolicy(inactive_months=48))
    finally:
        db.close()
    assert [p.person_id for p in offered] == [people[0]["id"]]
    assert shorter == []


def test_backups_older_than_the_span_are_removed_on_open(company: dict):
    path = company["path"]
    old = make_backup(path, "manual", now=datetime.now(UTC) - timedelta(days=26 * 31))
    recent = make_backup(path, "manual", now=datetime.now(UTC) - timedelta(days=20 * 31))
    assert old in [b.path for b in list_backups(path)]
    db = open_database(path)
    try:
        notices = list(db.info.notices)
    finally:
        db.close()
    assert not old.exists() and recent.exists()
    assert any("backups older than 24 months removed: 1." in n for n in notices), notices


def test_the_retention_command_sets_and_refuses_spans(company: dict, tmp_path: Path):
    from tests.adversarial.conftest import run_cli

    path = company["path"]
    home = tmp_path / "home"
    home.mkdir()
    name = Database.open(path, readonly=True)
    try:
        program = name.scalar("SELECT name FROM programs WHERE id = ?", [company["program"]])
    finally:
        name.close()
    bad = run_cli(home, "--db", str(path), "retention", "--notes-months", "0")
    assert bad.returncode == 1 and bad.stderr.startswith("mentordesk: ") and "1 to 240 months" in bad.stderr
    done = run_cli(home, "--db", str(path), "retention", "--notes-months", "60", "--program", f"{program}=3")
    assert done.returncode == 0, done.stderr
    assert "60 months" in done.stdout and "1 program with their own span" in done.stdout
    db = Database.open(path, readonly=True)
    try:
        assert retention.get_policy(db) == retention.RetentionPolicy(notes_months=60, programs={company["program"]: 3})
    finally:
        db.close()


def test_inactive_archived_people_are_offered_on_open_once_a_day(company: dict):
    path = company["path"]
    db = Database.open(path)
    try:
        pid = db.scalar("SELECT p.id FROM people p WHERE NOT EXISTS (SELECT 1 FROM relationships r WHERE "
                        "r.mentor_id = p.id OR r.mentee_id = p.id) ORDER BY id")
        with db.transaction() as conn:
            rows.update(conn, "people", pid, {"archived": 1})
            conn.execute("UPDATE people SET updated_at = '2020-01-01T00:00:00.000000Z' WHERE id = ?", (pid,))
    finally:
        db.close()
    seen = []
    for _ in range(2):
        db = open_database(path)
        seen.append([n for n in db.info.notices if "can be erased" in n])
        db.close()
    assert len(seen[0]) == 1 and "archived people with no activity for 36 months: 1." in seen[0][0] and seen[1] == []
    db = open_database(path, readonly=True)
    try:
        assert retention.run_on_open(db) == []
    finally:
        db.close()
