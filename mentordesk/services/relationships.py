"""Relationship use cases: pairing by hand, stages, goals, meetings, check-ins, attention.

The rules themselves live in `mentordesk.relationships` (pure); this module
checks input against the file, turns rule failures into ValidationError with
sentences an HR manager can act on, and makes every user action exactly one
transaction so a refused action leaves nothing half-written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from typing import Any, Mapping, Sequence

from .. import clock
from .. import relationships as rules
from ..errors import NotFoundError, ValidationError
from ..matching.scoring import management_chain
from ..models import PortraitEntry
from ..relationship_models import (
    AttentionItem,
    Checkin,
    ClosureCounts,
    ExtensionEntry,
    Goal,
    GoalHistoryEntry,
    HoursTotal,
    Meeting,
    PersonAttendance,
    RelationshipDetail,
    RelationshipSummary,
    StageEntry,
)
from ..storage import people_repo
from ..storage import relationships_repo as repo
from ..storage.database import Database

DEFAULT_MONTHS = 9
DEFAULT_CADENCE = "fortnightly"
DEFAULT_CAPACITY = 2
MAX_MEETING_MINUTES = 600
MAX_DAYS_AHEAD = 365
STATUSES = ("active", "closed")
WAITING_KIND = "waiting_list"
WAITING_LONG_DAYS = 60
_TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _fmt(d: dt.date) -> str:
    return d.strftime("%d %b %Y").lstrip("0")


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def _require_date(value: Any, what: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise ValidationError(f"{what} must be a date.")


def _load_rel(db: Database, rel_id: str) -> dict[str, Any]:
    row = repo.get_relationship(db, rel_id)
    if row is None:
        raise NotFoundError(f"There is no relationship with the id {rel_id!r}.")
    return row


# ---------------------------------------------------------------------------
# Starting, stages, extensions, closing
# ---------------------------------------------------------------------------


def pairing_problems(db: Database, mentor_id: str, mentee_id: str, *,
                     managers: Mapping[str, str | None] | None = None) -> list[str]:
    """Hard rules for a hand-made pair; the same rules the matcher uses, stated for HR.

    `managers` (person id -> manager's person id, as `people_repo.managers`
    returns) lets a caller checking many pairs in one transaction read the
    whole management chain once instead of once per pair; without it the
    chain is read from the file, which is what a single hand-made pair wants.
    """
    mentor_name = repo.person_name(db, mentor_id)
    mentee_name = repo.person_name(db, mentee_id)
    problems = []
    if mentor_name is None:
        problems.append("The chosen mentor is not in the people list.")
    if mentee_name is None:
        problems.append("The chosen mentee is not in the people list.")
    if problems:
        return problems
    if mentor_id == mentee_id:
        return [f"{mentor_name} cannot mentor themself."]
    if managers is None:
        managers = people_repo.managers(db)
    mentee_chain = management_chain(mentee_id, managers)
    mentor_chain = management_chain(mentor_id, managers)
    if mentor_id in mentee_chain:
        if mentee_chain[0] == mentor_id:
            problems.append(f"{mentor_name} is {mentee_name}'s manager, so cannot be their mentor.")
        else:
            problems.append(f"{mentor_name} is above {mentee_name} in the management chain, "
                            "so cannot be their mentor.")
    if mentee_id in mentor_chain:
        problems.append(f"{mentee_name} is above {mentor_name} in the management chain; "
                        "a mentor cannot be mentoring someone they report to.")
    if repo.active_between(db, mentor_id, mentee_id):
        problems.append(f"{mentor_name} and {mentee_name} already have an active relationship.")
    profile = people_repo.mentor_profile(db, mentor_id)
    capacity = profile.capacity if profile is not None else DEFAULT_CAPACITY
    active = repo.active_count_for_mentor(db, mentor_id)
    if active >= capacity:
        problems.append(f"{mentor_name} already mentors {active} people, their full capacity of {capacity}.")
    return problems


def start_relationship(
    db: Database,
    mentor_id: str,
    mentee_id: str,
    program_id: str | None = None,
    start: dt.date | None = None,
    months: int | None = None,
    cadence: str | None = None,
    mode: str = "in_person",
    group_key: str | None = None,
    *,
    managers: Mapping[str, str | None] | None = None,
) -> str:
    """Pair two people by hand, refusing anything the matcher would also refuse.

    `managers` is passed on to `pairing_problems`: approving a whole match
    starts hundreds of relationships in one transaction, and re-reading the
    company's management chain for each of them was most of that time.
    """
    start = _require_date(start, "The start date") if start is not None else clock.today()
    with db.transaction() as conn:
        program = None
        problems: list[str] = []
        if program_id is not None:
            program = repo.get_program(db, program_id)
            if program is None:
                raise NotFoundError("That program no longer exists.")
        if months is None:
            months = int(program["relationship_months"]) if program else DEFAULT_MONTHS
        if not isinstance(months, int) or not 1 <= months <= rules.MAX_LENGTH_MONTHS:
            problems.append(f"A relationship lasts 1 to {rules.MAX_LENGTH_MONTHS} months, not {months!r}.")
        if cadence is None:
            cadence = program["cadence"] if program else DEFAULT_CADENCE
        if cadence not in rules.CADENCES:
            problems.append(f"Meeting frequency must be one of {', '.join(rules.CADENCES)}.")
        if mode not in rules.MODES:
            problems.append(f"Meeting mode must be one of {', '.join(rules.MODES)}.")
        problems += pairing_problems(db, mentor_id, mentee_id, managers=managers)
        if problems:
            raise ValidationError(problems)
        planned_end = rules.add_months(start, months)
        rel_id = repo.insert_relationship(conn, {
            "program_id": program_id, "mentor_id": mentor_id, "mentee_id": mentee_id,
            "group_key": group_key, "start_date": start.isoformat(), "planned_end": planned_end.isoformat(),
            "cadence": cadence, "mode": mode, "stage": rules.FIRST_STAGE, "status": "active",
        })
        repo.insert_stage(conn, rel_id, rules.FIRST_STAGE, start.isoformat())
    return rel_id


def advance_stage(db: Database, rel_id: str, stage: int, began_on: dt.date, *,
                  hr_correction: bool = False) -> bool:
    """Move to `stage`; backwards only as an HR correction, which drops the later stages' dates.

    Returns whether anything changed (re-saving the current stage changes nothing).
    """
    began_on = _require_date(began_on, "The stage start date")
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        stage_rows = repo.stages(db, rel_id)
        dates: dict[int, dt.date] = {}
        for r in stage_rows:
            dates.setdefault(r["stage"], dt.date.fromisoformat(r["began_on"]))
        dates.setdefault(rules.FIRST_STAGE, dt.date.fromisoformat(rel["start_date"]))
        current = int(rel["stage"])
        proposed = {n: d for n, d in dates.items() if n <= max(stage, current) and n != stage}
        if stage > current:
            proposed[stage] = began_on
        elif stage in dates:
            proposed[stage] = dates[stage]
        try:
            rules.validate_stage_change(current, stage, proposed, status=rel["status"],
                                        hr_correction=hr_correction)
        except rules.StageChangeError as exc:
            raise ValidationError(exc.problems) from exc
        if stage == current:
            return False
        if stage > current:
            repo.insert_stage(conn, rel_id, stage, began_on.isoformat())
        else:
            for r in stage_rows:
                if r["stage"] > stage:
                    repo.tombstone_stage(conn, r["id"])
        repo.update_relationship(conn, rel_id, {"stage": stage})
    return True


def extend(db: Database, rel_id: str, new_end: dt.date, reason: str) -> None:
    """Push the planned end out, keeping the previous end and the reason for HR's records."""
    new_end = _require_date(new_end, "The new end date")
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        if rel["status"] != "active":
            raise ValidationError("Only an active relationship can be extended.")
        old_end = dt.date.fromisoformat(rel["planned_end"])
        try:
            ext = rules.extend(old_end, new_end, reason, start=dt.date.fromisoformat(rel["start_date"]))
        except ValueError as exc:
            raise ValidationError(str(exc)) from exc
        repo.insert_extension(conn, rel_id, old_end.isoformat(), ext.new_end.isoformat(), ext.reason)
        repo.update_relationship(conn, rel_id, {"planned_end": ext.new_end.isoformat()})


