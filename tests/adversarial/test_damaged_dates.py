"""A date column changed outside MentorDesk ('soon', '31/02/2026', '') — issue 9's hand-edited file.

Before, reading such a row raised a bare ValueError and every command and screen that read it
stopped with a traceback. Now the row-to-record mapping refuses it in a sentence naming the
table, the column and the value, changes nothing, and `mentordesk check` lists every such value.
Each case damages a real copy of the demo company with sqlite3 and runs real processes.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from .conftest import run_cli

SENTENCE = "The company file holds"

#: (table, column, value, commands that read it; RID stands for the damaged relationship)
CASES = [
    ("relationships", "planned_end", "soon", [["relationships"], ["attention"], ["export", "relationships", "x.csv"]]),
    ("relationships", "start_date", "31/02/2026", [["relationships"], ["report", "--relationship", "RID",
                                                                        "--out", "r.pdf"]]),
    ("meetings", "date", "yesterday", [["relationships"], ["export", "meetings", "m.csv"]]),
    ("meetings", "date", "", [["relationships"]]),
    ("checkins", "date", "2026-13-45", [["checkins", "--relationship", "RID"]]),
    ("goals", "due_date", "Friday", [["goals", "--relationship", "RID"]]),
    ("relationship_stages", "began_on", "x", [["report", "--relationship", "RID", "--out", "r.pdf"]]),
    ("people", "hire_date", "last year", [["people"]]),
    ("programs", "start_date", "spring", [["program", "list"]]),
    ("snoozes", "until", "next week", [["attention"]]),
]


def _active_relationship(home: Path, db: Path) -> str:
    listed = run_cli(home, "--db", str(db), "relationships", "--json")
    assert listed.returncode == 0, listed.stderr
    return next(r["id"] for r in json.loads(listed.stdout) if r["status"] == "active")


def _damage(db: Path, table: str, column: str, value: str, rel_id: str) -> None:
    owner = {"relationships": "id", "people": None, "programs": None, "snoozes": None}.get(table, "relationship_id")
    with sqlite3.connect(db) as conn:
        if table == "snoozes":  # the demo snoozes nothing: snooze one item the way the CLI stores it
            conn.execute("INSERT INTO snoozes (id, created_at, updated_at, item_key, until) VALUES "
                         "('s1', '2026-01-05T09:00:00Z', '2026-01-05T09:00:00Z', 'no_recent_meeting:x', '2099-01-01')")
        if owner is None:
            changed = conn.execute(f"UPDATE {table} SET {column} = ?", (value,)).rowcount
        else:
            changed = conn.execute(f"UPDATE {table} SET {column} = ? WHERE {owner} = ?", (value, rel_id)).rowcount
    conn.close()
    assert changed, f"the demo has no {table} row to damage"


def _stored(db: Path, table: str, column: str, value: str) -> int:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT count(*) FROM {table} WHERE {column} = ?", (value,)).fetchone()[0]
    finally:
        conn.close()


@pytest.mark.parametrize("table, column, value, commands", CASES,
                         ids=[f"{t}.{c}={v!r}" for t, c, v, _ in CASES])
def test_a_damaged_date_is_a_sentence_not_a_traceback(home, demo_file, table, column, value, commands):
    rel_id = _active_relationship(home, demo_file)
    _damage(demo_file, table, column, value, rel_id)
    damaged = _stored(demo_file, table, column, value)
    for command in commands:
        args = [rel_id if a == "RID" else a for a in command]
        done = run_cli(home, "--db", str(demo_file), *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert SENTENCE in done.stderr and repr(value) in done.stderr and f"{column} in {table}" in done.stderr
    assert _stored(demo_file, table, column, value) == damaged  # reading changed nothing
    checked = run_cli(home, "--db", str(demo_file), "check")
    assert checked.returncode == 1
    assert f"of {column} in {table}" in checked.stdout and repr(value) in checked.stdout


def test_check_passes_an_undamaged_file_and_names_each_damaged_column(home, demo_file):
    clean = run_cli(home, "--db", str(demo_file), "check")
    assert clean.returncode == 0 and "Dates:" not in clean.stdout
    rel_id = _active_relationship(home, demo_file)
    _damage(demo_file, "meetings", "date", "2026-02-31", rel_id)  # SQLite's date() would call it March
    _damage(demo_file, "people", "hire_date", "", rel_id)  # empty is allowed here: no hire date
    checked = run_cli(home, "--db", str(demo_file), "check")
    assert checked.returncode == 1
    lines = [line for line in checked.stdout.splitlines() if line.startswith("Dates:")]
    assert len(lines) == 1 and "of date in meetings are not dates" in lines[0] and "'2026-02-31'" in lines[0]


def test_the_sentence_is_in_the_users_language(home, demo_file):
    rel_id = _active_relationship(home, demo_file)
    _damage(demo_file, "relationships", "planned_end", "bald", rel_id)
    done = run_cli(home, "--db", str(demo_file), "relationships", LANG="de_DE.UTF-8", MENTORDESK_LANG="de")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert "Die Unternehmensdatei enthält 'bald'" in done.stderr
