"""What a file knows about itself: its company's identity and its clock's high-water mark.

`file_meta` (schema version 5) is a small key/value table that is *not*
synced row by row, because it describes the file, not the company's data:

- `company_id`: a random id set when the file is created. Copies of the file
  (a branch's copy, a sync service's conflict copy, a backup) share it, so a
  merge or a restore can tell "the same company" from "another company's file".
- `identity_origin`: `created` for a file made by this schema version or later,
  `migrated` for a file that existed before identities did (its id was made up
  at migration, so a copy migrated separately has another id; merges treat
  such files with care rather than refusing them outright).
- `hlc`: the newest change stamp the file holds (see `mentordesk.clock`); every
  write transaction observes it first and raises it after, so stamps made on
  any laptop order after everything that file has seen.
"""

from __future__ import annotations

import sqlite3

COMPANY_ID = "company_id"
IDENTITY_ORIGIN = "identity_origin"
HLC = "hlc"


def has_table(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'file_meta'").fetchone()
    return row is not None


def get(conn: sqlite3.Connection, key: str) -> str | None:
    """One value, or None when the file predates `file_meta` or lacks the key."""
    try:
        row = conn.execute("SELECT value FROM file_meta WHERE key = ?", (key,)).fetchone()
    except sqlite3.OperationalError:
        return None  # an older file: no such table
    return None if row is None else str(row[0])


def set_value(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a value; call inside a write transaction."""
    conn.execute(
        "INSERT INTO file_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )


def company_id(conn: sqlite3.Connection) -> str | None:
    return get(conn, COMPANY_ID)


def identity_origin(conn: sqlite3.Connection) -> str | None:
    return get(conn, IDENTITY_ORIGIN)


def hlc(conn: sqlite3.Connection) -> str | None:
    return get(conn, HLC)


def raise_hlc(conn: sqlite3.Connection, stamp: str | None) -> None:
    """Raise the file's high-water mark to `stamp` (never lowers it); inside a write transaction."""
    if not stamp or not has_table(conn):
        return
    conn.execute(
        "INSERT INTO file_meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value WHERE excluded.value > file_meta.value",
        (HLC, stamp),
    )


#: The secret that seals check-in forms (`mentordesk.io.form_seal`). Made the first time
#: forms are made, so every copy of the file taken after that (a branch's copy, a backup)
#: seals and checks forms alike and a form goes back to whichever copy imports it.
FORM_KEY = "checkin_form_key"


def form_key(conn: sqlite3.Connection) -> str | None:
    return get(conn, FORM_KEY)


def ensure_form_key(conn: sqlite3.Connection) -> str:
    """This file's form key, made now if it has none; inside a write transaction.

    `DO NOTHING` on conflict: two laptops making forms at once keep whichever key
    was stored first, and both read that one back.
    """
    conn.execute(
        "INSERT INTO file_meta (key, value) VALUES (?, lower(hex(randomblob(32)))) "
        "ON CONFLICT(key) DO NOTHING",
        (FORM_KEY,),
    )
    key = form_key(conn)
    assert key is not None  # just written inside this transaction
    return key
