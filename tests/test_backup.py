"""Backups: contents, permissions, naming, rotation, the daily rule, restore, full disk."""

from __future__ import annotations

import errno
import sqlite3
import stat
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mentordesk.errors import StorageError
from mentordesk.storage import backup as backup_mod
from mentordesk.storage import schema
from mentordesk.storage.backup import (
    BackupError,
    Retention,
    backup_on_open_if_due,
    backups_dir_for,
    list_backups,
    make_backup,
    restore_backup,
)

T0 = datetime(2026, 11, 2, 9, 14, 0, tzinfo=UTC)


def make_db(path: Path, people: int = 50) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE IF NOT EXISTS people (id INTEGER PRIMARY KEY, name TEXT)")
    conn.executemany("INSERT INTO people (name) VALUES (?)", [(f"p{i}",) for i in range(people)])
    conn.execute("PRAGMA user_version = 2")
    conn.commit()
    conn.close()
    return path


def make_company_db(path: Path, people: int = 50) -> Path:
    """A real MentorDesk file (current schema, with its company id): restore accepts nothing less."""
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate(conn)
    start = int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    conn.executemany(
        "INSERT INTO people (id, created_at, updated_at, employee_id, name, email) VALUES (?, ?, ?, ?, ?, ?)",
        [(f"id{i}", "2026-11-01T00:00:00", "2026-11-01T00:00:00", f"E{i}", f"p{i}", f"p{i}@example.com")
         for i in range(start, start + people)],
    )
    conn.close()
    return path


