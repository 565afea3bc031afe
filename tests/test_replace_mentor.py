"""Replacing a mentor (issue 11): proposals with the matcher's rules, goals kept with their history,
the old relationship closed as "mentor replaced" and counted apart, the link in every report,
the schema 8 rebuild from an older file, and the command line as real processes."""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from mentordesk.errors import ValidationError
from mentordesk.models import MentorProfile, Person
from mentordesk.services import mentor_replacement as replacement
from mentordesk.services import programs as programs_service
from mentordesk.services import relationships as svc
from mentordesk.services import reports
from mentordesk.storage import migrations, people_repo, rows, schema
from mentordesk.storage.database import Database
from mentordesk.storage.migrations import v08_mentor_replacement

D = dt.date
START = D(2026, 1, 5)
ON = D(2026, 3, 2)
ROOT = Path(__file__).resolve().parents[1]


def add_people(db, *specs: tuple[str, str | None]) -> dict[str, str]:
    """specs: (employee_id, manager_employee_id); every one may mentor."""
    out = {}
    with db.transaction() as conn:
        for emp, mgr in specs:
            out[emp] = people_repo.insert_person(conn, Person(
                employee_id=emp, name=f"Person {emp}", email=f"{emp.lower()}@example.com",
                manager_employee_id=mgr, role="both"))
    return out


@pytest.fixture
def company(db):
    """A program whose mentee MENTEE (reporting to BOSS) is mentored by OLD, with two goals."""
    p = add_people(db, ("BOSS", None), ("MENTEE", "BOSS"), ("OLD", None), ("GOOD", None),
                   ("FULL", None), ("NOPE", None), ("OTHER", None), ("NOTIN", None))
    with db.transaction() as conn:
        program = rows.insert(conn, "programs", {"name": "Leaders", "relationship_months": 9,
                                                 "cadence": "fortnightly"})
        people_repo.save_mentor_profile(conn, MentorProfile(person_id=p["FULL"], capacity=1))
    for emp in ("BOSS", "OLD", "GOOD", "FULL", "NOPE"):
        programs_service.enrol(db, program, p[emp], "mentor", "accepted")
    programs_service.enrol(db, program, p["MENTEE"], "mentee", "accepted")
    programs_service.enrol(db, program, p["OTHER"], "mentee", "accepted")
    rel = svc.start_relationship(db, p["OLD"], p["MENTEE"], program_id=program, start=START)
    svc.start_relationship(db, p["FULL"], p["OTHER"], program_id=program, start=START)  # FULL is now full
    with db.transaction() as conn:
        rows.insert(conn, "pair_rules", {"program_id": program, "mentee_id": p["MENTEE"],
                                         "mentor_id": p["NOPE"], "rule": "excluded"})
    g1 = svc.add_goal(db, rel, "Lead a project", due_date=D(2026, 6, 1))
    svc.add_goal(db, rel, "Present to the board")
    svc.update_goal(db, g1, status="in_progress", progress=40, note="Kick-off went well")
    svc.log_meeting(db, rel, date=D(2026, 1, 19), outcome="held", minutes=60)
    svc.log_meeting(db, rel, date=D(2026, 2, 2), outcome="missed_by_mentor", minutes=0)
    return {"db": db, "people": p, "program": program, "rel": rel}


def count(db, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}"))


# -- proposals -------------------------------------------------------------------------

def test_proposals_apply_the_hard_rules_and_explain_the_scores(company):
    db, p = company["db"], company["people"]
    found = {x.mentor_id: x for x in replacement.replacement_proposals(db, company["rel"])}
    assert p["OLD"] not in found and p["MENTEE"] not in found  # neither the leaving mentor nor the mentee
    assert p["NOTIN"] not in found  # not an accepted mentor of the program
    assert found[p["GOOD"]].allowed and found[p["GOOD"]].reasons
    assert found[p["GOOD"]].score == pytest.approx(sum(r.points for r in found[p["GOOD"]].reasons))
    assert "manager" in found[p["BOSS"]].blocked or "management" in found[p["BOSS"]].blocked
    assert "no free place" in found[p["FULL"]].blocked
    assert found[p["NOPE"]].blocked  # HR excluded that pair
    ordered = replacement.replacement_proposals(db, company["rel"])
    assert ordered[0].allowed and all(not x.allowed for x in ordered[1:] if x.mentor_id != p["GOOD"])


