"""File use cases: merge another file in, look at past merges, back up, check the file.

The GUI's "File > Merge Another File…" and the `mentordesk merge` command both
come here, so a dry run in one shows exactly what the other would do.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import StorageError
from ..i18n import gettext as _
from ..i18n import ngettext
from ..storage import merge as _merge
from ..storage import outputs
from ..storage.backup import copy_open_database
from ..storage.database import Database
from ..storage.merge import (  # re-exported: callers only need this module
    Cancelled,
    Conflict,
    ErasuresNotConfirmed,
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
from ..storage.schema import SCHEMA_VERSION
from ..storage.stored_dates import DamagedCell, by_column, damaged_cells

__all__ = [
    "CheckResult", "Conflict", "ErasuresNotConfirmed", "FutureStamps", "IdentityConflict", "MergeCancelled",
    "MergeError", "MergeLogEntry",
    "MergeRefused", "MergeResult", "OtherCompanyError", "TableCounts", "backup_now", "check", "merge_file", "merge_log",
]


def merge_file(
    db: Database,
    other_path: str | os.PathLike[str],
    dry_run: bool = False,
    resolutions: Mapping[ResolutionKey, Side] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
    *,
    prefer: Prefer = "newer",
    other_company: bool = False,
    apply_erasures: bool = False,
) -> MergeResult:
    """Merge a branch's file or a sync conflict copy into the open file.

    A real merge is one transaction: it either happens completely or not at all
    (cancel, error, power cut), and it backs the file up first when it changes
    anything. A dry run is the same merge on a private copy, thrown away. A file
    of another company raises OtherCompanyError unless `other_company` says HR
    confirmed it; invalid incoming rows raise MergeRefused listing every reason. Erasure records
    the other file carries and this one does not raise ErasuresNotConfirmed unless `apply_erasures`
    says HR confirmed them (the dry run lists them in `result.incoming_erasures`).
    """
    return _merge.merge_other_file(db, other_path, dry_run=dry_run, resolutions=resolutions,
                                   prefer=prefer, progress=progress, cancelled=cancelled,
                                   other_company=other_company, apply_erasures=apply_erasures)


def merge_log(db: Database) -> list[MergeLogEntry]:
    return _merge.read_merge_log(db)


def backup_now(db: Database, out_path: str | os.PathLike[str]) -> Path:
    """A consistent copy at a place the user chose, readable by the owner only (it holds HR data).

    SQLite's backup API rather than a file copy, so someone saving meanwhile
    cannot leave a half-written copy; `storage.outputs` writes it under a
    temporary name and renames it only once it is whole and checked, so a
    killed backup never leaves a non-backup under the chosen name. Never onto
    the company file, its journal, lock note or backups, or any database; an
    existing file is never overwritten.
    """
    out = Path(out_path).expanduser().absolute()
    outputs.check_target(out, db.path, overwrite=False, create_folder=True)
    try:
        with outputs.atomic_output(out, db.path, overwrite=False, create_folder=True) as tmp:
            _copy_into(db, tmp)
    except sqlite3.Error as exc:
        raise outputs.sqlite_error(exc, out) from exc
    return out


def _copy_into(db: Database, tmp: Path) -> None:
    if not copy_open_database(db, tmp):
        raise StorageError(_("The backup copy did not pass its safety check, which usually means the file "
                             "itself is damaged (try 'check'). Nothing was written."))


@dataclass
class CheckResult:
    ok: bool
    integrity_ok: bool
    schema_version: int
    lines: list[str] = field(default_factory=list)


def _damaged_cells(cells: list[DamagedCell]) -> list[str]:
    """Each damaged date by its row (the first 200), and the command that repairs one without a restore."""
    lines = [_("Or repair each one, keeping everything saved since (a backup is taken first): "
               "mentordesk repair-date TABLE ID COLUMN --date YYYY-MM-DD (or --clear where the date may be empty).")]
    lines.extend(f"  {c.table} {c.row_id} {c.column}: {c.value[:40]!r}" for c in cells[:200])
    return lines


def check(db: Database) -> CheckResult:
    """SQLite's own integrity check plus the schema version, in words for the HR manager."""
    lines: list[str] = []
    try:
        problems = db.integrity_check()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    integrity_ok = problems == ["ok"]
    if integrity_ok:
        lines.append(_("Integrity check: ok."))
    else:
        lines.append(_("Integrity check: the file is damaged. Restore a backup (File > Restore Backup…)."))
        lines.extend(f"  {p}" for p in problems[:20])
    cells = damaged_cells(db.conn, limit=None) if integrity_ok else []
    for table, column, value, count in by_column(cells):
        lines.append(ngettext(
            "Dates: %(count)s value of %(column)s in %(table)s is not a date (%(value)s); the screens that "
            "read it stop. Restore a backup from before it was changed (File > Restore Backup…).",
            "Dates: %(count)s values of %(column)s in %(table)s are not dates (first: %(value)s); the screens "
            "that read them stop. Restore a backup from before they were changed (File > Restore Backup…).",
            count) % {"count": count, "column": column, "table": table, "value": repr(str(value)[:40])})
    if cells:
        lines.extend(_damaged_cells(cells))
    version = db.schema_version()
    if version == SCHEMA_VERSION:
        lines.append(_("Schema version %(version)s: current.") % {"version": version})
        version_ok = True
    elif version > SCHEMA_VERSION:
        lines.append(_("Schema version %(version)s is newer than this MentorDesk understands (%(current)s): "
                       "the file was saved by a newer MentorDesk; update MentorDesk to edit it.")
                     % {"version": version, "current": SCHEMA_VERSION})
        version_ok = False
    else:
        lines.append(_("Schema version %(version)s is older than current (%(current)s): "
                       "open the file for writing to upgrade it.") % {"version": version, "current": SCHEMA_VERSION})
        version_ok = False
    return CheckResult(ok=integrity_ok and version_ok and not cells, integrity_ok=integrity_ok,
                       schema_version=version, lines=lines)