def close(db: Database, rel_id: str, outcome: str, reason: str = "", reflection: str = "",
          closed_on: dt.date | None = None) -> None:
    """Close a relationship. Capacity counts active relationships only, so this frees the mentor."""
    closed_on = _require_date(closed_on, "The closing date") if closed_on is not None else clock.today()
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        problems = []
        if rel["status"] != "active":
            problems.append("This relationship is already closed.")
        if outcome not in rules.CLOSURE_OUTCOMES:
            problems.append("Choose how the relationship ended: "
                            + ", ".join(v.lower() for v in rules.CLOSURE_OUTCOMES.values()) + ".")
        elif outcome != "completed" and not (reason or "").strip():
            problems.append("Give a reason when a relationship ends early.")
        start = dt.date.fromisoformat(rel["start_date"])
        if closed_on < start:
            problems.append(f"The closing date ({_fmt(closed_on)}) is before the start ({_fmt(start)}).")
        if problems:
            raise ValidationError(problems)
        repo.update_relationship(conn, rel_id, {
            "status": "closed", "closure_outcome": outcome, "closure_reason": (reason or "").strip(),
            "reflection": reflection or "", "closed_on": closed_on.isoformat(),
        })


def set_hr_summary(db: Database, rel_id: str, summary: str) -> bool:
    with db.transaction() as conn:
        _load_rel(db, rel_id)
        return repo.update_relationship(conn, rel_id, {"hr_summary": summary or ""})


