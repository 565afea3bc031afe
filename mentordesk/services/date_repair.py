"""Repairing a damaged date without a restore, for the `repair-date` command.

A restore puts back a whole file and so loses what was saved since the damage; a date
another program spoiled is usually one cell. `mentordesk check` names each such cell
(`storage.stored_dates.damaged_cells`) and `repair_date` writes a real date into one, or
empties it where the row can do without, after a backup (reason "manual": File > Restore
Backup lists it), in one transaction.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from ..errors import ReadOnlyError, ValidationError
from ..i18n import gettext as _
from ..storage import date_repair
from ..storage.database import Database

__all__ = ["repair_date"]

_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def repair_date(db: Database, table: str, row_id: str, column: str, day: str | None) -> Path:
    """Put `day` (YYYY-MM-DD; None or "" empties the cell) into one damaged cell; the backup taken first."""
    from ..storage.backup import make_backup

    if db.readonly:
        raise ReadOnlyError(db.info.reason or _("This file is open for reading only, so nothing can be repaired."))
    parsed = _day(day)
    with db.transaction() as conn:
        date_repair.check(conn, table, row_id, column, parsed)  # a refusal takes no backup
        backup = make_backup(db.path, "manual")
        date_repair.repair(conn, table, row_id, column, parsed)
    return backup


def _day(text: str | None) -> dt.date | None:
    text = (text or "").strip()
    if not text:
        return None
    try:
        if not _ISO_DAY.fullmatch(text):
            raise ValueError(text)
        return dt.date.fromisoformat(text)
    except ValueError:
        raise ValidationError(_("%(value)s is not a date in the form YYYY-MM-DD (for example 2024-03-15).")
                              % {"value": repr(text[:40])}) from None