@pytest.mark.parametrize("who", ["BOSS", "FULL", "NOPE", "OLD", "MENTEE"])
def test_a_refused_replacement_changes_nothing(company, who):
    db, p = company["db"], company["people"]
    before = {t: count(db, t) for t in ("relationships", "goals", "goal_history")}
    with pytest.raises(ValidationError):
        replacement.replace_mentor(db, company["rel"], p[who], on=ON)
    assert {t: count(db, t) for t in before} == before
    assert svc.get_relationship(db, company["rel"]).summary.status == "active"


def test_an_archived_mentor_cannot_take_over(company):
    db, p = company["db"], company["people"]
    with db.transaction() as conn:
        rows.update(conn, "people", p["GOOD"], {"archived": 1})
    with pytest.raises(ValidationError, match="archived"):
        replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    assert p["GOOD"] not in {x.mentor_id for x in replacement.replacement_proposals(db, company["rel"])}


def test_a_closed_relationship_is_not_replaced_twice(company):
    db, p = company["db"], company["people"]
    replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    with pytest.raises(ValidationError, match="closed"):
        replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    with pytest.raises(ValidationError, match="closed"):
        replacement.replacement_proposals(db, company["rel"])


def test_replacement_date_before_the_start_is_refused(company):
    with pytest.raises(ValidationError, match="before"):
        replacement.replace_mentor(company["db"], company["rel"], company["people"]["GOOD"], on=START - dt.timedelta(1))


# -- the replacement itself --------------------------------------------------------------

def test_goals_go_on_with_their_history_and_the_old_record_stays_true(company):
    db, p, old = company["db"], company["people"], company["rel"]
    before = svc.get_relationship(db, old, today=ON)
    new = replacement.replace_mentor(db, old, p["GOOD"], "Skipped two meetings", on=ON)
    after_old = svc.get_relationship(db, old, today=ON)
    fresh = svc.get_relationship(db, new, today=ON)

    assert fresh.summary.mentor_id == p["GOOD"] and fresh.summary.mentee_id == p["MENTEE"]
    assert fresh.summary.replaces_id == old and fresh.summary.status == "active"
    assert fresh.summary.start == ON and fresh.summary.planned_end == before.summary.planned_end
    assert fresh.summary.program_id == company["program"]
    assert [(g.title, g.status, g.progress, g.due_date) for g in fresh.goals] == \
        [(g.title, g.status, g.progress, g.due_date) for g in before.goals]
    assert {g.id for g in fresh.goals}.isdisjoint({g.id for g in before.goals})
    for was, now in zip(before.goals, fresh.goals, strict=True):
        # the whole history, dated as it was, then one row saying where it came from
        assert [(h.status, h.progress, h.note, h.recorded_at) for h in now.history[:-1]] == \
            [(h.status, h.progress, h.note, h.recorded_at) for h in was.history]
        assert "Person OLD" in now.history[-1].note
    # the old relationship's record is what it was, closed as "mentor replaced"
    assert [(g.id, g.status, len(g.history)) for g in after_old.goals] == \
        [(g.id, g.status, len(g.history)) for g in before.goals]
    assert after_old.summary.status == "closed" and after_old.summary.closure_outcome == "mentor_replaced"
    assert after_old.closed_on == ON and after_old.closure_reason == "Skipped two meetings"
    assert len(after_old.meetings) == 2 and not fresh.meetings
    assert after_old.continued_by is not None and after_old.continued_by.id == new
    assert [e.id for e in fresh.continues] == [old]


