"""Timestamps for change tracking: a hybrid logical clock in ISO 8601 form.

Merges decide "the later change wins" by comparing these strings, so they are
UTC, ISO 8601 with microseconds (sortable as text). Wall clocks lie (a branch
laptop one day fast), so the stamps are a hybrid logical clock (Kulkarni et al.,
"Logical Physical Clocks", 2014) folded into the same text: a new stamp is the
wall clock or, if later, one microsecond after everything this process has
*seen*. Opening a file for writing makes the process see the file's high-water
mark (`file_meta.hlc`) and a merge makes it see every incoming stamp, so a
change made after seeing another change always orders after it, whatever the
two laptops' clocks say. Stamps still read as dates for people.
"""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta

_lock = threading.Lock()
_last: datetime | None = None
_issued = 0


def utcnow() -> datetime:
    """A new stamp: later than the wall clock's past and than everything observed."""
    global _last, _issued
    with _lock:
        now = datetime.now(UTC)
        if _last is not None and now <= _last:
            now = _last + timedelta(microseconds=1)
        _last = now
        _issued += 1
        return now


def now_iso() -> str:
    # isoformat is several times faster than strftime and gives the same text
    return to_iso(utcnow())


def to_iso(moment: datetime) -> str:
    """The stamp text for an aware or naive-UTC datetime."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds") + "Z"


def observe(stamp: str | None) -> None:
    """Make every later stamp of this process order after `stamp` (a change seen in a file).

    Text that is not a stamp is ignored: a file is untrusted input, and a bad
    stamp must not stop anyone working.
    """
    global _last
    if not stamp:
        return
    try:
        seen = parse_iso(str(stamp))
    except (ValueError, OverflowError):
        return
    if seen.tzinfo is None:
        seen = seen.replace(tzinfo=UTC)
    with _lock:
        if _last is None or seen > _last:
            _last = seen


def issued_count() -> int:
    """How many stamps this process has issued; lets a writer tell whether it stamped anything."""
    return _issued


def last_stamp() -> str | None:
    """The latest stamp issued or observed, as text."""
    with _lock:
        return to_iso(_last) if _last is not None else None


def today() -> date:
    return date.today()


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
