"""Writing synced rows: the bookkeeping every edit must do, in one place.

All writes to synced tables go through `insert`, `update` and `tombstone` so that
`updated_at`, `site` and `field_times` are always right. Two rules matter for
merging branch files:

- a write that changes nothing writes nothing (`update` returns False), so an
  unchanged re-import does not make every row look newer and win merges it
  should lose;
- only the fields that really changed get a new time in `field_times`, so a
  merge can keep both sides' edits to different fields of the same row.

These functions expect to run inside `Database.transaction()`.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Mapping
from typing import Any

from ..clock import now_iso
from ..errors import ConflictError, NotFoundError
from ..i18n import gettext as _
from ..site import installation_site
from . import field_times
from .schema import BOOKKEEPING, SYNCED_TABLES


def new_id() -> str:
    """A random (version 4) UUID in its usual text form.

    Formatted from ``os.urandom`` directly: ``str(uuid.uuid4())`` builds an object per id,
    which was a tenth of a 10,000-person import (55,000 ids). Same randomness, same form.
    """
    b = bytearray(os.urandom(16))
    b[6] = (b[6] & 0x0F) | 0x40  # version 4
    b[8] = (b[8] & 0x3F) | 0x80  # RFC 4122 variant
    h = b.hex()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _check_table(table: str) -> None:
    if table not in SYNCED_TABLES:  # the name is interpolated into SQL
        raise ValueError(f"not a synced table: {table}")


def _normalise(value: Any) -> Any:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    return value


def _times_on_insert(conn: sqlite3.Connection, table: str, keys: Iterable[str], now: str) -> str:
    """`{}` (every column since created_at, see `field_times`) when the insert names every
    column; else the long form, so a column left to its default stays undated as before."""
    keys = sorted(keys)
    columns = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')} - set(BOOKKEEPING)
    if columns == set(keys):
        return field_times.COMPACT
    return json.dumps({k: now for k in keys})


def insert(conn: sqlite3.Connection, table: str, values: Mapping[str, Any], *, row_id: str | None = None) -> str:
    _check_table(table)
    now = now_iso()
    data = {k: _normalise(v) for k, v in values.items() if k not in BOOKKEEPING}
    row = {
        "id": row_id or new_id(),
        "created_at": now,
        "updated_at": now,
        "deleted_at": None,
        "site": installation_site(),
        "field_times": _times_on_insert(conn, table, data, now),
        **data,
    }
    cols = ", ".join(f'"{c}"' for c in row)
    marks = ", ".join("?" for _ in row)
    conn.execute(f'INSERT INTO "{table}" ({cols}) VALUES ({marks})', list(row.values()))
    return row["id"]


def insert_many(conn: sqlite3.Connection, table: str, items: list[tuple[str, Mapping[str, Any]]]) -> int:
    """Insert many new rows of one shape with `executemany`: one timestamp and site for the batch.

    `items` are (id, values) pairs; every values mapping must have the same keys.
    Used by bulk imports, where per-row bookkeeping dominated the time.
    """
    _check_table(table)
    if not items:
        return 0
    now = now_iso()
    site = installation_site()
    keys = sorted(k for k in items[0][1] if k not in BOOKKEEPING)
    times = _times_on_insert(conn, table, keys, now)
    cols = ["id", "created_at", "updated_at", "deleted_at", "site", "field_times", *keys]
    names = ", ".join(f'"{c}"' for c in cols)
    sql = f'INSERT INTO "{table}" ({names}) VALUES ({", ".join("?" for _ in cols)})'
    plain = (str, int, float, type(None))  # stored as they are; bool, list, dict are not
    conn.executemany(sql, ([row_id, now, now, None, site, times,
                            *(v if type(v) in plain else _normalise(v) for v in map(values.__getitem__, keys))]
                           for row_id, values in items))
    return len(items)


def fetch(conn: sqlite3.Connection, table: str, row_id: str) -> dict[str, Any] | None:
    _check_table(table)
    cur = conn.execute(f'SELECT * FROM "{table}" WHERE id = ?', (row_id,))
    found = cur.fetchone()
    if found is None:
        return None
    return dict(zip([d[0] for d in cur.description], found, strict=True))


def update(
    conn: sqlite3.Connection,
    table: str,
    row_id: str,
    changes: Mapping[str, Any],
    *,
    expected_updated_at: str | None = None,
) -> bool:
    """Apply only the fields that differ; returns whether anything was written.

    `expected_updated_at` is the version the user's screen showed. If the row
    has changed since (another laptop saved it), ConflictError carries both
    versions so the user can choose; nothing is overwritten silently.
    """
    current = fetch(conn, table, row_id)
    if current is None or current["deleted_at"] is not None:
        raise NotFoundError(_("This record no longer exists (it may have been deleted elsewhere)."))
    wanted = {k: _normalise(v) for k, v in changes.items() if k not in BOOKKEEPING}
    diff = {k: v for k, v in wanted.items() if current.get(k) != v}
    if expected_updated_at is not None and current["updated_at"] != expected_updated_at:
        if diff:
            raise ConflictError(table=table, row_id=row_id, mine=dict(wanted), theirs=current)
    if not diff:
        return False
    now = now_iso()
    times = field_times.read(current)
    times.update({k: now for k in diff})
    assignments = ", ".join(f'"{k}" = ?' for k in diff)
    conn.execute(
        f'UPDATE "{table}" SET {assignments}, updated_at = ?, site = ?, field_times = ? WHERE id = ?',
        [*diff.values(), now, installation_site(), json.dumps(times, sort_keys=True), row_id],
    )
    return True


def tombstone(conn: sqlite3.Connection, table: str, row_id: str) -> bool:
    """Mark a row deleted. Rows are never DELETEd so the deletion can travel in a merge."""
    _check_table(table)
    current = fetch(conn, table, row_id)
    if current is None or current["deleted_at"] is not None:
        return False
    now = now_iso()
    times = field_times.read(current)
    times["deleted_at"] = now
    conn.execute(
        f'UPDATE "{table}" SET deleted_at = ?, updated_at = ?, site = ?, field_times = ? WHERE id = ?',
        (now, now, installation_site(), json.dumps(times, sort_keys=True), row_id),
    )
    return True
