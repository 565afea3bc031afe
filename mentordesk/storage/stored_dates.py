"""Dates read back from the file, refused in a sentence when they are not dates.

MentorDesk writes every date as ISO text and checks what it imports and merges, but the
file is an ordinary SQLite file: another program (a database browser, a script, a sync
tool's repair) can leave `'soon'` or `'31/02/2026'` in a date column. Reading such a value
with `date.fromisoformat` raised a bare ValueError, and every screen and command that read
the row stopped with a traceback. Here the row-to-record mapping says which value it could
not read and what to do; nothing is changed by reading.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple

from ..errors import StorageError
from ..i18n import gettext as _


class DamagedDateError(StorageError):
    """A stored date that is not a date: the file was changed outside MentorDesk."""

    def __init__(self, value: object, table: str, column: str) -> None:
        self.value, self.table, self.column = value, table, column
        super().__init__(_(
            "The company file holds %(value)s where a date belongs (%(column)s in %(table)s), so "
            "MentorDesk cannot read it. It was probably changed by another program. Nothing was "
            "changed. Restore a backup from before that change (File > Restore Backup…, or "
            "`mentordesk backups` and `mentordesk restore`), or ask whoever edited the file to put a date (YYYY-MM-DD) "
            "back.") % {"value": repr(str(value)[:40]), "column": column, "table": table}
            + " " + _("To repair just that value and keep everything saved since, run `mentordesk check`: it "
                      "names the row and the command."))


def stored_date(value: str | None, table: str, column: str) -> dt.date | None:
    """The day a stored date (or timestamp) names; None when empty; DamagedDateError when unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except (TypeError, ValueError):
        raise DamagedDateError(value, table, column) from None


def required_date(value: str | None, table: str, column: str) -> dt.date:
    """A stored date the row cannot be without (a relationship's start, a meeting's day)."""
    found = stored_date(value, table, column)
    if found is None:
        raise DamagedDateError(value, table, column)
    return found


#: Every date column MentorDesk reads back, and whether a row needs it (an empty value is
#: damage there) — what `mentordesk check` scans.
DATE_COLUMNS: tuple[tuple[str, str, bool], ...] = (
    ("people", "hire_date", False),
    ("programs", "start_date", False), ("programs", "end_date", False),
    ("relationships", "start_date", True), ("relationships", "planned_end", True),
    ("relationships", "closed_on", False),
    ("relationship_stages", "began_on", True),
    ("extensions", "previous_end", True), ("extensions", "new_end", True),
    ("goals", "due_date", False),
    ("meetings", "date", True),
    ("checkins", "date", True),
    ("snoozes", "until", True),
)


def unreadable_dates(conn: sqlite3.Connection) -> list[tuple[str, str, str, int]]:
    """(table, column, first bad value, how many) for each date column holding non-dates.

    Read in Python with the very parser the records use, so `check` finds exactly what
    the screens would refuse (SQLite's `date()` quietly turns 2026-02-31 into March)."""
    return by_column(damaged_cells(conn, limit=None))


def by_column(cells: list[DamagedCell]) -> list[tuple[str, str, str, int]]:
    """`damaged_cells` summed up: (table, column, first bad value, how many), in scan order."""
    found: dict[tuple[str, str], list] = {}
    for cell in cells:
        entry = found.setdefault((cell.table, cell.column), [cell.table, cell.column, cell.value, 0])
        entry[3] += 1
    return [tuple(entry) for entry in found.values()]


class DamagedCell(NamedTuple):
    """One stored value that is not a date, where a date belongs: which row, which column."""

    table: str
    row_id: str
    column: str
    value: str
    required: bool


def damaged_cells(conn: sqlite3.Connection, limit: int | None = 200) -> list[DamagedCell]:
    """Each unreadable date (up to `limit`; None: all), with its row, so it can be named and repaired
    (`storage/date_repair.py`); deleted rows included, since a merge still reads them."""
    found: list[DamagedCell] = []
    for table, column, required in DATE_COLUMNS:
        for row_id, value in conn.execute(f"SELECT id, {column} FROM {table} WHERE {column} IS NOT NULL"):
            if not readable(value, required):
                found.append(DamagedCell(table, str(row_id), column, str(value), required))
                if limit is not None and len(found) >= limit:
                    return found
    return found


def readable(value: object, required: bool) -> bool:
    """Whether a stored date value reads as the records read it (empty only where allowed)."""
    if value == "":
        return not required
    try:
        stored_date(value, "", "")  # type: ignore[arg-type]
    except DamagedDateError:
        return False
    return True
