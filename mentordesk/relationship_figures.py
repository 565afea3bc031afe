"""Figures about many relationships the use cases hand to the CLI, the GUI and reports:
the attention list's items, a person's attendance, hours totals and closure counts.

Apart from `relationship_models` (one relationship's records) so that reading a single
relationship, as a report does, never creates these classes (issue 15).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .i18n import Message


@dataclass(frozen=True)
class AttentionItem:
    """One thing HR should act on; `key` is stable across days so it can be snoozed."""

    key: str
    kind: str
    kind_label: str
    relationship_id: str | None
    person_id: str | None
    title: str
    detail: str
    severity: str
    due: date | None
    #: The detail as a sentence to translate when shown (mentordesk.i18n.Message), or None.
    message: Message | None = None


@dataclass(frozen=True)
class PersonAttendance:
    """A person's record across all their relationships, each miss attributed to who missed it."""

    person_id: str
    name: str
    relationships: int
    held: int
    counted: int
    missed_by_person: int
    missed_by_partner: int
    attendance_rate: float | None
    own_miss_rate: float | None
    hours: float


@dataclass(frozen=True)
class HoursTotal:
    """Mentoring hours (held meetings only) for one relationship, mentor or program."""

    key: str | None
    name: str
    hours: float


@dataclass(frozen=True)
class ClosureCounts:
    """Completed and ended-early are separate on purpose: reports quote a completion rate."""

    active: int = 0
    completed: int = 0
    ended_early: int = 0
    by_outcome: dict[str, int] = field(default_factory=dict)
    #: Closed because the mentor was replaced: the mentee goes on, so neither completed nor ended early.
    replaced: int = 0
