"""Schema 4: snoozed attention items and the merge bookkeeping."""

from __future__ import annotations

from .bookkeeping import SYNC_COLUMNS


def attention_and_merge() -> str:
    """Snoozed attention items, and the log of merges from other files."""
    return f"""
        CREATE TABLE snoozes (
            {SYNC_COLUMNS},
            item_key TEXT NOT NULL,
            until TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX snoozes_key ON snoozes(item_key);

        -- Not synced: a record of what this file received, and from where.
        CREATE TABLE merge_log (
            id TEXT PRIMARY KEY NOT NULL,
            merged_at TEXT NOT NULL,
            source_name TEXT NOT NULL,
            source_sites TEXT NOT NULL DEFAULT '[]',
            summary TEXT NOT NULL DEFAULT '{{}}',
            details TEXT NOT NULL DEFAULT '[]'
        );
        -- Per other site: up to which change time its rows are known here (for conflict detection).
        CREATE TABLE sync_state (
            site TEXT PRIMARY KEY NOT NULL,
            seen_until TEXT NOT NULL
        );
        """
