"""What the people import reads of the company, and the row digests it remembers (schema 10).

The digests say which CSV row each person was last imported from; the table and the
triggers that drop a digest whenever its person may have changed are
`migrations/v10_import_digests`. This module reads and writes them for
`services.people` (the import) and `services.people_import` (the preview). A file
older than schema 10 (opened read-only, so not upgraded) has no digests: every row is
then read in full, as before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable

from ..people_csv.model import ImportedRow

__all__ = ["CompanyForImport", "company_for_import", "digests_by_person", "managers", "remember", "standing",
           "unchanged_since"]

_TABLE = "people_import_digests"


class CompanyForImport:
    """What reading a CSV checks each row against, read in one pass over the people: employee
    ids, e-mails (lower case) -> employee id, managers, and the rows imported before; and
    `version`, SQLite's count of other connections' commits when it was read (`unchanged_since`)."""

    __slots__ = ("emails", "imported", "known_ids", "managers", "version")

    def __init__(self, version: int) -> None:
        self.version = version
        self.known_ids: set[str] = set()
        self.emails: dict[str, str] = {}
        self.managers: dict[str, str | None] = {}
        self.imported: dict[str, ImportedRow] = {}


def _has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (_TABLE,)).fetchone() is not None


def _level_rows(conn: sqlite3.Connection) -> dict[str, int]:
    """person id -> how many level rows (any, tombstoned too) they have: one scan of the index."""
    return dict(conn.execute("SELECT person_id, count(*) FROM person_competencies GROUP BY person_id"))


def digests_by_person(conn: sqlite3.Connection) -> dict[str, str]:
    """person id -> the digest of the row they were last imported from, for those whose digest
    still stands: the triggers dropped the others, except after a new level, which only
    changes the person's number of level rows (schema 10's docstring)."""
    if not _has_table(conn):
        return {}
    counts = _level_rows(conn)
    return {pid: digest for pid, digest, levels in conn.execute(f"SELECT person_id, digest, levels FROM {_TABLE}")
            if counts.get(pid, 0) == levels}


def company_for_import(conn: sqlite3.Connection) -> CompanyForImport:
    """Everyone not deleted (archived included), as reading a CSV needs them.

    The e-mails keep SQLite's `lower()` and the order of `people_repo.emails` (the same
    scan), so two stored addresses that differ only in a non-ASCII letter are told apart
    as before.
    """
    company = CompanyForImport(_data_version(conn))
    digests = digests_by_person(conn)
    people = conn.execute(
        "SELECT id, employee_id, name, email, manager_employee_id, hire_date, lower(email) "
        "FROM people WHERE deleted_at IS NULL").fetchall()
    company.emails = {r[6]: r[1] for r in people}
    company.known_ids = {r[1] for r in people}
    company.managers = {r[1]: r[4] or None for r in people}
    company.imported = {digests[r[0]]: ImportedRow._make(r[:6]) for r in people if r[0] in digests}
    return company


def _data_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA data_version").fetchone()[0])


def unchanged_since(conn: sqlite3.Connection, version: int) -> bool:
    """Whether no other connection committed anything since `company_for_import` read `version`
    on this same connection (SQLite's `data_version`): then every digest taken still stands
    and the managers are the ones reading checked the file's against."""
    return _data_version(conn) == version


def managers(conn: sqlite3.Connection) -> dict[str, str | None]:
    """employee_id -> manager's employee_id of everyone not deleted: the company the import's
    loop check runs against inside its transaction (plain tuples: no row dicts)."""
    return {eid: manager or None for eid, manager in conn.execute(
        "SELECT employee_id, manager_employee_id FROM people WHERE deleted_at IS NULL")}


def standing(conn: sqlite3.Connection, taken: Iterable[tuple[str, str]]) -> bool:
    """Whether every (person id, digest) a read took as unchanged still stands: a colleague
    who saved one of those people since dropped their digest, and the row must be read again."""
    taken = list(taken)
    if not taken:
        return True
    now = digests_by_person(conn)
    return all(now.get(pid) == digest for pid, digest in taken)


def remember(conn: sqlite3.Connection, digests: Iterable[tuple[str, str]]) -> None:
    """(person id, digest) of rows just imported, with each person's number of level rows;
    run after the import's last write to those people, since any write drops their digest."""
    digests = list(digests)
    if digests and _has_table(conn):
        counts = _level_rows(conn)
        conn.executemany(f"INSERT OR REPLACE INTO {_TABLE} (person_id, digest, levels) VALUES (?, ?, ?)",
                         ((pid, digest, counts.get(pid, 0)) for pid, digest in digests))
