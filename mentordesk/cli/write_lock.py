"""A command that writes holds the lock note for as long as it runs, as the window does.

A script's `import-people` used to write while a colleague had the file open in
the window. Now every writing command first takes the note beside the file:
if someone else holds it, the command refuses with who and since when and
writes nothing, unless `--ignore-lock` says to go ahead; a stale note is taken
over, and the command says so. While the command runs, the note names it (so
the window sees the script) and a heartbeat keeps it fresh; it is released when
the command ends, on error, Ctrl-C or SIGTERM too. A kill -9 leaves it behind,
and the next open on this machine replaces it because its process is gone.
"""

from __future__ import annotations

import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ..errors import ReadOnlyError, StorageError
from ..i18n import gettext as _
from ..storage.lockfile import (
    HeldLock,
    Identity,
    LockResult,
    acquire,
    read_lock,
    real_path,
    refresh,
    release,
    take_over,
)

HEARTBEAT_SECONDS = 5 * 60


class FileInUseError(ReadOnlyError):
    """Someone else holds the lock note, so a writing command changed nothing."""


def _say(text: str) -> None:
    print(f"mentordesk: {text}", file=sys.stderr)


def _refusal(result: LockResult) -> FileInUseError:
    who = result.holder.describe() if result.holder is not None else (
        _("Someone else is opening or has opened this file for editing"))
    return FileInUseError(_("%(who)s, so nothing was changed. Try again when they have closed it, or run the command "
                            "with --ignore-lock if you are sure nobody is changing the file.") % {"who": who})


def _take_stale(path: Path, result: LockResult) -> LockResult:
    """Take over a note whose holder has gone quiet, and say whose it was."""
    taken = take_over(path)
    if taken.acquired:
        if result.holder is not None:
            _say(_("%(who)s, but that session had not been active for a long time, so this command took the "
                   "file over.") % {"who": result.holder.describe()})
        else:
            _say(_("An old lock note had not been active for a long time, so this command took the file over."))
    return taken


def _settle(path: Path, result: LockResult, ignore_lock: bool) -> HeldLock | None:
    if result.status == "stale":
        result = _take_stale(path, result)
    elif result.acquired and result.took_over_from is not None:
        _say(_("%(who)s, but that MentorDesk is no longer running, so this command took the file over.")
             % {"who": result.took_over_from.describe()})
    if result.acquired:
        return result.lock
    if result.status in ("held", "stale"):
        if not ignore_lock:
            raise _refusal(result)
        who = result.holder.describe() if result.holder is not None else _("Someone else may have it open")
        _say(_("%(who)s; going ahead anyway because of --ignore-lock.") % {"who": who})
        return None
    if result.status == "read_only" or ignore_lock:
        return None  # the file cannot be written here either; opening it says so in its own words
    first = result.message.split(". ")[0].rstrip(".")
    raise StorageError(_("%(problem)s. Nothing was changed.") % {"problem": first})


def _heartbeat(lock: HeldLock, stop: threading.Event) -> None:
    current: HeldLock | None = lock
    while current is not None and not stop.wait(HEARTBEAT_SECONDS):
        current = refresh(current)


@contextmanager
def signals_deferred() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while the note is being taken, so none lands between
    writing the note and arranging its release (they arrive the moment this ends)."""
    names = ("SIGINT", "SIGTERM", "SIGHUP")
    if not hasattr(signal, "pthread_sigmask") or threading.current_thread() is not threading.main_thread():
        yield
        return
    wanted = {getattr(signal, n) for n in names if hasattr(signal, n)}
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, wanted)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


def _release_if_ours(path: Path) -> None:
    """After an interruption mid-way, remove a note this process wrote but never got to hold."""
    info = read_lock(path)
    if info is not None and info.token == Identity.current().token:
        release(HeldLock(path, info))


@contextmanager
def holding_lock_note(path: Path, *, ignore_lock: bool = False) -> Iterator[HeldLock | None]:
    """Hold the note beside `path` for the duration of a writing command (see the module docstring).

    Raises FileInUseError (nothing written) when someone else holds it and
    `ignore_lock` is false. Yields the held lock, or None when none could or
    should be taken (read-only folder, --ignore-lock over someone else's note).
    """
    stop = threading.Event()
    beat: threading.Thread | None = None
    lock: HeldLock | None = None
    try:
        with signals_deferred():
            # No folder, no note to respect; opening the file then says what is wrong in its own words.
            if real_path(path).parent.is_dir():
                lock = _settle(path, acquire(path), ignore_lock)
            if lock is not None:
                beat = threading.Thread(target=_heartbeat, args=(lock, stop), name="lock-heartbeat", daemon=True)
                beat.start()
        yield lock
    finally:
        stop.set()
        if beat is not None:
            beat.join(timeout=5)
        if lock is not None:
            release(lock)
        else:
            _release_if_ours(path)
