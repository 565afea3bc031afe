"""A branch's file is untrusted input: what its rows must satisfy before any of them is written.

Two kinds of check, and why they run where they do:

- **Structure** (`check_structure`, on every incoming row, before the join): ids
  that are text, one row per id, values of the declared type (no blobs, no text
  in an INTEGER column), readable timestamps and a sane `field_times`. The join
  compares these values, so they must be sound first. Timestamps are rewritten to
  the canonical text (UTC, microseconds) so text order is time order. A stamp
  more than `MAX_AHEAD` ahead of this computer's clock is refused (it would drag
  every later stamp with it, up to the end of the calendar); one more than
  `TOLERANCE` ahead is accepted but reported (`FutureStamps`).
- **Content** (`check_changes`, on the rows the merge would write): the same
  rules as the import and the forms (`mentordesk.validation`): required fields,
  lengths, control characters, e-mail, role, languages, hire date, not one's own
  manager, no management loop, competency names without `;`, levels 0-5,
  capacities 1-10, readable dates, JSON fields of the right shape. A value this
  file already holds is not held against the other file: only problems the merge
  would *introduce* count.

Every problem is a sentence naming the entry; the merge stops before writing and
lists them all (`MergeRefused`). Stopping rather than skipping: a skipped row can
leave its meetings, goals or enrolments pointing at nothing, and a merge that
looks complete but is not is worse than one HR is asked to repeat.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from .. import validation
from ..clock import parse_iso, to_iso
from ..i18n import N_
from ..i18n import gettext as _
from .merge_result import FutureStamps, table_word, table_words
from .merge_rows import Snapshot
from .schema import BOOKKEEPING

#: How far ahead of this computer's clock a stamp may be before the report mentions it.
TOLERANCE = timedelta(minutes=10)
#: Further ahead than this a stamp is not a wrong clock but a broken or hostile file.
MAX_AHEAD = timedelta(days=366)
MAX_ID = 100
MAX_FIELD_TIMES = 16_384
MAX_SHORT_TEXT = 200  # a site name
#: One-line values outside `people` (program names, goal titles…): the forms set no limit, so this only
#: stops what no form produces (a pasted document, a 1 MB attack cell); people use `validation`'s limits.
MAX_LINE = 2_000
_STAMPS = ("created_at", "updated_at", "deleted_at")
_MULTILINE = frozenset({"notes", "motivation", "availability", "recognition", "purpose", "business_goal", "reason",
                        "closure_reason", "reflection", "hr_summary", "description", "success_measure", "note",
                        "topics", "comments", "scores", "goals_discussed", "preferred", "match_settings"})
_JSON_SHAPES = {"preferred": list, "goals_discussed": list, "match_settings": dict, "scores": dict, "comments": dict}
_DATES = frozenset({"hire_date", "start_date", "end_date", "planned_end", "began_on", "previous_end", "new_end",
                    "due_date", "date", "closed_on", "assessed_at", "applied_at", "waitlisted_since", "until"})
_LEVELS = {"current_level": False, "target_level": True}  # column -> may be empty


def show(value: Any, limit: int = 40) -> str:
    """A value safe to print in a message: no control characters, clipped."""
    text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
    text = "".join(c if c.isprintable() else f"\\u{ord(c):04x}" for c in text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def entry_name(table: str, row: Mapping[str, Any]) -> str:
    if table == "people":
        return _("the person %(name)s") % {"name": show(row.get("name") or row.get("employee_id") or row.get("id"))}
    if row.get("name"):
        return _("the %(what)s %(name)s") % {"what": table_word(table), "name": show(row["name"])}
    return _("a %(what)s (id %(id)s)") % {"what": table_word(table), "id": show(row.get("id"), 12)}


# -- structure -----------------------------------------------------------------------------


def read_stamp(value: Any, now: datetime) -> tuple[str | None, str | None]:
    """(canonical stamp, None) or (None, why it cannot be used)."""
    if not isinstance(value, str) or not value or len(value) > 40:
        return None, _("is not a date and time") if value is not None else _("is empty")
    try:
        moment = parse_iso(value)
    except (ValueError, OverflowError):
        return None, _("'%(value)s' is not a date and time") % {"value": show(value)}
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        if moment - now > MAX_AHEAD:
            return None, _("%(date)s is more than a year in the future") % {"date": moment.date().isoformat()}
    except OverflowError:
        return None, _("'%(value)s' is not a usable date") % {"value": show(value)}
    return to_iso(moment), None


class StructureCheck:
    """Checks and normalises the other file's rows in place; collects problems, clock flags, the newest stamp."""

    def __init__(self, other: Snapshot, local: Snapshot, now: datetime):
        self.other, self.local, self.now = other, local, now
        self.problems: list[str] = []
        self.newest = ""
        self._flag_after = to_iso(now + TOLERANCE)  # canonical stamps sort as text
        self._stamps: dict[str, tuple[str | None, str | None]] = {}  # imports share stamps by the thousand
        self._ahead: dict[str, list[str]] = defaultdict(list)

    def run(self) -> StructureCheck:
        seen = {site: read_stamp(t, self.now)[0] for site, t in self.other.seen.items()}
        self.other.seen = {site: t for site, t in seen.items() if t and not validation.bad_characters(site)}
        for table, count in self.other.duplicate_ids.items():
            self.problems.append(_("%(count)s %(what)s share an id with another row (the file was edited outside "
                                   "MentorDesk)") % {"count": count, "what": table_words(table)})
        for table, rows in self.other.rows.items():
            if table not in self.local.cols:
                continue
            for row in rows.values():
                self._row(table, row)
        return self

    def future(self) -> list[FutureStamps]:
        out = []
        for site, stamps in sorted(self._ahead.items()):
            newest = max(stamps)
            ahead = (parse_iso(newest) - self.now).total_seconds()
            out.append(FutureStamps(site=site, count=len(stamps), newest=newest, ahead_seconds=ahead))
        return out

    def _row(self, table: str, row: dict[str, Any]) -> None:
        rid = row.get("id")
        if not isinstance(rid, str) or not rid or len(rid) > MAX_ID or validation.bad_characters(rid):
            self.problems.append(_("%(what)s: an entry's id (%(id)s) is not a MentorDesk id")
                                 % {"what": table_words(table).capitalize(), "id": show(rid)})
            return
        name = _Name(table, row)
        site = row.get("site")
        if not isinstance(site, str) or len(site) > MAX_SHORT_TEXT or validation.bad_characters(site):
            self.problems.append(_("%(name)s: the name of the computer that changed it is not readable")
                                 % {"name": name})
            site = ""
        for col in _STAMPS:
            if col == "deleted_at" and row.get(col) is None:
                continue
            stamp, why = self._stamp(row.get(col))
            if why:
                self.problems.append(_(_STAMP_SENTENCES[col]) % {"name": name, "why": why})
            else:
                row[col] = stamp
                self._note(site, stamp)
        self._field_times(table, row, name, site)
        self._types(table, row, name)

    def _stamp(self, value: Any) -> tuple[str | None, str | None]:
        if not isinstance(value, str):
            return read_stamp(value, self.now)
        known = self._stamps.get(value)
        if known is None:
            known = self._stamps[value] = read_stamp(value, self.now)
        return known

    def _field_times(self, table: str, row: dict[str, Any], name: Any, site: str) -> None:
        raw = row.get("field_times")
        if raw is None or raw == "":
            row["field_times"] = "{}"
            return
        parsed: Any = None
        if isinstance(raw, str) and len(raw) <= MAX_FIELD_TIMES:
            try:
                parsed = json.loads(raw)
            except ValueError:
                parsed = None
        if not isinstance(parsed, dict):
            self.problems.append(_("%(name)s: its record of when each field changed is not readable "
                                   "(%(length)s characters)") % {"name": name, "length": f"{len(str(raw)):,}"})
            return
        known = set(self.other.cols[table]) | set(self.local.cols[table])
        clean: dict[str, str] = {}
        for col, value in parsed.items():
            if col not in known:
                self.problems.append(_("%(name)s: its change times name a field it does not have (%(field)s)")
                                     % {"name": name, "field": show(col)})
                return
            stamp, why = self._stamp(value)
            if why:
                self.problems.append(_("%(name)s: the time its %(field)s changed %(why)s")
                                     % {"name": name, "field": show(col), "why": why})
                return
            clean[col] = stamp
            self._note(site, stamp)
        row["field_times"] = json.dumps(clean, sort_keys=True)

    def _types(self, table: str, row: dict[str, Any], name: Any) -> None:
        for col, (decl, notnull) in self.local.types[table].items():
            if col in BOOKKEEPING or col not in row:
                continue
            value = row[col]
            if value is None:
                if notnull:
                    self.problems.append(_("%(name)s: %(field)s is empty but must be filled in")
                                         % {"name": name, "field": col})
                continue
            if "INT" in decl and (not isinstance(value, int) or isinstance(value, bool)):
                self.problems.append(_("%(name)s: %(field)s should be a whole number, not %(value)s")
                                     % {"name": name, "field": col, "value": show(value)})
            elif "TEXT" in decl and not isinstance(value, str):
                what = _("binary data") if isinstance(value, bytes) else show(value)
                self.problems.append(_("%(name)s: %(field)s should be text, not %(value)s")
                                     % {"name": name, "field": col, "value": what})

    def _note(self, site: str, stamp: str) -> None:
        self.newest = max(self.newest, stamp)
        if stamp > self._flag_after:
            self._ahead[site].append(stamp)


