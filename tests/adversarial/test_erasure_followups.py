"""Issue 14 follow-ups: restores, branch erasures, check-in forms imported twice, retention in Preferences.

1. A restore (File > Restore Backup, `mentordesk restore`, Undo) of a backup
   taken before an erasure re-applies every erasure the file knows in the same
   operation: the person's bytes are not in the restored file, the erasure log
   is complete, and the restore says so. Forms: the CLI restore as a real
   process, Undo of a merge made before the erasure, a damaged current file
   whose erasures only its later backups know, a backup that already knew one
   of two erasures (the count says 1).
2. Erasure records arriving from a branch file are listed by the dry run and
   applied only when HR confirms; erasures made here always apply.
3. The same check-in form imported on two laptops is one check-in after a merge.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from mentordesk.services import files, undo
from mentordesk.services import personal_data as pd
from mentordesk.storage import rows
from mentordesk.storage.backup import list_backups, make_backup
from mentordesk.storage.database import Database
from tests.privacy_setup import EID, EMAIL, NAME, Subject, make_demo, name_everywhere

from .conftest import run_cli


@pytest.fixture
def hq(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Subject:
    monkeypatch.setenv("MENTORDESK_SITE", "hq")
    path = tmp_path / "hq.db"
    make_demo(path)
    return name_everywhere(path)


def _erase(path: Path, person_id: str, reason: str = "Their written request") -> None:
    db = Database.open(path)
    try:
        pd.erase_person(db, person_id, reason)
    finally:
        db.close()


def _clean(path: Path, s: Subject) -> None:
    data = path.read_bytes()
    leaked = [x for x in (*s.secrets, NAME.upper()) if x.encode() in data]
    assert not leaked, f"{path.name} still holds {leaked}"


def _holds_person(path: Path) -> bool:
    data = path.read_bytes()
    return NAME.encode() in data or EMAIL.encode() in data


def _erasure_ids(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM erasures ORDER BY id")]
    finally:
        conn.close()


def _person(path: Path, person_id: str) -> dict:
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        return dict(conn.execute("SELECT * FROM people WHERE id = ?", [person_id]).fetchone())
    finally:
        conn.close()


# -- 1. restores -------------------------------------------------------------------------------


def test_the_restore_command_re_applies_the_erasure(hq: Subject, home: Path):
    old = make_backup(hq.path, "manual")
    assert _holds_person(old)  # the backup really holds the person: the restore must not bring them back
    _erase(hq.path, hq.person_id)
    log = _erasure_ids(hq.path)
    assert len(log) == 1
    done = run_cli(home, "--db", str(hq.path), "restore", str(old))
    assert done.returncode == 0, done.stderr
    assert "1 erasure made after this backup was applied again" in done.stdout
    _clean(hq.path, hq)
    assert _erasure_ids(hq.path) == log
    assert _person(hq.path, hq.person_id)["name"] == "Erased person"
    assert oct(os.stat(hq.path).st_mode & 0o777) == "0o600"
    check = run_cli(home, "--db", str(hq.path), "check")
    assert check.returncode == 0, check.stdout + check.stderr


def test_undo_of_a_merge_made_before_the_erasure_keeps_the_person_erased(hq: Subject, tmp_path: Path):
    branch = tmp_path / "madrid.db"
    shutil.copy(hq.path, branch)
    db = Database.open(branch)
    try:
        with db.transaction() as conn:
            rows.update(conn, "programs", hq.program_id, {"name": "Branch edit QX90"})
    finally:
        db.close()
    db = Database.open(hq.path)
    try:
        with undo.undoable(db, "merge", "merge of madrid.db"):
            files.merge_file(db, branch)
        point = undo.last_undo(db)
    finally:
        db.close()
    assert point is not None and _holds_person(point.backup)
    _erase(hq.path, hq.person_id)
    result = undo.undo(hq.path, point)
    assert result.erasures_reapplied == 1
    assert "1 erasure made after this backup was applied again" in result.note
    _clean(hq.path, hq)
    assert len(_erasure_ids(hq.path)) == 1
    db = Database.open(hq.path)  # the restored file opens and the merge is gone
    try:
        assert db.scalar("SELECT name FROM programs WHERE id = ?", [hq.program_id]) != "Branch edit QX90"
    finally:
        db.close()


def test_a_damaged_file_s_erasures_are_known_from_its_later_backups(hq: Subject):
    old = make_backup(hq.path, "manual")
    _erase(hq.path, hq.person_id)
    make_backup(hq.path, "manual")  # taken after the erasure: carries the record
    with open(hq.path, "r+b") as fh:  # the file itself is damaged now
        fh.seek(0)
        fh.write(b"\0" * 4096)
    from mentordesk.storage.backup import restore_backup

    result = restore_backup(old, hq.path)
    assert result.erasures_reapplied == 1
    _clean(hq.path, hq)
    assert len(_erasure_ids(hq.path)) == 1


def test_a_backup_that_knew_one_of_two_erasures_counts_one(hq: Subject):
    _erase(hq.path, hq.person_id)
    middle = make_backup(hq.path, "manual")
    _erase(hq.path, hq.other_person_id, "End of retention")
    from mentordesk.storage.backup import restore_backup

    result = restore_backup(middle, hq.path)
    assert result.erasures_reapplied == 1
    assert "1 erasure made after this backup was applied again" in result.note
    assert len(_erasure_ids(hq.path)) == 2
    assert _person(hq.path, hq.other_person_id)["name"] == "Erased person"
    _clean(hq.path, hq)


def test_a_backup_after_every_erasure_says_nothing_about_them(hq: Subject):
    _erase(hq.path, hq.person_id)
    late = make_backup(hq.path, "manual")
    from mentordesk.storage.backup import restore_backup

    result = restore_backup(late, hq.path)
    assert result.erasures_reapplied == 0 and "erasure" not in result.note
    assert len(list_backups(hq.path)) >= 2
