"""A demo company file in which one person is named in every table that can name someone (issue 14 tests).

Each free text gets its own marker, so a test can look for every one of them in
the file's bytes, an export, a report or a merge result.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mentordesk.demo import fill_demo
from mentordesk.storage import rows
from mentordesk.storage.database import Database
from mentordesk.storage.schema import SYNCED_TABLES

NAME = "Zofia Quellbrook-Ünal"
EMAIL = "zofia.quellbrook@example.com"
EID = "ZQ-77123"
OTHERS_SECRET = "OTHER-CONFIDENTIAL-QX00"


@dataclass
class Subject:
    path: Path
    person_id: str
    rel_id: str
    program_id: str
    mentor_id: str
    other_person_id: str
    other_rel_id: str
    markers: list[str] = field(default_factory=list)

    @property
    def secrets(self) -> list[str]:
        return [NAME, EMAIL, EID, *self.markers]


def make_demo(path: Path) -> None:
    db = Database.open(path)
    try:
        fill_demo(db)
    finally:
        db.close()


def _pick(db: Database) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    rels = db.query("SELECT * FROM relationships WHERE deleted_at IS NULL AND program_id IS NOT NULL ORDER BY id")
    rel = next(r for r in rels if db.scalar("SELECT count(*) FROM meetings WHERE relationship_id = ?", [r["id"]]) >= 2
               and db.scalar("SELECT count(*) FROM goals WHERE relationship_id = ?", [r["id"]]) >= 1)
    other = next(r for r in rels if rel["mentee_id"] not in (r["mentee_id"], r["mentor_id"])
                 and rel["mentor_id"] not in (r["mentee_id"], r["mentor_id"]))
    person = db.query_one("SELECT * FROM people WHERE id = ?", [rel["mentee_id"]])
    return rel, other, person


def _manager_chain(db: Database, eid: str | None) -> set[str]:
    seen: set[str] = set()
    while eid and eid not in seen:
        seen.add(eid)
        eid = db.scalar("SELECT manager_employee_id FROM people WHERE employee_id = ? AND deleted_at IS NULL", [eid])
    return seen


def name_everywhere(path: Path) -> Subject:
    """Make the person of a demo relationship appear in every table, each free text with its own marker."""
    db = Database.open(path)
    try:
        rel, other_rel, person = _pick(db)
        pid = person["id"]
        chain = _manager_chain(db, person["manager_employee_id"]) | {person["employee_id"]}
        colleague = db.query_one(
            f"SELECT * FROM people WHERE deleted_at IS NULL AND id <> ? AND employee_id NOT IN "
            f"({', '.join('?' for _ in chain)}) ORDER BY id LIMIT 1", [pid, *chain])
        s = Subject(path, pid, rel["id"], rel["program_id"], rel["mentor_id"], colleague["id"], other_rel["id"])
        m = [f"QX{n:02d}-MARK" for n in range(1, 14)]
        s.markers = m
        meetings = db.query("SELECT id FROM meetings WHERE relationship_id = ? ORDER BY date", [rel["id"]])
        goal = db.query_one("SELECT id FROM goals WHERE relationship_id = ? ORDER BY id", [rel["id"]])
        checkin = db.query_one("SELECT id FROM checkins WHERE relationship_id = ? ORDER BY id", [rel["id"]])
        other_meeting = db.query_one("SELECT id FROM meetings WHERE relationship_id = ?", [other_rel["id"]])
        with db.transaction() as c:
            rows.update(c, "people", pid, {"name": NAME, "email": EMAIL, "employee_id": EID, "title": m[0],
                                           "notes": f"HR note {m[1]}"})
            rows.update(c, "people", colleague["id"], {"manager_employee_id": EID,
                                                       "notes": f"Works closely with {NAME} on audits"})
            profile = db.scalar("SELECT id FROM mentor_profiles WHERE person_id = ? AND deleted_at IS NULL", [pid])
            if profile:
                rows.update(c, "mentor_profiles", profile, {"motivation": m[2]})
            else:
                rows.insert(c, "mentor_profiles", {"person_id": pid, "motivation": m[2], "capacity": 2})
            for part in db.query("SELECT id FROM participants WHERE person_id = ?", [pid]):
                rows.update(c, "participants", part["id"], {"reason": f"Accepted: {m[3]}"})
            rows.update(c, "meetings", meetings[0]["id"], {"notes": f"Confidential {m[4]}", "topics": m[5]})
            rows.update(c, "meetings", meetings[1]["id"], {"notes": f"Deleted later {m[6]}"})
            rows.tombstone(c, "meetings", meetings[1]["id"])
            if checkin:
                rows.update(c, "checkins", checkin["id"], {"comments": json.dumps({"growth": m[7]})})
            else:  # the demo's data depend on the day: make sure there is one
                rows.insert(c, "checkins", {"relationship_id": rel["id"], "role": "mentee", "date": "2026-01-05",
                                            "scores": "{}", "comments": json.dumps({"growth": m[7]})})
            rows.update(c, "goals", goal["id"], {"title": f"Goal {m[8]}", "description": m[9]})
            rows.insert(c, "goal_history", {"goal_id": goal["id"], "status": "in_progress", "progress": 40,
                                            "note": m[10]})
            rows.insert(c, "extensions", {"relationship_id": rel["id"], "previous_end": rel["planned_end"],
                                          "new_end": rel["planned_end"], "reason": m[11]})
            rows.insert(c, "pair_rules", {"program_id": rel["program_id"], "mentee_id": pid,
                                          "mentor_id": other_rel["mentor_id"], "rule": "excluded", "note": m[12]})
            rows.insert(c, "snoozes", {"item_key": f"no_recent_meeting:{rel['id']}", "until": "2099-01-01",
                                       "note": "Snoozed while on leave"})
            rows.update(c, "meetings", other_meeting["id"], {"notes": OTHERS_SECRET})
    finally:
        db.close()
    return s


def naming_rows(path: Path, s: Subject) -> set[tuple[str, str]]:
    """Independently of the export: every row of every table whose values name the person or sit under them."""
    conn = sqlite3.connect(path)
    conn.row_factory = sqlite3.Row
    try:
        found: set[tuple[str, str]] = set()
        people = {r["id"]
                  for r in conn.execute("SELECT id FROM people WHERE employee_id = ? OR email = ?", [EID, EMAIL])}
        parents = set(people)
        for table in SYNCED_TABLES:  # parents before children: a row under a found row is found too
            for r in conn.execute(f'SELECT * FROM "{table}"'):
                values = [v for k, v in dict(r).items() if k not in ("id", "field_times")]
                texts = [str(v) for v in values if isinstance(v, str)]
                if table == "people" and r["id"] in people or any(p in t for t in texts for p in parents) or any(
                        x in t for t in texts for x in (NAME, EMAIL, EID, *s.markers)):
                    found.add((table, r["id"]))
                    if table in ("relationships", "goals"):
                        parents.add(r["id"])
        return found
    finally:
        conn.close()
