"""The relationship and cohort records the repositories return, and how a row becomes one.

Issue 16: a service reads `rel.start`, not `rel["start_date"]`, so a renamed column
breaks here (one mapping function) rather than in every use case, and dates arrive
as dates. The records are plain facts from the file; derived values (health, a
check-in's average, stage names) stay with the rules in `relationship_rules/`.
The records the screens already know (`Meeting`, `Goal`, `ExtensionEntry`,
`GoalHistoryEntry` in `relationship_models`) are reused rather than copied: their
mapping is in `relationship_rows.py`, so importing this module (as `programs_repo`
does) costs no relationship records.

The immutable records are `NamedTuple`s, not frozen dataclasses: every command
imports this module (through `programs_repo`), and a frozen slotted dataclass
costs several times more to create at import (issue 15: CLI start-up). They are
as cheap to build per row as a tuple, and a typo'd attribute fails at once.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from .stored_dates import required_date, stored_date


def day(value: str | None, table: str = "", column: str = "") -> dt.date | None:
    """A stored day (a timestamp keeps only its date); empty means none; a value that is no date
    is refused in a sentence naming the table and column (`stored_dates`)."""
    return stored_date(value, table, column)


def lenient_day(value: str | None) -> dt.date | None:
    """A stored date or timestamp as a day; None when missing or unreadable (a screen shows '—')."""
    if not value:
        return None
    try:
        return dt.datetime.fromisoformat(value.replace("Z", "+00:00")).date() if "T" in value \
            else dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _json(text: str | None, empty: Any) -> Any:
    """A stored JSON value, or `empty` when it is missing or damaged (a hand-edited file)."""
    try:
        found = json.loads(text or "null")
    except ValueError:
        return empty
    return found if isinstance(found, type(empty)) else empty


class RelationshipRecord(NamedTuple):
    """One stored relationship with its program's and both people's names."""

    id: str
    program_id: str | None
    program_name: str
    mentor_id: str
    mentor_name: str
    mentee_id: str
    mentee_name: str
    mentor_archived: bool
    mentee_archived: bool
    start: dt.date
    planned_end: dt.date
    stage: int
    status: str
    cadence: str
    mode: str
    group_key: str | None
    closure_outcome: str | None
    closure_reason: str
    reflection: str
    closed_on: dt.date | None
    hr_summary: str
    updated_at: str
    #: The relationship this one continues after its mentor was replaced.
    replaces_id: str | None = None

    def name_of(self, role: str) -> str:
        """The mentor's or the mentee's name, for sentences written for either side."""
        return self.mentor_name if role == "mentor" else self.mentee_name

    def archived(self, role: str) -> bool:
        """Whether the mentor (or the mentee) is archived: no form or invitation goes to them."""
        return self.mentor_archived if role == "mentor" else self.mentee_archived


def relationship_of(row: Mapping[str, Any]) -> RelationshipRecord:
    return RelationshipRecord(
        id=row["id"], program_id=row["program_id"], program_name=row["program_name"] or "",
        mentor_id=row["mentor_id"], mentor_name=row["mentor_name"],
        mentee_id=row["mentee_id"], mentee_name=row["mentee_name"],
        mentor_archived=bool(row["mentor_archived"]), mentee_archived=bool(row["mentee_archived"]),
        start=required_date(row["start_date"], "relationships", "start_date"),
        planned_end=required_date(row["planned_end"], "relationships", "planned_end"),
        stage=int(row["stage"]), status=row["status"], cadence=row["cadence"], mode=row["mode"],
        group_key=row["group_key"], closure_outcome=row["closure_outcome"],
        closure_reason=row["closure_reason"] or "", reflection=row["reflection"] or "",
        closed_on=day(row["closed_on"], "relationships", "closed_on"), hr_summary=row["hr_summary"] or "",
        updated_at=row["updated_at"],
        replaces_id=row.get("replaces_id"),
    )


class StageRecord(NamedTuple):
    """A stage the relationship reached and the day it began (the row id, to drop it on a correction)."""

    id: str
    stage: int
    began_on: dt.date


def stage_of(row: Mapping[str, Any]) -> StageRecord:
    return StageRecord(id=row["id"], stage=int(row["stage"]),
                       began_on=required_date(row["began_on"], "relationship_stages", "began_on"))


class StoredCheckin(NamedTuple):
    """A check-in as stored: the answers (question key -> 1..5) and comments; the average is a rule's."""

    id: str
    relationship_id: str
    role: str
    date: dt.date
    scores: dict[str, Any]
    comments: dict[str, Any]


