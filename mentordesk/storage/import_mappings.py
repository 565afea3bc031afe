"""Column mappings HR confirmed for an HR system's export, kept in the company file.

Kept in `file_meta` (the file's own key/value facts) under ``people_columns:<fingerprint>``,
so a mapping travels with the file to another laptop or a backup: whoever imports next month's
export from the same HR report is not asked again. The value is JSON: header as written ->
MentorDesk column ("" for a column HR leaves out). A file without `file_meta` (older than
schema 5) or opened read-only simply remembers nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping

from ..errors import MentorDeskError
from . import file_meta
from .database import Database

__all__ = ["remember", "remembered"]

_PREFIX = "people_columns:"


def remembered(db: Database, fingerprint: str) -> dict[str, str]:
    """The mapping confirmed for headers with this fingerprint, or {} (never an error)."""
    raw = file_meta.get(db.conn, _PREFIX + fingerprint)
    if not raw:
        return {}
    try:
        data = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    return {str(k): str(v) for k, v in data.items() if isinstance(v, str)}


def remember(db: Database, fingerprint: str, mapping: Mapping[str, str]) -> bool:
    """Keep the mapping for this fingerprint; False when the file cannot take it (read-only, old)."""
    if db.readonly or not file_meta.has_table(db.conn):
        return False
    value = json.dumps(dict(mapping), ensure_ascii=False, sort_keys=True)
    try:
        with db.transaction() as conn:
            file_meta.set_value(conn, _PREFIX + fingerprint, value)
    except (sqlite3.Error, MentorDeskError):
        return False  # remembering is a convenience: never the reason an import fails
    return True
