"""Merging real branch files: field-level edits, deletions, duplicates, conflicts, idempotence, safety."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from mentordesk.services import files
from mentordesk.storage import rows
from mentordesk.storage.database import Database
from mentordesk.storage.merge import MergeCancelled, MergeError
from mentordesk.storage.schema import SCHEMA_VERSION, SYNCED_TABLES


@contextmanager
def at_site(monkeypatch: pytest.MonkeyPatch, site: str) -> Iterator[None]:
    with monkeypatch.context() as m:
        m.setenv("MENTORDESK_SITE", site)
        yield


def person(eid: str, name: str, **extra: Any) -> dict[str, Any]:
    return {"employee_id": eid, "name": name, "email": f"{eid.lower()}@example.com", **extra}


def dump(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every synced row, canonical: what "the same data" means for convergence."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    out = {}
    for t in SYNCED_TABLES:
        out[t] = [{**dict(r), "field_times": json.loads(r["field_times"])}
                  for r in conn.execute(f'SELECT * FROM "{t}" ORDER BY id')]
    conn.close()
    return out


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def branches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Head office's file with two people and a program, copied to two branches."""
    hq = tmp_path / "hq.db"
    with at_site(monkeypatch, "hq"):
        d = Database.open(hq)
        with d.transaction() as conn:
            ids = {
                "ann": rows.insert(conn, "people", person("E1", "Ann Bakker", department="Sales")),
                "bob": rows.insert(conn, "people", person("E2", "Bob Smit", department="IT")),
                "prog": rows.insert(conn, "programs", {"name": "Leaders 2026"}),
            }
        d.close()
    a, b = tmp_path / "rotterdam.db", tmp_path / "utrecht.db"
    shutil.copy(hq, a)
    shutil.copy(hq, b)
    return a, b, ids


def edit(monkeypatch, path: Path, site: str, fn) -> Any:
    with at_site(monkeypatch, site):
        d = Database.open(path)
        try:
            with d.transaction() as conn:
                return fn(conn)
        finally:
            d.close()


def merge(monkeypatch, into: Path, other: Path, site: str, **kw) -> files.MergeResult:
    with at_site(monkeypatch, site):
        d = Database.open(into)
        try:
            return files.merge_file(d, other, **kw)
        finally:
            d.close()


def fetch(path: Path, table: str, rid: str) -> dict[str, Any]:
    d = Database.open(path, readonly=True)
    try:
        return rows.fetch(d.conn, table, rid)
    finally:
        d.close()


def test_edits_to_different_fields_on_both_sides_are_both_kept(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.update(c, "people", ids["ann"], {"department": "Marketing"}))
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["ann"], {"title": "Team lead"}))

    result = merge(monkeypatch, a, b, "rotterdam")

    ann = fetch(a, "people", ids["ann"])
    assert (ann["department"], ann["title"]) == ("Marketing", "Team lead")
    assert result.counts["people"].updated == 1
    assert result.conflicts == []
    times = json.loads(ann["field_times"])
    assert ann["updated_at"] == max(times.values())
    assert ann["site"] == "utrecht"  # the later change


def test_deletions_travel_both_ways(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.tombstone(c, "people", ids["ann"]))
    edit(monkeypatch, b, "utrecht", lambda c: rows.tombstone(c, "programs", ids["prog"]))

    ra = merge(monkeypatch, a, b, "rotterdam")
    rb = merge(monkeypatch, b, a, "utrecht")

    for path in (a, b):
        assert fetch(path, "people", ids["ann"])["deleted_at"] is not None
        assert fetch(path, "programs", ids["prog"])["deleted_at"] is not None
        assert fetch(path, "people", ids["bob"])["deleted_at"] is None
    assert ra.counts["programs"].deleted == 1 and rb.counts["people"].deleted == 1
    assert dump(a) == dump(b)


def test_edit_after_deletion_does_not_bring_the_row_back(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.tombstone(c, "people", ids["bob"]))
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["bob"], {"notes": "later edit"}))

    merge(monkeypatch, a, b, "rotterdam")
    bob = fetch(a, "people", ids["bob"])
    assert bob["deleted_at"] is not None
    assert bob["notes"] == "later edit"  # kept on the tombstone


