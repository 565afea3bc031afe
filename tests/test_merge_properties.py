"""Property: two branches that start from one file and change it independently converge.

Random inserts, edits and deletions (people, programs, enrolments, relationships,
including the same employee entered at both branches, and two different people hired
under one employee id, who are kept apart) and occasional merges
mid-way; then merging B into a copy of A and A into a copy of B must give the
same synced rows, a second merge must change nothing, and the result must be a
valid file (integrity, foreign keys, no live duplicates).
"""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.storage import rows
from mentordesk.storage.database import Database
from mentordesk.storage.merge import merge_other_file
from mentordesk.storage.schema import SYNCED_TABLES

EIDS = ["E1", "E2", "E3", "E4", "E5"]
NAMES = ["Ann", "Bob", "Cor", "Dewi"]
PROGRAMS = ["Leaders", "Starters", "leaders"]  # "leaders": the same program, typed differently


@contextmanager
def site(name: str) -> Iterator[None]:
    old = os.environ.get("MENTORDESK_SITE")
    os.environ["MENTORDESK_SITE"] = name
    try:
        yield
    finally:
        if old is None:
            del os.environ["MENTORDESK_SITE"]
        else:
            os.environ["MENTORDESK_SITE"] = old


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    out = {t: [{**dict(r), "field_times": json.loads(r["field_times"])}
               for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY id')] for t in SYNCED_TABLES}
    conn.close()
    return out


def merge(into: Path, other: Path, who: str, dry_run: bool = False):
    with site(who):
        d = Database.open(into)
        try:
            return merge_other_file(d, other, dry_run=dry_run)
        finally:
            d.close()


def live(conn: sqlite3.Connection, sql: str) -> list[tuple]:
    return conn.execute(sql).fetchall()


def apply_op(path: Path, who: str, op: tuple) -> None:
    kind, a, b, c = op
    with site(who):
        d = Database.open(path)
        try:
            with d.transaction() as conn:
                people = live(conn, "SELECT id, employee_id FROM people WHERE deleted_at IS NULL ORDER BY id")
                progs = live(conn, "SELECT id, name FROM programs WHERE deleted_at IS NULL ORDER BY id")
                if kind == "add_person":
                    eid = EIDS[a % len(EIDS)]
                    if eid not in {p[1] for p in people}:
                        rows.insert(conn, "people", {"employee_id": eid, "name": NAMES[b % len(NAMES)],
                                                     "email": f"{eid}@x.nl",
                                                     **({"department": f"D{c}"} if c % 2 else {})})
                elif kind == "hire_other":  # another person under a used id: kept apart, never folded
                    eid, email = EIDS[a % len(EIDS)], f"{EIDS[a % len(EIDS)]}.{c}@y.nl"
                    taken = conn.execute("SELECT 1 FROM people WHERE deleted_at IS NULL AND "
                                         "(employee_id = ? OR lower(email) = lower(?))", (eid, email)).fetchone()
                    if not taken:
                        rows.insert(conn, "people", {"employee_id": eid, "name": f"Other {b}", "email": email})
                elif kind == "edit_person" and people:
                    col = ("name", "department", "notes")[b % 3]
                    rows.update(conn, "people", people[a % len(people)][0], {col: f"{col}{c}"})
                elif kind == "delete_person" and people:
                    rows.tombstone(conn, "people", people[a % len(people)][0])
                elif kind == "add_program":
                    name = PROGRAMS[a % len(PROGRAMS)]
                    if name.lower() not in {p[1].lower() for p in progs}:
                        rows.insert(conn, "programs", {"name": name, "purpose": f"P{c}"})
                elif kind == "edit_program" and progs:
                    rows.update(conn, "programs", progs[a % len(progs)][0], {"purpose": f"P{c}"})
                elif kind == "enrol" and people and progs:
                    person, prog = people[a % len(people)][0], progs[b % len(progs)][0]
                    role = ("mentor", "mentee")[c % 2]
                    exists = conn.execute("SELECT 1 FROM participants WHERE deleted_at IS NULL AND program_id = ? "
                                          "AND person_id = ? AND role = ?", (prog, person, role)).fetchone()
                    if not exists:
                        rows.insert(conn, "participants", {"program_id": prog, "person_id": person, "role": role,
                                                           "applied_at": "2026-01-01"})
                elif kind == "edit_enrol":
                    enrols = live(conn, "SELECT id FROM participants WHERE deleted_at IS NULL ORDER BY id")
                    if enrols:
                        status = ("applied", "accepted", "waitlisted", "declined")[c % 4]
                        rows.update(conn, "participants", enrols[a % len(enrols)][0], {"status": status})
                elif kind == "pair" and len(people) >= 2:
                    mentor, mentee = people[a % len(people)][0], people[(a + 1
                                                                         + b % (len(people) - 1)) % len(people)][0]
                    rows.insert(conn, "relationships", {"mentor_id": mentor, "mentee_id": mentee,
                                                        "start_date": "2026-02-01", "planned_end": "2026-11-01",
                                                        "hr_summary": f"S{c}"})
        finally:
            d.close()


small = st.integers(min_value=0, max_value=7)
op_kind = st.sampled_from(["add_person", "add_person", "hire_other", "edit_person", "edit_person", "delete_person",
                           "add_program", "edit_program", "enrol", "enrol", "edit_enrol", "pair", "merge"])
step = st.tuples(st.sampled_from(["rotterdam", "utrecht"]), st.tuples(op_kind, small, small, small))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(steps=st.lists(step, min_size=1, max_size=14))
def test_two_branches_converge(steps: list[tuple[str, tuple]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        base = folder / "hq.db"
        with site("hq"):
            d = Database.open(base)
            with d.transaction() as conn:
                for eid, name in (("E1", "Ann"), ("E2", "Bob")):
                    rows.insert(conn, "people", {"employee_id": eid, "name": name, "email": f"{eid}@x.nl"})
                rows.insert(conn, "programs", {"name": "Leaders"})
            d.close()
        files = {"rotterdam": folder / "rotterdam.db", "utrecht": folder / "utrecht.db"}
        for p in files.values():
            shutil.copy(base, p)
        other = {"rotterdam": "utrecht", "utrecht": "rotterdam"}

        for who, op in steps:
            if op[0] == "merge":
                merge(files[who], files[other[who]], who)
            else:
                apply_op(files[who], who, op)

        a_merged, b_merged = folder / "a-merged.db", folder / "b-merged.db"
        shutil.copy(files["rotterdam"], a_merged)
        shutil.copy(files["utrecht"], b_merged)
        predicted = merge(a_merged, files["utrecht"], "rotterdam", dry_run=True)
        done = merge(a_merged, files["utrecht"], "rotterdam")
        assert predicted.summary_lines() == done.summary_lines()  # the dry run is the merge
        assert [c.key for c in predicted.conflicts] == [c.key for c in done.conflicts]
        merge(b_merged, files["rotterdam"], "utrecht")

        result = dump(a_merged)
        assert result == dump(b_merged)

        # A branch that takes in an already merged file ends up with exactly that file's data.
        b_later = folder / "b-later.db"
        shutil.copy(files["utrecht"], b_later)
        merge(b_later, a_merged, "utrecht")
        assert dump(b_later) == result

        again = merge(a_merged, files["utrecht"], "rotterdam")
        assert again.changed == 0 and again.conflicts == []
        assert dump(a_merged) == result
        back = merge(a_merged, b_merged, "rotterdam")  # the two results hold the same data
        assert back.changed == 0

        conn = sqlite3.connect(a_merged)
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        dup_people = conn.execute("SELECT employee_id FROM people WHERE deleted_at IS NULL "
                                  "GROUP BY employee_id HAVING count(*) > 1").fetchall()
        assert dup_people == []
        # Nobody hired at either branch vanished: every person there is still a row here (maybe renamed).
        merged_ids = {r[0] for r in conn.execute("SELECT id FROM people")}
        for branch_file in files.values():
            branch = sqlite3.connect(branch_file)
            hired = {r[0] for r in branch.execute("SELECT id FROM people WHERE name LIKE 'Other %'")}
            branch.close()
            assert hired <= merged_ids
        conn.close()
