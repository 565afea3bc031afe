"""Erasing one person in this file: one transaction, with SQLite's `secure_delete` on.

Why `secure_delete`: SQLite leaves the bytes of replaced values in free space
of its pages; a name "erased" that way is still in the file for anyone with a
hex viewer. With `secure_delete` on for the erasing transaction, SQLite zeroes
what it frees, so after the commit the person's name, e-mail and free text are
nowhere in the file's bytes (held by `tests/test_personal_data.py`). The
rollback journal holding the old pages is deleted at commit, as always.

Beyond the rules every merge applies (`erasure.Scrubber`), a local erasure
knows the values it erases, so it also replaces the person's full name, e-mail
and employee id where they appear in any other text (someone else's notes, a
goal, the merge log) with "[erased]".
"""

from __future__ import annotations

import json
import re
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from .. import clock
from ..errors import NotFoundError, ValidationError
from ..i18n import gettext as _
from ..site import installation_site
from . import field_times, file_meta
from .database import Database
from .erasure import (
    ERASED_NAME,
    MAX_REASON,
    Erasure,
    Scrubber,
    fingerprint,
    free_text,
    matcher_for,
    new_salt,
    text_changes,
    write_erasure,
)
from .erasure_text import TextMatcher, text_prints
from .schema import SYNCED_TABLES

REPLACEMENT = "[erased]"
_JSON_COLUMNS = frozenset({"preferred", "goals_discussed", "match_settings", "scores", "comments"})


@dataclass
class ErasureOutcome:
    """What an erasure did: the record kept, and how many rows per table were cleared."""

    record: Erasure
    cleared: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.cleared.values())


@contextmanager
def secure_delete(conn: sqlite3.Connection) -> Iterator[None]:
    """Zero freed content for the duration (the connection's own setting comes back afterwards)."""
    before = conn.execute("PRAGMA secure_delete").fetchone()[0]
    conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA secure_delete = {int(before)}")


def _live_person(conn: sqlite3.Connection, person_id: str) -> dict[str, Any]:
    cur = conn.execute("SELECT * FROM people WHERE id = ?", (person_id,))
    found = cur.fetchone()
    if found is None:
        raise NotFoundError(_(
            "This person is not in the file (they may have been deleted elsewhere). Nothing was changed."
        ))
    row = dict(zip([d[0] for d in cur.description], found, strict=True))
    if row["name"] == ERASED_NAME and str(row["email"]).endswith("@erased.invalid"):
        raise ValidationError(_("This person has already been erased. Nothing was changed."))
    return row


def _same_person_rows(conn: sqlite3.Connection, person: dict[str, Any]) -> list[dict[str, Any]]:
    """The person's row and every other row (deleted duplicates too) with their employee id or e-mail."""
    cur = conn.execute("SELECT * FROM people WHERE id = ? OR employee_id = ? OR lower(email) = lower(?) ORDER BY id",
                       (person["id"], person["employee_id"], person["email"]))
    cols = [d[0] for d in cur.description]
    found = [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]
    return sorted(found, key=lambda r: (r["id"] != person["id"], r["id"]))  # the person's own row first


def _pattern(values: list[str]) -> re.Pattern[str] | None:
    """Whole-word, any-case matches of the erased values (very short ids are not searched in text)."""
    words = sorted({v.strip() for v in values if v and len(v.strip()) >= 3}, key=len, reverse=True)
    if not words:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)", re.IGNORECASE)


def reason_problems(reason: str, secrets: list[str]) -> list[str]:
    """The erasure log keeps no personal data, so a reason naming the person is refused."""
    text = (reason or "").strip()
    if not text:
        return [_("Say why the person is erased (for example: their request of a date, or the end of retention).")]
    if len(text) > MAX_REASON:
        return [_("The reason is %(length)s characters long; keep it under %(limit)s.")
                % {"length": len(text), "limit": MAX_REASON}]
    folded = text.casefold()
    if any(s and len(s.strip()) >= 2 and s.strip().casefold() in folded for s in secrets):
        return [_("The reason names the person (their name, e-mail or employee ID). The erasure log keeps no "
                  "personal data: describe the reason without naming them.")]
    return []


