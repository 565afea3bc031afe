"""Which backups belong to which file, and which of them retention keeps.

Backups belong to the file's FULL name, extension included: `acme.db` and
`acme.sqlite` in one folder are two files with two histories. The backups of
`acme.db` live in the folder `acme.db backups` and are named

    acme.db 2026-11-02T091400.123Z open.backup.db

(UTC, no colons because Windows forbids them; the reason is one of `REASONS`).
Naming, listing, rotation and "is today's daily backup due" all key on that name.

Migration of names. Earlier versions keyed on the name *without* its extension:
the folder was `acme backups` and the files `acme 2026-11-02T091400.123Z open.db`,
so `acme.db` and `acme.sqlite` shared them. Those old backups are never renamed
or moved (a wrong guess would be permanent); they are read where they are and
counted for a file only when it can be told that they are its own:

- if this file is the only SQLite file in its folder with that short name
  (`acme.db` alone, no `acme.sqlite`, `acme.sqlite3` or `acme`), they are its;
- otherwise an old backup is this file's when it carries a company id
  (schema 5 or later) that matches this file's and none of the other candidates';
- otherwise (an old backup without a company id, or candidates of one company)
  it is listed for none of them and left untouched on disk: File > Open can
  still read it by hand.

The new names end in `.backup.db`, which the old pattern (reason then `.db`)
cannot match and vice versa, so an old backup of `acme.db.bak` (old folder
`acme.db backups`, old name `acme.db <time> open.db`) is never taken for a new
backup of `acme.db`. Retention applies to old backups that are counted for the
file exactly as to new ones, so they age out in the normal way.

Retention (see `Retention`): daily ("open") backups are kept for the last
`KEEP_DAILY_DAYS` days *that have one* rather than for a span of calendar days
counted back from today: a laptop whose clock is months ahead or behind then
cannot make every daily backup look expired, and a file not opened for a month
still has its last two weeks of history. Every other kind is kept by count, per
kind, so a burst of merges only ever evicts older merge backups.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta, tzinfo
from pathlib import Path

from .backup_place import backups_dir_for, legacy_backups_dir_for, owner_path  # re-exported

__all__ = [
    "KEEP_BEFORE_RESTORE",
    "KEEP_DAILY_DAYS",
    "KEEP_MANUAL",
    "KEEP_MERGE",
    "KEEP_MIGRATION",
    "REASONS",
    "BackupInfo",
    "Retention",
    "backup_name",
    "backups_dir_for",
    "expired",
    "legacy_backups_dir_for",
    "list_backups",
    "owner_path",
    "read_company_id",
]

REASONS = ("open", "migration", "merge", "manual", "before-restore", "before-import", "before-bulk")

#: Daily backups: the last this-many days that have one (local days).
KEEP_DAILY_DAYS = 14
#: Backups taken before a merge: the newest this-many.
KEEP_MERGE = 20
#: Backups taken before a schema upgrade (one per step): the newest this-many.
KEEP_MIGRATION = 10
#: Backups asked for by name (`make_backup(..., "manual")`): the newest this-many.
KEEP_MANUAL = 20
#: The file as it was before a restore replaced it: the newest this-many.
KEEP_BEFORE_RESTORE = 10
#: Before an import of people, and before a bulk action (Approve all): the newest this-many of each.
#: These are what Edit > Undo puts back (`services/undo.py`).
KEEP_BEFORE_CHANGE = 10

_TS_FORMAT = "%Y-%m-%dT%H%M%S"
_SUFFIX = ".backup.db"
_NEW_RE = re.compile(r"^(?P<owner>.+) (?P<ts>\d{4}-\d{2}-\d{2}T\d{6})\.(?P<ms>\d{3})Z (?P<reason>[a-z-]+)\.backup\.db$")
_OLD_RE = re.compile(r"^(?P<owner>.+) (?P<ts>\d{4}-\d{2}-\d{2}T\d{6})\.(?P<ms>\d{3})Z (?P<reason>[a-z-]+)\.db$")
_SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class Retention:
    """How many backups of each kind to keep; the defaults are the named constants above.

    A Preferences dialog can build one of these; every number must be at least 1,
    because the backup just made is never deleted by its own rotation.
    """

    daily_days: int = KEEP_DAILY_DAYS
    merge: int = KEEP_MERGE
    migration: int = KEEP_MIGRATION
    manual: int = KEEP_MANUAL
    before_restore: int = KEEP_BEFORE_RESTORE
    before_import: int = KEEP_BEFORE_CHANGE
    before_bulk: int = KEEP_BEFORE_CHANGE

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or value < 1:
                raise ValueError(f"retention {name} must be a whole number of at least 1, not {value!r}")

    def count_for(self, reason: str) -> int:
        return {"merge": self.merge, "migration": self.migration, "manual": self.manual,
                "before-restore": self.before_restore, "before-import": self.before_import,
                "before-bulk": self.before_bulk}[reason]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime
    reason: str
    size: int
    #: True for a backup named the old way (see the module docstring).
    legacy: bool = False


def backup_name(db_name: str, when: datetime, reason: str) -> str:
    when = when.astimezone(UTC)
    return f"{db_name} {when.strftime(_TS_FORMAT)}.{when.microsecond // 1000:03d}Z {reason}{_SUFFIX}"


def _same_name(a: str, b: str) -> bool:
    return os.path.normcase(a) == os.path.normcase(b)


def _parse(pattern: re.Pattern[str], name: str, owner: str) -> tuple[datetime, str] | None:
    m = pattern.match(name)
    if not m or not _same_name(m.group("owner"), owner) or m.group("reason") not in REASONS:
        return None
    try:
        taken = _timestamp(m.group("ts"))
    except ValueError:
        return None
    return taken + timedelta(milliseconds=int(m.group("ms"))), m.group("reason")


def _timestamp(ts: str) -> datetime:
    """`ts` (already matched as `YYYY-MM-DDTHHMMSS`) read as `_TS_FORMAT` in UTC; ValueError for an
    impossible date or time. By hand, not `strptime`: that loads `_strptime`, `locale` and
    `calendar` on every open (the daily backup lists this folder), for one fixed format."""
    return datetime(int(ts[0:4]), int(ts[5:7]), int(ts[8:10]), int(ts[11:13]), int(ts[13:15]), int(ts[15:17]),
                    tzinfo=UTC)


def _scan(folder: Path, pattern: re.Pattern[str], owner: str, legacy: bool) -> list[BackupInfo]:
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found: list[BackupInfo] = []
    for entry in entries:
        parsed = _parse(pattern, entry.name, owner)
        if parsed is None:
            continue
        try:
            if not entry.is_file():
                continue
            size = entry.stat().st_size
        except OSError:
            continue
        found.append(BackupInfo(entry, parsed[0], parsed[1], size, legacy))
    return found


def list_backups(db_path: str | os.PathLike[str], backups_dir: Path | None = None) -> list[BackupInfo]:
    """Complete backups of this very file (full name), newest first; strangers and temp files are ignored."""
    db = owner_path(db_path)
    folder = backups_dir if backups_dir is not None else backups_dir_for(db)
    found = _scan(folder, _NEW_RE, db.name, legacy=False)
    old_folder = backups_dir if backups_dir is not None else legacy_backups_dir_for(db)
    old = _scan(old_folder, _OLD_RE, db.stem, legacy=True)
    if old:
        found.extend(_attributable(db, old))
    found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
    return found


def _attributable(db: Path, old: list[BackupInfo]) -> list[BackupInfo]:
    """The old-style backups that can be told to be this file's (rules in the module docstring)."""
    others = _other_candidates(db)
    if not others:
        return old
    mine = read_company_id(db)
    if mine is None:
        return []
    theirs = {read_company_id(p) for p in others}
    if mine in theirs:
        return []  # copies of one company: the id cannot tell them apart
    return [b for b in old if read_company_id(b.path) == mine]


