"""Issue 9 §5, the lock note: the CLI respects it, every spelling of the file finds one note,
and no note (a lying clock, a huge pid, a year-1 date, garbage) can lock people out for good or raise.

Holders are real processes: the window's code path (`session.lock_for_editing`) in a child
process, or a second `mentordesk` command kept busy reading its CSV from a FIFO. Clocks run
ahead for real under `faketime`; another machine is a child with its own host name
(`unshare -u`) where the system allows it.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import os
import signal
import socket
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mentordesk.services import session
from mentordesk.storage.lock_watch import watch_file
from mentordesk.storage.lockfile import (
    DEFAULT_STALE_AFTER,
    Identity,
    acquire,
    is_stale,
    lock_path_for,
    read_lock,
    refresh,
    take_over,
)

from .conftest import cli_env, run_cli

HOST = socket.gethostname()
PROGRAM = "Growing Leaders 2026"
NEW_PEOPLE = (
    "employee_id,name,email,department,branch,title,manager_employee_id,hire_date,languages,role,"
    "mentor_capacity,competencies,notes\n"
    "X9001,Nora Lockwood,nora.lockwood@example.com,HR,Kraków,Recruiter,,2025-01-06,en,mentee,,,\n"
    "X9002,Omar Keyes,omar.keyes@example.com,Sales,Kraków,Account Manager,,2024-03-04,en,mentee,,,\n"
)
VERDICTS = {"acquired", "held", "stale", "read_only", "error"}

HOLDER = r"""
import os, select, sys
from pathlib import Path
from mentordesk.services import session
from mentordesk.storage.lockfile import Identity, acquire, refresh, release

path = Path(sys.argv[1])
machine = os.environ.get("HOLDER_MACHINE")
if machine:  # another laptop, played without a namespace of its own
    result = acquire(path, identity=Identity("anna", machine, os.getpid(), f"holder-{os.getpid()}"))
else:  # exactly what the window does on open
    result = session.lock_for_editing(path)
print(result.status, flush=True)
if not result.acquired:
    sys.exit(3)
lock, beat = result.lock, float(os.environ.get("HOLDER_BEAT", "0")) or None
while True:  # the window's heartbeat, faster; stdin closing means "close the file"
    ready, _, _ = select.select([sys.stdin], [], [], beat)
    if ready and not sys.stdin.readline():
        release(lock)
        break
    lock = refresh(lock) or lock
