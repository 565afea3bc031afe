"""Checks and conversions of one row's cells: each problem is added with the row's line number.

The rules themselves (lengths, characters, e-mail, languages, competency names) live in
``mentordesk.validation`` so the person form and a merged branch file apply the same ones;
this module only knows the CSV's spelling of them (``Name:2>4; Excel:3``, ``en;nl``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from .. import validation as rules
from ..i18n import N_
from ..i18n import gettext as _
from .model import (
    ARCHIVED_NO,
    ARCHIVED_YES,
    MAX_CAPACITY,
    MAX_LEVEL,
    MIN_CAPACITY,
    MIN_LEVEL,
    ROLES,
    CompetencyLevel,
    PersonRow,
    Problem,
)

__all__ = ["CELL_LIMITS", "RowChecker", "nfc", "parse_row", "shown"]

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_INT_RE = re.compile(r"[+-]?\d+")

# Longest cell accepted per column, in characters. Text columns use validation's limits; the
# others are short by nature, and a longer cell is refused before it is parsed so a 1 MB cell
# gives one sentence (which column, the limit), never a flood of problems quoting it.
CELL_LIMITS: dict[str, int] = {
    **rules.FIELD_LIMITS,
    "hire_date": 40,
    "languages": rules.MAX_LANGUAGES * 4,
    "role": 40,
    "mentor_capacity": 40,
    "competencies": 20_000,
    "archived": 40,
}


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value.strip())


def shown(value: str, limit: int = 60) -> str:
    """A value as quoted in a message: control characters made visible, long ones shortened."""
    text = "".join(f"\\u{ord(c):04x}" if rules.bad_characters(c) else c for c in value)
    return text if len(text) <= limit else text[: limit - 3] + "..."


class RowChecker:
    """Collects problems for one row so cross-row checks can skip rows that are already bad."""

    def __init__(self, line: int, problems: list[Problem]) -> None:
        self.line = line
        self._problems = problems
        self.count = 0

    def add(self, column: str | None, message: str) -> None:
        self._problems.append(Problem(self.line, column, message))
        self.count += 1


def _parse_languages(raw: str, chk: RowChecker) -> tuple[str, ...]:
    codes: list[str] = []
    for piece in raw.split(";"):
        code = piece.strip().lower()
        if not code:
            continue
        if code not in rules.ISO_639_1:
            chk.add(
                "languages",
                _("languages: '%(code)s' is not a two-letter ISO 639-1 language code "
                  "(for example en, nl, es); separate several with ';'") % {"code": shown(piece.strip(), 20)},
            )
        elif code not in codes:
            codes.append(code)
    if len(codes) > rules.MAX_LANGUAGES:
        chk.add("languages", _("languages lists %(count)s languages; the limit is %(limit)s")
                % {"count": len(codes), "limit": rules.MAX_LANGUAGES})
    return tuple(codes)


# "current" and "target" levels: whole sentences each, so every language words them its own way
_LEVEL_NOT_NUMBER: dict[str, str] = {
    "current": N_("competencies: the current level of '%(name)s' is '%(value)s', "
                  "but it must be a whole number from %(low)s to %(high)s"),
    "target": N_("competencies: the target level of '%(name)s' is '%(value)s', "
                 "but it must be a whole number from %(low)s to %(high)s"),
}
_LEVEL_OUT_OF_RANGE: dict[str, str] = {
    "current": N_("competencies: the current level of '%(name)s' is %(value)s, "
                  "but levels go from %(low)s to %(high)s"),
    "target": N_("competencies: the target level of '%(name)s' is %(value)s, "
                 "but levels go from %(low)s to %(high)s"),
}


def _parse_level(text: str, comp: str, what: str, chk: RowChecker) -> int | None:
    text = text.strip()
    if not _INT_RE.fullmatch(text):
        chk.add("competencies", _(_LEVEL_NOT_NUMBER[what]) % {
            "name": shown(comp), "value": shown(text, 20), "low": MIN_LEVEL, "high": MAX_LEVEL})
        return None
    level = int(text)
    if not MIN_LEVEL <= level <= MAX_LEVEL:
        chk.add("competencies", _(_LEVEL_OUT_OF_RANGE[what]) % {
            "name": shown(comp), "value": level, "low": MIN_LEVEL, "high": MAX_LEVEL})
        return None
    return level


def _parse_competency(piece: str, seen: set[str], chk: RowChecker) -> CompetencyLevel | None:
    name_part, colon, levels = piece.rpartition(":")
    name = nfc(name_part)
    if not colon:
        chk.add(
            "competencies",
            _("competencies: '%(value)s' has no level; write it as Name:current or "
              "Name:current>target, for example Negotiation:2>4") % {"value": shown(piece)},
        )
        return None
    if not name:
        chk.add("competencies", _("competencies: '%(value)s' has no competency name before the ':'")
                % {"value": shown(piece)})
        return None
    problem = rules.competency_name_problem(name)
    if problem:
        chk.add("competencies", _("competencies: %(problem)s") % {"problem": problem})
        return None
    current_text, gt, target_text = levels.partition(">")
    current = _parse_level(current_text, name, "current", chk)
    target = _parse_level(target_text, name, "target", chk) if gt else None
    if name.casefold() in seen:
        chk.add("competencies", _("competencies: '%(name)s' is listed twice in this row") % {"name": shown(name)})
        return None
    seen.add(name.casefold())
    if current is not None and (target is not None or not gt):
        return CompetencyLevel(name, current, target)
    return None


# Pieces ("Negotiation:2>4") already found valid, with what they parse to. An HR file repeats
# a few dozen competency names thousands of times; checking each piece once (characters, length,
# ';', levels) and remembering only valid ones keeps every check while a 10,000-row import no
# longer spends a second re-checking the same names. A bad piece is never remembered, so its
# problems are reported in the reader's language every time. Bounded so a file of unique pieces
# cannot grow it without end.
_VALID_PIECES: dict[str, CompetencyLevel] = {}
_MAX_REMEMBERED = 5_000


def _parse_piece(piece: str, seen: set[str], chk: RowChecker) -> CompetencyLevel | None:
    known = _VALID_PIECES.get(piece)
    if known is None:
        before = chk.count
        found = _parse_competency(piece, seen, chk)
        if found is not None and chk.count == before and len(_VALID_PIECES) < _MAX_REMEMBERED:
            _VALID_PIECES[piece] = found
        return found
    key = known.name.casefold()
    if key in seen:  # the one check that depends on the rest of the row
        chk.add("competencies", _("competencies: '%(name)s' is listed twice in this row") % {"name": shown(known.name)})
        return None
    seen.add(key)
    return known


def _parse_competencies(raw: str, chk: RowChecker) -> tuple[CompetencyLevel, ...]:
    seen: set[str] = set()
    found = (_parse_piece(p.strip(), seen, chk) for p in raw.split(";") if p.strip())
    return tuple(c for c in found if c is not None)


def _parse_hire_date(raw: str, today: date, chk: RowChecker) -> date | None:
    if not raw:
        return None
    if not _DATE_RE.fullmatch(raw):
        chk.add("hire_date", _("hire_date '%(value)s' is not in the form YYYY-MM-DD (for example 2024-03-15)")
                % {"value": shown(raw)})
        return None
    try:
        value = date.fromisoformat(raw)
    except ValueError:
        chk.add("hire_date", _("hire_date '%(value)s' is not a real date") % {"value": raw})
        return None
    if value > today:
        chk.add("hire_date", _("hire_date %(value)s is in the future") % {"value": raw})
        return None
    return value


def _parse_capacity(raw: str, chk: RowChecker) -> int | None:
    if not raw:
        return None
    if not _INT_RE.fullmatch(raw) or not MIN_CAPACITY <= int(raw) <= MAX_CAPACITY:
        chk.add(
            "mentor_capacity",
            _("mentor_capacity '%(value)s' must be a whole number from %(low)s to %(high)s")
            % {"value": shown(raw, 20), "low": MIN_CAPACITY, "high": MAX_CAPACITY},
        )
        return None
    return int(raw)


def _parse_archived(raw: str, chk: RowChecker) -> bool | None:
    """yes/no (and true/false, 1/0, archived/active); empty means "leave as it is"."""
    value = raw.strip().casefold()
    if not value:
        return None
    if value in ARCHIVED_YES:
        return True
    if value in ARCHIVED_NO:
        return False
    chk.add("archived", _("archived '%(value)s' must be yes or no (or left empty to keep "
                          "the person as they are)") % {"value": shown(raw.strip(), 20)})
    return None


_ONE_LINE_COLUMNS = tuple(c for c in CELL_LIMITS if c not in rules.MULTILINE_FIELDS)
_MULTILINE_COLUMNS = tuple(c for c in CELL_LIMITS if c in rules.MULTILINE_FIELDS)


def _all_clean(get: Callable[[str], str]) -> bool:
    """Whether no cell of the row is too long or holds a refused character, in two regex scans.

    The usual row is clean, so it is checked as a whole (one-line cells joined by a space,
    which is allowed, then the multi-line ones); only a row that fails goes through the
    per-cell check that names the column. The unstripped cells are checked, so a row that
    passes here passes the per-cell check too (stripping only ever removes characters).
    """
    cells = {c: get(c) for c in CELL_LIMITS}
    if any(len(v) > CELL_LIMITS[c] for c, v in cells.items()):
        return False
    if rules.bad_characters(" ".join([cells[c] for c in _ONE_LINE_COLUMNS])):
        return False
    return not rules.bad_characters("\n".join([cells[c] for c in _MULTILINE_COLUMNS]), multiline=True)


def _checked_cells(get: Callable[[str], str], chk: RowChecker) -> Callable[[str], str]:
    """A getter that answers "" for a cell that is too long or holds refused characters
    (after reporting it once), so later checks never quote or parse hostile text."""
    if _all_clean(get):
        return get
    refused: set[str] = set()
    for column, limit in CELL_LIMITS.items():
        raw = get(column)
        multiline = column in rules.MULTILINE_FIELDS
        value = raw if multiline else raw.strip()
        for message in rules.text_problems(column, value, multiline=multiline, max_len=limit):
            chk.add(column, message)
            refused.add(column)
    return lambda column: "" if column in refused else get(column)


def parse_row(line: int, get: Callable[[str], str], today: date,
              problems: list[Problem]) -> tuple[PersonRow, RowChecker]:
    """One data row as a PersonRow (meaningful only when its checker counted no problems)."""
    chk = RowChecker(line, problems)
    cell = _checked_cells(get, chk)
    employee_id = cell("employee_id").strip()
    name = nfc(cell("name"))
    email = cell("email").strip()
    if not employee_id and not get("employee_id").strip():
        chk.add("employee_id", _("employee_id is empty"))
    if not name and not get("name").strip():
        chk.add("name", _("name is empty"))
    if not get("email").strip():
        chk.add("email", _("email is empty"))
    elif email and not rules.EMAIL_RE.fullmatch(email):
        chk.add("email", _("email '%(value)s' is not a valid address") % {"value": shown(email, 80)})
    manager = cell("manager_employee_id").strip() or None
    if manager is not None and manager == employee_id:
        chk.add("manager_employee_id", _("manager_employee_id is the person's own employee_id"))
    role_raw = cell("role").strip()
    role = role_raw.lower() or "none"
    if role not in ROLES:
        chk.add("role", _("role '%(value)s' must be one of mentor, mentee, both or none")
                % {"value": shown(role_raw, 20)})
        role = "none"
    row = PersonRow(
        line=line, employee_id=employee_id, name=name, email=email,
        department=nfc(cell("department")), branch=nfc(cell("branch")), title=nfc(cell("title")),
        manager_employee_id=manager,
        hire_date=_parse_hire_date(cell("hire_date").strip(), today, chk),
        languages=_parse_languages(cell("languages"), chk),
        role=role,
        mentor_capacity=_parse_capacity(cell("mentor_capacity").strip(), chk),
        competencies=_parse_competencies(cell("competencies"), chk),
        notes=cell("notes"),
        archived=_parse_archived(cell("archived"), chk),
    )
    return row, chk
