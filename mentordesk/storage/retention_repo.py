"""The reads and writes of retention (issue 14): old confidential text, inactive archived people, the setting.

SQL lives here; the rules (which span, which notice) are `services.retention`.
Clearing runs with `secure_delete` on, for the same reason as an erasure: a note
removed must not stay readable in the file's free pages.
"""

from __future__ import annotations

import json
from typing import Any, NamedTuple

from .. import clock
from ..site import installation_site
from . import file_meta
from .by_ids import select_in
from .database import Database
from .erased import ERASED_DOMAIN

SETTING_KEY = "retention"
OFFERED_KEY = "retention_offered_on"


def read_setting(db: Database) -> dict[str, Any]:
    """The file's retention setting as stored (an unreadable one reads as "defaults")."""
    raw = file_meta.get(db.conn, SETTING_KEY)
    try:
        value = json.loads(raw) if raw else {}
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def write_setting(db: Database, value: dict[str, Any]) -> None:
    with db.transaction() as conn:
        file_meta.set_value(conn, SETTING_KEY, json.dumps(value, sort_keys=True))


def offered_on(db: Database) -> str | None:
    return file_meta.get(db.conn, OFFERED_KEY)


def mark_offered(db: Database, day: str) -> None:
    with db.transaction() as conn:
        file_meta.set_value(conn, OFFERED_KEY, day)


class ClosedRelationship(NamedTuple):
    """A closed relationship's program and closing day (as stored: checked leniently by the policy),
    and whether confidential text is left in its meetings or check-ins."""

    id: str
    program_id: str | None
    closed_on: str
    has_text: bool


def closed_relationships(db: Database) -> list[ClosedRelationship]:
    """Closed relationships with the date they closed, their program, and whether text is left to clear."""
    return [ClosedRelationship(r["id"], r["program_id"], str(r["closed_on"]), bool(r["notes"] or r["comments"]))
            for r in db.query(
        "SELECT r.id, r.program_id, r.closed_on, "
        "  (SELECT count(*) FROM meetings m WHERE m.relationship_id = r.id AND m.notes <> '') AS notes, "
        "  (SELECT count(*) FROM checkins c WHERE c.relationship_id = r.id AND c.comments NOT IN ('', '{}')) "
        "    AS comments "
        "FROM relationships r WHERE r.status = 'closed' AND r.closed_on IS NOT NULL AND r.deleted_at IS NULL")]


def clear_confidential_text(db: Database, rel_ids: list[str]) -> tuple[int, int]:
    """Empty meeting notes and check-in comments of these relationships; (meetings, check-ins) cleared."""
    if not rel_ids:
        return 0, 0
    counts = [0, 0]
    from .erasure_write import secure_delete, write_changes  # here: only when there are notes to clear

    with secure_delete(db.conn), db.transaction() as conn:
        now, site = clock.now_iso(), installation_site()
        for i, (table, col, empty) in enumerate((("meetings", "notes", ""), ("checkins", "comments", "{}"))):
            # years of closed relationships can pass SQLite's limit on bound ids: asked in chunks
            sql = f'SELECT * FROM "{table}" WHERE {col} NOT IN (\'\', ?) AND relationship_id IN ({{ids}})'
            for row in select_in(db, sql, rel_ids, [empty]):
                write_changes(conn, table, row, {col: empty}, now, site)
                counts[i] += 1
    return counts[0], counts[1]


class ArchivedActivity(NamedTuple):
    """An archived person and the day (ISO) of their last activity anywhere."""

    id: str
    name: str
    employee_id: str
    last_activity: str


def archived_people_activity(db: Database) -> list[ArchivedActivity]:
    """Archived, not erased people with the date of their last activity anywhere.

    Activity: their own row, their relationships, the meetings in those."""
    return [ArchivedActivity(r["id"], r["name"], r["employee_id"], str(r["last_activity"])[:10]) for r in db.query(
        "SELECT p.id, p.name, p.employee_id, max(p.updated_at, "
        "  coalesce((SELECT max(r.updated_at) FROM relationships r "
        "            WHERE r.mentor_id = p.id OR r.mentee_id = p.id), ''),"
        "  coalesce((SELECT max(m.date) FROM meetings m JOIN relationships r ON r.id = m.relationship_id "
        "            WHERE r.mentor_id = p.id OR r.mentee_id = p.id), '')) AS last_activity "
        "FROM people p WHERE p.archived = 1 AND p.deleted_at IS NULL AND p.email NOT LIKE ? ORDER BY p.name",
        [f"%@{ERASED_DOMAIN}"])]