class _Name:
    """An entry's name for a message, worked out only if a message needs it."""

    def __init__(self, table: str, row: Mapping[str, Any]):
        self.table, self.row = table, row

    def __format__(self, spec: str) -> str:
        return entry_name(self.table, self.row)

    def __str__(self) -> str:  # "%(name)s" formatting asks for str()
        return entry_name(self.table, self.row)


#: Said with _(): "<entry>: the time it was created <why>".
_STAMP_SENTENCES = {"created_at": N_("%(name)s: the time it was created %(why)s"),
                    "updated_at": N_("%(name)s: the time it was last changed %(why)s"),
                    "deleted_at": N_("%(name)s: the time it was deleted %(why)s")}


# -- content -------------------------------------------------------------------------------


def _column_problems(table: str, col: str, value: Any) -> list[str]:
    """Rules for one stored value outside `people` (people use `validation.person_problems`)."""
    if value is None:
        return []
    if isinstance(value, str):
        multi = col in _MULTILINE
        out = validation.text_problems(col, value, multiline=multi,
                                       max_len=validation.MAX_NOTES if multi else MAX_LINE)
        if col in _JSON_SHAPES and not out:
            try:
                ok = isinstance(json.loads(value), _JSON_SHAPES[col])
            except ValueError:
                ok = False
            if not ok:
                out.append(_("%(field)s is not in the form MentorDesk stores it") % {"field": col})
        if col in _DATES and not out:
            try:
                date.fromisoformat(value[:10])
            except ValueError:
                out.append(_("%(field)s '%(value)s' is not a date in the form YYYY-MM-DD")
                           % {"field": col, "value": show(value)})
        if table == "competencies" and col == "name":
            issue = validation.competency_name_problem(value)
            out = [issue] if issue else out
        return out
    if col in _LEVELS and not validation.MIN_LEVEL <= value <= validation.MAX_LEVEL:
        return [_("%(field)s is %(value)s; levels go from %(min)s to %(max)s")
                % {"field": col, "value": value, "min": validation.MIN_LEVEL, "max": validation.MAX_LEVEL}]
    if col == "capacity" and not validation.MIN_CAPACITY <= value <= validation.MAX_CAPACITY:
        return [_("capacity is %(value)s; it must be from %(min)s to %(max)s")
                % {"value": value, "min": validation.MIN_CAPACITY, "max": validation.MAX_CAPACITY}]
    return []


