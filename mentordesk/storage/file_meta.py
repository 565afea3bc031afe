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

import json
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


#: The secret that seals check-in forms (`mentordesk.io.form_seal`). Made with the file
#: (schema 7), or the first time forms are made where it is missing, so every copy of the
#: file taken after that (a branch's copy, a backup) seals and checks forms alike.
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


#: Form keys of other copies of this company's file that were merged in (a JSON list): their
#: forms are accepted here too. Copies upgraded separately made keys of their own; a merge is
#: where HR brings them together, so forms made at either end then import at both.
FORM_KEYS_MERGED = "checkin_form_keys_merged"
MAX_MERGED_FORM_KEYS = 50


def form_keys(conn: sqlite3.Connection) -> list[str]:
    """Every key whose forms this file accepts: its own first, then those merged in."""
    own = form_key(conn)
    try:
        merged = json.loads(get(conn, FORM_KEYS_MERGED) or "[]")
    except ValueError:
        merged = []
    keys = [own] if own else []
    keys += [k for k in merged if isinstance(k, str) and _is_key(k) and k not in keys]
    return keys


def _is_key(value: str) -> bool:
    return len(value) == 64 and all(c in "0123456789abcdef" for c in value)


def learn_form_key(conn: sqlite3.Connection, key: str | None) -> None:
    """After a merge, inside its transaction: accept the other copy's forms from now on.

    A file without a key of its own takes the other's as its own, so the forms it
    makes from now on are the branch's kind too.
    """
    if not key or not _is_key(key) or not has_table(conn):
        return
    if form_key(conn) is None:
        set_value(conn, FORM_KEY, key)
        return
    known = form_keys(conn)
    if key in known:
        return
    set_value(conn, FORM_KEYS_MERGED, json.dumps((known[1:] + [key])[-MAX_MERGED_FORM_KEYS:]))