"""


# --------------------------------------------------------------------------- helpers


def people_count(db: Path) -> int:
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def wait_for(condition, what: str, timeout: float = 60.0):
    """Poll a real condition (a file appearing, a process exiting) with a bounded deadline."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def can_unshare_hostname() -> bool:
    try:
        return subprocess.run(["unshare", "-u", "true"], check=False, capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def other_machine_prefix(name: str) -> tuple[list[str], dict[str, str]]:
    """Run a child as if on laptop `name`: its own host name if the system allows, else told so."""
    if can_unshare_hostname():
        return ["unshare", "-u", "sh", "-c", 'hostname "$0" && exec "$@"', name], {}
    return [], {"HOLDER_MACHINE": name}


def faketime_prefix(offset: str) -> list[str]:
    if subprocess.run(["sh", "-c", "command -v faketime"], check=False, capture_output=True).returncode != 0:
        pytest.skip("faketime is not installed (apt-get install faketime)")
    return ["faketime", "-f", offset]


@contextmanager
def holder(home: Path, db: Path | str, *, prefix: list[str] | None = None, beat: float = 0.0,
           **env: str) -> Iterator[subprocess.Popen[str]]:
    """A real process holding the note the way the window does, until the block ends."""
    full_env = cli_env(home, HOLDER_BEAT=str(beat), **env)
    proc = subprocess.Popen([*(prefix or []), sys.executable, "-c", HOLDER, str(db)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=full_env, cwd=str(home))
    try:
        status = proc.stdout.readline().strip()  # type: ignore[union-attr]
        assert status == "acquired", f"holder could not take the note: {status!r} {proc.stderr.read()}"  # type: ignore[union-attr]
        yield proc
    finally:
        if proc.poll() is None:
            proc.stdin.close()  # type: ignore[union-attr]
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=30)


def _ctrl_c_as_on_a_terminal() -> None:
    # A shell starts background jobs with SIGINT ignored, and Python keeps it so; on a terminal it is not.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@contextmanager
def busy_cli(home: Path, db: Path, *extra: str) -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """A `mentordesk import-people` that has the file and waits for its CSV on a FIFO."""
    fifo = home / f"incoming-{time.monotonic_ns()}.csv"
    os.mkfifo(fifo)
    proc = subprocess.Popen([sys.executable, "-m", "mentordesk", "--db", str(db), *extra, "import-people", str(fifo)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=cli_env(home),
                            cwd=str(home), preexec_fn=_ctrl_c_as_on_a_terminal)  # noqa: PLW1509 - no threads here
    try:
        wait_for(lambda: held_by(db, proc.pid), "the command's lock note")
        # and past taking it: blocked opening its CSV (the FIFO), where a signal lands in the import
        wait_for(lambda: waits_on_fifo(proc.pid), "the command waiting for its CSV")
        yield proc, fifo
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=60)


def waits_on_fifo(pid: int) -> bool:
    """True once the process sleeps in the kernel's FIFO open (Linux); elsewhere assume it does."""
    wchan = Path(f"/proc/{pid}/wchan")
    if not Path("/proc/self/wchan").exists():
        return True
    try:
        return wchan.read_text() == "wait_for_partner"
    except OSError:
        return False


def held_by(db: Path, pid: int) -> bool:
    info = read_lock(db)
    return info is not None and info.pid == pid


def feed(fifo: Path, text: str) -> None:
    with open(fifo, "w", encoding="utf-8") as fh:
        fh.write(text)


@pytest.fixture
def new_people(home: Path) -> Path:
    path = home / "new-people.csv"
    path.write_text(NEW_PEOPLE, encoding="utf-8")
    return path


@pytest.fixture
def branch_file(demo_file: Path, tmp_path: Path) -> Path:
    """A copy of the company file (same company) with one more person, as a branch would send."""
    from mentordesk.services import people
    from mentordesk.storage.database import Database

    branch = tmp_path / "branch.db"
    branch.write_bytes(demo_file.read_bytes())
    db = Database.open(branch)
    try:
        csv = tmp_path / "one.csv"
        csv.write_text(NEW_PEOPLE.splitlines()[0] + "\n" + NEW_PEOPLE.splitlines()[1] + "\n", encoding="utf-8")
        people.import_people(db, csv)
    finally:
        db.close()
    return branch


def refusal_by(user: str, machine: str) -> str:
    if (user, machine) == (getpass.getuser(), HOST):  # your own other window or command: said so, no host name
        return "Opened for editing by you in another MentorDesk window or command on this computer since"
    return f"Opened for editing by {user} on {machine} since"


# --------------------------------------------------------------------------- 1. the CLI respects the note


WRITE_COMMANDS = {
    "import-people": lambda new, branch: ["import-people", str(new)],
    "demo": lambda new, branch: ["demo"],
    "init": lambda new, branch: ["init"],
    "merge": lambda new, branch: ["merge", str(branch)],
    "match --apply": lambda new, branch: ["match", "--program", PROGRAM, "--apply"],
}


@pytest.mark.parametrize("command", sorted(WRITE_COMMANDS))
def test_write_command_is_refused_while_the_window_holds_the_file(
        home: Path, demo_file: Path, new_people: Path, branch_file: Path, command: str) -> None:
    before, count = digest(demo_file), people_count(demo_file)
    with holder(home, demo_file):
        note = lock_path_for(demo_file).read_bytes()
        res = run_cli(home, "--db", str(demo_file), *WRITE_COMMANDS[command](new_people, branch_file))
        assert res.returncode == 1, res.stderr
        assert refusal_by(getpass.getuser(), HOST) in res.stderr
        assert "nothing was changed" in res.stderr and "--ignore-lock" in res.stderr
        assert "Traceback" not in res.stderr
        assert digest(demo_file) == before and people_count(demo_file) == count
        assert lock_path_for(demo_file).read_bytes() == note  # theirs, untouched


@pytest.mark.parametrize("where", ["before the command", "after the command"])
def test_ignore_lock_goes_ahead_and_leaves_the_holders_note(home: Path, demo_file: Path, new_people: Path,
                                                            where: str) -> None:
    count = people_count(demo_file)
    args = (["--ignore-lock", "import-people", str(new_people)] if where == "before the command"
            else ["import-people", str(new_people), "--ignore-lock"])
    with holder(home, demo_file):
        note = lock_path_for(demo_file).read_bytes()
        res = run_cli(home, "--db", str(demo_file), *args)
        assert res.returncode == 0, res.stderr
        assert "--ignore-lock" in res.stderr and refusal_by(getpass.getuser(), HOST) in res.stderr
        assert people_count(demo_file) == count + 2
        assert lock_path_for(demo_file).read_bytes() == note


def test_read_only_commands_never_need_the_note(home: Path, demo_file: Path, branch_file: Path) -> None:
    commands = [["people"], ["export-people", str(home / "out.csv")], ["check"],
                ["merge", str(branch_file), "--dry-run"],
                ["relationships"], ["attention"], ["match", "--program", PROGRAM]]
    with holder(home, demo_file):
        note = lock_path_for(demo_file).read_bytes()
        for command in commands:
            res = run_cli(home, "--db", str(demo_file), *command)
            assert res.returncode == 0, (command, res.stderr)
            assert "Opened for editing" not in res.stderr, command
        assert lock_path_for(demo_file).read_bytes() == note


def test_a_running_command_holds_the_note_for_the_window_and_other_commands(
        home: Path, demo_file: Path, new_people: Path) -> None:
    count = people_count(demo_file)
    with busy_cli(home, demo_file) as (first, fifo):
        seen_by_window = session.lock_for_editing(demo_file)
        assert seen_by_window.status == "held" and not seen_by_window.acquired
        assert seen_by_window.holder is not None and seen_by_window.holder.pid == first.pid
        second = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
        assert second.returncode == 1 and refusal_by(getpass.getuser(), HOST) in second.stderr
        assert people_count(demo_file) == count
        feed(fifo, NEW_PEOPLE)
        _, err = first.communicate(timeout=120)
        assert first.returncode == 0, err
    assert people_count(demo_file) == count + 2
    assert not lock_path_for(demo_file).exists()  # released when the command ended
    assert session.lock_for_editing(demo_file).acquired


@pytest.mark.parametrize("failing", ["invalid CSV", "missing CSV", "unknown program"])
def test_the_note_is_released_when_a_writing_command_fails(home: Path, demo_file: Path, failing: str) -> None:
    bad = home / "bad.csv"
    bad.write_text(NEW_PEOPLE.replace("nora.lockwood@example.com", "not an e-mail"), encoding="utf-8")
    args = {"invalid CSV": ["import-people", str(bad)], "missing CSV": ["import-people", str(home / "none.csv")],
            "unknown program": ["match", "--program", "No Such Program", "--apply"]}[failing]
    count = people_count(demo_file)
    res = run_cli(home, "--db", str(demo_file), *args)
    assert res.returncode != 0 and "Traceback" not in res.stderr, res.stderr
    assert not lock_path_for(demo_file).exists()
    assert people_count(demo_file) == count
    assert session.lock_for_editing(demo_file).acquired  # the window opens it for editing straight away


@pytest.mark.parametrize(("signum", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_ctrl_c_and_sigterm_release_the_note(home: Path, demo_file: Path, signum: int, code: int) -> None:
    count = people_count(demo_file)
    with busy_cli(home, demo_file) as (proc, _fifo):
        proc.send_signal(signum)
        _, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert "Traceback" not in err
    assert not lock_path_for(demo_file).exists()
    assert people_count(demo_file) == count


def test_a_killed_command_leaves_a_note_the_next_command_takes_over_and_says_so(
        home: Path, demo_file: Path, new_people: Path) -> None:
    count = people_count(demo_file)
    with busy_cli(home, demo_file) as (proc, _fifo):
        proc.kill()
        proc.wait(timeout=60)
        assert read_lock(demo_file).pid == proc.pid  # type: ignore[union-attr]  # left behind by kill -9
    res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
    assert res.returncode == 0, res.stderr
    assert "no longer running" in res.stderr and "took the file over" in res.stderr
    assert people_count(demo_file) == count + 2
    assert not lock_path_for(demo_file).exists()


def test_a_stale_note_from_another_machine_is_taken_over_and_said(home: Path, demo_file: Path,
                                                                  new_people: Path) -> None:
    two_days_ago = datetime.now(UTC) - timedelta(days=2)
    assert acquire(demo_file, identity=Identity("anna", "OLD-LAPTOP", 4242, "old"), now=two_days_ago).acquired
    old = two_days_ago.timestamp()
    os.utime(lock_path_for(demo_file), (old, old))
    count = people_count(demo_file)
    res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
    assert res.returncode == 0, res.stderr
    assert refusal_by("anna", "OLD-LAPTOP") in res.stderr and "took the file over" in res.stderr
    assert people_count(demo_file) == count + 2
    assert not lock_path_for(demo_file).exists()


# --------------------------------------------------------------------------- 2. one note per real file


def spellings(real: Path, scratch: Path) -> dict[str, Path]:
    """Other names for `real`: a file symlink, a folder symlink, `..` and doubled separators."""
    scratch.mkdir(exist_ok=True)
    file_link = scratch / "company-link.db"
    file_link.symlink_to(real)
    folder_link = scratch / "share"
    folder_link.symlink_to(real.parent, target_is_directory=True)
    (real.parent / "sub").mkdir(exist_ok=True)
    link_to_link = scratch / "link2.db"
    link_to_link.symlink_to(file_link)
    return {
        "file symlink": file_link,
        "folder symlink": folder_link / real.name,
        "dotdot": real.parent / "sub" / ".." / real.name,
        "double separators": Path(str(real.parent) + "//./" + real.name),
        "link to a link": link_to_link,
    }


def test_every_spelling_of_the_file_finds_the_one_note_beside_the_real_file(demo_file: Path, tmp_path: Path,
                                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    names = spellings(demo_file, tmp_path / "elsewhere")
    monkeypatch.chdir(tmp_path / "elsewhere")
    names["relative"] = Path(os.path.relpath(demo_file))
    names["relative through the folder link"] = Path("share") / demo_file.name
    real_note = demo_file.parent / f".{demo_file.name}.mentordesk-lock"
    anna = Identity("anna", "LAPTOP-7", 4242, "anna")
    for how, name in names.items():
        assert lock_path_for(name) == real_note, how
        first = acquire(name, identity=anna)
        assert first.acquired and real_note.exists(), how
        second = acquire(demo_file, identity=Identity("ben", "LAPTOP-9", 4343, "ben"))
        assert second.status == "held" and second.holder.user == "anna", how  # type: ignore[union-attr]
        other = acquire(names["file symlink"], identity=Identity("cleo", "LAPTOP-3", 4444, "cleo"))
        assert other.status == "held", how
        assert [p.name for p in (tmp_path / "elsewhere").iterdir() if "mentordesk-lock" in p.name] == [], how
        real_note.unlink()


@pytest.mark.parametrize("held_through", ["real path", "file symlink", "folder symlink"])
def test_cli_through_any_spelling_is_refused_while_the_window_holds_the_file(
        home: Path, demo_file: Path, new_people: Path, tmp_path: Path, held_through: str) -> None:
    names = spellings(demo_file, tmp_path / "elsewhere")
    names["relative from the command's folder"] = Path(os.path.relpath(demo_file, home))
    names["real path"] = demo_file
    held_by = names[held_through]
    if held_through != "real path":  # every spelling against the real path; against the links, a few
        names = {k: names[k] for k in ("real path", "relative from the command's folder", "dotdot")}
    count = people_count(demo_file)
    with holder(home, held_by):
        assert lock_path_for(demo_file).exists()
        for how, name in names.items():
            res = run_cli(home, "--db", str(name), "import-people", str(new_people))
            assert res.returncode == 1, (how, res.stderr)
            assert refusal_by(getpass.getuser(), HOST) in res.stderr, how
            assert people_count(demo_file) == count, how


# --------------------------------------------------------------------------- 3. notes that lie or are garbage


def write_note(db: Path, **fields: object) -> Path:
    data = {"app": "MentorDesk", "user": "anna", "machine": "FAST-LAPTOP", "pid": 4242, "token": "fast",
            "since": "2026-11-02T09:14:00+00:00", "heartbeat": "2026-11-02T09:14:00+00:00"}
    data.update(fields)
    note = lock_path_for(db)
    note.write_text(json.dumps(data), encoding="utf-8")
    return note


LYING_NOTES = {
    "year 1 with an eastern offset": {"since": "0001-01-01T00:00:00+14:00", "heartbeat": "0001-01-01T00:00:00+14:00"},
    "year 9999 with a western offset": {"since": "9999-12-31T23:59:59-12:00", "heartbeat": "9999-12-31T23:59:59-12:00"},
    "heartbeat a year ahead": {"heartbeat": (datetime.now(UTC) + timedelta(days=365)).isoformat()},
    "huge pid from this machine": {"machine": HOST, "pid": 2**70},
    "huge pid from another machine": {"pid": 2**70},
    "negative pid from this machine": {"machine": HOST, "pid": -1},
    "control characters in the names": {"user": "anna\x1b[2J\x07", "machine": "LAPTOP\u202e7\r\n"},
}


@pytest.mark.parametrize("kind", sorted(LYING_NOTES))
def test_odd_notes_give_a_sentence_through_the_cli_never_a_traceback(home: Path, demo_file: Path,
                                                                    new_people: Path, kind: str) -> None:
    write_note(demo_file, **LYING_NOTES[kind])
    count = people_count(demo_file)
    res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
    assert "Traceback" not in res.stderr and "OverflowError" not in res.stderr, res.stderr
    assert not any(ch in res.stderr for ch in "\x1b\x07\r\u202e")
    if LYING_NOTES[kind].get("machine") == HOST:  # no such process here: taken over, and said
        assert res.returncode == 0 and "took the file over" in res.stderr, res.stderr
        assert people_count(demo_file) == count + 2
    else:  # just written, so alive whatever its dates say
        assert res.returncode == 1 and "Opened for editing by anna" in res.stderr, res.stderr
        assert people_count(demo_file) == count


def test_a_note_with_future_dates_goes_stale_once_it_stops_changing(demo_file: Path) -> None:
    """Dates a year ahead and a file time a year ahead (as a sync service copies it) say nothing:
    this machine watches the note, and a note unchanged for the stale period is stale."""
    t0 = datetime.now(UTC)
    fast = Identity("anna", "FAST-LAPTOP", 4242, "fast")
    ben = Identity("ben", "LAPTOP-9", 4343, "ben")
    ahead = t0 + timedelta(days=365)
    held = acquire(demo_file, identity=fast, now=ahead)
    assert held.lock is not None
    note = lock_path_for(demo_file)
    os.utime(note, (ahead.timestamp(), ahead.timestamp()))
    assert acquire(demo_file, identity=ben, now=t0).status == "held"
    assert acquire(demo_file, identity=ben, now=t0 + timedelta(hours=6)).status == "held"
    # The holder is alive: its heartbeat changes the note (its clock still a year ahead).
    assert refresh(held.lock, now=ahead + timedelta(hours=6)) is not None
    os.utime(note, (ahead.timestamp(), ahead.timestamp()))
    assert acquire(demo_file, identity=ben, now=t0 + timedelta(hours=7)).status == "held"
    assert take_over(demo_file, identity=ben, now=t0 + timedelta(hours=13)).status == "held"  # changed 7 h ago
    # Then it falls silent for the stale period, as far as this machine can see.
    later = t0 + timedelta(hours=7) + DEFAULT_STALE_AFTER + timedelta(minutes=1)
    assert read_lock(demo_file).token == "fast"  # type: ignore[union-attr]
    assert acquire(demo_file, identity=ben, now=later).status == "stale"
    taken = take_over(demo_file, identity=ben, now=later)
    assert taken.acquired and taken.took_over_from is not None and taken.took_over_from.user == "anna"
    assert read_lock(demo_file).token == "ben"  # type: ignore[union-attr]


def test_garbage_note_with_a_future_file_time_does_not_lock_out_for_good(demo_file: Path) -> None:
    note = lock_path_for(demo_file)
    note.write_bytes(b"\x00\xff not a note")
    ahead = time.time() + 365 * 86400
    os.utime(note, (ahead, ahead))
    t0 = datetime.now(UTC)
    me = Identity("ben", "LAPTOP-9", 4343, "ben")
    assert acquire(demo_file, identity=me, now=t0).status == "held"  # maybe being written right now
    res = acquire(demo_file, identity=me, now=t0 + timedelta(minutes=1))
    assert res.acquired and read_lock(demo_file).token == "ben"  # type: ignore[union-attr]


def test_the_watch_file_is_owner_only_and_holds_no_names_or_paths(demo_file: Path) -> None:
    write_note(demo_file, user="anna-secret-name")
    assert acquire(demo_file, identity=Identity("ben", "LAPTOP-9", 4343, "ben")).status == "held"
    store = watch_file()
    assert store.exists()
    assert stat.S_IMODE(store.stat().st_mode) == 0o600
    text = store.read_text(encoding="utf-8")
    assert "anna-secret-name" not in text and demo_file.name not in text and str(demo_file.parent) not in text


@pytest.mark.parametrize("kind", ["folder", "fifo", "symlink to a device", "dangling symlink", "symlink loop"])
def test_a_note_that_is_not_a_file_gives_a_verdict_without_hanging(demo_file: Path, kind: str) -> None:
    note = lock_path_for(demo_file)
    if kind == "folder":
        note.mkdir()
    elif kind == "fifo":
        os.mkfifo(note)
    elif kind == "symlink to a device":
        note.symlink_to("/dev/zero")
    elif kind == "dangling symlink":
        note.symlink_to(demo_file.parent / "nowhere")
    else:
        note.symlink_to(note)
    old = time.time() - 3600
    os.utime(note, (old, old), follow_symlinks=False)
    me = Identity("ben", "LAPTOP-9", 4343, "ben")
    assert read_lock(demo_file) is None
    first = acquire(demo_file, identity=me)
    assert first.status in VERDICTS and first.message
    if first.acquired:  # replaced by a real note of ours
        assert read_lock(demo_file).token == "ben"  # type: ignore[union-attr]
    assert take_over(demo_file, identity=me).status in VERDICTS


_offsets = st.integers(min_value=-1439, max_value=1439).map(lambda m: timezone(timedelta(minutes=m)))
_odd_dates = st.one_of(
    st.sampled_from(["0001-01-01T00:00:00+14:00", "0001-01-01", "9999-12-31T23:59:59.999999-12:00", "9999-12-31",
                     "2026-02-30T00:00:00", "", "now", "2026-11-02T09:14:00+25:00", "1970-01-01T00:00:00Z",
                     "+275760-09-13T00:00:00Z", "2026-11-02T09:14:00\x00"]),
    st.datetimes(timezones=_offsets).map(lambda d: d.isoformat()),
    st.text(max_size=30),
)
_ints = st.one_of(st.integers(), st.integers(min_value=-(2**300), max_value=2**300),
                  st.sampled_from([0, -1, 2**31, 2**32, 2**63, 2**64 + 1, os.getpid(), True]))


def _nested(inner: st.SearchStrategy[object]) -> st.SearchStrategy[object]:
    return st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)


_json = st.recursive(st.none() | st.booleans() | st.floats() | _ints | st.text(max_size=20), _nested, max_leaves=10)
_fields = st.fixed_dictionaries(
    {"user": st.text() | _json, "machine": st.sampled_from([HOST, HOST.upper() + ".corp", "OTHER"]) | st.text() | _json,
     "pid": _ints | _json, "token": st.text(max_size=30) | _json, "since": _odd_dates | _json,
     "heartbeat": _odd_dates | _json},
    optional={"beat": _ints | _json, "app": _json},
)
_note_bytes = st.one_of(
    _fields.map(lambda d: json.dumps(d).encode("utf-8")),
    _json.map(lambda v: json.dumps(v).encode("utf-8")),
    st.binary(max_size=300),
    st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.integers(min_value=1, max_value=5000).map(lambda n: b"[" * n + b"]" * n),
    st.integers(min_value=1, max_value=6000).map(lambda n: b'{"pid": ' + b"9" * n + b"}"),
)


@given(raw=_note_bytes, age=st.none() | st.floats(min_value=-4e8, max_value=4e8))
@settings(max_examples=250, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
def test_no_value_in_a_note_can_raise_only_give_a_verdict(tmp_path: Path, raw: bytes, age: float | None) -> None:
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    db = folder / "acme.db"
    db.write_bytes(b"")
    note = lock_path_for(db)
    note.write_bytes(raw)
    if age is not None:
        os.utime(note, (time.time() - age, time.time() - age))
    info = read_lock(db)
    if info is not None:
        assert isinstance(is_stale(info), bool)
        assert isinstance(is_stale(info, db_path=db), bool)
        assert info.describe().isprintable()
        assert info.since.tzinfo is not None and info.heartbeat.tzinfo is not None
    me = Identity("ben", "LAPTOP-9", 4343, "tok-ben")
    for result in (acquire(db, identity=me), take_over(db, identity=me)):
        assert result.status in VERDICTS and result.message.isprintable()
        if result.acquired:
            assert read_lock(db).token == "tok-ben"  # type: ignore[union-attr]
        if result.holder is not None:
            assert result.holder.describe().isprintable()


# --------------------------------------------------------------------------- clocks that run ahead, for real


def test_live_holder_whose_clock_is_a_year_ahead_still_holds(home: Path, demo_file: Path, new_people: Path) -> None:
    prefix, env = other_machine_prefix("FAST-LAPTOP")
    count = people_count(demo_file)
    with holder(home, demo_file, prefix=[*prefix, *faketime_prefix("+365d")], beat=0.2, **env):
        info = read_lock(demo_file)
        assert info is not None and info.machine == "FAST-LAPTOP"
        assert info.heartbeat > datetime.now(UTC) + timedelta(days=300)  # its clock really is ahead
        res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
        assert res.returncode == 1, res.stderr
        assert refusal_by(info.user, "FAST-LAPTOP") in res.stderr and "ahead" in res.stderr
        assert people_count(demo_file) == count


def test_crashed_holder_whose_clock_was_a_year_ahead_goes_stale_when_its_note_stops_changing(
        home: Path, demo_file: Path, new_people: Path) -> None:
    prefix, env = other_machine_prefix("FAST-LAPTOP")
    count = people_count(demo_file)
    with holder(home, demo_file, prefix=[*prefix, *faketime_prefix("+365d")], **env) as proc:
        info = read_lock(demo_file)
        assert info is not None and info.heartbeat > datetime.now(UTC) + timedelta(days=300)
        os.kill(info.pid, signal.SIGKILL)  # the python process itself, under any wrapper
        wait_for(lambda: proc.poll() is not None, "the holder to die")
    assert read_lock(demo_file) == info  # left behind, heartbeat a year ahead
    res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
    assert res.returncode == 1 and people_count(demo_file) == count  # just written: could still be alive
    # As this machine's file system shows the note once the stale period has passed without a change:
    quiet = time.time() - DEFAULT_STALE_AFTER.total_seconds() - 60
    os.utime(lock_path_for(demo_file), (quiet, quiet))
    res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people))
    assert res.returncode == 0, res.stderr
    assert "took the file over" in res.stderr
    assert people_count(demo_file) == count + 2


@pytest.mark.parametrize("offset", ["+365d", "-365d", "+13h"])
def test_a_command_whose_own_clock_is_wrong_does_not_take_a_live_note(home: Path, demo_file: Path,
                                                                      new_people: Path, offset: str) -> None:
    prefix, env = other_machine_prefix("LAPTOP-7")
    count = people_count(demo_file)
    with holder(home, demo_file, prefix=prefix, beat=0.2, **env):
        res = run_cli(home, "--db", str(demo_file), "import-people", str(new_people),
                      prefix=faketime_prefix(offset))
        assert res.returncode == 1, res.stderr
        assert "LAPTOP-7" in res.stderr and "took the file over" not in res.stderr
        assert people_count(demo_file) == count
