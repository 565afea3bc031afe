"""A lock note beside the database file, so a second person is told who has it open.

SQLite's own locks protect a single write, not a working session, and they do not
travel through Dropbox or OneDrive at all. Like LibreOffice's `.~lock.name#`, we
leave a small JSON note next to the file naming who opened it, on which machine,
and since when. It is advisory: nothing stops a determined user, but the usual
accident (two laptops editing the same file at once) is caught and explained.

Why the note is *not* called `.~lock.name#`: Dropbox silently ignores files whose
names start with `.~` or `~$` (Insync does the same for `.~lock`, and some
OneDrive tools refuse names starting with `~`), so such a note would never reach
the other laptops. We use `.<name>.mentordesk-lock` instead, which every common
sync service copies.

The note follows the file's real path: a symlink, a `..` or any other spelling
of the same file finds the one note beside the real file.

A holder is gone when its process no longer runs on this machine, or when its
note has not changed for the stale period. The window (and a writing CLI
command, `cli/write_lock.py`) rewrites the note every few minutes (a
heartbeat), so a long session is never mistaken for a crash;
how "has not changed" is judged without trusting the holder's clock is told in
`lock_watch`. Parsing the note, which may hold anything, is in `lock_notes`;
writing it in `lock_write`; the outcomes and their sentences in `lock_results`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..i18n import gettext as _
from .local_process import pid_running as _pid_running
from .local_process import same_machine as _same_machine
from .lock_notes import CLOCK_TOLERANCE, LockInfo, NoteState, machine_name, read_state
from .lock_place import LOCK_PREFIX, LOCK_SUFFIX, lock_path_for, real_path  # re-exported
from .lock_results import (
    LockResult,
    held_result,
    long_quiet_result,
    os_error_result,
    stale_result,
    unknown_holder_result,
)
from .lock_watch import has_been_quiet
from .lock_write import write_new_exclusive, write_replace

__all__ = [
    "DEFAULT_STALE_AFTER",
    "LOCK_PREFIX",
    "LOCK_SUFFIX",
    "HeldLock",
    "Identity",
    "LockInfo",
    "LockResult",
    "acquire",
    "is_stale",
    "lock_path_for",
    "read_lock",
    "real_path",
    "refresh",
    "release",
    "take_over",
]

DEFAULT_STALE_AFTER = timedelta(hours=12)

# A note that exists but cannot be parsed may be one another app has just created
# with O_EXCL and not yet filled in. Only once it is this old do we call it garbage.
GARBAGE_GRACE = timedelta(seconds=30)

_PROCESS_TOKEN = os.urandom(16).hex()  # 32 hex digits, like uuid4().hex, without uuid's platform import


def _utcnow() -> datetime:
    return datetime.now(UTC)


def _safe_getuser() -> str:
    # getpass.getuser() raises when no login name is known (some services, containers).
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - any failure just means "unknown"
        return "unknown user"


@dataclass(frozen=True)
class Identity:
    """Who we are. Tests pass their own to play two apps in one process."""

    user: str
    machine: str
    pid: int
    token: str

    @classmethod
    def current(cls) -> Identity:
        # One token per running app, so a second window of the same app recognises
        # its own note but a second app on the same laptop does not.
        return cls(_safe_getuser(), machine_name(), os.getpid(), _PROCESS_TOKEN)


@dataclass(frozen=True)
class HeldLock:
    """Proof that we hold the note; needed to refresh or release it."""

    db_path: Path
    info: LockInfo
    note: Path | None = None

    @property
    def path(self) -> Path:
        """The note we wrote, fixed when we wrote it (a symlink changed later must not move it)."""
        return self.note if self.note is not None else lock_path_for(self.db_path)


# --------------------------------------------------------------------------- reading


def read_lock(db_path: str | os.PathLike[str]) -> LockInfo | None:
    """The current note, or None if there is none or it is unreadable garbage."""
    return read_state(lock_path_for(db_path)).info


# --------------------------------------------------------------------------- staleness


def _dead_here(info: LockInfo, me: Identity) -> bool:
    return _same_machine(info.machine, me.machine) and not _pid_running(info.pid)


def is_stale(
    info: LockInfo,
    now: datetime | None = None,
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    *,
    this_machine: str | None = None,
    db_path: str | os.PathLike[str] | None = None,
) -> bool:
    """Whether the holder has evidently gone away. Never raises, whatever the note holds.

    Either the note comes from this machine and its process no longer runs (a
    crash), or the note has not changed for `stale_after`. Given `db_path`, the
    note on disk is judged as `lock_watch` describes (what this machine has seen,
    the file's modification time, the heartbeat; dates in the future say
    nothing). Without it only the heartbeat is known, and one in the future
    (another laptop's clock is ahead) counts as fresh.
    """
    now = now or _utcnow()
    machine = this_machine if this_machine is not None else machine_name()
    if _same_machine(info.machine, machine) and not _pid_running(info.pid):
        return True
    if db_path is not None:
        note = lock_path_for(db_path)
        state = read_state(note)
        heartbeat = state.info.heartbeat if state.info is not None else info.heartbeat
        return has_been_quiet(note, state, now, stale_after, heartbeat)
    return info.heartbeat - now <= CLOCK_TOLERANCE and now - info.heartbeat > stale_after


def _new_info(me: Identity, now: datetime) -> LockInfo:
    return LockInfo(me.user, me.machine, me.pid, me.token, now, now)


def _acquired(db: Path, info: LockInfo, note: Path, previous: LockInfo | None = None) -> LockResult:
    return LockResult("acquired", _("The file is open for editing."), lock=HeldLock(db, info, note),
                      took_over_from=previous)


def acquire(
    db_path: str | os.PathLike[str],
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    *,
    identity: Identity | None = None,
    now: datetime | None = None,
) -> LockResult:
    """Try to mark the file as opened by us. Never raises for file-system trouble or odd notes.

    A note left by a crashed process on this same machine, or a garbage note
    that has not changed for a few seconds, is replaced without asking: nobody
    can be using it. A note from another machine that has gone quiet is
    reported as 'stale' and left alone; only the user can know the other laptop
    isn't just asleep with the file open.
    """
    db = Path(db_path)
    me = identity or Identity.current()
    now = now or _utcnow()
    note = lock_path_for(db)
    info = _new_info(me, now)
    for _attempt in range(2):  # a note released between our try and our look: try once more, no loop
        try:
            write_new_exclusive(note, info.to_json().encode("utf-8"))
            return _acquired(db, info, note)
        except FileExistsError:
            pass
        except OSError as exc:
            return os_error_result(exc)
        state = read_state(note)
        if state.exists:
            return _settle(db, note, state, me, now, stale_after, take=False)
    return unknown_holder_result()


def take_over(
    db_path: str | os.PathLike[str],
    stale_after: timedelta = DEFAULT_STALE_AFTER,
    *,
    identity: Identity | None = None,
    now: datetime | None = None,
) -> LockResult:
    """Replace someone else's note, but only if it is (still) stale.

    The note is re-read here rather than trusted from an earlier `acquire`,
    because its owner may have come back while our user read the dialog.
    """
    db = Path(db_path)
    me = identity or Identity.current()
    now = now or _utcnow()
    note = lock_path_for(db)
    state = read_state(note)
    if not state.exists:
        return acquire(db, stale_after, identity=me, now=now)
    return _settle(db, note, state, me, now, stale_after, take=True)


def _settle(db: Path, note: Path, state: NoteState, me: Identity, now: datetime,
            stale_after: timedelta, *, take: bool) -> LockResult:
    """Decide about a note that is there: ours, dead, stale (taken only if `take`), or held."""
    holder = state.info
    if holder is not None:
        if holder.token == me.token:
            return _acquired(db, holder, note)
        if _dead_here(holder, me):
            return _replace(db, note, me, now, previous=holder)
        if not has_been_quiet(note, state, now, stale_after, holder.heartbeat):
            return held_result(holder)
        return _replace(db, note, me, now, previous=holder) if take else stale_result(holder)
    if state.unreadable:
        if not has_been_quiet(note, state, now, stale_after):
            return unknown_holder_result()
        if take:
            return _replace(db, note, me, now, previous=None)
        return long_quiet_result()
    # Garbage: perhaps another app created the note with O_EXCL and has not filled it in yet.
    if not has_been_quiet(note, state, now, GARBAGE_GRACE):
        return unknown_holder_result()
    return _replace(db, note, me, now, previous=None)


def _replace(db: Path, note: Path, me: Identity, now: datetime, previous: LockInfo | None) -> LockResult:
    info = _new_info(me, now)
    try:
        write_replace(note, info.to_json().encode("utf-8"), me.token)
    except OSError as exc:
        return os_error_result(exc)
    # Two people taking over at once both replace; the later one wins. Re-reading
    # catches the loser in most cases (not all: there is no compare-and-swap on a share).
    after = read_state(note).info
    if after is None or after.token != me.token:
        return held_result(after) if after is not None else unknown_holder_result()
    return _acquired(db, info, note, previous)


def refresh(lock: HeldLock, now: datetime | None = None) -> HeldLock | None:
    """Renew the heartbeat; call every few minutes while the file is open.

    Returns the renewed lock, or None if the note is no longer ours (someone
    took it over while we were asleep, or it was deleted). The app must then
    stop writing and tell the user, not silently re-create the note.
    """
    now = now or _utcnow()
    current = read_state(lock.path).info
    if current is None or current.token != lock.info.token:
        return None
    # The counter changes the note even if our clock stands still: others judge by change.
    beat = current.beat + 1 if 0 <= current.beat < 2**53 else 1
    renewed = LockInfo(current.user, current.machine, current.pid, current.token, current.since, now, beat)
    try:
        write_replace(lock.path, renewed.to_json().encode("utf-8"), current.token)
    except OSError:
        # A missed heartbeat is harmless for hours; keep the old one.
        return lock
    return HeldLock(lock.db_path, renewed, lock.path)


def release(lock: HeldLock) -> bool:
    """Remove the note if it is still ours. True if removed.

    Never removes someone else's note: if we were taken over, theirs is the valid one.
    """
    current = read_state(lock.path).info
    if current is None or current.token != lock.info.token:
        return False
    try:
        lock.path.unlink()
    except FileNotFoundError:
        return False
    except OSError:
        return False
    return True