def closure_counts(db: Database, program_id: str | None = None) -> ClosureCounts:
    """Completed and ended-early are kept apart: an early end must never inflate the completion rate."""
    active = completed = ended_early = 0
    by_outcome: dict[str, int] = dict.fromkeys(rules.CLOSURE_OUTCOMES, 0)
    for r in repo.list_relationships(db, program_id=program_id):
        if r["status"] == "active":
            active += 1
        elif r["closure_outcome"]:
            by_outcome[r["closure_outcome"]] += 1
            if rules.is_completed(r["closure_outcome"]):
                completed += 1
            else:
                ended_early += 1
    return ClosureCounts(active=active, completed=completed, ended_early=ended_early, by_outcome=by_outcome)


# ---------------------------------------------------------------------------
# Goals and competencies
# ---------------------------------------------------------------------------


def _goal_problems(status: str | None, progress: int | None) -> list[str]:
    problems = []
    if status is not None and status not in rules.GOAL_STATUSES:
        problems.append("A goal's status must be one of: "
                        + ", ".join(v.lower() for v in rules.GOAL_STATUSES.values()) + ".")
    if progress is not None and (isinstance(progress, bool) or not isinstance(progress, int)
                                 or not 0 <= progress <= 100):
        problems.append(f"Progress is a percentage from 0 to 100, not {progress!r}.")
    return problems


def add_goal(db: Database, rel_id: str, title: str, description: str = "", success_measure: str = "",
             due_date: dt.date | None = None, competency_id: str | None = None) -> str:
    """The first history row is written with the goal so its progress curve starts at creation."""
    with db.transaction() as conn:
        _load_rel(db, rel_id)
        problems = []
        if not (title or "").strip():
            problems.append("Give the goal a title.")
        if due_date is not None and not isinstance(due_date, dt.date):
            problems.append("The due date must be a date.")
        if competency_id is not None and not repo.competency_exists(db, competency_id):
            problems.append("The linked competency is not in the competency list.")
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
    with db.transaction() as conn:
        goal = repo.get_goal(db, goal_id)
        if goal is None:
            raise NotFoundError("That goal no longer exists.")
        problems = _goal_problems(status, progress)
        if title is not None and not title.strip():
            problems.append("A goal needs a title.")
        if competency_id not in (_UNSET, None) and not repo.competency_exists(db, competency_id):
            problems.append("The linked competency is not in the competency list.")
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
        new_status = status if status is not None else goal["status"]
        new_progress = progress if progress is not None else goal["progress"]
        if (new_status, new_progress) != (goal["status"], goal["progress"]):
            repo.insert_goal_history(conn, goal_id, new_status, new_progress, note or "")
    return changed