def test_replaced_counts_apart_from_completed_and_ended_early(company):
    db, p = company["db"], company["people"]
    base = svc.closure_counts(db)
    replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    counts = svc.closure_counts(db)
    assert (counts.completed, counts.ended_early) == (base.completed, base.ended_early)
    assert counts.replaced == base.replaced + 1 and counts.by_outcome["mentor_replaced"] == 1
    assert counts.active == base.active  # one closed, one started
    data = reports.program_report_data(db, company["program"], today=ON)
    assert (data.replaced, data.completed, data.ended_early, data.active) == (1, 0, 0, 2)
    assert data.goals_total == 2  # the carried-over goals are counted once, not twice


def test_a_chain_of_replacements_tells_the_whole_story(company):
    db, p = company["db"], company["people"]
    second = replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    third = replacement.replace_mentor(db, second, p["OLD"], on=ON + dt.timedelta(days=30))
    story = svc.get_relationship(db, third).continues
    assert [e.id for e in story] == [company["rel"], second]
    assert [e.mentor_name for e in story] == ["Person OLD", "Person GOOD"]
    assert len(svc.get_relationship(db, third).goals) == 2


def test_relationship_reports_read_back_show_both_ends_of_the_link(company, tmp_path):
    db, p = company["db"], company["people"]
    new = replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    new_pdf = reports.write_relationship_report(db, new, tmp_path / "new.pdf", today=ON)
    old_pdf = reports.write_relationship_report(db, company["rel"], tmp_path / "old.pdf", today=ON)
    new_text = " ".join((pg.extract_text() or "") for pg in PdfReader(str(new_pdf)).pages)
    old_text = " ".join((pg.extract_text() or "") for pg in PdfReader(str(old_pdf)).pages)
    assert "Continues the relationship with Person OLD" in " ".join(new_text.split())
    assert "Continued with Person GOOD" in " ".join(old_text.split())
    assert "Mentor replaced" in old_text
    assert "Continued with" not in new_text and "Continues the relationship" not in old_text


def test_program_report_pdf_names_the_replacements(company, tmp_path):
    db, p = company["db"], company["people"]
    replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    out = reports.write_program_report(db, company["program"], tmp_path / "p.pdf", today=ON)
    text = " ".join(" ".join((pg.extract_text() or "") for pg in PdfReader(str(out)).pages).split())
    assert "1 closed when the mentor was replaced" in text
    assert "0 completed, 0 ended early" in text


# -- schema 8: rebuilding relationships in an older file -------------------------------------

def _version_7_file(path: Path) -> None:
    """A file as schema 7 left it, with a relationship its goals, meetings and stages point at."""
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    schema.migrate(conn, target=7)
    stamp = "2026-01-01T00:00:00.000000Z"

    def insert(table: str, **values) -> None:
        values = {"created_at": stamp, "updated_at": stamp, **values}
        conn.execute(f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})",
                     list(values.values()))

    for pid in ("m", "e", "n"):
        insert("people", id=pid, employee_id=pid.upper(), name=f"Person {pid}", email=f"{pid}@x.org", role="both")
    insert("programs", id="prog", name="Old program")
    insert("relationships", id="r1", program_id="prog", mentor_id="m", mentee_id="e", start_date="2026-01-05",
           planned_end="2026-10-05", closure_outcome=None)
    insert("relationships", id="r2", mentor_id="n", mentee_id="e", start_date="2025-01-05",
           planned_end="2025-10-05", status="closed", closure_outcome="completed", closed_on="2025-10-05")
    insert("relationship_stages", id="s1", relationship_id="r1", stage=1, began_on="2026-01-05")
    insert("goals", id="g1", relationship_id="r1", title="Lead")
    insert("goal_history", id="h1", goal_id="g1", status="open", progress=0)
    insert("meetings", id="mt1", relationship_id="r1", date="2026-01-19", outcome="held", minutes=60)
    insert("checkins", id="c1", relationship_id="r1", role="mentee", date="2026-02-01")
    conn.close()


