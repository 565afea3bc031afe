"""Reading relationships: the list with health, and one relationship in full."""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Mapping, Sequence
from typing import Any

from .. import clock
from .. import relationships as rules
from ..errors import ValidationError
from ..i18n import gettext as _
from ..relationship_models import (
    Checkin,
    ExtensionEntry,
    Goal,
    GoalHistoryEntry,
    LinkedRelationship,
    Meeting,
    RelationshipDetail,
    RelationshipSummary,
    StageEntry,
)
from ..storage import relationships_repo as repo
from ..storage import replacement_repo
from ..storage.database import Database
from ..vocabulary import HEALTH_NAMES
from .relationship_base import (
    STATUSES,
    _date,
    _load_rel,
)


def _meeting_record(r: Mapping[str, Any]) -> rules.MeetingRecord:
    return rules.MeetingRecord(date=dt.date.fromisoformat(r["date"]), outcome=r["outcome"],
                               minutes=r["minutes"], with_notice=bool(r["with_notice"]), mode=r["mode"])


def _happened(records: Sequence[rules.MeetingRecord], today: dt.date) -> list[rules.MeetingRecord]:
    """Held or missed meetings dated after today are not facts yet (see rules.happened_by)."""
    return [m for m in records if rules.happened_by(m.date, m.outcome, today)]


def _checkin_record(r: Mapping[str, Any]) -> rules.CheckinRecord:
    scores = json.loads(r["scores"] or "{}")
    return rules.CheckinRecord(date=dt.date.fromisoformat(r["date"]), role=r["role"],
                               average=rules.checkin_average(scores))


def _goal_record(r: Mapping[str, Any]) -> rules.GoalRecord:
    return rules.GoalRecord(title=r["title"], due=_date(r["due_date"]), status=r["status"], id=r["id"])


def _snapshot(rel: Mapping[str, Any], meetings: Sequence[rules.MeetingRecord],
              checkins: Sequence[rules.CheckinRecord], goals: Sequence[rules.GoalRecord]) -> rules.RelationshipSnapshot:
    return rules.RelationshipSnapshot(
        id=rel["id"], mentor_id=rel["mentor_id"], mentor_name=rel["mentor_name"],
        mentee_id=rel["mentee_id"], mentee_name=rel["mentee_name"],
        start=dt.date.fromisoformat(rel["start_date"]), planned_end=_date(rel["planned_end"]),
        cadence=rel["cadence"], status=rel["status"], meetings=tuple(meetings),
        checkins=tuple(checkins), goals=tuple(goals),
        mentor_archived=bool(rel["mentor_archived"]), mentee_archived=bool(rel["mentee_archived"]),
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
        replaces_id=rel.get("replaces_id"),
    )


#: The rules' labels plus one for relationships that are over (health is about running ones);
#: in English, as the export and `--json` keep them.
HEALTH_LABELS: dict[str, str] = dict(HEALTH_NAMES)


def _snapshots(db: Database, program_id: str | None, status: str | None, today: dt.date | None = None
               ) -> list[tuple[dict[str, Any], rules.RelationshipSnapshot]]:
    """Four queries whatever the number of relationships: the list must stay quick at a few hundred."""
    rels = repo.list_relationships(db, program_id=program_id, status=status)
    meetings: dict[str, list[rules.MeetingRecord]] = defaultdict(list)
    for r in repo.meetings_bulk(db, program_id, status):
        record = _meeting_record(r)
        if rules.happened_by(record.date, record.outcome, today or clock.today()):
            meetings[r["relationship_id"]].append(record)
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
        raise ValidationError(_("Status must be one of: %(values)s.") % {"values": ", ".join(STATUSES)})
    today = today or clock.today()
    return [_summary(rel, snap, today) for rel, snap in _snapshots(db, program_id, status, today)]


