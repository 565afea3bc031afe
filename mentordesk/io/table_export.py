"""Write one table of records as CSV or Excel (.xlsx) so that no cell can run as a formula.

Relationship, meeting, goal and check-in exports carry text HR and participants typed (names,
topics, notes, comments). A spreadsheet runs a cell that starts with ``=``, ``+``, ``-`` or ``@``
(OWASP "CSV Injection"), so:

* **CSV** cells go through the people export's reversible escape (`people_csv.cells.escape_cell`):
  a leading ``'`` that spreadsheets show as text and MentorDesk's readers strip again.
* **xlsx** cells holding text are written as string cells (``data_type 's'``, an inline string),
  which Excel and LibreOffice never evaluate. This has to be forced: openpyxl on its own turns any
  string starting with ``=`` into a formula cell. Text starting with a trigger character also gets
  Excel's *quote prefix* style, so editing the cell later keeps it text. No ``'`` is added to the
  value: the cell holds exactly what was typed.

Values are typed by the caller: ``str`` is user text, ``int``/``float`` numbers, ``datetime.date``
dates (real dates in Excel, ISO ``YYYY-MM-DD`` in CSV), ``None`` an empty cell. Writing goes
through `storage.outputs` (atomic, owner-only, never onto the company file), done by the caller.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path

from ..errors import ValidationError
from ..i18n import gettext as _
from ..people_csv.cells import TRIGGERS, escape_cell

__all__ = ["FORMATS", "Value", "format_of", "write_csv", "write_table", "write_xlsx"]

Value = str | int | float | dt.date | None
FORMATS = {".csv": "csv", ".xlsx": "xlsx"}

#: Characters the xlsx format cannot hold at all (XML 1.0 forbids them; openpyxl refuses them).
#: Tab, line feed and carriage return are allowed and kept.
_ILLEGAL_XML = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
#: Excel's limit for one cell; a longer text makes Excel "repair" (and cut) the whole file.
EXCEL_CELL_LIMIT = 32_767


class UnknownExportFormat(ValidationError):
    """The file name ends in something other than .csv or .xlsx."""


def format_of(path: str | os.PathLike[str]) -> str:
    """'csv' or 'xlsx', by the file's ending (any letter case); a sentence for anything else."""
    suffix = Path(os.fspath(path)).suffix.casefold()
    try:
        return FORMATS[suffix]
    except KeyError:
        raise UnknownExportFormat(_(
            "%(name)s does not end in .xlsx (Excel) or .csv, so MentorDesk cannot tell which kind of file to "
            "write. Nothing was written; add .xlsx or .csv to the name.")
            % {"name": Path(os.fspath(path)).name}) from None


def _csv_cell(value: Value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return escape_cell(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]]) -> None:
    """UTF-8 with a BOM and CRLF, as the people export (Excel reads a BOM-less UTF-8 CSV as cp1252)."""
    with open(path, "w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([escape_cell(h) for h in headers])
        for row in rows:
            writer.writerow([_csv_cell(v) for v in row])


def xlsx_text(value: str) -> str:
    """The text an xlsx cell can hold: characters XML forbids shown as U+FFFD, cut at Excel's limit.

    A carriage return becomes a line feed: XML readers (Excel's too) turn a stored CR into LF
    anyway, so saying so here keeps the file and what is read back from it the same.
    """
    text = _ILLEGAL_XML.sub("\ufffd", value.replace("\r\n", "\n").replace("\r", "\n"))
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "\u2026"
    return text


def _xlsx_cell(sheet, value: Value):  # noqa: ANN001, ANN202 - openpyxl types are not exported
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, str):
        text = xlsx_text(value)
        cell = WriteOnlyCell(sheet, value=None)
        cell.value = text  # may set data_type 'f' when the text starts with '='
        cell.data_type = "s"  # ...so force a plain string: never a formula
        if text[:1] in TRIGGERS or text[:1] == "'":
            cell.quotePrefix = True  # Excel keeps it text even when the cell is edited
        return cell
    if isinstance(value, bool):
        return WriteOnlyCell(sheet, value="yes" if value else "no")
    if isinstance(value, dt.datetime):
        value = value.date()
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, dt.date):
        cell.number_format = "yyyy-mm-dd"
    return cell


def write_xlsx(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *, title: str) -> None:
    """One sheet named `title`, a bold frozen header row; streamed (write-only) so large tables stay small."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title[:31])
    sheet.freeze_panes = "A2"
    header_cells = []
    for h in headers:
        cell = _xlsx_cell(sheet, h)
        cell.font = Font(bold=True)
        header_cells.append(cell)
    sheet.append(header_cells)
    for row in rows:
        sheet.append([_xlsx_cell(sheet, v) for v in row])
    book.save(path)


def write_table(path: Path, headers: Sequence[str], rows: Iterable[Sequence[Value]], *,
                fmt: str, title: str) -> None:
    """Write to `path` (a temporary file from `storage.outputs.atomic_output`) in `fmt`."""
    if fmt == "xlsx":
        write_xlsx(path, headers, rows, title=title)
    else:
        write_csv(path, headers, rows)