def count(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    return make_db(tmp_path / "Mentoring 2026.db")


@pytest.fixture()
def company(tmp_path: Path) -> Path:
    return make_company_db(tmp_path / "company.db")


def test_backup_has_same_rows_name_and_private_permissions(db: Path) -> None:
    path = make_backup(db, "manual", now=T0)
    # Backups belong to the full file name, extension included (issue 9).
    assert path.parent == db.parent / "Mentoring 2026.db backups"
    assert path.name == "Mentoring 2026.db 2026-11-02T091400.000Z manual.backup.db"
    assert count(path) == count(db) == 50
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    # Only the finished copy is there: no temp or journal files.
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_backup_of_wal_file_is_rollback_journal(tmp_path: Path) -> None:
    src = tmp_path / "w.db"
    conn = sqlite3.connect(src)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE people (id INTEGER PRIMARY KEY)")
    conn.execute("INSERT INTO people DEFAULT VALUES")
    conn.commit()
    path = make_backup(src, "manual", now=T0)
    conn.close()
    header = path.read_bytes()[:20]
    assert (header[18], header[19]) == (1, 1)
    assert count(path) == 1


def test_unknown_reason_refused(db: Path) -> None:
    with pytest.raises(ValueError):
        make_backup(db, "because", now=T0)


def test_list_backups_newest_first_with_reason_and_size(db: Path) -> None:
    a = make_backup(db, "open", now=T0)
    b = make_backup(db, "migration", now=T0 + timedelta(minutes=1))
    (backups_dir_for(db) / "notes.txt").write_text("not a backup")
    (backups_dir_for(db) / "Other.db 2026-11-02T091400.000Z open.backup.db").write_bytes(b"")  # another file's
    infos = list_backups(db)
    assert [i.path for i in infos] == [b, a]
    assert [i.reason for i in infos] == ["migration", "open"]
    assert infos[0].taken_at == T0 + timedelta(minutes=1)
    assert infos[1].size == a.stat().st_size > 0


def test_two_backups_in_same_instant_do_not_overwrite(db: Path) -> None:
    a = make_backup(db, "manual", now=T0)
    b = make_backup(db, "manual", now=T0)
    assert a != b and a.exists() and b.exists()


def test_rotation_keeps_last_n_and_never_the_new_one(db: Path) -> None:
    made = [make_backup(db, "manual", retention=Retention(manual=3), now=T0 + timedelta(hours=i)) for i in range(5)]
    remaining = [i.path for i in list_backups(db)]
    assert remaining == list(reversed(made[-3:]))
    # A backup with an older clock (laptop clock behind) is still not deleted by its own rotation.
    old = make_backup(db, "manual", retention=Retention(manual=3), now=T0 - timedelta(days=30))
    assert old.exists()
    assert len(list_backups(db)) == 3


def test_rotation_leaves_foreign_files(db: Path) -> None:
    folder = backups_dir_for(db)
    folder.mkdir()
    stranger = folder / "keep me.db"
    stranger.write_bytes(b"x")
    for i in range(3):
        make_backup(db, "manual", retention=Retention(manual=1), now=T0 + timedelta(hours=i))
    assert stranger.exists()
    assert len(list_backups(db)) == 1


def test_backup_on_open_at_most_once_a_day(db: Path) -> None:
    utc = UTC
    first = backup_on_open_if_due(db, now=T0, local_tz=utc)
    assert first is not None and first.exists()
    assert backup_on_open_if_due(db, now=T0 + timedelta(hours=5), local_tz=utc) is None
    # A manual backup does not count as the day's open backup, nor does it reset it.
    make_backup(db, "manual", now=T0 + timedelta(hours=6))
    assert backup_on_open_if_due(db, now=T0 + timedelta(hours=7), local_tz=utc) is None
    # Next calendar day, even less than 24 hours later.
    nxt = backup_on_open_if_due(db, now=datetime(2026, 11, 3, 8, 55, tzinfo=utc), local_tz=utc)
    assert nxt is not None
    assert [i.reason for i in list_backups(db)].count("open") == 2


def test_backup_on_open_uses_local_day(db: Path) -> None:
    tz = timezone(timedelta(hours=10))  # e.g. Sydney
    utc = UTC
    assert backup_on_open_if_due(db, now=datetime(2026, 11, 2, 1, 0, tzinfo=utc), local_tz=tz)  # 11:00 local
    assert backup_on_open_if_due(db, now=datetime(2026, 11, 2, 13, 30, tzinfo=utc), local_tz=tz) is None  # 23:30
    # 00:30 local on 3 November: a new local day, though still 2 November in UTC.
    assert backup_on_open_if_due(db, now=datetime(2026, 11, 2, 14, 30, tzinfo=utc), local_tz=tz) is not None


def test_future_dated_open_backup_does_not_block_today(db: Path) -> None:
    make_backup(db, "open", now=T0 + timedelta(days=3))  # synced from a laptop with a fast clock
    assert backup_on_open_if_due(db, now=T0, local_tz=UTC) is not None


def test_restore_backs_up_current_first(company: Path) -> None:
    db = company
    old = make_backup(db, "manual", now=T0)
    make_company_db(db, people=25)  # now 75 rows
    assert count(db) == 75
    res = restore_backup(old, db, now=T0 + timedelta(hours=1))
    assert count(db) == 50
    assert res.previous_backup is not None and res.previous_backup.exists()
    assert res.previous_backup.name.endswith(" before-restore.backup.db")
    assert res.company_verified and res.note == ""
    assert count(res.previous_backup) == 75
    assert res.moved_aside is None
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    assert not [p for p in db.parent.iterdir() if ".restore-" in p.name]


def test_restore_when_current_is_corrupt_moves_it_aside(company: Path) -> None:
    db = company
    good = make_backup(db, "manual", now=T0)
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    db.write_bytes(damaged)
    journal = db.with_name(db.name + "-journal")
    journal.write_bytes(b"stale journal from a crash")
    res = restore_backup(good, db, now=T0 + timedelta(hours=1))
    assert count(db) == 50
    assert res.previous_backup is None
    assert res.moved_aside is not None
    assert res.moved_aside.name == "company.db.corrupt-20261102-101400"
    assert res.moved_aside.read_bytes() == damaged  # kept, not deleted
    assert not journal.exists()  # would otherwise be replayed into the restored file
    assert [p for p in db.parent.iterdir() if p.name.startswith(journal.name + ".replaced-")]


def test_restore_refuses_damaged_backup_and_keeps_current(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("not a database at all " * 100)
    before = db.read_bytes()
    with pytest.raises(BackupError):
        restore_backup(bad, db, now=T0)
    assert db.read_bytes() == before


def test_restore_into_missing_file(tmp_path: Path, company: Path) -> None:
    db = company
    good = make_backup(db, "manual", now=T0)
    target = tmp_path / "Restored.db"
    res = restore_backup(good, target, now=T0)
    assert count(target) == 50
    assert res.previous_backup is None and res.moved_aside is None


def test_disk_full_leaves_no_partial_file(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def half_then_full(src: Path, dst: Path) -> None:
        dst.write_bytes(src.read_bytes()[:1000])  # some bytes made it before the disk filled
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "_copy_database", half_then_full)
    with pytest.raises(BackupError) as info:
        make_backup(db, "manual", now=T0)
    assert str(info.value).startswith("The disk is full: ")
    assert isinstance(info.value, StorageError)
    assert list(backups_dir_for(db).iterdir()) == []
    assert list_backups(db) == []


def test_sqlite_disk_full_is_reported_the_same_way(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def full(src: Path, dst: Path) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backup_mod, "_copy_database", full)
    with pytest.raises(BackupError, match="^The disk is full: "):
        make_backup(db, "manual", now=T0)
    assert list(backups_dir_for(db).iterdir()) == []


def test_disk_full_during_restore_keeps_current_file(company: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = company
    good = make_backup(db, "manual", now=T0)
    make_company_db(db, people=1)
    before = db.read_bytes()

    def full(src: Path, dst: Path) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backup_mod, "_copy_database", full)
    with pytest.raises(BackupError, match="^The disk is full: "):
        restore_backup(good, db, now=T0 + timedelta(hours=1))
    assert db.read_bytes() == before
    assert sorted(p.name for p in db.parent.iterdir()) == sorted([db.name, good.parent.name])


def test_copy_that_fails_check_is_not_kept(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(backup_mod, "_quick_check_ok", lambda path: False)
    with pytest.raises(BackupError, match="safety check"):
        make_backup(db, "manual", now=T0)
    assert list(backups_dir_for(db).iterdir()) == []


def test_backup_of_file_with_interrupted_save_explains_recovery(db: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sqlite3, os, sys\n"
        "c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA cache_size=1')\n"
        "c.execute('BEGIN'); c.execute('UPDATE people SET name = name || name')\n"
        "c.execute('INSERT INTO people (name) SELECT name FROM people')\n"
        "os._exit(0)\n"
    )
    make_db(db, people=3000)  # enough that the crashed write spills into the file
    subprocess.run([sys.executable, "-c", code, str(db)], check=True)
    assert db.with_name(db.name + "-journal").stat().st_size > 0
    with pytest.raises(BackupError, match="interrupted"):
        make_backup(db, "manual", now=T0)
    assert list(backups_dir_for(db).iterdir()) == []
