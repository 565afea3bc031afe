"""Merging another MentorDesk file (a branch's file, a Dropbox/OneDrive conflict copy) into this one.

Design, and why:

- The other file is only ever read, through its own `mode=ro` connection, after
  `filecheck.check_file` has looked at it: a half-synced or damaged copy must
  not be "rolled back" or altered by us. Both files are read into memory (a
  company's mentoring data is small), the merged state is computed in Python,
  and only the difference is written, in ONE transaction, after a backup.
  A dry run computes exactly the same result and writes nothing.
- Schema versions: a file from a NEWER MentorDesk is refused (we would drop
  fields we do not know). An OLDER file is merged as it is, without upgrading
  it: tables it does not have are skipped, and only columns both files have are
  compared; columns it lacks keep this file's values (new rows get defaults).
- The merged state is a function of the UNION of both files' rows that does not
  depend on which file is "local", so merging B into A and, separately, A into
  B gives both files the same synced rows (`site` included). That is what makes
  repeated merges between branches settle instead of flip-flopping:

  1. Rows with the same id are joined field by field: for every column the
     value with the newer time in `field_times` wins (a column with no time has
     had its value since `created_at`; a row whose `field_times` is empty, from
     before they were kept, uses `updated_at` for every column). Equal times
     with different values are broken by comparing the values themselves, so
     both directions pick the same one. The result keeps the newest time per
     field, `updated_at` = max, `created_at` = min, and `site` = the site of the
     side with the later `updated_at` (the larger site name on a tie).
  2. `deleted_at` is merged like any other field. A row never gets un-deleted
     by an edit: an undeleted row has no time for `deleted_at` (it dates from
     creation), so any deletion is newer. Edits made elsewhere after the
     deletion are kept on the tombstone but do not bring the row back.
  3. References to rows that became duplicates (below) are moved to the
     surviving row. The moved reference gets a time just after both the
     duplicate's last change and the reference's own time, so a stale copy of
     the child elsewhere cannot move it back in a later merge.
  4. Rows that mean the same thing but were entered separately (people by
     employee id, competencies and programs by name ignoring case, a person's
     mentor profile, a person's enrolment in a program with a role) are folded
     into ONE row: the smallest id survives, receives the newest value of every
     field of the group, and the others become tombstones dated just after the
     group's last change and attributed to the survivor's site.

- Conflicts (shown to the user, not a different data outcome by default): a
  field whose values differ and which both sides changed since they last saw
  each other. "Since they last saw each other" is the later of this file's
  `sync_state` for the incoming row's site, the other file's `sync_state` for
  this row's site, and the newest change both files already share (a field
  with the same value and the same time on both sides). Without a per-field
  site this is a best-effort warning; whatever it misses is still resolved as
  "newer wins". A caller may choose a side per conflict; a choice of the older
  value is written with a fresh time so the next merge keeps it.
- After a real merge `sync_state` holds, per incoming site, the newest change
  time seen from it, and `merge_log` records the file name (never its path),
  the sites, counts per table and short entries without personal values.
"""

from __future__ import annotations

import json
import os
import sqlite3
import uuid
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any, Callable, Iterable, Literal, Mapping

from ..clock import now_iso, parse_iso
from ..errors import MentorDeskError
from ..site import installation_site
from .database import Database
from .schema import BOOKKEEPING, SCHEMA_VERSION, SYNCED_TABLES
from ..errors import Cancelled as CancelledError

Side = Literal["local", "incoming"]
Prefer = Literal["newer", "local", "incoming"]
ResolutionKey = tuple[str, str, str]
Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]

#: Words for the summary the HR manager reads.
TABLE_LABELS = {
    "people": ("person", "people"),
    "competencies": ("competency", "competencies"),
    "person_competencies": ("competency assessment", "competency assessments"),
    "mentor_profiles": ("mentor profile", "mentor profiles"),
    "programs": ("program", "programs"),
    "participants": ("enrolment", "enrolments"),
    "pair_rules": ("pair rule", "pair rules"),
    "relationships": ("relationship", "relationships"),
    "relationship_stages": ("stage change", "stage changes"),
    "extensions": ("extension", "extensions"),
    "goals": ("goal", "goals"),
    "goal_history": ("goal update", "goal updates"),
    "meetings": ("meeting", "meetings"),
    "checkins": ("check-in", "check-ins"),
    "snoozes": ("snoozed item", "snoozed items"),
}