def _other_candidates(db: Path) -> list[Path]:
    """SQLite files beside `db` that share its short name (`acme.sqlite` for `acme.db`)."""
    try:
        entries = list(db.parent.iterdir())
    except OSError:
        return []
    found = []
    for entry in entries:
        if _same_name(entry.name, db.name) or not _same_name(Path(entry.name).stem, db.stem):
            continue
        if _is_sqlite_file(entry):
            found.append(entry)
    return found


def _is_sqlite_file(path: Path) -> bool:
    try:
        if not path.is_file():
            return False
        with open(path, "rb") as fh:
            return fh.read(len(_SQLITE_HEADER)) == _SQLITE_HEADER
    except OSError:
        return False


def read_company_id(path: Path) -> str | None:
    """The company id stored in a file, or None (older file, damaged, unreadable). Never writes."""
    from .file_meta import company_id

    if not _is_sqlite_file(path):
        return None
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True, timeout=2.0)
    except sqlite3.Error:
        return None
    try:
        return company_id(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def expired(backups: list[BackupInfo], reason: str, retention: Retention, protect: Path,
            local_tz: tzinfo | None = None) -> list[BackupInfo]:
    """The backups of kind `reason` that retention no longer keeps; never `protect`.

    Only backups of the same kind are ever considered, which is what stops a burst
    of one kind from evicting another.
    """
    same = [b for b in backups if b.reason == reason]
    if reason == "open":
        days: list[date] = sorted({b.taken_at.astimezone(local_tz).date() for b in same}, reverse=True)
        kept_days = set(days[: retention.daily_days])
        return [b for b in same if b.path != protect and b.taken_at.astimezone(local_tz).date() not in kept_days]
    keep = retention.count_for(reason) - 1  # the protected one takes a place
    doomed, kept = [], 0
    for info in same:  # newest first
        if info.path == protect:
            continue
        if kept < keep:
            kept += 1
        else:
            doomed.append(info)
    return doomed
