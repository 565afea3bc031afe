"""Reading both files for a merge, and the field-level join of two versions of a row.

Pure helpers shared by the plan (`merge_plan`), the identity rules
(`merge_identity`) and the checks (`merge_checks`). The join is symmetric in its
two arguments, which is what lets merges in both directions settle on the same data.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any

from ..clock import now_iso, parse_iso
from ..i18n import N_
from ..i18n import gettext as _
from . import field_times
from .merge_result import MergeError, Side, table_word, table_words
from .schema import BOOKKEEPING, SCHEMA_VERSION, SYNCED_TABLES
from .text_keys import sqlite_lower


@dataclass
class Snapshot:
    """Every synced row of one file, by table and id, plus what it knows of other sites."""

    rows: dict[str, dict[Any, dict[str, Any]]]
    cols: dict[str, list[str]]
    seen: dict[str, str]
    #: declared column types (`PRAGMA table_info`), to refuse values of the wrong kind
    types: dict[str, dict[str, tuple[str, bool]]] = field(default_factory=dict)
    #: ids found more than once in a table (only a hand-made file can have them)
    duplicate_ids: dict[str, int] = field(default_factory=dict)


def columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()]


def _types(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool]]:
    return {r[1]: (str(r[2] or "").upper(), bool(r[3]))
            for r in conn.execute(f'PRAGMA table_info("{table}")').fetchall()}


def foreign_keys(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    """(column, parent table) pairs, from the schema itself so new references are never forgotten."""
    return [(r[3], r[2]) for r in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()]


def _read_sync_state(conn: sqlite3.Connection) -> dict[str, str]:
    if not columns(conn, "sync_state"):
        return {}
    out: dict[str, str] = {}
    for s, t in conn.execute("SELECT site, seen_until FROM sync_state").fetchall():
        if isinstance(s, str) and isinstance(t, str) and len(t) <= 40:
            out[s] = t  # anything else is a hand-made file's noise: treated as "seen nothing"
    return out


def snapshot(conn: sqlite3.Connection, *, source: str | None = None) -> Snapshot:
    """Read every synced table; `source` names the other file, whose tables must be MentorDesk's."""
    snap = Snapshot({}, {}, _read_sync_state(conn))
    for table in SYNCED_TABLES:
        cols = columns(conn, table)
        if not cols:
            continue
        if source is not None and _kind(conn, table) != "table":  # a view could run any query at all
            raise MergeError(_("%(file)s is not a MentorDesk file that can be merged: its %(what)s "
                               "are not stored as a table. Nothing was changed.")
                             % {"file": source, "what": table_words(table)})
        missing = [c for c in BOOKKEEPING if c not in cols]
        if missing and source is not None:
            raise MergeError(_("%(file)s is not a MentorDesk file that can be merged: its %(what)s lack "
                               "these columns: %(columns)s. Nothing was changed.")
                             % {"file": source, "what": table_words(table), "columns": ", ".join(missing)})
        sel = ", ".join(f'"{c}"' for c in cols)
        rows: dict[Any, dict[str, Any]] = {}
        for values in conn.execute(f'SELECT {sel} FROM "{table}"'):
            row = dict(zip(cols, values, strict=True))
            if row["id"] in rows:
                snap.duplicate_ids[table] = snap.duplicate_ids.get(table, 0) + 1
            rows[row["id"]] = row
        snap.cols[table], snap.rows[table], snap.types[table] = cols, rows, _types(conn, table)
    return snap


def _kind(conn: sqlite3.Connection, table: str) -> str | None:
    row = conn.execute("SELECT type FROM sqlite_master WHERE name = ?", (table,)).fetchone()
    return None if row is None else str(row[0])


#: Reading the other file may take this long at most (a hostile schema must not hang the window).
READ_SECONDS = 300.0


def _guard(conn: sqlite3.Connection) -> None:
    """Untrusted schema: no functions from it run (`trusted_schema`), and no query runs forever."""
    conn.execute("PRAGMA trusted_schema = OFF")
    deadline = time.monotonic() + READ_SECONDS
    conn.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 100_000)


def open_other(path: Path) -> tuple[sqlite3.Connection, int]:
    """A read-only connection to a file that `filecheck` found sound, and its schema version."""
    from .filecheck import check_file

    verdict = check_file(path, supported_version=SCHEMA_VERSION)
    if verdict.status == "newer":
        raise MergeError(_(
            "%(file)s was saved by a newer version of MentorDesk, so it cannot be merged here "
            "(its newer information would be lost). Update MentorDesk on this computer, then merge again."
        ) % {"file": path.name})
    if not verdict.ok:
        raise MergeError(_("%(file)s cannot be merged: %(reason)s") % {"file": path.name, "reason": verdict.message})
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None, timeout=5.0)
        _guard(conn)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.Error as exc:
        raise MergeError(_("%(file)s could not be read (%(error)s). Nothing was changed.")
                         % {"file": path.name, "error": exc}) from exc
    if version > SCHEMA_VERSION:  # changed between the check and now
        conn.close()
        raise MergeError(_("%(file)s was saved by a newer version of MentorDesk; update MentorDesk first.")
                         % {"file": path.name})
    if version < 1 or not columns(conn, "people"):
        conn.close()
        raise MergeError(_("%(file)s is not a MentorDesk file, so there is nothing to merge.") % {"file": path.name})
    return conn, version


# -- the field-level join ----------------------------------------------------------------