_MAX_DETAILS = 500


class MergeError(MentorDeskError):
    """The other file cannot be merged; nothing was changed."""


class MergeCancelled(CancelledError):
    def __init__(self) -> None:
        super().__init__("The merge was cancelled. Nothing was changed.")


@dataclass
class TableCounts:
    inserted: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0
    #: rows folded into another row that means the same (same employee id, same name…)
    merged: int = 0

    @property
    def changed(self) -> int:
        return self.inserted + self.updated + self.deleted + self.merged

    def as_dict(self) -> dict[str, int]:
        return {"inserted": self.inserted, "updated": self.updated, "deleted": self.deleted,
                "unchanged": self.unchanged, "merged": self.merged}


@dataclass(frozen=True)
class Conflict:
    """One field both files changed differently since they last met."""

    table: str
    row_id: str
    label: str
    field: str
    local_value: Any
    local_time: str
    local_site: str
    incoming_value: Any
    incoming_time: str
    incoming_site: str
    kept: Side
    chosen: bool  # True when the caller chose; False when "newer wins" decided

    @property
    def key(self) -> ResolutionKey:
        return (self.table, self.row_id, self.field)

    def text(self) -> str:
        how = "your choice" if self.chosen else "newer"
        return (f"{self.label} ({TABLE_LABELS.get(self.table, (self.table,))[0]}), {self.field}: "
                f"here {self.local_value!r} ({self.local_site}, {_short_time(self.local_time)}), "
                f"incoming {self.incoming_value!r} ({self.incoming_site}, {_short_time(self.incoming_time)})"
                f" → kept {'this file' if self.kept == 'local' else 'incoming'} ({how})")


@dataclass
class MergeResult:
    source_name: str
    source_sites: list[str]
    source_version: int
    dry_run: bool
    counts: dict[str, TableCounts] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    details: list[str] = field(default_factory=list)
    log_id: str | None = None

    @property
    def changed(self) -> int:
        return sum(c.changed for c in self.counts.values())

    def summary_text(self) -> str:
        head = "Dry run, nothing was written: merging" if self.dry_run else "Merged"
        sites = ", ".join(self.source_sites) or "no changes recorded"
        lines = [f"{head} {self.source_name} (from: {sites})."]
        if self.source_version < SCHEMA_VERSION:
            lines.append(f"The other file is from an older MentorDesk (version {self.source_version}); "
                         "only what both versions have was merged.")
        for table, c in self.counts.items():
            if not c.changed:
                continue
            one, many = TABLE_LABELS.get(table, (table, table))
            parts = [f"{n} {what}" for n, what in ((c.inserted, "added"), (c.updated, "updated"),
                                                    (c.deleted, "deleted"), (c.merged, "duplicates joined")) if n]
            lines.append(f"  {many.capitalize()}: " + ", ".join(parts))
        if not self.changed:
            lines.append("  Nothing to change: this file already has everything from the other one.")
        if self.conflicts:
            lines.append(f"{len(self.conflicts)} conflicting change(s):")
            lines.extend(f"  {c.text()}" for c in self.conflicts)
        return "\n".join(lines)


@dataclass(frozen=True)
class MergeLogEntry:
    id: str
    merged_at: str
    source_name: str
    source_sites: list[str]
    summary: dict[str, dict[str, int]]
    details: list[str]


# -- reading ---------------------------------------------------------------------------


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _read_rows(conn: sqlite3.Connection, table: str, cols: list[str]) -> dict[str, dict[str, Any]]:
    sel = ", ".join(f'"{c}"' for c in cols)
    rows = (dict(zip(cols, r)) for r in conn.execute(f'SELECT {sel} FROM "{table}"').fetchall())
    return {r["id"]: r for r in rows}


