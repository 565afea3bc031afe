"""Every record that names one person (GDPR Art. 15/20): the query side of "Export personal data…".

Found by links, not by guessing: the person's row and any other row with their
employee id or e-mail (a duplicate joined by a merge), then everything that
references those rows (portrait, mentor profile, enrolments, pair rules,
relationships) and everything under their relationships (stages, extensions,
goals and their history, meetings with their confidential notes, check-ins),
snoozed attention items keyed by them, and merge-log entries that mention
their rows. Other records that merely mention them (a colleague's
`manager_employee_id`, their name in someone else's notes) are listed by table,
id and column only: their content belongs to someone else.
"""

from __future__ import annotations

import json
import re
from typing import Any

from ..errors import NotFoundError
from ..i18n import gettext as _
from .by_ids import people_names, select_in
from .database import Database
from .programs_repo import program_names
from .schema import BOOKKEEPING, SYNCED_TABLES

_DIRECT = {  # table -> columns holding a person's row id
    "person_competencies": ("person_id",),
    "mentor_profiles": ("person_id",),
    "participants": ("person_id",),
    "pair_rules": ("mentee_id", "mentor_id"),
    "relationships": ("mentor_id", "mentee_id"),
}
_UNDER_RELATIONSHIP = ("relationship_stages", "extensions", "goals", "meetings", "checkins")


def _rows(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    return db.query(sql, params)


def person_by_employee_id(db: Database, employee_id: str) -> dict[str, Any]:
    row = db.query_one("SELECT * FROM people WHERE employee_id = ? AND deleted_at IS NULL", [employee_id])
    if row is None:
        raise NotFoundError(_("Nobody has the employee ID %(id)s in this file. Nothing was done.")
                            % {"id": repr(employee_id)})
    return row


def collect(db: Database, person_id: str) -> dict[str, Any]:
    """{"records": {table: rows}, "merge_log": [...], "mentions": [...]} for one person (tombstones included)."""
    person = db.query_one("SELECT * FROM people WHERE id = ?", [person_id])
    if person is None:
        raise NotFoundError(_("This person is not in the file (they may have been deleted elsewhere)."))
    people = _rows(db, "SELECT * FROM people WHERE id = ? OR employee_id = ? OR lower(email) = lower(?) ORDER BY "
                       "id <> ?, id", [person_id, person["employee_id"], person["email"], person_id])
    ids = [p["id"] for p in people]
    records: dict[str, list[dict[str, Any]]] = {"people": people}
    for table, cols in _DIRECT.items():
        where = " OR ".join(f"{c} IN ({{ids}})" for c in cols)
        found = select_in(db, f'SELECT * FROM "{table}" WHERE {where}', ids)
        records[table] = sorted({r["id"]: r for r in found}.values(), key=lambda r: r["id"])  # once each
    rel_ids = [r["id"] for r in records["relationships"]]
    # A long-serving mentor's relationships, goals and their history can pass SQLite's limit on
    # bound ids: asked in chunks, then sorted here as one list.
    for table in _UNDER_RELATIONSHIP:
        found = select_in(db, f'SELECT * FROM "{table}" WHERE relationship_id IN ({{ids}})', rel_ids)
        records[table] = sorted(found, key=lambda r: r["id"])
    goal_ids = [g["id"] for g in records["goals"]]
    found = select_in(db, "SELECT * FROM goal_history WHERE goal_id IN ({ids})", goal_ids)
    records["goal_history"] = sorted(found, key=lambda r: (r["created_at"], r["id"]))
    keys = set(ids) | set(rel_ids)
    records["snoozes"] = [s for s in _rows(db, "SELECT * FROM snoozes ORDER BY id", [])
                          if keys & set(str(s["item_key"]).split(":"))]
    taken = {(t, r["id"]) for t, rows in records.items() for r in rows}
    own_ids = {r["id"] for rows in records.values() for r in rows}
    return {"records": records, "merge_log": _merge_log(db, own_ids),
            "mentions": _mentions(db, people, taken), "lookup": _lookup(db, records)}


def _merge_log(db: Database, own_ids: set[str]) -> list[dict[str, Any]]:
    """Merge-log entries whose lines name one of the person's records (by the short id they print)."""
    prefixes = {i[:8] for i in own_ids}
    out = []
    for entry in db.query("SELECT * FROM merge_log ORDER BY merged_at, id"):
        try:
            details = json.loads(entry["details"] or "[]")
        except ValueError:
            details = []
        lines = [d for d in details if isinstance(d, str) and prefixes & set(re.findall(r"[0-9a-f]{8}", d))]
        if lines:
            out.append({"id": entry["id"], "merged_at": entry["merged_at"], "source_name": entry["source_name"],
                        "lines": lines})
    return out


def _mentions(db: Database, people: list[dict[str, Any]], taken: set[tuple[str, str]]) -> list[dict[str, str]]:
    """Other rows naming them (by id, employee id, e-mail or full name): table, id and column only."""
    values = {str(p[c]).casefold() for p in people for c in ("id", "employee_id", "email", "name") if p.get(c)}
    values = {v for v in values if len(v) >= 3}
    out = []
    for table in SYNCED_TABLES:
        for row in db.query(f'SELECT * FROM "{table}" ORDER BY id'):
            if (table, row["id"]) in taken:
                continue
            for col, value in row.items():
                if col in BOOKKEEPING or not isinstance(value, str):
                    continue
                folded = value.casefold()
                if col == "manager_employee_id" and folded in values or any(v in folded for v in values):
                    out.append({"table": table, "id": row["id"], "column": col})
    return out


def _lookup(db: Database, records: dict[str, list[dict[str, Any]]]) -> dict[str, dict[str, str]]:
    """Names the readable export needs: programs, competencies, and the partners in their relationships."""
    partner_ids = sorted({r[c] for r in records["relationships"] for c in ("mentor_id", "mentee_id")}
                         | {r[c] for r in records["pair_rules"] for c in ("mentor_id", "mentee_id")})
    partners = people_names(db, partner_ids)
    programs = program_names(db)
    competencies = {r["id"]: r["name"] for r in db.query("SELECT id, name FROM competencies")}
    return {"people": partners, "programs": programs, "competencies": competencies}
