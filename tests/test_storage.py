"""The SQLite file: creation, migrations, tombstones, no-op writes, newer files, full disk."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from mentordesk.errors import ConflictError, ReadOnlyError, StorageError
from mentordesk.models import Person
from mentordesk.storage import field_times, migrations, people_repo, rows, schema
from mentordesk.storage.database import Database


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _add(db: Database, employee_id: str = "E1", name: str = "Zoë Ødegaard", email: str = "zoe@example.com") -> str:
    with db.transaction() as conn:
        return people_repo.insert_person(conn, Person(employee_id=employee_id, name=name, email=email))


def test_new_file_is_owner_only_and_current(db_path: Path) -> None:
    db = Database.open(db_path)
    assert db.schema_version() == schema.SCHEMA_VERSION
    assert stat.S_IMODE(os.stat(db_path).st_mode) == 0o600
    assert db.scalar("PRAGMA journal_mode").lower() == "delete"
    assert db.scalar("PRAGMA foreign_keys") == 1
    db.close()


def test_reopen_keeps_data(db_path: Path) -> None:
    db = Database.open(db_path)
    pid = _add(db)
    db.close()
    again = Database.open(db_path)
    assert again.info.migrated_from is None
    assert people_repo.get_person(again, pid).name == "Zoë Ødegaard"
    again.close()


@pytest.mark.parametrize("start_version", range(1, schema.SCHEMA_VERSION))
def test_migrates_from_each_earlier_version(db_path: Path, start_version: int) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    schema.migrate(conn, target=start_version)
    assert schema.user_version(conn) == start_version
    conn.execute(
        "INSERT INTO people (id, created_at, updated_at, employee_id, name, email) "
        "VALUES ('p1', '2026-01-01T00:00:00.000000Z', '2026-01-01T00:00:00.000000Z', 'E1', 'Ana', 'ana@example.com')"
    )
    conn.close()
    seen: list[int] = []
    db = Database.open(db_path, before_migration=lambda path, version: seen.append(version))
    assert db.schema_version() == schema.SCHEMA_VERSION
    assert db.info.migrated_from == start_version
    assert seen == list(range(start_version, schema.SCHEMA_VERSION))  # a hook (backup) before each step
    assert people_repo.get_person(db, "p1").email == "ana@example.com"
    # the newest tables exist and work
    assert db.scalar("SELECT count(*) FROM snoozes") == 0
    db.close()


def test_failed_migration_step_leaves_previous_version(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    conn = sqlite3.connect(db_path, isolation_level=None)
    schema.migrate(conn, target=2)
    conn.close()
    broken = list(migrations.MIGRATIONS)
    broken[2] = lambda: "CREATE TABLE relationships (id TEXT);\nCREATE TABLE oops (x syntax error here;"
    monkeypatch.setattr(migrations, "MIGRATIONS", broken)
    with pytest.raises(StorageError, match="nothing was saved"):  # in words, not SQLite's
        Database.open(db_path)
    conn = sqlite3.connect(db_path)
    assert schema.user_version(conn) == 2
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "relationships" not in names  # the half-done step was rolled back
    conn.close()


def test_tombstone_hides_row_but_keeps_it(db: Database) -> None:
    pid = _add(db)
    with db.transaction() as conn:
        assert rows.tombstone(conn, "people", pid)
    assert people_repo.get_person(db, pid) is None
    assert all(p.id != pid for p in people_repo.list_people(db))
    raw = db.query_one("SELECT deleted_at FROM people WHERE id = ?", (pid,))
    assert raw is not None and raw["deleted_at"]
    # the employee id is free again for a new person
    _add(db, email="other@example.com")


def test_update_that_changes_nothing_writes_nothing(db: Database) -> None:
    pid = _add(db)
    before = db.query_one("SELECT updated_at, field_times FROM people WHERE id = ?", (pid,))
    person = people_repo.get_person(db, pid)
    with db.transaction() as conn:
        assert people_repo.update_person(conn, pid, person) is False
    after = db.query_one("SELECT updated_at, field_times FROM people WHERE id = ?", (pid,))
    assert after == before


def test_update_records_field_times_only_for_changed_fields(db: Database) -> None:
    pid = _add(db)
    before = field_times.read(db.query_one("SELECT * FROM people WHERE id = ?", (pid,)))  # compact form read
    with db.transaction() as conn:
        assert rows.update(conn, "people", pid, {"title": "Planner", "name": "Zoë Ødegaard"})
    row = db.query_one("SELECT * FROM people WHERE id = ?", (pid,))
    times = json.loads(row["field_times"])
    assert times["title"] > before["title"]
    assert times["name"] == before["name"]
    assert row["site"] == "test-site"
    assert row["updated_at"] == times["title"]


def test_second_save_of_same_record_is_a_conflict(db: Database) -> None:
    pid = _add(db)
    seen = people_repo.get_person(db, pid)
    with db.transaction() as conn:
        rows.update(conn, "people", pid, {"title": "Set by Anna"})
    with pytest.raises(ConflictError) as info:
        with db.transaction() as conn:
            rows.update(conn, "people", pid, {"title": "Set by Bram"}, expected_updated_at=seen.updated_at)
    assert info.value.theirs["title"] == "Set by Anna"
    assert info.value.mine["title"] == "Set by Bram"
    assert people_repo.get_person(db, pid).title == "Set by Anna"


def test_change_by_another_connection_is_noticed(db_path: Path) -> None:
    a = Database.open(db_path)
    b = Database.open(db_path)
    a.mark_seen()
    assert not a.changed_elsewhere()
    _add(b)
    assert a.changed_elsewhere()
    a.mark_seen()
    assert not a.changed_elsewhere()
    a.close()
    b.close()


def test_newer_version_file_opens_read_only_and_is_not_altered(db_path: Path) -> None:
    db = Database.open(db_path)
    _add(db)
    db.conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 5}")
    db.close()
    digest, mtime = _digest(db_path), os.stat(db_path).st_mtime_ns
    newer = Database.open(db_path)
    assert newer.readonly
    assert "newer version" in newer.info.reason
    assert len(people_repo.list_people(newer)) == 1  # still readable
    with pytest.raises(ReadOnlyError):
        with newer.transaction():
            pass
    newer.close()
    assert _digest(db_path) == digest and os.stat(db_path).st_mtime_ns == mtime


def test_read_only_file_opens_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(db_path).close()
    digest = _digest(db_path)
    real_access = os.access
    # Root ignores file modes, so a read-only file or share is simulated where the app asks.
    monkeypatch.setattr(os, "access", lambda p, mode: False if mode == os.W_OK else real_access(p, mode))
    db = Database.open(db_path)
    assert db.readonly and "read-only" in db.info.reason
    assert db.query("SELECT count(*) AS n FROM people") == [{"n": 0}]
    with pytest.raises(ReadOnlyError):
        with db.transaction():
            pass
    db.close()
    assert _digest(db_path) == digest


def test_read_only_folder_opens_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Database.open(db_path).close()
    real_access = os.access
    folder = str(db_path.parent)
    monkeypatch.setattr(os, "access", lambda p, mode: False if (str(p) == folder and mode == os.W_OK)
                        else real_access(p, mode))
    db = Database.open(db_path)
    assert db.readonly and "folder" in db.info.reason
    db.close()


def test_not_a_database_gives_a_clear_message_and_is_untouched(db_path: Path) -> None:
    db_path.write_text("name,email\nAna,ana@example.com\n", encoding="utf-8")
    digest = _digest(db_path)
    with pytest.raises(StorageError) as info:
        Database.open(db_path)
    assert "not a MentorDesk file" in str(info.value)
    assert _digest(db_path) == digest


def test_disk_full_mid_save_loses_nothing(db: Database) -> None:
    _add(db)
    page_count = db.scalar("PRAGMA page_count")
    db.conn.execute(f"PRAGMA max_page_count = {page_count}")  # the disk is "full"
    with pytest.raises(StorageError) as info:
        with db.transaction() as conn:
            for i in range(2000):
                people_repo.insert_person(conn, Person(employee_id=f"X{i}", name="N" * 200,
                                                       email=f"x{i}@example.com", notes="z" * 500))
    assert "disk is full" in str(info.value)
    assert len(people_repo.list_people(db)) == 1
    assert db.integrity_check() == ["ok"]
    assert not db.conn.in_transaction