def row_problems(table: str, row: Mapping[str, Any], today: date) -> list[str]:
    values = {c: v for c, v in row.items() if c not in BOOKKEEPING}
    if table == "people":
        return validation.person_problems(values, today=today)
    out: list[str] = []
    for col, value in values.items():
        out += _column_problems(table, col, value)
    if table == "competencies" and not str(values.get("name") or "").strip():
        out.append(_("a competency has no name"))
    return out


def check_changes(changes: Mapping[str, Iterable[tuple[str, str, dict[str, Any]]]],
                  final: Mapping[str, Mapping[str, dict[str, Any]]], local: Snapshot, today: date) -> list[str]:
    """Problems the merge would bring into this file: per written row, then management loops."""
    problems: list[str] = []
    for table, table_changes in changes.items():
        for _kind, rid, _values in table_changes:
            new = final[table][rid]
            if new.get("deleted_at"):
                continue  # a tombstone is never shown or exported
            old = local.rows.get(table, {}).get(rid)
            before = set(row_problems(table, old, today)) if old and not old.get("deleted_at") else set()
            name = entry_name(table, new)
            problems += [f"{name}: {p}" for p in row_problems(table, new, today) if p not in before]
    problems += _loop_problems(final.get("people", {}), local.rows.get("people", {}))
    return problems


def _managers(people: Mapping[Any, Mapping[str, Any]]) -> dict[str, str | None]:
    return {str(p["employee_id"]): (str(p["manager_employee_id"]) if p.get("manager_employee_id") else None)
            for p in people.values() if not p.get("deleted_at") and p.get("employee_id")}


def _loop_problems(final: Mapping[Any, Mapping[str, Any]], before: Mapping[Any, Mapping[str, Any]]) -> list[str]:
    old = {frozenset(loop) for loop in validation.management_loops(_managers(before))}
    return [_("who manages whom would go round in a loop: %(loop)s") % {"loop": validation.describe_loop(loop)}
            for loop in validation.management_loops(_managers(final))
            if frozenset(loop) not in old and len(loop) > 1]
