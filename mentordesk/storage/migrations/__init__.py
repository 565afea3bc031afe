"""The MentorDesk migration chain: one module per schema step, each a docstring'd function.

The schema version is `PRAGMA user_version`. `MIGRATIONS[i]` takes a file from
version i to i + 1 (a function returning its DDL); `migrate()` runs every
missing step, each one together with its version bump inside a single
`BEGIN IMMEDIATE` transaction, so a crash or a full disk mid-migration leaves
the file at the previous, consistent version. A new step is a new module
appended at the END of the list; an old step is never edited (files in the
field were made by it). The bookkeeping columns every synced table carries
are described in `bookkeeping`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from . import (
    v01_people,
    v02_matching,
    v03_relationships,
    v04_attention,
    v05_file_identity,
    v06_erasures,
    v07_checkin_forms,
    v08_mentor_replacement,
    v09_program_kinds,
    v10_import_digests,
)
from .runner import (
    broken_references,
    foreign_keys_off_if,
    require_references_intact,
    run_step,
    user_version,
)

#: The chain: MIGRATIONS[i] takes a file from version i to version i + 1.
MIGRATIONS: list[Callable[[], str]] = [
    v01_people.people_and_programs,
    v02_matching.matching,
    v03_relationships.relationships,
    v04_attention.attention_and_merge,
    v05_file_identity.file_identity,
    v06_erasures.erasures,
    v07_checkin_forms.checkin_forms,
    v08_mentor_replacement.mentor_replacement,
    v09_program_kinds.program_kinds,
    v10_import_digests.import_digests,
]

SCHEMA_VERSION = len(MIGRATIONS)

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate", "user_version"]


def migrate(
    conn: sqlite3.Connection,
    target: int = SCHEMA_VERSION,
    before_step: Callable[[int], None] | None = None,
) -> list[int]:
    """Bring the file up to `target`, one transaction per step; returns the versions reached.

    `before_step(version)` runs outside any transaction before each step (the
    caller uses it to take a backup before the first one).
    """
    reached: list[int] = []
    created = user_version(conn) == 0
    while (version := user_version(conn)) < target:
        if before_step is not None:
            before_step(version)
        if _run_one(conn, version, MIGRATIONS[version], created):
            reached.append(version + 1)
    return reached


def _run_one(conn: sqlite3.Connection, version: int, step: Callable[[], str], created: bool) -> bool:
    """Take the file from `version` to `version + 1` in one transaction; False if another
    process got there first (the loop then reads the version again)."""
    with foreign_keys_off_if(conn, getattr(step, "rebuilds_tables", False)) as rebuilding:
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Re-read inside the lock: another process may have migrated meanwhile.
            if user_version(conn) != version:
                conn.execute("ROLLBACK")
                return False
            broken_before = broken_references(conn) if rebuilding else None
            run_step(conn, step)
            if created and step is v05_file_identity.file_identity:
                conn.execute("UPDATE file_meta SET value = 'created' WHERE key = 'identity_origin'")
            if broken_before is not None:
                require_references_intact(conn, version + 1, broken_before)
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    return True
