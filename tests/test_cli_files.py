"""`mentordesk merge | backup | check` on real files, as a user would type them."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.storage import rows
from mentordesk.storage.database import Database
from mentordesk.storage.schema import SCHEMA_VERSION


def make_file(path: Path, monkeypatch: pytest.MonkeyPatch, site: str, edits=None) -> dict[str, str]:
    monkeypatch.setenv("MENTORDESK_SITE", site)
    d = Database.open(path)
    with d.transaction() as conn:
        ids = edits(conn) if edits else {}
    d.close()
    return ids


@pytest.fixture
def two_branches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    hq = tmp_path / "hq.db"
    ids = make_file(hq, monkeypatch, "hq", lambda c: {
        "ann": rows.insert(c, "people", {"employee_id": "E1", "name": "Ann", "email": "ann@x.nl"})})
    a, b = tmp_path / "a.db", tmp_path / "b.db"
    shutil.copy(hq, a)
    shutil.copy(hq, b)
    make_file(a, monkeypatch, "rotterdam", lambda c: rows.update(c, "people", ids["ann"], {"department": "Sales"}))
    make_file(b, monkeypatch, "utrecht", lambda c: rows.update(c, "people", ids["ann"], {"department": "HR"}))
    return a, b, ids


def department(path: Path, rid: str) -> str:
    d = Database.open(path, readonly=True)
    try:
        return d.scalar("SELECT department FROM people WHERE id = ?", [rid])
    finally:
        d.close()


def test_merge_prints_summary_and_conflict(two_branches, capsys, monkeypatch):
    a, b, ids = two_branches
    monkeypatch.setenv("MENTORDESK_SITE", "rotterdam")
    assert main(["--db", str(a), "merge", str(b)]) == 0
    out = capsys.readouterr().out
    assert "Merged b.db" in out
    assert "1 conflicting change" in out and "Ann" in out and "'HR'" in out
    assert department(a, ids["ann"]) == "HR"


def test_merge_dry_run_leaves_file_alone(two_branches, capsys, monkeypatch):
    a, b, ids = two_branches
    before = a.read_bytes()
    assert main(["--db", str(a), "merge", str(b), "--dry-run"]) == 0
    assert "Dry run" in capsys.readouterr().out
    assert a.read_bytes() == before


def test_merge_prefer_local_keeps_this_files_value(two_branches, capsys, monkeypatch):
    a, b, ids = two_branches
    monkeypatch.setenv("MENTORDESK_SITE", "rotterdam")
    assert main(["--db", str(a), "merge", str(b), "--prefer", "local"]) == 0
    assert "your choice" in capsys.readouterr().out
    assert department(a, ids["ann"]) == "Sales"


def test_merge_refuses_newer_file_without_traceback(two_branches, capsys):
    a, b, _ = two_branches
    conn = sqlite3.connect(b)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    assert main(["--db", str(a), "merge", str(b)]) == 1
    err = capsys.readouterr().err
    assert "newer version" in err and "Traceback" not in err


def test_backup_writes_private_copy(two_branches, capsys, tmp_path):
    a, _, ids = two_branches
    out = tmp_path / "safe" / "copy.db"
    assert main(["--db", str(a), "backup", "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    assert out.stat().st_mode & 0o777 == 0o600
    assert department(out, ids["ann"]) == "Sales"


def test_check_ok(two_branches, capsys):
    a, _, _ = two_branches
    assert main(["--db", str(a), "check"]) == 0
    out = capsys.readouterr().out
    assert "Integrity check: ok" in out and f"Schema version {SCHEMA_VERSION}: current" in out


def test_check_newer_file_fails_and_says_so(two_branches, capsys):
    a, _, _ = two_branches
    conn = sqlite3.connect(a)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = a.read_bytes()
    assert main(["--db", str(a), "check"]) == 1
    assert "newer" in capsys.readouterr().out
    assert a.read_bytes() == before


def test_check_not_a_database(tmp_path, capsys):
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is a spreadsheet, honestly" * 100)
    assert main(["--db", str(junk), "check"]) == 1
    err = capsys.readouterr().err
    assert "not a MentorDesk file" in err and "Traceback" not in err


def test_check_missing_file_is_not_created(tmp_path, capsys):
    missing = tmp_path / "nope.db"
    assert main(["--db", str(missing), "check"]) == 1
    assert not missing.exists()
    assert "no MentorDesk file" in capsys.readouterr().err
