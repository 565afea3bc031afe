"""The People list read while the file is checked (issue 15) is shown only if the file is unchanged.

The window runs SQLite's quick check on a thread and reads the list meanwhile
(`services.open_check`); the rows are handed to the open file and taken by the first
list read, and only when the file's header says no commit happened since. Real demo
files, real writers (a `mentordesk` process, sqlite3), damaged files as the adversarial
tests make them; nothing here times anything.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from mentordesk.errors import StorageError
from mentordesk.services import session
from mentordesk.services.open_check import PendingCheck, check_reading_ahead
from mentordesk.storage import people_list_repo
from mentordesk.storage.read_ahead import file_stamp
from tests.adversarial.damaged_files import damaged_forms

ROOT = Path(__file__).resolve().parents[1]


def _ahead(path: Path):
    """What the window reads while the check runs (made here without the race on who finishes first)."""
    return people_list_repo.read_ahead(path.absolute(), file_stamp(path.absolute()))


def _fresh(path: Path) -> list:
    db = session.open_database(path, readonly=True, backup_on_open=False)
    try:
        return people_list_repo.list_rows(db)
    finally:
        db.close()


def _check_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name == "mentordesk-open-check"]


def test_rows_read_ahead_are_used_once_when_the_file_is_unchanged(demo_file: Path) -> None:
    ahead = _ahead(demo_file)
    assert ahead is not None and len(ahead.value) > 20
    db = session.open_database(demo_file, readonly=True, checked=True, read_ahead=ahead)
    try:
        assert people_list_repo.list_rows(db) is ahead.value  # not read again
        again = people_list_repo.list_rows(db)  # a reload reads the file
        assert again is not ahead.value and again == ahead.value
    finally:
        db.close()
    assert ahead.value == _fresh(demo_file)


def _archive_by_cli(path: Path, home: Path) -> None:
    """Another program (a real `mentordesk` process) commits a change."""
    employee = _fresh(path)[0].employee_id
    env = {**os.environ, "PYTHONPATH": str(ROOT), "MENTORDESK_CONFIG_DIR": str(home / "config"),
           "MENTORDESK_DATA_DIR": str(home / "data")}
    done = subprocess.run([sys.executable, "-m", "mentordesk", "--db", str(path), "archive-person", employee],
                          env=env, capture_output=True, text=True, cwd=home, check=False)
    assert done.returncode == 0, done.stderr


def _rename_by_sqlite(path: Path, home: Path) -> None:
    """A hand edit with sqlite3 (same size, same second: only the change counter tells)."""
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE people SET name = 'Zoë Changed' WHERE rowid = (SELECT min(rowid) FROM people)")
    conn.close()


@pytest.mark.parametrize("change", [_archive_by_cli, _rename_by_sqlite])
def test_any_commit_after_the_read_makes_the_screen_read_again(demo_file: Path, tmp_path: Path, change) -> None:
    ahead = _ahead(demo_file)
    assert ahead is not None
    change(demo_file, tmp_path)
    db = session.open_database(demo_file, readonly=True, checked=True, read_ahead=ahead)
    try:
        shown = people_list_repo.list_rows(db)
    finally:
        db.close()
    assert shown is not ahead.value and shown != ahead.value
    assert shown == _fresh(demo_file)


def test_a_write_on_open_is_a_change_too(demo_file: Path) -> None:
    """Opening for editing may write (retention, a migration): the rows then come from after it."""
    ahead = _ahead(demo_file)
    with sqlite3.connect(demo_file) as conn:  # what a write made by the open itself looks like
        conn.execute("UPDATE people SET title = 'Changed on open' WHERE rowid = (SELECT min(rowid) FROM people)")
    conn.close()
    db = session.open_database(demo_file, checked=True, read_ahead=ahead)
    try:
        assert any(p.title == "Changed on open" for p in people_list_repo.list_rows(db))
    finally:
        db.close()


def test_rows_of_another_file_are_never_shown(demo_file: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    other.write_bytes(demo_file.read_bytes())
    _rename_by_sqlite(other, tmp_path)
    ahead = _ahead(demo_file)
    db = session.open_database(other, readonly=True, checked=True, read_ahead=ahead)
    try:
        assert any(p.name == "Zoë Changed" for p in people_list_repo.list_rows(db))
    finally:
        db.close()


def _wal_mode(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()


def _journal_beside(path: Path) -> None:
    path.with_name(path.name + "-journal").write_bytes(b"")


def _wal_file_beside(path: Path) -> None:
    path.with_name(path.name + "-wal").write_bytes(b"")


@pytest.mark.parametrize("state", [_wal_mode, _journal_beside, _wal_file_beside])
def test_nothing_is_read_ahead_when_the_header_cannot_prove_the_rows(demo_file: Path, state) -> None:
    """In WAL mode commits leave the change counter alone; a journal beside is a save under way."""
    state(demo_file)
    assert file_stamp(demo_file.absolute()) is None
    assert _ahead(demo_file) is None


def test_a_damaged_date_is_not_read_ahead_and_is_still_told_as_a_sentence(demo_file: Path) -> None:
    with sqlite3.connect(demo_file) as conn:
        conn.execute("UPDATE people SET hire_date = 'last year' WHERE rowid = (SELECT min(rowid) FROM people)")
    conn.close()
    assert _ahead(demo_file) is None
    db = session.open_database(demo_file, readonly=True, checked=True, read_ahead=None)
    try:
        with pytest.raises(StorageError, match="last year"):
            people_list_repo.list_rows(db)
    finally:
        db.close()


def _verdict_of(check, path: Path) -> str:
    try:
        check(path)
    except session.FileProblem as problem:
        return problem.status
    return "opens"


def test_damaged_files_are_judged_as_before_and_left_as_they_were(demo_file: Path, tmp_path: Path) -> None:
    forms = damaged_forms(demo_file, tmp_path)
    refused = 0
    for name, path in forms.items():
        before = path.read_bytes()
        expected = _verdict_of(session.check_before_open, path)
        refused += expected != "opens"
        _ahead(path)  # reading a damaged file never raises (None or rows the check then refuses)
        assert _verdict_of(lambda p: check_reading_ahead(p, PendingCheck(p)), path) == expected, name
        assert path.read_bytes() == before, name
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [path.name], name
        assert not _check_threads(), name
    assert refused >= len(forms) - 1  # all but the empty file, which opens as a new one


def test_the_check_started_early_gives_the_verdict_for_its_own_file_only(demo_file: Path, tmp_path: Path) -> None:
    damaged = damaged_forms(demo_file, tmp_path)["zeroed-pages"]
    early = PendingCheck(demo_file)  # started for another file: not taken for this one
    with pytest.raises(session.FileProblem):
        check_reading_ahead(damaged, early)
    assert early.verdict().status == "ok"
    ahead = check_reading_ahead(demo_file, PendingCheck(demo_file))
    assert ahead is None or ahead.value == _fresh(demo_file)
    assert not _check_threads()


def test_an_error_in_the_check_reaches_the_one_waiting_for_it(demo_file: Path, monkeypatch) -> None:
    from mentordesk.storage import filecheck

    def broken(path, supported_version=None):
        raise OSError("the disk went away")

    monkeypatch.setattr(filecheck, "check_file", broken)
    with pytest.raises(OSError, match="disk went away"):
        PendingCheck(demo_file).verdict()


def test_a_writer_killed_after_the_read_ahead_leaves_the_rows_of_the_recovered_file(demo_file: Path) -> None:
    """kill -9 of another laptop's save in the middle of its transaction, after the list was read:
    the open rolls its journal back and the screen shows the file as recovered."""
    from tests.adversarial.journal_tools import crash_writer, journal_of

    ahead = _ahead(demo_file)
    assert ahead is not None
    crash_writer(demo_file)
    assert journal_of(demo_file).exists()
    db = session.open_database(demo_file, readonly=False, read_ahead=ahead)
    try:
        shown = people_list_repo.list_rows(db)
    finally:
        db.close()
    assert not journal_of(demo_file).exists()
    assert not any(p.employee_id.startswith("KILLED") for p in shown)
    assert shown == _fresh(demo_file)