def reassess_competency(db: Database, person_id: str, competency_name: str, current: int,
                        target: int | None, assessed_at: dt.date) -> bool:
    """A new dated row, never an overwrite, so the report can show growth over the relationship."""
    problems = []
    if not (competency_name or "").strip():
        problems.append("Name the competency.")
    for label, value in (("Current level", current), ("Target level", target)):
        if value is None and label == "Target level":
            continue
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 5:
            problems.append(f"{label} must be a whole number from 0 to 5.")
    assessed_at = _require_date(assessed_at, "The assessment date")
    if problems:
        raise ValidationError(problems)
    with db.transaction() as conn:
        if repo.person_name(db, person_id) is None:
            raise NotFoundError("That person is not in the people list.")
        added = people_repo.record_portrait(
            conn, person_id, [PortraitEntry(competency=competency_name.strip(), current=current, target=target)],
            assessed_at.isoformat())
    return added > 0


# ---------------------------------------------------------------------------
# Meetings
# ---------------------------------------------------------------------------


def _meeting_problems(rel: dict[str, Any], date: Any, minutes: Any, outcome: Any, mode: Any,
                      time: Any, goals_discussed: Sequence[str], goal_ids: set[str],
                      today: dt.date) -> list[str]:
    problems = []
    if outcome not in rules.OUTCOMES:
        problems.append(f"Unknown meeting outcome {outcome!r}; use one of: "
                        + ", ".join(rules.OUTCOMES) + ".")
    if not isinstance(date, dt.date):
        problems.append("The meeting date must be a real date.")
    else:
        start = dt.date.fromisoformat(rel["start_date"])
        if date < start:
            problems.append(f"The meeting date ({_fmt(date)}) is before the relationship started "
                            f"({_fmt(start)}).")
        if date > today + dt.timedelta(days=MAX_DAYS_AHEAD):
            problems.append(f"The meeting date ({_fmt(date)}) is more than a year ahead.")
        if rel["closed_on"] and date > dt.date.fromisoformat(rel["closed_on"]):
            problems.append(f"The meeting date ({_fmt(date)}) is after the relationship closed "
                            f"({_fmt(dt.date.fromisoformat(rel['closed_on']))}).")
    if isinstance(minutes, bool) or not isinstance(minutes, int):
        problems.append(f"The duration must be a whole number of minutes, not {minutes!r}.")
    elif outcome == "held" and not 1 <= minutes <= MAX_MEETING_MINUTES:
        problems.append(f"A held meeting lasts 1 to {MAX_MEETING_MINUTES} minutes, not {minutes}.")
    elif outcome != "held" and not 0 <= minutes <= MAX_MEETING_MINUTES:
        problems.append(f"The duration must be 0 to {MAX_MEETING_MINUTES} minutes, not {minutes}.")
    if mode not in rules.MODES:
        problems.append(f"Meeting mode must be one of: {', '.join(rules.MODES)}.")
    if time and not (isinstance(time, str) and _TIME_RE.match(time)):
        problems.append(f"The time {time!r} is not a time of day like 09:30.")
    unknown = [g for g in goals_discussed if g not in goal_ids]
    if unknown:
        problems.append("Some goals discussed do not belong to this relationship.")
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
    """Record a meeting; any problem is reported together and nothing is written."""
    today = today or clock.today()
    if isinstance(date, dt.datetime):
        date = date.date()  # a meeting is booked on a day; a time part would break date comparisons
    with db.transaction() as conn:
        rel = repo.get_relationship(db, rel_id)
        if rel is None:
            raise ValidationError(f"There is no relationship with the id {rel_id!r}; nothing was logged.")
        mode = mode or rel["mode"]
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


