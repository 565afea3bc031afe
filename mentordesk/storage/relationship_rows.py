"""Rows of the goals, goal history, meetings and extensions tables as the records every screen knows.

The records themselves live in `relationship_models` (the window, the CLI and the
reports share them); mapping the rows is storage's job (issue 16), kept apart
from `records.py` so that module stays cheap to import for the programs area.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from ..relationship_models import ExtensionEntry, Goal, GoalHistoryEntry, Meeting
from .records import day
from .stored_dates import required_date

__all__ = ["extension_of", "goal_of", "history_entry_of", "meeting_of"]


def extension_of(row: Mapping[str, Any]) -> ExtensionEntry:
    return ExtensionEntry(id=row["id"], previous_end=required_date(row["previous_end"], "extensions", "previous_end"),
                          new_end=required_date(row["new_end"], "extensions", "new_end"), reason=row["reason"],
                          recorded_at=row["created_at"])


def goal_of(row: Mapping[str, Any]) -> Goal:
    """A goal without its history (`relationships_repo.goal_histories` reads that for many goals at once)."""
    return Goal(id=row["id"], relationship_id=row["relationship_id"], title=row["title"],
                description=row["description"], success_measure=row["success_measure"],
                due_date=day(row["due_date"], "goals", "due_date"), status=row["status"], progress=row["progress"],
                competency_id=row["competency_id"], competency_name=row["competency_name"])


def history_entry_of(row: Mapping[str, Any]) -> GoalHistoryEntry:
    return GoalHistoryEntry(status=row["status"], progress=row["progress"], note=row["note"],
                            recorded_at=row["created_at"])


def meeting_of(row: Mapping[str, Any]) -> Meeting:
    """Every goal the meeting names, even a deleted one: the detail filters to the live goals."""
    return Meeting(id=row["id"], relationship_id=row["relationship_id"],
                   date=required_date(row["date"], "meetings", "date"),
                   time=row["time"], minutes=row["minutes"], mode=row["mode"], outcome=row["outcome"],
                   with_notice=bool(row["with_notice"]), topics=row["topics"],
                   goals_discussed=tuple(json.loads(row["goals_discussed"] or "[]")), notes=row["notes"],
                   updated_at=row["updated_at"])
