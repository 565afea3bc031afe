"""Putting a real date where another program left something else.

A date column can hold `'soon'` or `'31/02/2026'` after a database browser or a script
edited the file (`stored_dates`); every screen that reads that row then refuses it. A
restore fixes it but also loses what was saved since. Here one damaged cell is given a
date (or, where the row can do without, emptied), written like any edit (its change
stamp, so a merge carries the repair to the other copies). Only a cell that really is
damaged may be changed this way: a good date is edited in the app, with its own rules.
"""

from __future__ import annotations

import datetime as dt
import sqlite3

from ..errors import ValidationError
from ..i18n import gettext as _
from . import rows
from .stored_dates import DATE_COLUMNS, readable


def repair(conn: sqlite3.Connection, table: str, row_id: str, column: str, day: dt.date | None) -> None:
    """Write `day` (None: empty) into the damaged cell; inside the caller's write transaction."""
    check(conn, table, row_id, column, day)
    deleted = conn.execute(f'SELECT deleted_at FROM "{table}" WHERE id = ?', (row_id,)).fetchone()[0]
    value = None if day is None else day.isoformat()
    if deleted is None:
        rows.update(conn, table, row_id, {column: value})
    else:  # a deleted row keeps its tombstone; only the unreadable value goes
        conn.execute(f'UPDATE "{table}" SET "{column}" = ? WHERE id = ?', (value, row_id))


def check(conn: sqlite3.Connection, table: str, row_id: str, column: str, day: dt.date | None) -> None:
    """Refuse, in a sentence, what `repair` must not do: so a caller can refuse before its backup."""
    kinds = {(t, c): required for t, c, required in DATE_COLUMNS}
    if (table, column) not in kinds:
        raise ValidationError(_("%(table)s.%(column)s is not a date MentorDesk keeps; see `mentordesk check` "
                                "for the damaged ones.") % {"table": table, "column": column})
    if day is None and kinds[table, column]:
        raise ValidationError(_("%(column)s in %(table)s cannot be empty; give the date it should be "
                                "(--date YYYY-MM-DD).") % {"table": table, "column": column})
    found = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE id = ?', (row_id,)).fetchone()
    if found is None or found[0] is None or readable(found[0], kinds[table, column]):
        raise ValidationError(_("%(column)s of %(row)s in %(table)s is not damaged (or there is no such row), "
                                "so it was left as it is: a good date is changed in the app.")
                              % {"table": table, "column": column, "row": row_id})