def _replace_text(value: Any, col: str, pattern: re.Pattern[str] | None) -> Any:
    if pattern is None or not isinstance(value, str):
        return value
    if col in _JSON_COLUMNS:
        try:
            parsed = json.loads(value)
        except ValueError:
            return pattern.sub(REPLACEMENT, value)
        if isinstance(parsed, dict):
            cleaned = {k: pattern.sub(REPLACEMENT, v) if isinstance(v, str) else v for k, v in parsed.items()}
            return json.dumps(cleaned, ensure_ascii=False, sort_keys=True) if cleaned != parsed else value
        return value
    return pattern.sub(REPLACEMENT, value)


def write_changes(conn: sqlite3.Connection, table: str, row: dict[str, Any], changes: dict[str, Any],
                   now: str, site: str) -> None:
    """Write `changes` as edits made `now` at `site`, tombstoned rows too (their text must go as well)."""
    ft = field_times.read(row)  # the compact form expanded, so the other columns keep their dates
    ft.update({c: now for c in changes})
    sets = ", ".join(f'"{c}" = ?' for c in changes)
    conn.execute(f'UPDATE "{table}" SET {sets}, updated_at = ?, site = ?, field_times = ? WHERE id = ?',
                 [*changes.values(), now, site, json.dumps(ft, sort_keys=True), row["id"]])


def _clear_tables(conn: sqlite3.Connection, scrubber: Scrubber, pattern: re.Pattern[str] | None,
                  matcher: TextMatcher, now: str, site: str) -> dict[str, int]:
    """Every table: the rules every merge applies, then the exact values, then what a merge would recognise."""
    cleared: dict[str, int] = {}
    for table in SYNCED_TABLES:
        cur = conn.execute(f'SELECT * FROM "{table}" ORDER BY id')
        cols = [d[0] for d in cur.description]
        for values in cur.fetchall():
            row = dict(zip(cols, values, strict=True))
            structured = scrubber.changes(table, row)
            changes = dict(structured)
            for col in cols:
                if col in changes or not free_text(table, col, row[col]):
                    continue
                new = _replace_text(row[col], col, pattern)
                if new != row[col]:
                    changes[col] = new
            changes.update(text_changes(matcher, table, {**row, **changes}, structured))
            if changes:
                write_changes(conn, table, row, changes, now, site)
                cleared[table] = cleared.get(table, 0) + 1
    return cleared


def _clear_merge_log(conn: sqlite3.Connection, pattern: re.Pattern[str] | None) -> None:
    if pattern is None:
        return
    for rid, details, source in conn.execute("SELECT id, details, source_name FROM merge_log").fetchall():
        new_details, new_source = _replace_text(details, "details", pattern), _replace_text(source, "source", pattern)
        if (new_details, new_source) != (details, source):
            conn.execute("UPDATE merge_log SET details = ?, source_name = ? WHERE id = ?",
                         (new_details, new_source, rid))


def erase_person(db: Database, person_id: str, reason: str, erased_by: str) -> ErasureOutcome:
    """Erase one person everywhere in this file and keep the erasure record; one transaction.

    Raises ValidationError (nothing changed) for an empty reason or one naming the person.
    """
    with secure_delete(db.conn), db.transaction() as conn:
        person = _live_person(conn, person_id)
        same = _same_person_rows(conn, person)
        secrets = [str(r[c]) for r in same for c in ("name", "email", "employee_id") if r.get(c)]
        problems = reason_problems(reason, secrets)
        if problems:
            raise ValidationError(problems)
        # One salt per company (its id), so a merge hashes each run of words once however many erasures there are.
        salt = file_meta.company_id(conn) or new_salt()
        prints = {fingerprint(salt, kind, r[kind]) for r in same for kind in ("employee_id", "email") if r.get(kind)}
        prints |= text_prints(salt, [str(r["name"]) for r in same if r.get("name")])
        now, site = clock.now_iso(), installation_site()
        record = Erasure(id=str(uuid.uuid4()), erased_at=now, erased_by=erased_by[:200], site=site,
                         reason=reason.strip(), person_ids=tuple(r["id"] for r in same), salt=salt,
                         fingerprints=frozenset(prints))
        cleared = _clear_tables(conn, Scrubber([record]), _pattern(secrets), matcher_for([record]), now, site)
        _clear_merge_log(conn, _pattern(secrets))
        write_erasure(conn, record)
    return ErasureOutcome(record, cleared)


def list_erasures(db: Database) -> list[Erasure]:
    """The erasure log, newest first."""
    from .erasure import read_erasures

    return sorted(read_erasures(db.conn), key=lambda e: e.erased_at, reverse=True)
