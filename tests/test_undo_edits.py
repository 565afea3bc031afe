"""Undo of single edits (issue 13): a person, a goal, a meeting, a program's settings, on real files;
the undo is a new stamped edit (a merge converges on it), it is refused once the rows changed
again, bulk undo keeps working beside it, and `mentordesk undo` does the same in a real process."""

from __future__ import annotations

import datetime as dt
import os
import stat
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from mentordesk.i18n import translator
from mentordesk.models import Person, PortraitEntry, Program
from mentordesk.services import edit_undo, files, goals, meetings, people, programs, undo
from mentordesk.services import relationships as rel_service
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 6, 1)


def row(db: Database, table: str, row_id: str) -> dict:
    return db.query_one(f"SELECT * FROM {table} WHERE id = ?", (row_id,))


@pytest.fixture
def maria(db) -> str:
    return people.add_person(db, Person(
        employee_id="E7", name="María José Núñez", email="mj@example.es", department="Finance", branch="Sevilla",
        languages=("es",), role="mentor", mentor_capacity=2,
        portrait=(PortraitEntry("Negotiation", 2, 4),)))


def test_undo_of_a_person_edit_puts_every_part_back(db, maria):
    before = people.get_person(db, maria)
    edited = replace(before, name="María José Núñez García", department="Sales", email="mjn@example.es",
                     mentor_capacity=4, portrait=(PortraitEntry("Negotiation", 3, 5),))
    assert people.update_person(db, maria, edited)
    point = edit_undo.last_action(db)
    assert isinstance(point, edit_undo.EditPoint)
    assert point.label == "edit of María José Núñez García"
    edit_undo.undo_edit(db, point)
    after = people.get_person(db, maria)
    assert (after.name, after.department, after.email) == ("María José Núñez", "Finance", "mj@example.es")
    assert people.mentor_profile(db, maria).capacity == 2
    assert [(e.competency, e.current, e.target) for e in after.portrait] == [("Negotiation", 2, 4)]
    assert edit_undo.last_action(db) is None  # taken back once, never twice


def test_an_undone_edit_is_a_new_stamped_edit_and_a_merge_converges_on_it(db, maria, tmp_path):
    person = people.get_person(db, maria)
    people.update_person(db, maria, replace(person, department="Sales"))
    edited_stamp = row(db, "people", maria)["updated_at"]
    copy = files.backup_now(db, tmp_path / "laptop-copy.db")  # the other laptop has the edit
    edit_undo.undo_edit(db, edit_undo.last_edit(db))
    undone = row(db, "people", maria)
    assert undone["department"] == "Finance" and undone["updated_at"] > edited_stamp
    other = Database.open(copy)
    try:
        assert row(other, "people", maria)["department"] == "Sales"
        files.merge_file(other, db.path)
        assert row(other, "people", maria)["department"] == "Finance"
    finally:
        other.close()
    files.merge_file(db, copy)  # and back: nothing older wins over the undo
    assert row(db, "people", maria)["department"] == "Finance"


@pytest.fixture
def pair(db, maria) -> str:
    mentee = people.add_person(db, Person(employee_id="E8", name="Ben Nuevo", email="ben@example.es",
                                          languages=("es",), role="mentee"))
    return rel_service.start_relationship(db, maria, mentee, start=TODAY - dt.timedelta(days=60))


def test_undo_of_a_goal_edit_restores_it_and_drops_its_history_line(db, pair):
    goal = goals.add_goal(db, pair, "Lead a negotiation")
    history = db.scalar("SELECT count(*) FROM goal_history WHERE goal_id = ? AND deleted_at IS NULL", (goal,))
    goals.update_goal(db, goal, title="Lead two negotiations", status="in_progress", progress=40)
    point = edit_undo.last_action(db)
    assert point.label == "edit of the goal “Lead a negotiation”"
    edit_undo.undo_edit(db, point)
    restored = row(db, "goals", goal)
    assert (restored["title"], restored["progress"]) == ("Lead a negotiation", 0)
    assert row(db, "goals", goal)["status"] != "in_progress"
    assert db.scalar("SELECT count(*) FROM goal_history WHERE goal_id = ? AND deleted_at IS NULL",
                     (goal,)) == history


def test_undo_of_a_meeting_edit(db, pair):
    held = TODAY - dt.timedelta(days=10)
    meeting = meetings.log_meeting(db, pair, held, 45, "held", today=TODAY)
    meetings.update_meeting(db, meeting, minutes=90, notes="Talked about budgets", today=TODAY)
    point = edit_undo.last_action(db)
    assert point.label == f"edit of the meeting on {translator('en').date(held)}"  # the reader's date format
    edit_undo.undo_edit(db, point)
    back = row(db, "meetings", meeting)
    assert (back["minutes"], back["notes"]) == (45, "")


@pytest.mark.parametrize("how", ["settings", "weights"])
def test_undo_of_a_program_edit(db, how):
    pid = programs.create_program(db, Program(name="Leaders", relationship_months=6, cadence="monthly"))
    program = programs.get_program(db, pid)
    if how == "settings":
        programs.update_program(db, pid, replace(program, relationship_months=9, cadence="weekly"))
    else:
        programs.save_match_settings(db, pid, {"weights": {"gaps": 5}})
    edit_undo.undo_edit(db, edit_undo.last_action(db))
    back = programs.get_program(db, pid)
    assert (back.relationship_months, back.cadence, back.match_settings or {}) == (6, "monthly", {})