def test_same_person_added_at_two_branches_becomes_one_with_references_moved(branches, monkeypatch):
    a, b, ids = branches

    def add_at_a(conn):
        # the larger id: the survivor is the later-entered row at the other branch, the harder case
        pid = rows.insert(conn, "people", person("E9", "Cor Jansen", department="Ops"),
                          row_id="ffffffff-0000-4000-8000-000000000000")
        rows.insert(conn, "participants", {"program_id": ids["prog"], "person_id": pid, "role": "mentee",
                                           "applied_at": "2026-01-05"})
        rows.insert(conn, "relationships", {"mentor_id": ids["ann"], "mentee_id": pid,
                                            "start_date": "2026-02-01", "planned_end": "2026-11-01"})
        return pid

    def add_at_b(conn):
        pid = rows.insert(conn, "people", person("E9", "Cor Jansen", title="Analyst"),
                          row_id="00000000-0000-4000-8000-000000000000")
        rows.insert(conn, "participants", {"program_id": ids["prog"], "person_id": pid, "role": "mentee",
                                           "applied_at": "2026-01-06", "status": "accepted"})
        rows.insert(conn, "mentor_profiles", {"person_id": pid, "capacity": 3})
        return pid

    pa = edit(monkeypatch, a, "rotterdam", add_at_a)
    pb = edit(monkeypatch, b, "utrecht", add_at_b)
    survivor, dup = sorted([pa, pb])

    ra = merge(monkeypatch, a, b, "rotterdam")
    rb = merge(monkeypatch, b, a, "utrecht")

    for path in (a, b):
        d = Database.open(path, readonly=True)
        live = d.query("SELECT id, department, title FROM people WHERE employee_id = 'E9' AND deleted_at IS NULL")
        assert [p["id"] for p in live] == [survivor]
        assert (live[0]["department"], live[0]["title"]) == ("Ops", "Analyst")  # both sides' details
        refs = d.query("SELECT person_id AS p FROM participants WHERE deleted_at IS NULL "
                       "UNION ALL SELECT mentee_id FROM relationships WHERE deleted_at IS NULL "
                       "UNION ALL SELECT person_id FROM mentor_profiles WHERE deleted_at IS NULL")
        assert {r["p"] for r in refs} == {survivor}
        enrol = d.query("SELECT status FROM participants WHERE deleted_at IS NULL AND person_id = ?", [survivor])
        assert [e["status"] for e in enrol] == ["accepted"]  # one enrolment, newest status
        assert d.scalar("SELECT deleted_at IS NOT NULL FROM people WHERE id = ?", [dup]) == 1
        assert d.integrity_check() == ["ok"]
        assert d.query("PRAGMA foreign_key_check") == []
        d.close()
    assert ra.counts["people"].merged + rb.counts["people"].merged == 1
    assert dump(a) == dump(b)


def test_conflicting_edits_are_listed_and_newer_wins_by_default(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.update(c, "people", ids["bob"], {"department": "Finance"}))
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["bob"], {"department": "Legal"}))

    result = merge(monkeypatch, a, b, "rotterdam")

    assert [(c.table, c.row_id, c.field) for c in result.conflicts] == [("people", ids["bob"], "department")]
    c = result.conflicts[0]
    assert (c.label, c.local_value, c.incoming_value, c.kept, c.chosen) == (
        "Bob Smit", "Finance", "Legal", "incoming", False)
    assert (c.local_site, c.incoming_site) == ("rotterdam", "utrecht")
    assert fetch(a, "people", ids["bob"])["department"] == "Legal"
    assert "Bob Smit" in result.summary_text() and "Legal" in result.summary_text()


def test_explicit_resolution_for_the_older_value_sticks_and_converges(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.update(c, "people", ids["bob"], {"department": "Finance"}))
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["bob"], {"department": "Legal"}))

    key = ("people", ids["bob"], "department")
    result = merge(monkeypatch, a, b, "rotterdam", resolutions={key: "local"})
    assert result.conflicts[0].kept == "local" and result.conflicts[0].chosen
    assert fetch(a, "people", ids["bob"])["department"] == "Finance"

    merge(monkeypatch, b, a, "utrecht")  # the choice travels and wins at the other branch
    assert fetch(b, "people", ids["bob"])["department"] == "Finance"
    assert dump(a) == dump(b)
    again = merge(monkeypatch, a, b, "rotterdam")
    assert again.changed == 0 and again.conflicts == []


