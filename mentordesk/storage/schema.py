"""The MentorDesk schema as the rest of the code sees it: its version, how to migrate a file,
and which tables carry the sync bookkeeping.

The steps themselves live in `mentordesk.storage.migrations` (one module per
step, appended at the end of `MIGRATIONS`); this module is the small public face
callers import, so they need not know how the chain is laid out.
"""

from __future__ import annotations

from .migrations import MIGRATIONS, SCHEMA_VERSION, migrate, user_version
from .migrations.bookkeeping import BOOKKEEPING, SYNC_COLUMNS, SYNCED_TABLES

__all__ = [
    "BOOKKEEPING",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "SYNCED_TABLES",
    "SYNC_COLUMNS",
    "migrate",
    "user_version",
]