def test_an_edit_changed_again_since_is_not_offered_and_undo_refuses_it(db, maria):
    person = people.get_person(db, maria)
    people.update_person(db, maria, replace(person, department="Sales"))
    point = edit_undo.last_edit(db)
    assert point is not None
    people.set_archived(db, maria, True)  # another change to the same row
    assert edit_undo.record_path(db.path).exists()
    assert edit_undo.last_edit(db) is None and edit_undo.last_action(db) is None
    assert not edit_undo.record_path(db.path).exists()  # the old values do not linger beside the file
    with pytest.raises(undo.NothingToUndo, match="changed again"):
        edit_undo.undo_edit(db, point)
    assert people.get_person(db, maria).archived and people.get_person(db, maria).department == "Sales"


def test_a_refused_or_empty_edit_records_nothing(db, maria):
    person = people.get_person(db, maria)
    assert not people.update_person(db, maria, person)  # nothing changed
    assert edit_undo.last_edit(db) is None
    with pytest.raises(Exception, match="email"):
        people.update_person(db, maria, replace(person, email="not-an-address"))
    assert edit_undo.last_edit(db) is None


def test_the_newer_of_an_edit_and_a_bulk_action_is_undone_first(db, maria):
    with undo.undoable(db, "bulk", "approval of 3 pairs"):
        people.add_person(db, Person(employee_id="E9", name="Bulk Person", email="bulk@example.es"))
    assert edit_undo.last_action(db).kind == "bulk"
    person = people.get_person(db, maria)
    people.update_person(db, maria, replace(person, branch="Madrid"))
    record = edit_undo.record_path(db.path)
    assert stat.S_IMODE(os.stat(record).st_mode) == 0o600
    point = edit_undo.last_action(db)
    assert point.kind == "edit"
    edit_undo.undo_edit(db, point)
    assert people.get_person(db, maria).branch == "Sevilla"
    bulk = edit_undo.last_action(db)
    assert bulk is not None and bulk.kind == "bulk" and bulk.label == "approval of 3 pairs"


def _cli(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, MENTORDESK_CONFIG_DIR=str(home / "config"), MENTORDESK_DATA_DIR=str(home / "data"),
               MENTORDESK_SITE="undo-edit-site", PYTHONPATH=str(ROOT), MENTORDESK_LANG="en")
    return subprocess.run([sys.executable, "-m", "mentordesk", *args], check=False, capture_output=True,
                          text=True, timeout=120, env=env, cwd=str(home))


def test_cli_undo_shows_and_undoes_the_last_edit(db, maria, tmp_path):
    person = people.get_person(db, maria)
    people.update_person(db, maria, replace(person, name="Maria Jose Nunez"))
    path = db.path
    db.close()
    shown = _cli(tmp_path, "--db", str(path), "undo")
    assert shown.returncode == 0, shown.stderr
    assert "edit of Maria Jose Nunez" in shown.stdout and "--yes" in shown.stdout
    again = Database.open(path)
    try:
        assert people.get_person(again, maria).name == "Maria Jose Nunez"  # only shown, not done
    finally:
        again.close()
    done = _cli(tmp_path, "--db", str(path), "undo", "--yes")
    assert done.returncode == 0, done.stderr
    assert "Undone: edit of Maria Jose Nunez" in done.stdout
    after = Database.open(path)
    try:
        assert people.get_person(after, maria).name == "María José Núñez"
    finally:
        after.close()
    nothing = _cli(tmp_path, "--db", str(path), "undo", "--yes")
    assert nothing.returncode == 1 and nothing.stderr.startswith("mentordesk: ")


def test_edits_inside_a_bigger_action_are_not_recorded_one_by_one(demo_file):
    """The demo company updates goals inside its one transaction: no single-edit record comes of it."""
    db = Database.open(demo_file)
    try:
        assert not edit_undo.record_path(db.path).exists()
        assert edit_undo.last_edit(db) is None
        person_id = db.query_one("SELECT id FROM people WHERE deleted_at IS NULL LIMIT 1")["id"]
        person = people.get_person(db, person_id)
        with db.transaction():
            people.update_person(db, person_id, replace(person, title="Outer action"))
        assert edit_undo.last_edit(db) is None
        people.update_person(db, person_id, replace(person, title="On its own"))
        assert edit_undo.last_edit(db) is not None
    finally:
        db.close()


def test_a_re_import_in_another_process_makes_the_edit_stale_and_undo_offers_the_import(db, maria, tmp_path):
    """Another process (a colleague's re-import) changes the edited person: the edit is no longer
    the last change to that row, so Undo offers the import instead and never puts old values back."""
    person = people.get_person(db, maria)
    people.update_person(db, maria, replace(person, department="Sales"))
    csv = tmp_path / "hr-export.csv"
    csv.write_text("employee_id,name,email,department\nE7,María José Núñez,mj@example.es,Legal\n", encoding="utf-8")
    path = db.path
    done = _cli(tmp_path, "--db", str(path), "import-people", str(csv))
    assert done.returncode == 0, done.stderr
    assert people.get_person(db, maria).department == "Legal"
    assert edit_undo.last_edit(db) is None
    shown = _cli(tmp_path, "--db", str(path), "undo")
    assert shown.returncode == 0, shown.stderr
    assert "import of hr-export.csv" in shown.stdout and "edit of" not in shown.stdout
