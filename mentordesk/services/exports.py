"""Relationships, meetings, goals and check-ins as a table for Excel (.xlsx) or CSV.

Read-only: one function per table builds the rows from the existing repositories
(a few bulk queries whatever the size), and `export_table` writes them through
`storage.outputs` (whole or not at all, owner-only, never onto the company file)
in the format the file name ends with. Formula protection is `io.table_export`'s
job; here every value keeps its type (text as ``str``, counts as ``int``, dates
as ``date``) so a spreadsheet can sort and add them up.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .. import relationships as rules
from ..errors import ValidationError
from ..i18n import gettext as _
from ..io import table_export
from ..io.table_export import Value
from ..storage import exports_repo, outputs
from ..storage import relationships_repo as repo
from ..storage.database import Database
from ..storage.exports_repo import PersonLabel
from ..storage.records import RelationshipRecord
from .relationship_reading import list_relationships

__all__ = ["TABLES", "Table", "checkins_table", "export_table", "goals_table", "meetings_table",
           "relationships_table", "table_of"]


@dataclass(frozen=True)
class Table:
    """What one export holds: its sheet title, column headings and rows."""

    title: str
    headers: tuple[str, ...]
    rows: list[list[Value]]


def _people(db: Database, rels: Iterable[RelationshipRecord]) -> dict[str, PersonLabel]:
    """person id -> the columns an export names a person by."""
    ids: set[str] = set()
    for r in rels:
        ids.update((r.mentor_id, r.mentee_id))
    return exports_repo.people_labels(db, ids)


def _pair_context(db: Database) -> Callable[[str], list[Value]]:
    """The columns that say which pair a record belongs to, by relationship id."""
    rels = {r.id: r for r in repo.list_relationships(db)}
    people = _people(db, rels.values())

    def pair(rel_id: str) -> list[Value]:
        rel = rels.get(rel_id)
        if rel is None:
            return ["", "", "", "", ""]
        mentor, mentee = people.get(rel.mentor_id), people.get(rel.mentee_id)
        return [rel.program_name, mentor.name if mentor else rel.mentor_name, mentor.employee_id if mentor else "",
                mentee.name if mentee else rel.mentee_name, mentee.employee_id if mentee else ""]

    return pair


_NOBODY = PersonLabel()
_PAIR_HEADERS = ("Program", "Mentor", "Mentor employee ID", "Mentee", "Mentee employee ID")


def relationships_table(db: Database, today: dt.date | None = None) -> Table:
    """Every relationship (running and closed) with its health and attendance, as on the Relationships page."""
    stored = {r.id: r for r in repo.list_relationships(db)}
    people = _people(db, stored.values())
    rows: list[list[Value]] = []
    for s in list_relationships(db, today=today):
        r = stored[s.id]
        mentor, mentee = people.get(s.mentor_id, _NOBODY), people.get(s.mentee_id, _NOBODY)
        rows.append([
            s.program_name, s.mentor_name, mentor.employee_id, mentor.department,
            s.mentee_name, mentee.employee_id, mentee.department,
            "Running" if s.status == "active" else "Closed", s.stage_name, s.start, s.planned_end,
            rules.CADENCES.get(s.cadence, s.cadence), rules.MODES.get(s.mode, s.mode),
            s.meetings_held, s.meetings_missed,
            None if s.attendance_rate is None else round(s.attendance_rate * 100),
            round(s.hours, 1), s.health_label, "; ".join(s.health_reasons),
            rules.ENDED_OUTCOMES.get(s.closure_outcome or "", s.closure_outcome or ""),
            r.closed_on, r.closure_reason, r.hr_summary,
        ])
    return Table("Relationships", (
        "Program", "Mentor", "Mentor employee ID", "Mentor department", "Mentee", "Mentee employee ID",
        "Mentee department", "Status", "Stage", "Start", "Planned end", "Meets", "Mode", "Meetings held",
        "Meetings missed", "Attendance %", "Hours", "Health", "Why", "Outcome", "Closed on", "Closure reason",
        "HR summary"), rows)


def meetings_table(db: Database) -> Table:
    """Every meeting, planned or past, with its pair."""
    pair = _pair_context(db)
    rows: list[list[Value]] = []
    for m in repo.meetings_bulk(db):
        rows.append([*pair(m.relationship_id), m.date, m.time or "", int(m.minutes or 0),
                     rules.MODES.get(m.mode, m.mode), rules.OUTCOMES.get(m.outcome, m.outcome),
                     "yes" if m.with_notice else "no", m.topics or "", m.notes or ""])
    return Table("Meetings", (*_PAIR_HEADERS, "Date", "Time", "Minutes", "Mode", "Outcome", "With notice",
                              "Topics", "Notes"), rows)


def goals_table(db: Database) -> Table:
    """Every goal with its status and progress."""
    pair = _pair_context(db)
    rows: list[list[Value]] = []
    for g in repo.goals_bulk(db):
        rows.append([*pair(g.relationship_id), g.title or "", g.description or "",
                     g.success_measure or "", g.due_date,
                     rules.GOAL_STATUSES.get(g.status, g.status), int(g.progress or 0),
                     g.competency_name or ""])
    return Table("Goals", (*_PAIR_HEADERS, "Goal", "Description", "Success measure", "Due",
                           "Status", "Progress %", "Competency"), rows)


def checkins_table(db: Database) -> Table:
    """Every check-in: one column per question for the score (1-5) and one for its comment."""
    pair = _pair_context(db)
    questions = list(rules.CHECKIN_QUESTIONS)
    rows: list[list[Value]] = []
    for c in repo.checkins_bulk(db):
        known = {k: v for k, v in c.scores.items() if k in rules.CHECKIN_QUESTIONS and isinstance(v, int)}
        try:
            average = rules.checkin_average(known)
        except ValueError:
            average = None
        rows.append([*pair(c.relationship_id), c.date, "Mentor" if c.role == "mentor" else "Mentee",
                     None if average is None else round(average, 2),
                     *(known.get(q) for q in questions),
                     *(str(c.comments.get(q) or "") for q in questions)])
    headers = (*_PAIR_HEADERS, "Date", "Answered by", "Average",
               *rules.CHECKIN_QUESTIONS.values(),
               *(f"Comment: {text}" for text in rules.CHECKIN_QUESTIONS.values()))
    return Table("Check-ins", headers, rows)


TABLES: dict[str, Callable[[Database], Table]] = {
    "relationships": relationships_table,
    "meetings": meetings_table,
    "goals": goals_table,
    "checkins": checkins_table,
}


def table_of(db: Database, name: str) -> Table:
    """The table called `name` (one of TABLES), or a sentence naming the ones there are."""
    try:
        build = TABLES[name]
    except KeyError:
        raise ValidationError(_("There is no table called %(name)s to export; choose one of %(tables)s. Nothing "
                                "was written.") % {"name": repr(name), "tables": ", ".join(TABLES)}) from None
    return build(db)


def export_table(db: Database, name: str, dest: str | os.PathLike[str]) -> int:
    """Write table `name` to `dest` (.xlsx or .csv, by its ending); returns the number of rows.

    The format and the place are checked before anything is read, so a wrong name or the
    company file is refused at once and nothing is written.
    """
    fmt = table_export.format_of(dest)
    if name not in TABLES:
        table_of(db, name)  # raises the sentence
    outputs.check_target(dest, db.path)
    table = table_of(db, name)
    with outputs.atomic_output(dest, db.path) as tmp:
        table_export.write_table(tmp, table.headers, table.rows, fmt=fmt, title=table.title)
    return len(table.rows)
