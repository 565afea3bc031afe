"""The write phase of a merge: the planned rows compared with this file's, then written.

Split from `storage/merge_plan.py`, which decides what every row becomes; here
that decision is turned into inserts, updates and tombstones (`classify`),
written in an order that frees unique keys before they are taken (`apply`), and
recorded (`write_sync_state`, `write_log`). Nothing here decides a value.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Collection, Iterable, Mapping
from typing import Any

from .. import clock
from ..i18n import gettext
from .merge_result import MergeError, MergeResult, TableCounts, table_words
from .merge_rows import Snapshot, times

Change = tuple[str, str, dict[str, Any]]  # (kind, id, columns to write)


def classify(before: Mapping[str, dict[str, Any]], final: Mapping[str, dict[str, Any]],
             cols: list[str], joined: Collection[str]) -> tuple[TableCounts, list[Change]]:
    """What writing `final` over `before` takes, and how HR counts it (`joined`: rows folded into another)."""
    counts = TableCounts()
    changes: list[Change] = []
    for rid, row in final.items():
        old = before.get(rid)
        if old is None:
            changes.append(("insert", rid, {c: row[c] for c in cols if c in row}))
            if rid in joined:
                counts.merged += 1
            elif row.get("deleted_at"):
                counts.deleted += 1
            else:
                counts.inserted += 1
            continue
        diff = {c: row[c] for c in cols if c != "field_times" and old.get(c) != row.get(c)}
        if old.get("field_times") != row.get("field_times") and times(old) != times(row):
            diff["field_times"] = row["field_times"]
        if not diff:
            counts.unchanged += 1
            continue
        kind = "tombstone" if row.get("deleted_at") and not old.get("deleted_at") else "update"
        changes.append((kind, rid, diff))
        if rid in joined:
            counts.merged += 1
        elif kind == "tombstone":
            counts.deleted += 1
        else:
            counts.updated += 1
    return counts, changes


def apply(conn: sqlite3.Connection, table: str, changes: Iterable[Change], source_name: str) -> None:
    """Write one table's changes; a contradiction SQLite refuses becomes a sentence (the caller rolls back)."""
    order = {"tombstone": 0, "update": 1, "insert": 2}  # free unique keys before taking them
    try:
        for kind, rid, values in sorted(changes, key=lambda c: (order[c[0]], c[1])):
            if kind == "insert":
                names = ", ".join(f'"{c}"' for c in values)
                marks = ", ".join("?" for _ in values)
                conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))
            else:
                sets = ", ".join(f'"{c}" = ?' for c in values)
                conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*values.values(), rid])
    except sqlite3.IntegrityError as exc:
        words = {"file": source_name, "what": table_words(table), "error": exc}
        if "CHECK" in str(exc):
            raise MergeError(gettext("%(file)s was not merged: it holds a value MentorDesk does not allow "
                                     "in its %(what)s (%(error)s). Nothing was changed.") % words) from exc
        raise MergeError(gettext(
            "%(file)s was not merged: its %(what)s and this file's contradict each other in a way "
            "MentorDesk cannot settle (%(error)s). Nothing was changed.") % words) from exc


def write_sync_state(conn: sqlite3.Connection, other: Snapshot, local_seen: Mapping[str, str], me: str) -> None:
    """Remember how far this file now knows each other site, so the next merge tells old from new."""
    newest: dict[str, str] = dict(other.seen)
    for rows in other.rows.values():
        for r in rows.values():
            s = r["site"] or ""
            if s and r["updated_at"] > newest.get(s, ""):
                newest[s] = r["updated_at"]
    for s, t in sorted(newest.items()):
        if s == me or t <= local_seen.get(s, ""):
            continue
        conn.execute(
            "INSERT INTO sync_state (site, seen_until) VALUES (?, ?) "
            "ON CONFLICT(site) DO UPDATE SET seen_until = excluded.seen_until",
            (s, t),
        )


def write_log(conn: sqlite3.Connection, result: MergeResult) -> str:
    """The merge's entry in merge_log (what came from where), so HR can later see what a merge did."""
    log_id = str(uuid.uuid4())
    summary = {t: c.as_dict() for t, c in result.counts.items()}
    conn.execute(
        "INSERT INTO merge_log (id, merged_at, source_name, source_sites, summary, details) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (log_id, clock.now_iso(), result.source_name, json.dumps(result.source_sites),
         json.dumps(summary, sort_keys=True), json.dumps(result.details, ensure_ascii=False)),
    )
    return log_id
