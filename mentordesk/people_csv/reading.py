"""Read a People CSV: header, rows, and the checks that need several rows or the company.

Lenient about *encoding details* (BOM, delimiter, line ends, header case/order), strict about
*content*: every problem is reported with its physical line number, because a file with any
invalid row imports nothing and HR has to be able to fix the whole file in one pass.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from .. import validation as rules
from ..i18n import gettext as _
from ..i18n import ngettext
from .cells import unescape_cell
from .decoding import NotText, load_text
from .digests import digester
from .fields import RowChecker, parse_row, shown
from .headers import TARGETS, header_key
from .model import (
    NAME_PARTS,
    REQUIRED_COLUMNS,
    CsvInput,
    ImportedRow,
    KnownRow,
    ParseResult,
    PersonRow,
    Problem,
    Source,
)

__all__ = ["read_header", "read_people"]

_FIELD_LIMIT_LOCK = threading.Lock()


def _allow_fields_up_to(size: int) -> None:
    """Let the csv module read a cell as long as the whole file.

    The text is already in memory, so the module's own 128 KiB cap protects nothing; hitting
    it told HR to "check the quotation marks". Cells are measured per column afterwards
    (``fields.CELL_LIMITS``) and a long one is named with its limit. Only ever raised.
    """
    with _FIELD_LIMIT_LOCK:
        if csv.field_size_limit() < size:
            csv.field_size_limit(size)


def _detect_delimiter(text: str) -> str:
    """Count delimiters in the header outside quotes; csv.Sniffer guesses wrong on short files."""
    counts = {",": 0, ";": 0}
    in_quotes = False
    for ch in text:
        if ch == '"':
            in_quotes = not in_quotes
        elif not in_quotes and ch in "\r\n":
            break
        elif not in_quotes and ch in counts:
            counts[ch] += 1
    return ";" if counts[";"] > counts[","] else ","




def _read_header(header: list[str], result: ParseResult,
                 column_map: Mapping[str, str]) -> tuple[dict[str, int], list[int]]:
    """Column -> position; ``column_map`` (keyed by ``header_key``) renames HR's headers first."""
    index: dict[str, int] = {}
    unnamed: list[int] = []
    for pos, raw_name in enumerate(header):
        if not raw_name.strip():
            unnamed.append(pos)
            continue
        mapped = column_map.get(header_key(raw_name)) if column_map else None
        if mapped == "":
            continue  # HR chose to leave this column out
        name = raw_name.strip().lower() if mapped is None else mapped
        if name not in TARGETS:
            result.warnings.append(_("The column '%(name)s' is not used by MentorDesk and was ignored.")
                                   % {"name": shown(raw_name.strip())})
        elif name in index:
            result.problems.append(Problem(1, name, _("the column '%(name)s' appears twice in the header")
                                           % {"name": name}))
        else:
            index[name] = pos
    for required in REQUIRED_COLUMNS:
        if required not in index and not (required == "name" and any(p in index for p in NAME_PARTS)):
            result.problems.append(
                Problem(1, required, _("the required column '%(name)s' is missing from the header")
                        % {"name": required}))
    return index, unnamed


def _split_name(index: dict[str, int]) -> tuple[int, ...]:
    """Positions whose cells make up ``name`` when the file splits it (first, then last part)."""
    if "name" in index:
        return ()
    return tuple(index.pop(part) for part in NAME_PARTS if part in index)


def _unwrap(source: Source) -> tuple[Source, str | None, dict[str, str]]:
    if isinstance(source, CsvInput):
        return source.source, source.encoding, {header_key(k): v for k, v in source.column_map.items()}
    return source, None, {}


def read_header(source: Source, rows: int = 0) -> list[str] | list[list[str]]:
    """The header row as written (for mapping its columns); raises NotText like reading does.

    With ``rows`` > 0: the header and up to that many data rows after it (examples for HR).
    """
    raw, encoding, _map = _unwrap(source)
    text = load_text(raw, encoding)
    _allow_fields_up_to(len(text) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_detect_delimiter(text))
    found: list[list[str]] = []
    try:
        for record in reader:
            found.append(record)
            if len(found) > rows:
                break
    except csv.Error:
        pass
    if not rows:
        return found[0] if found else []
    return found


def _csv_error(exc: csv.Error) -> str:
    if "unexpected end of data" in str(exc):
        return _("a quotation mark opened on this line is never closed, so the rest of the file could not be read")
    return _("this line is not valid CSV (%(error)s); check the quotation marks") % {"error": exc}


class _Cells(dict):
    """One row's cells by column; a column the file lacks (or a short row) reads as "".
    Its ``__getitem__`` is the row's getter: a dict lookup, where a Python function per
    cell was a quarter of reading 10,000 rows."""

    def __missing__(self, column: str) -> str:
        return ""


