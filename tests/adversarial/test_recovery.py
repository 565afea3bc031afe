"""Issue 9 §3: after a crash, and when the file moves or stays busy, MentorDesk says what happened.

- Read-only commands after a real kill -9 mid-save used to say "not a MentorDesk
  file, or damaged (attempt to write a readonly database)". Where writing is
  allowed the interrupted save is now undone (data = before the killed save)
  and said so; where it is not (an unprivileged user, run with setpriv, on a
  read-only folder or file) the user is told the save needs recovery and how,
  and nothing on disk changes.
- A file deleted, renamed or replaced while open is said to be so, and nothing
  is written into the orphaned or renamed file.
- "database is locked" after the retry time (a second real process holding
  BEGIN IMMEDIATE; a short retry time through MENTORDESK_WRITE_WAIT) is
  "Someone else is saving to this file; try again in a moment."
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from mentordesk.errors import ReadOnlyError, StorageError
from mentordesk.models import Person
from mentordesk.people_csv import PersonRow, write_people
from mentordesk.services import people, session
from mentordesk.storage import people_repo
from mentordesk.storage.database import Database, FileMovedError, translate_error

from .conftest import ROOT, run_cli
from .journal_tools import crash_writer, dump, journal_of, save_people

BUSY = "Someone else is saving to this file; try again in a moment."
NOBODY = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
AS_NOBODY = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                               reason="needs root and setpriv to run a step as an unprivileged user")
RAW_SQLITE = ("attempt to write", "readonly database", "database is locked", "not a MentorDesk file")


def _clean(stderr: str) -> None:
    assert "Traceback" not in stderr
    for raw in RAW_SQLITE:
        assert raw not in stderr, stderr


def _program_name(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT name FROM programs ORDER BY name LIMIT 1").fetchone()[0]
    finally:
        conn.close()


# -- read-only commands after a crash --------------------------------------------------------------

COMMANDS = {
    "check": lambda out, program: ["check"],
    "people": lambda out, program: ["people"],
    "export-people": lambda out, program: ["export-people", str(out / "people.csv")],
    "backup": lambda out, program: ["backup", "--out", str(out / "copy.db")],
    "report": lambda out, program: ["report", "--program", program, "--out", str(out / "summary.pdf")],
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_read_only_command_after_a_crash_recovers_and_says_so(home: Path, demo_file: Path, tmp_path: Path,
                                                             command: str) -> None:
    before = dump(demo_file)
    program = _program_name(demo_file)
    crash_writer(demo_file)
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli(home, "--db", str(demo_file), *COMMANDS[command](out, program))
    assert result.returncode == 0, result.stderr
    assert "interrupted" not in result.stdout
    assert "unfinished save was undone" in result.stderr, result.stderr
    _clean(result.stderr)
    assert not journal_of(demo_file).exists()
    assert dump(demo_file) == before  # the killed save is gone, everything before it is there
    if command == "people":
        assert "Never Saved" not in result.stdout and len(result.stdout.splitlines()) > 100
    if command == "export-people":
        text = (out / "people.csv").read_text(encoding="utf-8-sig")
        assert "KILLED-1" not in text and "changed by the killed writer" not in text
    if command == "backup":
        conn = sqlite3.connect(out / "copy.db")
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM people WHERE employee_id = 'KILLED-1'").fetchone()[0] == 0
        conn.close()
    if command == "report":
        assert (out / "summary.pdf").read_bytes().startswith(b"%PDF")


def _nobody_setup(public_folder: Path, demo_file: Path, folder_mode: int, file_mode: int) -> tuple[Path, Path]:
    """A crashed file in `shared/` with the given modes, and a home the unprivileged user may write."""
    home = public_folder / "home"
    home.mkdir(mode=0o777)
    os.chmod(home, 0o777)
    shared = public_folder / "shared"
    shared.mkdir()
    target = shared / "acme.db"
    shutil.copyfile(demo_file, target)
    crash_writer(target)
    for p in (target, journal_of(target)):
        os.chmod(p, file_mode)
    os.chmod(shared, folder_mode)
    return home, target


@AS_NOBODY
@pytest.mark.parametrize("folder_mode,file_mode", [(0o755, 0o644), (0o777, 0o444)],
                         ids=["read-only-folder", "read-only-file"])
def test_crash_where_writing_is_not_allowed_says_how_to_recover_and_changes_nothing(
        public_folder: Path, demo_file: Path, folder_mode: int, file_mode: int) -> None:
    home, target = _nobody_setup(public_folder, demo_file, folder_mode, file_mode)
    db_bytes, journal_bytes = target.read_bytes(), journal_of(target).read_bytes()
    for command in (["check"], ["people"]):
        result = run_cli(home, "--db", str(target), *command, prefix=NOBODY)
        assert result.returncode == 1, result.stdout + result.stderr
        assert "must be undone" in result.stderr and "where you may write" in result.stderr, result.stderr
        _clean(result.stderr)
    assert target.read_bytes() == db_bytes
    assert journal_of(target).read_bytes() == journal_bytes


@AS_NOBODY
def test_crash_recovered_by_an_unprivileged_user_who_may_write(public_folder: Path, demo_file: Path) -> None:
    before = dump(demo_file)
    home, target = _nobody_setup(public_folder, demo_file, 0o777, 0o666)
    result = run_cli(home, "--db", str(target), "check", prefix=NOBODY)
    assert result.returncode == 0, result.stderr
    assert "unfinished save was undone" in result.stderr
    _clean(result.stderr)
    assert dump(target) == before


# -- the file moved away while open ----------------------------------------------------------------

def _someone(i: int) -> Person:
    return Person(employee_id=f"MOVED-{i}", name=f"Moved Person {i}", email=f"moved{i}@example.com")


@pytest.mark.parametrize("how", ["deleted", "renamed", "replaced"])
def test_file_moved_while_open_is_said_so_and_nothing_is_written(demo_file: Path, tmp_path: Path, how: str) -> None:
    db = session.open_database(demo_file, backup_on_open=False)
    elsewhere = tmp_path / "elsewhere.db"
    if how == "deleted":
        demo_file.unlink()
    elif how == "renamed":
        os.rename(demo_file, elsewhere)
    else:
        replacement = tmp_path / "replacement.db"
        shutil.copyfile(db.path, replacement)
        os.replace(replacement, demo_file)
    watched = elsewhere if how == "renamed" else demo_file
    before = watched.read_bytes() if watched.exists() else None
    try:
        with pytest.raises(FileMovedError) as caught:
            people.add_person(db, _someone(1))
        assert not isinstance(caught.value, ReadOnlyError)
        assert "moved, renamed or deleted while it was open" in str(caught.value)
        assert "nothing was saved" in str(caught.value)
    finally:
        db.close()
    if before is not None:
        assert watched.read_bytes() == before


def test_file_renamed_during_a_save_gets_nothing(demo_file: Path, tmp_path: Path) -> None:
    """The check before COMMIT: pages are only written at commit, so the renamed file is untouched."""
    db = Database.open(demo_file)
    elsewhere = tmp_path / "elsewhere.db"
    try:
        with pytest.raises(FileMovedError), db.transaction() as conn:
            people_repo.insert_person(conn, _someone(2))
            os.rename(demo_file, elsewhere)
    finally:
        db.close()
    conn = sqlite3.connect(elsewhere)
    assert conn.execute("SELECT count(*) FROM people WHERE employee_id = 'MOVED-2'").fetchone()[0] == 0
    conn.close()


def test_sqlites_own_moved_error_is_translated(demo_file: Path) -> None:
    """SQLite itself refuses a write to a deleted file (SQLITE_READONLY_DBMOVED): that is not 'read-only'."""
    db = Database.open(demo_file)
    try:
        demo_file.unlink()
        with pytest.raises(sqlite3.OperationalError) as raw:
            db.conn.execute("UPDATE people SET notes = 'x'")
        error = translate_error(raw.value, "acme.db")
        assert isinstance(error, FileMovedError) and "acme.db was moved" in str(error)
    finally:
        db.close()


# -- someone else saving for too long ---------------------------------------------------------------

HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("BEGIN " + sys.argv[2])
    conn.execute("UPDATE people SET notes = notes WHERE employee_id = 'nobody'")
    print("holding", flush=True)
    time.sleep(600)
    """
)


