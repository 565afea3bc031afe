"""Real crashes for the journal and recovery tests: a writer killed with SIGKILL inside its save.

A hot journal here is never forged from scratch: a real MentorDesk process opens
the file, starts a transaction that changes many pages (a tiny page cache makes
SQLite write some of them into the file early, so the journal is synced and
hot) and is killed while it waits inside that transaction.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

from mentordesk.models import Person
from mentordesk.services import people
from mentordesk.storage.database import Database

ROOT = Path(__file__).resolve().parents[2]

KILLED_WRITER = textwrap.dedent(
    """
    import os, sys, time
    from mentordesk.models import Person
    from mentordesk.storage import people_repo
    from mentordesk.storage.database import Database

    db = Database.open(sys.argv[1])
    # a small page cache spills early: the journal is synced (hot) mid-transaction
    db.conn.execute("PRAGMA cache_size = %d" % int(os.environ.get("WRITER_CACHE_PAGES", "5")))
    with db.transaction() as conn:
        people_repo.insert_person(conn, Person(employee_id="KILLED-1", name="Never Saved",
                                               email="never@example.com", notes="n" * 20000))
        # enough changed pages to spill even a 60-page cache, so the journal is hot
        conn.execute("UPDATE people SET notes = notes || ?", ("changed by the killed writer " * 100,))
        print("writing", flush=True)
        time.sleep(600)
    """
)


def journal_of(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def crash_writer(path: Path, cache_pages: int = 5) -> bytes:
    """Kill a real writer inside its transaction; returns the hot journal it left beside `path`."""
    env = dict(os.environ, PYTHONPATH=str(ROOT), MENTORDESK_SITE="killed-site",
               WRITER_CACHE_PAGES=str(cache_pages))
    proc = subprocess.Popen([sys.executable, "-c", KILLED_WRITER, str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    try:
        line = proc.stdout.readline().strip()
        assert line == "writing", proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    data = journal_of(path).read_bytes()
    assert data[:1] != b"\x00", "the killed writer left no hot journal"
    return data


def dump(path: Path) -> list[str]:
    """Every row of every table, read without any journal beside it (from a private copy)."""
    copy = path.with_name(path.name + ".dump-copy")
    shutil.copyfile(path, copy)
    try:
        conn = sqlite3.connect(f"{copy.as_uri()}?mode=ro", uri=True)
        try:
            return list(conn.iterdump())
        finally:
            conn.close()
    finally:
        copy.unlink()


def dump_open(db: Database) -> list[str]:
    return list(db.conn.iterdump())


def save_people(path: Path, prefix: str, count: int, notes_size: int = 100) -> None:
    """`count` separate saves through the service layer (each one commit, so the change counter moves)."""
    db = Database.open(path)
    try:
        for i in range(count):
            people.add_person(db, Person(employee_id=f"{prefix}{i}", name=f"{prefix} Person {i}",
                                         email=f"{prefix.lower()}{i}@example.com",
                                         notes=f"{prefix} " * (notes_size * i // 2)))
    finally:
        db.close()


def set_aside_files(folder: Path, name: str) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.name.startswith(f"{name} set-aside journal"))


def backups_folder_copies(db_path: Path) -> list[Path]:
    from mentordesk.storage.backup import backups_dir_for

    folder = backups_dir_for(db_path)
    if not folder.exists():
        return []
    return sorted(p for p in folder.iterdir() if "set-aside journal" in p.name)


UNDELETABLE_JOURNAL_WRITER = textwrap.dedent(
    """
    import sys
    from mentordesk.storage.database import Database

    db = Database.open(sys.argv[1])
    db.conn.execute("PRAGMA cache_size = 5")
    try:
        with db.transaction() as conn:
            conn.execute("UPDATE people SET notes = notes || ?", ("committed but not finished " * 10,))
            print("writing", flush=True)
            sys.stdin.readline()  # the folder is made read-only now: the journal cannot be deleted
    except Exception as exc:
        print("failed", type(exc).__name__, flush=True)
    else:
        print("committed", flush=True)
    sys.stdin.readline()
    """
)


def crash_after_commit_wrote(path: Path, nobody: list[str]) -> None:
    """A genuine crash in the commit phase: every page written (counter +1), the journal not yet deleted.

    The writer runs unprivileged in a folder it may write; once its pages are journaled the folder is
    made read-only, so SQLite writes the commit into the file but cannot delete the journal.
    """
    env = dict(os.environ, PYTHONPATH=str(ROOT), MENTORDESK_SITE="commit-site",
               MENTORDESK_CONFIG_DIR=str(path.parent.parent / "home"))
    proc = subprocess.Popen([*nobody, sys.executable, "-c", UNDELETABLE_JOURNAL_WRITER, str(path)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    try:
        assert proc.stdout.readline().strip() == "writing", proc.stderr.read()
        os.chmod(path.parent, 0o555)
        proc.stdin.write("\n")
        proc.stdin.flush()
        outcome = proc.stdout.readline().strip()
        assert outcome.startswith("failed"), outcome + proc.stderr.read()
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        os.chmod(path.parent, 0o777)
