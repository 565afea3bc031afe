"""Settings that belong to the company's file, not to a laptop: the report header's name and logo.

Why in the file: every laptop that opens the company's file should print the same
header, and a branch's copy merged back must bring a logo changed there.  They
live in `file_meta` (the file's own key/value table, schema 5) under the prefix
`setting:`, each value a small JSON object with the value and the change stamp
(`mentordesk.clock`) that made it, so a merge can keep the newer one, exactly as
the synced tables decide per field.  A logo is kept as the image itself (base64),
since a path on one laptop means nothing on another.

No new table: `file_meta` already travels with every copy and backup, and a
settings key needs no schema step; `merge_in` is the one place a merge applies them.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from .. import clock
from . import file_meta

PREFIX = "setting:"
#: A setting longer than this is not ours (a header logo is at most 1 MB, ~1.4 M characters
#: in base64): a merge leaves it out rather than reading a hostile file's giant value.
MAX_VALUE_CHARS = 2_000_000


@dataclass(frozen=True)
class Stamped:
    """One setting's value and the stamp of the change that made it."""

    value: str
    at: str


def _decode(raw: str | None) -> Stamped | None:
    """A stored setting, or None for one missing or unreadable (a file is untrusted input)."""
    if not raw:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(data, dict) or not isinstance(data.get("value"), str) or not isinstance(data.get("at"), str):
        return None
    return Stamped(data["value"], data["at"])


def _encode(value: Stamped) -> str:
    return json.dumps({"value": value.value, "at": value.at}, sort_keys=True)


def get(conn: sqlite3.Connection, key: str) -> Stamped | None:
    return _decode(file_meta.get(conn, PREFIX + key))


def put(conn: sqlite3.Connection, key: str, value: str) -> None:
    """Set a setting now (stamped with a new change stamp); inside a write transaction."""
    file_meta.set_value(conn, PREFIX + key, _encode(Stamped(value, clock.now_iso())))


def read_all(conn: sqlite3.Connection) -> dict[str, Stamped]:
    """Every setting of a file (empty for a file older than `file_meta`)."""
    if not file_meta.has_table(conn):
        return {}
    rows = conn.execute("SELECT key, value FROM file_meta WHERE key LIKE ? ESCAPE '\\'",
                        (PREFIX.replace("_", "\\_") + "%",)).fetchall()
    out = {}
    for key, raw in rows:
        value = _decode(raw) if len(raw) <= MAX_VALUE_CHARS + 200 else None
        if value is not None:
            out[str(key)[len(PREFIX):]] = value
    return out


def _believable(stamp: str) -> bool:
    """A stamp a merge may take: a real time, not further ahead of this clock than a merge allows
    (`merge_checks.MAX_AHEAD`); one years ahead would win every later change and drag this
    file's clock along."""
    from datetime import UTC, datetime

    from .merge_checks import MAX_AHEAD

    try:
        moment = clock.parse_iso(stamp)
    except (ValueError, OverflowError):
        return False
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment - datetime.now(UTC) <= MAX_AHEAD


def _wins(incoming: Stamped, here: Stamped | None) -> bool:
    """The newer change wins; equal stamps are broken by the value, so both directions agree."""
    if here is None:
        return True
    return (incoming.at, incoming.value) > (here.at, here.value)


def winning(conn: sqlite3.Connection, incoming: dict[str, Stamped]) -> dict[str, Stamped]:
    """The other copy's settings that a merge would take: newer than this file's, believable.

    Read only, so a merge can tell before writing anything whether its backup is needed
    (a merge that changes only the report header still takes one: it can be undone)."""
    here = read_all(conn)
    return {key: value for key, value in sorted(incoming.items())
            if len(value.value) <= MAX_VALUE_CHARS and _believable(value.at)  # a hostile copy's: kept out
            and _wins(value, here.get(key))}


def merge_in(conn: sqlite3.Connection, incoming: dict[str, Stamped]) -> list[str]:
    """Take the other copy's settings that are newer than this file's; the keys taken.

    Inside the merge's write transaction; stamps seen are observed so a later change
    here orders after them."""
    for value in incoming.values():
        if len(value.value) <= MAX_VALUE_CHARS and _believable(value.at):
            clock.observe(value.at)
    taken = winning(conn, incoming)
    for key, value in taken.items():
        file_meta.set_value(conn, PREFIX + key, _encode(value))
    return list(taken)
