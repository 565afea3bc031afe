"""Reading a lock note: whatever is in it, the answer is a verdict, never an exception.

A lock note is written by other laptops, other versions of MentorDesk, sync
services and sometimes by nobody we know: it may be half written, garbage, a
folder, a FIFO, hold a pid too big for the operating system, a date in year 1
or 9999 or names full of terminal control sequences. Everything here treats its
contents as untrusted input: parsing turns anything unexpected into "not a
note" (`None`), dates that cannot be represented are clamped, and names are
made printable before they reach a dialog or a terminal.
"""

from __future__ import annotations

import json
import os
import stat
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from ..i18n import current
from ..i18n import gettext as _

__all__ = ["LockInfo", "NoteState", "parse_time", "printable", "read_state"]

# Lock notes are tiny; anything bigger is not ours and is not worth reading whole.
MAX_NOTE_BYTES = 64 * 1024

# Names longer than this are cut in messages: a note must not be able to flood a dialog.
_MAX_NAME_CHARS = 60

# Clocks of laptops sharing a folder differ by this much without anyone being wrong.
CLOCK_TOLERANCE = timedelta(minutes=5)

_UTC_MIN = datetime.min.replace(tzinfo=UTC)
_UTC_MAX = datetime.max.replace(tzinfo=UTC)

# Everything a hostile note can make the standard library raise while parsing it.
_PARSE_ERRORS = (ValueError, KeyError, TypeError, RecursionError, OverflowError, AttributeError)


def printable(text: str, limit: int = _MAX_NAME_CHARS) -> str:
    """`text` safe to show: control, format and surrogate characters become '?', long text is cut.

    A note's user or machine name is printed in the terminal and shown in
    dialogs, so an escape sequence or a right-to-left override in it must not
    reach either.
    """
    cleaned = "".join(ch if ch.isprintable() else "?" for ch in text)
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1] + "…"


def parse_time(value: object) -> datetime:
    """An aware UTC datetime from note text; ValueError or TypeError for anything that is not a date.

    A date whose UTC equivalent falls outside what datetime can hold (year 1
    with an eastern offset, year 9999 with a western one) is clamped rather
    than raising OverflowError later, in the middle of a comparison.
    """
    if not isinstance(value, str):
        raise TypeError("time must be text")
    parsed = datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        return _UTC_MIN if parsed.year < 5000 else _UTC_MAX


def _when(moment: datetime, now: datetime | None) -> str:
    """'09:14' today, '02 Nov 2026 09:14' otherwise, in local time when it can be represented."""
    now = now or datetime.now(UTC)
    try:
        local, today = moment.astimezone(), now.astimezone().date()
    except (OverflowError, ValueError, OSError):
        local, today = moment, now.date()
    text = local.strftime("%H:%M") if local.date() == today else f"{current().date(local.date())} {local:%H:%M}"
    if moment - now > CLOCK_TOLERANCE:
        text = _("%(time)s (by their computer's clock, which is ahead of this one)") % {"time": text}
    return text


