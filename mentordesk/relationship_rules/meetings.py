"""Meeting records, attendance and hours."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from .vocabulary import COUNTED_OUTCOMES, OUTCOMES, _check_outcome, _check_role


@dataclass(frozen=True)
class MeetingRecord:
    """``with_notice`` is separate from the outcome because notice is a courtesy, not a result."""

    date: dt.date
    outcome: str
    minutes: int | None = None
    with_notice: bool | None = None
    mode: str | None = None


class _HasOutcome(Protocol):
    @property
    def outcome(self) -> str: ...


class _HasOutcomeAndMinutes(_HasOutcome, Protocol):
    @property
    def minutes(self) -> int | None: ...


@dataclass(frozen=True)
class Attendance:
    """Counts per outcome; ``rate`` ignores rescheduled and cancelled meetings (see COUNTED_OUTCOMES)."""

    held: int = 0
    missed_by_mentor: int = 0
    missed_by_mentee: int = 0
    rescheduled_by_mentor: int = 0
    rescheduled_by_mentee: int = 0
    cancelled: int = 0

    @property
    def counted(self) -> int:
        """Driven by COUNTED_OUTCOMES so reports and this rate can never disagree."""
        return sum(getattr(self, outcome) for outcome in COUNTED_OUTCOMES)

    @property
    def rate(self) -> float | None:
        """None rather than 0 or 1 when there is nothing to judge."""
        if self.counted == 0:
            return None
        return self.held / self.counted


def attendance(meetings: Iterable[_HasOutcome]) -> Attendance:
    """Unknown outcomes raise so a typo in stored data cannot silently improve a rate."""
    counts = dict.fromkeys(OUTCOMES, 0)
    for m in meetings:
        _check_outcome(m.outcome)
        counts[m.outcome] += 1
    return Attendance(**counts)


def person_miss_rate(meetings: Iterable[_HasOutcome], role: str) -> float | None:
    """Each miss counts only against whoever missed it; the denominator is all counted meetings."""
    _check_role(role)
    a = attendance(meetings)
    if a.counted == 0:
        return None
    missed = a.missed_by_mentor if role == "mentor" else a.missed_by_mentee
    return missed / a.counted


def mentoring_hours(meetings: Iterable[_HasOutcomeAndMinutes]) -> float:
    """Only held meetings are time actually spent mentoring; a missing duration counts as 0."""
    total = 0
    for m in meetings:
        _check_outcome(m.outcome)
        if m.outcome != "held" or m.minutes is None:
            continue
        if m.minutes < 0:
            raise ValueError(f"Meeting duration cannot be negative ({m.minutes} minutes).")
        total += m.minutes
    return total / 60