def test_an_older_file_is_rebuilt_with_every_row_and_reference_intact(tmp_path):
    path = tmp_path / "v7.db"
    _version_7_file(path)
    with sqlite3.connect(str(path)) as raw:
        before = raw.execute("SELECT * FROM relationships ORDER BY id").fetchall()
    db = Database.open(path)
    try:
        conn = db.conn
        assert schema.user_version(conn) == schema.SCHEMA_VERSION >= 8
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1  # switched back on
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        after = conn.execute(
            f"SELECT {v08_mentor_replacement.V3_RELATIONSHIP_COLUMNS} FROM relationships ORDER BY id").fetchall()
        assert after == before
        assert conn.execute("SELECT count(*) FROM relationships WHERE replaces_id IS NOT NULL").fetchone()[0] == 0
        indexes = {r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'relationships'")}
        assert {"relationships_mentor", "relationships_mentee", "relationships_program"} <= indexes
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'relationships_v8'").fetchone()
        # children still reach their relationship, and the rules still hold
        detail = svc.get_relationship(db, "r1", today=D(2026, 3, 1))
        assert [g.title for g in detail.goals] == ["Lead"] and len(detail.meetings) == 1
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO goals (id, created_at, updated_at, relationship_id, title) "
                         "VALUES ('g2', 'x', 'x', 'no-such-relationship', 'Orphan')")
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("UPDATE relationships SET closure_outcome = 'vanished' WHERE id = 'r2'")
        conn.execute("UPDATE relationships SET closure_outcome = 'mentor_replaced' WHERE id = 'r2'")
    finally:
        db.close()


def test_a_rebuild_that_would_break_a_reference_rolls_back(tmp_path, monkeypatch):
    """Foreign keys are off during the step, so only the check before COMMIT can catch a bad copy."""
    path = tmp_path / "v7.db"
    _version_7_file(path)
    real = v08_mentor_replacement.mentor_replacement

    def lossy() -> str:
        cols = v08_mentor_replacement.V3_RELATIONSHIP_COLUMNS
        return real().replace(f"SELECT {cols} FROM relationships;",
                              f"SELECT {cols} FROM relationships WHERE id <> 'r1';")

    assert lossy() != real()
    lossy.rebuilds_tables = True
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS[:7], lossy, *migrations.MIGRATIONS[8:]])
    conn = sqlite3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    try:
        with pytest.raises(sqlite3.IntegrityError, match="broken reference"):
            schema.migrate(conn, target=8)
        assert schema.user_version(conn) == 7
        assert conn.execute("SELECT count(*) FROM relationships").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        conn.close()


def test_a_reference_already_dangling_in_the_old_file_does_not_block_the_upgrade(tmp_path):
    path = tmp_path / "v7.db"
    _version_7_file(path)
    with sqlite3.connect(str(path)) as raw:  # foreign keys off: an old hand-edited file
        raw.execute("INSERT INTO goals (id, created_at, updated_at, relationship_id, title) "
                    "VALUES ('stray', 'x', 'x', 'gone', 'Orphan')")
    db = Database.open(path)
    try:
        assert db.schema_version() == schema.SCHEMA_VERSION
        assert db.scalar("SELECT count(*) FROM relationships") == 2
    finally:
        db.close()


# -- the command line, as real processes ------------------------------------------------------

def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               MENTORDESK_LANG="en", PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], capture_output=True, text=True,
                          timeout=120, env=env, cwd=str(home))


