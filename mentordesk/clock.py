"""Timestamps for change tracking.

Merges decide "newer wins" by comparing these strings, so they are UTC,
ISO 8601 with microseconds (sortable as text), and strictly increasing within
one process even when the system clock stands still or steps back.
"""

from __future__ import annotations

import threading
from datetime import date, datetime, timedelta, timezone

_lock = threading.Lock()
_last: datetime | None = None


def utcnow() -> datetime:
    global _last
    with _lock:
        now = datetime.now(timezone.utc)
        if _last is not None and now <= _last:
            now = _last + timedelta(microseconds=1)
        _last = now
        return now


def now_iso() -> str:
    # isoformat is several times faster than strftime and gives the same text
    return utcnow().replace(tzinfo=None).isoformat(timespec="microseconds") + "Z"


def today() -> date:
    return date.today()


def parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))
