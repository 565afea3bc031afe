"""Issue 9 §3: a `-journal` from another copy of the file is set aside, never rolled back into it.

Sync services copy a database and its journal separately, so a file can meet
the hot journal of another copy (sqlite.org, "How To Corrupt", mispaired hot
journals). Every journal here comes from a real writer killed with SIGKILL
inside its save; the mispairs are made by putting copy A's journal beside copy
B. After opening B, B must pass the integrity check, hold exactly B's data,
and A's journal must be set aside (renamed beside B, a copy kept in the
backups folder) with a sentence saying so. A journal that belongs is still
rolled back: the data is as it was before the killed save.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from mentordesk.demo import fill_demo
from mentordesk.errors import StorageError
from mentordesk.services import session
from mentordesk.storage.database import Database
from mentordesk.storage.filecheck import check_file
from mentordesk.storage.journal import read_journal, replayed_records

from .conftest import ROOT, run_cli
from .journal_tools import (
    backups_folder_copies,
    crash_after_commit_wrote,
    crash_writer,
    dump,
    dump_open,
    journal_of,
    save_people,
    set_aside_files,
)

MAGIC = bytes.fromhex("d9d505f920a163d7")
AS_NOBODY = pytest.mark.skipif(os.geteuid() != 0 or shutil.which("setpriv") is None,
                               reason="needs root and setpriv to run a step as an unprivileged user")


def _other_company(path: Path) -> Path:
    db = Database.open(path)
    try:
        fill_demo(db, seed=99)
    finally:
        db.close()
    return path


def _pair(journal: bytes, b: Path) -> list[str]:
    """Put `journal` beside B (as a sync service would) and return B's data as it was saved."""
    before = dump(b)
    assert not journal_of(b).exists()
    journal_of(b).write_bytes(journal)
    return before


def _assert_set_aside(b: Path, journal: bytes, before: list[str], notices: list[str]) -> None:
    assert not journal_of(b).exists(), "the foreign journal was left where SQLite reads it"
    aside = set_aside_files(b.parent, b.name)
    assert len(aside) == 1 and aside[0].read_bytes() == journal
    assert aside[0].stat().st_mode & 0o077 == 0
    copies = backups_folder_copies(b)
    assert len(copies) == 1 and copies[0].read_bytes() == journal
    assert any("another copy" in n and aside[0].name in n for n in notices), notices
    db = Database.open(b)
    try:
        assert db.integrity_check() == ["ok"]
        assert dump_open(db) == before
        assert db.scalar("SELECT count(*) FROM people WHERE employee_id = 'KILLED-1'") == 0
    finally:
        db.close()


def _open_and_check(b: Path, journal: bytes, before: list[str]) -> None:
    db = Database.open(b)
    try:
        notices = list(db.info.notices)
        assert db.integrity_check() == ["ok"]
        assert dump_open(db) == before
    finally:
        db.close()
    _assert_set_aside(b, journal, before, notices)


# -- a journal that belongs ------------------------------------------------------------------------

def test_genuine_hot_journal_is_still_rolled_back(demo_file: Path) -> None:
    before = dump(demo_file)
    crash_writer(demo_file)
    db = Database.open(demo_file)
    try:
        assert db.integrity_check() == ["ok"]
        assert dump_open(db) == before  # exactly as before the killed save
        assert any("undone" in n for n in db.info.notices), db.info.notices
    finally:
        db.close()
    assert not journal_of(demo_file).exists()
    assert set_aside_files(demo_file.parent, demo_file.name) == []


def test_genuine_journal_copied_with_its_file_is_still_rolled_back(demo_file: Path, tmp_path: Path) -> None:
    """A crashed pair that travels together (file and journal copied as one) stays a pair."""
    before = dump(demo_file)
    journal = crash_writer(demo_file)
    moved = tmp_path / "moved" / "acme.db"
    moved.parent.mkdir()
    shutil.copyfile(demo_file, moved)
    journal_of(moved).write_bytes(journal)
    db = session.open_database(moved, backup_on_open=False)
    try:
        assert db.integrity_check() == ["ok"]
        assert dump_open(db) == before
    finally:
        db.close()
    assert set_aside_files(moved.parent, moved.name) == []