def _read_sync_state(conn: sqlite3.Connection) -> dict[str, str]:
    if not _columns(conn, "sync_state"):
        return {}
    return {s: t for s, t in conn.execute("SELECT site, seen_until FROM sync_state").fetchall()}


def _foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(column, parent table) pairs, from the schema itself so new references are never forgotten."""
    return [(r[3], r[2]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()]


def _open_other(path: Path) -> tuple[sqlite3.Connection, int]:
    from .filecheck import check_file

    verdict = check_file(path, supported_version=SCHEMA_VERSION)
    if verdict.status == "newer":
        raise MergeError(
            f"{path.name} was saved by a newer version of MentorDesk, so it cannot be merged here "
            "(its newer information would be lost). Update MentorDesk on this computer, then merge again."
        )
    if not verdict.ok:
        raise MergeError(f"{path.name} cannot be merged: {verdict.message}")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=5.0)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        raise MergeError(f"{path.name} could not be read ({exc}). Nothing was changed.") from exc
    if version > SCHEMA_VERSION:  # changed between the check and now
        conn.close()
        raise MergeError(f"{path.name} was saved by a newer version of MentorDesk; update MentorDesk first.")
    if version < 1 or not _columns(conn, "people"):
        conn.close()
        raise MergeError(f"{path.name} is not a MentorDesk file, so there is nothing to merge.")
    return conn, version


# -- the field-level join ----------------------------------------------------------------


def _times(row: Mapping[str, Any]) -> dict[str, str]:
    try:
        parsed = json.loads(row.get("field_times") or "{}")
    except ValueError:
        return {}
    return parsed if isinstance(parsed, dict) else {}


def _eff(row: Mapping[str, Any], times: Mapping[str, str], col: str) -> tuple[str, str]:
    """(time of this column's value, how it is known: 'rec'orded, per 'row', or 'dflt' since creation)."""
    if col in times:
        return str(times[col]), "rec"
    if col == "deleted_at" and row.get("deleted_at"):
        return str(row["deleted_at"]), "rec"
    if not times:
        return str(row["updated_at"]), "row"  # row from before field times: row-level
    return str(row["created_at"]), "dflt"


def _vkey(value: Any) -> tuple[int, Any]:
    """A total order over SQLite values, used only to break exact time ties the same way everywhere."""
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (3, bytes(value))


def _later(t: str, micro: int = 1) -> str:
    return (parse_iso(t) + timedelta(microseconds=micro)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _join(a: dict[str, Any], b: dict[str, Any], cols: list[str], *, defaults_lose: bool = False
          ) -> tuple[dict[str, Any], dict[str, Side]]:
    """Field-level join of two versions of a row; symmetric in a and b (except columns only `a` has).

    With `defaults_lose` (two separately entered rows, not two versions of one)
    a column never set explicitly only holds a default, so any recorded value beats it.
    Returns the merged row and, per column whose values differ, which side won.
    """
    fa, fb = _times(a), _times(b)
    out = dict(a)
    ft: dict[str, str] = {c: t for c, t in {**fb, **fa}.items() if c not in cols}
    won: dict[str, Side] = {}
    for c in cols:
        ta, xa = _eff(a, fa, c)
        tb, xb = _eff(b, fb, c)
        if defaults_lose:
            ta, tb = (ta if xa != "dflt" else ""), (tb if xb != "dflt" else "")
        va, vb = a.get(c), b.get(c)
        if ta != tb:
            take_a = ta > tb
        else:
            take_a = va == vb or _vkey(va) >= _vkey(vb)
        out[c] = va if take_a else vb
        if va != vb:
            won[c] = "local" if take_a else "incoming"
        if "rec" in (xa, xb):  # only what was recorded, so old rows stay as they are
            ft[c] = max(ta, tb)
    out["created_at"] = min(a["created_at"], b["created_at"])
    out["updated_at"] = max(a["updated_at"], b["updated_at"])
    out["site"] = max((a["updated_at"], a["site"] or ""), (b["updated_at"], b["site"] or ""))[1]
    out["field_times"] = json.dumps(ft, sort_keys=True)
    return out, won


def _stamp_field(row: dict[str, Any], col: str, value: Any, when: str, site: str) -> None:
    """Write one field as a change made at `when` by `site` (merge-derived changes)."""
    ft = _times(row)
    ft[col] = when
    row[col] = value
    row["field_times"] = json.dumps(ft, sort_keys=True)
    if when >= row["updated_at"]:
        row["updated_at"] = when
        row["site"] = site


def _sqlite_lower(text: str | None) -> str:
    """SQLite's lower(): ASCII only, exactly what the unique indexes compare."""
    return "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in (text or ""))


#: What makes two rows with different ids the same thing (mirrors the partial unique indexes).
NATURAL_KEYS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "people": lambda r: r.get("employee_id"),
    "competencies": lambda r: _sqlite_lower(r.get("name")),
    "programs": lambda r: _sqlite_lower(r.get("name")),
    "mentor_profiles": lambda r: r.get("person_id"),
    "participants": lambda r: (r.get("program_id"), r.get("person_id"), r.get("role")),
}
_KEY_WORDS = {"people": "employee id", "competencies": "name", "programs": "name",
              "mentor_profiles": "person", "participants": "program, person and role"}


def _label(table: str, row: Mapping[str, Any], people: Mapping[str, Mapping[str, Any]]) -> str:
    """A name the HR manager recognises for a conflict line (shown, never logged)."""
    for col in ("name", "title"):
        if row.get(col):
            return str(row[col])
    names = [str(people[row[c]]["name"]) for c in ("person_id", "mentor_id", "mentee_id")
             if row.get(c) in people]
    if names:
        return " & ".join(names)
    return f"{TABLE_LABELS.get(table, (table,))[0]} {str(row['id'])[:8]}"


def _short_time(t: str) -> str:
    return t[:16].replace("T", " ") if t else "?"


# -- the merge -----------------------------------------------------------------------------


@dataclass
class _Snapshot:
    rows: dict[str, dict[str, dict[str, Any]]]
    cols: dict[str, list[str]]
    seen: dict[str, str]


def _snapshot(conn: sqlite3.Connection) -> _Snapshot:
    rows, cols = {}, {}
    for table in SYNCED_TABLES:
        c = _columns(conn, table)
        if not c:
            continue
        cols[table] = c
        rows[table] = _read_rows(conn, table, c)
    return _Snapshot(rows, cols, _read_sync_state(conn))


def _shared_until(local: _Snapshot, other: _Snapshot) -> str:
    """The newest change both files already hold (same value, same recorded time)."""
    best = ""
    for table, inc_rows in other.rows.items():
        loc_rows = local.rows.get(table, {})
        cols = [c for c in other.cols[table] if c in local.cols.get(table, []) and c not in BOOKKEEPING]
        for rid, b in inc_rows.items():
            a = loc_rows.get(rid)
            if a is None:
                continue
            fa, fb = _times(a), _times(b)
            for c in cols:
                t = fa.get(c)
                if t is not None and t == fb.get(c) and a.get(c) == b.get(c) and t > best:
                    best = t
    return best


def merge_other_file(
    db: Database,
    other_path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    resolutions: Mapping[ResolutionKey, Side] | None = None,
    prefer: Prefer = "newer",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> MergeResult:
    """Merge `other_path` into `db`: backup, then one transaction (or, dry run, nothing written)."""
    other_path = Path(other_path).expanduser()
    if prefer not in ("newer", "local", "incoming"):
        raise ValueError(f"prefer must be newer, local or incoming, not {prefer!r}")
    if not other_path.exists():
        raise MergeError(f"There is no file at {other_path}.")
    try:
        if os.path.samefile(other_path, db.path):
            raise MergeError("That is the file you have open; choose another file to merge.")
    except OSError:
        pass
    other_conn, version = _open_other(other_path)
    try:
        try:
            other = _snapshot(other_conn)
        except sqlite3.Error as exc:
            raise MergeError(f"{other_path.name} could not be read ({exc}). Nothing was changed.") from exc
    finally:
        other_conn.close()

    plan = _Plan(other, other_path.name, version, dict(resolutions or {}), prefer)
    if dry_run:
        return plan.run(db.conn, write=False, progress=progress, cancelled=cancelled)

    if db.readonly:
        from ..errors import ReadOnlyError

        raise ReadOnlyError(db.info.reason or "This file is open for reading only, so nothing can be merged into it.")
    from .backup import make_backup  # taken before anything is written, so a merge can be undone

    make_backup(db.path, "merge")
    with db.transaction() as conn:
        return plan.run(conn, write=True, progress=progress, cancelled=cancelled)


class _Plan:
    """One merge computation; `run` reads this file, computes, and optionally writes, table by table."""

    def __init__(self, other: _Snapshot, source_name: str, version: int,
                 resolutions: dict[ResolutionKey, Side], prefer: Prefer):
        self.other = other
        self.resolutions = resolutions
        self.prefer = prefer
        self.result = MergeResult(
            source_name=source_name,
            source_sites=sorted({r["site"] for rows in other.rows.values() for r in rows.values() if r["site"]}),
            source_version=version,
            dry_run=True,
        )

    def run(self, conn: sqlite3.Connection, *, write: bool, progress: Progress | None,
            cancelled: Cancelled | None) -> MergeResult:
        local = _snapshot(conn)
        self.local = local
        self.shared = _shared_until(local, self.other)
        self.stamp = now_iso()
        self.me = installation_site()
        self.result.dry_run = not write
        # id maps from duplicates to survivors, with the time and site the move is attributed to
        self.moved: dict[str, dict[str, tuple[str, str, str]]] = {}
        self.final_people: dict[str, dict[str, Any]] = {}
        tables = [t for t in SYNCED_TABLES if t in local.cols]
        for done, table in enumerate(tables):
            if cancelled is not None and cancelled():
                raise MergeCancelled()
            final = self._merge_table(conn, table)
            counts, changes = self._classify(table, local.rows[table], final)
            self.result.counts[table] = counts
            if write:
                self._apply(conn, table, changes)
            if progress is not None:
                progress(done + 1, len(tables))
        if cancelled is not None and cancelled():
            raise MergeCancelled()
        if write:
            self._write_sync_state(conn)
            self.result.log_id = self._write_log(conn)
        return self.result

    # -- per table --

    def _merge_table(self, conn: sqlite3.Connection, table: str) -> dict[str, dict[str, Any]]:
        loc_rows = self.local.rows[table]
        inc_rows = self.other.rows.get(table, {})
        inc_cols = self.other.cols.get(table, [])
        cols = [c for c in self.local.cols[table] if c in inc_cols and c not in BOOKKEEPING] + ["deleted_at"]
        final: dict[str, dict[str, Any]] = {}
        for rid, a in loc_rows.items():
            b = inc_rows.get(rid)
            if b is None:
                final[rid] = dict(a)
                continue
            merged, won = _join(a, b, cols)
            self._conflicts(table, a, b, merged, won)
            final[rid] = merged
        for rid, b in inc_rows.items():
            if rid not in loc_rows:
                final[rid] = dict(b)
        self._remap(conn, table, final)
        self._fold_duplicates(table, final)
        self._check_unique(table, final)
        if table == "people":
            self.final_people = final
        return final

    def _conflicts(self, table: str, a: dict[str, Any], b: dict[str, Any], merged: dict[str, Any],
                   won: dict[str, Side]) -> None:
        fa, fb = _times(a), _times(b)
        site_a, site_b = a["site"] or "", b["site"] or ""
        seen_b = max(self.shared, self.local.seen.get(site_b, ""))  # what this file knew of b's site
        seen_a = max(self.shared, self.other.seen.get(site_a, ""))  # what the other file knew of ours
        for col, winner in won.items():
            if col == "deleted_at":
                continue  # both deleted it, at different times: nothing to choose
            ta, _ = _eff(a, fa, col)
            tb, _ = _eff(b, fb, col)
            if site_a == site_b or ta <= seen_a or tb <= seen_b:
                continue
            key = (table, a["id"], col)
            chosen_side = self.resolutions.get(key)
            if chosen_side is None and self.prefer != "newer":
                chosen_side = self.prefer
            kept: Side = chosen_side or winner
            if kept != winner:
                value = a[col] if kept == "local" else b[col]
                when = max(self.stamp, _later(max(ta, tb)))
                _stamp_field(merged, col, value, when, self.me)
            label = _label(table, merged, self.final_people or self.local.rows.get("people", {}))
            conflict = Conflict(table, a["id"], label, col, a[col], ta, site_a, b[col], tb, site_b,
                                kept, chosen_side is not None)
            self.result.conflicts.append(conflict)
            self._detail(f"conflict {table} {a['id'][:8]} {col}: kept {kept} "
                         f"({'chosen' if chosen_side else 'newer'})")

    def _remap(self, conn: sqlite3.Connection, table: str, final: dict[str, dict[str, Any]]) -> None:
        fks = [(col, parent) for col, parent in _foreign_keys(conn, table) if self.moved.get(parent)]
        if not fks:
            return
        for row in final.values():
            if row.get("deleted_at"):
                continue
            for col, parent in fks:
                target = self.moved[parent].get(row.get(col))
                if target is None:
                    continue
                survivor, when, site = target
                own, _ = _eff(row, _times(row), col)
                _stamp_field(row, col, survivor, max(when, _later(own)), site)

    def _fold_duplicates(self, table: str, final: dict[str, dict[str, Any]]) -> None:
        keyf = NATURAL_KEYS.get(table)
        if keyf is None:
            return
        groups: dict[Any, list[str]] = {}
        for rid, row in final.items():
            if not row.get("deleted_at"):
                groups.setdefault(keyf(row), []).append(rid)
        cols = [c for c in self.local.cols[table] if c not in BOOKKEEPING]
        moved = self.moved.setdefault(table, {})
        for ids in groups.values():
            if len(ids) < 2:
                continue
            ids.sort()
            survivor_id = ids[0]
            when = _later(max(final[i]["updated_at"] for i in ids))
            original = final[survivor_id]
            merged = original
            for dup in ids[1:]:
                merged, _ = _join(merged, final[dup], cols, defaults_lose=True)
            merged["id"] = survivor_id
            # What the survivor takes over is a change made now (at `when`): a stale copy of
            # the survivor elsewhere, whose times may be later than the taken value's, must lose.
            site = merged["site"]
            for c in cols:
                if merged.get(c) != original.get(c):
                    _stamp_field(merged, c, merged[c], when, site)
            final[survivor_id] = merged
            for dup in ids[1:]:
                _stamp_field(final[dup], "deleted_at", when, when, merged["site"])
                final[dup]["site"] = merged["site"]
                moved[dup] = (survivor_id, when, merged["site"])
                self._detail(f"{table} {dup[:8]} joined into {survivor_id[:8]} (same {_KEY_WORDS[table]})")

    def _check_unique(self, table: str, final: dict[str, dict[str, Any]]) -> None:
        """Clashes the merge cannot settle by itself are refused before anything is written."""
        if table != "people":
            return
        by_email: dict[str, dict[str, Any]] = {}
        for row in sorted(final.values(), key=lambda r: r["id"]):
            if row.get("deleted_at"):
                continue
            key = _sqlite_lower(row.get("email"))
            other = by_email.setdefault(key, row)
            if other is not row:
                raise MergeError(
                    f"Both files have the e-mail address {row['email']} for two different people "
                    f"(employee ids {other['employee_id']} and {row['employee_id']}). Correct it in one "
                    "of the files, then merge again. Nothing was changed."
                )

    def _classify(self, table: str, before: dict[str, dict[str, Any]], final: dict[str, dict[str, Any]]
                  ) -> tuple[TableCounts, list[tuple[str, str, dict[str, Any]]]]:
        counts = TableCounts()
        changes: list[tuple[str, str, dict[str, Any]]] = []  # (kind, id, columns to write)
        joined = set(self.moved.get(table, {}))
        cols = self.local.cols[table]
        for rid, row in final.items():
            old = before.get(rid)
            if old is None:
                values = {c: row[c] for c in cols if c in row}
                changes.append(("insert", rid, values))
                if rid in joined:
                    counts.merged += 1
                elif row.get("deleted_at"):
                    counts.deleted += 1
                else:
                    counts.inserted += 1
                continue
            diff = {c: row[c] for c in cols if c != "field_times" and old.get(c) != row.get(c)}
            if _times(old) != _times(row):
                diff["field_times"] = row["field_times"]
            if not diff:
                counts.unchanged += 1
                continue
            kind = "tombstone" if row.get("deleted_at") and not old.get("deleted_at") else "update"
            changes.append((kind, rid, diff))
            if rid in joined:
                counts.merged += 1
            elif kind == "tombstone":
                counts.deleted += 1
            else:
                counts.updated += 1
        return counts, changes

    def _apply(self, conn: sqlite3.Connection, table: str, changes: Iterable[tuple[str, str, dict[str, Any]]]
               ) -> None:
        order = {"tombstone": 0, "update": 1, "insert": 2}  # free unique keys before taking them
        try:
            for kind, rid, values in sorted(changes, key=lambda c: (order[c[0]], c[1])):
                if kind == "insert":
                    names = ", ".join(f'"{c}"' for c in values)
                    marks = ", ".join("?" for _ in values)
                    conn.execute(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', list(values.values()))
                else:
                    sets = ", ".join(f'"{c}" = ?' for c in values)
                    conn.execute(f'UPDATE "{table}" SET {sets} WHERE id = ?', [*values.values(), rid])
        except sqlite3.IntegrityError as exc:
            raise MergeError(
                f"The {TABLE_LABELS.get(table, (table, table))[1]} of the two files contradict each other "
                f"in a way MentorDesk cannot settle ({exc}). Nothing was changed."
            ) from exc

    # -- bookkeeping --

    def _detail(self, text: str) -> None:
        if len(self.result.details) < _MAX_DETAILS:
            self.result.details.append(text)

    def _write_sync_state(self, conn: sqlite3.Connection) -> None:
        newest: dict[str, str] = dict(self.other.seen)
        for rows in self.other.rows.values():
            for r in rows.values():
                s = r["site"] or ""
                if s and r["updated_at"] > newest.get(s, ""):
                    newest[s] = r["updated_at"]
        for s, t in sorted(newest.items()):
            if s == self.me or t <= self.local.seen.get(s, ""):
                continue
            conn.execute(
                "INSERT INTO sync_state (site, seen_until) VALUES (?, ?) "
                "ON CONFLICT(site) DO UPDATE SET seen_until = excluded.seen_until",
                (s, t),
            )

    def _write_log(self, conn: sqlite3.Connection) -> str:
        log_id = str(uuid.uuid4())
        summary = {t: c.as_dict() for t, c in self.result.counts.items()}
        conn.execute(
            "INSERT INTO merge_log (id, merged_at, source_name, source_sites, summary, details) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            (log_id, now_iso(), self.result.source_name, json.dumps(self.result.source_sites),
             json.dumps(summary, sort_keys=True), json.dumps(self.result.details, ensure_ascii=False)),
        )
        return log_id


def read_merge_log(db: Database) -> list[MergeLogEntry]:
    """Newest first: what this file received, from which file and sites."""
    out = []
    for r in db.query("SELECT * FROM merge_log ORDER BY merged_at DESC, id"):
        out.append(MergeLogEntry(
            id=r["id"], merged_at=r["merged_at"], source_name=r["source_name"],
            source_sites=json.loads(r["source_sites"] or "[]"),
            summary=json.loads(r["summary"] or "{}"), details=json.loads(r["details"] or "[]"),
        ))
    return out
