"""Write a People CSV that Excel opens safely and ``read_people`` reads back exactly."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable
from datetime import date
from typing import IO, Any

from ..errors import ValidationError
from .cells import escape_cell
from .model import COLUMNS, Dest

__all__ = ["CannotExport", "format_row", "write_people"]


class CannotExport(ValidationError, ValueError):
    """A stored value the format cannot hold (stored before the checks existed, e.g. merged in
    from an older branch file); a sentence for HR, and a ValueError for older callers."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"Nothing was exported: {reason}.")


def _format_competencies(items: Iterable[Any]) -> str:
    parts = []
    for item in items:
        name, current, target = item.name, item.current, item.target
        if ";" in name:
            raise CannotExport(f"the competency name '{name}' contains ';', which separates "
                               "competencies in the file; rename the competency and export again")
        # Target written whenever present (even if equal to current) so re-import is identical.
        parts.append(f"{name}:{current}" if target is None else f"{name}:{current}>{target}")
    return "; ".join(parts)


def _format_archived(archived: bool | None) -> str:
    """yes/no; a row that does not say (None) is written empty, which import reads as "keep"."""
    return "" if archived is None else ("yes" if archived else "no")


def format_row(row: Any) -> list[str]:
    """The cells of one row in ``COLUMNS`` order, each escaped against formula injection."""
    languages = tuple(getattr(row, "languages", ()) or ())
    for code in languages:
        if ";" in code:
            raise CannotExport(f"the language code '{code}' of {row.employee_id} contains ';', which "
                               "separates languages in the file; correct it and export again")
    hire_date = getattr(row, "hire_date", None)
    capacity = getattr(row, "mentor_capacity", None)
    values = {
        "employee_id": row.employee_id,
        "name": row.name,
        "email": row.email,
        "department": getattr(row, "department", "") or "",
        "branch": getattr(row, "branch", "") or "",
        "title": getattr(row, "title", "") or "",
        "manager_employee_id": getattr(row, "manager_employee_id", None) or "",
        "hire_date": hire_date.isoformat() if isinstance(hire_date, date) else (hire_date or ""),
        "languages": ";".join(languages),
        "role": getattr(row, "role", "none") or "none",
        "mentor_capacity": "" if capacity is None else str(capacity),
        "competencies": _format_competencies(getattr(row, "competencies", ()) or ()),
        "notes": getattr(row, "notes", "") or "",
        "archived": _format_archived(getattr(row, "archived", None)),
    }
    return [escape_cell(values[column]) for column in COLUMNS]


def write_people(rows: Iterable[Any], dest: Dest, *,
                 company_file: str | os.PathLike[str] | None = None) -> None:
    """Write rows (PersonRow or anything with the same attributes) in ``COLUMNS`` order.

    Comma-delimited with CRLF line ends and minimal quoting, which is what Excel writes. A path
    is written as UTF-8 *with* a BOM, because Excel opens a BOM-less UTF-8 CSV as cp1252 and
    garbles accented names; ``read_people`` accepts both. A text stream gets no BOM: its
    encoding is the caller's choice. Cells a spreadsheet would run as formulas get a leading
    ``'`` (see ``cells``), which ``read_people`` removes again. A path is written through
    ``storage.outputs``: whole or not at all, owner-only, never onto ``company_file`` (the open
    file), its journal, lock note or backups, nor onto any database.
    """
    formatted = [format_row(row) for row in rows]  # fail before creating/truncating the file

    def emit(stream: IO[str]) -> None:
        writer = csv.writer(stream, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        writer.writerows(formatted)

    if isinstance(dest, (str, os.PathLike)):
        from ..storage.outputs import atomic_output

        with atomic_output(dest, company_file) as tmp, open(tmp, "w", encoding="utf-8-sig", newline="") as fh:
            emit(fh)
    else:
        emit(dest)
