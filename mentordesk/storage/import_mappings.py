"""Column mappings HR confirmed for an HR system's export, kept in the company file.

A mapping travels with the file to another laptop, a backup and (since issue 16) a merge:
whoever imports next month's export from the same HR report is not asked again, on any
laptop.  Each mapping is a stamped file setting (`file_settings`, key
``people_columns:<fingerprint>``), so a merge carries it and, when both copies changed the
mapping of one export, keeps the newer change.  The value is JSON: header as written ->
MentorDesk column ("" for a column HR leaves out).

Files from before that kept the mapping as a plain `file_meta` value under the same key
(which merges did not carry); it is still read, and the next confirmed mapping replaces it.
A file without `file_meta` (older than schema 5) or opened read-only remembers nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from ..errors import MentorDeskError
from . import file_meta, file_settings
from .database import Database

__all__ = ["remember", "remembered"]

_PREFIX = "people_columns:"


def _decode(raw: str | None) -> dict[str, str]:
    """A stored mapping, or {} for one missing or unreadable (a file is untrusted input)."""
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def remembered(db: Database, fingerprint: str) -> dict[str, str]:
    """The mapping confirmed for headers with this fingerprint, or {} (never an error)."""
    key = _PREFIX + fingerprint
    stamped = file_settings.get(db.conn, key)
    if stamped is not None:
        return _decode(stamped.value)
    return _decode(file_meta.get(db.conn, key))  # kept before mappings were settings


def remember(db: Database, fingerprint: str, mapping: Mapping[str, str]) -> bool:
    """Keep the mapping for this fingerprint; False when the file cannot take it (read-only, old)."""
    if db.readonly or not file_meta.has_table(db.conn):
        return False
    key = _PREFIX + fingerprint
    value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    try:
        with db.transaction() as conn:
            file_settings.put(conn, key, value)
            conn.execute("DELETE FROM file_meta WHERE key = ?", (key,))  # the unstamped copy of before
    except (sqlite3.Error, MentorDeskError):
        return False  # remembering is a convenience: never the reason an import fails
    return True
