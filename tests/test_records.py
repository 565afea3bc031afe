"""Issue 16: services read records from storage, not raw rows.

A repository maps each row to a record (`mentordesk/storage/records.py`,
`relationship_rows.py`, `models.py`), so a service says `rel.start`, never
`rel["start_date"]`. The scan below reads every service module's syntax tree and
counts, per variable, the reads that look like a row: `name["key"]`,
`name[f"{role}_name"]` and `name.get("key")`. A variable read that way must be in
ALLOWED with the reason a plain dict is right there; a new one fails the test.
(An entry whose reads are gone is harmless and should be dropped: not enforced,
because other work in the same tree may remove a read before this list is edited.)
Writes (`changes["status"] = …`) are not reads and are not counted.

The records themselves are checked on a real company file: each field holds the
type the services rely on (dates as dates, flags as bools), for several tables.
"""

from __future__ import annotations

import ast
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from mentordesk.storage import matching_repo, programs_repo, replacement_repo
from mentordesk.storage import relationships_repo as repo
from mentordesk.storage.records import CohortPerson, Enrolment, PairRule, RelationshipRecord, StoredCheckin

ROOT = Path(__file__).resolve().parents[1]
SERVICES = ROOT / "mentordesk" / "services"

_EDIT = "a dict of changes the service builds itself and hands to a repository's write"
_GENERIC = "generic on purpose: "
_BY_COLUMN = (_GENERIC + "the import writes only the columns whose value differs, so it compares the "
              "stored person column by column with people_repo.person_values, in the column names "
              "rows.update writes")

#: (service module, variable) -> why a plain dict is read there.
ALLOWED: dict[tuple[str, str], str] = {
    ("edit_undo.py", "columns"): _GENERIC + "undo keeps any table's old values by column name, whatever the table",
    ("edit_undo.py", "before"): _GENERIC + "undo keeps any table's old values by column name, whatever the table",
    ("edit_undo.py", "data"): _GENERIC + "the last-edit record read back from its JSON file",
    ("undo.py", "data"): _GENERIC + "the last-action record read back from its JSON file",
    ("undo.py", "said"): _GENERIC + "a saved Message's parts from that JSON file",
    ("undo.py", "value"): _GENERIC + "a saved Message's arguments from that JSON file",
    ("personal_data.py", "document"): _GENERIC + "the person's data export lists every stored column",
    ("personal_data.py", "found"): _GENERIC + "the person's data export lists every stored column",
    ("personal_data.py", "person"): _GENERIC + "the person's data export lists every stored column",
    ("personal_data.py", "repo.collect()"): _GENERIC + "the person's data export lists every stored column",
    ("personal_data.py", "repo.person_by_employee_id()"): _GENERIC + "the person's data export: their whole row",
    ("session.py", "os.environ"): _GENERIC + "an environment variable, not a row",
    ("message_templates.py", "DEFAULTS"): _GENERIC + "the built-in templates, a constant table by kind",
    ("personal_data.py", "n"): _GENERIC + "counts per table for the erasure summary",
    ("meetings.py", "merged"): _EDIT + " (the meeting's fields after the edit, checked as a whole)",
    ("programs.py", "values"): _EDIT,
    ("people_bulk.py", "values"): _EDIT,
    ("people_import.py", "values"): _EDIT,
    ("people_import_batch.py", "values"): _EDIT,
    ("matching.py", "settings"): _GENERIC + "a program's match settings as HR saved them (JSON), checked key by key",
    ("matching_inputs.py", "ms"): _GENERIC + "a program's match settings as HR saved them (JSON), checked key by key",
    ("message_templates.py", "entry"): _GENERIC + "a saved message template read back from file settings (JSON)",
    ("people_import.py", "current"): _BY_COLUMN,
    ("people_import.py", "r"): _BY_COLUMN + " (likely duplicates read the name from the same stored rows)",
    ("people_import_batch.py", "current"): _BY_COLUMN,
    ("retention.py", "raw"): _GENERIC + "the retention policy as HR saved it (JSON settings), checked key by key",
}

#: Variables that always name a stored row: never allowed, whatever the module.
NEVER = {"rel", "row"}


def _is_text_key(node: ast.AST) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _root(node: ast.AST) -> str:
    """What a read is made on: the variable (`people` in `people[pid]["role"]`), or the call or
    attribute it comes from (`repo.get_meeting()` in `repo.get_meeting(db, i)["date"]`)."""
    while isinstance(node, ast.Subscript):
        node = node.value
    if isinstance(node, ast.Call):
        return ast.unparse(node.func) + "()"
    return ast.unparse(node)