def checkin_of(row: Mapping[str, Any]) -> StoredCheckin:
    return StoredCheckin(id=row["id"], relationship_id=row["relationship_id"], role=row["role"],
                         date=required_date(row["date"], "checkins", "date"), scores=_json(row.get("scores"), {}),
                         comments=_json(row.get("comments"), {}))


class RelationshipLink(NamedTuple):
    """What a report needs to name a relationship before or after a mentor was replaced."""

    id: str
    replaces_id: str | None
    mentor_name: str
    start: dt.date
    closed_on: dt.date | None


def link_of(row: Mapping[str, Any]) -> RelationshipLink:
    return RelationshipLink(id=row["id"], replaces_id=row["replaces_id"], mentor_name=row["mentor_name"],
                            start=required_date(row["start_date"], "relationships", "start_date"),
                            closed_on=day(row["closed_on"], "relationships", "closed_on"))


@dataclass(slots=True, eq=False)
class CohortPerson:
    """A person as a match run, a waiting list or a mentor replacement reads them.

    Not frozen: `matching_inputs.disambiguate` adds the employee id to a name two
    people in the cohort share, before anyone shows it. The participant fields are
    empty for people read outside a program (`replacement_repo`).
    """

    person_id: str
    name: str
    employee_id: str
    branch: str
    department: str
    title: str
    hire_date: str | None
    languages: str
    #: The person ids this person asked to be paired with (a damaged list counts as none).
    preferred: list[str] = field(default_factory=list)
    capacity: int = 0
    active: int = 0
    status: str = ""
    reason: str = ""
    waitlisted_since: str | None = None
    applied_at: str | None = None
    archived: bool = False

    @property
    def waiting_since(self) -> str | None:
        """The day (ISO) they started waiting: waitlisted, else applied; None if neither is known."""
        return (self.waitlisted_since or self.applied_at or "")[:10] or None

    @property
    def free_places(self) -> int:
        """A mentor's places left: capacity less active mentees, never below nothing."""
        return max(0, self.capacity - self.active)


def preferred_ids(value: str | None) -> list[str]:
    """The stored JSON list of person ids; a damaged value counts as no wish."""
    data = _json(value, [])
    return [str(x) for x in data]


def cohort_person_of(row: Mapping[str, Any]) -> CohortPerson:
    return CohortPerson(
        person_id=row["person_id"], name=row["name"], employee_id=row["employee_id"] or "",
        branch=row["branch"] or "", department=row["department"] or "", title=row["title"] or "",
        hire_date=row["hire_date"], languages=row["languages"] or "",
        preferred=preferred_ids(row.get("preferred")), capacity=int(row.get("capacity") or 0),
        active=int(row.get("active") or 0), status=row.get("status") or "", reason=row.get("reason") or "",
        waitlisted_since=row.get("waitlisted_since"), applied_at=row.get("applied_at"),
        archived=bool(row.get("archived")),
    )


class PairRule(NamedTuple):
    """HR's lock or exclusion of one pair in a program, with both names for display ("" if removed)."""

    id: str
    mentee_id: str
    mentee: str
    mentor_id: str
    mentor: str
    rule: str
    note: str


def pair_rule_of(row: Mapping[str, Any]) -> PairRule:
    return PairRule(id=row["id"], mentee_id=row["mentee_id"], mentee=row["mentee_name"] or "",
                    mentor_id=row["mentor_id"], mentor=row["mentor_name"] or "", rule=row["rule"],
                    note=row["note"] or "")


class Enrolment(NamedTuple):
    """One person's enrolment in a program as a write re-reads it inside its transaction."""

    id: str
    program_id: str
    person_id: str
    role: str
    status: str
    reason: str
    waitlisted_since: str | None