def times(row: Mapping[str, Any]) -> dict[str, str]:
    """The row's `field_times` (already checked for incoming rows; a broken local value reads as none).

    A fresh dict every call (callers change it). A row stored in the compact form (`{}` and
    never changed since insert) reads as every column recorded at `created_at`, which is what
    it used to store: see `field_times`.
    """
    return field_times.read(row)


def eff(row: Mapping[str, Any], ftimes: Mapping[str, str], col: str) -> tuple[str, str]:
    """(time of this column's value, how it is known: 'rec'orded, per 'row', or 'dflt' since creation)."""
    if col in ftimes:
        return str(ftimes[col]), "rec"
    if col == "deleted_at" and row.get("deleted_at"):
        return str(row["deleted_at"]), "rec"
    if not ftimes:
        return str(row["updated_at"]), "row"  # row from before field times: row-level
    return str(row["created_at"]), "dflt"


def vkey(value: Any) -> tuple[int, Any]:
    """A total order over SQLite values, used only to break exact time ties the same way everywhere."""
    if value is None:
        return (0, 0)
    if isinstance(value, (int, float)):
        return (1, value)
    if isinstance(value, str):
        return (2, value)
    return (3, bytes(value))


def later(t: str, micro: int = 1) -> str:
    """A stamp just after `t` (a broken local stamp counts as "now", so a merge never stops on it)."""
    try:
        return (parse_iso(t) + timedelta(microseconds=micro)).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    except (ValueError, OverflowError, TypeError):
        return now_iso()


def join(a: dict[str, Any], b: dict[str, Any], cols: list[str], *, defaults_lose: bool = False
         ) -> tuple[dict[str, Any], dict[str, Side]]:
    """Field-level join of two versions of a row; symmetric in a and b (except columns only `a` has).

    With `defaults_lose` (two separately entered rows, not two versions of one)
    a column never set explicitly only holds a default, so any recorded value beats it.
    Returns the merged row and, per column whose values differ, which side won.
    """
    if a == b:
        return dict(a), {}  # the same version on both sides (most rows of two copies): nothing to decide
    fa, fb = times(a), times(b)
    out = dict(a)
    ft: dict[str, str] = {c: t for c, t in {**fb, **fa}.items() if c not in cols}
    won: dict[str, Side] = {}
    for c in cols:
        ta, xa = eff(a, fa, c)
        tb, xb = eff(b, fb, c)
        if defaults_lose:
            ta, tb = (ta if xa != "dflt" else ""), (tb if xb != "dflt" else "")
        va, vb = a.get(c), b.get(c)
        if ta != tb:
            take_a = ta > tb
        else:
            take_a = va == vb or vkey(va) >= vkey(vb)
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


def stamp_field(row: dict[str, Any], col: str, value: Any, when: str, site: str) -> None:
    """Write one field as a change made at `when` by `site` (merge-derived changes)."""
    ft = times(row)
    ft[col] = when
    row[col] = value
    row["field_times"] = json.dumps(ft, sort_keys=True)
    if when >= row["updated_at"]:
        row["updated_at"] = when
        row["site"] = site


#: What makes two rows with different ids the same thing (mirrors the partial unique indexes).
NATURAL_KEYS: dict[str, Callable[[Mapping[str, Any]], Any]] = {
    "people": lambda r: r.get("employee_id"),
    "competencies": lambda r: sqlite_lower(r.get("name")),
    "programs": lambda r: sqlite_lower(r.get("name")),
    "mentor_profiles": lambda r: r.get("person_id"),
    "participants": lambda r: (r.get("program_id"), r.get("person_id"), r.get("role")),
    # The same returned check-in form imported on two laptops (issue 14 follow-up); None: typed in, never folded.
    "checkins": lambda r: r.get("form_id"),
}
#: What made two rows one, said in the merge log ("same employee id"); translate at use.
KEY_WORDS = {"people": N_("employee id"), "competencies": N_("name"), "programs": N_("name"),
             "mentor_profiles": N_("mentor"), "participants": N_("program, person and role"),
             "checkins": N_("check-in form")}


def label(table: str, row: Mapping[str, Any], people: Mapping[Any, Mapping[str, Any]]) -> str:
    """A name the HR manager recognises for a conflict line (shown, never logged)."""
    for col in ("name", "title"):
        if row.get(col):
            return str(row[col])
    names = [str(people[row[c]]["name"]) for c in ("person_id", "mentor_id", "mentee_id")
             if row.get(c) in people]
    if names:
        return " & ".join(names)
    return f"{table_word(table)} {str(row['id'])[:8]}"


def shared_until(local: Snapshot, other: Snapshot) -> str:
    """The newest change both files already hold (same value, same recorded time)."""
    best = ""
    for table, inc_rows in other.rows.items():
        loc_rows = local.rows.get(table, {})
        cols = [c for c in other.cols[table] if c in local.cols.get(table, []) and c not in BOOKKEEPING]
        for rid, b in inc_rows.items():
            a = loc_rows.get(rid)
            if a is None:
                continue
            fa = times(a)
            if a == b:  # every field shared: the newest recorded time of the row
                best = max([best, *(t for c, t in fa.items() if c in cols)])
                continue
            fb = times(b)
            for c in cols:
                t = fa.get(c)
                if t is not None and t == fb.get(c) and a.get(c) == b.get(c) and t > best:
                    best = t
    return best