def test_no_conflict_when_the_other_side_already_saw_the_change(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.update(c, "people", ids["bob"], {"department": "Finance"}))
    merge(monkeypatch, b, a, "utrecht")
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["bob"], {"department": "Legal"}))

    result = merge(monkeypatch, a, b, "rotterdam")
    assert result.conflicts == []
    assert fetch(a, "people", ids["bob"])["department"] == "Legal"


def test_second_merge_changes_nothing(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.update(c, "people", ids["ann"], {"notes": "x"}))
    edit(monkeypatch, b, "utrecht", lambda c: rows.insert(c, "people", person("E3", "Dirk Vos")))
    first = merge(monkeypatch, a, b, "rotterdam")
    assert first.changed == 1
    before = dump(a)

    second = merge(monkeypatch, a, b, "rotterdam")

    assert second.changed == 0
    assert all(c.changed == 0 for c in second.counts.values())
    assert dump(a) == before  # no updated_at (or anything else) moved


def test_dry_run_writes_nothing_and_predicts_the_real_merge(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["ann"], {"title": "CFO"}))
    before = digest(a)

    dry = merge(monkeypatch, a, b, "rotterdam", dry_run=True)

    assert digest(a) == before
    assert dry.dry_run and dry.log_id is None and dry.counts["people"].updated == 1
    real = merge(monkeypatch, a, b, "rotterdam")
    assert {t: c.as_dict() for t, c in real.counts.items()} == {t: c.as_dict() for t, c in dry.counts.items()}
    assert digest(a) != before


def test_merge_log_and_sync_state_are_written_without_the_path(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["ann"], {"title": "CFO"}))
    result = merge(monkeypatch, a, b, "rotterdam")

    d = Database.open(a, readonly=True)
    log = files.merge_log(d)
    seen = dict(d.conn.execute("SELECT site, seen_until FROM sync_state").fetchall())
    ann_updated = d.scalar("SELECT updated_at FROM people WHERE id = ?", [ids["ann"]])
    d.close()
    assert [e.id for e in log] == [result.log_id]
    assert log[0].source_name == "utrecht.db"
    assert log[0].source_sites == ["hq", "utrecht"]
    assert log[0].summary["people"]["updated"] == 1
    assert str(b.parent) not in json.dumps(log[0].__dict__)
    assert seen["utrecht"] == ann_updated and "rotterdam" not in seen


def test_merge_makes_a_backup_first_only_when_it_changes_something(branches, monkeypatch):
    from mentordesk.storage.backup import list_backups

    a, b, ids = branches
    assert merge(monkeypatch, a, b, "rotterdam").changed == 0  # identical copies: nothing to keep a backup of
    assert list_backups(a) == []
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["ann"], {"title": "CFO"}))
    merge(monkeypatch, a, b, "rotterdam")
    assert [x.reason for x in list_backups(a)] == ["merge"]
    backup = Database.open(list_backups(a)[0].path, readonly=True)
    assert backup.scalar("SELECT title FROM people WHERE id = ?", [ids["ann"]]) == ""  # taken before the write
    backup.close()


def test_newer_version_source_is_refused(branches, monkeypatch):
    a, b, _ = branches
    conn = sqlite3.connect(b)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(a)
    with pytest.raises(MergeError, match="newer version"):
        merge(monkeypatch, a, b, "rotterdam")
    assert digest(a) == before


def test_not_a_database_is_refused(branches, monkeypatch, tmp_path):
    a, _, _ = branches
    junk = tmp_path / "notes.db"
    junk.write_text("hello, not sqlite" * 20)
    with pytest.raises(MergeError, match="notes.db"):
        merge(monkeypatch, a, junk, "rotterdam")