def read_people(
    source: Source,
    known_employee_ids: Iterable[str] = frozenset(),
    known_emails: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
    known_managers: Mapping[str, str | None] | None = None,
    imported: Mapping[str, ImportedRow] | None = None,
) -> ParseResult:
    """Parse and validate a People CSV without touching the database.

    ``source`` is a path (str or PathLike), raw bytes, or an open text/binary stream.
    ``known_employee_ids`` are people already in the database (valid managers);
    ``known_emails`` maps email -> employee_id already in the database, so an email cannot be
    moved to someone else; ``known_managers`` maps employee_id -> manager's employee_id in the
    database, so a loop closed together with people already stored is found (A -> B imported
    last month, B -> A now). ``progress(lines_done, lines_total)`` is called as rows are read
    and ``cancelled()`` is polled between rows; a cancelled read returns ``cancelled=True`` and
    no rows. ``today`` exists so tests do not depend on the clock (future hire dates).

    ``imported`` maps the digest of each row imported before to its person as stored
    (``storage.people_import_repo``): a row with such a digest is not parsed or checked again
    but taken as that person (``result.unchanged``), while every check across rows still
    sees it. Given (even empty), ``result.digests`` holds every good row's digest.
    """
    result = ParseResult()
    opened = _open(source, result)
    if opened is None:
        return result
    layout, reader = opened
    today = today or date.today()
    known = None if imported is None else _Known(layout, imported, today.isoformat(), result.digests)
    parsed = _parse_records(reader, layout, today, result, progress, cancelled, known)
    if parsed is None:
        return ParseResult(warnings=result.warnings, cancelled=True)
    _check_across_rows(parsed, set(known_employee_ids), known_emails or {}, known_managers or {})
    good = [row for row, chk in parsed if chk.count == 0]
    result.rows = [row for row in good if type(row) is PersonRow]
    if known is not None:
        result.unchanged = [row for row in good if type(row) is KnownRow]
        kept = {row.line for row in good}
        result.digests = {line: d for line, d in result.digests.items() if line in kept}
    result.problems.sort(key=lambda p: p.line)
    return result


@dataclass(frozen=True)
class _Layout:
    """What the header says about every row: where each column is, which unnamed
    columns to watch, the name's parts, and the file's delimiter and length."""

    header: list[str]
    index: dict[str, int]
    unnamed: list[int]
    name_parts: tuple[int, ...]
    delimiter: str
    total_lines: int


def _open(source: Source, result: ParseResult) -> tuple[_Layout, Any] | None:
    """Decode the text and read its header; None (with the problem in `result`) when
    the file is not text, is empty, or its header cannot be used."""
    source, encoding, column_map = _unwrap(source)
    try:
        text = load_text(source, encoding)
    except NotText as exc:
        result.problems.append(exc.problem)
        return None
    if not text.strip():
        result.problems.append(Problem(1, None, _("the file is empty; the first line must be the header")))
        return None
    _allow_fields_up_to(len(text) + 1)
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        header = next(reader)
    except csv.Error as exc:
        result.problems.append(Problem(1, None, _("the header line could not be read as CSV (%(error)s)")
                                       % {"error": exc}))
        return None
    index, unnamed = _read_header(header, result, column_map)
    if result.problems:
        return None
    total_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    return _Layout(header, index, unnamed, _split_name(index), delimiter, total_lines), reader


#: Each data row read, as parsed (or as its stored person), with the problems found on it.
_Parsed = list[tuple[PersonRow | KnownRow, RowChecker]]


class _Known:
    """The rows imported before, by digest, and how to tell one of them in this file."""

    def __init__(self, layout: _Layout, imported: Mapping[str, ImportedRow], today: str,
                 digests: dict[int, str]) -> None:
        self.digest = digester(layout.index, layout.name_parts)
        self.imported = imported
        self.today = today
        self.digests = digests
        self.width = len(layout.header)

    def take(self, line: int, record: list[str]) -> KnownRow | None:
        """The stored person this row was imported as, if it is that row again and still a
        good one (the digest covers the mapped cells; the checks on the rest run here)."""
        digest = self.digests[line] = self.digest(record)
        known = self.imported.get(digest)
        if known is None or (known.hire_date is not None and known.hire_date > self.today):
            return None
        if len(record) > self.width and any(unescape_cell(v).strip() for v in record[self.width:]):
            return None  # values beyond the header: parsing says so on this line
        return KnownRow(line, known.employee_id, known.name, known.email, known.manager_employee_id or None,
                        known.person_id)