@AS_NOBODY
def test_genuine_journal_of_a_commit_that_had_begun_is_rolled_back(demo_file: Path, public_folder: Path) -> None:
    """Killed after the commit wrote every page (change counter one higher) but before the journal went."""
    (public_folder / "home").mkdir(mode=0o777)
    shared = public_folder / "shared"
    shared.mkdir(mode=0o777)
    os.chmod(shared, 0o777)
    target = shared / "acme.db"
    shutil.copyfile(demo_file, target)
    os.chmod(target, 0o666)
    before = dump(target)
    crash_after_commit_wrote(target, ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"])
    journal = journal_of(target).read_bytes()
    facts = read_journal(journal)
    assert facts.page1 is not None  # precondition: this is the "commit had begun" case
    assert int.from_bytes(target.read_bytes()[24:28], "big") == int.from_bytes(facts.page1[24:28], "big") + 1
    assert dump(target) != before  # the file alone holds the unfinished save
    db = Database.open(target)
    try:
        assert db.integrity_check() == ["ok"]
        assert dump_open(db) == before
        assert any("undone" in n for n in db.info.notices)
    finally:
        db.close()
    assert set_aside_files(shared, target.name) == []


WRITER_NOT_TOUCHING_PAGE_1 = textwrap.dedent(
    """
    import sys, time
    from mentordesk.storage.database import Database

    db = Database.open(sys.argv[1])
    db.conn.execute("PRAGMA cache_size = 5")
    with db.transaction() as conn:
        conn.execute("UPDATE people SET notes = upper(notes), title = upper(title)")  # same lengths
        print("writing", flush=True)
        time.sleep(600)
    """
)


def test_genuine_journal_without_page_1_is_rolled_back(demo_file: Path) -> None:
    """A save that changed rows in place never journals page 1: it cannot be judged by the counter."""
    db = Database.open(demo_file)
    with db.transaction() as conn:  # give every note some lower-case text to change in place
        conn.execute("UPDATE people SET notes = 'notes of ' || employee_id")
    db.close()
    before = dump(demo_file)
    proc = subprocess.Popen([sys.executable, "-c", WRITER_NOT_TOUCHING_PAGE_1, str(demo_file)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert proc.stdout.readline().strip() == "writing", proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    facts = read_journal(journal_of(demo_file).read_bytes())
    assert facts.records > 0 and facts.page1 is None  # precondition: hot, and no page 1 in it
    assert dump(demo_file) != before
    db = Database.open(demo_file)
    try:
        assert db.integrity_check() == ["ok"]
        assert dump_open(db) == before
    finally:
        db.close()
    assert set_aside_files(demo_file.parent, demo_file.name) == []


LIVE_WRITER = textwrap.dedent(
    """
    import sys
    from mentordesk.models import Person
    from mentordesk.storage import people_repo
    from mentordesk.storage.database import Database

    db = Database.open(sys.argv[1])
    db.conn.execute("PRAGMA cache_size = 5")
    with db.transaction() as conn:
        people_repo.insert_person(conn, Person(employee_id="LIVE-1", name="Live Writer", email="live@example.com"))
        conn.execute("UPDATE people SET notes = notes || ?", ("saved by the live writer " * 10,))
        print("writing", flush=True)
        sys.stdin.readline()
    print("committed", flush=True)
    """
)


def test_journal_of_a_live_writer_is_never_touched(demo_file: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Someone is saving right now and has written pages early (an exclusive lock): their journal looks
    hot but is not. Opening waits, says the file is busy, and leaves the journal be; their save lands."""
    monkeypatch.setenv("MENTORDESK_WRITE_WAIT", "0.5")
    proc = subprocess.Popen([sys.executable, "-c", LIVE_WRITER, str(demo_file)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)))
    try:
        assert proc.stdout.readline().strip() == "writing", proc.stderr.read()
        inode = journal_of(demo_file).stat().st_ino
        assert journal_of(demo_file).read_bytes()[:1] != b"\x00"
        for readonly in (True, False):
            with pytest.raises(StorageError) as caught:
                Database.open(demo_file, readonly=readonly)
            assert str(caught.value).startswith("Someone else is saving to this file; try again in a moment.")
        assert journal_of(demo_file).stat().st_ino == inode
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "committed", proc.stderr.read()
    finally:
        proc.kill()
        proc.wait(timeout=30)
    db = Database.open(demo_file)
    try:
        assert db.integrity_check() == ["ok"]
        assert db.scalar("SELECT count(*) FROM people WHERE employee_id = 'LIVE-1'") == 1
    finally:
        db.close()
    assert set_aside_files(demo_file.parent, demo_file.name) == []


@pytest.mark.parametrize("cache_pages", [5, 20, 60])
def test_the_journal_reader_replays_exactly_what_sqlite_does(demo_file: Path, tmp_path: Path,
                                                            cache_pages: int) -> None:
    """The judgement reads the records SQLite would replay: replaying them by hand gives SQLite's bytes."""
    journal = crash_writer(demo_file, cache_pages=cache_pages)
    facts = read_journal(journal)
    by_hand = bytearray(demo_file.read_bytes())
    for pgno, start, limit in replayed_records(journal):
        if pgno <= limit:
            at = (pgno - 1) * facts.page_size
            by_hand[at:at + facts.page_size] = journal[start:start + facts.page_size]
    size = facts.initial_pages * facts.page_size
    by_hand = by_hand[:size] + bytes(max(0, size - len(by_hand)))
    sqlite_copy = tmp_path / "sqlite.db"
    shutil.copyfile(demo_file, sqlite_copy)
    journal_of(sqlite_copy).write_bytes(journal)
    conn = sqlite3.connect(sqlite_copy)  # SQLite's own rollback
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert facts.records > 1 and facts.page1 is not None
    assert bytes(by_hand) == sqlite_copy.read_bytes()


# -- journals from other copies -------------------------------------------------------------------

def test_journal_from_an_older_copy_is_set_aside(demo_file: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    save_people(demo_file, "B", 3)  # B moved on after the copy was taken
    journal = crash_writer(older)
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


def test_journal_beside_the_real_file_is_judged_when_opened_through_a_symlink(demo_file: Path,
                                                                            tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    save_people(demo_file, "B", 2)
    journal = crash_writer(older)
    before = _pair(journal, demo_file)
    link = tmp_path / "links" / "shortcut.db"
    link.parent.mkdir()
    link.symlink_to(demo_file)
    db = session.open_database(link, backup_on_open=False)
    try:
        notices = list(db.info.notices)
    finally:
        db.close()
    _assert_set_aside(demo_file, journal, before, notices)


def test_journal_from_a_newer_copy_is_set_aside(demo_file: Path, tmp_path: Path) -> None:
    newer = tmp_path / "newer.db"
    shutil.copyfile(demo_file, newer)
    save_people(newer, "A", 3)  # the other laptop saved more before it crashed
    journal = crash_writer(newer)
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


def test_journal_from_a_copy_one_save_ahead_is_set_aside(demo_file: Path, tmp_path: Path) -> None:
    """Copy A is one save ahead of B: the journal's counter is B's, but its page 1 is not B's."""
    newer = tmp_path / "newer.db"
    shutil.copyfile(demo_file, newer)
    save_people(newer, "A", 1)
    journal = crash_writer(newer)
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


def test_journal_from_a_copy_diverged_by_the_same_number_of_saves_is_set_aside(demo_file: Path,
                                                                              tmp_path: Path) -> None:
    """Same change counter, different content: page 1 (the file's length, its free pages) tells them apart.

    (Two copies whose page 1 is byte-identical are left to the trial rollback, which catches most mixtures
    but cannot see one that happens to be a consistent file: see the module docstring of storage.journal.)
    """
    other = tmp_path / "other.db"
    shutil.copyfile(demo_file, other)
    save_people(other, "A", 2)
    save_people(demo_file, "B", 2, notes_size=19000)
    journal = crash_writer(other)
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


def test_journal_from_another_companys_file_is_set_aside(demo_file: Path, tmp_path: Path) -> None:
    stranger = _other_company(tmp_path / "stranger.db")
    journal = crash_writer(stranger)
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


def test_another_companys_journal_forged_to_fit_the_counter_is_set_aside(demo_file: Path, tmp_path: Path) -> None:
    """The counter on page 1 is not covered by the record checksum: make it look like B's commit had begun.

    The header rule then cannot tell; the trial rollback on a private copy must.
    """
    stranger = _other_company(tmp_path / "stranger.db")
    journal = bytearray(crash_writer(stranger))
    counter = int.from_bytes(demo_file.read_bytes()[24:28], "big")
    sector, page_size = int.from_bytes(journal[20:24], "big"), int.from_bytes(journal[24:28], "big")
    offset = sector
    while int.from_bytes(journal[offset:offset + 4], "big") != 1:  # find the page-1 record
        offset += page_size + 8
        assert offset < len(journal)
    image = offset + 4
    journal[image + 24:image + 28] = (counter - 1).to_bytes(4, "big")
    journal[image + 92:image + 96] = (counter - 1).to_bytes(4, "big")
    before = _pair(bytes(journal), demo_file)
    _open_and_check(demo_file, bytes(journal), before)


@pytest.mark.parametrize("cut", ["mid-header", "header-only", "mid-first-record", "half", "last-bytes"])
def test_truncated_journal_from_another_copy_is_set_aside(demo_file: Path, tmp_path: Path, cut: str) -> None:
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    save_people(demo_file, "B", 2)
    full = crash_writer(older)
    sector = int.from_bytes(full[20:24], "big")
    length = {"mid-header": 20, "header-only": sector, "mid-first-record": sector + 1000,
              "half": len(full) // 2, "last-bytes": len(full) - 3}[cut]
    journal = full[:length]
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


@pytest.mark.parametrize("seed", range(4))
def test_garbage_with_the_journal_magic_is_set_aside(demo_file: Path, seed: int) -> None:
    rng = random.Random(seed)
    page_size = int.from_bytes(demo_file.read_bytes()[16:18], "big")
    pages = len(demo_file.read_bytes()) // page_size
    if seed % 2:  # a believable header (this file's page size and length), random records
        header = MAGIC + (3).to_bytes(4, "big") + rng.randbytes(4) + pages.to_bytes(4, "big") \
            + (512).to_bytes(4, "big") + page_size.to_bytes(4, "big")
        journal = header + bytes(512 - len(header)) + rng.randbytes(3 * (page_size + 8))
    else:  # the magic, then noise
        journal = MAGIC + rng.randbytes(rng.randrange(10, 20000))
    before = _pair(journal, demo_file)
    _open_and_check(demo_file, journal, before)


def test_check_before_open_judges_the_file_alone_and_changes_nothing(demo_file: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    save_people(demo_file, "B", 2)
    journal = crash_writer(older)
    _pair(journal, demo_file)
    db_bytes = demo_file.read_bytes()
    verdict = check_file(demo_file, supported_version=None)
    assert verdict.status == "needs_recovery" and verdict.detail["foreign_journal"] is True
    assert "another copy" in verdict.message
    assert verdict.detail["table_count"] > 5  # the file itself was read (from a private copy)
    assert demo_file.read_bytes() == db_bytes and journal_of(demo_file).read_bytes() == journal


def test_truncated_file_with_a_foreign_journal_is_called_truncated_and_left_alone(demo_file: Path,
                                                                                 tmp_path: Path) -> None:
    """The journal of another copy must not excuse a half-synced file: it is judged alone and refused."""
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    save_people(demo_file, "B", 2)
    journal = crash_writer(older)
    _pair(journal, demo_file)
    cut = demo_file.read_bytes()[: len(demo_file.read_bytes()) // 2]
    demo_file.write_bytes(cut)
    assert check_file(demo_file, supported_version=None).status == "truncated"
    with pytest.raises(session.FileProblem) as caught:
        session.open_database(demo_file)
    assert caught.value.status == "truncated"
    assert demo_file.read_bytes() == cut and journal_of(demo_file).read_bytes() == journal


def test_cli_sets_a_foreign_journal_aside_and_says_so(home: Path, demo_file: Path, tmp_path: Path) -> None:
    older = tmp_path / "older.db"
    shutil.copyfile(demo_file, older)
    save_people(demo_file, "B", 2)
    journal = crash_writer(older)
    before = _pair(journal, demo_file)
    result = run_cli(home, "--db", str(demo_file), "people")
    assert result.returncode == 0, result.stderr
    assert "B Person 1" in result.stdout and "Never Saved" not in result.stdout
    assert "another copy" in result.stderr and "set aside" in result.stderr
    assert "Traceback" not in result.stderr
    _assert_set_aside(demo_file, journal, before, [result.stderr.replace("\n", " ")])
