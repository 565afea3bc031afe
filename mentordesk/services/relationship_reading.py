"""Reading relationships: the list with health, and one relationship in full."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Sequence

from .. import clock
from .. import relationships as rules
from ..errors import ValidationError
from ..i18n import gettext as _
from ..relationship_models import (
    Checkin,
    Goal,
    LinkedRelationship,
    Meeting,
    RelationshipDetail,
    RelationshipSummary,
    StageEntry,
)
from ..storage import relationships_repo as repo
from ..storage import replacement_repo
from ..storage.database import Database
from ..storage.records import MeetingFacts, RelationshipLink, RelationshipRecord, StoredCheckin
from ..vocabulary import HEALTH_NAMES
from .relationship_base import (
    STATUSES,
    _load_rel,
)


def _meeting_record(m: Meeting | MeetingFacts) -> rules.MeetingRecord:
    return rules.MeetingRecord(date=m.date, outcome=m.outcome, minutes=m.minutes, with_notice=m.with_notice,
                               mode=m.mode)


def _happened(records: Sequence[rules.MeetingRecord], today: dt.date) -> list[rules.MeetingRecord]:
    """Held or missed meetings dated after today are not facts yet (see rules.happened_by)."""
    return [m for m in records if rules.happened_by(m.date, m.outcome, today)]


def _checkin_record(c: StoredCheckin) -> rules.CheckinRecord:
    return rules.CheckinRecord(date=c.date, role=c.role, average=rules.checkin_average(c.scores))


def _goal_record(g: Goal) -> rules.GoalRecord:
    return rules.GoalRecord(title=g.title, due=g.due_date, status=g.status, id=g.id)


def _snapshot(rel: RelationshipRecord, meetings: Sequence[rules.MeetingRecord],
              checkins: Sequence[rules.CheckinRecord], goals: Sequence[rules.GoalRecord]) -> rules.RelationshipSnapshot:
    return rules.RelationshipSnapshot(
        id=rel.id, mentor_id=rel.mentor_id, mentor_name=rel.mentor_name,
        mentee_id=rel.mentee_id, mentee_name=rel.mentee_name,
        start=rel.start, planned_end=rel.planned_end,
        cadence=rel.cadence, status=rel.status, meetings=tuple(meetings),
        checkins=tuple(checkins), goals=tuple(goals),
        mentor_archived=rel.mentor_archived, mentee_archived=rel.mentee_archived,
    )


def _summary(rel: RelationshipRecord, snap: rules.RelationshipSnapshot, today: dt.date) -> RelationshipSummary:
    a = rules.attendance(snap.meetings)
    if rel.status == "active":
        label, reasons = rules.health(snap, today)
    else:
        label, reasons = "closed", []
    return RelationshipSummary(
        id=rel.id, program_id=rel.program_id, program_name=rel.program_name,
        mentor_id=rel.mentor_id, mentor_name=rel.mentor_name,
        mentee_id=rel.mentee_id, mentee_name=rel.mentee_name,
        stage=rel.stage, stage_name=rules.stage_name(rel.stage),
        start=snap.start, planned_end=rel.planned_end, status=rel.status,
        closure_outcome=rel.closure_outcome, cadence=rel.cadence, mode=rel.mode,
        meetings_held=a.held, meetings_missed=a.missed_by_mentor + a.missed_by_mentee,
        attendance_rate=a.rate, hours=rules.mentoring_hours(snap.meetings),
        health=label, health_label=HEALTH_LABELS.get(label, label), health_reasons=tuple(reasons),
        replaces_id=rel.replaces_id,
    )


#: The rules' labels plus one for relationships that are over (health is about running ones);
#: in English, as the export and `--json` keep them.
HEALTH_LABELS: dict[str, str] = dict(HEALTH_NAMES)


def _snapshots(db: Database, program_id: str | None, status: str | None, today: dt.date | None = None
               ) -> list[tuple[RelationshipRecord, rules.RelationshipSnapshot]]:
    """Four queries whatever the number of relationships: the list must stay quick at a few hundred."""
    rels = repo.list_relationships(db, program_id=program_id, status=status)
    meetings: dict[str, list[rules.MeetingRecord]] = defaultdict(list)
    for m in repo.meetings_bulk(db, program_id, status):
        record = _meeting_record(m)
        if rules.happened_by(record.date, record.outcome, today or clock.today()):
            meetings[m.relationship_id].append(record)
    checkins: dict[str, list[rules.CheckinRecord]] = defaultdict(list)
    for c in repo.checkins_bulk(db, program_id, status):
        checkins[c.relationship_id].append(_checkin_record(c))
    goals: dict[str, list[rules.GoalRecord]] = defaultdict(list)
    for g in repo.goals_bulk(db, program_id, status):
        goals[g.relationship_id].append(_goal_record(g))
    return [(rel, _snapshot(rel, meetings[rel.id], checkins[rel.id], goals[rel.id])) for rel in rels]


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
        out[g.relationship_id].append((g.title, g.status))
    return dict(out)


def get_relationship(db: Database, rel_id: str, today: dt.date | None = None) -> RelationshipDetail:
    today = today or clock.today()
    rel = _load_rel(db, rel_id)
    meetings = repo.meetings_for(db, rel_id)
    checkins = repo.checkins_for(db, rel_id)
    goals = repo.goals_for(db, rel_id)
    snap = _snapshot(rel, _happened([_meeting_record(m) for m in meetings], today),
                     [_checkin_record(c) for c in checkins], [_goal_record(g) for g in goals])
    until = min(rel.planned_end, rel.closed_on) if rel.closed_on else rel.planned_end
    planned = rules.planned_meeting_dates(snap.start, rel.cadence, until)
    overdue = (rules.overdue_planned(planned, [m.date for m in snap.meetings], today, cadence=rel.cadence)
               if rel.status == "active" else [])
    continues, continued_by = linked_relationships(db, rel_id)
    return RelationshipDetail(
        summary=_summary(rel, snap, today),
        group_key=rel.group_key, closure_reason=rel.closure_reason, reflection=rel.reflection,
        closed_on=rel.closed_on, hr_summary=rel.hr_summary, updated_at=rel.updated_at,
        attendance=rules.attendance(snap.meetings),
        stages=tuple(StageEntry(stage=s.stage, name=rules.stage_name(s.stage), began_on=s.began_on)
                     for s in repo.stages(db, rel_id)),
        extensions=tuple(repo.extensions(db, rel_id)),
        goals=_goals_with_history(db, goals),
        meetings=_meetings_naming_live_goals(meetings, {g.id for g in goals}),
        checkins=tuple(Checkin(id=c.id, relationship_id=c.relationship_id, role=c.role, date=c.date,
                               scores=c.scores, comments=c.comments, average=rules.checkin_average(c.scores))
                       for c in checkins),
        planned_dates=tuple(planned),
        overdue_dates=tuple(overdue),
        continues=continues,
        continued_by=continued_by,
    )


def _goals_with_history(db: Database, goals: Sequence[Goal]) -> tuple[Goal, ...]:
    history = repo.goal_histories(db, [g.id for g in goals])
    return tuple(dataclasses.replace(g, history=tuple(history.get(g.id, ()))) for g in goals)


def _meetings_naming_live_goals(meetings: Sequence[Meeting], live_goals: set[str]) -> tuple[Meeting, ...]:
    """A deleted goal no longer shows as discussed."""
    return tuple(dataclasses.replace(m, goals_discussed=tuple(g for g in m.goals_discussed if g in live_goals))
                 for m in meetings)


def active_relationships_of(db: Database, person_id: str, today: dt.date | None = None
                            ) -> list[RelationshipSummary]:
    """The running relationships a person is in: what archiving them leaves without a partner."""
    today = today or clock.today()
    out = []
    for rel in repo.active_relationships_of_person(db, person_id):
        snap = _snapshot(rel, _happened([_meeting_record(m) for m in repo.meetings_for(db, rel.id)], today),
                         [_checkin_record(c) for c in repo.checkins_for(db, rel.id)],
                         [_goal_record(g) for g in repo.goals_for(db, rel.id)])
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
    """The relationships this one continues (oldest first) and the one continuing it, if any
    (`replacement_repo.link_chain`, which a report reads too)."""
    earlier, after = replacement_repo.link_chain(db, rel_id)
    return tuple(_linked(link) for link in earlier), (_linked(after) if after is not None else None)


def _linked(link: RelationshipLink) -> LinkedRelationship:
    return LinkedRelationship(id=link.id, mentor_name=link.mentor_name, start=link.start, ended=link.closed_on)