@pytest.fixture
def holder(demo_file: Path) -> Iterator[Callable[[str], None]]:
    procs: list[subprocess.Popen] = []

    def start(mode: str = "IMMEDIATE") -> None:
        proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(demo_file), mode], stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
        procs.append(proc)
        assert proc.stdout.readline().strip() == "holding", proc.stderr.read()

    yield start
    for proc in procs:
        proc.kill()
        proc.wait(timeout=30)


def _count(path: Path) -> int:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


def test_busy_after_the_retry_time_is_said_in_words(demo_file: Path, holder) -> None:
    count = _count(demo_file)
    db = session.open_database(demo_file, backup_on_open=False)
    try:
        holder("IMMEDIATE")
        db.write_wait = 0.4
        started = time.monotonic()
        with pytest.raises(StorageError) as caught:
            people.add_person(db, _someone(3))
        assert time.monotonic() - started < 10
        assert str(caught.value).startswith(BUSY)
    finally:
        db.close()
    assert _count(demo_file) == count


def test_busy_cli_import_is_said_in_words(home: Path, demo_file: Path, tmp_path: Path, holder) -> None:
    csv_path = tmp_path / "new.csv"
    write_people([PersonRow(line=2, employee_id="BUSY-1", name="Busy Person", email="busy@example.com")], csv_path)
    count = _count(demo_file)
    holder("IMMEDIATE")
    result = run_cli(home, "--db", str(demo_file), "import-people", str(csv_path), MENTORDESK_WRITE_WAIT="0.4")
    assert result.returncode == 1
    assert BUSY in result.stderr, result.stderr
    _clean(result.stderr)
    assert _count(demo_file) == count


def test_file_held_exclusively_when_opening_is_said_in_words(demo_file: Path, holder,
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MENTORDESK_WRITE_WAIT", "0.4")
    holder("EXCLUSIVE")
    started = time.monotonic()
    with pytest.raises(StorageError) as caught:
        session.open_database(demo_file, readonly=True, backup_on_open=False)
    assert time.monotonic() - started < 15
    assert BUSY in str(caught.value), str(caught.value)
    for raw in RAW_SQLITE:
        assert raw not in str(caught.value)


# -- the window ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["interrupted-save", "journal-of-another-copy"])
def test_window_tells_what_was_found_on_opening(open_window, qtbot, demo_file: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch, form: str) -> None:
    from ui import file_open

    if form == "interrupted-save":
        before = dump(demo_file)
        crash_writer(demo_file)
    else:
        older = tmp_path / "older.db"
        shutil.copyfile(demo_file, older)
        save_people(demo_file, "B", 2)  # this copy moved on
        before = dump(demo_file)
        journal_of(demo_file).write_bytes(crash_writer(older))
    told: list[list[str]] = []
    monkeypatch.setattr(file_open, "tell_notices", lambda parent, notices: told.append(notices))
    window = open_window(demo_file, show=False)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    expected = "unfinished save was undone" if form == "interrupted-save" else "another copy"
    assert len(told) == 1 and any(expected in n for n in told[0]), told
    assert not window.db.readonly
    assert list(window.db.conn.iterdump()) == before
    window.close()
