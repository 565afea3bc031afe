"""Read and write the People CSV (see /work/shared/formats/people-csv.md).

The HR manager feeds us whatever their HR system or Excel produced, so reading is lenient about
*encoding details* (BOM, delimiter, line ends, header case/order) and strict about *content*:
every row is checked and every problem reported with its physical line number, because the
format's rule is "a file with any invalid row imports nothing" and the manager has to be able
to fix the whole file in one pass.

This module is pure (no database, no Qt) so the UI, the CLI and the tests share it; the caller
passes in what it knows about the database (``known_employee_ids``, ``known_emails``).
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import IO, Any, Callable, Iterable, Mapping, Union

__all__ = [
    "COLUMNS",
    "REQUIRED_COLUMNS",
    "ROLES",
    "DEFAULT_MENTOR_CAPACITY",
    "ISO_639_1",
    "CompetencyLevel",
    "PersonRow",
    "Problem",
    "ParseResult",
    "read_people",
    "write_people",
]

COLUMNS: tuple[str, ...] = (
    "employee_id",
    "name",
    "email",
    "department",
    "branch",
    "title",
    "manager_employee_id",
    "hire_date",
    "languages",
    "role",
    "mentor_capacity",
    "competencies",
    "notes",
)
REQUIRED_COLUMNS: tuple[str, ...] = ("employee_id", "name", "email")
ROLES: tuple[str, ...] = ("mentor", "mentee", "both", "none")
# The format's default for an empty mentor_capacity. Not applied here: the parser keeps "empty"
# as None so that export -> import reproduces the file exactly; whoever assigns mentees applies it.
DEFAULT_MENTOR_CAPACITY = 2
MIN_CAPACITY, MAX_CAPACITY = 1, 10
MIN_LEVEL, MAX_LEVEL = 0, 5

# ISO 639-1 (including the deprecated-but-still-seen "bh"), so validation needs no dependency.
ISO_639_1: frozenset[str] = frozenset(
    """
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
    """.split()
)

# Deliberately simple: one @, a dot-atom local part, and a domain of at least two labels.
# It rejects the typos HR files actually contain ("x@", "a@b", "a b@c.com", "a@@b.com").
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[^\W_](?:[\w-]*[^\W_])?"
_EMAIL_RE = re.compile(rf"{_LOCAL}@{_LABEL}(?:\.{_LABEL})+")
_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT_RE = re.compile(r"[+-]?\d+")

Source = Union[str, "os.PathLike[str]", bytes, bytearray, IO[str], IO[bytes]]
Dest = Union[str, "os.PathLike[str]", IO[str]]


@dataclass(frozen=True)
class CompetencyLevel:
    name: str
    current: int
    target: int | None = None


@dataclass(frozen=True)
class PersonRow:
    line: int
    employee_id: str
    name: str
    email: str
    department: str = ""
    branch: str = ""
    title: str = ""
    manager_employee_id: str | None = None
    hire_date: date | None = None
    languages: tuple[str, ...] = ()
    role: str = "none"
    mentor_capacity: int | None = None
    competencies: tuple[CompetencyLevel, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class Problem:
    """One reason the file cannot be imported; line 0 means the file as a whole."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"Line {self.line}" if self.line > 0 else "File"
        return f"{where}: {self.message}"