def goals_by_relationship(db: Database, program_id: str | None = None, status: str | None = None
                          ) -> dict[str, list[tuple[str, str]]]:
    """Each relationship's goals as (title, status), in one query, for lists that show them all."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for g in repo.goals_bulk(db, program_id, status):
        out[g["relationship_id"]].append((g["title"], g["status"]))
    return dict(out)


def get_relationship(db: Database, rel_id: str, today: dt.date | None = None) -> RelationshipDetail:
    today = today or clock.today()
    rel = _load_rel(db, rel_id)
    meeting_rows = repo.meetings_for(db, rel_id)
    checkin_rows = repo.checkins_for(db, rel_id)
    goal_rows = repo.goals_for(db, rel_id)
    live_goals = {g["id"] for g in goal_rows}  # a deleted goal no longer shows as discussed
    snap = _snapshot(rel, _happened([_meeting_record(r) for r in meeting_rows], today),
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
    continues, continued_by = linked_relationships(db, rel_id)
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
                               goals_discussed=tuple(g for g in json.loads(m["goals_discussed"] or "[]")
                                                     if g in live_goals),
                               notes=m["notes"], updated_at=m["updated_at"]) for m in meeting_rows),
        checkins=tuple(Checkin(id=c["id"], relationship_id=rel_id, role=c["role"],
                               date=dt.date.fromisoformat(c["date"]), scores=json.loads(c["scores"] or "{}"),
                               comments=json.loads(c["comments"] or "{}"),
                               average=rules.checkin_average(json.loads(c["scores"] or "{}")))
                       for c in checkin_rows),
        planned_dates=tuple(planned),
        overdue_dates=tuple(overdue),
        continues=continues,
        continued_by=continued_by,
    )


def active_relationships_of(db: Database, person_id: str, today: dt.date | None = None
                            ) -> list[RelationshipSummary]:
    """The running relationships a person is in: what archiving them leaves without a partner."""
    today = today or clock.today()
    out = []
    for rel in repo.active_relationships_of_person(db, person_id):
        snap = _snapshot(rel, _happened([_meeting_record(r) for r in repo.meetings_for(db, rel["id"])], today),
                         [_checkin_record(r) for r in repo.checkins_for(db, rel["id"])],
                         [_goal_record(r) for r in repo.goals_for(db, rel["id"])])
        out.append(_summary(rel, snap, today))
    return out


def archived_warnings(db: Database, person_ids: Sequence[str]) -> list[str]:
    """One sentence per active relationship of the given (just archived) people, for the import's report."""
    out = []
    for pid in person_ids:
        for s in active_relationships_of(db, pid):
            role, name = ("mentor", s.mentor_name) if s.mentor_id == pid else ("mentee", s.mentee_name)
            out.append(_("%(sentence)s (relationship of %(mentor)s and %(mentee)s, %(id)s)") % {
                "sentence": rules.archived_sentence(role, name), "mentor": s.mentor_name, "mentee": s.mentee_name,
                "id": s.id})
    return out


def linked_relationships(db: Database, rel_id: str) -> tuple[tuple[LinkedRelationship, ...],
                                                             LinkedRelationship | None]:
    """The relationships this one continues (oldest first) and the one continuing it, if any.

    Follows `replaces_id` back with a guard against a loop a hand-edited or merged
    file could hold, so the report's story always ends.
    """
    earlier: list[LinkedRelationship] = []
    seen = {rel_id}
    row = replacement_repo.link_row(db, rel_id)
    while row is not None and row["replaces_id"] and row["replaces_id"] not in seen:
        seen.add(row["replaces_id"])
        row = replacement_repo.link_row(db, row["replaces_id"])
        if row is not None:
            earlier.append(_linked(row))
    after_id = replacement_repo.replacement_of(db, rel_id)
    after_row = replacement_repo.link_row(db, after_id) if after_id and after_id not in seen else None
    return tuple(reversed(earlier)), (_linked(after_row) if after_row else None)


def _linked(row: dict) -> LinkedRelationship:
    return LinkedRelationship(id=row["id"], mentor_name=row["mentor_name"],
                              start=dt.date.fromisoformat(row["start_date"]), ended=_date(row["closed_on"]))
