"""Whether a lock note has stood unchanged for a period, judged without trusting its dates.

A holder that is alive rewrites its note every few minutes (the window's
heartbeat; the CLI does the same while a command runs), and every rewrite
changes the note's bytes because it carries a heartbeat counter (`beat`) as
well as the time. So "the holder has gone away" is the same as "the note has
not changed for the stale period". The dates written *in* the note come from
the holder's clock, which may be a year ahead or behind; they are a hint, never
the verdict on their own terms. Three kinds of evidence are used, strongest first:

1. **What this machine has seen itself.** Each time MentorDesk on this machine
   looks at a note it records a digest of the note's bytes and when (by this
   machine's clock) it first and last saw exactly those bytes, in a small
   owner-only file in the config folder (`lock-watch.json`; keys and contents
   are digests, no names or paths). If the same bytes have been seen for the
   whole period, the note is stale, whatever its dates say: one clock measured
   both ends. If the bytes are seen to have changed within the period, the note
   is alive, whatever its dates say. Because the content changes at every
   heartbeat, the same bytes cannot come back (no A-B-A).
2. **The note's modification time as the file system reports it**, set by
   the local kernel, the file server, or (in a synced folder) copied from the
   writer. It is read against the file system's own clock, measured with a
   tiny probe file created and removed beside the note, so a share whose
   server clock differs from ours, or our own clock being wrong, does not
   make the note look older or younger than it is.
3. **The heartbeat written in the note**, against our clock.

For 2 and 3 an age below zero (beyond a few minutes' tolerance) says nothing:
that clock is ahead. The youngest remaining age counts, so any recent sign of
life keeps the note fresh. When neither gives a usable age, only watching (1)
can make the note stale: a note from a clock a year ahead locks others out for
one stale period after this machine first sees it, not for good.

Limits, in the safe direction where possible: two processes updating the watch
file at once may lose one update, which only makes a note look *younger*; in a
synced folder the modification time is the writer's, so a holder whose clock is
behind by more than the stale period, or this machine's clock jumping forward
that far between two looks, can make a live note look stale. That is why the
window asks before taking over and the CLI says so when it does.
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from .lock_notes import CLOCK_TOLERANCE, NoteState

__all__ = ["Sighting", "has_been_quiet", "watch", "watch_file"]

WATCH_FILE_NAME = "lock-watch.json"
_MAX_ENTRIES = 200
_FORGET_AFTER = timedelta(days=60).total_seconds()


@dataclass(frozen=True)
class Sighting:
    """What this machine knows about one note from its own observations.

    `unchanged_for`: seconds this machine has seen exactly the current bytes.
    `changed_after`: a local time after which the note is known to have changed
    (the last time the previous bytes were seen), or None when unknown.
    """

    unchanged_for: float
    changed_after: float | None


def watch_file() -> Path:
    from ..site import config_dir

    return config_dir() / WATCH_FILE_NAME


def _digest(text: str) -> str:
    import hashlib  # only when a note is being watched

    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _number(value: object) -> float | None:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


def _load(path: Path) -> dict[str, list]:
    """The recorded sightings; an unreadable or foreign file counts as none."""
    try:
        data = json.loads(path.read_bytes()[: 1024 * 1024])
        notes = data["notes"] if isinstance(data, dict) else None
    except (OSError, ValueError, KeyError, TypeError, RecursionError):
        return {}
    if not isinstance(notes, dict):
        return {}
    good: dict[str, list] = {}
    for key, entry in notes.items():
        if not (isinstance(entry, list) and len(entry) == 4 and isinstance(entry[0], str)):
            continue
        first, last = _number(entry[1]), _number(entry[2])
        after = _number(entry[3])
        if first is not None and last is not None:
            good[str(key)] = [entry[0], first, last, after]
    return good


def _save(path: Path, notes: dict[str, list], now_ts: float) -> None:
    """Write the sightings owner-only and atomically; failure only means we remember less."""
    fresh = {k: v for k, v in notes.items() if now_ts - v[2] < _FORGET_AFTER}
    newest = dict(sorted(fresh.items(), key=lambda kv: kv[1][2], reverse=True)[:_MAX_ENTRIES])
    payload = json.dumps({"version": 1, "notes": newest}).encode("utf-8")
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
        try:
            os.write(fd, payload)
        finally:
            os.close(fd)
        os.replace(tmp, path)
    except OSError:
        try:
            tmp.unlink()
        except OSError:
            pass


def watch(note: Path, fingerprint: str | None, now_ts: float) -> Sighting:
    """Record that this machine sees `fingerprint` at `note` now, and say what it has seen before."""
    if fingerprint is None or not math.isfinite(now_ts):
        return Sighting(0.0, None)
    store = watch_file()
    notes = _load(store)
    key, seen = _digest(str(note)), _digest(fingerprint)
    entry = notes.get(key)
    if entry is not None and max(entry[1], entry[2]) > now_ts + CLOCK_TOLERANCE.total_seconds():
        entry = None  # recorded while our clock was ahead: start watching afresh rather than wait for it
    if entry is not None and entry[0] == seen:
        first, after = entry[1], entry[3]
        notes[key] = [seen, first, max(entry[2], now_ts), after]
    else:
        first, after = now_ts, (entry[2] if entry is not None else None)
        notes[key] = [seen, first, now_ts, after]
    _save(store, notes, now_ts)
    return Sighting(max(0.0, now_ts - first), after)


def file_clock_skew(folder: Path, stem: str) -> float:
    """Seconds by which the file times in `folder` run ahead of our clock; 0 when it cannot be measured.

    A probe file is created, its modification time read back and the probe
    removed at once. On a local disk that is the kernel's clock (which a
    process-level fake clock does not move), on a share the server's.
    """
    probe = folder / f"{stem}.{os.getpid()}.{time.monotonic_ns() % 10**9}.probe"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    except OSError:
        return 0.0
    try:
        os.write(fd, b"\n")
        ours = time.time()
        theirs = os.fstat(fd).st_mtime
    except OSError:
        return 0.0
    finally:
        os.close(fd)
        try:
            os.unlink(probe)
        except OSError:
            pass
    skew = theirs - ours
    return skew if math.isfinite(skew) else 0.0


def _usable_age(age: float | None) -> float | None:
    """An age from a clock that may be ahead: below zero beyond the tolerance, it says nothing."""
    if age is None or not math.isfinite(age):
        return None
    return age if age >= -CLOCK_TOLERANCE.total_seconds() else None


def has_been_quiet(note: Path, state: NoteState, now: datetime, period: timedelta,
                   heartbeat: datetime | None = None) -> bool:
    """True when the note at `note` has evidently not changed for `period` (see the module docstring)."""
    now_ts = now.timestamp()
    seconds = period.total_seconds()
    sighting = watch(note, state.fingerprint, now_ts)
    if sighting.unchanged_for >= seconds:
        return True
    if sighting.changed_after is not None and now_ts - sighting.changed_after < seconds:
        return False
    ages = []
    if state.mtime is not None:
        ages.append(_usable_age(now_ts - (state.mtime - file_clock_skew(note.parent, note.name))))
    if heartbeat is not None:
        ages.append(_usable_age(now_ts - heartbeat.timestamp()))
    usable = [a for a in ages if a is not None]
    return bool(usable) and min(usable) > seconds