def row_reads(source: str) -> Counter[str]:
    """Variable (or call) -> how many times the source reads it like a row."""
    found: Counter[str] = Counter()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Subscript) and isinstance(node.ctx, ast.Load) and _is_text_key(node.slice):
            found[_root(node.value)] += 1
        elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "get"
              and node.args and _is_text_key(node.args[0])):
            found[_root(node.func.value)] += 1
    return found


def _service_reads() -> dict[tuple[str, str], int]:
    return {(f.name, name): n for f in sorted(SERVICES.glob("*.py"))
            for name, n in row_reads(f.read_text(encoding="utf-8")).items()}


def test_services_read_records_not_rows():
    reads = _service_reads()
    new = sorted(f"{file}: {name}[...] read {n} time(s)" for (file, name), n in reads.items()
                 if (file, name) not in ALLOWED or name in NEVER)
    assert not new, ("A service reads a row by column name; have the repository return a record "
                     "(mentordesk/storage/records.py) instead:\n" + "\n".join(new))


def test_every_allowance_says_why():
    assert all(reason.strip() for reason in ALLOWED.values())
    assert not [k for k in ALLOWED if k[1] in NEVER]


def test_no_allowance_outlives_its_read():
    """An allowance whose read is gone must go too, so the list only ever says what is true."""
    reads = _service_reads()
    assert not sorted(f"{file}: {name}" for file, name in ALLOWED if (file, name) not in reads)


@pytest.mark.parametrize("source, expected", [
    ('def f(db):\n    row = get(db)\n    return row["status"]\n', {"row": 1}),
    ('def f(rel, role):\n    return rel[f"{role}_name"]\n', {"rel": 1}),
    ('def f(r):\n    return r.get("closed_on") or r.get("planned_end", "")\n', {"r": 2}),
    ('def f(rows):\n    return [x["id"] for x in rows if x["deleted_at"] is None]\n', {"x": 2}),
    ('f = lambda m: m["date"]\n', {"m": 1}),
    ('def f(changes):\n    changes["status"] = "closed"\n    del changes["reason"]\n', {}),
    ('def f(items, rel):\n    return items[0], rel.start, rel.name_of("mentor"), rel[0]\n', {}),
    ('def f(people, pid):\n    return people[pid]["role"]\n', {"people": 1}),
    ('def f(db, i):\n    return repo.get_meeting(db, i)["date"], self.rows[0]["id"]\n',
     {"repo.get_meeting()": 1, "self.rows": 1}),
    ('def f(db):\n    return db.row.get("status")\n', {"db.row": 1}),
])
def test_the_scan_sees_every_form_of_a_row_read(source, expected):
    assert dict(row_reads(source)) == expected


def test_the_scan_fails_on_a_planted_read_outside_the_list(tmp_path):
    reads = row_reads((SERVICES / "meetings.py").read_text(encoding="utf-8") + '\nx = rel["mode"]\n')
    assert reads["rel"] == 1 and "rel" in NEVER


# -- the records on a real file --------------------------------------------------------------

@pytest.fixture
def db(demo_db):
    return demo_db


def test_relationship_records_carry_typed_fields(db):
    rels = repo.list_relationships(db)
    assert rels and all(isinstance(r, RelationshipRecord) for r in rels)
    for r in rels:
        assert isinstance(r.start, dt.date) and isinstance(r.planned_end, dt.date)
        assert r.closed_on is None or isinstance(r.closed_on, dt.date)
        assert isinstance(r.stage, int) and isinstance(r.mentor_archived, bool)
        assert r.name_of("mentor") == r.mentor_name and r.name_of("mentee") == r.mentee_name
        assert r.status in ("active", "closed") and (r.status == "closed") == (r.closed_on is not None)
        assert repo.get_relationship(db, r.id) == r
    assert repo.get_relationship(db, "no-such-id") is None


