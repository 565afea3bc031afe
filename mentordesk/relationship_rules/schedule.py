"""Cadence arithmetic, planned meetings, the no-meeting alert and extensions.

Dates are calendar dates in the company's local time; the only aware datetimes
are at the boundary (``local_dates``, ``planned_meeting_datetimes``), where
``zoneinfo`` keeps a DST switch from moving a meeting onto another day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from .vocabulary import CADENCE_DAYS, _check_cadence, _fmt


def add_months(anchor: dt.date, months: int) -> dt.date:
    """Clamp to the month's end rather than overflow into the next month."""
    index = anchor.year * 12 + (anchor.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(anchor.day, last))


def add_cadence(anchor: dt.date, cadence: str, k: int = 1) -> dt.date:
    """The k-th occurrence is computed from the anchor, never from the previous occurrence.

    That is what keeps a monthly series anchored on the 31st at Jan 31 -> Feb 28
    -> Mar 31 instead of drifting to the 28th forever.
    """
    _check_cadence(cadence)
    if cadence == "monthly":
        return add_months(anchor, k)
    return anchor + dt.timedelta(days=CADENCE_DAYS[cadence] * k)


@dataclass(frozen=True)
class Extension:
    """A validated change of planned end date, as produced by ``extend``."""

    old_end: dt.date
    new_end: dt.date
    reason: str


def planned_meeting_dates(
    start: dt.date,
    cadence: str,
    until: dt.date,
    extensions: Iterable[Extension | dt.date] = (),
) -> list[dt.date]:
    """The first planned meeting is on the start date itself (the kick-off).

    ``extensions`` (``Extension`` objects or bare new end dates) push ``until``
    out to the latest extended end, so an extended relationship keeps its
    meeting plan without the caller recomputing the end date.
    """
    _check_cadence(cadence)
    end = until
    for ext in extensions:
        new_end = ext.new_end if isinstance(ext, Extension) else ext
        end = max(end, new_end)
    dates: list[dt.date] = []
    k = 0
    while (d := add_cadence(start, cadence, k)) <= end:
        dates.append(d)
        k += 1
    return dates


def _zone(tz: str | dt.tzinfo) -> dt.tzinfo:
    if not isinstance(tz, str):
        return tz
    # Imported on use: only meeting times need a zone, and every command that reads a
    # relationship (a report among them) imports this module (issue 15).
    from zoneinfo import ZoneInfo

    return ZoneInfo(tz)


def planned_meeting_datetimes(
    start: dt.date,
    cadence: str,
    until: dt.date,
    at: dt.time,
    tz: str | dt.tzinfo,
    extensions: Iterable[Extension | dt.date] = (),
) -> list[dt.datetime]:
    """Keep the local wall-clock time across DST by attaching the zone per date.

    Adding ``timedelta(days=7)`` to an aware datetime and converting would move a
    09:00 meeting to 08:00 or 10:00 after a DST switch (and a late-evening one
    onto another day); combining each local date with the local time cannot.
    """
    zone = _zone(tz)
    return [
        dt.datetime.combine(d, at, tzinfo=zone)
        for d in planned_meeting_dates(start, cadence, until, extensions)
    ]


def local_dates(datetimes: Iterable[dt.datetime], tz: str | dt.tzinfo) -> list[dt.date]:
    """Dates as the people in the meeting saw them, whatever zone the value was stored in.

    Naive datetimes are refused: guessing their zone is how meetings end up on
    the wrong day.
    """
    zone = _zone(tz)
    out: list[dt.date] = []
    for value in datetimes:
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"Meeting time {value!r} has no time zone.")
        out.append(value.astimezone(zone).date())
    return out


def match_window_days(cadence: str) -> int:
    """Half a cadence, rounded down, so neighbouring windows barely overlap."""
    _check_cadence(cadence)
    return CADENCE_DAYS[cadence] // 2


def overdue_planned(
    planned: Sequence[dt.date],
    logged: Sequence[dt.date],
    today: dt.date,
    *,
    cadence: str,
) -> list[dt.date]:
    """Planned dates before today that no logged meeting accounts for.

    Matching rule: any logged meeting (held, missed, rescheduled or cancelled;
    logging it at all shows the pair is engaging with the plan) satisfies a
    planned date when it lies within ``match_window_days(cadence)`` days of it,
    before or after.  Each log satisfies at most one planned date.  Planned
    dates are matched in order to the earliest unused log in their window;
    because all windows are the same width this greedy choice satisfies as many
    planned dates as any assignment could.  Logs dated after ``today`` are
    ignored since a meeting cannot have been logged in advance.  A planned
    date is overdue from the day after it (on the day itself it is just today's
    meeting).
    """
    window = match_window_days(cadence)
    logs = sorted(d for d in logged if d <= today)
    used = [False] * len(logs)
    overdue: list[dt.date] = []
    for p in sorted(planned):
        matched = False
        for i, log in enumerate(logs):
            if used[i] or log < p - dt.timedelta(days=window):
                continue
            if log > p + dt.timedelta(days=window):
                break
            used[i] = True
            matched = True
            break
        if not matched and p < today:
            overdue.append(p)
    return overdue


def days_since_last_meeting(last_held: dt.date | None, today: dt.date) -> int | None:
    """None, not a large number, when nothing was held: the UI shows "never"."""
    if last_held is None:
        return None
    return (today - last_held).days


def no_meeting_deadline(last_held: dt.date | None, start: dt.date, cadence: str) -> dt.date:
    """Counting from the start when nothing was held gives a new pair the same grace period."""
    reference = last_held if last_held is not None else start
    return add_cadence(reference, cadence, 2)


def no_meeting_alert(
    last_held: dt.date | None, start: dt.date, cadence: str, today: dt.date
) -> bool:
    """True once more than twice the cadence has passed without a held meeting.

    Measured from the last held meeting, or from the start if none was held.
    Exactly two cadences (e.g. 14 days for weekly) is still fine; the day after
    is not.  Monthly uses calendar months (two months after the reference).
    """
    return today > no_meeting_deadline(last_held, start, cadence)



# ---------------------------------------------------------------------------
# Extensions
# ---------------------------------------------------------------------------

MAX_LENGTH_MONTHS = 24


def extend(
    planned_end: dt.date, new_end: dt.date, reason: str, *, start: dt.date
) -> Extension:
    """Validate an extension; raise ValueError with a human message otherwise.

    - The new end must be after the current planned end (shortening is closing
      early, which has its own outcome).
    - A reason is required, because HR has to justify extensions later.
    - The whole relationship may last at most 24 calendar months from its start
      (end on or before the same day 24 months later): programs that run
      longer stop being mentoring and become a standing arrangement.
    """
    if new_end <= planned_end:
        raise ValueError(
            f"The new end ({_fmt(new_end)}) must be after the current planned end ({_fmt(planned_end)})."
        )
    cleaned = (reason or "").strip()
    if not cleaned:
        raise ValueError("Give a reason for the extension.")
    limit = add_months(start, MAX_LENGTH_MONTHS)
    if new_end > limit:
        raise ValueError(
            f"A relationship can last at most {MAX_LENGTH_MONTHS} months; "
            f"the latest possible end is {_fmt(limit)}."
        )
    return Extension(old_end=planned_end, new_end=new_end, reason=cleaned)
