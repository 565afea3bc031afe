"""Merging another MentorDesk file (a branch's file, a Dropbox/OneDrive conflict copy) into this one.

This module is the entry point; the work is split by concern:
`merge_rows` (reading, the field-level join), `merge_checks` (the other file is
untrusted input), `merge_identity` (whose company, which rows are one person),
`merge_plan` (the computation and the writes), `merge_result` (what HR reads).

Design, and why:

- The other file is only ever read, through its own `mode=ro` connection, after
  `filecheck.check_file` has looked at it: a half-synced or damaged copy must
  not be "rolled back" or altered by us. Both files are read into memory (a
  company's mentoring data is small), the merged state is computed in Python,
  and only the difference is written, in ONE transaction.
- Nothing is written until everything that can refuse the merge has run: the
  other file's structure and timestamps, its company (`merge_identity`), and
  the content every written row would bring in (the import's and the forms'
  rules, `mentordesk.validation`). A refusal lists every reason, in sentences.
- A backup is taken inside that transaction just before the first write, and
  only when the merge really changes data: twenty merges that bring nothing
  leave the backups alone (and a merge the file's own constraints stop while
  writing drops the copy it took: the file is as it was).
- A dry run is the real merge, run on a private in-memory copy of this file and
  thrown away: the same code, the same constraints, so it predicts exactly.
- Time: rows carry hybrid-logical-clock stamps (`mentordesk.clock`). A merge
  *observes* the newest incoming stamp and raises this file's high-water mark
  (`file_meta.hlc`) to it, so any change made here after the merge is stamped
  after everything merged, whatever the laptops' clocks say. "The newer change
  wins" then means "the change made after seeing the other wins". Stamps more
  than ten minutes ahead of this computer's clock are reported; more than a
  year ahead they are refused (a broken file, not a wrong clock).
- The people import's row digests (schema 10) are this file's own: a merge
  neither reads nor sends them, and a merged change to a person drops that
  person's digest here through the table's triggers (the next import reads
  their row in full).
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
     group's last change and attributed to the survivor's site. People under
     one employee id whose name and e-mail both differ are two people, kept
     apart (`merge_identity`).

- Conflicts (shown to the user, not a different data outcome by default): a
  field whose values differ and which both sides changed since they last saw
  each other. "Since they last saw each other" is the later of this file's
  `sync_state` for the incoming row's site, the other file's `sync_state` for
  this row's site, and the newest change both files already share (a field
  with the same value and the same time on both sides). Without a per-field
  site this is a best-effort warning: two edits both older than a change the
  files already share are resolved as "later wins" without a word. A caller may choose a
  side per conflict; a choice of the older value is written with a fresh time
  so the next merge keeps it. Incoming values that differ but are older than
  what this file saw are counted (`kept_local`), so "Nothing to change" is only
  said when the files hold the same data.
- After a real merge `sync_state` holds, per incoming site, the newest change
  time seen from it, and `merge_log` records the file name (never its path),
  the sites, counts per table and short entries without personal values.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Mapping
from pathlib import Path

from ..errors import ReadOnlyError
from ..i18n import gettext as _
from . import file_meta, file_settings
from .database import Database, OpenInfo
from .erasure import read_erasures
from .erasure_incoming import ErasuresNotConfirmed, describe, new_erasures
from .merge_checks import show
from .merge_identity import read_identity
from .merge_plan import MergePlan
from .merge_result import (
    TABLE_LABELS,
    Cancelled,
    Conflict,
    FutureStamps,
    IdentityConflict,
    MergeCancelled,
    MergeError,
    MergeLogEntry,
    MergeRefused,
    MergeResult,
    OtherCompanyError,
    Prefer,
    Progress,
    ResolutionKey,
    Side,
    TableCounts,
)
from .merge_rows import NATURAL_KEYS, open_other, snapshot

__all__ = [
    "NATURAL_KEYS", "TABLE_LABELS", "Cancelled", "Conflict", "ErasuresNotConfirmed", "FutureStamps",
    "IdentityConflict", "MergeCancelled", "MergeError", "MergeLogEntry", "MergeRefused", "MergeResult",
    "OtherCompanyError", "Prefer", "Progress", "ResolutionKey", "Side", "TableCounts", "merge_other_file",
    "read_merge_log",
]


def merge_other_file(
    db: Database,
    other_path: str | os.PathLike[str],
    *,
    dry_run: bool = False,
    resolutions: Mapping[ResolutionKey, Side] | None = None,
    prefer: Prefer = "newer",
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    other_company: bool = False,
    apply_erasures: bool = False,
) -> MergeResult:
    """Merge `other_path` into `db` in one transaction (backup first if anything changes).

    `dry_run` runs the very same merge on an in-memory copy of `db` and discards it.
    `other_company` is HR's explicit confirmation that a file of another company may come in.
    `apply_erasures` is HR's confirmation of the other file's erasure records not made here
    (`erasure_incoming`): without it a real merge of a file carrying any is refused.
    """
    other_path = Path(other_path).expanduser()
    if prefer not in ("newer", "local", "incoming"):
        raise ValueError(f"prefer must be newer, local or incoming, not {prefer!r}")
    if not other_path.exists():
        raise MergeError(_("There is no file at %(path)s.") % {"path": other_path})
    try:
        if os.path.samefile(other_path, db.path):
            raise MergeError(_("That is the file you have open; choose another file to merge."))
    except OSError:
        pass
    plan = _read_other(other_path, dict(resolutions or {}), prefer, other_company)
    incoming = new_erasures(read_erasures(db.conn), list(plan.incoming_erasures))
    if incoming and not dry_run and not apply_erasures:
        raise ErasuresNotConfirmed(show(other_path.name, 120), len(incoming))
    listed = describe(db.conn, incoming)  # issue 14: what HR confirms, listed by the dry run
    if dry_run:
        copy = _private_copy(db)
        try:
            with copy.transaction() as conn:
                result = plan.run(conn, before_write=None, progress=progress, cancelled=cancelled)
        finally:
            copy.close()
        result.dry_run, result.log_id = True, None
        result.incoming_erasures = listed
        return result
    if db.readonly:
        raise ReadOnlyError(db.info.reason
                            or _("This file is open for reading only, so nothing can be merged into it."))
    from .backup import (
        make_backup,  # taken before anything is written, so a merge can be undone
    )

    with db.transaction() as conn:
        header_changes = bool(file_settings.winning(conn, plan.incoming_settings))
        result = plan.run(conn, before_write=lambda: make_backup(db.path, "merge"), progress=progress,
                          cancelled=cancelled, more_to_write=header_changes)
        file_meta.learn_form_key(conn, plan.incoming_form_key)  # the other copy's check-in forms import here
        file_settings.merge_in(conn, plan.incoming_settings)  # issue 13: the report header, newer change wins
        return result  # the erased people's IDs are listed before, not after: now nothing names them


def _read_other(path: Path, resolutions: dict[ResolutionKey, Side], prefer: Prefer,
                other_company: bool) -> MergePlan:
    conn, version = open_other(path)
    try:
        try:
            other = snapshot(conn, source=path.name)
            identity = read_identity(conn)
            erasures = read_erasures(conn, source=path.name)  # issue 14: erasures travel with every merge
            form_key = file_meta.form_key(conn)  # issue 11: its check-in forms are accepted after the merge
            settings = file_settings.read_all(conn)  # issue 13: the file's report header travels too
        except (sqlite3.Error, MemoryError) as exc:
            raise MergeError(_("%(file)s could not be read (%(error)s). Nothing was changed.")
                             % {"file": path.name, "error": exc}) from exc
    finally:
        conn.close()
    plan = MergePlan(other, identity, show(path.name, 120), version, resolutions, prefer, other_company)
    plan.incoming_erasures = erasures  # issue 14: applied by the plan (storage/erasure.py)
    plan.incoming_form_key = form_key
    plan.incoming_settings = settings
    return plan


def _private_copy(db: Database) -> Database:
    """This file's current content in memory, for a dry run that may write freely and vanish."""
    mem = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        db.conn.backup(mem)
    except sqlite3.Error as exc:
        mem.close()
        raise MergeError(_("%(file)s could not be read for the dry run (%(error)s). Nothing was changed.")
                         % {"file": db.path.name, "error": exc}) from exc
    mem.execute("PRAGMA foreign_keys = ON")
    return Database(mem, OpenInfo(path=db.path, readonly=False))


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
