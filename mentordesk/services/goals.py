"""Goals of a relationship (with their history) and competency re-assessments."""

from __future__ import annotations

import datetime as dt
from typing import Any

from .. import relationships as rules
from ..errors import NotFoundError, ValidationError
from ..i18n import N_
from ..i18n import gettext as _
from ..models import PortraitEntry
from ..storage import people_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database
from . import edit_undo
from .relationship_base import (
    _load_rel,
    _refuse_if_closed,
    _require_date,
)


def _goal_problems(status: str | None, progress: int | None) -> list[str]:
    problems = []
    if status is not None and status not in rules.GOAL_STATUSES:
        problems.append(_("A goal's status must be one of: %(values)s.")
                        % {"values": ", ".join(_(v) for v in rules.GOAL_STATUSES.values())})
    if progress is not None and (isinstance(progress, bool) or not isinstance(progress, int)
                                 or not 0 <= progress <= 100):
        problems.append(_("Progress is a percentage from 0 to 100, not %(value)s.") % {"value": repr(progress)})
    return problems


def add_goal(db: Database, rel_id: str, title: str, description: str = "", success_measure: str = "",
             due_date: dt.date | None = None, competency_id: str | None = None) -> str:
    """The first history row is written with the goal so its progress curve starts at creation."""
    with db.transaction() as conn:
        _refuse_if_closed(_load_rel(db, rel_id), "goal")
        problems = []
        if not (title or "").strip():
            problems.append(_("Give the goal a title."))
        if due_date is not None and not isinstance(due_date, dt.date):
            problems.append(_("The due date must be a date."))
        if competency_id is not None and not repo.competency_exists(db, competency_id):
            problems.append(_("The linked competency is not in the competency list."))
        if problems:
            raise ValidationError(problems)
        goal_id = repo.insert_goal(conn, {
            "relationship_id": rel_id, "title": title.strip(), "description": description or "",
            "success_measure": success_measure or "",
            "due_date": due_date.isoformat() if due_date else None,
            "status": "open", "progress": 0, "competency_id": competency_id,
        })
        repo.insert_goal_history(conn, goal_id, "open", 0, "Goal set")
    return goal_id


_UNSET: Any = object()


def update_goal(db: Database, goal_id: str, *, title: str | None = None, description: str | None = None,
                success_measure: str | None = None, due_date: dt.date | None = _UNSET,
                status: str | None = None, progress: int | None = None,
                competency_id: str | None = _UNSET, note: str = "") -> bool:
    """Every status or progress change adds a history row, so HR can see how a goal moved."""
    goal = repo.get_goal(db, goal_id)
    label = goal.title if goal is not None else ""
    with edit_undo.recorded(db, "goal", goal_id, label) as conn:  # one transaction; Edit > Undo can take it back
        goal = repo.get_goal(db, goal_id)
        if goal is None:
            raise NotFoundError(_("That goal no longer exists."))
        _refuse_if_closed(_load_rel(db, goal.relationship_id), "goal_update")
        problems = _goal_problems(status, progress)
        if title is not None and not title.strip():
            problems.append(_("A goal needs a title."))
        if competency_id not in (_UNSET, None) and not repo.competency_exists(db, competency_id):
            problems.append(_("The linked competency is not in the competency list."))
        if problems:
            raise ValidationError(problems)
        if status == "achieved" and progress is None:
            progress = 100  # achieving a goal is reaching it in full
        changes: dict[str, Any] = {}
        if title is not None:
            changes["title"] = title.strip()
        if description is not None:
            changes["description"] = description
        if success_measure is not None:
            changes["success_measure"] = success_measure
        if due_date is not _UNSET:
            changes["due_date"] = due_date.isoformat() if due_date else None
        if status is not None:
            changes["status"] = status
        if progress is not None:
            changes["progress"] = progress
        if competency_id is not _UNSET:
            changes["competency_id"] = competency_id
        changed = repo.update_goal(conn, goal_id, changes)
        new_status = status if status is not None else goal.status
        new_progress = progress if progress is not None else goal.progress
        if (new_status, new_progress) != (goal.status, goal.progress):
            repo.insert_goal_history(conn, goal_id, new_status, new_progress, note or "")
    return changed


def delete_goal(db: Database, goal_id: str) -> bool:
    """A tombstone, like meetings, so the deletion reaches other copies of the file when merged.

    Allowed on a closed relationship too: removing a goal entered by mistake corrects the
    record rather than adding to it. The goal leaves the views, attention list and reports.
    """
    with db.transaction() as conn:
        if repo.get_goal(db, goal_id) is None:
            raise NotFoundError(_("That goal no longer exists (it may have been deleted already). "
                                  "Nothing was changed."))
        return repo.tombstone_goal(conn, goal_id)


def reassess_competency(db: Database, person_id: str, competency_name: str, current: int,
                        target: int | None, assessed_at: dt.date) -> bool:
    """A new dated row, never an overwrite, so the report can show growth over the relationship."""
    problems = []
    if not (competency_name or "").strip():
        problems.append(_("Name the competency."))
    for is_target, value in ((False, current), (True, target)):
        if value is None and is_target:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
            problems.append(_("Target level must be a whole number from 0 to 5.") if is_target else
                            _("Current level must be a whole number from 0 to 5."))
    assessed_at = _require_date(assessed_at, N_("The assessment date"))
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        if repo.person_name(db, person_id) is None:
            raise NotFoundError(_("That person is not in the people list."))
        added = people_repo.record_portrait(
            conn, person_id, [PortraitEntry(competency=competency_name.strip(), current=current, target=target)],
            assessed_at.isoformat())
    return added > 0