def test_older_version_source_merges_the_columns_both_have(tmp_path, monkeypatch):
    from mentordesk.storage import schema

    old = tmp_path / "old.db"
    conn = sqlite3.connect(old, isolation_level=None)
    schema.migrate(conn, target=1)
    conn.execute("INSERT INTO people (id, created_at, updated_at, site, field_times, employee_id, name, email) "
                 "VALUES ('p-old', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 'legacy', "
                 "'{}', 'E7', 'Eva Old', 'eva@example.com')")
    conn.execute("INSERT INTO programs (id, created_at, updated_at, site, field_times, name) "
                 "VALUES ('g-old', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 'legacy', "
                 "'{}', 'Old program')")
    conn.close()
    new = tmp_path / "new.db"
    Database.open(new).close()

    result = merge(monkeypatch, new, old, "hq")

    assert result.source_version == 1 and "older MentorDesk" in result.summary_text()
    assert fetch(new, "people", "p-old")["name"] == "Eva Old"
    assert fetch(new, "programs", "g-old")["match_settings"] == "{}"  # v2 column: its default
    assert merge(monkeypatch, new, old, "hq").changed == 0


def test_merging_the_open_file_into_itself_is_refused(branches, monkeypatch):
    a, _, _ = branches
    with pytest.raises(MergeError, match="open"):
        merge(monkeypatch, a, a, "rotterdam")


def test_cancel_rolls_everything_back(branches, monkeypatch):
    a, b, ids = branches
    edit(monkeypatch, b, "utrecht", lambda c: rows.update(c, "people", ids["ann"], {"title": "CFO"}))
    edit(monkeypatch, b, "utrecht", lambda c: rows.insert(c, "programs", {"name": "Second"}))
    before = dump(a)
    seen: list[tuple[int, int]] = []

    with pytest.raises(MergeCancelled):
        merge(monkeypatch, a, b, "rotterdam", progress=lambda done, total: seen.append((done, total)),
              cancelled=lambda: len(seen) >= 3)

    assert seen[:3] == [(1, len(SYNCED_TABLES)), (2, len(SYNCED_TABLES)), (3, len(SYNCED_TABLES))]
    assert dump(a) == before  # people were already written inside the transaction; rolled back
    d = Database.open(a, readonly=True)
    assert files.merge_log(d) == []
    d.close()


def test_email_clash_between_different_people_is_refused_cleanly(branches, monkeypatch):
    a, b, _ = branches
    edit(monkeypatch, a, "rotterdam", lambda c: rows.insert(c, "people", {**person("E5", "Fay"), "email": "x@y.nl"}))
    edit(monkeypatch, b, "utrecht", lambda c: rows.insert(c, "people", {**person("E6", "Gus"), "email": "X@y.nl"}))
    before = digest(a)
    with pytest.raises(MergeError, match="x@y.nl|X@y.nl"):
        merge(monkeypatch, a, b, "rotterdam", dry_run=True)
    assert digest(a) == before


def test_competencies_by_name_join_and_goals_follow(branches, monkeypatch):
    a, b, ids = branches

    def add(name: str):
        def fn(conn):
            cid = rows.insert(conn, "competencies", {"name": name})
            rows.insert(conn, "person_competencies", {"person_id": ids["ann"], "competency_id": cid,
                                                      "current_level": 2, "assessed_at": "2026-03-01"})
            return cid
        return fn

    ca = edit(monkeypatch, a, "rotterdam", add("Negotiation"))
    cb = edit(monkeypatch, b, "utrecht", add("negotiation"))
    merge(monkeypatch, a, b, "rotterdam")
    d = Database.open(a, readonly=True)
    live = d.query("SELECT id FROM competencies WHERE deleted_at IS NULL")
    used = {r["competency_id"] for r in d.query("SELECT competency_id FROM person_competencies")}
    d.close()
    assert [r["id"] for r in live] == [min(ca, cb)]
    assert used == {min(ca, cb)}


def test_backup_now_is_private_and_complete(db, tmp_path):
    with db.transaction() as conn:
        rows.insert(conn, "people", person("E1", "Ann"))
    out = files.backup_now(db, tmp_path / "copy" / "backup.db")
    assert out.stat().st_mode & 0o777 == 0o600
    copy = Database.open(out, readonly=True)
    assert copy.scalar("SELECT name FROM people") == "Ann"
    copy.close()
    with pytest.raises(Exception, match="already exists|never writes over"):  # refused either way (issue 9 §1)
        files.backup_now(db, out)


def test_check_reports_ok_and_version(db):
    result = files.check(db)
    assert result.ok and result.integrity_ok and result.schema_version == SCHEMA_VERSION
    assert any("ok" in line for line in result.lines)
