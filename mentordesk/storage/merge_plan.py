"""One merge computation: check, decide, join table by table, validate, then (and only then) write.

The order matters. Everything that can refuse the merge (the other file's
structure, its company, the content it would bring in) runs before the first
write; the backup is taken only when something will really change; and the
same `run` serves the dry run (on a private in-memory copy of this file, see
`merge.merge_other_file`) and the real merge, so the prediction is the outcome.
Turning the plan into rows written, and the records of the merge, is in
`merge_write`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .. import clock
from ..i18n import gettext, ngettext
from ..site import installation_site
from . import file_meta
from .erasure import Erasure, MergeErasures, read_erasures
from .merge_checks import StructureCheck, check_changes, show
from .merge_identity import (
    Identity,
    adopt_identity,
    decide,
    provisional_id,
    read_identity,
    same_person,
)
from .merge_result import (
    Cancelled,
    Conflict,
    IdentityConflict,
    MergeCancelled,
    MergeError,
    MergeRefused,
    MergeResult,
    Prefer,
    Progress,
    ResolutionKey,
    Side,
    site_name,
    table_words,
)
from .merge_rows import (
    KEY_WORDS,
    NATURAL_KEYS,
    Snapshot,
    eff,
    foreign_keys,
    join,
    label,
    later,
    shared_until,
    snapshot,
    stamp_field,
    times,
)
from .merge_write import Change, apply, classify, write_log, write_sync_state
from .schema import BOOKKEEPING, SYNCED_TABLES
from .text_keys import sqlite_lower

_MAX_DETAILS = 500


def _discard(backup: Any) -> None:
    if isinstance(backup, Path):
        with contextlib.suppress(OSError):
            backup.unlink()


class MergePlan:
    """Merging one other file (already read) into whatever connection `run` is given."""

    #: issue 14: the other file's erasure records (set by `merge._read_other`; see `storage/erasure.py`)
    incoming_erasures: tuple[Erasure, ...] | list[Erasure] = ()

    def __init__(self, other: Snapshot, other_identity: Identity, source_name: str, version: int,
                 resolutions: dict[ResolutionKey, Side], prefer: Prefer, other_company: bool):
        self.other = other
        self.other_identity = other_identity
        self.source_name = source_name
        self.resolutions = resolutions
        self.prefer = prefer
        self.other_company = other_company
        self.result = MergeResult(
            source_name=source_name,
            source_sites=sorted({r["site"] for rows in other.rows.values() for r in rows.values()
                                 if isinstance(r.get("site"), str) and r["site"]}),
            source_version=version,
            dry_run=False,
        )

    def run(self, conn: sqlite3.Connection, *, before_write: Callable[[], Any] | None,
            progress: Progress | None, cancelled: Cancelled | None, more_to_write: bool = False) -> MergeResult:
        """`more_to_write`: the caller will change the file after this too (the report header),
        so the backup is taken even if no row changes."""
        self.local = local = snapshot(conn)
        # issue 14: both files' erasures are applied to the merged rows and travel on (storage/erasure.py)
        self.erasures = MergeErasures(read_erasures(conn), list(self.incoming_erasures), conn)
        structure = StructureCheck(self.other, local, datetime.now(UTC)).run()
        if structure.problems:
            raise MergeRefused(self.source_name, structure.problems)
        self.result.future = structure.future()
        for ahead in self.result.future:
            self._detail(ngettext("from %(site)s: %(count)s change dated %(minutes)s min ahead",
                                  "from %(site)s: %(count)s changes dated %(minutes)s min ahead", ahead.count)
                         % {"site": site_name(ahead.site), "count": ahead.count,
                            "minutes": int(ahead.ahead_seconds // 60)})
        verdict = decide(read_identity(conn), self.other_identity, local, self.other,
                         source_name=self.source_name, other_company=self.other_company)
        self.strict, self.result.company_note = verdict.strict, verdict.note
        clock.observe(structure.newest)  # whatever is stamped from now on orders after every incoming change
        self.shared = shared_until(local, self.other)
        self.stamp = clock.now_iso()
        self.me = installation_site()
        self.moved: dict[str, dict[str, tuple[str, str, str]]] = {}
        self.final_people: dict[str, dict[str, Any]] = {}
        planned = self._compute(conn, progress, cancelled)
        self.erasures.clean_result(self.result)  # issue 14: says so; no conflict line shows erased values
        problems = check_changes({t: ch for t, (_, ch) in planned.items()},
                                 {t: f for t, (f, _) in planned.items()}, local,
                                 clock.today() + timedelta(days=1))
        if problems:
            raise MergeRefused(self.source_name, problems)
        backup = None
        if before_write is not None and (self.result.changed or verdict.adopt or more_to_write):
            backup = before_write()  # the backup: only when this file will really change
        try:
            for table, (_, changes) in planned.items():
                apply(conn, table, changes, self.source_name)
        except BaseException:
            _discard(backup)  # the file stays as it was (rolled back): a copy of it is no backup of anything
            raise
        if verdict.adopt is not None:
            adopt_identity(conn, verdict.adopt)
        self.erasures.write(conn)  # issue 14: the other file's erasure records are kept here too
        write_sync_state(conn, self.other, self.local.seen, self.me)
        file_meta.raise_hlc(conn, structure.newest)
        self.result.log_id = write_log(conn, self.result)
        return self.result

    def _compute(self, conn: sqlite3.Connection, progress: Progress | None, cancelled: Cancelled | None
                 ) -> dict[str, tuple[dict[str, dict[str, Any]], list[Change]]]:
        tables = [t for t in SYNCED_TABLES if t in self.local.cols]
        planned = {}
        for done, table in enumerate(tables):
            if cancelled is not None and cancelled():
                raise MergeCancelled()
            final = self._merge_table(conn, table)
            self.erasures.apply(table, final)  # issue 14: rows naming an erased person are cleared
            counts, changes = classify(self.local.rows[table], final, self.local.cols[table],
                                       set(self.moved.get(table, {})))
            self.result.counts[table] = counts
            planned[table] = (final, changes)
            if progress is not None:
                progress(done + 1, len(tables))
        if cancelled is not None and cancelled():
            raise MergeCancelled()
        return planned

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
            merged, won = join(a, b, cols)
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
        if not won:
            return
        fa, fb = times(a), times(b)
        site_a, site_b = a["site"] or "", b["site"] or ""
        seen_b = max(self.shared, self.local.seen.get(site_b, ""))  # what this file knew of b's site
        seen_a = max(self.shared, self.other.seen.get(site_a, ""))  # what the other file knew of ours
        for col, winner in won.items():
            if col == "deleted_at":
                continue  # both deleted it, at different times: nothing to choose
            ta, _ = eff(a, fa, col)
            tb, _ = eff(b, fb, col)
            if site_a == site_b or ta <= seen_a or tb <= seen_b:
                if winner == "local":
                    self.result.kept_local += 1  # the other file's value is older: it differs, nothing to do here
                continue
            key = (table, a["id"], col)
            chosen_side = self.resolutions.get(key)
            if chosen_side is None and self.prefer != "newer":
                chosen_side = self.prefer
            kept: Side = chosen_side or winner
            if kept != winner:
                value = a[col] if kept == "local" else b[col]
                stamp_field(merged, col, value, max(self.stamp, later(max(ta, tb))), self.me)
            name = label(table, merged, self.final_people or self.local.rows.get("people", {}))
            self.result.conflicts.append(Conflict(table, a["id"], name, col, a[col], ta, site_a, b[col], tb, site_b,
                                                  kept, chosen_side is not None))
            self._detail(f"conflict {table} {a['id'][:8]} {col}: kept {kept} "
                         f"({'chosen' if chosen_side else 'newer'})")

    def _remap(self, conn: sqlite3.Connection, table: str, final: dict[str, dict[str, Any]]) -> None:
        fks = [(col, parent) for col, parent in foreign_keys(conn, table) if self.moved.get(parent)]
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
                own, _ = eff(row, times(row), col)
                stamp_field(row, col, survivor, max(when, later(own)), site)

    def _fold_duplicates(self, table: str, final: dict[str, dict[str, Any]]) -> None:
        keyf = NATURAL_KEYS.get(table)
        if keyf is None:
            return
        groups: dict[Any, list[str]] = {}
        for rid, row in final.items():
            key = keyf(row)
            if not row.get("deleted_at") and key is not None:  # no key (a check-in typed in): nothing to fold
                groups.setdefault(key, []).append(rid)
        for ids in groups.values():
            if len(ids) < 2:
                continue
            clusters = self._people_apart(ids, final) if table == "people" else [ids]
            for cluster in clusters:
                if len(cluster) > 1:
                    self._fold(table, sorted(cluster), final)

    def _people_apart(self, ids: list[str], final: dict[str, dict[str, Any]]) -> list[list[str]]:
        """Split rows sharing an employee id into people; all but the first-entered get a provisional id."""
        clusters: list[list[str]] = []
        mine = self.local.rows["people"]
        # First entered keeps the id; with another company's file, this company's people always do.
        for rid in sorted(ids, key=lambda i: (self.strict and i not in mine, final[i]["created_at"], i)):
            home = next((c for c in clusters if same_person(final[c[0]], final[rid], strict=self.strict)), None)
            if home is None:
                clusters.append([rid])
            else:
                home.append(rid)
        when = later(max(final[i]["updated_at"] for i in ids))
        kept = final[min(clusters[0])]
        for cluster in clusters[1:]:
            survivor = min(cluster)
            eid = str(final[survivor]["employee_id"])
            new_eid = provisional_id(eid, survivor)
            for rid in cluster:
                stamp_field(final[rid], "employee_id", new_eid, when, final[rid]["site"])
            self.result.identity_conflicts.append(IdentityConflict(
                employee_id=eid, kept_id=kept["id"], kept_name=str(kept["name"]), other_id=survivor,
                other_name=str(final[survivor]["name"]), provisional_id=new_eid))
            self._detail(gettext("person %(one)s kept apart from %(other)s under a provisional employee id")
                         % {"one": survivor[:8], "other": kept["id"][:8]})
        return clusters

    def _fold(self, table: str, ids: list[str], final: dict[str, dict[str, Any]]) -> None:
        """Join rows that mean the same into the smallest id; the others become tombstones."""
        cols = [c for c in self.local.cols[table] if c not in BOOKKEEPING]
        moved = self.moved.setdefault(table, {})
        if self.strict:  # another company's file: this file's rows keep their ids
            mine = [i for i in ids if i in self.local.rows[table]]
            ids = [*mine[:1], *(i for i in ids if i not in mine[:1])]
        survivor_id = ids[0]
        when = later(max(final[i]["updated_at"] for i in ids))
        original = final[survivor_id]
        merged = original
        for dup in ids[1:]:
            merged, _ = join(merged, final[dup], cols, defaults_lose=True)
        merged["id"] = survivor_id
        # What the survivor takes over is a change made now (at `when`): a stale copy of
        # the survivor elsewhere, whose times may be later than the taken value's, must lose.
        site = merged["site"]
        for c in cols:
            if merged.get(c) != original.get(c):
                stamp_field(merged, c, merged[c], when, site)
        final[survivor_id] = merged
        for dup in ids[1:]:
            stamp_field(final[dup], "deleted_at", when, when, site)
            final[dup]["site"] = site
            moved[dup] = (survivor_id, when, site)
            self._detail(gettext("%(what)s %(one)s joined into %(other)s (same %(key)s)")
                         % {"what": table_words(table), "one": dup[:8], "other": survivor_id[:8],
                            "key": gettext(KEY_WORDS[table])})

    def _check_unique(self, table: str, final: dict[str, dict[str, Any]]) -> None:
        """Clashes the merge cannot settle by itself are refused before anything is written."""
        if table != "people":
            return
        by_email: dict[str, dict[str, Any]] = {}
        for row in sorted(final.values(), key=lambda r: r["id"]):
            if row.get("deleted_at"):
                continue
            other = by_email.setdefault(sqlite_lower(row.get("email")), row)
            if other is not row:
                raise MergeError(gettext(
                    "Both files have the e-mail address %(email)s for two different people "
                    "(employee IDs %(one)s and %(other)s). Correct it in one of the files, then merge again. "
                    "Nothing was changed.") % {"email": show(row["email"], 80), "one": show(other["employee_id"]),
                                               "other": show(row["employee_id"])})

    # -- bookkeeping --

    def _detail(self, text: str) -> None:
        if len(self.result.details) < _MAX_DETAILS:
            self.result.details.append(text)
