"""The readable half of a personal-data export: one PDF with everything held about one person.

Built from the very records the JSON half holds (`storage.personal_data_repo`),
in the house style (`reports.styles`), so what a person reads is what the
machine-readable file contains. Long free text is printed whole, in pieces,
never cut: the person has a right to all of it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from datetime import date
from typing import Any, BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import LongTable, Paragraph, Spacer

from .data import ReportOptions
from .styles import escape_text, frame_width, render, styles, table_style
from .textguard import CELL, PROSE

_CHUNK = 3000  # characters per paragraph of long text (the PROSE room holds 4000 characters, 80 lines)
_CHUNK_LINES = 60

PERSON_FIELDS = (("employee_id", "Employee ID"), ("name", "Name"), ("email", "E-mail"), ("department", "Department"),
                 ("branch", "Branch"), ("title", "Title"), ("manager_employee_id", "Manager's employee ID"),
                 ("hire_date", "Hire date"), ("languages", "Languages"), ("role", "Role in mentoring"),
                 ("archived", "Archived"), ("notes", "HR notes"), ("created_at", "Recorded since"))


_STAMP = re.compile(r"^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})[\d:.]*Z?$")
_YES_NO = ("archived", "willing")


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str) and (stamp := _STAMP.match(value)):
        return f"{stamp.group(1)} {stamp.group(2)} UTC"
    if isinstance(value, str):
        try:
            parsed = json.loads(value)
        except ValueError:
            return value
        if isinstance(parsed, dict):
            return "; ".join(f"{k}: {v}" for k, v in parsed.items())
        return value
    return str(value)


def _pieces(value: str) -> list[str]:
    """Long text in pieces a paragraph prints whole (never cut with an ellipsis)."""
    pieces, current = [], ""
    for line in value.split("\n"):
        while len(line) > _CHUNK:
            pieces, current = [*pieces, current] if current else pieces, ""
            pieces.append(line[:_CHUNK])
            line = line[_CHUNK:]
        candidate = f"{current}\n{line}" if current else line
        if len(candidate) > _CHUNK or candidate.count("\n") >= _CHUNK_LINES:
            pieces.append(current)
            candidate = line
        current = candidate
    return [*pieces, current]


class _Story:
    def __init__(self, options: ReportOptions):
        self.s = styles()
        self.width = frame_width(options)
        self.items: list[Any] = []

    def h2(self, text: str) -> None:
        self.items.append(Paragraph(escape_text(text), self.s["h2"]))

    def h3(self, text: str) -> None:
        self.items.append(Paragraph(escape_text(text), self.s["h3"]))

    def para(self, text: Any, style: str = "body") -> None:
        for piece in _pieces(_text(text)):
            self.items.append(Paragraph(escape_text(piece, room=PROSE), self.s[style]))

    def table(self, head: list[str], rows: Iterable[list[Any]], widths: list[float] | None = None) -> None:
        body = [[Paragraph(escape_text(_text(v), room=CELL), self.s["cell"]) for v in row] for row in rows]
        if not body:
            self.para("None held.", "small")
            return
        data = [[Paragraph(escape_text(h), self.s["th"]) for h in head], *body]
        t = LongTable(data, colWidths=widths or [self.width / len(head)] * len(head), repeatRows=1)
        t.setStyle(table_style())
        self.items += [t, Spacer(1, 4)]

    def fields(self, row: dict[str, Any], names: Iterable[tuple[str, str]]) -> None:
        self.table(["Field", "Value"], ([label, ("Yes" if row[col] else "No") if col in _YES_NO else row.get(col)]
                                        for col, label in names if col in row),
                   [45 * mm, self.width - 45 * mm])


def _relationship(story: _Story, rel: dict[str, Any], records: dict[str, list[dict[str, Any]]],
                  lookup: dict[str, dict[str, str]], person_ids: set[str]) -> None:
    own_role = "mentor" if rel["mentor_id"] in person_ids else "mentee"
    partner = rel["mentee_id"] if own_role == "mentor" else rel["mentor_id"]
    story.h3(f"As {own_role} with {lookup['people'].get(partner, 'someone')} "
             f"({lookup['programs'].get(rel.get('program_id') or '', 'no program')}), "
             f"{rel['start_date']} to {rel['planned_end']}")
    story.fields(rel, (("status", "Status"), ("stage", "Stage"), ("cadence", "Cadence"), ("mode", "Mode"),
                       ("closure_outcome", "Closure outcome"), ("closure_reason", "Closure reason"),
                       ("reflection", "Reflection"), ("hr_summary", "HR's summary"), ("closed_on", "Closed on")))
    mine = {t: [r for r in records[t] if r.get("relationship_id") == rel["id"]] for t in
            ("relationship_stages", "extensions", "goals", "meetings", "checkins")}
    story.table(["Stage", "Began on"], ([r["stage"], r["began_on"]] for r in mine["relationship_stages"]))
    story.table(["Previous end", "New end", "Reason"], ([r["previous_end"], r["new_end"], r["reason"]]
                                                       for r in mine["extensions"]))
    for goal in mine["goals"]:
        story.para(f"Goal: {goal['title']} ({goal['status']}, {goal['progress']}%)", "cell_bold")
        story.para(goal.get("description") or "")
        history = [h for h in records["goal_history"] if h["goal_id"] == goal["id"]]
        story.table(["When", "Status", "Progress", "Note"],
                    ([h["created_at"][:10], h["status"], h["progress"], h["note"]] for h in history))
    story.table(["Date", "Minutes", "Outcome", "Topics"],
                ([m["date"], m["minutes"], m["outcome"], m["topics"]] for m in mine["meetings"]))
    for m in mine["meetings"]:
        if m.get("notes"):
            story.para(f"Confidential notes of the meeting on {m['date']}:", "small")
            story.para(m["notes"])
    story.table(["Date", "From", "Answers", "Comments"],
                ([c["date"], c["role"], c["scores"], c["comments"]] for c in mine["checkins"]))


def build_story(data: dict[str, Any], options: ReportOptions) -> list[Any]:
    records, lookup = data["records"], data["lookup"]
    person = records["people"][0]
    person_ids = {p["id"] for p in records["people"]}
    story = _Story(options)
    story.items.append(Paragraph(escape_text(f"Personal data held about {person['name']}"), story.s["title"]))
    story.para(f"Everything this MentorDesk file holds that names this person, as of {options.generated_on}. "
               "The JSON file beside this PDF holds the same records for use by another system.", "subtitle")
    story.h2("Person")
    story.fields(person, PERSON_FIELDS)
    for other in records["people"][1:]:
        story.para("An earlier record of the same person (joined by a merge or deleted):", "small")
        story.fields(other, PERSON_FIELDS)
    story.h2("Competency portrait")
    story.table(["Competency", "Current", "Target", "Assessed"],
                ([lookup["competencies"].get(r["competency_id"], "?"), r["current_level"], r["target_level"],
                  r["assessed_at"]] for r in records["person_competencies"]))
    story.h2("Mentor profile")
    for prof in records["mentor_profiles"]:
        story.fields(prof, (("willing", "Willing to mentor"), ("capacity", "Capacity"), ("motivation", "Motivation"),
                            ("availability", "Availability"), ("recognition", "Recognition")))
    if not records["mentor_profiles"]:
        story.para("None held.", "small")
    story.h2("Enrolments")
    story.table(["Program", "Role", "Status", "Reason", "Applied"],
                ([lookup["programs"].get(r["program_id"], "?"), r["role"], r["status"], r["reason"], r["applied_at"]]
                 for r in records["participants"]))
    story.h2("Pairs HR locked or excluded")
    story.table(["Program", "Mentee", "Mentor", "Rule", "Note"],
                ([lookup["programs"].get(r["program_id"], "?"), lookup["people"].get(r["mentee_id"], "?"),
                  lookup["people"].get(r["mentor_id"], "?"), r["rule"], r["note"]] for r in records["pair_rules"]))
    story.h2("Mentoring relationships")
    for rel in records["relationships"]:
        _relationship(story, rel, records, lookup, person_ids)
    if not records["relationships"]:
        story.para("None held.", "small")
    story.h2("Snoozed attention items")
    story.table(["Until", "Note"], ([s["until"], s["note"]] for s in records["snoozes"]))
    story.h2("Merges that changed these records")
    story.table(["When", "From file", "What"], ([m["merged_at"][:16], m["source_name"], "\n".join(m["lines"])]
                                               for m in data["merge_log"]))
    story.h2("Other records that mention this person")
    story.para("Listed without their content, which belongs to someone else.", "small")
    story.table(["Kind of record", "Record id", "Field"],
                ([m["table"], m["id"], m["column"]] for m in data["mentions"]))
    return story.items


def render_personal_data(data: dict[str, Any], out: BinaryIO, company_name: str = "",
                         generated_on: date | None = None) -> None:
    options = ReportOptions(company_name=company_name, generated_on=generated_on or date.today())
    person = data["records"]["people"][0]
    render(build_story(data, options), options, "Personal data export", out, subject=str(person["name"]))
