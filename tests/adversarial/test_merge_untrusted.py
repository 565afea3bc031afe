"""Issue 9 §2, a branch file is untrusted input: nothing invalid gets in, nothing raises a traceback.

Branch files are copies of the demo company edited behind MentorDesk's back (plain
SQL, check constraints switched off, tables rebuilt without types) the way a broken
tool or an attacker would. Every merge is a real `mentordesk merge` process; a refusal
must be sentences naming the entry, exit 1, and leave the company file byte-identical.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from mentordesk.clock import now_iso, to_iso
from mentordesk.storage.backup import list_backups

from .conftest import run_cli
from .merge_helpers import body, digest, edit_person, merge_cli, person, sql


@pytest.fixture
def branch(demo_file: Path, tmp_path: Path) -> Path:
    path = tmp_path / "branch.db"
    shutil.copy(demo_file, path)
    return path


def bump(path: Path, table: str, where: str, **cols: Any) -> None:
    """Change columns as if edited now at the branch (check constraints off: a hand-made file)."""
    stamp = now_iso()
    sets = ", ".join(f'"{c}" = ?' for c in cols)
    ft = "field_times"
    for c in cols:
        ft = f"json_set({ft}, '$.{c}', ?)"
    sql(path, "PRAGMA ignore_check_constraints = ON",
        (f'UPDATE "{table}" SET {sets}, updated_at = ?, field_times = {ft} WHERE {where}',
         (*cols.values(), stamp, *[stamp] * len(cols))))


def new_person(path: Path, **over: Any) -> None:
    """A new person row copied from E0010 with a fresh id, then `over` applied."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.row_factory = sqlite3.Row
    row = dict(conn.execute("SELECT * FROM people WHERE employee_id = 'E0010'").fetchone())
    stamp = now_iso()
    row.update(id=str(uuid.uuid4()), employee_id="E8000", email="e8000@example.com", created_at=stamp,
               updated_at=stamp, field_times="{}", manager_employee_id=None)
    row.update(over)
    conn.execute(f"INSERT INTO people ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})", list(row.values()))
    conn.close()


def untyped_people(path: Path) -> None:
    """Rebuild `people` without types or constraints, so any value of any kind can be stored."""
    conn = sqlite3.connect(path, isolation_level=None)
    cols = [r[1] for r in conn.execute("PRAGMA table_info(people)")]
    conn.execute(f"CREATE TABLE people_x ({', '.join(cols)})")
    conn.execute("INSERT INTO people_x SELECT * FROM people")
    conn.execute("DROP TABLE people")
    conn.execute("ALTER TABLE people_x RENAME TO people")
    conn.close()


def refused(home: Path, target: Path, other: Path, *phrases: str) -> str:
    before = digest(target)
    out = merge_cli(home, target, other, "hq")
    assert out.returncode == 1, out.stdout + out.stderr
    assert out.stderr.startswith("mentordesk: ") and "Traceback" not in out.stderr
    assert any(w in out.stderr for w in ("was not merged", "could not", "cannot be merged")), out.stderr
    for phrase in phrases:
        assert phrase in out.stderr, out.stderr
    assert "\x1b" not in out.stderr and "\x00" not in out.stderr
    assert digest(target) == before
    assert [b for b in list_backups(target) if b.reason == "merge"] == []
    export = run_cli(home, "--db", str(target), "export-people", str(home / "people.csv"))
    assert export.returncode == 0, export.stderr  # the company's own export still works
    return out.stderr


CONTENT = {
    "bad e-mail": (lambda p: bump(p, "people", "employee_id = 'E0004'", email="sanne.bos@"), ["Sanne Bos", "email"]),
    "self-manager": (lambda p: bump(p, "people", "employee_id = 'E0004'", manager_employee_id="E0004"),
                     ["own employee_id"]),
    "escape in a name": (lambda p: bump(p, "people", "employee_id = 'E0004'", name="Sanne\x1b[31m Bos"),
                         ["control character", "ESC"]),
    "NUL in notes": (lambda p: bump(p, "people", "employee_id = 'E0004'", notes="a\x00b"), ["NUL"]),
    "1 MB name": (lambda p: bump(p, "people", "employee_id = 'E0004'", name="S" * 1_000_000),
                  ["1,000,000 characters", "limit is 200"]),
    "new person with a bad e-mail": (lambda p: new_person(p, name="Eve New", email="eve at example"),
                                     ["Eve New", "not a valid address"]),
    "new person with a bad role": (lambda p: new_person(p, name="Rolf Role", role="admin"), ["role 'admin'"]),
    "semicolon in a competency": (lambda p: bump(p, "competencies", "name = 'Coaching'", name="Coaching; Sales"),
                                  ["';'"]),
    "level 7": (lambda p: bump(p, "person_competencies", "rowid = 1", current_level=7), ["levels go from 0 to 5"]),
    "capacity 0": (lambda p: bump(p, "mentor_profiles", "rowid = 1", capacity=0), ["capacity is 0"]),
    "unreadable JSON in an enrolment": (lambda p: bump(p, "participants", "rowid = 1", preferred="[oops"),
                                        ["preferred"]),
    "meeting on no date": (lambda p: bump(p, "meetings", "rowid = 1", date="soon"), ["'soon' is not a date"]),
}