def update_meeting(db: Database, meeting_id: str, *, today: dt.date | None = None,
                   expected_updated_at: str | None = None, **changes: Any) -> bool:
    """Changes are checked as a whole meeting, so an edit cannot produce one log_meeting would refuse."""
    allowed = {"date", "minutes", "outcome", "mode", "time", "with_notice", "topics", "goals_discussed", "notes"}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"not meeting fields: {sorted(unknown)}")
    today = today or clock.today()
    with db.transaction() as conn:
        row = repo.get_meeting(db, meeting_id)
        if row is None:
            raise NotFoundError("That meeting no longer exists (it may have been deleted).")
        rel = _load_rel(db, row["relationship_id"])
        merged = {
            "date": dt.date.fromisoformat(row["date"]), "minutes": row["minutes"], "outcome": row["outcome"],
            "mode": row["mode"], "time": row["time"], "with_notice": bool(row["with_notice"]),
            "topics": row["topics"], "goals_discussed": tuple(json.loads(row["goals_discussed"] or "[]")),
            "notes": row["notes"],
        }
        merged.update(changes)
        merged["goals_discussed"] = tuple(merged["goals_discussed"])
        problems = _meeting_problems(rel, merged["date"], merged["minutes"], merged["outcome"], merged["mode"],
                                     merged["time"], merged["goals_discussed"],
                                     repo.goal_ids_for(db, rel["id"]), today)
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


# ---------------------------------------------------------------------------
# Check-ins
# ---------------------------------------------------------------------------


def record_checkin(db: Database, rel_id: str, role: str, date: dt.date, scores: Mapping[str, int],
                   comments: Mapping[str, str] | None = None, *, today: dt.date | None = None) -> str:
    """Scores are 1-5 per question in rules.CHECKIN_QUESTIONS; skipped questions are simply absent."""
    today = today or clock.today()
    comments = dict(comments or {})
    with db.transaction() as conn:
        rel = _load_rel(db, rel_id)
        problems = []
        if role not in rules.ROLES:
            problems.append("A check-in is answered by the mentor or the mentee.")
        if not isinstance(date, dt.date):
            problems.append("The check-in date must be a date.")
        else:
            start = dt.date.fromisoformat(rel["start_date"])
            if date < start:
                problems.append(f"The check-in date ({_fmt(date)}) is before the relationship started.")
            if date > today:
                problems.append(f"The check-in date ({_fmt(date)}) is in the future.")
        for key, value in scores.items():
            if key not in rules.CHECKIN_QUESTIONS:
                problems.append(f"{key!r} is not a check-in question.")
            elif isinstance(value, bool) or not isinstance(value, int) or not (
                    rules.SCALE_MIN <= value <= rules.SCALE_MAX):
                problems.append(f"The answer to \u201c{rules.CHECKIN_QUESTIONS[key]}\u201d must be "
                                f"{rules.SCALE_MIN} to {rules.SCALE_MAX}, not {value!r}.")
        for key in comments:
            if key not in rules.CHECKIN_QUESTIONS:
                problems.append(f"A comment was given for {key!r}, which is not a check-in question.")
        if not scores and not any((c or "").strip() for c in comments.values()):
            problems.append("The check-in has no answers.")
        if problems:
            raise ValidationError(problems)
        return repo.insert_checkin(conn, {
            "relationship_id": rel_id, "role": role, "date": date.isoformat(),
            "scores": dict(scores), "comments": {k: v for k, v in comments.items() if (v or "").strip()},
        })


# ---------------------------------------------------------------------------
# Reading
# ---------------------------------------------------------------------------


def _meeting_record(r: Mapping[str, Any]) -> rules.MeetingRecord:
    return rules.MeetingRecord(date=dt.date.fromisoformat(r["date"]), outcome=r["outcome"],
                               minutes=r["minutes"], with_notice=bool(r["with_notice"]), mode=r["mode"])


def _checkin_record(r: Mapping[str, Any]) -> rules.CheckinRecord:
    scores = json.loads(r["scores"] or "{}")
    return rules.CheckinRecord(date=dt.date.fromisoformat(r["date"]), role=r["role"],
                               average=rules.checkin_average(scores))


def _goal_record(r: Mapping[str, Any]) -> rules.GoalRecord:
    return rules.GoalRecord(title=r["title"], due=_date(r["due_date"]), status=r["status"])


def _snapshot(rel: Mapping[str, Any], meetings: Sequence[rules.MeetingRecord],
              checkins: Sequence[rules.CheckinRecord], goals: Sequence[rules.GoalRecord]) -> rules.RelationshipSnapshot:
    return rules.RelationshipSnapshot(
        id=rel["id"], mentor_id=rel["mentor_id"], mentor_name=rel["mentor_name"],
        mentee_id=rel["mentee_id"], mentee_name=rel["mentee_name"],
        start=dt.date.fromisoformat(rel["start_date"]), planned_end=_date(rel["planned_end"]),
        cadence=rel["cadence"], status=rel["status"], meetings=tuple(meetings),
        checkins=tuple(checkins), goals=tuple(goals),
    )


