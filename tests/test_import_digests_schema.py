"""Schema 10: the people import's row digests, and the triggers that drop a digest as soon as
its person may differ from the row it stands for (any writer: window, CLI, merge, raw SQL);
a new level, which no trigger watches, makes the digest stop standing by the count it keeps."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from mentordesk.storage import migrations, people_import_repo, schema
from mentordesk.storage.database import Database

NOW = "2026-01-01T00:00:00.000000Z"


def _file(path: Path) -> sqlite3.Connection:
    """A current file holding two people (P1 assessed in C1, with a mentor profile) and
    a digest for each: what an import leaves behind."""
    Database.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    for pid, eid in (("P1", "E1"), ("P2", "E2")):
        conn.execute("INSERT INTO people (id, created_at, updated_at, employee_id, name, email) "
                     "VALUES (?, ?, ?, ?, ?, ?)", (pid, NOW, NOW, eid, f"Name {eid}", f"{eid}@example.com"))
        conn.execute("INSERT INTO people_import_digests (person_id, digest) VALUES (?, ?)", (pid, f"d-{pid}"))
    conn.execute("INSERT INTO competencies (id, created_at, updated_at, name) VALUES ('C1', ?, ?, 'Excel')",
                 (NOW, NOW))
    conn.execute("INSERT INTO person_competencies (id, created_at, updated_at, person_id, competency_id, "
                 "current_level, assessed_at) VALUES ('L1', ?, ?, 'P1', 'C1', 2, '2026-01-01')", (NOW, NOW))
    conn.execute("INSERT INTO mentor_profiles (id, created_at, updated_at, person_id, capacity) "
                 "VALUES ('M1', ?, ?, 'P1', 2)", (NOW, NOW))
    conn.execute("INSERT OR REPLACE INTO people_import_digests (person_id, digest, levels) VALUES ('P1', 'd-P1', 1)")
    return conn


def _standing(conn: sqlite3.Connection) -> set[str]:
    return set(people_import_repo.digests_by_person(conn))


def test_a_file_of_the_previous_version_gains_the_table_and_keeps_its_people(db_path: Path) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    schema.migrate(conn, target=9)
    conn.execute("INSERT INTO people (id, created_at, updated_at, employee_id, name, email) "
                 "VALUES ('P1', ?, ?, 'E1', 'Ana', 'ana@example.com')", (NOW, NOW))
    assert migrations.migrate(conn) == list(range(10, schema.SCHEMA_VERSION + 1))
    assert _standing(conn) == set()
    assert conn.execute("SELECT name FROM people").fetchall() == [("Ana",)]
    conn.close()


@pytest.mark.parametrize("write", [
    "UPDATE people SET name = 'Other' WHERE id = 'P1'",
    "UPDATE people SET archived = 1 WHERE id = 'P1'",
    "UPDATE people SET deleted_at = '2026-02-01' WHERE id = 'P1'",  # erased or tombstoned
    "UPDATE people SET field_times = '{}' WHERE id = 'P1'",  # bookkeeping only: still dropped
    "DELETE FROM people_import_digests WHERE person_id = 'P1'",
    "INSERT INTO person_competencies (id, created_at, updated_at, person_id, competency_id, current_level, "
    "assessed_at) VALUES ('L2', 'x', 'x', 'P1', 'C1', 4, '2026-03-01')",
    "UPDATE person_competencies SET target_level = 5 WHERE id = 'L1'",
    "DELETE FROM person_competencies WHERE id = 'L1'",
    "UPDATE competencies SET name = 'Spreadsheets' WHERE id = 'C1'",
    "UPDATE competencies SET deleted_at = 'x' WHERE id = 'C1'",
    "UPDATE mentor_profiles SET capacity = 3 WHERE id = 'M1'",
    "DELETE FROM mentor_profiles WHERE id = 'M1'",
])
def test_any_write_that_concerns_the_person_drops_only_their_digest(db_path: Path, write: str) -> None:
    conn = _file(db_path)
    assert _standing(conn) == {"P1", "P2"}
    conn.execute("PRAGMA foreign_keys = OFF")  # DELETEs of parents: the trigger is what is tested
    conn.execute(write)
    assert _standing(conn) == {"P2"}
    conn.close()


def test_a_new_mentor_profile_or_a_move_of_levels_drops_both_people_concerned(db_path: Path) -> None:
    conn = _file(db_path)
    conn.execute("INSERT INTO mentor_profiles (id, created_at, updated_at, person_id, capacity) "
                 "VALUES ('M2', 'x', 'x', 'P2', 4)")
    assert _standing(conn) == {"P1"}
    conn.execute("INSERT INTO people_import_digests (person_id, digest) VALUES ('P2', 'd-P2')")
    conn.execute("UPDATE people_import_digests SET levels = 1 WHERE person_id = 'P1'")
    conn.execute("UPDATE person_competencies SET person_id = 'P2' WHERE id = 'L1'")  # a merge folding people
    assert _standing(conn) == set()
    conn.close()


def test_writes_about_others_leave_the_digests_alone(db_path: Path) -> None:
    conn = _file(db_path)
    conn.execute("INSERT INTO competencies (id, created_at, updated_at, name) VALUES ('C2', 'x', 'x', 'Go')")
    conn.execute("UPDATE competencies SET name = 'Golang' WHERE id = 'C2'")  # nobody is assessed in it
    conn.execute("INSERT INTO people (id, created_at, updated_at, employee_id, name, email) "
                 "VALUES ('P3', 'x', 'x', 'E3', 'New', 'e3@example.com')")
    assert _standing(conn) == {"P1", "P2"}
    conn.close()
