"""Erasure records and the rules that clear a person from every table (GDPR Art. 17).

Why a record at all: MentorDesk files are merged between branches, and a branch
copy made before the erasure still holds the person. The record (table
`erasures`, schema 6) is what every merge carries in both directions and
applies to the merged rows, so that copy can never bring them back. It holds
no personal data: the erased people rows' random ids, a random salt and salted
SHA-256 fingerprints of the employee id and e-mail (so a branch that entered
the same person separately, under another id, is caught too), when, by whom
and HR's reason (refused if it names the person, see `erasure_write`).

What "erased" means, the same in a local erasure and in a merge (`Scrubber`):

- the person row keeps its id, role, department and branch (program reports
  count by them) and is archived; name, e-mail and employee id become
  pseudonyms derived from the row id, every other personal field is emptied;
- rows naming the person (their mentor profile, enrolments, pair rules,
  relationships and through those goals, goal updates, meetings, check-ins,
  extensions and snoozed items) keep their dates, numbers and links, so
  aggregate counts keep working, and lose every free text;
- other people's `manager_employee_id` pointing at the person follows the pseudonym.

A merge writes those values as changes stamped after both the erasure and the
value they replace (`apply_erasures`), deterministic in both files, so merges
in either direction converge.
"""

from __future__ import annotations

import hashlib
import json
import secrets
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ..i18n import gettext as _
from ..i18n import ngettext
from .erased import ERASED_DOMAIN, ERASED_GOAL, ERASED_NAME
from .erasure_text import TextMatcher, fingerprint
from .merge_result import MergeError
from .merge_rows import eff, later, stamp_field, times
from .schema import BOOKKEEPING

MAX_REASON = 500

_FP_KINDS = ("employee_id", "email")

#: Free text cleared in rows that name an erased person (table -> column -> cleared value).
LINKED_TEXT: dict[str, dict[str, Any]] = {
    "mentor_profiles": {"motivation": "", "availability": "", "recognition": ""},
    "participants": {"reason": ""},
    "pair_rules": {"note": ""},
    "relationships": {"closure_reason": "", "reflection": "", "hr_summary": ""},
    "extensions": {"reason": ""},
    "goals": {"title": ERASED_GOAL, "description": "", "success_measure": ""},
    "goal_history": {"note": ""},
    "meetings": {"topics": "", "notes": ""},
    "checkins": {"comments": "{}"},
    "snoozes": {"note": ""},
}


@dataclass(frozen=True)
class Erasure:
    """One erased person: the tombstone merges apply and the log line HR keeps (no personal data)."""

    id: str
    erased_at: str
    erased_by: str
    site: str
    reason: str
    person_ids: tuple[str, ...]
    salt: str
    fingerprints: frozenset[str] = field(default_factory=frozenset)

    def as_row(self) -> dict[str, Any]:
        return {"id": self.id, "erased_at": self.erased_at, "erased_by": self.erased_by, "site": self.site,
                "reason": self.reason, "person_ids": json.dumps(list(self.person_ids)), "salt": self.salt,
                "fingerprints": json.dumps(sorted(self.fingerprints))}

    def matches(self, kind: str, value: Any) -> bool:
        return bool(value) and fingerprint(self.salt, kind, value) in self.fingerprints

    @property
    def pseudonym_id(self) -> str:
        """The employee id the person now has (others' managers point at it)."""
        return pseudonym_employee_id(self.person_ids[0]) if self.person_ids else ""


def new_salt() -> str:
    return secrets.token_hex(16)


def _tag(row_id: Any) -> str:
    return hashlib.sha256(str(row_id).encode()).hexdigest()[:20]


def pseudonym_employee_id(row_id: Any) -> str:
    return f"ERASED-{_tag(row_id)}"


def person_values(row: Mapping[str, Any]) -> dict[str, Any]:
    """What an erased person's row holds: pseudonyms from its id, everything personal emptied."""
    tag = _tag(row["id"])
    return {"name": ERASED_NAME, "email": f"erased-{tag}@{ERASED_DOMAIN}", "employee_id": f"ERASED-{tag}",
            "title": "", "manager_employee_id": None, "hire_date": None, "languages": "", "notes": "",
            "archived": 1}


# -- reading and writing the records ------------------------------------------------------


