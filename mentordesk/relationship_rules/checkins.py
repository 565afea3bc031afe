"""Check-in questions, scores and when the next one is due."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .. import vocabulary
from .vocabulary import ROLES, _check_role

#: The questions' English words live (marked for translation) in `mentordesk.vocabulary`.
CHECKIN_PROGRESS_QUESTIONS: dict[str, str] = dict(vocabulary.CHECKIN_PROGRESS_QUESTIONS)
CHECKIN_PREREQUISITES: dict[str, str] = dict(vocabulary.CHECKIN_PREREQUISITES)
CHECKIN_QUESTIONS: dict[str, str] = {**CHECKIN_PROGRESS_QUESTIONS, **CHECKIN_PREREQUISITES}
SCALE_MIN = 1
SCALE_MAX = 5
CHECKIN_INTERVAL_DAYS = 30
FIRST_CHECKIN_AFTER_DAYS = 30


def checkin_average(answers: Mapping[str, int]) -> float | None:
    """Skipped questions are simply left out, so a partial check-in still yields a score."""
    values: list[int] = []
    for key, value in answers.items():
        if key not in CHECKIN_QUESTIONS:
            raise ValueError(f"Unknown check-in question {key!r}.")
        if value is None:
            continue
        if not (SCALE_MIN <= value <= SCALE_MAX) or isinstance(value, bool):
            raise ValueError(f"Answer to {key!r} must be {SCALE_MIN}-{SCALE_MAX}, got {value!r}.")
        values.append(value)
    return sum(values) / len(values) if values else None


def checkin_due_dates(
    start: dt.date,
    today: dt.date,
    interval_days: int = CHECKIN_INTERVAL_DAYS,
    first_after: int = FIRST_CHECKIN_AFTER_DAYS,
) -> list[dt.date]:
    """The nominal schedule (for calendars and reminders), up to and including today."""
    if interval_days <= 0:
        raise ValueError("The check-in interval must be positive.")
    out: list[dt.date] = []
    d = start + dt.timedelta(days=first_after)
    while d <= today:
        out.append(d)
        d += dt.timedelta(days=interval_days)
    return out


@dataclass(frozen=True)
class CheckinState:
    """``since`` is the day the check-in fell due; None while it is not overdue."""

    role: str
    due: dt.date
    overdue: bool
    since: dt.date | None


def overdue_checkins(
    start: dt.date,
    checkin_dates_by_role: Mapping[str, Iterable[dt.date]],
    today: dt.date,
    interval_days: int = CHECKIN_INTERVAL_DAYS,
    first_after: int = FIRST_CHECKIN_AFTER_DAYS,
) -> dict[str, CheckinState]:
    """Per role: the next check-in is due ``interval_days`` after that role's latest one.

    With no check-in yet it is due ``first_after`` days after the start.  It is
    overdue from the day after it falls due.  Counting from the latest check-in
    rather than a fixed calendar means a late check-in resets the clock instead
    of leaving a permanent "missed" mark.  Roles absent from the mapping have no
    check-ins.  Check-ins dated after today are ignored.
    """
    for role in checkin_dates_by_role:
        _check_role(role)
    out: dict[str, CheckinState] = {}
    for role in ROLES:
        dates = [d for d in checkin_dates_by_role.get(role, ()) if d <= today]
        if dates:
            due = max(dates) + dt.timedelta(days=interval_days)
        else:
            due = start + dt.timedelta(days=first_after)
        overdue = today > due
        out[role] = CheckinState(role=role, due=due, overdue=overdue, since=due if overdue else None)
    return out