def _summary(rel: Mapping[str, Any], snap: rules.RelationshipSnapshot, today: dt.date) -> RelationshipSummary:
    a = rules.attendance(snap.meetings)
    if rel["status"] == "active":
        label, reasons = rules.health(snap, today)
    else:
        label, reasons = "closed", []
    return RelationshipSummary(
        id=rel["id"], program_id=rel["program_id"], program_name=rel["program_name"] or "",
        mentor_id=rel["mentor_id"], mentor_name=rel["mentor_name"],
        mentee_id=rel["mentee_id"], mentee_name=rel["mentee_name"],
        stage=int(rel["stage"]), stage_name=rules.stage_name(int(rel["stage"])),
        start=snap.start, planned_end=dt.date.fromisoformat(rel["planned_end"]), status=rel["status"],
        closure_outcome=rel["closure_outcome"], cadence=rel["cadence"], mode=rel["mode"],
        meetings_held=a.held, meetings_missed=a.missed_by_mentor + a.missed_by_mentee,
        attendance_rate=a.rate, hours=rules.mentoring_hours(snap.meetings),
        health=label, health_label=HEALTH_LABELS.get(label, label), health_reasons=tuple(reasons),
    )


#: The rules' labels plus one for relationships that are over (health is about running ones).
HEALTH_LABELS: dict[str, str] = {**rules.HEALTH_LABELS, "closed": "Closed"}


def _snapshots(db: Database, program_id: str | None, status: str | None
               ) -> list[tuple[dict[str, Any], rules.RelationshipSnapshot]]:
    """Four queries whatever the number of relationships: the list must stay quick at a few hundred."""
    rels = repo.list_relationships(db, program_id=program_id, status=status)
    meetings: dict[str, list[rules.MeetingRecord]] = defaultdict(list)
    for r in repo.meetings_bulk(db, program_id, status):
        meetings[r["relationship_id"]].append(_meeting_record(r))
    checkins: dict[str, list[rules.CheckinRecord]] = defaultdict(list)
    for r in repo.checkins_bulk(db, program_id, status):
        checkins[r["relationship_id"]].append(_checkin_record(r))
    goals: dict[str, list[rules.GoalRecord]] = defaultdict(list)
    for r in repo.goals_bulk(db, program_id, status):
        goals[r["relationship_id"]].append(_goal_record(r))
    return [(rel, _snapshot(rel, meetings[rel["id"]], checkins[rel["id"]], goals[rel["id"]])) for rel in rels]


def list_relationships(db: Database, program_id: str | None = None, status: str | None = None,
                       today: dt.date | None = None) -> list[RelationshipSummary]:
    if status is not None and status not in STATUSES:
        raise ValidationError(f"Status must be one of: {', '.join(STATUSES)}.")
    today = today or clock.today()
    return [_summary(rel, snap, today) for rel, snap in _snapshots(db, program_id, status)]


