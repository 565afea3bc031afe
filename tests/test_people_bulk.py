"""Bulk actions on people (issue 13): archive / restore, change role, enrol in a program.

Real files on disk. Each action is one transaction with a backup first and an
Edit > Undo record; a cancel or a refusal changes nobody and records nothing.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from mentordesk.errors import NotFoundError, ValidationError
from mentordesk.models import Person, Program
from mentordesk.services import people as people_service
from mentordesk.services import people_bulk, programs, relationships, undo
from mentordesk.storage.backup import list_backups
from mentordesk.storage.database import Database


def _people(db: Database, n: int, *, role: str = "none", start: int = 0) -> list[str]:
    return [people_service.add_person(db, Person(
        employee_id=f"E{i:04d}", name=f"Person {i}", email=f"p{i}@example.com", department="Sales",
        role=role)) for i in range(start, start + n)]


def _state(db: Database) -> dict[str, tuple]:
    return {r["id"]: (r["archived"], r["role"], r["updated_at"])
            for r in db.query("SELECT id, archived, role, updated_at FROM people")}


def _bulk_backups(path: Path) -> int:
    return sum(1 for b in list_backups(path) if b.reason == "before-bulk")


def test_archive_three_changes_exactly_them_and_can_be_undone(db: Database) -> None:
    ids = _people(db, 6)
    before = _state(db)
    result = people_bulk.set_archived(db, ids[1:4], True)
    assert (result.changed, result.unchanged) == (3, 0)
    after = _state(db)
    assert [after[i][0] for i in ids] == [0, 1, 1, 1, 0, 0]
    assert all(after[i] == before[i] for i in (ids[0], ids[4], ids[5]))  # the others untouched, not even stamped
    point = undo.last_undo(db)
    assert point is not None and point.kind == "bulk" and point.label == result.label == "archiving of 3 people"
    path = db.path
    db.close()
    undo.undo(path, point)
    reopened = Database.open(path)
    try:
        assert [reopened.scalar("SELECT archived FROM people WHERE id = ?", (i,)) for i in ids] == [0] * 6
    finally:
        reopened.close()


def test_restore_and_people_already_in_that_state_write_nothing(db: Database) -> None:
    ids = _people(db, 4)
    people_bulk.set_archived(db, ids[:2], True)
    stamped = _state(db)
    backups = _bulk_backups(db.path)
    result = people_bulk.set_archived(db, ids[:3], True)  # two already archived
    assert (result.changed, result.unchanged) == (1, 2)
    assert _state(db)[ids[0]] == stamped[ids[0]] and _state(db)[ids[1]] == stamped[ids[1]]
    # nobody would change: no backup, no new undo record
    label = undo.last_undo(db).label
    assert people_bulk.set_archived(db, ids[:3], True).changed == 0
    assert _bulk_backups(db.path) == backups + 1 and undo.last_undo(db).label == label
    restored = people_bulk.set_archived(db, [ids[0], ids[3]], False)
    assert (restored.changed, restored.unchanged) == (1, 1) and "restoring" in restored.label
    assert [_state(db)[i][0] for i in ids] == [0, 1, 1, 0]


def test_change_role_all_or_nothing(db: Database) -> None:
    ids = _people(db, 5)
    with pytest.raises(ValidationError):
        people_bulk.change_role(db, ids, "boss")
    result = people_bulk.change_role(db, ids[:3], "mentor")
    assert result.changed == 3 and "to mentor" in result.label
    assert [_state(db)[i][1] for i in ids] == ["mentor"] * 3 + ["none"] * 2
    result = people_bulk.change_role(db, ids, "both")
    assert (result.changed, result.unchanged) == (5, 0)


@pytest.mark.parametrize("action", ["archive", "role", "enrol"])
def test_cancel_part_way_rolls_everything_back(db: Database, action: str) -> None:
    ids = _people(db, 60)
    program_id = programs.create_program(db, Program(name="Spring"))
    people_bulk.change_role(db, ids[:1], "mentee")  # an earlier undoable action
    earlier = undo.last_undo(db)
    before = _state(db)
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 30  # cancel after 30 people were written

    with pytest.raises(people_bulk.BulkCancelled):
        if action == "archive":
            people_bulk.set_archived(db, ids, True, cancelled=cancelled)
        elif action == "role":
            people_bulk.change_role(db, ids, "mentor", cancelled=cancelled)
        else:
            people_bulk.enrol(db, program_id, ids, "mentee", cancelled=cancelled)
    assert len(asked) == 31
    assert _state(db) == before
    assert programs.participants(db, program_id) == []
    assert undo.last_undo(db) == earlier  # the cancelled action is not offered for undo


def test_someone_removed_elsewhere_refuses_the_whole_action(db: Database) -> None:
    ids = _people(db, 3)
    before = _state(db)
    for bad in (["no-such-id"], [ids[0], "no-such-id", ids[2]]):
        with pytest.raises(NotFoundError, match="Nobody was changed"):
            people_bulk.set_archived(db, bad, True)
    with pytest.raises(ValidationError):
        people_bulk.change_role(db, [], "mentor")
    assert _state(db) == before and undo.last_undo(db) is None


def test_enrol_400_in_one_go_respects_the_program_limit_and_keeps_earlier_decisions(db: Database) -> None:
    ids = _people(db, 400, role="mentee")
    program_id = programs.create_program(db, Program(name="Cohort 2026", max_mentees=50))
    first = programs.enrol(db, program_id, ids[0], "mentee", "accepted")
    progress: list[tuple[int, int]] = []
    result = people_bulk.enrol(db, program_id, ids, "mentee", "accepted",
                               progress=lambda d, t: progress.append((d, t)))
    assert (result.changed, result.unchanged) == (399, 1)
    parts = programs.participants(db, program_id)
    assert len(parts) == 400 and len({p.person_id for p in parts}) == 400
    accepted = [p for p in parts if p.status == "accepted"]
    assert len(accepted) == 50 and result.waitlisted == 350
    assert next(p for p in parts if p.id == first).status == "accepted"
    assert progress[0] == (0, 400) and progress[-1] == (400, 400)
    assert [d for d, _ in progress] == sorted(d for d, _ in progress)
    assert undo.last_undo(db).label == "enrolment of 400 people in Cohort 2026"


def test_enrol_refuses_archived_people_and_bad_choices(db: Database) -> None:
    ids = _people(db, 4)
    program_id = programs.create_program(db, Program(name="Autumn"))
    people_bulk.set_archived(db, ids[3:], True)
    with pytest.raises(ValidationError, match="Person 3"):
        people_bulk.enrol(db, program_id, ids, "mentor")
    for role, status in (("both", "applied"), ("mentor", "declined"), ("mentee", "waitlisted")):
        with pytest.raises(ValidationError):
            people_bulk.enrol(db, program_id, ids[:3], role, status)
    with pytest.raises(NotFoundError):
        people_bulk.enrol(db, "no-such-program", ids[:3], "mentor")
    assert programs.participants(db, program_id) == []
    assert people_bulk.enrol(db, program_id, ids[:3], "mentor").changed == 3


def test_archiving_people_still_paired_reports_each_pair_once(db: Database) -> None:
    mentors = _people(db, 2, role="mentor")
    mentees = _people(db, 2, role="mentee", start=10)
    first = relationships.start_relationship(db, mentors[0], mentees[0], start=dt.date(2026, 1, 5))
    relationships.start_relationship(db, mentors[1], mentees[1], start=dt.date(2026, 1, 5))
    result = people_bulk.set_archived(db, [mentors[0], mentees[0], mentees[1]], True)
    assert sorted((s.mentor_name, s.mentee_name) for s in result.still_paired) == [
        ("Person 0", "Person 10"), ("Person 1", "Person 11")]
    assert first in {s.id for s in result.still_paired}


def _cli(db_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "MENTORDESK_LANG": "en"}
    return subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(db_path), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_cli_people_bulk_archive_role_enrol_and_undo(db: Database) -> None:
    _people(db, 5)
    programs.create_program(db, Program(name="Spring"))
    path = db.path
    db.close()
    done = _cli(path, "people-bulk", "archive", "E0000", "E0001")
    assert done.returncode == 0, done.stderr
    assert "2" in done.stdout and "Edit > Undo" in done.stdout
    done = _cli(path, "people-bulk", "role", "mentee", "E0002", "E0003", "E0004")
    assert done.returncode == 0, done.stderr
    done = _cli(path, "people-bulk", "enrol", "Spring", "--as", "mentee", "--status", "accepted",
                "E0002", "E0003")
    assert done.returncode == 0, done.stderr
    refused = _cli(path, "people-bulk", "enrol", "Spring", "--as", "mentee", "E0000")  # archived
    assert refused.returncode == 1 and refused.stderr.startswith("mentordesk: ") and "Traceback" not in refused.stderr
    unknown = _cli(path, "people-bulk", "archive", "E0002", "NOPE")
    assert unknown.returncode == 1 and "NOPE" in unknown.stderr
    shown = _cli(path, "undo")
    assert "enrolment of 2 people in Spring" in shown.stdout
    check = Database.open(path)
    try:
        rows = {r["employee_id"]: (r["archived"], r["role"]) for r in check.query(
            "SELECT employee_id, archived, role FROM people")}
        assert rows == {"E0000": (1, "none"), "E0001": (1, "none"), "E0002": (0, "mentee"),
                        "E0003": (0, "mentee"), "E0004": (0, "mentee")}
        assert check.scalar("SELECT count(*) FROM participants WHERE status = 'accepted'") == 2
    finally:
        check.close()
    listed = _cli(path, "people-bulk", "archive", "--json", "E0004")
    assert json.loads(listed.stdout)["changed"] == 1


def test_enrolling_again_promotes_applicants_but_never_demotes_an_accepted_place(db: Database) -> None:
    ids = _people(db, 3, role="mentee")
    program_id = programs.create_program(db, Program(name="Again"))
    programs.enrol(db, program_id, ids[0], "mentee", "applied")
    programs.enrol(db, program_id, ids[1], "mentee", "accepted")
    result = people_bulk.enrol(db, program_id, ids, "mentee", "accepted")
    assert (result.changed, result.unchanged) == (2, 1)
    assert {p.person_id: p.status for p in programs.participants(db, program_id)} == dict.fromkeys(ids, "accepted")
    again = people_bulk.enrol(db, program_id, ids, "mentee", "applied")
    assert again.changed == 0
    assert {p.status for p in programs.participants(db, program_id)} == {"accepted"}