@dataclass(frozen=True)
class LockInfo:
    """The contents of a lock note.

    `beat` counts heartbeats, so every refresh changes the note even when the
    holder's clock stands still: other machines judge a note by whether it
    changes, not by what its dates claim.
    """

    user: str
    machine: str
    pid: int
    token: str
    since: datetime
    heartbeat: datetime
    beat: int = 0

    def to_json(self) -> str:
        return json.dumps(
            {
                "app": "MentorDesk",
                "user": self.user,
                "machine": self.machine,
                "pid": self.pid,
                "token": self.token,
                "since": self.since.astimezone(UTC).isoformat(),
                "heartbeat": self.heartbeat.astimezone(UTC).isoformat(),
                "beat": self.beat,
            },
            indent=1,
        )

    @classmethod
    def from_json(cls, text: str) -> LockInfo | None:
        """None for anything that is not a complete note (half-written, foreign, garbage)."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                return None
            user, machine, token, pid = data["user"], data["machine"], data["token"], data["pid"]
            if not all(isinstance(v, str) and v for v in (user, machine, token)):
                return None
            if not isinstance(pid, int) or isinstance(pid, bool):
                return None
            since = parse_time(data["since"])
            heartbeat = parse_time(data.get("heartbeat", data["since"]))
            beat = data.get("beat", 0)
            beat = beat if isinstance(beat, int) and not isinstance(beat, bool) else 0
        except _PARSE_ERRORS:
            return None
        return cls(user, machine, pid, token, since, heartbeat, beat)

    def is_this_account(self) -> bool:
        """Whether the note was written by this login on this computer: another window (or command)
        of the person reading the message, who should not be told their own login and host name."""
        return self.user == _this_user() and self.machine == machine_name()

    def describe(self, now: datetime | None = None) -> str:
        """The sentence shown to the person who is refused: who, on which machine, since when."""
        if self.is_this_account():
            return (_("Opened for editing by you in another MentorDesk window or command on this computer "
                      "since %(time)s") % {"time": _when(self.since, now)})
        return (_("Opened for editing by %(user)s on %(machine)s since %(time)s")
                % {"user": printable(self.user), "machine": printable(self.machine), "time": _when(self.since, now)})


def machine_name() -> str:
    """This computer's name as `socket.gethostname()` gives it. On POSIX that call returns the
    kernel's node name, read here without importing `socket` (and its selectors): every command
    that writes asks, so the import showed in its start-up."""
    uname = getattr(os, "uname", None)
    if uname is not None:
        return uname().nodename
    import socket  # pragma: no cover - Windows

    return socket.gethostname()


def _this_user() -> str | None:
    """This login's name; None when the system knows none (then no note is taken for ours)."""
    import getpass  # here: only a command that meets a note or writes one asks

    try:
        return getpass.getuser()
    except Exception:  # noqa: BLE001 - any failure just means "unknown"
        return None


@dataclass(frozen=True)
class NoteState:
    """What is at the note's place on disk.

    `fingerprint` identifies the note's contents (a digest of its bytes, or of
    its size and times when it cannot be read), so a machine can tell whether
    the note has changed since it last looked. `mtime` is in seconds since the
    epoch as the file system reports it, never turned into a datetime (a wild
    value must not raise).
    """

    exists: bool
    info: LockInfo | None = None
    mtime: float | None = None
    unreadable: bool = False
    fingerprint: str | None = None


def _stat_fingerprint(st: os.stat_result) -> str:
    return f"stat:{st.st_mode}:{st.st_ino}:{st.st_size}:{st.st_mtime_ns}"


def _read_bytes(path: Path) -> bytes | None:
    """The note's first bytes; None when it is not a regular file.

    Opened without following a symlink and without blocking, so a note that
    is a FIFO or a link to a device cannot hang or flood us.
    """
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        chunks, size = [], 0
        while size <= MAX_NOTE_BYTES:
            chunk = os.read(fd, MAX_NOTE_BYTES + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def read_state(path: Path) -> NoteState:
    """Look at the note at `path`. Never raises: trouble reading is itself a state."""
    try:
        st = os.stat(path, follow_symlinks=False)
    except FileNotFoundError:
        return NoteState(exists=False)
    except (OSError, ValueError):
        return NoteState(exists=True, unreadable=True)
    mtime = float(st.st_mtime)
    if not stat.S_ISREG(st.st_mode):  # a folder, FIFO, socket or symlink where the note should be
        return NoteState(exists=True, mtime=mtime, fingerprint=_stat_fingerprint(st))
    try:
        raw = _read_bytes(path)
    except FileNotFoundError:
        return NoteState(exists=False)
    except OSError:
        # Another user's owner-only note on a POSIX share: it exists, we just can't read it.
        return NoteState(exists=True, mtime=mtime, unreadable=True, fingerprint=_stat_fingerprint(st))
    if raw is None:  # replaced by something that is not a file since we looked
        return NoteState(exists=True, mtime=mtime, fingerprint=_stat_fingerprint(st))
    import hashlib  # only when a note exists: most opens find none

    fingerprint = "sha256:" + hashlib.sha256(raw).hexdigest()
    if len(raw) > MAX_NOTE_BYTES:
        return NoteState(exists=True, mtime=mtime, fingerprint=fingerprint)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return NoteState(exists=True, mtime=mtime, fingerprint=fingerprint)
    return NoteState(exists=True, info=LockInfo.from_json(text), mtime=mtime, fingerprint=fingerprint)