def get_relationship(db: Database, rel_id: str, today: dt.date | None = None) -> RelationshipDetail:
    today = today or clock.today()
    rel = _load_rel(db, rel_id)
    meeting_rows = repo.meetings_for(db, rel_id)
    checkin_rows = repo.checkins_for(db, rel_id)
    goal_rows = repo.goals_for(db, rel_id)
    snap = _snapshot(rel, [_meeting_record(r) for r in meeting_rows],
                     [_checkin_record(r) for r in checkin_rows], [_goal_record(r) for r in goal_rows])
    history: dict[str, list[GoalHistoryEntry]] = defaultdict(list)
    for h in repo.goal_history(db, [g["id"] for g in goal_rows]):
        history[h["goal_id"]].append(GoalHistoryEntry(status=h["status"], progress=h["progress"],
                                                      note=h["note"], recorded_at=h["created_at"]))
    closed_on = _date(rel["closed_on"])
    planned_end = dt.date.fromisoformat(rel["planned_end"])
    until = min(planned_end, closed_on) if closed_on else planned_end
    planned = rules.planned_meeting_dates(snap.start, rel["cadence"], until)
    overdue = (rules.overdue_planned(planned, [m.date for m in snap.meetings], today, cadence=rel["cadence"])
               if rel["status"] == "active" else [])
    return RelationshipDetail(
        summary=_summary(rel, snap, today),
        group_key=rel["group_key"], closure_reason=rel["closure_reason"], reflection=rel["reflection"],
        closed_on=closed_on, hr_summary=rel["hr_summary"], updated_at=rel["updated_at"],
        attendance=rules.attendance(snap.meetings),
        stages=tuple(StageEntry(stage=s["stage"], name=rules.stage_name(s["stage"]),
                                began_on=dt.date.fromisoformat(s["began_on"])) for s in repo.stages(db, rel_id)),
        extensions=tuple(ExtensionEntry(id=e["id"], previous_end=dt.date.fromisoformat(e["previous_end"]),
                                        new_end=dt.date.fromisoformat(e["new_end"]), reason=e["reason"],
                                        recorded_at=e["created_at"]) for e in repo.extensions(db, rel_id)),
        goals=tuple(Goal(id=g["id"], relationship_id=rel_id, title=g["title"], description=g["description"],
                         success_measure=g["success_measure"], due_date=_date(g["due_date"]), status=g["status"],
                         progress=g["progress"], competency_id=g["competency_id"],
                         competency_name=g["competency_name"], history=tuple(history[g["id"]]))
                    for g in goal_rows),
        meetings=tuple(Meeting(id=m["id"], relationship_id=rel_id, date=dt.date.fromisoformat(m["date"]),
                               time=m["time"], minutes=m["minutes"], mode=m["mode"], outcome=m["outcome"],
                               with_notice=bool(m["with_notice"]), topics=m["topics"],
                               goals_discussed=tuple(json.loads(m["goals_discussed"] or "[]")),
                               notes=m["notes"], updated_at=m["updated_at"]) for m in meeting_rows),
        checkins=tuple(Checkin(id=c["id"], relationship_id=rel_id, role=c["role"],
                               date=dt.date.fromisoformat(c["date"]), scores=json.loads(c["scores"] or "{}"),
                               comments=json.loads(c["comments"] or "{}"),
                               average=rules.checkin_average(json.loads(c["scores"] or "{}")))
                       for c in checkin_rows),
        planned_dates=tuple(planned),
        overdue_dates=tuple(overdue),
    )


# ---------------------------------------------------------------------------
# Attention list and snoozes
# ---------------------------------------------------------------------------


def _item_key(item: rules.AttentionItem) -> str:
    """Stable across days (no dates, no counts) so a snooze keeps hiding the same item."""
    owner = item.relationship_id if item.relationship_id is not None else item.person_id
    if item.kind == "checkin_overdue":
        return f"{item.kind}:{owner}:{item.title.split(' ', 1)[0].lower()}"
    if item.kind == "goal_past_due":
        return f"{item.kind}:{owner}:{item.title.split(': ', 1)[-1]}"
    return f"{item.kind}:{owner}"


_SEVERITY_ORDER = {s: i for i, s in enumerate(rules.SEVERITIES)}
ATTENTION_KINDS: dict[str, str] = {**rules.ATTENTION_KINDS, WAITING_KIND: "Waiting for a mentor"}


