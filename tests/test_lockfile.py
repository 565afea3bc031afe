"""Lock note beside the database: two apps, crashes, stale notes, garbage, read-only folders."""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mentordesk.storage import lockfile
from mentordesk.storage.lockfile import (
    Identity,
    LockInfo,
    acquire,
    is_stale,
    lock_path_for,
    read_lock,
    refresh,
    release,
    take_over,
)

HOST = socket.gethostname()
NOW = datetime(2026, 11, 2, 9, 14, tzinfo=UTC)


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "Mentoring.db"
    path.write_bytes(b"")
    return path


def app(name: str, token: str, pid: int | None = None, machine: str = HOST) -> Identity:
    return Identity(user=name, machine=machine, pid=pid if pid is not None else os.getpid(), token=token)


def dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()  # reaped: the pid now names no process
    return proc.pid


def test_lock_note_name_is_beside_the_file_and_not_ignored_by_sync_services(db: Path) -> None:
    note = lock_path_for(db)
    assert note.parent == db.parent
    assert db.name in note.name
    # Dropbox ignores ".~*" and "~$*"; some OneDrive tools refuse names starting with "~".
    assert not note.name.startswith((".~", "~"))


def test_first_app_acquires_and_note_is_complete_json_owner_only(db: Path) -> None:
    res = acquire(db, identity=app("anna", "tok-a"), now=NOW)
    assert res.acquired and res.status == "acquired"
    data = json.loads(lock_path_for(db).read_text())
    assert data["user"] == "anna" and data["machine"] == HOST and data["token"] == "tok-a"
    assert data["pid"] == os.getpid()
    assert datetime.fromisoformat(data["since"]) == NOW
    assert datetime.fromisoformat(data["heartbeat"]) == NOW
    assert stat.S_IMODE(lock_path_for(db).stat().st_mode) == 0o600


def test_second_app_is_refused_with_holders_name(db: Path) -> None:
    first = acquire(db, identity=app("anna", "tok-a"), now=NOW)
    assert first.acquired
    before = lock_path_for(db).read_bytes()
    second = acquire(db, identity=app("ben", "tok-b", machine="LAPTOP-9"), now=NOW + timedelta(minutes=5))
    assert not second.acquired
    assert second.status == "held"
    assert second.holder is not None and second.holder.user == "anna"
    assert "Opened for editing by anna on " + HOST + " since" in second.message
    assert lock_path_for(db).read_bytes() == before  # not taken


def test_describe_uses_local_clock_time() -> None:
    since = datetime.now(UTC).replace(microsecond=0)
    info = LockInfo("anna", "LAPTOP-7", 1, "t", since, since)
    assert info.describe() == f"Opened for editing by anna on LAPTOP-7 since {since.astimezone():%H:%M}"


def test_same_app_acquiring_again_gets_its_own_lock(db: Path) -> None:
    me = app("anna", "tok-a")
    first = acquire(db, identity=me, now=NOW)
    again = acquire(db, identity=me, now=NOW + timedelta(hours=1))
    assert again.acquired and again.lock is not None
    assert again.lock.info.token == "tok-a"
    assert first.lock is not None and again.lock.info.since == first.lock.info.since


def test_note_from_dead_process_on_this_machine_is_taken_over(db: Path) -> None:
    pid = dead_pid()
    crashed = app("anna", "tok-crashed", pid=pid)
    assert acquire(db, identity=crashed, now=NOW).acquired
    info = read_lock(db)
    assert info is not None and is_stale(info, NOW + timedelta(minutes=1))
    res = acquire(db, identity=app("anna", "tok-new"), now=NOW + timedelta(minutes=1))
    assert res.acquired
    assert res.took_over_from is not None and res.took_over_from.token == "tok-crashed"
    assert read_lock(db).token == "tok-new"  # type: ignore[union-attr]


def test_live_process_on_this_machine_is_not_stale(db: Path) -> None:
    info = LockInfo("anna", HOST, os.getpid(), "t", NOW, NOW)
    assert not is_stale(info, NOW + timedelta(hours=1))


def test_dead_pid_on_another_machine_is_not_judged_by_pid(db: Path) -> None:
    # That pid means nothing here; the other laptop's process may be alive.
    info = LockInfo("anna", "OTHER-LAPTOP", dead_pid(), "t", NOW, NOW)
    assert not is_stale(info, NOW + timedelta(hours=1))