CONTENT.update({
    "mentoring oneself": (lambda p: bump(p, "relationships", "rowid = 1", mentee_id=_mentor_of_first(p)),
                          ["not allow", "relationships"]),
    "meeting of no relationship": (lambda p: bump(p, "meetings", "rowid = 1", relationship_id="no-such-pair"),
                                   ["meetings"]),
    "stage 9": (lambda p: bump(p, "relationships", "rowid = 1", stage=9), ["not allow", "relationships"]),
})


def _mentor_of_first(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT mentor_id FROM relationships WHERE rowid = 1").fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("case", sorted(CONTENT))
def test_invalid_content_is_refused_with_reasons(demo_file, branch, home, case):
    attack, phrases = CONTENT[case]
    attack(branch)
    refused(home, demo_file, branch, *phrases)


def test_every_problem_is_listed_at_once(demo_file, branch, home):
    bump(branch, "people", "employee_id = 'E0004'", email="nope")
    bump(branch, "people", "employee_id = 'E0005'", manager_employee_id="E0005")
    bump(branch, "competencies", "name = 'Coaching'", name="A;B")
    text = refused(home, demo_file, branch, "3 of its entries")
    assert "Sanne Bos" in text and "Pieter van Dijk" in text and "A;B" in text


def test_a_management_loop_closed_by_the_merge_is_refused(demo_file, branch, home):
    edit_person(home, demo_file, "E0003", "hq", manager_employee_id="E0004")  # fine on its own
    edit_person(home, branch, "E0004", "branch", manager_employee_id="E0003")  # fine on its own
    refused(home, demo_file, branch, "loop", "E0003 → E0004 → E0003")


def test_a_value_this_file_already_holds_is_not_held_against_the_branch(demo_file, branch, home):
    """An old bad value here (from before the rules) does not block a branch's unrelated edit."""
    sql(demo_file, "UPDATE people SET email = 'old-bad-address' WHERE employee_id = 'E0006'")
    shutil.copy(demo_file, branch)
    edit_person(home, branch, "E0006", "branch", department="Moved at the branch")
    out = merge_cli(home, demo_file, branch, "hq")
    assert out.returncode == 0, out.stderr
    assert person(demo_file, "E0006")["department"] == "Moved at the branch"


def _ahead(days: float) -> str:
    return to_iso(datetime.now(UTC) + timedelta(days=days))


STRUCTURE = {
    "updated_at 'yesterday'": (lambda p: sql(p, "UPDATE people SET updated_at = 'yesterday' WHERE rowid = 3"),
                               ["'yesterday' is not a date and time"]),
    "year 99999": (lambda p: sql(p, "UPDATE people SET created_at = '99999-01-01T00:00:00Z' WHERE rowid = 3"),
                   ["is not a date and time"]),
    "year 3000": (lambda p: sql(p,
                                ("UPDATE people SET updated_at = ? WHERE rowid = 3", ("3000-01-01T00:00:00.000000Z",))),
                  ["more than a year in the future"]),
    "field time 'tomorrow'": (lambda p: bump(p, "people", "rowid = 3", title="x") or
                              sql(p, "UPDATE people SET field_times = json_set(field_times, '$.title', 'tomorrow') "
                                     "WHERE rowid = 3"), ["'tomorrow' is not a date and time"]),
    "1 MB field_times": (lambda p: sql(p, ("UPDATE people SET field_times = ? WHERE rowid = 3",
                                           (json.dumps({"title": now_iso(), "pad": "x" * 1_000_000}),))),
                         ["not readable"]),
    "field_times a list": (lambda p: sql(p, "UPDATE people SET field_times = '[1, 2]' WHERE rowid = 3"),
                           ["not readable"]),
    "field_times naming a field it lacks": (
        lambda p: sql(p, ("UPDATE people SET field_times = ? WHERE rowid = 3", (json.dumps({"salary": now_iso()}),))),
        ["salary"]),
}

UNTYPED = {
    "NULL updated_at": ("UPDATE people SET updated_at = NULL WHERE rowid = 3", ["is empty"]),
    "integer id": ("UPDATE people SET id = 12345 WHERE rowid = 3", ["12345", "not a MentorDesk id"]),
    "blob id": ("UPDATE people SET id = x'00ff' WHERE rowid = 3", ["not a MentorDesk id"]),
    "blob name": ("UPDATE people SET name = x'1b5b33316d' WHERE rowid = 3", ["name should be text, not binary data"]),
    "integer email": ("UPDATE people SET email = 42 WHERE rowid = 3", ["email should be text, not 42"]),
    "text in archived": ("UPDATE people SET archived = 'yes' WHERE rowid = 3", ["archived should be a whole number"]),
    "two rows with one id": ("INSERT INTO people SELECT * FROM people WHERE rowid = 3", ["share an id"]),
}


@pytest.mark.parametrize("case", sorted(STRUCTURE))
def test_unreadable_stamps_and_bookkeeping_give_sentences(demo_file, branch, home, case):
    attack, phrases = STRUCTURE[case]
    attack(branch)
    refused(home, demo_file, branch, *phrases)


@pytest.mark.parametrize("case", sorted(UNTYPED))
def test_values_of_the_wrong_kind_give_sentences(demo_file, branch, home, case):
    statement, phrases = UNTYPED[case]
    untyped_people(branch)
    sql(branch, statement)
    refused(home, demo_file, branch, *phrases)


@pytest.mark.parametrize("view", [
    "SELECT * FROM people_real",
    # a query that never ends, should anything ever run it
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT p.* FROM people_real p, n",
])
def test_a_view_posing_as_a_table_is_refused_without_running_it(demo_file, branch, home, view):
    sql(branch, "ALTER TABLE people RENAME TO people_real", f"CREATE VIEW people AS {view}")
    refused(home, demo_file, branch, "not a MentorDesk")


def test_a_stamp_two_days_ahead_is_merged_and_flagged(demo_file, branch, home):
    stamp = _ahead(2)
    sql(branch, (("UPDATE people SET title = 'From the future', updated_at = ?, site = 'fast-laptop', "
                 "field_times = json_set(field_times, '$.title', ?) WHERE employee_id = 'E0004'"), (stamp, stamp)))
    out = merge_cli(home, demo_file, branch, "hq")
    assert out.returncode == 0, out.stderr
    assert person(demo_file, "E0004")["title"] == "From the future"
    assert "fast-laptop" in out.stdout and "1 day 23 h" in out.stdout and "ahead of this computer's clock" in out.stdout


# -- the dry run is the merge ---------------------------------------------------------------


def _scenario(name: str, demo_file: Path, branch: Path, home: Path) -> None:
    if name == "edits":
        edit_person(home, branch, "E0004", "branch", title="Lead", department="Ops")
        new_person(branch, name="Nina Nieuw", field_times=json.dumps({"name": now_iso()}))
    elif name == "conflict":
        edit_person(home, demo_file, "E0004", "hq", title="HQ")
        edit_person(home, branch, "E0004", "branch", title="Branch")
    elif name == "two people, one id":
        new_person(demo_file, employee_id="E8100", name="Zoe Quist", email="zoe@example.com")
        new_person(branch, employee_id="E8100", name="Yara Prins", email="yara@example.com")
    elif name == "deletion and older values":
        edit_person(home, demo_file, "E0007", "hq", notes="newer here")
        sql(branch, (("UPDATE people SET deleted_at = ?, updated_at = ?, field_times = json_set(field_times, "
                     "'$.deleted_at', ?) WHERE employee_id = 'E0008'"), (now_iso(),) * 3))
    elif name == "refused":
        bump(branch, "people", "employee_id = 'E0004'", email="broken")
    elif name == "email clash":
        new_person(demo_file, employee_id="E8200", name="Clash Here", email="clash@example.com")
        new_person(branch, employee_id="E8201", name="Clash There", email="clash@example.com")


@pytest.mark.parametrize("name", ["edits", "conflict", "two people, one id", "deletion and older values",
                                  "refused", "email clash"])
def test_dry_run_says_exactly_what_the_merge_then_does(demo_file, branch, home, name):
    _scenario(name, demo_file, branch, home)
    before = digest(demo_file)
    dry = merge_cli(home, demo_file, branch, "hq", "--dry-run")
    assert digest(demo_file) == before
    real = merge_cli(home, demo_file, branch, "hq")
    assert (dry.returncode, body(dry.stdout), dry.stderr) == (real.returncode, body(real.stdout), real.stderr)
    assert dry.stdout.startswith("Dry run") or dry.returncode == 1
    assert (digest(demo_file) != before) == (real.returncode == 0)