def attention_list(db: Database, today: dt.date | None = None,
                   miss_threshold: float = rules.MENTOR_MISS_RATE_THRESHOLD) -> list[AttentionItem]:
    """HR's to-do list: the rules' items plus mentees waiting longest, minus what HR snoozed."""
    today = today or clock.today()
    snaps = [snap for _, snap in _snapshots(db, None, None)]
    items: list[AttentionItem] = []
    for it in rules.attention_items(snaps, today, miss_threshold):
        items.append(AttentionItem(
            key=_item_key(it), kind=it.kind, kind_label=ATTENTION_KINDS.get(it.kind, it.kind),
            relationship_id=it.relationship_id, person_id=it.person_id, title=it.title,
            detail=it.detail, severity=it.severity, due=it.due))
    for w in repo.waitlisted_mentees(db):
        since = _date(w["waiting_since"]) or today
        days = (today - since).days
        program = f" ({w['program_name']})" if w["program_name"] else ""
        items.append(AttentionItem(
            key=f"{WAITING_KIND}:{w['id']}", kind=WAITING_KIND, kind_label=ATTENTION_KINDS[WAITING_KIND],
            relationship_id=None, person_id=w["person_id"],
            title=f"Waiting for a mentor: {w['name']}{program}",
            detail=f"On the waiting list since {_fmt(since)} ({days} days).",
            severity="medium" if days > WAITING_LONG_DAYS else "low", due=since))
    snoozed = repo.snoozes(db)
    visible = [i for i in items if not (i.key in snoozed and dt.date.fromisoformat(snoozed[i.key]) > today)]
    return sorted(visible, key=lambda i: (_SEVERITY_ORDER[i.severity], i.due is None,
                                          i.due or dt.date.min, i.title))


def snooze(db: Database, item_key: str, until: dt.date, note: str = "", *, today: dt.date | None = None) -> str:
    """Hide an item until `until` (it shows again on that day)."""
    today = today or clock.today()
    until = _require_date(until, "The snooze date")
    if not (item_key or "").strip():
        raise ValidationError("Choose the item to snooze.")
    if until <= today:
        raise ValidationError(f"Snooze until a day after today, not {_fmt(until)}.")
    with db.transaction() as conn:
        return repo.save_snooze(conn, item_key, until.isoformat(), note or "")


# ---------------------------------------------------------------------------
# Attendance per person and hours
# ---------------------------------------------------------------------------


def person_attendance(db: Database, person_id: str) -> PersonAttendance:
    """Each miss counts only against whoever missed it, across every relationship the person is in."""
    name = repo.person_name(db, person_id)
    if name is None:
        raise NotFoundError("That person is not in the people list.")
    rows_ = repo.meetings_of_person(db, person_id)
    own = partner = held = counted = 0
    minutes = 0
    for r in rows_:
        outcome = r["outcome"]
        if outcome in rules.COUNTED_OUTCOMES:
            counted += 1
        if outcome == "held":
            held += 1
            minutes += r["minutes"] or 0
        elif outcome in ("missed_by_mentor", "missed_by_mentee"):
            if outcome == f"missed_by_{r['role']}":
                own += 1
            else:
                partner += 1
    return PersonAttendance(
        person_id=person_id, name=name, relationships=len(repo.relationship_ids_of_person(db, person_id)),
        held=held, counted=counted, missed_by_person=own, missed_by_partner=partner,
        attendance_rate=held / counted if counted else None,
        own_miss_rate=own / counted if counted else None, hours=minutes / 60,
    )


def hours_by_relationship(db: Database, program_id: str | None = None) -> list[HoursTotal]:
    return [HoursTotal(key=r["id"], name=f"{r['mentor_name']} & {r['mentee_name']}", hours=r["minutes"] / 60)
            for r in repo.hours_rows(db, program_id)]


def hours_by_mentor(db: Database, program_id: str | None = None) -> list[HoursTotal]:
    totals: dict[str, list[Any]] = {}
    for r in repo.hours_rows(db, program_id):
        entry = totals.setdefault(r["mentor_id"], [r["mentor_name"], 0])
        entry[1] += r["minutes"]
    return sorted((HoursTotal(key=k, name=v[0], hours=v[1] / 60) for k, v in totals.items()),
                  key=lambda h: (-h.hours, h.name.lower()))


def hours_by_program(db: Database) -> list[HoursTotal]:
    totals: dict[str | None, list[Any]] = {}
    for r in repo.hours_rows(db):
        entry = totals.setdefault(r["program_id"], [r["program_name"] or "No program", 0])
        entry[1] += r["minutes"]
    return sorted((HoursTotal(key=k, name=v[0], hours=v[1] / 60) for k, v in totals.items()),
                  key=lambda h: h.name.lower())


def program_id_by_name(db: Database, name: str) -> str:
    found = repo.program_by_name(db, name)
    if found is None:
        raise NotFoundError(f"There is no program called {name!r}.")
    return found["id"]