def test_stale_by_age_is_reported_but_not_taken_without_asking(db: Path) -> None:
    other = app("anna", "tok-a", machine="LAPTOP-7")
    assert acquire(db, identity=other, now=NOW).acquired
    later = NOW + timedelta(hours=13)
    res = acquire(db, identity=app("ben", "tok-b"), now=later)
    assert res.status == "stale" and not res.acquired
    assert res.holder is not None and res.holder.user == "anna"
    assert read_lock(db).token == "tok-a"  # type: ignore[union-attr]

    taken = take_over(db, identity=app("ben", "tok-b"), now=later)
    assert taken.acquired
    assert taken.took_over_from is not None and taken.took_over_from.user == "anna"
    assert read_lock(db).token == "tok-b"  # type: ignore[union-attr]
    assert stat.S_IMODE(lock_path_for(db).stat().st_mode) == 0o600
    assert [p.name for p in db.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_take_over_refuses_a_live_lock(db: Path) -> None:
    assert acquire(db, identity=app("anna", "tok-a", machine="LAPTOP-7"), now=NOW).acquired
    res = take_over(db, identity=app("ben", "tok-b"), now=NOW + timedelta(hours=1))
    assert res.status == "held" and not res.acquired
    assert read_lock(db).token == "tok-a"  # type: ignore[union-attr]


def test_heartbeat_keeps_a_long_session_fresh(db: Path) -> None:
    res = acquire(db, identity=app("anna", "tok-a", machine="LAPTOP-7"), now=NOW)
    assert res.lock is not None
    renewed = refresh(res.lock, now=NOW + timedelta(hours=11))
    assert renewed is not None
    info = read_lock(db)
    assert info is not None
    assert info.since == NOW  # opening time kept for the message
    assert info.heartbeat == NOW + timedelta(hours=11)
    # 13 h after opening but 2 h after the heartbeat: still in use.
    assert not is_stale(info, NOW + timedelta(hours=13), this_machine="ELSEWHERE")
    refused = acquire(db, identity=app("ben", "tok-b"), now=NOW + timedelta(hours=13))
    assert refused.status == "held"


def test_refresh_after_being_taken_over_reports_loss(db: Path) -> None:
    res = acquire(db, identity=app("anna", "tok-a", machine="LAPTOP-7"), now=NOW)
    assert res.lock is not None
    assert take_over(db, identity=app("ben", "tok-b"), now=NOW + timedelta(hours=20)).acquired
    assert refresh(res.lock, now=NOW + timedelta(hours=21)) is None
    assert read_lock(db).token == "tok-b"  # type: ignore[union-attr]


def test_release_only_by_owner(db: Path) -> None:
    anna = acquire(db, identity=app("anna", "tok-a", machine="LAPTOP-7"), now=NOW)
    assert anna.lock is not None
    ben = take_over(db, identity=app("ben", "tok-b"), now=NOW + timedelta(hours=20))
    assert ben.lock is not None
    assert release(anna.lock) is False  # anna's old handle must not remove ben's note
    assert lock_path_for(db).exists()
    assert release(ben.lock) is True
    assert not lock_path_for(db).exists()
    assert release(ben.lock) is False


@pytest.mark.parametrize(
    "content",
    [b"", b"{\"user\": \"anna\", \"mach", b"\xff\xfe garbage", b"[1, 2]", b'{"user": "a"}', b"x" * 100_000],
)
def test_garbage_note_is_none_and_replaced_once_old(db: Path, content: bytes) -> None:
    note = lock_path_for(db)
    note.write_bytes(content)
    assert read_lock(db) is None
    old = time.time() - 3600
    os.utime(note, (old, old))
    res = acquire(db, identity=app("anna", "tok-a"))
    assert res.acquired
    assert read_lock(db).token == "tok-a"  # type: ignore[union-attr]


def test_brand_new_empty_note_is_respected(db: Path) -> None:
    # Another app may have just created it with O_EXCL and not yet written it.
    lock_path_for(db).write_bytes(b"")
    res = acquire(db, identity=app("anna", "tok-a"))
    assert res.status == "held" and not res.acquired
    assert lock_path_for(db).read_bytes() == b""


def test_read_lock_without_note_is_none(db: Path) -> None:
    assert read_lock(db) is None


def test_read_only_folder_reports_read_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "share"
    folder.mkdir()
    db = folder / "Mentoring.db"
    db.write_bytes(b"")
    folder.chmod(0o500)
    try:
        if os.access(folder, os.W_OK):  # root ignores modes: simulate the refusal
            real_open = os.open

            def refusing_open(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
                if flags & os.O_CREAT:
                    raise PermissionError(13, "Permission denied", str(path))
                return real_open(path, flags, *args, **kwargs)

            monkeypatch.setattr(lockfile.os, "open", refusing_open)
        res = acquire(db, identity=app("anna", "tok-a"))
    finally:
        folder.chmod(0o700)
    assert res.status == "read_only" and not res.acquired
    assert "read-only" in res.message
    assert not lock_path_for(db).exists()


def test_disk_full_leaves_no_half_note(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    def full(fd: int, data: bytes) -> int:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(lockfile.os, "write", full)
    res = acquire(db, identity=app("anna", "tok-a"))
    assert res.status == "error" and "disk is full" in res.message
    assert not lock_path_for(db).exists()


def test_future_heartbeat_from_fast_clock_is_fresh() -> None:
    info = LockInfo("anna", "LAPTOP-7", 1, "t", NOW, NOW + timedelta(hours=2))
    assert not is_stale(info, NOW, this_machine="HERE")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@given(st.one_of(st.text(max_size=300), st.builds(json.dumps, st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(
        ["user", "machine", "pid", "token", "since", "heartbeat", "x"]), inner, max_size=7),
    max_leaves=12,
))))
@settings(max_examples=300, deadline=None)
def test_any_note_text_parses_or_is_none_never_raises(text: str) -> None:
    info = LockInfo.from_json(text)
    assert info is None or (info.user and info.machine and info.token and info.since.tzinfo is not None)


def test_note_round_trips() -> None:
    info = LockInfo("anna", "LAPTOP-7", 4242, "tok", NOW, NOW + timedelta(minutes=3))
    assert LockInfo.from_json(info.to_json()) == info