def has_table(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'erasures'").fetchone() is not None


def read_erasures(conn: sqlite3.Connection, *, source: str | None = None) -> list[Erasure]:
    """Every erasure record of a file (none for a file from before schema 6).

    `source` names an untrusted other file: a record MentorDesk cannot read
    refuses the merge (an erasure silently skipped would bring a person back).
    """
    if not has_table(conn):
        return []
    out = []
    cur = conn.execute("SELECT id, erased_at, erased_by, site, reason, person_ids, salt, fingerprints FROM erasures")
    for values in cur.fetchall():
        record = _parse(values)
        if record is None:
            if source is None:
                continue  # our own file: a damaged record is skipped, the rows were cleared when it was made
            raise MergeError(_("%(file)s holds an erasure record MentorDesk cannot read, so merging it could "
                               "bring an erased person back. Nothing was changed.") % {"file": source})
        out.append(record)
    return sorted(out, key=lambda e: e.id)


def _parse(values: tuple[Any, ...]) -> Erasure | None:
    rid, at, by, site, reason, pids, salt, fps = values
    if not all(isinstance(v, str) for v in (rid, at, by, site, reason, pids, salt, fps)):
        return None
    if not rid or len(rid) > 64 or not at or len(at) > 40 or len(reason) > 4 * MAX_REASON:
        return None
    try:
        person_ids, prints = json.loads(pids), json.loads(fps)
    except ValueError:
        return None
    if not (isinstance(person_ids, list) and all(isinstance(p, str) and 0 < len(p) <= 64 for p in person_ids)):
        return None
    if not (isinstance(prints, list) and all(isinstance(p, str) and len(p) == 64 for p in prints)):
        return None
    return Erasure(rid, at, by[:200], site[:200], reason, tuple(person_ids), salt, frozenset(prints))


def write_erasure(conn: sqlite3.Connection, record: Erasure) -> bool:
    """Store a record once; an id already present is left as it is (records never change)."""
    row = record.as_row()
    cur = conn.execute(
        f"INSERT OR IGNORE INTO erasures ({', '.join(row)}) VALUES ({', '.join('?' for _ in row)})",
        list(row.values()))
    return cur.rowcount > 0


# -- which rows name an erased person, and what they become -------------------------------


class Scrubber:
    """Walks the tables parents first (people, relationships, goals…), learning which rows are erased."""

    def __init__(self, erasures: Iterable[Erasure]):
        self.erasures = sorted(erasures, key=lambda e: e.id)
        self._by_person = {pid: e for e in self.erasures for pid in e.person_ids}
        self.people: set[str] = set()
        self.relationships: set[str] = set()
        self.goals: set[str] = set()
        self.rows: dict[str, set[str]] = {}  # table -> ids of rows that were (or already are) erased

    def __bool__(self) -> bool:
        return bool(self.erasures)

    def erasure_of(self, person: Mapping[str, Any]) -> Erasure | None:
        found = self._by_person.get(person.get("id"))
        if found is not None:
            return found
        for e in self.erasures:
            if any(e.matches(kind, person.get(kind)) for kind in _FP_KINDS):
                return e
        return None

    def changes(self, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
        """The values `row` must take (only those that differ); remembers erased parents for children."""
        wanted = self._wanted(table, row)
        return {c: v for c, v in wanted.items() if c in row and row.get(c) != v}

    def _mark(self, table: str, row: Mapping[str, Any]) -> None:
        self.rows.setdefault(table, set()).add(str(row["id"]))

    def _wanted(self, table: str, row: Mapping[str, Any]) -> dict[str, Any]:
        rid = row.get("id")
        if table == "people":
            if self.erasure_of(row) is not None:
                self.people.add(rid)
                self._mark(table, row)
                return person_values(row)
            for e in self.erasures:
                if e.matches("employee_id", row.get("manager_employee_id")):
                    return {"manager_employee_id": e.pseudonym_id}
            return {}
        if table == "relationships" and (row.get("mentor_id") in self.people or row.get("mentee_id") in self.people):
            self.relationships.add(rid)
        elif table == "goals" and row.get("relationship_id") in self.relationships:
            self.goals.add(rid)
        if not self._names_erased(table, row):
            return {}
        self._mark(table, row)
        wanted = dict(LINKED_TEXT.get(table, {}))
        if table == "snoozes":
            wanted["item_key"] = f"erased:{rid}"
        return wanted

    def _names_erased(self, table: str, row: Mapping[str, Any]) -> bool:
        if table == "relationships":
            return row.get("id") in self.relationships
        if any(row.get(c) in self.people for c in ("person_id", "mentor_id", "mentee_id")):
            return True
        if row.get("relationship_id") in self.relationships or row.get("goal_id") in self.goals:
            return True
        if table == "snoozes":
            parts = set(str(row.get("item_key") or "").split(":"))
            return bool(parts & (self.people | self.relationships))
        return False


def matcher_for(erasures: Iterable[Erasure]) -> TextMatcher:
    """One matcher for all erasures, hashing each run of words once per distinct salt."""
    groups: dict[str, set[str]] = {}
    for e in erasures:
        groups.setdefault(e.salt, set()).update(e.fingerprints)
    return TextMatcher(groups)


def free_text(table: str, col: str, value: Any) -> bool:
    """Whether a value is text about someone, not an identity: another person's own name or e-mail
    is theirs even when it equals an erased person's (two people may share a name), and ids are ids."""
    if not isinstance(value, str) or col in BOOKKEEPING or col.endswith("_id"):
        return False
    return not (table == "people" and col in ("name", "email"))


def text_changes(matcher: TextMatcher, table: str, row: Mapping[str, Any], skip: Mapping[str, Any]
                 ) -> dict[str, Any]:
    """Free text of any row that names an erased person by name, e-mail or employee ID, cleared."""
    out: dict[str, Any] = {}
    if not matcher:
        return out
    for col, value in row.items():
        if col in skip or not free_text(table, col, value):
            continue
        cleaned = matcher.clean(value)
        if cleaned != value:
            out[col] = cleaned
    return out


# -- merges ---------------------------------------------------------------------------------


class MergeErasures:
    """Issue 14's part of a merge: apply both files' erasures to the merged rows, then record them.

    Used by `merge_plan.MergePlan` through three calls: `apply` after each table
    is joined, `clean_result` before the result is shown, `write` with the rows.
    """

    def __init__(self, local: list[Erasure], incoming: list[Erasure], conn: sqlite3.Connection | None = None):
        mine = {e.id for e in local}
        self.new = [e for e in incoming if e.id not in mine]
        self.scrubber = Scrubber([*local, *self.new])
        latest = max(self.scrubber.erasures, key=lambda e: (e.erased_at, e.site), default=None)
        self.when = latest.erased_at if latest else ""
        self.site = latest.site if latest else ""
        self.touched = 0
        self.text = matcher_for(self.scrubber.erasures)
        self._secure_before: int | None = None
        if self.scrubber and conn is not None:  # cleared values must not stay in the file's free space
            self._secure_before = int(conn.execute("PRAGMA secure_delete").fetchone()[0])
            conn.execute("PRAGMA secure_delete = ON")

    def apply(self, table: str, final: dict[Any, dict[str, Any]]) -> None:
        """Clear every merged row that names an erased person, stamped after what it replaces."""
        if not self.scrubber:
            return
        for rid in sorted(final, key=str):
            row = final[rid]
            changes = self.scrubber.changes(table, row)
            changes.update(text_changes(self.text, table, row, changes))
            for col, value in changes.items():
                own, _ = eff(row, times(row), col)
                stamp_field(row, col, value, max(self.when, later(own)), self.site or str(row.get("site") or ""))
            self.touched += bool(changes)

    def erased_ids(self) -> set[str]:
        return {rid for ids in self.scrubber.rows.values() for rid in ids}

    def note(self) -> str:
        """The sentence the merge result shows (empty when no erasure was involved)."""
        if not self.scrubber:
            return ""
        count = len(self.scrubber.people)
        if not self.new and not self.touched:
            return ""
        erased = len(self.scrubber.erasures)
        on_record = ngettext("Erasures applied: %(count)s erased person on record (%(new)s new from the other file).",
                             "Erasures applied: %(count)s erased people on record (%(new)s new from the other file).",
                             erased) % {"count": erased, "new": len(self.new)}
        cleared = ngettext("Records in the merged data that named an erased person were cleared, so nobody erased "
                           "comes back: %(touched)s (%(count)s person entry).",
                           "Records in the merged data that named an erased person were cleared, so nobody erased "
                           "comes back: %(touched)s (%(count)s person entries).", count) % {
            "touched": self.touched, "count": count}
        return f"{on_record} {cleared}"

    def clean_result(self, result: Any) -> None:
        """No conflict line shows an erased person's old values; the result says an erasure was applied."""
        erased = self.erased_ids()
        if erased:
            result.conflicts = [c for c in result.conflicts if str(c.row_id) not in erased]
            result.identity_conflicts = [c for c in result.identity_conflicts
                                         if str(c.kept_id) not in erased and str(c.other_id) not in erased]
        note = self.note()
        if note:
            result.erasure_note = note
            result.details.append(_("erasures: %(new)s new, records cleared: %(touched)s")
                                  % {"new": len(self.new), "touched": self.touched})

    def write(self, conn: sqlite3.Connection) -> int:
        """Store the other file's erasure records here, so the next merge carries them on.

        Runs after the rows are written, so `secure_delete` (on since the plan began) goes back here.
        """
        if self._secure_before is not None:
            conn.execute(f"PRAGMA secure_delete = {self._secure_before}")
        if not has_table(conn):
            return 0
        return sum(write_erasure(conn, e) for e in self.new)