def test_cli_replace_mentor_prints_the_new_id_and_relationships_json_tells_the_story(company, db_path, tmp_path):
    db, p = company["db"], company["people"]
    db.close()
    home = tmp_path / "home"
    home.mkdir()
    done = _cli(home, "--db", str(db_path), "replace-mentor", "--relationship", company["rel"],
                "--mentor", "good", "--reason", "Moved abroad")
    assert done.returncode == 0, done.stderr
    new_id = done.stdout.strip()
    assert len(new_id.splitlines()) == 1 and new_id != company["rel"]
    listed = _cli(home, "--db", str(db_path), "relationships", "--json")
    assert listed.returncode == 0, listed.stderr
    by_id = {r["id"]: r for r in json.loads(listed.stdout)}
    assert by_id[new_id]["replaces_id"] == company["rel"] and by_id[company["rel"]]["replaces_id"] is None
    assert by_id[new_id]["mentor_id"] == p["GOOD"]
    assert by_id[new_id]["goals"] == [{"title": "Lead a project", "status": "in_progress"},
                                      {"title": "Present to the board", "status": "open"}]
    assert by_id[company["rel"]]["closure_outcome"] == "mentor_replaced"
    assert by_id[company["rel"]]["goals"] == by_id[new_id]["goals"]


@pytest.mark.parametrize(("mentor", "words"), [("boss", "manager"), ("FULL", "capacity"),
                                                ("NOPE", "excluded"), ("E404", "no one with the employee id")])
def test_cli_refusals_are_sentences_and_change_nothing(company, db_path, tmp_path, mentor, words):
    company["db"].close()
    home = tmp_path / "home"
    home.mkdir()
    before = db_path.read_bytes()
    done = _cli(home, "--db", str(db_path), "replace-mentor", "--relationship", company["rel"], "--mentor", mentor)
    assert done.returncode == 1
    assert done.stderr.startswith("mentordesk: ") and words in done.stderr
    assert "Traceback" not in done.stderr and done.stdout == ""
    assert db_path.read_bytes() == before


def test_cli_proposals_list_scores_and_rules(company, db_path, tmp_path):
    company["db"].close()
    home = tmp_path / "home"
    home.mkdir()
    done = _cli(home, "--db", str(db_path), "replacement-proposals", "--relationship", company["rel"], "--json")
    assert done.returncode == 0, done.stderr
    found = {r["employee_id"]: r for r in json.loads(done.stdout)}
    assert found["GOOD"]["blocked"] is None and found["GOOD"]["reasons"]
    assert found["FULL"]["blocked"] and found["BOSS"]["blocked"] and "OLD" not in found


@pytest.mark.parametrize("shape", ["dangling", "loop", "tombstoned"])
def test_a_damaged_link_from_a_merge_never_breaks_the_story(company, tmp_path, shape):
    """replaces_id is not a declared foreign key (merge order), so a branch file may bring odd links."""
    db, p = company["db"], company["people"]
    new = replacement.replace_mentor(db, company["rel"], p["GOOD"], on=ON)
    with db.transaction() as conn:
        if shape == "dangling":
            conn.execute("UPDATE relationships SET replaces_id = 'from-a-file-never-merged' WHERE id = ?", (new,))
        elif shape == "loop":  # the old one also claims to continue the new one: A -> B -> A
            conn.execute("UPDATE relationships SET replaces_id = ? WHERE id = ?", (new, company["rel"]))
        else:  # the relationship continued was deleted in another branch
            conn.execute("UPDATE relationships SET deleted_at = updated_at WHERE id = ?", (company["rel"],))
    shown = (new,) if shape == "tombstoned" else (new, company["rel"])
    for rel in shown:
        detail = svc.get_relationship(db, rel, today=ON)
        assert rel not in {e.id for e in detail.continues}
        assert len(detail.continues) <= 1
        out = reports.write_relationship_report(db, rel, tmp_path / f"{rel}.pdf", today=ON)
        assert PdfReader(str(out)).pages
    if shape != "loop":
        assert svc.get_relationship(db, new).continues == ()