@dataclass
class ParseResult:
    """``rows`` holds only the rows without problems; import only when ``ok``."""

    rows: list[PersonRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return not self.problems and not self.cancelled


# --------------------------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------------------------


class _NotUtf8(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def _decode(data: bytes) -> str:
    """Decode strictly: guessing cp1252 would silently corrupt names in other scripts."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _NotUtf8(
            Problem(
                0,
                None,
                "The file is saved as UTF-16 (Excel's 'Unicode Text'), not as CSV. "
                "In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)' and import that file.",
            )
        )
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        raise _NotUtf8(
            Problem(
                line,
                None,
                f"the file is not UTF-8 text (byte 0x{byte:02X} here is not valid UTF-8; it is "
                "usually an accented letter saved in an older Windows encoding). "
                "In Excel choose File > Save As > 'CSV UTF-8 (Comma delimited)' and import that file.",
            )
        ) from None


def _load_text(source: Source) -> str:
    if isinstance(source, (bytes, bytearray)):
        return _decode(bytes(source))
    if isinstance(source, (str, os.PathLike)):
        return _decode(Path(source).read_bytes())
    data = source.read()
    if isinstance(data, (bytes, bytearray)):
        return _decode(bytes(data))
    return data[1:] if data.startswith("\ufeff") else data


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


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


class _RowChecker:
    """Collects problems for one row so cross-row checks can skip rows that are already bad."""

    def __init__(self, line: int, problems: list[Problem]) -> None:
        self.line = line
        self._problems = problems
        self.count = 0

    def add(self, column: str | None, message: str) -> None:
        self._problems.append(Problem(self.line, column, message))
        self.count += 1


def _parse_languages(raw: str, chk: _RowChecker) -> tuple[str, ...]:
    codes: list[str] = []
    for piece in raw.split(";"):
        code = piece.strip().lower()
        if not code:
            continue
        if code not in ISO_639_1:
            chk.add(
                "languages",
                f"languages: '{piece.strip()}' is not a two-letter ISO 639-1 language code "
                "(for example en, nl, es); separate several with ';'",
            )
        elif code not in codes:
            codes.append(code)
    return tuple(codes)


def _parse_level(text: str, comp: str, what: str, chk: _RowChecker) -> int | None:
    text = text.strip()
    if not _INT_RE.fullmatch(text):
        chk.add(
            "competencies",
            f"competencies: the {what} level of '{comp}' is '{text}', "
            f"but it must be a whole number from {MIN_LEVEL} to {MAX_LEVEL}",
        )
        return None
    level = int(text)
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        chk.add(
            "competencies",
            f"competencies: the {what} level of '{comp}' is {level}, "
            f"but levels go from {MIN_LEVEL} to {MAX_LEVEL}",
        )
        return None
    return level


def _parse_competencies(raw: str, chk: _RowChecker) -> tuple[CompetencyLevel, ...]:
    result: list[CompetencyLevel] = []
    seen: dict[str, str] = {}
    for piece in raw.split(";"):
        piece = piece.strip()
        if not piece:
            continue
        name_part, colon, levels = piece.rpartition(":")
        name = _nfc(name_part)
        if not colon:
            chk.add(
                "competencies",
                f"competencies: '{piece}' has no level; write it as Name:current or "
                "Name:current>target, for example Negotiation:2>4",
            )
            continue
        if not name:
            chk.add("competencies", f"competencies: '{piece}' has no competency name before the ':'")
            continue
        current_text, gt, target_text = levels.partition(">")
        current = _parse_level(current_text, name, "current", chk)
        target = _parse_level(target_text, name, "target", chk) if gt else None
        key = name.casefold()
        if key in seen:
            chk.add("competencies", f"competencies: '{name}' is listed twice in this row")
            continue
        seen[key] = name
        if current is not None and (target is not None or not gt):
            result.append(CompetencyLevel(name, current, target))
    return tuple(result)


def _parse_hire_date(raw: str, today: date, chk: _RowChecker) -> date | None:
    if not raw:
        return None
    if not _DATE_RE.fullmatch(raw):
        chk.add("hire_date", f"hire_date '{raw}' is not in the form YYYY-MM-DD (for example 2024-03-15)")
        return None
    try:
        value = date.fromisoformat(raw)
    except ValueError:
        chk.add("hire_date", f"hire_date '{raw}' is not a real date")
        return None
    if value > today:
        chk.add("hire_date", f"hire_date {raw} is in the future")
        return None
    return value


def _parse_capacity(raw: str, chk: _RowChecker) -> int | None:
    if not raw:
        return None
    if not _INT_RE.fullmatch(raw) or not MIN_CAPACITY <= int(raw) <= MAX_CAPACITY:
        chk.add(
            "mentor_capacity",
            f"mentor_capacity '{raw}' must be a whole number from {MIN_CAPACITY} to {MAX_CAPACITY}",
        )
        return None
    return int(raw)


def read_people(
    source: Source,
    known_employee_ids: Iterable[str] = frozenset(),
    known_emails: Mapping[str, str] | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    today: date | None = None,
) -> ParseResult:
    """Parse and validate a People CSV without touching the database.

    ``source`` is a path (str or PathLike), raw bytes, or an open text/binary stream.
    ``known_employee_ids`` are people already in the database (valid managers);
    ``known_emails`` maps email -> employee_id already in the database, so an email cannot be
    moved to someone else. ``progress(lines_done, lines_total)`` is called as rows are read and
    ``cancelled()`` is polled between rows; a cancelled read returns ``cancelled=True`` and
    no rows. ``today`` exists so tests do not depend on the clock (future hire dates).
    """
    result = ParseResult()
    today = today or date.today()
    try:
        text = _load_text(source)
    except _NotUtf8 as exc:
        result.problems.append(exc.problem)
        return result

    if not text.strip():
        result.problems.append(Problem(1, None, "the file is empty; the first line must be the header"))
        return result

    total_lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    delimiter = _detect_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)

    # ---- header ------------------------------------------------------------------------
    try:
        header = next(reader)
    except csv.Error as exc:
        result.problems.append(Problem(1, None, f"the header line could not be read as CSV ({exc})"))
        return result
    index: dict[str, int] = {}
    unnamed: list[int] = []
    for pos, raw_name in enumerate(header):
        name = raw_name.strip().lower()
        if not name:
            unnamed.append(pos)
        elif name not in COLUMNS:
            result.warnings.append(f"The column '{raw_name.strip()}' is not used by MentorDesk and was ignored.")
        elif name in index:
            result.problems.append(Problem(1, name, f"the column '{name}' appears twice in the header"))
        else:
            index[name] = pos
    for required in REQUIRED_COLUMNS:
        if required not in index:
            result.problems.append(
                Problem(1, required, f"the required column '{required}' is missing from the header")
            )
    if result.problems:
        return result

    # ---- rows: per-field checks ---------------------------------------------------------
    parsed: list[tuple[PersonRow, _RowChecker]] = []
    unnamed_has_data = False
    while True:
        if cancelled is not None and cancelled():
            return ParseResult(warnings=result.warnings, cancelled=True)
        start = reader.line_num + 1
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            if "unexpected end of data" in str(exc):
                message = (
                    "a quotation mark opened on this line is never closed, "
                    "so the rest of the file could not be read"
                )
            else:
                message = f"this line is not valid CSV ({exc}); check the quotation marks"
            result.problems.append(Problem(start, None, message))
            continue
        if progress is not None:
            progress(min(reader.line_num, total_lines), total_lines)
        if not any(value.strip() for value in record):
            continue
        chk = _RowChecker(start, result.problems)
        if len(record) > len(header):
            extra = record[len(header):]
            if any(value.strip() for value in extra):
                chk.add(
                    None,
                    f"this row has {_plural(len(record), 'value')} but the header has "
                    f"{_plural(len(header), 'column')}; a value containing '{delimiter}' "
                    "probably needs quotation marks",
                )
        if any(pos < len(record) and record[pos].strip() for pos in unnamed):
            unnamed_has_data = True

        def get(column: str, _record: list[str] = record) -> str:
            pos = index.get(column)
            return _record[pos] if pos is not None and pos < len(_record) else ""

        employee_id = get("employee_id").strip()
        name = _nfc(get("name"))
        email = get("email").strip()
        if not employee_id:
            chk.add("employee_id", "employee_id is empty")
        if not name:
            chk.add("name", "name is empty")
        if not email:
            chk.add("email", "email is empty")
        elif not _EMAIL_RE.fullmatch(email):
            chk.add("email", f"email '{email}' is not a valid address")

        manager = get("manager_employee_id").strip() or None
        if manager is not None and manager == employee_id:
            chk.add("manager_employee_id", "manager_employee_id is the person's own employee_id")

        role_raw = get("role").strip()
        role = role_raw.lower() or "none"
        if role not in ROLES:
            chk.add("role", f"role '{role_raw}' must be one of mentor, mentee, both or none")
            role = "none"

        row = PersonRow(
            line=start,
            employee_id=employee_id,
            name=name,
            email=email,
            department=_nfc(get("department")),
            branch=_nfc(get("branch")),
            title=_nfc(get("title")),
            manager_employee_id=manager,
            hire_date=_parse_hire_date(get("hire_date").strip(), today, chk),
            languages=_parse_languages(get("languages"), chk),
            role=role,
            mentor_capacity=_parse_capacity(get("mentor_capacity").strip(), chk),
            competencies=_parse_competencies(get("competencies"), chk),
            notes=get("notes"),
        )
        parsed.append((row, chk))
    if progress is not None:
        progress(total_lines, total_lines)
    if unnamed_has_data:
        result.warnings.append("A column without a name in the header holds values; they were ignored.")

    # ---- cross-row checks -----------------------------------------------------------------
    first_id_line: dict[str, int] = {}
    first_email_line: dict[str, int] = {}
    known_by_email = {k.strip().casefold(): v for k, v in (known_emails or {}).items()}
    for row, chk in parsed:
        if row.employee_id:
            if row.employee_id in first_id_line:
                chk.add(
                    "employee_id",
                    f"employee_id '{row.employee_id}' is used twice; it first appears on line "
                    f"{first_id_line[row.employee_id]}",
                )
            else:
                first_id_line[row.employee_id] = row.line
        if row.email:
            key = row.email.casefold()
            if key in first_email_line:
                chk.add(
                    "email",
                    f"email '{row.email}' is used twice; it first appears on line {first_email_line[key]}",
                )
            else:
                first_email_line[key] = row.line
            owner = known_by_email.get(key)
            if owner is not None and row.employee_id and owner != row.employee_id:
                chk.add(
                    "email",
                    f"email '{row.email}' already belongs to employee {owner} in MentorDesk",
                )

    known_ids = set(known_employee_ids)
    manager_of: dict[str, str] = {}
    line_of: dict[str, int] = {}
    checker_of: dict[str, _RowChecker] = {}
    for row, chk in parsed:
        manager = row.manager_employee_id
        if manager is None or manager == row.employee_id:
            continue
        if manager not in first_id_line and manager not in known_ids:
            chk.add(
                "manager_employee_id",
                f"manager_employee_id '{manager}' is not in this file or in MentorDesk",
            )
        elif row.employee_id and first_id_line.get(row.employee_id) == row.line:
            if manager in first_id_line:
                manager_of[row.employee_id] = manager
                line_of[row.employee_id] = row.line
                checker_of[row.employee_id] = chk
    for cycle in _find_cycles(manager_of):
        chain = " → ".join([*cycle, cycle[0]])
        lines = ", ".join(str(line_of[e]) for e in cycle)
        for employee in cycle:
            checker_of[employee].add(
                "manager_employee_id",
                f"manager_employee_id makes a loop in who manages whom: {chain} (lines {lines})",
            )

    result.rows = [row for row, chk in parsed if chk.count == 0]
    result.problems.sort(key=lambda p: p.line)
    return result


def _find_cycles(manager_of: Mapping[str, str]) -> list[list[str]]:
    """Each management loop once, starting from the employee listed first in the file."""
    state: dict[str, int] = {}  # 1 = on current path, 2 = done
    cycles: list[list[str]] = []
    for start in manager_of:
        path: list[str] = []
        node: str | None = start
        while node is not None and node in manager_of and state.get(node) is None:
            state[node] = 1
            path.append(node)
            node = manager_of[node]
        if node is not None and state.get(node) == 1:
            cycles.append(path[path.index(node):])
        for visited in path:
            state[visited] = 2
    return cycles


# --------------------------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------------------------


def _format_competencies(items: Iterable[Any]) -> str:
    parts = []
    for item in items:
        name, current, target = item.name, item.current, item.target
        if ";" in name:
            raise ValueError(f"competency name {name!r} contains ';', which separates competencies")
        # Target written whenever present (even if equal to current) so re-import is identical.
        parts.append(f"{name}:{current}" if target is None else f"{name}:{current}>{target}")
    return "; ".join(parts)


def _format_row(row: Any) -> list[str]:
    languages = tuple(getattr(row, "languages", ()) or ())
    for code in languages:
        if ";" in code:
            raise ValueError(f"language code {code!r} contains ';'")
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
    }
    return [values[column] for column in COLUMNS]


def write_people(rows: Iterable[Any], dest: Dest) -> None:
    """Write rows (PersonRow or anything with the same attributes) in ``COLUMNS`` order.

    Comma-delimited with CRLF line ends and minimal quoting, which is what Excel writes. A path
    is written as UTF-8 *with* a BOM, because Excel opens a BOM-less UTF-8 CSV as cp1252 and
    garbles accented names; ``read_people`` accepts both. A text stream gets no BOM: its
    encoding is the caller's choice.
    """
    formatted = [_format_row(row) for row in rows]  # fail before creating/truncating the file

    def emit(stream: IO[str]) -> None:
        writer = csv.writer(stream, delimiter=",", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(COLUMNS)
        writer.writerows(formatted)

    if isinstance(dest, (str, os.PathLike)):
        with open(dest, "w", encoding="utf-8-sig", newline="") as fh:
            emit(fh)
    else:
        emit(dest)
