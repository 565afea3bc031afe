"""The meeting log: log, edit and delete (as a tombstone) meetings."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from .. import clock
from .. import relationships as rules
from ..errors import NotFoundError, ValidationError
from ..i18n import gettext as _
from ..storage import relationships_repo as repo
from ..storage.database import Database
from ..storage.records import RelationshipRecord
from . import edit_undo
from .relationship_base import (
    _TIME_RE,
    MAX_MEETING_MINUTES,
    _load_rel,
    _refuse_if_closed,
)


def _meeting_problems(rel: RelationshipRecord, date: Any, minutes: Any, outcome: Any, mode: Any,
                      time: Any, goals_discussed: Sequence[str], goal_ids: set[str],
                      today: dt.date) -> list[str]:
    problems = []
    if outcome not in rules.OUTCOMES:
        problems.append(_("Unknown meeting outcome %(value)s; use one of: %(values)s.")
                        % {"value": repr(outcome), "values": ", ".join(rules.OUTCOMES)})
    if not isinstance(date, dt.date):
        problems.append(_("The meeting date must be a real date."))
    elif outcome in rules.OUTCOMES:
        problems += rules.meeting_date_problems(date, outcome, start=rel.start, closed_on=rel.closed_on,
                                                today=today)
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        problems.append(_("The duration must be a whole number of minutes, not %(value)s.") % {"value": repr(minutes)})
    elif outcome == "held" and not 1 <= minutes <= MAX_MEETING_MINUTES:
        problems.append(_("A held meeting lasts 1 to %(max)s minutes, not %(value)s.")
                        % {"max": MAX_MEETING_MINUTES, "value": minutes})
    elif outcome != "held" and not 0 <= minutes <= MAX_MEETING_MINUTES:
        problems.append(_("The duration must be 0 to %(max)s minutes, not %(value)s.")
                        % {"max": MAX_MEETING_MINUTES, "value": minutes})
    if mode not in rules.MODES:
        problems.append(_("Meeting mode must be one of: %(values)s.") % {"values": ", ".join(rules.MODES)})
    if time and not (isinstance(time, str) and _TIME_RE.match(time)):
        problems.append(_("The time %(value)s is not a time of day like 09:30.") % {"value": repr(time)})
    unknown = [g for g in goals_discussed if g not in goal_ids]
    if unknown:
        problems.append(_("Some goals discussed do not belong to this relationship."))
    return problems


def log_meeting(
    db: Database,
    rel_id: str,
    date: dt.date,
    minutes: int,
    outcome: str,
    mode: str | None = None,
    time: str = "",
    with_notice: bool = True,
    topics: str = "",
    goals_discussed: Sequence[str] = (),
    notes: str = "",
    *,
    today: dt.date | None = None,
) -> str:
    """Record a meeting; any problem is reported together and nothing is written.

    A closed relationship takes no new meeting, and a held or missed meeting cannot
    be dated in the future (rules in `relationship_rules.records`); existing meetings
    of a closed relationship may still be corrected or deleted.
    """
    today = today or clock.today()
    if isinstance(date, dt.datetime):
        date = date.date()  # a meeting is booked on a day; a time part would break date comparisons
    with db.transaction() as conn:
        rel = repo.get_relationship(db, rel_id)
        if rel is None:
            raise ValidationError(_("There is no relationship with the id %(id)s; nothing was logged.")
                                  % {"id": repr(rel_id)})
        _refuse_if_closed(rel, "meeting")
        mode = mode or rel.mode
        goals_discussed = tuple(goals_discussed)
        problems = _meeting_problems(rel, date, minutes, outcome, mode, time, goals_discussed,
                                     repo.goal_ids_for(db, rel_id) if goals_discussed else set(), today)
        if problems:
            raise ValidationError(problems)
        return repo.insert_meeting(conn, {
            "relationship_id": rel_id, "date": date.isoformat(), "time": time or "", "minutes": minutes,
            "mode": mode, "outcome": outcome, "with_notice": bool(with_notice), "topics": topics or "",
            "goals_discussed": list(goals_discussed), "notes": notes or "",
        })


#: The meeting's fields an edit may change (the rest are its identity and stamps).
_EDITABLE = ("date", "minutes", "outcome", "mode", "time", "with_notice", "topics", "goals_discussed", "notes")


def update_meeting(db: Database, meeting_id: str, *, today: dt.date | None = None,
                   expected_updated_at: str | None = None, **changes: Any) -> bool:
    """Changes are checked as a whole meeting, so an edit cannot produce one log_meeting would refuse."""
    unknown = set(changes) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"not meeting fields: {sorted(unknown)}")
    today = today or clock.today()
    shown = repo.get_meeting(db, meeting_id)
    label = shown.date.isoformat() if shown is not None else ""
    with edit_undo.recorded(db, "meeting", meeting_id, label) as conn:  # one transaction; Edit > Undo can take it back
        meeting = repo.get_meeting(db, meeting_id)
        if meeting is None:
            raise NotFoundError(_("That meeting no longer exists (it may have been deleted)."))
        rel = _load_rel(db, meeting.relationship_id)
        merged = {field: getattr(meeting, field) for field in _EDITABLE}
        merged.update(changes)
        merged["goals_discussed"] = tuple(merged["goals_discussed"])
        problems = _meeting_problems(rel, merged["date"], merged["minutes"], merged["outcome"], merged["mode"],
                                     merged["time"], merged["goals_discussed"],
                                     repo.goal_ids_for(db, rel.id), today)
        if problems:
            raise ValidationError(problems)
        stored = dict(merged)
        stored["date"] = merged["date"].isoformat()
        stored["goals_discussed"] = list(merged["goals_discussed"])
        stored["with_notice"] = bool(merged["with_notice"])
        return repo.update_meeting(conn, meeting_id, stored, expected_updated_at=expected_updated_at)


def delete_meeting(db: Database, meeting_id: str) -> bool:
    """A tombstone, so the deletion also reaches other copies of the file when they are merged."""
    with db.transaction() as conn:
        return repo.tombstone_meeting(conn, meeting_id)


def count_meetings(db: Database, rel_id: str | None = None) -> int:
    return repo.count_meetings(db, rel_id)
