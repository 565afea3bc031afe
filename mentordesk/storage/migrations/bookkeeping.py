"""The bookkeeping every synced table carries, shared by the steps that create tables.

Branch files are merged later (see `mentordesk.storage.merge`), so every table a
user edits ("synced tables") has the same columns besides its own data:

- `id`          text UUID, never reused, the identity across files;
- `created_at`, `updated_at`  UTC ISO 8601 with microseconds;
- `deleted_at`  a tombstone: rows are never DELETEd, so a deletion can travel
                to another file in a merge;
- `site`        the installation that last changed the row;
- `field_times` JSON {column: UTC time of its last change}: this is what lets
                a merge keep both sides' edits when they touched different
                fields of the same row.
"""

from __future__ import annotations

SYNC_COLUMNS = """
    id TEXT PRIMARY KEY NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    site TEXT NOT NULL DEFAULT '',
    field_times TEXT NOT NULL DEFAULT '{}'
"""

#: Columns every synced table has that are bookkeeping, not user data.
BOOKKEEPING = ("id", "created_at", "updated_at", "deleted_at", "site", "field_times")

#: Tables with the synced bookkeeping columns, parents before children (merge order).
SYNCED_TABLES = (
    "people",
    "competencies",
    "person_competencies",
    "mentor_profiles",
    "programs",
    "participants",
    "pair_rules",
    "relationships",
    "relationship_stages",
    "extensions",
    "goals",
    "goal_history",
    "meetings",
    "checkins",
    "snoozes",
)