def test_meetings_goals_checkins_and_stages_are_records(db):
    rel = next(r for r in repo.list_relationships(db) if repo.meetings_for(db, r.id) and repo.checkins_for(db, r.id))
    for m in repo.meetings_for(db, rel.id):
        assert m.relationship_id == rel.id and isinstance(m.date, dt.date) and isinstance(m.goals_discussed, tuple)
        assert repo.get_meeting(db, m.id) == m
    for c in repo.checkins_for(db, rel.id):
        assert isinstance(c, StoredCheckin) and isinstance(c.date, dt.date) and isinstance(c.scores, dict)
        assert all(isinstance(v, int) for v in c.scores.values())
        assert repo.get_checkin(db, c.id) == c
    for s in repo.stages(db, rel.id):
        assert isinstance(s.began_on, dt.date) and 1 <= s.stage <= 5
    goals = repo.goals_bulk(db)
    assert goals and all(g.due_date is None or isinstance(g.due_date, dt.date) for g in goals)
    history = repo.goal_histories(db, [g.id for g in goals])
    assert set(history) <= {g.id for g in goals} and history
    for entries in history.values():
        assert [e.recorded_at for e in entries] == sorted(e.recorded_at for e in entries)


def test_a_damaged_checkin_answer_reads_as_no_answers(db):
    """A hand-edited file with broken JSON: the record says "no answers" rather than failing every screen."""
    c = repo.checkins_bulk(db)[0]
    with db.transaction() as conn:
        conn.execute("UPDATE checkins SET scores = '{not json', comments = '[1, 2]' WHERE id = ?", (c.id,))
    damaged = repo.get_checkin(db, c.id)
    assert damaged is not None and damaged.scores == {} and damaged.comments == {}


def test_cohort_people_pair_rules_and_enrolments_are_records(db):
    program = programs_repo.list_programs(db)[0]
    mentors = matching_repo.mentors(db, program.id)
    assert mentors and all(isinstance(p, CohortPerson) and p.free_places == max(0, p.capacity - p.active)
                           for p in mentors)
    assert all(isinstance(p.preferred, list) for p in matching_repo.open_mentees(db, program.id))
    willing = replacement_repo.willing_mentors(db)
    assert willing and replacement_repo.cohort_person(db, willing[0].person_id).name == willing[0].name
    with db.transaction() as conn:
        mentee = matching_repo.open_mentees(db, program.id)[0]
        matching_repo.insert_rule(conn, program.id, mentee.person_id, mentors[0].person_id, "excluded", "no")
        found = matching_repo.rules_in_tx(conn, program.id, mentee_id=mentee.person_id)
        enrolment = matching_repo.participant_in_tx(conn, program.id, mentee.person_id, "mentee")
        assert isinstance(enrolment, Enrolment) and enrolment.status == mentee.status
        assert programs_repo.participant_by_id(conn, enrolment.id) == enrolment
    assert [type(r) for r in found] == [PairRule] and found[0].mentor == mentors[0].name
    assert (mentee.person_id, mentors[0].person_id) in matching_repo.excluded_pairs(db, program.id)


# -- the one chunked IN helper -----------------------------------------------------------------

def test_select_in_binds_every_ids_mark_within_an_old_sqlite_limit(demo_db):
    """Two `{ids}` in one statement (an OR over two columns, as the personal-data export asks)."""
    import sqlite3

    from mentordesk.storage import by_ids, rows

    db = demo_db
    mentor = repo.list_relationships(db)[0].mentor_id
    fillers = [rows.new_id() for _ in range(1_700)]  # unknown ids, so the real one lands in a later chunk
    db.conn.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 999)
    found = by_ids.select_in(db, "SELECT id FROM relationships WHERE mentor_id IN ({ids}) OR mentee_id IN ({ids})",
                             [*fillers, mentor])
    expected = {r.id for r in repo.list_relationships(db) if mentor in (r.mentor_id, r.mentee_id)}
    assert expected and {r["id"] for r in found} == expected
    with pytest.raises(ValueError):
        by_ids.select_in(db, "SELECT id FROM people WHERE id = ?", ["x"])


def test_the_programs_repository_imports_no_relationship_records():
    """Every command reads programs; the relationship records (dozens of dataclasses, issue 15) load
    only with the relationships repository, and the records module builds no dataclass of its own
    but the one mutable record."""
    import subprocess
    import sys

    code = ("import sys, mentordesk.storage.programs_repo, mentordesk.storage.records as r, dataclasses\n"
            "print('relationship_models' in ' '.join(sys.modules))\n"
            "print(sorted(n for n, v in vars(r).items() if isinstance(v, type) and dataclasses.is_dataclass(v)))\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.splitlines() == ["False", "['CohortPerson']"]