def enrolment_of(row: Mapping[str, Any]) -> Enrolment:
    return Enrolment(id=row["id"], program_id=row["program_id"], person_id=row["person_id"], role=row["role"],
                     status=row["status"], reason=row["reason"] or "", waitlisted_since=row["waitlisted_since"])


class HistoryEnrolment(NamedTuple):
    """One application of a person to a program, for their history (the program may be gone: name None)."""

    program_id: str
    program_name: str | None
    role: str
    status: str
    reason: str
    applied_on: dt.date | None


def history_enrolment_of(row: Mapping[str, Any]) -> HistoryEnrolment:
    return HistoryEnrolment(program_id=row["program_id"], program_name=row["program_name"], role=row["role"],
                            status=row["status"], reason=row["reason"] or "", applied_on=lenient_day(row["applied_at"]))


class HistoryRelationship(NamedTuple):
    """One relationship for a person's history: read leniently, since it also shows pairings whose
    partner was erased (name None) or whose dates a hand-edited file damaged (None)."""

    id: str
    program_name: str | None
    mentor_id: str
    mentee_id: str
    mentor_name: str | None
    mentee_name: str | None
    start: dt.date | None
    planned_end: dt.date | None
    closed_on: dt.date | None
    stage: int
    status: str
    closure_outcome: str | None


def history_relationship_of(row: Mapping[str, Any]) -> HistoryRelationship:
    return HistoryRelationship(
        id=row["id"], program_name=row["program_name"], mentor_id=row["mentor_id"], mentee_id=row["mentee_id"],
        mentor_name=row["mentor_name"], mentee_name=row["mentee_name"], start=lenient_day(row["start_date"]),
        planned_end=lenient_day(row["planned_end"]), closed_on=lenient_day(row["closed_on"]),
        stage=int(row["stage"] or 1), status=row["status"], closure_outcome=row["closure_outcome"])


class PersonMeeting(NamedTuple):
    """A meeting seen from one person: their role in its relationship, so a miss is attributed."""

    relationship_id: str
    outcome: str
    minutes: int
    role: str


class HeldMinutes(NamedTuple):
    """Held minutes of one relationship, with its mentor and program, for the hours totals."""

    id: str
    mentor_id: str
    mentor_name: str
    mentee_name: str
    program_id: str | None
    program_name: str
    minutes: int


class WaitingMentee(NamedTuple):
    """A mentee on a program's waiting list, since they were waitlisted (else since they applied)."""

    id: str
    person_id: str
    name: str
    program_id: str | None
    program_name: str | None
    reason: str | None
    waiting_since: dt.date | None


class GoalFacts(NamedTuple):
    """A goal as a report prints it: what it is, how far it got, by when, and its competency.

    Lighter than `relationship_models.Goal` (no description, measure or history): one
    relationship's report reads its goals as these, so the one-report command builds none
    of the relationship screens' records (issue 15).
    """

    id: str
    relationship_id: str
    title: str
    status: str
    progress: int
    due_date: dt.date | None
    competency_id: str | None


def goal_facts_of(row: Mapping[str, Any]) -> GoalFacts:
    return GoalFacts(row["id"], row["relationship_id"], row["title"], row["status"], row["progress"],
                     day(row["due_date"], "goals", "due_date"), row["competency_id"])


class MeetingFacts(NamedTuple):
    """A meeting as lists and totals read it, by the thousand: what happened, when, for how long.

    Lighter than `relationship_models.Meeting` (no goals, which need a JSON parse per row):
    the relationships list, the program report and the export read every meeting of a file.
    """

    id: str
    relationship_id: str
    date: dt.date
    time: str
    minutes: int
    mode: str
    outcome: str
    with_notice: bool
    topics: str
    notes: str


def meeting_facts_of(row: Mapping[str, Any]) -> MeetingFacts:
    return MeetingFacts(row["id"], row["relationship_id"], required_date(row["date"], "meetings", "date"), row["time"],
                        row["minutes"], row["mode"], row["outcome"], bool(row["with_notice"]), row["topics"],
                        row["notes"])
