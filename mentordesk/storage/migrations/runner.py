"""How one migration step runs: statement by statement inside one transaction, and safely
when it rebuilds a table others reference.

`migrate()` (in this package's `__init__`) walks the chain; the pieces here are the
parts of a step's run that do not depend on which step it is.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Callable, Iterator


def user_version(conn: sqlite3.Connection) -> int:
    """The file's schema version (`PRAGMA user_version`)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


@contextlib.contextmanager
def foreign_keys_off_if(conn: sqlite3.Connection, needed: bool) -> Iterator[bool]:
    """Switch foreign keys off around a table-rebuilding step, and back to what they were.

    SQLite ignores `PRAGMA foreign_keys` inside a transaction, so it is set here,
    outside the step's transaction; with them on, dropping the old table would
    delete or refuse every row pointing at it (SQLite's 12-step ALTER procedure).
    """
    if not needed:
        yield False
        return
    was_on = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        yield True
    finally:
        if was_on:
            conn.execute("PRAGMA foreign_keys = ON")


def broken_references(conn: sqlite3.Connection) -> Counter[tuple[str, str]]:
    """`PRAGMA foreign_key_check` as counts per (table, parent): rowids of a rebuilt table change."""
    return Counter((row[0], row[2]) for row in conn.execute("PRAGMA foreign_key_check").fetchall())


def require_references_intact(conn: sqlite3.Connection, version: int,
                              before: Counter[tuple[str, str]]) -> None:
    """Refuse to commit a rebuild that left a reference pointing nowhere (the step rolls back).

    Compared with the file before the step: a reference already dangling in an old
    file (written by hand, or before foreign keys were on) must not stop the upgrade
    forever; only one this step broke does.
    """
    new = broken_references(conn) - before
    if new:
        (table, parent), count = next(iter(new.items()))
        raise sqlite3.IntegrityError(
            f"schema step {version} would leave {sum(new.values())} broken reference(s), "
            f"e.g. {count} from {table} to {parent}")


def run_step(conn: sqlite3.Connection, step: Callable[[], str]) -> None:
    """Run a step's DDL statement by statement inside the open transaction.

    `executescript` would COMMIT first and break the one-transaction rule.
    """
    for statement in split_sql(step()):
        conn.execute(statement)


def split_sql(script: str) -> list[str]:
    """A step's script as single statements (comment lines dropped), in order."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith("--"):
            continue
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
