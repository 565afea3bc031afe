"""SQL for undo: what changed since an action, and the rows one small edit touched.

Two kinds of undo read the file (see `services/undo.py` and `services/edit_undo.py`):
the undo of a big action counts the rows stamped after it (the changes an undo
would throw away); the undo of a single edit keeps the rows the edit touched as
they were before it and writes those values back as a *new* edit, through
`rows.update` / `rows.tombstone`, so the undo carries a fresh stamp and a merge
with another copy of the file converges on it like on any other edit.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from . import rows
from .database import Database
from .schema import BOOKKEEPING, SYNCED_TABLES

__all__ = ["Scope", "capture", "changes_since", "restore", "still_as_left"]

#: Rows one edit may touch: (table, column, value), e.g. ("goal_history", "goal_id", id).
Scope = Iterable[tuple[str, str, str]]

_NAME = re.compile(r"^[a-z_]+$")


def changes_since(db: Database, stamp: str) -> dict[str, int]:
    """Rows changed after `stamp`, per synced table (a table an older file lacks counts as unchanged)."""
    found: dict[str, int] = {}
    for table in SYNCED_TABLES:
        try:
            n = int(db.scalar(f'SELECT count(*) FROM "{table}" WHERE updated_at > ?', (stamp,)) or 0)
        except sqlite3.Error:
            n = 0
        if n:
            found[table] = n
    return found


def _checked(table: str, column: str) -> None:
    """Table and column names come from our own code, never from input; refuse anything else."""
    if table not in SYNCED_TABLES or not _NAME.match(column):
        raise ValueError(f"not an undoable place: {table}.{column}")


def capture(conn: sqlite3.Connection, scope: Scope) -> dict[tuple[str, str], dict[str, Any]]:
    """The live rows in `scope`, whole, keyed by (table, id): read inside the edit's transaction."""
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for table, column, value in scope:
        _checked(table, column)
        cur = conn.execute(f'SELECT * FROM "{table}" WHERE "{column}" = ? AND deleted_at IS NULL', (value,))
        names = [d[0] for d in cur.description]
        for row in cur.fetchall():
            record = dict(zip(names, row, strict=True))
            found[(table, record["id"])] = record
    return found


def still_as_left(conn: sqlite3.Connection, stamps: Mapping[tuple[str, str], str]) -> bool:
    """Whether every row is live and unchanged since the edit (same `updated_at`): only then is
    the edit still the last change to them, and putting the old values back loses nothing."""
    for (table, row_id), stamp in stamps.items():
        if table not in SYNCED_TABLES:
            return False
        found = conn.execute(f'SELECT updated_at, deleted_at FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
        if found is None or found[1] is not None or found[0] != stamp:
            return False
    return True


def restore(conn: sqlite3.Connection, before: Mapping[tuple[str, str], Mapping[str, Any] | None]) -> int:
    """Put rows back: a row with values gets them again, a row the edit created (None) is tombstoned.
    Each write is a new stamped edit (merge-safe); returns the rows written."""
    written = 0
    for (table, row_id), values in before.items():
        if values is None:
            written += rows.tombstone(conn, table, row_id)
        else:
            written += rows.update(conn, table, row_id, {k: v for k, v in values.items() if k not in BOOKKEEPING})
    return written
