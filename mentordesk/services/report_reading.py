"""What a relationship report reads from the file: the facts it prints, as storage's light records.

The window's page for a relationship (`relationship_reading.get_relationship`) builds a
`RelationshipDetail`: health and its reasons, overdue meetings, extensions, every goal's
history, which goals a meeting discussed. A report prints none of those, so it reads
the facts it does print straight into storage's records (`RelationshipRecord`,
`MeetingFacts`, `GoalFacts`, `StoredCheckin`, `StageRecord`, `RelationshipLink`) and
`services.reports` turns them into the renderer's data at once: one conversion, not
two, and the one-report command builds none of the screens' records nor loads the
health and attention rules (issue 15).

The figures still come from the very rules and rows the screens use, so paper and
screen agree: attendance and hours by `attendance` / `mentoring_hours` over the
meetings that happened by today (`happened_by`), the planned meetings by
`planned_meeting_dates` up to the earlier of the planned end and the closing day, the
meetings and goals by the same queries in the same order (`relationships_repo`), an
unknown id by the same sentence (`_load_rel`). `tests/test_report_reading.py` compares
them with the detail page for every relationship of the demo.
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

from ..relationship_rules.meetings import attendance, mentoring_hours
from ..relationship_rules.records import happened_by
from ..relationship_rules.schedule import planned_meeting_dates
from ..storage import relationships_repo as repo
from ..storage import replacement_repo
from ..storage.database import Database
from ..storage.records import (
    GoalFacts,
    MeetingFacts,
    RelationshipLink,
    RelationshipRecord,
    StageRecord,
    StoredCheckin,
)
from .relationship_base import _load_rel


class ReportFacts(NamedTuple):
    """One relationship as its report needs it, with the figures computed by the rules."""

    rel: RelationshipRecord
    stages: tuple[StageRecord, ...]
    goals: tuple[GoalFacts, ...]
    #: Every meeting, as the log shows them (a future-dated one too); the figures count only
    #: those that happened by today.
    meetings: tuple[MeetingFacts, ...]
    checkins: tuple[StoredCheckin, ...]
    #: Planned meeting days up to the earlier of the planned end and the closing day.
    planned_dates: tuple[dt.date, ...]
    attendance_rate: float | None
    hours: float
    #: Earlier relationships of the same mentee this one continues (oldest first), and its successor.
    continues: tuple[RelationshipLink, ...]
    continued_by: RelationshipLink | None


def read_report_facts(db: Database, rel_id: str, today: dt.date) -> ReportFacts:
    """Everything one relationship's report prints, read from the file.

    Raises NotFoundError for an unknown id (the detail page's sentence); a damaged stored
    value raises the storage mapping's sentence, as the detail page does."""
    rel = _load_rel(db, rel_id)
    meetings = tuple(repo.meeting_facts_for(db, rel_id))
    happened = [m for m in meetings if happened_by(m.date, m.outcome, today)]
    until = min(rel.planned_end, rel.closed_on) if rel.closed_on else rel.planned_end
    continues, continued_by = replacement_repo.link_chain(db, rel_id)
    return ReportFacts(
        rel=rel,
        stages=tuple(repo.stages(db, rel_id)),
        goals=tuple(repo.goal_facts_for(db, rel_id)),
        meetings=meetings,
        checkins=tuple(repo.checkins_for(db, rel_id)),
        planned_dates=tuple(planned_meeting_dates(rel.start, rel.cadence, until)),
        attendance_rate=attendance(happened).rate,
        hours=mentoring_hours(happened),
        continues=continues,
        continued_by=continued_by,
    )