def _parse_records(reader: Any, layout: _Layout, today: date, result: ParseResult,
                   progress: Callable[[int, int], None] | None,
                   cancelled: Callable[[], bool] | None,
                   known: _Known | None = None) -> _Parsed | None:
    """Every data row parsed and checked on its own (None when cancelled); a line that is
    not valid CSV is a problem on that line and reading goes on with the next. A row
    ``known`` recognises is taken as its stored person instead of being parsed."""
    total_lines = layout.total_lines
    parsed: _Parsed = []
    unnamed_has_data = False
    while True:
        if cancelled is not None and cancelled():
            return None
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            result.problems.append(Problem(start, None, _csv_error(exc)))
            continue
        if progress is not None:
            progress(min(reader.line_num, total_lines), total_lines)
        if not any(value.strip() for value in record):
            continue
        same = known.take(start, record) if known is not None else None
        if same is not None:
            if layout.unnamed and any(pos < len(record) and unescape_cell(record[pos]).strip()
                                      for pos in layout.unnamed):
                unnamed_has_data = True
            parsed.append((same, RowChecker(start, result.problems)))
            continue
        record = [unescape_cell(value) for value in record]
        if any(pos < len(record) and record[pos].strip() for pos in layout.unnamed):
            unnamed_has_data = True
        parsed.append(_parse_record(start, record, layout, today, result.problems))
    if progress is not None:
        progress(total_lines, total_lines)
    if unnamed_has_data:
        result.warnings.append(_("A column without a name in the header holds values; they were ignored."))
    return parsed


def _parse_record(line: int, record: list[str], layout: _Layout, today: date,
                  problems: list[Problem]) -> tuple[PersonRow, RowChecker]:
    """One row's cells by column (the name joined from its parts) parsed into a person."""
    cells = _Cells({column: record[pos] for column, pos in layout.index.items() if pos < len(record)})
    if layout.name_parts:
        cells["name"] = " ".join(p for p in (record[i].strip() for i in layout.name_parts if i < len(record)) if p)
    row, chk = parse_row(line, cells.__getitem__, today, problems)
    header = layout.header
    if len(record) > len(header) and any(value.strip() for value in record[len(header):]):
        chk.add(None, _("this row has %(values)s but the header has %(columns)s; a value containing "
                        "'%(delimiter)s' probably needs quotation marks") % {
            "values": ngettext("%(count)s value", "%(count)s values", len(record)) % {"count": len(record)},
            "columns": ngettext("%(count)s column", "%(count)s columns", len(header)) % {"count": len(header)},
            "delimiter": layout.delimiter})
    return row, chk


def _check_across_rows(parsed: _Parsed, known_ids: set[str],
                       known_emails: Mapping[str, str], known_managers: Mapping[str, str | None]) -> None:
    first_id_line = _check_unique_ids(parsed)
    _check_unique_emails(parsed, known_emails)
    changes: dict[str, str | None] = {}
    line_of: dict[str, int] = {}
    checker_of: dict[str, RowChecker] = {}
    for row, chk in parsed:
        manager = row.manager_employee_id
        if manager is not None and manager != row.employee_id and manager not in first_id_line \
                and manager not in known_ids:
            chk.add("manager_employee_id",
                    _("manager_employee_id '%(value)s' is not in this file or in MentorDesk") % {"value": manager})
        if row.employee_id and first_id_line.get(row.employee_id) == row.line \
                and manager != row.employee_id:
            changes[row.employee_id] = manager
            line_of[row.employee_id] = row.line
            checker_of[row.employee_id] = chk
    for loop in rules.loops_after(known_managers, changes):
        _report_loop(loop, line_of, checker_of)


def _report_loop(loop: list[str], line_of: Mapping[str, int], checker_of: Mapping[str, RowChecker]) -> None:
    in_file = [e for e in loop if e in line_of]
    stored = [e for e in loop if e not in line_of]
    lines = ", ".join(str(line_of[e]) for e in in_file)
    where = ngettext("line %(lines)s", "lines %(lines)s", len(in_file)) % {"lines": lines}
    if stored:
        where += ngettext("; %(who)s is already in MentorDesk with that manager",
                          "; %(who)s are already in MentorDesk with that manager", len(stored)) % {
            "who": ", ".join(stored)}
    for employee in in_file:
        checker_of[employee].add(
            "manager_employee_id",
            _("manager_employee_id makes a loop in who manages whom: %(loop)s (%(where)s)")
            % {"loop": rules.describe_loop(loop), "where": where},
        )


def _check_unique_ids(parsed: _Parsed) -> dict[str, int]:
    first_id_line: dict[str, int] = {}
    for row, chk in parsed:
        if not row.employee_id:
            continue
        if row.employee_id in first_id_line:
            chk.add("employee_id", _("employee_id '%(value)s' is used twice; it first appears on line %(line)s")
                    % {"value": row.employee_id, "line": first_id_line[row.employee_id]})
        else:
            first_id_line[row.employee_id] = row.line
    return first_id_line


def _check_unique_emails(parsed: _Parsed, known_emails: Mapping[str, str]) -> None:
    first_email_line: dict[str, int] = {}
    known_by_email = {k.strip().casefold(): v for k, v in known_emails.items()}
    for row, chk in parsed:
        if not row.email:
            continue
        key = row.email.casefold()
        if key in first_email_line:
            chk.add("email", _("email '%(value)s' is used twice; it first appears on line %(line)s")
                    % {"value": row.email, "line": first_email_line[key]})
        else:
            first_email_line[key] = row.line
        owner = known_by_email.get(key)
        if owner is not None and row.employee_id and owner != row.employee_id:
            chk.add("email", _("email '%(value)s' already belongs to employee %(owner)s in MentorDesk")
                    % {"value": row.email, "owner": owner})
