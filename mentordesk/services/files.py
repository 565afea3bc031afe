"""File use cases: merge another file in, look at past merges, back up, check the file.

The GUI's "File > Merge Another File…" and the `mentordesk merge` command both
come here, so a dry run in one shows exactly what the other would do.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Mapping

from ..errors import StorageError
from ..storage import merge as _merge
from ..storage.database import Database
from ..storage.merge import (  # re-exported: callers only need this module
    Cancelled,
    Conflict,
    MergeCancelled,
    MergeError,
    MergeLogEntry,
    MergeResult,
    Prefer,
    Progress,
    ResolutionKey,
    Side,
    TableCounts,
)
from ..storage.schema import SCHEMA_VERSION

__all__ = [
    "CheckResult", "Conflict", "MergeCancelled", "MergeError", "MergeLogEntry", "MergeResult",
    "TableCounts", "backup_now", "check", "merge_file", "merge_log",
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
) -> MergeResult:
    """Merge a branch's file or a sync conflict copy into the open file.

    A real merge backs the file up first and is one transaction: it either
    happens completely or not at all (cancel, error, power cut).
    """
    return _merge.merge_other_file(db, other_path, dry_run=dry_run, resolutions=resolutions,
                                   prefer=prefer, progress=progress, cancelled=cancelled)


def merge_log(db: Database) -> list[MergeLogEntry]:
    return _merge.read_merge_log(db)


def backup_now(db: Database, out_path: str | os.PathLike[str]) -> Path:
    """A consistent copy at a place the user chose, readable by the owner only (it holds HR data).

    SQLite's backup API rather than a file copy, so someone saving meanwhile
    cannot leave a half-written copy. An existing file is never overwritten.
    """
    out = Path(out_path).expanduser().absolute()
    if out.exists():
        raise StorageError(f"{out} already exists; choose a new name so no file is overwritten.")
    try:
        if out.resolve() == db.path.resolve():
            raise StorageError("A backup cannot replace the file itself; choose another name.")
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        os.close(fd)
        os.chmod(out, 0o600)
    except OSError as exc:
        raise StorageError(f"The backup could not be created at {out} ({exc.strerror}).") from exc
    try:
        target = sqlite3.connect(out)
        try:
            db.conn.backup(target)
        finally:
            target.close()
    except (sqlite3.Error, OSError) as exc:
        try:
            out.unlink()
        except OSError:
            pass
        raise StorageError(f"The backup could not be written to {out} ({exc}). Nothing was changed.") from exc
    return out


@dataclass
class CheckResult:
    ok: bool
    integrity_ok: bool
    schema_version: int
    lines: list[str] = field(default_factory=list)


def check(db: Database) -> CheckResult:
    """SQLite's own integrity check plus the schema version, in words for the HR manager."""
    lines: list[str] = []
    try:
        problems = db.integrity_check()
    except sqlite3.DatabaseError as exc:
        problems = [str(exc)]
    integrity_ok = problems == ["ok"]
    if integrity_ok:
        lines.append("Integrity check: ok.")
    else:
        lines.append("Integrity check: the file is damaged. Restore a backup (File > Restore Backup…).")
        lines.extend(f"  {p}" for p in problems[:20])
    version = db.schema_version()
    if version == SCHEMA_VERSION:
        lines.append(f"Schema version {version}: current.")
        version_ok = True
    elif version > SCHEMA_VERSION:
        lines.append(f"Schema version {version} is newer than this MentorDesk understands ({SCHEMA_VERSION}): "
                     "the file was saved by a newer MentorDesk; update MentorDesk to edit it.")
        version_ok = False
    else:
        lines.append(f"Schema version {version} is older than current ({SCHEMA_VERSION}): "
                     "open the file for writing to upgrade it.")
        version_ok = False
    return CheckResult(ok=integrity_ok and version_ok, integrity_ok=integrity_ok,
                       schema_version=version, lines=lines)
